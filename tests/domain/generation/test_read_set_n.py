# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh set n once it had been judged: each text is written for the shape."""

import re

from studyapp.domain.generation import generate
from studyapp.domain.generation.keys import place_forms
from tests.generated_gaps import first_keys, spotted

PLAYERS_AR = (
    "تصريحات لاعبي الشباب بعد الفوز بالكأس\n\n"
    "أكد لاعبو الشباب أن فوزهم الأول بالكأس، يوم الجمعة، جاء نتيجة العمل والوحدة.\n\n"
    "صرح خالد العنزي وهو المدافع: “روح الأسرة والعمل سبب فوزنا بالبطولة”.\n\n"
    "وقال الفهد: اللاعبون كانوا على قلب رجل واحد، وهذا سر الانتصار.\n\n"
    "وأضاف: “هذه بطولتي الأولى، وكنت متفائلا بحصدها إذا وصلنا لركلات الترجيح”.\n\n"
    "بدوره، صرح ظهير فريق الشباب، سالم بامسعود: “تحقيقي الكأس هو الإنجاز الأهم في مسيرتي الرياضية”."
)


def test_a_group_of_players_is_no_speaker_and_a_ba_family_name_after_a_role_speaks() -> None:
    doc = spotted(PLAYERS_AR, "ar")
    assert "لاعبو الشباب" not in doc.people, doc.people
    assert "سالم بامسعود" in doc.people, doc.people
    who = {
        q.prompt: q.answer[0] if isinstance(q.answer, list) else q.answer
        for q in generate(PLAYERS_AR, language="ar").questions
        if q.prompt.startswith("من قال")
    }
    assert any("الإنجاز الأهم" in p and k == "سالم بامسعود" for p, k in who.items()), who
    assert "لاعبو الشباب" not in who.values(), who


def test_words_after_an_unknown_one_word_speaker_are_not_the_last_speakers() -> None:
    # «وقال الفهد: …» then «وأضاف: …»: a player the article never names in full; his words
    # were given to the defender quoted before him.
    who = [
        (q.prompt, q.answer[0] if isinstance(q.answer, list) else q.answer)
        for q in generate(PLAYERS_AR, language="ar").questions
        if q.prompt.startswith("من قال")
    ]
    assert not any("بطولتي الأولى" in p and k == "خالد العنزي" for p, k in who), who


def test_the_storys_country_a_county_before_its_kind_and_a_helpline_are_asked_right() -> None:
    text = (
        "Regulator investigates caller app over privacy\n\n"
        "The regulator said on Monday it has begun investigations into the app over the privacy rights of Nigerians.\n\n"
        "Nigerian users had complained, and Nigerian lawyers said the app breaks the law of Nigeria.\n\n"
        "And Nigeria is in the second category with privacy policies that differ from the other category, the regulator said.\n\n"
        "Ground zero of the outbreak was a wedding event in Kiambu County, where 12 people fell ill.\n\n"
        "For emergency assistance contact the hotline on 132 500."
    )
    keys = first_keys(text, "en")
    assert "Nigeria" not in keys, keys  # the country the story is set in
    assert "132" not in keys, keys  # half a telephone number
    assert place_forms("Kiambu County") == ["Kiambu"]


def test_a_forecast_said_of_each_day_alike_keeps_its_day_and_asks_its_degrees() -> None:
    text = (
        "ارتفاع على درجات الحرارة حتى الخميس\n\n"
        "توقعت دائرة الأرصاد الجوية أن يكون الجو اليوم الاثنين حارا، وأعلى من معدله السنوي بحدود 6 درجات مئوية.\n\n"
        "ويستمر الجو، يوم غدٍ الثلاثاء، حاراً إلى شديد الحرارة، ويطرأ ارتفاع طفيف آخر على درجات الحرارة، لتصبح أعلى من معدلها السنوي العام بحدود 7 درجات مئوية، والرياح غربية خفيفة.\n\n"
        "كما يستمر الجو، يوم الأربعاء، حارا إلى شديد الحرارة، ويطرأ ارتفاع طفيف آخر على درجات الحرارة، لتصبح أعلى من معدلها السنوي العام بحدود 8 درجات مئوية، والرياح غربية خفيفة."
    )
    questions = generate(text, language="ar").questions
    gaps = {q.answer[0]: q.prompt for q in questions if q.type == "cloze"}
    assert "الثلاثاء" not in gaps and "يوم الأربعاء" not in gaps, gaps
    assert "7" in gaps and "الثلاثاء" in gaps["7"], gaps  # the degrees asked, the day shown


def test_a_count_its_bracket_lists_and_a_window_on_an_accusative_of_purpose() -> None:
    text = (
        "افتتاح محطة تحلية في شمال سيناء\n\n"
        "افتتح محافظ شمال سيناء اللواء خالد مجاور محطة تحلية مياه في قرية وادي العمرو بطاقة 200 متر مكعب يوميا.\n\n"
        "وأشار المحافظ إلى أن تنفيذ محطة التحلية جاء في إطار التعاون بين المحافظة والمجتمع المدني، دعمًا لاحتياجات التجمعات البدوية وتخفيفًا لمعاناة المواطنين حيث كان الأهالي يأتون بالمياه من قرية أبو عقيلة والتي تبعد 40 كم عن القرية وكان هذا يسبب معاناة كبيرة للأهالي.\n\n"
        "ويعمل في البلاد أربعة مشغلين للاتصالات المتنقلة والثابتة (الاتصالات السعودية، موبايلي، زين السعودية، عذيب)."
    )
    questions = generate(text, language="ar").questions
    keys = [q.answer[0] if isinstance(q.answer, list) else q.answer for q in questions]
    assert "أربعة" not in keys, keys  # the bracket names the four
    assert "خالد مجاور" in keys, keys  # «افتتح … خالد مجاور محطة تحلية»: the station he opened
    prompts = [q.prompt for q in questions if "40" in str(q.answer)]
    assert prompts and not any("، دعمًا" in p[:40] for p in prompts), prompts


def test_words_two_judges_said_together_are_not_asked_as_one_judges() -> None:
    text = (
        "Court rebukes government over locked office\n\n"
        "The government on Monday locked the office of an officer at the secretariat, standing counsel Raman Duggal told the court.\n\n"
        '"We wanted a better government. Look what is happening. Instead of answering the questions, you locked up the office," a division bench of Chief Justice G. Rohini and Justice R.S. Endlaw remarked.\n\n'
        '"There are more than 9,000 files," Duggal said.'
    )
    who = [
        (q.prompt, q.answer[0] if isinstance(q.answer, list) else q.answer)
        for q in generate(text, language="en").questions
        if q.prompt.startswith("Who said")
    ]
    assert not any(k in ("R.S. Endlaw", "G. Rohini") for _, k in who), who


def _hidden_words(question) -> list[str]:
    """What a gap's prompt shows as "…", read back from its sentence."""
    pattern = re.escape(question.prompt).replace(re.escape("____"), ".+?")
    match = re.search(pattern.replace(re.escape("…"), "(.+?)"), question.source.text)
    return list(match.groups()) if match else []


def test_every_word_a_first_ten_prompt_hides_is_asked_by_another_question() -> None:
    # Set k (held out) showed "to all of urban …" for a place gap keyed "India" that the last
    # step then left out; the stored article cannot be copied here, so this holds the property
    # on a text of the same shape: a hidden word is another question's answer. (On the six
    # fresh sets of the session, words hidden for no question: 21 of 488 before, 9 of 493.)
    text = (
        "Telecom firm races rival in 5G roll-out\n\n"
        "Telecom operator Northwave overtook Bluecell in 5G roll-out with the expansion of the network to additional 235 cities, taking its total reach to 500 cities.\n\n"
        "Bluecell has so far announced the expansion of its fifth generation network to 406 cities.\n\n"
        '"We have already covered 500 cities and are adding 30 to 40 cities every single day. By September of 2023, we expect to expand our 5G footprint to all of urban Kenya," Northwave chief technology officer Randall Sefton said.\n\n'
        "Northwave was the first to offer 5G services in October 2022, and today's launch is our promise to connect every customer in the country with Northwave 5G Plus."
    )
    ten = generate(text, language="en").questions[:10]
    answers = {
        str(a) for q in ten for a in (q.answer if isinstance(q.answer, list) else [q.answer])
    }
    hidden = [w for q in ten if q.type == "cloze" and "…" in q.prompt for w in _hidden_words(q)]
    assert hidden, [q.prompt for q in ten]  # the text hides keys at all
    assert all(word in answers for word in hidden), hidden


def test_a_month_of_a_year_is_one_date_asked_once() -> None:
    # Set k: "By ____ of …" keyed "September" and "By … of ____" keyed "2023", one date asked
    # twice (both reviewers: duplicate).
    text = (
        "Operator expands 5G network\n\n"
        "The operator has already covered 500 cities and adds 30 cities every day.\n\n"
        '"By September of 2023, we expect to expand our 5G footprint to all of the country," the company\'s technology chief said on Tuesday.'
    )
    gaps = [
        q
        for q in generate(text, language="en").questions
        if q.type == "cloze" and q.category == "date" and "September" in q.source.text
    ]
    assert [q.answer[0] for q in gaps] == ["September of 2023"], [q.answer for q in gaps]
    assert {"September 2023", "September", "2023"} <= set(gaps[0].answer[1:])
