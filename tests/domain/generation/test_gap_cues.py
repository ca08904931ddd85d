"""A gap-fill is rated by what its own prompt tells of it: one name of a long list is folded
away, a name whose words stand beside its gap and a weekday beside another weekday rank below
the gaps reviewers take more often (gap_cues.py, calibration._gap_cap)."""

import importlib.util
from pathlib import Path

from studyapp.domain.generation import calibration, gap_cues, propose
from studyapp.domain.generation.calibration import is_likely

ROOT = Path(__file__).resolve().parents[3]

FESTIVAL_EN = (
    "Stars walk the red carpet in Shanghai\n\n"
    "The Shanghai International Film Festival opened on Friday with 450 films from 105 "
    "countries.\n\n"
    "Filmmakers and film stars such as Chen Kaige, Michelle Yeoh, Maggie Cheung, Jason Statham, "
    "Nicholas Tse and Zhu Yilong walked the red carpet.\n\n"
    "The festival runs until June 25, organiser Wang Jian said.\n"
)
SHOW_EN = (
    "Show breaks its attendance record\n\n"
    "Organisers said 82,000 people passed through the gates over three days, the biggest crowd "
    "in decades.\n\n"
    "The show's president, Peter Hall, said the Sunshine Coast Agricultural Show had drawn "
    "visitors from across Queensland.\n\n"
    "Tickets cost $25, and 400 volunteers ran the event.\n"
)
STORM_EN = (
    "Storm to hit the coast\n\n"
    "The typhoon was projected to make landfall over the eastern region on Monday evening or "
    "early Tuesday, the weather bureau said.\n\n"
    "About 200,000 people were evacuated from 12 towns, officials said.\n"
)


def _gaps(text: str) -> dict[str, object]:
    return {q.answer[0]: q for q in propose(text, language="en").questions if q.type == "cloze"}


def test_one_name_of_a_long_list_is_folded_below_the_line() -> None:
    gaps = _gaps(FESTIVAL_EN)
    assert "Zhu Yilong" in gaps, list(gaps)
    assert not is_likely(gaps["Zhu Yilong"])
    assert gaps["Zhu Yilong"].confidence <= calibration.LONG_LIST_GAP
    # The festival's own figures are still shown.
    assert is_likely(gaps["450"]) and is_likely(gaps["June 25"])


def test_a_name_whose_word_stands_beside_its_gap_ranks_below_the_other_names() -> None:
    gaps = _gaps(SHOW_EN)
    show, president = gaps["Sunshine Coast Agricultural Show"], gaps["Peter Hall"]
    assert show.confidence <= calibration.SHARED_WORD_GAP < president.confidence
    assert is_likely(show)  # still offered: reviewers took about a third of them


def test_a_weekday_beside_another_weekday_ranks_below_a_lone_one() -> None:
    gaps = _gaps(STORM_EN)
    assert gaps["Tuesday"].confidence <= calibration.WEEKDAY_BESIDE_DAY < calibration.WEEKDAY_GAP
    assert gaps["200,000"].confidence > gaps["Tuesday"].confidence


def test_the_cues_read_both_languages() -> None:
    assert gap_cues.shares_a_word("أعادت ____ تأهيل شارع في الخليل", "بلدية الخليل")
    assert not gap_cues.shares_a_word("أعادت ____ تأهيل شارع واد النصارى", "بلدية الخليل")
    # «بغداد» is a name, not «ب» on «غداد»: it is found as written.
    assert gap_cues.shares_a_word("جنائية بغداد تقضي بإعدام ____", "إرهابي بغداد")
    assert gap_cues.in_a_long_list("سوريا، فلسطين، ____، الكويت، السعودية، مصر", "ar")
    assert not gap_cues.in_a_long_list("بين مصر و____ والسودان", "ar")
    assert not gap_cues.in_a_long_list("Ipswich, ____ and Brisbane were flooded", "en")
    assert gap_cues.names_another_day("من الخميس حتى ____")
    assert not gap_cues.names_another_day("arraigned in court on ____")


def test_the_caps_are_the_shares_the_reviews_give() -> None:
    """Each cue's rate is the share of its gaps reviewers of fresh news took, counted to the
    two-hundred-and-fifty-ninth review (bench/gap_cues.py), above or below the rest of its kind."""
    spec = importlib.util.spec_from_file_location("gap_cues_bench", ROOT / "bench" / "gap_cues.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    judged, accepted, _ = bench.count(259)
    share = {cue: round(accepted[cue] / judged[cue], 2) for cue in judged}
    assert share["one name of a long list"] == calibration.LONG_LIST_GAP
    assert share["name sharing a word"] == calibration.SHARED_WORD_GAP
    assert share["weekday beside another"] == calibration.WEEKDAY_BESIDE_DAY
    assert share["other name"] > calibration.SHARED_WORD_GAP
    assert share["weekday"] > calibration.WEEKDAY_BESIDE_DAY
