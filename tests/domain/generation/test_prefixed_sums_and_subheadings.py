"""Shapes of fresh news the rules had misread: a sum with the shilling's or the rupee's letters
written against it, a subheading taken for the sentence a gap leans on, a manner in quotation
marks taken for a body's name, and a pasted Arabic article's phrase gaps."""

from studyapp.domain.generation import document, generate, mentions, propose, quotes
from studyapp.domain.grading import grade

BUDGET_EN = (
    "County assembly approves budget\n\n"
    "The county assembly on Tuesday approved a Sh42.5 billion supplementary budget, the clerk "
    "said.\n\n"
    "Police in Karachi recovered Rs61.2 million from the suspects, officials said.\n"
)


def test_a_sum_with_shilling_or_rupee_letters_is_a_number_gap_the_bare_number_answers():
    gaps = {q.answer[0]: q for q in generate(BUDGET_EN, language="en").questions}
    assert "42.5 billion" in gaps and "61.2 million" in gaps, list(gaps)
    assert "Sh____" in gaps["42.5 billion"].prompt, gaps["42.5 billion"].prompt
    assert grade(gaps["42.5 billion"], "42.5 billion").correct
    assert not grade(gaps["42.5 billion"], "42.5").correct  # a sum 10**9 times too small
    assert grade(gaps["61.2 million"], "61.2 million").correct
    assert not any(key.startswith(("Sh", "Rs")) for key in gaps), list(gaps)


HALL_EN = (
    "Council plans new hall\n\n"
    "The hall will be built in two phases over two years.\n\n"
    "Furnish rooms\n"
    "The first phase is expected to start in 2027 and will cost 40 million dollars.\n"
)


def test_a_subheading_is_not_the_sentence_a_gap_leans_on():
    prompts = [q.prompt for q in generate(HALL_EN, language="en").questions]
    leaning = [p for p in prompts if "The first phase" in p]
    assert leaning and not any("Furnish rooms" in p for p in prompts), prompts


SURGERY_AR = (
    "إنجاز طبي جديد\n\n"
    'أعلنت وزارة الصحة نجاح أول عملية جراحية روبوتية "عن بعد" في مستشفى الجهراء.\n'
    "وأضافت أن العملية تمثل نقلة نوعية في مجال الجراحة الحديثة في البلاد.\n"
)


def test_a_manner_in_quotation_marks_is_no_body_and_the_body_ends_at_its_name():
    doc = document.parse(SURGERY_AR, "ar")
    mentions.spot(doc)
    speakers = {a.speaker.name for a in quotes.find(doc)}
    assert speakers == {"وزارة الصحة"}, speakers


DRIVE_AR = (
    "حملة نظافة في المدينة\n\n"
    "أطلقت البلدية حملة واسعة لتنظيف الشوارع الرئيسية في المدينة بمشاركة المتطوعين.\n"
    "وتهدف الحملة إلى تحسين المظهر العام وتعزيز الوعي البيئي لدى السكان.\n"
)


def test_a_pasted_arabic_article_offers_no_phrase_gap_a_passage_still_does():
    def phrase_gaps(questions):
        return [q for q in questions if q.type == "cloze" and q.category == "fact"]

    assert phrase_gaps(propose(DRIVE_AR, language="ar").questions)  # drafted
    assert not phrase_gaps(generate(DRIVE_AR, language="ar").questions)
    passage = " ".join(DRIVE_AR.split("\n\n", 1)[1].split())  # one paragraph, no title
    assert phrase_gaps(generate(passage, language="ar").questions)
