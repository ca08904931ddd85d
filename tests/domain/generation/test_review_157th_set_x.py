# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh news after its blind review: the set x of the hundred-and-fifty-seventh
review (docs/reviews/held-out/2026-12-06-hundred-and-fifty-seventh.jsonl), judged on the code
before these rules, each on a text written for the test."""

from studyapp.domain.generation import document, mentions, propose


def test_an_arabic_body_name_ends_before_a_role_joined_by_waw():
    """«طالب دراسات عليا في جامعة أوهايو وعضو هيئة التدريس بجامعة بنها»: the gap keyed
    «أوهايو وعضو هيئة» ran across «و» into his next role (set x's reviewer: garbled)."""
    text = "العثور على حفرية ديناصور\n\nوقاد الدراسة الجديدة بلال سالم، وهو أيضًا طالب دراسات عليا في جامعة أوهايو وعضو هيئة التدريس بجامعة بنها.\n\nوقال سالم إن الحفرية تعود إلى 98 مليون سنة.\n"
    doc = document.parse(text, "ar", None)
    mentions.spot(doc)
    assert not any("وعضو" in name for name in doc.organisations), doc.organisations


def test_a_physician_named_after_her_role_is_the_speaker_of_her_words():
    """'"In kids, their airways are still much smaller …," explained attending physician
    Zarina Dohadwala.' was asked "Who said …?" keyed the sick child named before, and a gap
    keyed "Zarina Dohadwala" accepted no surname (set x's reviewer: wrong key, over-long key)."""
    text = 'Virus fills hospital beds\n\nThe virus primarily affects the respiratory tract of young children like River Johnson, who spent a week in hospital.\n\n"Sometimes it feels like it is never going to end," said his mother, Sarah Johnson.\n\n"In kids, their airways are still much smaller, so a little inflammation could really trigger trouble breathing," explained attending physician Zarina Dohadwala.\n'
    said = [
        q
        for q in propose(text, language="en").questions
        if q.prompt.startswith("Who said") and "airways" in q.prompt
    ]
    assert [q.accepted_answers[0] for q in said] == ["Zarina Dohadwala"], [q.answer for q in said]


def test_words_the_article_reports_are_asked_who_said_that_not_quoted():
    """'Who said: "the two sentences will be served concurrently"?' quoted words the article
    only reports (set w's and set x's reviewers: reported speech shown as a quotation); words
    it quotes keep their marks."""
    text = 'Man pleads guilty to theft of letter\n\nEdward Renehan, 52, pleaded guilty on Friday to stealing the letter. "I took a letter from the association and endeavored to sell that item," Renehan told the court.\n\nJudge John Kase said the two sentences will be served concurrently.\n'
    prompts = [
        q.prompt for q in propose(text, language="en").questions if q.prompt.startswith("Who said")
    ]
    assert "Who said that the two sentences will be served concurrently?" in prompts, prompts
    assert any(p.startswith('Who said: "I took a letter') for p in prompts), prompts
