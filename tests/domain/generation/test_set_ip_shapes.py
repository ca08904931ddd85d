"""Shapes the blind reviewers of set ip (the two-hundred-and-sixtieth review) rejected, read
after it was judged: keys that mark a student's natural answer wrong, a year its school year
gives away. Each text is written for the test."""

from studyapp.domain.generation import generate, keys
from studyapp.domain.grading import grade
from tests.generated_gaps import gaps


def _gap_keys(text: str, language: str) -> set[str]:
    """The keys of the gap-fills drafted on `text`."""
    return set(gaps(text, language, drafts=True))


def _offered(text: str, language: str) -> dict[str, object]:
    """{key: question} of the typed questions a teacher is offered on `text`."""
    questions = generate(text, language=language).questions
    return {q.answer[0]: q for q in questions if q.type in ("cloze", "short")}


CABINET_EN = (
    "Governor sends second cabinet list\n\n"
    "The governor on Tuesday sent the final list of 20 cabinet nominees to lawmakers.\n\n"
    "The Lagos State House of Assembly has already set up a 16-member committee to screen the "
    "nominees.\n\n"
    "The nominees understand the current needs of Lagos, a statement by the governor's office "
    "said.\n"
)


def test_a_body_named_with_its_place_accepts_the_body_alone() -> None:
    offered = _offered(CABINET_EN, "en")
    assembly = offered.get("Lagos State House of Assembly")
    assert assembly is not None, list(offered)
    assert grade(assembly, "State House of Assembly").correct
    assert grade(assembly, "Lagos State House of Assembly").correct
    assert not grade(assembly, "Lagos").correct


def test_no_common_word_legal_form_or_unplaced_name_is_left_as_a_key() -> None:
    text = "Officials in Kajiado and a firm from Sweden met the Lagos Times editors."
    assert keys.local_forms("Kajiado MCAs", text) == ["MCAs"]
    assert keys.local_forms("Kajiado County", text) == []  # "County" alone names nothing
    assert keys.local_forms("Sweden AB", text) == []  # a legal form
    assert keys.local_forms("Lagos Times", text) == []  # one word of a name of its own left
    assert keys.local_forms("Tesla Electric Light", "a company in Tesla’s name") == []


def test_no_year_of_a_school_year_written_with_a_backslash_is_asked() -> None:
    """«العام الدراسي ____\\2016» keyed 2015 (both reviewers: given away); a slash already
    kept both years out of the gaps."""
    for mark in ("\\", "/"):
        text = (
            "افتتاح مدرسة جديدة\n\n"
            f"ودخلت المدرسة الخدمة فعليا في العام الدراسي 2015{mark}2016 واستقبلت 106 طلاب.\n\n"
            "وتتكون المدرسة من 18 فصلا.\n"
        )
        keyed = _gap_keys(text, "ar")
        assert "106" in keyed and not keyed & {"2015", "2016"}, (mark, keyed)


BANKS_AR = (
    "ميزانية المصارف\n\n"
    "بلغت الميزانية الموحدة للجهاز المصرفي 195 مليار دولار خلال الربع الأول من العام بعد أن "
    "كانت 187 مليار و400 مليون دولار في الربع الأخير من العام الماضي.\n"
)


def test_a_sum_in_billions_and_millions_accepts_its_decimal_and_its_digits() -> None:
    """«187 مليار و400 مليون» marked "187.4 مليار" wrong (set ip, a reviewer)."""
    sums = _offered(BANKS_AR, "ar")
    sum_ = sums.get("187 مليار و400 مليون")
    assert sum_ is not None, list(sums)
    for answer in ("187 مليار و400 مليون", "187.4 مليار", "187400000000", "187,400,000,000"):
        assert grade(sum_, answer).correct, answer
    assert not grade(sum_, "187 مليار").correct


RESULTS_EN = (
    "Exam results out today\n\n"
    "Nationwide 58 thousand students received results today, the exam commission said.\n\n"
    "The fund manager helps oversee about C$1.50 billion with his team in Toronto.\n"
)


def test_thousands_in_words_and_a_sum_with_a_trailing_nought_take_the_forms_students_type():
    """ "58 thousand" keyed without "58,000", "1.50 billion" without "1.5 billion" (set ip's
    reviewers: the natural answer would be marked wrong)."""
    offered = _offered(RESULTS_EN, "en")
    assert grade(offered["58 thousand"], "58,000").correct
    assert grade(offered["58 thousand"], "58000").correct
    assert not grade(offered["58 thousand"], "5,800").correct
    assert grade(offered["1.50 billion"], "1.5 billion").correct
    assert not grade(offered["1.50 billion"], "1.5 million").correct


def test_a_count_whose_items_follow_after_shamalat_is_no_gap() -> None:
    """«6 مؤسسات أكاديمية في قطر، شملت كلية …، وجامعة …» listed the six it counts (set ip: given
    away, both reviewers)."""
    text = (
        "مسابقة البحث العلمي\n\n"
        "وشهدت النسخة مشاركة واسعة من 4 مؤسسات أكاديمية في قطر، شملت كلية طب وايل كورنيل، "
        "وجامعة قطر، وجامعة حمد بن خليفة، وكلية المجتمع.\n\n"
        "وتنافس في المسابقة 32 فريقا من الطلاب.\n"
    )
    keyed = _gap_keys(text, "ar")
    assert "32" in keyed and "4" not in keyed, keyed


def test_the_headlines_subject_written_in_the_plural_is_still_the_subject() -> None:
    """ "The services of the Central Railways's trains" under "Central Railway services
    disrupted": a gap on "Central Railways" asked the article's own subject (set ip, both)."""
    text = (
        "Central Railway services disrupted after snag\n\n"
        "The services of the Central Railways's local trains were affected on Thursday after a "
        "snag at Sandhurst Road station.\n\n"
        "The 1,810 services run by Central Railway carry close to 40 lakh passengers each day.\n"
    )
    keyed = _gap_keys(text, "en")
    assert "1,810" in keyed and not {"Central Railways", "Central Railway"} & keyed, keyed
