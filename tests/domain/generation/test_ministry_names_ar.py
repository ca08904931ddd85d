# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A ministry that speaks is named up to its portfolio and what qualifies it: «أعلنت وزارة الداخلية
القبض على …» is «وزارة الداخلية», not «وزارة الداخلية القبض»."""

from studyapp.domain.generation.attributions import find
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.keys import organisation_forms
from studyapp.domain.generation.mentions import spot


def _speakers(text: str) -> list[str]:
    doc = parse(text, "ar", "")
    spot(doc)
    return [a.speaker.name for a in find(doc)]


def test_what_the_ministry_announced_is_not_part_of_its_name():
    text = """الداخلية تضبط مخالفين

أعلنت وزارة الداخلية القبض على أربعة أشخاص خالفوا قرار العزل، مؤكدة أن المؤسسة الأمنية لن تتهاون في تطبيق القانون.
"""
    speakers = _speakers(text)
    assert speakers and set(speakers) == {"وزارة الداخلية"}, speakers


def test_a_nationality_and_a_second_portfolio_stay_in_the_name():
    text = """بيانان رسميان

أعلنت وزارة الخارجية الأمريكية أن الوفد سيصل غدا إلى القاهرة.

وأعلنت وزارة الصحة والسكان أن الحملة ستبدأ الأحد المقبل في جميع المحافظات.
"""
    assert _speakers(text) == ["وزارة الخارجية الأمريكية", "وزارة الصحة والسكان"]


def test_a_ministry_of_joined_portfolios_is_also_right_by_its_first():
    assert "وزارة الزراعة" in organisation_forms("وزارة الزراعة والثروة الحيوانية والبحرية")
    assert organisation_forms("هيئة التدريس والباحثين الزائرين") == []  # a list, not one body
