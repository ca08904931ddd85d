"""A date asked "When …?" / «متى …؟», as a teacher asks it, instead of a gap in a sentence that
shows the sentence's other facts; and left a gap where no rule can turn its clause round."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade
from studyapp.domain.questions import CLOZE_GAP

SINGER_AR = (
    "المغنية تعود إلى المسرح\n\n"
    "بدأت المغنية مسيرتها في القاهرة حيث غنت في الحفلات المدرسية.\n\n"
    "وفي 7 أبريل 2018 تزوجت المغنية من الملحن حسام حبيب بالقاهرة.\n\n"
    "وقال سامي نصار، مدير أعمال المغنية، إنه في 3 مارس الماضي أعلنت الفرقة عن جولة جديدة في "
    "الخليج.\n"
)

CRISIS_AR = (
    "سوريا في عقد\n\n"
    "تعد سوريا من أقدم البلاد المأهولة في المنطقة.\n\n"
    "اندلعت عام 2011 الأزمة السورية التي أدت إلى دمار واسع في البلاد.\n\n"
    "وشيرين عبد الوهاب (8 أكتوبر 1980) مغنية مصرية معروفة.\n\n"
    "واستردت مصر مدينة طابا في 19 مارس 1989 بعد تحكيم دولي.\n"
)

ROVER_EN = (
    "Rover readied for launch\n\n"
    "The rover will launch in July from Cape Canaveral, engineers said at the laboratory.\n\n"
    "Chivas were suspended following the 2014 MLS season, the league announced.\n\n"
    "On March 3, the first batch of vaccine doses reached Pakistan in a special jet.\n\n"
    "It will return in 2031 after a long cruise.\n"
)


def _dates(text: str, language: str):
    return [q for q in generate(text, language=language).questions if q.category == "date"]


def _when(text: str, language: str):
    return {q.prompt: q for q in _dates(text, language) if q.type == "short"}


def test_an_arabic_date_that_opens_its_clause_asks_mata_with_the_clause_after_it():
    asked = _when(SINGER_AR, "ar")
    married = asked.get("متى تزوجت المغنية من الملحن حسام حبيب بالقاهرة؟")
    assert married is not None, list(asked)
    assert grade(married, "7 أبريل 2018").correct and grade(married, "في 7 أبريل 2018").correct
    assert not grade(married, "8 أبريل 2018").correct
    # A reported statement is asked as the speaker's; "الماضي" said of the day is accepted too.
    tour = next(
        (q for p, q in asked.items() if "متى أعلنت الفرقة عن جولة جديدة في الخليج؟" in p), None
    )
    assert tour is not None, list(asked)
    assert tour.prompt.startswith("بحسب سامي نصار، "), tour.prompt
    assert grade(tour, "3 مارس").correct and grade(tour, "3 مارس الماضي").correct


def test_an_arabic_verb_before_its_date_asks_the_verb_and_the_rest_of_the_clause():
    asked = _when(CRISIS_AR, "ar")
    assert "متى اندلعت الأزمة السورية؟" in asked, list(asked)


def test_an_arabic_date_that_ends_its_clause_asks_the_clause_its_verb_opens():
    asked = _when(CRISIS_AR, "ar")
    taba = asked.get("متى استردت مصر مدينة طابا؟")
    assert taba is not None, list(asked)
    assert grade(taba, "19 مارس 1989").correct and grade(taba, "في 19 مارس 1989").correct


def test_a_bracketed_date_of_birth_is_not_asked_when():
    """«(8 أكتوبر 1980) مغنية مصرية»: no verb, no event; «متى مغنية مصرية؟» reads as nothing."""
    assert not any("مغنية مصرية" in prompt for prompt in _when(CRISIS_AR, "ar"))


def test_an_english_date_turns_the_auxiliary_round_and_keeps_the_rest_of_the_clause():
    asked = _when(ROVER_EN, "en")
    launch = asked.get("When will the rover launch from Cape Canaveral?")
    assert launch is not None, list(asked)
    assert grade(launch, "July").correct and grade(launch, "in July").correct
    assert not grade(launch, "June").correct


def test_an_english_date_is_left_a_gap_where_when_would_misread():
    """A date that says which season ("the 2014 MLS season"), a verb in the simple past (it
    would need "did" and a base form) and a pronoun subject ("When will it return?") stay gaps."""
    prompts = list(_when(ROVER_EN, "en"))
    assert not any(
        "Chivas" in p or "Pakistan" in p or p.startswith("When will it") for p in prompts
    )
    gaps = [q.answer[0] for q in _dates(ROVER_EN, "en") if q.type == "cloze"]
    assert "March 3" in gaps


def test_a_date_asked_when_is_not_asked_again_as_a_gap_of_the_same_sentence():
    for question in _dates(SINGER_AR, "ar"):
        if question.type == "cloze":
            assert "2018" not in question.answer[0], question.prompt
            assert CLOZE_GAP in question.prompt
