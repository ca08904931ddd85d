# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh news after its blind review: the set x of the hundred-and-fifty-seventh
review (docs/reviews/held-out/2026-12-06-hundred-and-fifty-seventh.jsonl), judged on the code
before these rules, each on a text written for the test."""

from studyapp.domain.generation import document, mentions


def test_an_arabic_body_name_ends_before_a_role_joined_by_waw():
    """«طالب دراسات عليا في جامعة أوهايو وعضو هيئة التدريس بجامعة بنها»: the gap keyed
    «أوهايو وعضو هيئة» ran across «و» into his next role (set x's reviewer: garbled)."""
    text = "العثور على حفرية ديناصور\n\nوقاد الدراسة الجديدة بلال سالم، وهو أيضًا طالب دراسات عليا في جامعة أوهايو وعضو هيئة التدريس بجامعة بنها.\n\nوقال سالم إن الحفرية تعود إلى 98 مليون سنة.\n"
    doc = document.parse(text, "ar", None)
    mentions.spot(doc)
    assert not any("وعضو" in name for name in doc.organisations), doc.organisations
