"""A name written with a dot inside ("St. Vincent", "China-U.S.", "Rs. 91 crores") is read
whole: no gap on a piece of it, no sentence cut at its dot, and the sum after "Rs." is asked
as a sum; a courtesy title or a lone letter is no name to ask."""

from studyapp.domain.generation import generate, propose
from studyapp.domain.text import split_sentences

HOSPITAL_EN = (
    "Hospital plans cancer center\n\n"
    "Mercy St. Agnes Regional Medical Center announced a plan Friday to build a new $80 million "
    "cancer center on its main campus on St. Michael's Drive.\n\n"
    "The hospital's board has approved an initial investment of $30 million with some additional "
    "money pledged by the Harlow Foundation and Mercy Health.\n\n"
    "The new terminal of the regional airport, built at a cost of Rs. 91 crores, opened in May.\n\n"
    "After 30 years of development, China-U.S. farm cooperation has laid a solid foundation, "
    "the minister said.\n\n"
    "\u201cOur plan is to expand the programme,\u201d Mr Okafor said at the annual workshop.\n"
)

# A minister named in full with her role, then by courtesy title and surname alone.
BUDGET_EN = (
    "Government spends N2.3 trillion on relief\n\n"
    "The government had spent N2.3 trillion to soften the blow of the pandemic, the Minister of "
    "State for Budget and Planning, Clem Okafor, has revealed.\n\n"
    "\u201cOur strategy was to expand the government\u2019s activities to cushion the "
    "effect of the pandemic,\u201d Mr Okafor said at the 4th National Treasury Workshop.\n\n"
    "\u201cThe real sector interventions were focused on mass agriculture and mass "
    "housing,\u201d Mr Okafor said.\n"
)

PHONES_AR = (
    "جدول إطلاق الهواتف الجديدة\n\n"
    'تتوسع محفظة الشركة لتشمل عدة طرازات بحلول 2026، بينها نسخة اقتصادية "e" وأول هاتف قابل '
    "للطي.\n"
)


def _gaps(text: str, language: str) -> dict[str, str]:
    questions = generate(text, language=language).questions
    return {q.answer[0]: q.prompt for q in questions if q.type == "cloze"}


def test_no_gap_on_a_piece_of_a_name_with_a_dot_inside():
    gaps = _gaps(HOSPITAL_EN, "en")
    pieces = {"St", "Michael", "Drive", "Mercy St", "Agnes Regional Medical Center"}
    assert not pieces & set(gaps), gaps
    # Neither side of "China-U.S.": "____-U.S. farm cooperation" asks half a compound.
    assert not {"China", "China-U"} & set(gaps), gaps


def test_a_sum_after_rs_is_asked_in_its_whole_sentence():
    text = HOSPITAL_EN
    assert any("Rs. 91 crores" in s.text for s in split_sentences(text))
    gaps = _gaps(text, "en")
    assert "91" in gaps and "Rs. ____ crores" in gaps["91"], gaps


def test_a_courtesy_title_and_its_name_are_no_gap():
    for text in (HOSPITAL_EN, BUDGET_EN):
        gaps = _gaps(text, "en")
        assert "Mr Okafor" not in gaps and "Mr" not in gaps, gaps


def test_a_lone_letter_in_quotation_marks_is_no_gap():
    gaps = _gaps(PHONES_AR, "ar")
    assert "e" not in gaps, gaps


def test_a_department_written_dept_is_one_sentence_and_its_commissioner_a_role():
    """ "said CT Dept. of Transportation Commissioner Joe Guilietti": no sentence ends at "Dept.",
    and the role before the name is "Transportation Commissioner" (a field, not the end of a
    body's name as "America" is in "Solar Trust of America CEO")."""
    text = (
        "Rail line turns one\n\n"
        "Ridership on the rail line has exceeded 630,000 passengers in its first year.\n\n"
        '"The decisions were made, the cars are purchased," said CT Dept. of Transportation '
        "Commissioner Joe Guilietti.\n\n"
        '"We are just getting started," said Governor Ned Lamont on Monday.\n'
    )
    spans = [s.text for s in split_sentences(text)]
    assert not any(s.endswith("Dept.") for s in spans), spans
    roles = {
        q.prompt: q.answer for q in generate(text, language="en").questions if q.category == "role"
    }
    answer = roles.get("Who is the Transportation Commissioner?")
    assert answer in ("Joe Guilietti", ["Joe Guilietti", "Guilietti"]), roles


def test_a_race_time_is_not_cut_at_its_dot_and_a_place_keeps_no_weekday():
    """ "a time of 4:31.15" keyed "4:31" left ".15" beside the gap; "near Metolius Saturday
    afternoon" keyed "Metolius Saturday": the place is "Metolius"."""
    text = (
        "Results and a chase\n\n"
        "Maya Dirado of the United States took silver with a time of 4:31.15 on Sunday.\n\n"
        "A Madras man refused to pull over for speeding near Metolius Saturday afternoon.\n"
    )
    questions = propose(text, language="en").questions
    assert not any(q.type == "cloze" and "4:31" in q.answer for q in questions), [
        q.prompt for q in questions
    ]
    keys = [q.answer[0] for q in questions if q.type == "cloze"]
    assert "Metolius" in keys and "Metolius Saturday" not in keys, keys
