# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Gaps whose answer the prompt shows: a number another clause spells out is asked in its own
clause; a key shown by a near form of itself ("مركز بيانات" for "مراكز البيانات") is not asked."""

from studyapp.domain.generation import generate, propose
from studyapp.domain.questions import CLOZE_GAP

NUMBER_AR = """أرباح قياسية لشركة النخبة

أعلنت شركة النخبة للطاقة أنها أصبحت أول شركة عربية تصل أرباحها السنوية إلى 3 مليارات دولار، وهو ما دفع المحللين إلى وصف رئيسها بأنه "رجل الثلاثة مليارات".

وأضافت الشركة أنها ستفتتح فرعا جديدا في القاهرة خلال العام المقبل.
"""

NUMBER_EN = """Record profits at Northwind

Northwind said it had become the first energy company in the region to reach 5 trillion dollars in market value, which led analysts to call its founder "the five-trillion man".

The company added that it would open a new office in Chicago next year.
"""

CENTRES_AR = """شركات التقنية تتوسع

قالت المديرة التنفيذية سلمى العامري لحشد من المستثمرين في دبي يوم الثلاثاء: «بينما نساعد شركاءنا على تصميم مركز بيانات جديد، نتعلم معهم، ونحن نتدرب في مراكز البيانات هذه كل يوم».

وأضافت العامري أن الشركة ستفتتح فرعا جديدا في القاهرة خلال العام المقبل.
"""


def _gaps(text: str, language: str) -> list[tuple[str, str]]:
    """(key, prompt) of every gap-fill drafted on the text."""
    questions = generate(text, language=language).questions
    return [(q.answer[0], q.prompt) for q in questions if q.type == "cloze"]


def test_a_number_spelled_out_in_another_clause_is_asked_in_its_own_clause_ar():
    gaps = _gaps(NUMBER_AR, "ar")
    asked = [prompt for key, prompt in gaps if key == "3"]
    assert asked == [
        "أعلنت شركة النخبة للطاقة أنها أصبحت أول شركة عربية تصل أرباحها السنوية إلى ____ مليارات دولار."
    ], gaps


def test_a_number_spelled_out_in_another_clause_is_asked_in_its_own_clause_en():
    gaps = _gaps(NUMBER_EN, "en")
    asked = [prompt for key, prompt in gaps if key == "5 trillion"]
    assert asked == [
        "Northwind said it had become the first energy company in the region to reach ____ dollars in market value."
    ], gaps


def test_the_nickname_that_repeats_the_number_is_not_asked():
    for text, language, nickname in (
        (NUMBER_AR, "ar", "رجل الثلاثة مليارات"),
        (NUMBER_EN, "en", "the five-trillion man"),
    ):
        gaps = _gaps(text, language)
        assert all(key != nickname for key, _ in gaps), gaps


# English phrase gaps are asked only when they spell a number (test_held_out_news.py), so the
# near-form rule is shown on Arabic phrases.
def test_a_key_shown_by_a_near_form_of_itself_is_not_asked():
    gaps = _gaps(CENTRES_AR, "ar")
    assert not any(k == "مراكز البيانات" and "مركز بيانات" in prompt for k, prompt in gaps), gaps


def test_a_key_the_prompt_shows_by_another_word_only_is_still_drafted():
    # Drafted, not necessarily ranked first: the place gaps of the same sentences rank above it.
    text = CENTRES_AR.replace("مركز بيانات", "مركز حوسبة")
    gaps = [(q.answer[0], q.prompt) for q in propose(text, language="ar").questions]
    assert any(k == "مراكز البيانات" and CLOZE_GAP in prompt for k, prompt in gaps), gaps
