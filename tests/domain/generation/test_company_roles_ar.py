"""A company's chief named after his role and the company's one-word name, which no list of
given names knows: «الرئيس التنفيذي لشركة «تيسلا» إيلون ماسك، …» is a person with that role,
the company's name in quotation marks or not, and his words are his."""

from studyapp.domain.generation import quotes
from tests.generated_gaps import spotted

CHIEF_AR = (
    "شركة السيارات تطلق طرازا جديدا\n\n"
    "كشف الملياردير والرئيس التنفيذي لشركة «فولتا» إيلون ماسك، اليوم الجمعة، أن الشركة "
    "ستطلق طرازا جديدا من سياراتها الكهربائية في الأسواق الآسيوية خلال العام المقبل.\n\n"
    "وقال الرئيس التنفيذي لمجموعة ميتسو كيرا تاناكا إن المجموعة ستفتتح مصنعا في المنطقة.\n"
)


def test_a_chief_named_after_the_companys_one_word_name_is_a_person_with_that_role():
    doc = spotted(CHIEF_AR, "ar")
    chief = doc.people.get("إيلون ماسك")
    assert chief is not None, list(doc.people)
    assert chief.roles == ["الرئيس التنفيذي لشركة فولتا"], chief.roles
    other = doc.people.get("كيرا تاناكا")
    assert other is not None and other.roles == ["الرئيس التنفيذي لمجموعة ميتسو"], doc.people
    speakers = {found.speaker.name for found in quotes.find(doc)}
    assert {"إيلون ماسك", "كيرا تاناكا"} <= speakers, speakers
