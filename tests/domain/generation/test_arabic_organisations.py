"""Arabic organisations named by a head noun and its definite complements («وزارة المالية»)
are the article's organisations: a gap asks them whole, and no piece of a title is one."""

from __future__ import annotations

from studyapp.domain.generation import generate
from tests.generated_gaps import spotted

AR = (
    "قال وزير الزراعة سمير البدري إن الوزارة ستطلق مشروعا جديدا للري هذا العام.\n\n"
    "وأضاف البدري أنه سيتم إنشاء شركات بالتعاون مع وزارة المالية لإدارة الأراضي الجديدة.\n\n"
    "وكان نائب رئيس مجلس الوزراء قد زار الموقع اليوم الأحد برفقة ممثلين عن "
    "لوكالة الفضاء المصرية، ومكتب التحقيقات الفيدرالي الأمريكي الذي شارك في التدريب."
)


def _organisations(text: str) -> list[str]:
    return list(spotted(text, "ar").organisations)


def test_a_head_noun_and_its_definite_words_name_an_organisation() -> None:
    found = _organisations(AR)
    assert "وزارة المالية" in found
    assert "وكالة الفضاء المصرية" in found  # after its «ل», not with it
    assert "مكتب التحقيقات الفيدرالي الأمريكي" in found  # «الذي» ends it


def test_a_body_inside_a_title_or_a_part_of_a_body_is_no_organisation() -> None:
    assert "مجلس الوزراء" not in _organisations(AR)
    text = "وبعد التداول في الأدلة، خلصت هيئة المحكمة إلى إدانة المسؤول السابق بوزارة التربية."
    assert "هيئة المحكمة" not in _organisations(text)


def test_the_organisation_is_asked_whole() -> None:
    keys = {q.answer[0] for q in generate(AR, language="ar").questions if q.type == "cloze"}
    assert "وزارة المالية" in keys, keys


def test_a_description_before_a_quoted_name_is_no_organisation() -> None:
    """«قالت شركة السيارات الكهربائية "ريفيان"» was asked «قالت ____ "ريفيان"» keyed «شركة
    السيارات الكهربائية»: a description of the company whose name follows."""
    text = 'قالت شركة السيارات الكهربائية "ريفيان" إن الحرب تزيد من ضغوطات سلسلة التوريد.'
    assert "شركة السيارات الكهربائية" not in _organisations(text)


def test_a_university_is_also_named_by_its_place() -> None:
    text = (
        "افتتاح كليات جديدة\n\n"
        "أعلن وزير التعليم العالي أيمن عاشور افتتاح 7 كليات جديدة في الجامعات الحكومية.\n\n"
        "وتشمل الكليات كلية الهندسة في جامعة الوادي الجديد وكلية التمريض في جامعة مدينة "
        "السادات.\n"
    )
    keyed = {
        q.answer[0]: q.answer for q in generate(text, language="ar").questions if q.type == "cloze"
    }
    assert "مدينة" not in keyed, keyed  # «جامعة ____ السادات»: half the university's name
    for name, place in (("جامعة الوادي الجديد", "الوادي الجديد"), ("مدينة السادات", "السادات")):
        if name in keyed:
            assert place in keyed[name], keyed[name]
