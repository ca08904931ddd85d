# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A company named with a word that describes it ("California-based Chevron") is the company,
neither a person nor a body called "California-based Chevron"; "announced its agreement …"
reports no words; and a select-all of countries offers other countries (a fresh deal story was
asked "Who said: 'its agreement Friday to buy …'?" keyed "California-based Chevron" among
bankers, and countries among banks)."""

from studyapp.domain.generation import document, generate, mentions, quotes

DEAL_EN = """Chevron to buy Anadarko for $33 billion

The energy company Chevron announced its agreement Friday to buy the exploration firm Anadarko for $33 billion.

California-based Chevron said in a statement it has entered into a definitive agreement with Anadarko Petroleum Corporation to acquire all of its shares at $65 per share.

JPMorgan and Morgan Stanley advised on the deal, the company said. Seven-time Wimbledon champion Pete Sampras watched the signing.

Anadarko has major shale oil and gas operations throughout the U.S., on top of natural gas projects in Mozambique and Algeria.
"""


def test_a_describing_word_is_no_part_of_the_company_s_name_and_makes_no_person():
    doc = document.parse(DEAL_EN, "en")
    mentions.spot(doc)
    names = [*doc.people, *doc.organisations]
    assert not any("based" in name or "Seven-time" in name for name in names), (
        list(doc.people),
        doc.organisations,
    )


def test_announcing_an_agreement_reports_no_words():
    doc = document.parse(DEAL_EN, "en")
    mentions.spot(doc)
    assert not any(f.statement.startswith("its agreement") for f in quotes.find(doc))


def test_a_select_all_of_countries_offers_countries():
    questions = generate(DEAL_EN, language="en").questions
    lists = [q for q in questions if q.type == "multi" and "Mozambique" in q.answer]
    assert lists, [q.prompt for q in questions]
    wrong = set(lists[0].choices) - set(lists[0].answer)
    assert len(wrong) >= 2 and not {"JPMorgan", "Morgan Stanley"} & wrong, lists[0].choices


def test_a_press_conference_is_no_named_event():
    """ "the sheriff said during a press conference Tuesday" gave '____ conference' keyed
    'press' and "At which event did David Rhodes speak?"."""
    text = (
        "Deputy killed\n\n"
        '"We don\'t know exactly what happened," Sheriff David Rhodes said during a press'
        " conference Tuesday.\n\nRhodes later spoke at the Western Sheriffs Conference in Denver.\n"
    )
    questions = generate(text, language="en").questions
    assert not any(q.answer in (["press"], "press") for q in questions), [
        (q.prompt, q.answer) for q in questions
    ]
    assert any("Western Sheriffs" in str(q.answer) for q in questions), [
        (q.prompt, q.answer) for q in questions
    ]


def test_a_portfolio_and_a_company_are_no_people():
    """ "The Minister of Parliamentary Affairs and Minority Affairs said …" made a person
    'Minority Affairs' (keyed for three quotations), "LG Electronics said" a person among the
    choices of who-said questions, and "Asian companies" an organisation."""
    text = (
        "Minister promises funds\n\n"
        "Union minister Kiren Rijiju said there will be no dearth of funds for the state.\n\n"
        "The Minister of Parliamentary Affairs and Minority Affairs said he has sanctioned two"
        " more projects.\n\nMost are Asian companies. South Korean mobile maker LG Electronics"
        " said it takes personal privacy very seriously.\n"
    )
    doc = document.parse(text, "en")
    mentions.spot(doc)
    assert set(doc.people) == {"Kiren Rijiju"}, list(doc.people)
    assert "Asian" not in doc.organisations, doc.organisations


def test_the_speaker_s_i_is_no_part_of_a_name():
    """ "“Like I said before the series, …” Suryakumar said" made a person 'Like I', keyed for
    two of Suryakumar's quotations (eighty-fourth review)."""
    text = (
        "Captain happy with series win\n\n"
        "“Like I said before the series, I don't want to be the captain, I want to be the"
        " leader,” Suryakumar said at the ceremony.\n\n"
        "“Like I said, the bowlers won it for us,” he added.\n"
    )
    doc = document.parse(text, "en")
    mentions.spot(doc)
    names = [*doc.people, *doc.organisations]
    assert not any(name.endswith(" I") for name in names), names
    said = {f.statement[:14]: f.speaker.name for f in quotes.find(doc)}
    assert set(said.values()) <= {"Suryakumar"}, said
