# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh news: the set v of the hundred-and-fifty-third review
(docs/reviews/held-out/2026-12-06-hundred-and-fifty-third.jsonl), each on a text written for
the test. "Set v's reviewer" below is that review's."""

from studyapp.domain.generation import document, generate, mentions, propose
from studyapp.domain.generation.calibration import IT_OPENS
from studyapp.domain.grading import grade

TOUR_AR = """المحافظ يتفقد المستشفى الجديد

قام اللواء دكتور سامي حداد محافظ الجنوب، اليوم، بجولة تفقدية في المستشفى المركزي لمتابعة سير العمل.

وأكد المحافظ أن المستشفى سيفتح أبوابه للمرضى الشهر المقبل.
"""


def test_an_indefinite_doctor_after_a_rank_is_a_title_not_part_of_the_key():
    """«اللواء دكتور سامي حداد» keyed «دكتور سامي حداد»: "Sami Haddad" was marked wrong."""
    [question] = [
        q
        for q in generate(TOUR_AR, language="ar").questions
        if q.category == "role" and q.type == "short"
    ]
    assert question.answer[0] == "سامي حداد"
    assert grade(question, "سامي حداد").correct


COACH_AR = """فرحة التأهل إلى النهائي

عبر الإطار الوطني رشيد العلمي، عن سعادته الكبيرة بعد تأهل المنتخب إلى نهائي البطولة.

وفي تصريحات له عقب المباراة، أعرب العلمي عن فخره باللاعبين، حيث قال: “كان من الضروري أن نبدأ المباراة بقوة منذ الدقيقة الأولى، وقد نجحنا في ذلك بشكل ممتاز”.
"""


def test_a_one_word_speaker_is_the_man_named_in_full_with_a_known_given_name():
    """«أعرب وهبي» after «عبر الإطار الوطني محمد وهبي،»: no role or verb of saying before the
    full name, so the coach and his words went unasked."""
    doc = document.parse(COACH_AR.replace("العلمي", "وهبي").replace("رشيد", "محمد"), "ar", None)
    mentions.spot(doc)
    assert list(doc.people) == ["محمد وهبي"]
    said = [q for q in generate(COACH_AR, language="ar").questions if q.category == "attribution"]
    assert said and all("رشيد العلمي" in q.prompt for q in said), said


EARNINGS_EN = """Auction site's profit falls

EBay, based in San Jose, Calif., said yesterday that it earned $367 million, or 29 cents a share, in the quarter. That fell from $531 million a year earlier.

Analysts had expected a smaller drop, said Jane Moore of Harbour Research.
"""


def test_a_states_abbreviation_after_a_town_is_no_organisation_that_speaks():
    """ "According to which organisation: "it earned $367 million …"?" was keyed "Calif"."""
    doc = document.parse(EARNINGS_EN, "en", None)
    mentions.spot(doc)
    assert "Calif" not in doc.organisations
    keys = [q.answer for q in generate(EARNINGS_EN, language="en").questions]
    assert not any("Calif" in str(key) for key in keys), keys


LAUNCH_AR = """صاروخ يحمل 20 قمرا اصطناعيا

انطلق صاروخ من طراز سويوز اليوم الاثنين إلى الفضاء حاملا 20 قمرا اصطناعيا من 12 دولة مختلفة.

وسوف يتم استخدام العديد من المركبات الموجودة على متن الصاروخ، بما في ذلك مركبات للمملكة العربية السعودية وكوريا الجنوبية، في مراقبة الأرض.
"""


def test_no_gap_on_the_last_word_of_a_countrys_full_name():
    """«مركبات للمملكة العربية ____» keyed «السعودية»: the rest of the name gives it away."""
    gaps = [q for q in propose(LAUNCH_AR, language="ar").questions if q.type == "cloze"]
    assert not any("مملكة العربية ____" in q.prompt for q in gaps), [q.prompt for q in gaps]


COUNCIL_EN = """Council passes road repair plan

Mayor Jean Stothert's proposal to take more of the cost burden off homeowners passed the city council on Tuesday.

"This is a time when you need to spend the taxpayers' money for the good," said Councilwoman Peggy Heck.

"We paid for them and we just want some maintenance for them like everyone else," said Robert Peterson, who owns a home in Elkhorn.

"What we need to do is stop handcuffing our city employees," said Councilman Vinny Palermo.
"""


def test_a_gap_whose_key_another_question_offers_as_a_choice_is_not_asked():
    """ "Mayor ____'s proposal" keyed "Jean Stothert" under who-said questions that offer her
    name: no "…" can hide a choice, and the reviewer rejected the gap as a duplicate."""
    questions = generate(COUNCIL_EN, language="en").questions
    offered = {str(c) for q in questions for c in (q.choices or [])}
    assert "Jean Stothert" in offered, "the test needs her offered as a choice"
    gaps = [q for q in questions if q.type == "cloze"]
    assert not any(set(q.accepted_answers) & offered for q in gaps), [q.prompt for q in gaps]


TERM_AR = """4 ملايين طالب يبدأون الدراسة

بدأ العام الجامعي الجديد وسط تحضيرات مكثفة من وزارة التعليم العالي والبحث العلمي، حيث حرص الدكتور أيمن عاشور، وزير التعليم العالي، على التأكيد على أهمية انتظام الدراسة من أول يوم.
"""


def test_a_ministry_is_not_asked_where_the_prompt_names_its_minister():
    """ "… من ____، حيث حرص …، وزير التعليم العالي" keyed «وزارة التعليم العالي والبحث العلمي»:
    the minister's portfolio names the ministry (set v's reviewer: given away)."""
    gaps = [q for q in propose(TERM_AR, language="ar").questions if q.type == "cloze"]
    ministry = [q for q in gaps if q.answer[0].startswith("وزارة")]
    assert not any("وزير التعليم" in q.prompt for q in ministry), [q.prompt for q in ministry]


def test_a_gap_in_a_sentence_opening_on_that_is_rated_as_one_opening_on_it():
    """ "That fell from $____, or 39 cents a share": whose earnings the sentence before says
    (set v's reviewer: garbled), as "It is now at its highest level in ____ years" does."""
    text = "Earnings fall\n\nEBay said it earned $367 million in the quarter. That fell from $531 million a year earlier. Sales rose to $2.1 billion.\n"
    gaps = {q.answer[0]: q for q in generate(text, language="en").questions if q.type == "cloze"}
    assert gaps["531 million"].confidence <= IT_OPENS < gaps["367 million"].confidence


def test_a_gap_in_reported_words_leaves_the_linking_verb_in_the_prompt():
    """ "… but ____ with the result" keyed "felt disappointed" marked "disappointed" wrong."""
    text = "Goa lose to Mumbai\n\nFC Goa assistant coach Clifford Miranda was pleased with the spirit of his team despite a 0-2 defeat on Saturday.\n\nThe assistant coach further said that he is impressed with how his team has performed but felt disappointed with the result.\n"
    keys = [q.answer[0] for q in propose(text, language="en").questions if q.type == "cloze"]
    assert not any(key.split()[0] in ("felt", "was", "is") for key in keys), keys


def test_a_placards_words_naming_someone_do_not_accept_his_surname_alone():
    """ "calling to “____.”" keyed "Layoff Yudof" accepted "Yudof", which is Mark Yudof, not the
    placard (set v's reviewer: wrong key)."""
    text = "Students protest tuition\n\nThe protest was prompted by UC President Mark Yudof’s visit to campus last week. Yudof, who has held his position since 2008, came to meet the regents.\n\nSeveral students carried signs voicing their concern for their future and calling to “Layoff Yudof.”\n"
    placard = [q for q in propose(text, language="en").questions if q.answer[0] == "Layoff Yudof"]
    assert placard, "the test needs the placard asked"
    assert "Yudof" not in placard[0].accepted_answers


OIL_AR = """النفط يقفز 2%

ارتفعت العقود الآجلة لخام برنت 1.10 دولار إلى 63.02 دولار للبرميل اليوم الجمعة.

ويتجه خام برنت صوب تحقيق أقوى ارتفاع يومي منذ أواخر أبريل.
"""


def test_a_month_by_its_other_name_and_a_price_without_its_last_zero_are_right():
    """«منذ أواخر ____» keyed «أبريل» marked «نيسان» wrong; "1.10" marked "1.1" wrong (set v's
    reviewer took both, and noted the teacher would have to add them)."""
    gaps = {q.answer[0]: q for q in propose(OIL_AR, language="ar").questions if q.type == "cloze"}
    assert grade(gaps["أبريل"], "نيسان").correct
    assert grade(gaps["1.10"], "1.1").correct


PRIVACY_EN = """Apple readies new privacy tool

The new tool follows the publication of an online document, called A Day in the Life of your Data, which explains how widespread data tracking is.

Jane Horvath, Apple’s chief privacy officer, told the PA news agency that the firm wanted to improve transparency for users.
"""


def test_an_outlet_the_article_calls_a_news_agency_is_asked_among_agencies():
    """ "told the PA news agency": "PA" among Bloomberg TV, NBC News and CBS News stood out by
    its kind (set v's reviewer); its letters looked like a channel's."""
    [venue] = [q for q in generate(PRIVACY_EN, language="en").questions if q.category == "venue"]
    assert venue.answer == "PA"
    assert not any("TV" in c or "News" in c for c in venue.choices), venue.choices


def test_no_word_of_a_title_given_after_called_is_an_organisation():
    """ "called A ____ in the Life of your Data" keyed "Day" (set v's reviewer: garbled)."""
    doc = document.parse(PRIVACY_EN, "en", None)
    mentions.spot(doc)
    assert not {"Day", "Life", "Data"} & set(doc.organisations), doc.organisations
