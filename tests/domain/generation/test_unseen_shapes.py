# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes blind reviewers met in news no rule had seen: a role that ran on into what its holder
said, and an agency's name glued to the dash that closes the dateline."""

from studyapp.domain.generation import document, generate, mentions, phrases, propose

DEAL_AR = """شركة اتصالات تشتري منافستها

أعلنت شركة "أيه. تي. آند تي" الأمريكية للاتصالات أمس أنها ستشتري شركة "تي موبايل" مقابل 39 مليار دولار.

وقال راندال ستيفنسون رئيس الشركة إن الصفقة ستوفر خدمات أفضل للمستهلكين.
"""


def test_a_role_after_a_name_stops_before_what_its_holder_said():
    questions = generate(DEAL_AR, language="ar").questions
    roles = [q.prompt for q in questions if q.category == "role"]
    assert roles, [q.prompt for q in questions]
    assert not any("الصفقة" in p for p in roles), roles
    assert any("رئيس الشركة" in p for p in roles), roles


ELECTION_EN = """Maduro re-elected

Caracas, SANA-Venezuela- The National Electoral Council announced that President Nicolas Maduro won the election with 51.2 percent of the votes.

Opposition candidate Edmundo Gonzalez received 44.2 percent, the council said.
"""


def test_an_agency_glued_to_the_datelines_dash_is_not_asked():
    keys = [
        answer
        for q in generate(ELECTION_EN, language="en").questions
        if q.type == "cloze"
        for answer in q.answer
    ]
    assert "Edmundo Gonzalez" in keys, keys
    assert not any("SANA" in key for key in keys), keys


AWARD_AR = """رونالدو يفوز بجائزة الأفضل

توج البرتغالي كريستيانو رونالدو نجم النصر بجائزة أفضل لاعب في دوري روشن السعودي لشهر سبتمبر، مواصلا سيطرته على جائزة أفضل لاعب.

وسجل رونالدو 8 أهداف خلال الشهر.

وقال مدرب الفريق البرتغالي لويس كاسترو إن رونالدو قائد حقيقي.

وأحرز السويدي كايسون هدف الفوز للهلال في الدقيقة 80.
"""


def test_the_preposition_ala_after_a_noun_opens_no_name():
    # «سيطرته على جائزة أفضل»: «على» here is "on", not the given name «علي».
    doc = document.parse(AWARD_AR, "ar")
    mentions.spot(doc)
    assert not any("جائزة" in name for name in doc.people), list(doc.people)
    assert "كريستيانو رونالدو" in doc.people, list(doc.people)


def test_a_nationality_then_a_name_the_article_names_again_is_a_person():
    questions = propose(AWARD_AR, language="ar").questions
    named = [q for q in questions if q.type == "cloze" and "كريستيانو رونالدو" in q.answer]
    assert named and "رونالدو" in named[0].answer, [(q.prompt, q.answer) for q in questions]


def test_a_role_a_nationality_and_a_name_before_inna_name_the_coach():
    questions = generate(AWARD_AR, language="ar").questions
    role = {q.prompt: q.answer for q in questions if q.category == "role"}
    assert any("مدرب الفريق" in p and "لويس كاسترو" in str(a) for p, a in role.items()), role


def test_a_gap_never_takes_the_verb_that_opens_an_arabic_sentence():
    keys = [q.answer[0] for q in generate(AWARD_AR, language="ar").questions if q.type == "cloze"]
    assert not any(key.startswith(("وأحرز", "وسجل", "وقال")) for key in keys), keys


OUTPUT_EN = """Factory output rises

Factory output in Germany rose 2.1 percent in May, economy minister Peter Weber said on Monday.

"Industry is recovering faster than we hoped," Weber told reporters in Berlin.

Economists had expected a rise of only 0.5 percent, said analyst Jane Moore of Commerzbank.

(Reporting by Michael Nienaber; Editing by Tom Hogue)
"""


def test_words_said_before_an_inverted_said_are_the_speakers():
    questions = generate(OUTPUT_EN, language="en").questions
    who = {
        q.prompt: q.answer for q in questions if q.category == "attribution" and q.type != "cloze"
    }
    assert any("expected a rise" in p and "Jane Moore" in a for p, a in who.items()), who
    assert any("rose 2.1 percent" in p and "Peter Weber" in a for p, a in who.items()), who


def test_the_agencys_credits_are_not_asked():
    questions = generate(OUTPUT_EN, language="en").questions
    assert not any("Reporting by" in q.prompt or "Editing by" in q.prompt for q in questions), [
        q.prompt for q in questions
    ]


GROWTH_AR = """قال وزير المالية سامي نور يوم الثلاثاء إن اقتصاد البلاد سينمو 3.1 بالمئة في السنة المالية الحالية. وقال الوزير للصحفيين إن عجز الميزانية سيبلغ 9 بالمئة من الناتج المحلي الإجمالي. (تغطية صحفية هاني سعد في عمان - تحرير ليلى حسن)
"""


def test_the_arabic_agencys_credits_are_not_asked():
    questions = generate(GROWTH_AR, language="ar").questions
    assert any("3.1" in str(q.answer) for q in questions), [q.prompt for q in questions]
    assert not any("تغطية صحفية" in q.prompt or "تحرير" in q.prompt for q in questions), [
        q.prompt for q in questions
    ]


def test_a_place_in_words_said_before_the_verb_is_not_where_the_speaker_spoke():
    questions = generate(OUTPUT_EN, language="en").questions
    where = [q for q in questions if q.prompt.startswith("Where did")]
    assert not any(q.answer == "Germany" for q in where), [(q.prompt, q.answer) for q in where]


CAMPAIGN_AR = """وزير الصحة يطلق حملة الكشف المبكر

أطلق وزير الصحة العامة ركان ناصر الدين الحملة الوطنية للتوعية والكشف المبكر عن سرطان الثدي.

ولفت ناصر الدين، في كلمة ألقاها، إلى أهمية "التشخيص المبكر والوقاية لسببين: الأول المحافظة على الأرواح، والثاني العلاج بأقل كلفة".

وقال وزير التربية دارم طباع في تصريح لوكالة سانا إن عدد المدارس بلغ 9147 مدرسة.

ولفت طباع إلى أنه سيتم تأهيل 400 بناء مدرسي خلال العام القادم.
"""


def test_a_verb_of_saying_ending_in_ta_does_not_make_its_speaker_a_woman():
    doc = document.parse(CAMPAIGN_AR, "ar")
    mentions.spot(doc)
    assert doc.people["ركان ناصر الدين"].gender != "f"
    asked = [q.prompt for q in generate(CAMPAIGN_AR, language="ar").questions]
    assert not any("قالته" in p for p in asked), asked


def test_a_compound_given_name_is_one_name_and_its_short_form_the_same_person():
    doc = document.parse(CAMPAIGN_AR, "ar")
    mentions.spot(doc)
    assert "ركان ناصر الدين" in doc.people, list(doc.people)
    assert doc.resolve_person("ناصر الدين") is doc.people["ركان ناصر الدين"]
    assert "ناصر" not in doc.people


def test_a_role_then_a_name_no_list_knows_named_again_is_a_person_with_that_role():
    doc = document.parse(CAMPAIGN_AR, "ar")
    mentions.spot(doc)
    assert doc.people["دارم طباع"].roles == ["وزير التربية"], list(doc.people)


STORM_EN = """Storms leave homes without power

As of 9:30 p.m. Thursday, about 420,000 homes had no power, the utility said.

Shares of the utility rose, said Edward Wolfe, an analyst with U.S. Bancorp Piper Jaffray.

"I'm glad the crews are out, and I'd like to thank them," Mayor Ann Cole said.
"""


def test_a_time_with_pm_followed_by_a_day_ends_no_sentence():
    questions = generate(STORM_EN, language="en").questions
    assert not any(
        q.source.text.startswith("As of") and q.source.text.endswith("p.m.") for q in questions
    )
    assert not any(q.prompt.startswith("Thursday") for q in questions), [
        q.prompt for q in questions
    ]


def test_a_role_goes_on_past_the_full_stops_of_initials():
    roles = [q.prompt for q in generate(STORM_EN, language="en").questions if q.category == "role"]
    assert "Who is the analyst with U.S. Bancorp Piper Jaffray?" in roles, roles


SIGNING_EN = """Fulham sign striker

Fulham have signed striker Moussa Dembele from Celtic for 5 million pounds.

'I'm glad that we have finalised the deal with Moussa and I'd like to welcome him to the club,' continued Hughes.
"""


def test_i_with_a_contraction_is_no_name():
    questions = generate(SIGNING_EN, language="en").questions
    keys = [a for q in questions if q.type == "cloze" for a in q.answer]
    assert "Celtic" in keys, keys
    assert not {"I'd", "I'm"} & set(keys), keys


SENTENCE_AR = """المحكمة تصدر أحكامها

وأضاف أن المحكمة قررت سجن الأول خمس سنوات وسجن الثاني أربع سنوات وستة أشهر وسجن الثالث ست سنوات.

وبعض المشروعات الكبرى في الساحل الشمالي تنتظر التمويل منذ سنوات.
"""


def test_an_ordinal_before_a_count_names_no_one():
    # «وسجن الثاني أربع سنوات»: "the second" is no word of origin, "four years" no name.
    doc = document.parse(SENTENCE_AR, "ar")
    mentions.spot(doc)
    assert not doc.people, list(doc.people)


def test_and_with_a_quantifier_opening_a_sentence_is_no_verb():
    # The sentence alone, a passage: a pasted article keeps no phrase opened by «و» at all.
    doc = document.parse(SENTENCE_AR.split("\n\n")[-1].strip(), "ar")
    sentence = next(s for s in doc.content if s.text.startswith("وبعض"))
    first = [" ".join(t.text for t in run) for at, run in phrases.chunks(doc, sentence) if at == 0]
    assert first == ["وبعض المشروعات الكبرى"], first


SENT_OFF_AR = """النصر يكسب نقاط الرياض

فاز فريق النصر على مضيفه الرياض بهدف دون رد مساء الإثنين ضمن الجولة العشرين من الدوري.

وتعرض البرتغالي أنطونيو توزي، جناح الرياض، للطرد بعد صافرة النهاية بسبب الاعتراض على الحكم.

وارتفع رصيد النصر إلى 46 نقطة، فيما تجمد رصيد الرياض عند 12 نقطة.
"""


def test_a_player_named_by_his_position_in_the_team_has_that_role():
    # «جناح الرياض» after a name set off by commas: the winger, as «مدرب الاتفاق» is the coach.
    roles = {
        q.prompt: q.answer[0]
        for q in generate(SENT_OFF_AR, language="ar").questions
        if q.category == "role" and q.type == "short"
    }
    assert roles.get("من هو جناح الرياض؟") == "أنطونيو توزي", roles


def test_an_english_article_spelt_in_arabic_is_no_answer_alone():
    # «حسبما ذكر موقع "____" الأمريكي» keyed «ذا هيل» accepted «ذا», "The", as right.
    text = (
        "أمازون تسرح موظفين\n\n"
        'سرحت الشركة ما يقرب من 18 ألف موظف في يناير، حسبما ذكر موقع "ذا هيل" الأمريكي.\n'
    )
    forms = {f for q in generate(text, language="ar").questions for f in q.accepted_answers}
    assert "ذا" not in forms, forms
