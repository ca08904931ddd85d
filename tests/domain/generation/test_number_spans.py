"""A span of years and months is asked by its years: the months alone, with the years hidden,
are a fragment no teacher would ask."""

from tests.generated_gaps import gaps

SENTENCE_EN = (
    "Former mayor sentenced to prison\n\n"
    "A federal judge on Wednesday sentenced former mayor Dale Hart to prison for bribery.\n\n"
    "The guidelines called for a prison term of between four years and 9 months and six "
    "years, the judge said.\n\n"
    "Hart's attorneys had asked for no more than two years and three months behind bars.\n\n"
    "Hart, 61, must surrender in 30 days.\n"
)

SENTENCE_AR = (
    "الحكم على مدير سابق بالسجن\n\n"
    "قضت المحكمة أمس بسجن المدير السابق للشركة بتهمة الرشوة.\n\n"
    "وحكمت المحكمة عليه بالسجن 3 سنوات و6 أشهر، وبغرامة قدرها 40 ألف دينار.\n"
)


def test_the_months_of_a_span_are_not_asked_without_its_years():
    found = gaps(SENTENCE_EN, "en")
    assert "9" not in found and "three" not in found, found
    assert "four" in found or "two" in found, found  # the span is asked, by its years
    found = gaps(SENTENCE_AR, "ar")
    assert "6" not in found, found
    assert "3" in found or "40 ألف" in found, found
