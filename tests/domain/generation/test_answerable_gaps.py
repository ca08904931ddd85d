"""Questions a reader can answer from what they show: an other name asked only when the
sentence names what bears it, no "What is X?" keyed by X's own words, and a number written
with Arabic commas between its thousands asked whole."""

import re

from studyapp.domain.generation import generate


def _questions(text: str, language: str):
    return generate(text, language=language).questions


def _keys(question) -> list[str]:
    if isinstance(question.answer, bool):
        return []  # a statement to judge true or false has no key to type
    return [question.answer] if isinstance(question.answer, str) else list(question.answer)


def test_an_other_name_is_not_asked_when_the_sentence_does_not_say_what_bears_it():
    text = (
        "اكتشف الباحثون مرضا نادرا يصيب الكبد عام 2019. ومن المعروف أيضا باسم الورم الكبدي. "
        "الورم العظمي، المعروف أيضا باسم الساركوما، ورم يصيب العظام."
    )
    questions = _questions(text, "ar")
    prompts = [q.prompt for q in questions if q.category == "entity"]
    assert not any(p.startswith("ومن المعروف أيضا باسم ____") for p in prompts), prompts
    assert any("المعروف أيضا باسم ____" in p for p in prompts), prompts


def test_a_definition_keyed_by_the_words_of_its_own_term_is_not_asked():
    text = (
        "The Quick Transfer Protocol is an example of a transfer protocol. "
        "The Rapid Link Standard is a network protocol used by banks."
    )
    asked = {q.prompt: _keys(q) for q in _questions(text, "en") if q.category == "definition"}
    assert "What is the Quick Transfer Protocol?" not in asked, asked
    assert asked.get("What is the Rapid Link Standard?", [None])[0] == "a network protocol"


def test_a_number_with_arabic_thousands_commas_is_one_key():
    text = (
        "وحسب إحصاء عام 2020، يبلغ عدد سكان المقاطعة الكبرى 14،572،903 نسمة. "
        "وتعد المقاطعة من أكبر المقاطعات في البلاد."
    )
    questions = _questions(text, "ar")
    gaps = [q for q in questions if "14،572،903" not in q.prompt]
    cut = [q.prompt for q in questions if re.search(r"____،\d|\d،____", q.prompt)]
    assert not cut, cut
    assert any("14،572،903" in _keys(q) for q in gaps), [(q.prompt, q.answer) for q in gaps]
