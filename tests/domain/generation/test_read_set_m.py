# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh set m after its blind review: each text is written for the shape."""

from studyapp.domain.generation import generate
from studyapp.domain.generation.keys import place_forms
from studyapp.domain.generation.spellings import spelled_out
from studyapp.domain.grading import grade
from studyapp.domain.text import split_sentences
from tests.generated_gaps import first_keys

COURT_AR = (
    "المحكمة الاقتصادية تغرم متهما\n\n"
    'قضت المحكمة الاقتصادية في الإسكندرية بتغريم المتهم "ح.م.ف" مبلغ 100 ألف جنيه، وذلك في القضية المقيدة برقم 387 لسنة 2025 جنح اقتصادية، والمتعلقة باتهامه بسب وقذف أحد أعضاء مجلس إدارة النادي.'
)


def test_initials_in_quotation_marks_end_no_sentence_and_a_case_number_is_no_gap() -> None:
    sentences = [s.text for s in split_sentences(COURT_AR)]
    assert len(sentences) == 2, sentences  # the headline and one sentence, «"ح.م.ف"» inside it
    keys = first_keys(COURT_AR, "ar")
    assert "100" in keys, keys
    assert "387" not in keys and "2025" not in keys, keys  # the case's number and its year


def test_a_titles_year_in_brackets_is_no_gap() -> None:
    text = (
        "مهرجان الإسكندرية يعلن أفلام المسابقة\n\n"
        "كشفت إدارة المهرجان عن قائمة الأفلام المشاركة في المسابقة، والتي تضم عشرة أفلام من دول عربية وأوروبية، من بينها:\n\n"
        "الحي (2024) إنتاج تونسي فرنسي،\n\n"
        "ما وراء الابتسامة (2025) من كرواتيا والولايات المتحدة،"
    )
    keys = first_keys(text, "ar")
    assert "2024" not in keys and "2025" not in keys, keys


def test_the_agency_a_speaker_talked_to_and_half_a_quoted_name_are_not_asked_or_hidden() -> None:
    text = (
        'أمانة بغداد تعلن المرحلة الثانية لحملة "بغداد أجمل"\n\n'
        'أعلنت أمانة بغداد عن تفاصيل المرحلة الثانية من حملة "بغداد أجمل"، التي أطلقت بتوجيه من رئيس مجلس الوزراء وبإشراف مكتبه، وبتنسيق مع وزارة الإعمار والإسكان وعدد من الوزارات المعنية.\n\n'
        "وأوضح المتحدث باسم أمانة بغداد، عدي الجنديل، أن المرحلة الثانية تهدف إلى تنفيذ 213 مشروعاً عمرانياً في مناطق متفرقة من العاصمة.\n\n"
        'وقالت أمانة بغداد في بيان إن "العاصمة ستشهد تحولاً عمرانياً ملحوظاً خلال الأشهر الستة المقبلة".\n\n'
        "كما ذكر الجنديل أن الحملة ساهمت في إحياء مشاريع كانت متوقفة بسبب نقص التخصيصات المالية.\n\n"
        "وأفاد الطرابلسي في حوار مع وكالة تونس افريقيا للأنباء، ان هذه الخطة تهدف إلى الحفاظ على القدرة الشرائية للمواطن."
    )
    questions = generate(text, language="ar").questions
    keys = [q.answer[0] if isinstance(q.answer, list) else q.answer for q in questions]
    assert "وزارة الإعمار والإسكان" in keys, keys
    assert not any(k in ("تونس", "افريقيا") or "للأنباء" in k for k in keys), keys
    # «حملة "… أجمل"»: a key another question asks hidden inside the campaign's quoted name
    assert not any('"… أجمل"' in q.prompt for q in questions), [q.prompt for q in questions]


def test_letters_spelt_out_a_river_either_way_and_a_glued_sum_are_graded_right() -> None:
    text = "They gathered research in a 'marine protected area' near the coast. The MPA is reviewed every five years."
    assert spelled_out("MPA", text) == ["marine protected area"]
    assert {"Thames", "River Thames"} <= set(place_forms("Thames River"))
    assert place_forms("Mount Kenya") == []  # not the country
    museum = (
        "Museum reopens\n\n"
        "President Akufo-Addo says the government has invested $10million to rehabilitate a number of heritage centres across the country.\n\n"
        "He opened the renovated National Museum in Accra on Friday."
    )
    sums = [q for q in generate(museum, language="en").questions if "10million" in str(q.answer)]
    assert sums
    for question in sums:
        assert grade(question, "$10 million").correct, question.prompt


def test_no_gap_on_part_of_a_name_its_small_words_carry_on() -> None:
    text = (
        "Civic body to revive lakes\n\n"
        "The commissioner said he would consider installing In Situ treatment plants at 132 lakes across the city.\n\n"
        "The ministry’s initiatives, such as the Year of Return and Beyond the Return, have improved tourism by 40 percent."
    )
    keys = first_keys(text, "en")
    assert "Situ" not in keys and "Beyond" not in keys, keys
