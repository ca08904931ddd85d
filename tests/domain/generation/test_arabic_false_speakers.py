"""Fragments that are no one: a court, «لـ» and a noun after a role, a name inside what a body
says. Blind reviewers of fresh news rejected "who said" questions keyed «محكمة أمن» and
«لمطارات دبي», and a role asked of «علامة رائدة لمركز»."""

from studyapp.domain.generation.attributions import find
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.mentions import spot

COURT_AR = (
    "السجن 15 عاما لمتهمين في قضية الفتنة\n\n"
    "أصدرت محكمة أمن الدولة أمس الاثنين قرارا يقضي بالسجن 15 عاما على المتهمين.\n\n"
    'وأشارت محكمة أمن الدولة إلى أن "أركان التجريم كاملة في القضية".\n\n'
    'وأعلنت المحكمة "ثبوت قيام المتهمين سامر خليل ومازن داود بتدبير مشروع إجرامي".\n\n'
    'وقال المحامي محمد العفيف، وكيل المتهم، إنه "سيتم الطعن بالقرار".\n'
)

AIRPORT_AR = (
    "100 مليون مسافر عبر المطار\n\n"
    "قال بول جريفيث الرئيس التنفيذي لمطارات دبي إنه من المتوقع أن يصل المطار إلى 100 مليون "
    "مسافر.\n\n"
    "وأضاف أن المعرض هذا العام يقام تحت شعار المستقبل هنا، وهو ما يؤكد للعالم أن المدينة "
    "مركز للابتكار.\n\n"
    "ويعد هذا الإنجاز علامة رائدة لمركز الأمير سلطان في مجال الطيران.\n"
)


def _people_and_speakers(text: str) -> tuple[set[str], set[str]]:
    doc = parse(text, "ar", None)
    spot(doc)
    return set(doc.people), {a.speaker.name for a in find(doc)}


def test_a_court_is_no_person_and_names_in_its_words_do_not_speak():
    people, speakers = _people_and_speakers(COURT_AR)
    assert not any(name.startswith("محكمة") for name in people), people
    assert not {"سامر خليل", "مازن داود"} & speakers, speakers
    assert "محمد العفيف" in speakers, speakers


def test_lam_and_a_noun_after_a_role_is_no_name():
    people, speakers = _people_and_speakers(AIRPORT_AR)
    assert "بول جريفيث" in people, people
    assert not any(word.startswith("ل") for name in people for word in name.split()), people
    assert not any("علامة" in name for name in people), people
