"""Names read whole and no further, and numbers keyed as a student types them: shapes blind
reviewers rejected on set il (the two-hundred-and-fifty-first review), read after it was
judged. Each text here is written for the test."""

from studyapp.domain.generation import document, mentions, number_keys, propose


def _doc(text: str, language: str) -> document.Document:
    doc = document.parse(text, language, None)
    mentions.spot(doc)
    return doc


def test_a_time_of_day_after_a_speakers_name_is_no_part_of_it():
    text = (
        "الحكومة ترد على الصياد\n\n"
        "وأضاف ولد اشروقه ظهر اليوم الأربعاء خلال المؤتمر الصحفي أن 12 سفينة تعمل في المياه.\n"
    )
    assert list(_doc(text, "ar").people) == ["ولد اشروقه"]


def test_a_nationality_before_a_name_is_no_part_of_the_name_a_gap_asks():
    text = (
        "Marathon results\n\n"
        "Ugandan Maxwell Rotich won the half marathon in 1:00:10 ahead of Vincent Kipkorir.\n"
    )
    assert "Maxwell Rotich" in _doc(text, "en").people
    gaps = {q.accepted_answers[0]: q for q in propose(text, language="en").questions}
    assert "Ugandan Maxwell Rotich" not in gaps
    assert gaps["Maxwell Rotich"].accepted_answers == ["Maxwell Rotich", "Rotich"]


def test_a_role_cut_before_its_groups_name_is_not_asked():
    text = (
        "زين: 2017 سنة خير\n\n"
        "كشف بدر الخرافي الرئيس التنفيذي لمجموعة “زين” الكويتية أن الشركة باعت 7500 برج.\n"
    )
    prompts = [q.prompt for q in propose(text, language="ar").questions]
    assert not any("لمجموعة؟" in p or "لمجموعة،" in p for p in prompts), prompts


def test_a_grouped_number_with_decimals_is_accepted_without_its_commas():
    assert "1038.05" in number_keys.number_forms("1,038.05", "en")
    assert "12345.5 tonnes" in number_keys.number_forms("12,345.5 tonnes", "en")
