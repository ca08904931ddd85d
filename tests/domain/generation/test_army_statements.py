# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Two sides of a war as speakers: «ويقول الجيش إنه "…"، بينما تؤكد قوات الدعم السريع أنها
"…"», and a researcher named by a four-word name after his role and a comma («ويشير الباحث
…، عبد المنعم خلف الله، إلى أن "…"»). A fresh story from Sudan asked who said none of it:
the present tense «يشير/تؤكد» was no verb of saying, «الجيش» and «قوات …» no body, and the
name was cut at three words."""

from studyapp.domain.generation import document, generate, mentions, quotes

OMDURMAN_AR = """أم درمان تعود للواجهة

ويقول الجيش إنه "بات على مقربة من طرد عناصر المليشيا المتمردة"، بينما تؤكد قوات الدعم السريع أنها "تبسط سيطرتها على الأحياء والمواقع المهمة في المدينة".

ويشير الباحث في الدراسات العسكرية السودانية، عبد المنعم خلف الله، إلى أن "دخول قوات الجيش السوداني إلى منطقة سلاح المهندسين يبرهن على أن الجيش غيّر استراتيجيته".
"""


def test_each_side_and_the_researcher_speak_their_own_words():
    doc = document.parse(OMDURMAN_AR, "ar")
    mentions.spot(doc)
    said = {f.statement.split()[0]: f.speaker.name for f in quotes.find(doc)}
    assert said.get("بات") == "الجيش", said
    assert said.get("تبسط") == "قوات الدعم السريع", said
    assert said.get("دخول") == "عبد المنعم خلف الله", said


def test_the_researcher_is_asked_by_his_whole_name():
    questions = generate(OMDURMAN_AR, language="ar").questions
    keys = {q.prompt: q.answer for q in questions if q.category == "role"}
    asked = keys.get("من هو الباحث في الدراسات العسكرية السودانية؟")
    assert asked and asked[0] == "عبد المنعم خلف الله", keys
