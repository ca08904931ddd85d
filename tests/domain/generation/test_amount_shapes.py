# ruff: noqa: E501  (the article is paragraphs, one line each)
"""Amounts as news writes them: with a decimal and a short unit ("£4.5m", "$1.2bn"), spelt in
parts ("4 million 445 thousand 978"), or as a share of a whole ("80 percent of ballots"). A gap
never takes one part of an amount, and no part alone is marked right."""

import re

import pytest

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade

RESULTS_EN = """Profits fall at Acme

Acme said on Tuesday that its profit fell to £4.5m in the year to March, from £6.2m a year earlier, as costs rose.

Chief executive John Smith said the company would cut 300 jobs and sell its $1.2bn stake in a rival.
"""


def _number_gaps(text):
    return [q for q in generate(text, language="en").questions if q.category == "number"]


def test_a_decimal_amount_with_a_short_unit_is_asked_whole():
    gaps = _number_gaps(RESULTS_EN)
    keys = [q.answer[0] for q in gaps]
    assert {"4.5m", "6.2m", "1.2bn"} <= set(keys), keys
    # The gap and a hidden number ("…") stand for the whole amount, its decimals too.
    assert not any(re.search(r"(?:____|…)[.,]\d", q.prompt) for q in gaps), [q.prompt for q in gaps]


def test_the_amount_without_its_unit_is_marked_right():
    gap = next(q for q in _number_gaps(RESULTS_EN) if q.answer[0] == "4.5m")
    assert grade(gap, "4.5").correct
    assert not grade(gap, "4").correct


ELECTION_EN = """Maduro declared the winner

Election officials said Nicolas Maduro won 5 million 150 thousand 92 votes, against 4 million 445 thousand 978 votes for Edmundo Gonzalez.

Turnout was 59 percent, and 80 percent of ballots had been counted by midnight.

At least 300 polling stations were closed.
"""


def test_a_number_spelt_in_parts_is_one_gap_and_its_first_part_is_not_the_answer():
    gaps = _number_gaps(ELECTION_EN)
    votes = next(q for q in gaps if q.answer[0] == "4 million 445 thousand 978")
    assert not any(re.search(r"(?:____|…) (?:million|thousand)", q.prompt) for q in gaps), [
        q.prompt for q in gaps
    ]
    assert grade(votes, "4,445,978").correct
    assert grade(votes, "4445978").correct
    assert not grade(votes, "4").correct


def test_a_share_of_a_whole_is_asked_what_share_not_how_many():
    asked = {q.prompt: q for q in _number_gaps(ELECTION_EN) if q.type == "short"}
    assert "How many polling stations were closed?" in asked, list(asked)
    assert not any(p.startswith("How many of") for p in asked), list(asked)
    share = asked.get("What share of ballots had been counted by midnight?")
    assert share is not None, list(asked)
    assert grade(share, "80").correct
    assert all("ballots" not in answer for answer in share.answer), share.answer


def test_a_count_question_ends_where_a_second_verb_begins():
    prompts = [q.prompt for q in generate(RESULTS_EN, language="en").questions]
    assert "According to the chief executive, how many jobs would the company cut?" in prompts, (
        prompts
    )


GLUED_EN = """Shilling earnings rise

Tea exports earned Sh17.8 billion in March, against Sh11.7 billion a year earlier.

The firm sold 1/4 of its stake in 2019, and the judges scored the dive 76-10/16 on Sunday.

The council met on 12/05/2020 to approve 45 new buses.
"""


def test_a_sum_glued_to_its_currency_and_a_fraction_are_never_cut():
    """ "Sh17.8 billion" is no "Sh17" with ".8 billion" left beside the gap; "1/4" and
    "76-10/16" are no "1" or "76-10", and a slashed date gives no gap on its parts."""
    questions = generate(GLUED_EN, language="en").questions
    keys = {str(k) for q in questions if isinstance(q.answer, list) for k in q.answer}
    assert not keys & {"Sh17", "Sh11", "1", "4", "76-10", "16", "12", "05"}, keys
    prompts = " ".join(q.prompt for q in questions)
    assert not re.search(r"(?:____|…)(?:[./]\d)|\d/(?:____|…)", prompts), prompts
    assert "45" in keys, keys  # a number beside no slash is still asked


def test_an_arabic_scale_with_its_accusative_ending_stays_in_the_gap():
    """«بلغت 1,082 مليونًا» is no «بلغت ____ًا»: the ending goes with the word it ends."""
    text = (
        "أرباح الشركة\n\n"
        "قال المدير التنفيذي للشركة سامي العلي إن الأرباح بلغت 1,082 مليونًا في العام الماضي.\n"
    )
    numbers = [q for q in generate(text, language="ar").questions if q.category == "number"]
    assert numbers, "the sum is asked"
    assert not any("____ً" in q.prompt or "____ا" in q.prompt for q in numbers), [
        q.prompt for q in numbers
    ]
    assert any(q.answer[0] == "1,082 مليونًا" for q in numbers), [q.answer for q in numbers]


BUDGET = {
    "en": (
        "Council approves the road plan\n\n"
        "The council approved a plan that would put $19 million towards road repairs in 2021.\n\n"
        "Spending on parks rose by 12 percent towards the end of the year, the mayor said.\n"
    ),
    "ar": (
        "تراجع عجز الموازنة\n\n"
        "ارتفع إجمالي الإيرادات خلال سبعة أشهر بنسبة 41% ليصل إلى 1.9 تريليون جنيه.\n\n"
        "وصعدت حصيلة الضريبة على النشاط التجاري بنحو 49.5% لتسجل 59.4 مليار جنيه بنهاية يناير.\n"
    ),
}


def test_the_word_after_a_share_or_an_amount_is_not_accepted_with_it():
    # "41% ليصل" or "19 million towards" in the accepted answers reads as a broken key.
    for language, text in BUDGET.items():
        gaps = [q for q in generate(text, language=language).questions if q.type == "cloze"]
        forms = [form for q in gaps for form in q.accepted_answers]
        assert {"19 million", "12 percent", "41%", "49.5%"} & set(forms), forms
        stray = [f for f in forms if re.search(r"towards|ليصل|لتسجل", f)]
        assert not stray, stray


@pytest.mark.parametrize(
    ("text", "language", "bare", "stray", "counted", "with_noun"),
    [
        # "as many as ____ young players" accepted "seven young": no answer anyone would type.
        (
            "Coach backs his squad\n\nWe have as many as seven young players in the squad, the "
            "coach said on Wednesday.\n\nThe club signed three players in January.\n",
            "en",
            "seven",
            "seven young",
            "three",
            "three players",
        ),
        # «في الدقيقة ____ مستغلًا تمريرة» accepted «40 مستغلًا»: the minute counts nothing.
        (
            "النصر يفوز على الرياض\n\nوسجل الجناح السنغالي ساديو ماني هدف المباراة الوحيد في "
            "الدقيقة 40 مستغلًا تمريرة حاسمة.\n\nوارتفع رصيد النصر إلى 46 نقطة بعد الفوز "
            "الخامس عشر في الدوري هذا الموسم.\n",
            "ar",
            "40",
            "40 مستغلًا",
            "46",
            "46 نقطة",
        ),
    ],
)
def test_a_count_is_not_accepted_with_a_word_after_it_that_it_does_not_count(
    text, language, bare, stray, counted, with_noun
):
    typed = [q for q in generate(text, language=language).questions if q.type in ("cloze", "short")]
    asked = next(q for q in typed if q.answer[0] == bare)
    assert stray not in asked.accepted_answers, asked.accepted_answers
    other = next(q for q in typed if q.answer[0] == counted)
    assert with_noun in other.accepted_answers  # a counted noun is still accepted
