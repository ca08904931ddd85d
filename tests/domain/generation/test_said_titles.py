# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A speaker named after "said" by a title and a surname or an unlisted given name: '"…,"
said Mayor Castro.', 'said City Clerk Leticia Vacek', 'said District 1 Councilman Bernal'.
On a fresh council story these three quotations went to Ivy Taylor, the one person the
generator knew (one of them names her inside the quotation)."""

from studyapp.domain.generation import document, generate, mentions, quotes

COUNCIL_EN = """City council adopts budget

District 2 Councilwoman Ivy Taylor said she wants to remain committed to code enforcement.

"She was just recently elected to the board," said City Clerk Leticia Vacek, "after this is voted upon we will have another motion voting for that particular funding."

"So just to clarify," said Mayor Castro. "With regard to Big Brothers, Big Sisters, we're voting without that."

"The whole council was frozen in time, so we'll keep it kosher for Councilwoman Taylor," said District 1 Councilman Bernal.
"""


def _said() -> dict[str, str]:
    doc = document.parse(COUNCIL_EN, "en")
    mentions.spot(doc)
    return {found.statement: found.speaker.name for found in quotes.find(doc)}


def test_a_title_and_a_name_after_said_is_the_speaker_with_that_role():
    doc = document.parse(COUNCIL_EN, "en")
    mentions.spot(doc)
    roles = {p.name: p.roles[:1] for p in doc.people.values()}
    assert roles.get("Castro") == ["Mayor"], roles
    assert roles.get("Leticia Vacek") == ["City Clerk"], roles
    assert roles.get("Bernal") == ["District 1 Councilman"], roles


def test_each_quotation_goes_to_the_name_after_its_said():
    said = _said()
    by = {next(s for s in said if cue in s): cue for cue in ("voted upon", "frozen in time")}
    assert said[next(s for s in by if "voted upon" in s)] == "Leticia Vacek", said
    assert said[next(s for s in by if "frozen" in s)] == "Bernal", said
    questions = generate(COUNCIL_EN, language="en").questions
    for q in questions:
        if q.category == "attribution" and "frozen" in q.prompt:
            assert "Taylor" not in str(q.answer), (q.prompt, q.answer)


def test_a_role_set_off_by_commas_before_the_name_is_hers():
    """ "The Nigerian Minister of Finance, Kemi Adeosun, has disclosed …": no role question was
    asked of the article's only named official."""
    text = (
        "Nigeria to spend more on roads\n\n"
        "The Nigerian Minister of Finance, Kemi Adeosun, has disclosed plans to raise spending"
        " on infrastructure from 10% to 30% this year.\n"
    )
    doc = document.parse(text, "en")
    mentions.spot(doc)
    assert doc.people["Kemi Adeosun"].roles[:1] == ["Minister of Finance"], doc.people
    roles = {q.prompt: q.answer for q in generate(text, language="en").questions}
    assert roles.get("Who is the Minister of Finance?", [""])[0] == "Kemi Adeosun", roles


PLANNING_EN = """Four houses approved

Cllr Mike Chaplain said: “These are basically good houses, but there are too many of them on this plot.”

Cllr Roger Davison expressed worry about the safety of children on the narrow road.

He added, talking about the width of the road: “That’s the only entry and exit point.”

Cllr Garry Weatherall said: “Shouldn’t we really wait to find out that decision of the planning inspector?”
"""


def test_a_councillor_s_title_is_no_part_of_the_name_and_his_he_added_is_his():
    """ "Cllr Roger Davison expressed worry … He added: “…”" was keyed to Cllr Mike Chaplain,
    and 'Cllr Chaplain' and 'Shouldn’t' were asked as names of organisations."""
    doc = document.parse(PLANNING_EN, "en")
    mentions.spot(doc)
    assert {"Mike Chaplain", "Roger Davison", "Garry Weatherall"} <= set(doc.people), doc.people
    said = {found.statement: found.speaker.name for found in quotes.find(doc)}
    assert said[next(s for s in said if "exit point" in s)] == "Roger Davison", said
    keys = [str(q.answer) for q in generate(PLANNING_EN, language="en").questions]
    assert not any("Cllr" in k or "Shouldn" in k for k in keys), keys


HANDSETS_EN = """Handset makers on privacy

Apple CEO Tim Cook said the company would resist the order.

Lenovo Group CEO Yang Yuanqing said: "Today it happens to Apple, tomorrow it could happen to Lenovo."

Pema Khandu, the chief minister, said the state would back the plan, and Union minister Kiren Rijiju said funds would follow.
"""


def test_a_role_that_names_its_firm_or_a_public_office_gets_no_made_up_roles_as_choices():
    """ "What is Yang Yuanqing's role?" offered 'spokesperson', 'company secretary', 'head of
    research' beside 'Lenovo Group CEO', the one choice naming a firm, and a chief minister's
    role was offered among 'head of marketing' and 'vice president' (eighty-fourth review)."""
    made_up = {
        "spokesperson",
        "company secretary",
        "head of research",
        "head of marketing",
        "vice president",
        "chief executive officer",
        "chief financial officer",
    }
    for q in generate(HANDSETS_EN, language="en").questions:
        if q.category == "role" and q.type == "mcq":
            assert not made_up & {c.casefold() for c in q.choices}, (q.prompt, q.choices)
