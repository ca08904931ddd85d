# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Two sides of a war as speakers: «ويقول الجيش إنه "…"، بينما تؤكد قوات الدعم السريع أنها
"…"», and a researcher named by a four-word name after his role and a comma («ويشير الباحث
…، عبد المنعم خلف الله، إلى أن "…"»). A fresh story from Sudan asked who said none of it:
the present tense «يشير/تؤكد» was no verb of saying, «الجيش» and «قوات …» no body, and the
name was cut at three words. And a ministry's statement that names its minister is not his."""

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


MINISTRY_EN = """Ministry denies misleading Parliament

The Ministry of Lands has denied claims that the sector Minister, Peter Asante, misled Parliament about the state of the forest reserves.

The accusations suggest that Minister Asante presented incomplete details during a recent parliamentary session.

“The Ministry’s attention has been drawn to a publication by The Daily Record concerning an answer given by the Hon. Minister, Peter Asante, during a parliamentary session.

“The Ministry finds these allegations very serious and unfortunate,” the statement concluded.
"""


def test_a_quotation_that_names_the_last_speaker_is_not_his():
    # '“… an answer given by the Hon. Minister, Samuel A. Jinapor, …”' went to the last person
    # named, Jinapor, and was asked as his words (a blind reviewer: wrongly credited).
    doc = document.parse(MINISTRY_EN, "en", None)
    mentions.spot(doc)
    assert not [a for a in quotes.find(doc) if a.speaker.name == "Peter Asante"]
    prompts = [q.prompt for q in generate(MINISTRY_EN, language="en").questions]
    assert not [p for p in prompts if "Peter Asante said" in p or "According to Peter" in p]
