"""Shapes set e's blind reviewers rejected in the thirty-fourth session, each with a text
written for it: a key the prompt prints with «و» glued to it, a sum's conversion in brackets
after a sum written in words, a body's short name in quotes after its full name."""

from tests.generated_gaps import gaps

PHONES_AR = (
    "آبل تطرح هواتفها الجديدة\n\n"
    "تطرح آبل هواتف iPhone 18 Pro وPro Max وFold في خريف 2026، بينما يصل الطراز القياسي في "
    "ربيع 2027.\n"
)

FINE_AR = (
    "المحكمة تلغي الغرامة\n\n"
    "كما ألغت المحكمة اليوم دفع غرامة قدرها ألف درهم (272.3 دولارا) فرضت على المتهمين في "
    "القضية.\n\n"
    "وقضت المحكمة بالسجن ثلاثة أشهر على كل منهما.\n"
)


def test_a_latin_key_the_prompt_prints_after_a_glued_waw_is_not_asked():
    found = gaps(PHONES_AR, "ar")
    assert "Pro" not in found, found["Pro"]
    assert "2026" in found, found


def test_a_conversion_after_a_sum_in_words_is_not_asked():
    found = gaps(FINE_AR, "ar")
    assert "272.3" not in found, found["272.3"]
    assert "ثلاثة" in found, found


ELECTION_AR = (
    "المحكمة الدستورية تعلن النتائج\n\n"
    "فاز المترشح عبد المجيد تبون بنسبة 84.30 بالمائة، فيما تحصل مترشح حركة مجتمع السلم “حمس” "
    "عبد العالي حساني شريف على 9.56 بالمائة من الأصوات.\n"
)


def test_a_bodys_short_name_in_quotes_after_its_full_name_is_not_asked():
    found = gaps(ELECTION_AR, "ar")
    assert "حمس" not in found, found["حمس"]
    assert "84.30 بالمائة" in found or "9.56 بالمائة" in found, found
