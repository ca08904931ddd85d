# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Two numbers of one sentence are asked apart: each gap's prompt hides the other's answer, so
neither question prints the other's key (blind reviewers rejected the second as a duplicate)."""

from studyapp.domain.generation import generate
from studyapp.domain.questions import CLOZE_GAP

RESULTS_AR = """أرباح شركة النخيل للأدوية

بلغت مبيعات شركة النخيل للأدوية في النصف الأول من العام الجاري 640 مليون درهم وصافي الأرباح 52 مليون درهم.

وقال المدير العام للشركة سامر حداد إن الشركة أطلقت منتجات جديدة في الأسواق الخليجية.
"""

RESULTS_EN = """Harbor Foods results

Harbor Foods said sales rose to $4.2 billion in the quarter, while its net profit fell to $310 million.

The company expects costs to stay high, chief executive Dana Ortiz said.

A new plant, estimated at $12 to $15 million, will open next year.
"""


def _gaps(text: str, language: str) -> dict[str, str]:
    return {
        q.answer[0]: q.prompt
        for q in generate(text, language=language).questions
        if q.type == "cloze" and q.category == "number"
    }


def test_both_numbers_of_a_sentence_are_asked_and_neither_prompt_shows_the_other():
    for text, language, first, second in (
        (RESULTS_AR, "ar", "640 مليون", "52 مليون"),
        (RESULTS_EN, "en", "4.2 billion", "310 million"),
    ):
        gaps = _gaps(text, language)
        assert first in gaps and second in gaps, gaps
        assert second not in gaps[first] and first not in gaps[second], gaps
        assert "…" in gaps[first] and CLOZE_GAP in gaps[first], gaps[first]


def test_the_other_end_of_a_range_is_not_asked_as_a_pair():
    gaps = _gaps(RESULTS_EN, "en")
    assert "15 million" not in gaps or "…" not in gaps.get("12", ""), gaps
    assert not any("$ … to" in prompt or "$… to" in prompt for prompt in gaps.values()), gaps


THREE_AR = """نتائج شركة الواحة للسيارات

وخفضت الشركة توقعاتها للإنتاج إلى 30 ألف سيارة هذا العام، إذ تكبدت خسارة بقيمة 1.8 مليار دولار في الربع الأخير، مقابل خسارة 420 مليون دولار قبل عام.

وقالت المديرة المالية للشركة ريم الخطيب إن الشركة تعمل على خفض التكاليف.
"""


def test_three_numbers_of_a_sentence_each_hide_the_other_two():
    """Each number is asked once, as a gap or as the question that rewrites it («إلى كم سيارةً
    …؟», «ما قيمة الخسارة …؟»); no prompt prints another's answer, and a gap hides both."""
    asked = {
        q.answer[0]: q
        for q in generate(THREE_AR, language="ar").questions
        if q.type in ("cloze", "short") and q.category == "number"
    }
    keys = ["30 ألف", "1.8 مليار", "420 مليون"]
    found = {
        key: next((q for a, q in asked.items() if a in (key, key.split()[0])), None) for key in keys
    }
    assert all(found.values()), asked
    for key, question in found.items():
        assert not any(other in question.prompt for other in keys if other != key), question.prompt
        if question.type == "cloze":
            assert question.prompt.count("…") == 2, question.prompt
    assert any(q.type == "short" for q in found.values()), [q.prompt for q in found.values()]
