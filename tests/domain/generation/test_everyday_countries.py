"""Countries by their everyday names («سوريا», "Russia"), which ISO 3166 as pycountry ships it
gives only by their official ones. Each text here is written for the test."""

from studyapp.domain.generation.names import countries, country_code
from tests.generated_gaps import gaps


def test_a_country_by_its_everyday_name_is_given_away_by_its_people_in_the_sentence():
    text = (
        "وزير الإعلام: الاتفاق يمنح الأطراف مهلة لفض الاشتباك\n\n"
        "قال وزير الإعلام حمزة المصطفى إن الاتفاق يمنح الأطراف مهلة 48 ساعة لفض الاشتباك.\n\n"
        "ولفت المصطفى إلى أن وحدة سوريا وتحررها مطلب جميع السوريين.\n"
    )
    keys = gaps(text, "ar", drafts=True)
    assert "سوريا" not in keys, list(keys)
    assert "48" in keys


def test_countries_are_known_by_their_everyday_names_too():
    assert {"سوريا", "روسيا", "تركيا", "russia", "turkey"} <= countries("ar") | countries("en")
    assert country_code("سوريا", "ar") == country_code("الجمهورية العربية السورية", "ar") == "SY"
    assert country_code("Russia", "en") == "RU"
