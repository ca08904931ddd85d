"""A long Arabic phrase gap is asked with choices (phrase_choices.py): reviewers accepted typed
phrase keys of four words or more about once in two hundred."""

from studyapp.domain.generation import generate

PROJECTS_AR = """المدينة تفتتح مشروعات جديدة

افتتح محافظ المدينة خالد العمري محطة معالجة مياه الصرف في الحي الشمالي بتكلفة 40 مليون ريال.

وأوضح العمري أن سبب تأخر افتتاح المحطة يعود إلى نقص مواد البناء الأساسية في الأسواق.

وأضاف العمري أن المرحلة الثانية تشمل إنشاء شبكة طرق حديثة في الأحياء الجنوبية.

وأشار العمري إلى أن المرحلة الأخيرة تتضمن بناء مستشفى عام للأطفال في وسط المدينة.
"""


def _questions():
    return generate(PROJECTS_AR, language="ar").questions


def test_a_long_phrase_key_is_chosen_among_phrases_of_the_articles_other_sentences():
    questions = _questions()
    chosen = [q for q in questions if q.type == "mcq" and q.answer == "نقص مواد البناء الأساسية"]
    assert chosen, [(q.type, q.answer) for q in questions]
    question = chosen[0]
    assert "يعود إلى ____" in question.prompt
    wrong = [c for c in question.choices if c != question.answer]
    assert len(wrong) >= 2, question.choices
    for choice in wrong:
        assert choice in PROJECTS_AR and choice not in question.source.text, choice
        assert choice.split()[0] not in ("في", "قريبا", "رغم"), choice
    typed = [q for q in questions if q.type == "cloze" and "نقص مواد البناء" in q.answer[0]]
    assert not typed, "the choice form takes the gap's place"


def test_a_phrase_with_a_shorter_form_accepted_stays_typed():
    """«إنشاء شبكة طرق حديثة» accepts «إنشاء» alone: a student can type it, so it stays a gap."""
    keys = {(q.type, q.answer[0] if isinstance(q.answer, list) else q.answer) for q in _questions()}
    assert ("cloze", "إنشاء شبكة طرق حديثة") in keys, keys
