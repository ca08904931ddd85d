"""Sentence ends: an Arabic initial and a footnote mark."""

from studyapp.domain.text import split_sentences


def test_a_lone_arabic_letter_with_a_full_stop_is_an_initial():
    text = "قال راجندرا ك. باتشوري إن الحرارة ارتفعت. ثم غادر القاعة."
    assert [s.text for s in split_sentences(text)] == [
        "قال راجندرا ك. باتشوري إن الحرارة ارتفعت.",
        "ثم غادر القاعة.",
    ]


def test_footnote_marks_stay_with_the_sentence_they_close():
    text = "The city had 120 schools in 2010.[21][22] Its population grew."
    assert [s.text for s in split_sentences(text)] == [
        "The city had 120 schools in 2010.[21][22]",
        "Its population grew.",
    ]
