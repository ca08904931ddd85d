"""A four-digit number followed by what it measures is no year: «امتد الحريق على مساحة 1800
هكتار» asks an area, keyed with its unit too, not a date."""

from studyapp.domain.generation import generate

FIRE_AR = (
    "حريق غابات في الشمال\n\n"
    "أخلى آلاف السكان منازلهم بعد أن امتد الحريق على مساحة 1800 هكتار في المنطقة الجبلية.\n\n"
    "وكان العام 2024 الأكثر سخونة على الإطلاق في البلاد بحسب الأرصاد.\n"
)

FIRE_EN = (
    "Wildfire grows\n\n"
    "The fire has burned 1800 acres of dry brush in the hills east of the town.\n\n"
    "It is the largest fire in the county since 1992, officials said.\n"
)


def _asked(text: str, language: str) -> dict[str, object]:
    return {
        q.answer[0]: q
        for q in generate(text, language=language).questions
        if q.type in ("cloze", "short")
    }


def test_an_area_in_four_digits_is_asked_as_a_number_and_a_year_still_as_a_date():
    for text, language, unit in ((FIRE_AR, "ar", "1800 هكتار"), (FIRE_EN, "en", "1800 acres")):
        asked = _asked(text, language)
        area = asked.get("1800")
        assert area is not None, list(asked)
        assert area.category == "number" and unit in area.answer, area
        years = [q for q in asked.values() if q.category == "date"]
        assert years, list(asked)  # «العام 2024», "since 1992": still dates
