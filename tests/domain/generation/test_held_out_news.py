# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes met in news the rules were never tuned on: a coach's whole role, the dateline's city,
a minister named with "Dr" and later by given name, a country of more than one word."""

from studyapp.domain.generation import document, generate, mentions, propose, quotes

COACH_AR = """خسارة ثقيلة للنجوم

الرياض - أرجع الإسباني خوان مارتينيث، مدرب فريق النجوم الأول لكرة القدم، الخسارة 0ـ3 أمام الوحدة إلى غياب عدد من اللاعبين.

وقال مارتينيث في المؤتمر الصحافي: «الفريق يعاني من الإصابات، ونحتاج إلى وقت أطول».
"""


def test_a_coachs_role_is_asked_whole_and_the_datelines_city_is_not_asked():
    questions = generate(COACH_AR, language="ar").questions
    role = [q for q in questions if q.category == "role"]
    assert role, [q.prompt for q in questions]
    assert all("لكرة القدم" in q.prompt for q in role if "لكرة" in q.prompt), [
        q.prompt for q in role
    ]
    keys = [a for q in questions if q.type == "cloze" for a in q.answer]
    assert "الرياض" not in keys, keys


MINISTER_EN = """Second phase of vaccination begins

LAHORE: Provincial Health Minister Dr Amina Tariq said on Tuesday that the second phase of the campaign would start on December 1.

She was speaking at a meeting chaired by Federal Minister Omar Siddiqui.

"We will reach every door in the province," she added.

Dr Amina said that in the first phase more than 14 million people were vaccinated.

In a broadcast, South Africa's health minister Thandi Nkosi said the country would follow the same plan.
"""


def test_a_minister_named_with_dr_and_then_by_given_name_is_one_speaker_without_the_title():
    questions = generate(MINISTER_EN, language="en").questions
    named = [
        a
        for q in questions
        if q.category in ("attribution", "role")
        for a in ([q.answer] if isinstance(q.answer, str) else q.answer)
    ]
    assert "Amina Tariq" in named, [(q.prompt, q.answer) for q in questions]
    assert not any(a.startswith("Dr") or a == "Amina" for a in named), named


def test_a_role_of_a_country_of_two_words_names_the_whole_country():
    questions = generate(MINISTER_EN, language="en").questions
    prompts = [q.prompt for q in questions if q.category == "role"]
    assert not any("Africa's" in p and "South Africa's" not in p for p in prompts), prompts


def _keys(questions):
    return [a for q in questions if q.type == "cloze" for a in q.answer]


def _named(questions):
    """The people keyed by who-said and role questions (a typed key's first form)."""
    return [
        q.answer if isinstance(q.answer, str) else q.answer[0]
        for q in questions
        if q.category in ("attribution", "role")
    ]


SITES_EN = """Vaccination sites open

KARACHI, (3rd May, 2021) : The vaccination would begin on Monday at 92 sites across the country, 85 in the public sector and seven in the private sector.

Revenue was up by 7%, equalling $15.3 billion, short of the $15.9 billion analysts expected (via Bloomberg).

"We are managing through COVID-related factory lockdowns," chief executive Maria Lindqvist said.

She spoke at a meeting of the National Command and Operation Center (NCOC), which reviews the campaign.

The company's finance chief, Tom Baker, warned sales will be hurt even more during the current quarter that covers the holiday season.
"""


def test_a_count_its_sentence_adds_up_and_a_source_or_a_describing_word_are_not_asked():
    keys = _keys(generate(SITES_EN, language="en").questions)
    assert "85" not in keys, keys  # 92 sites, 7 private: the rest are public
    assert "Bloomberg" not in keys and "COVID-related" not in keys, keys
    assert "National Command" not in keys, keys  # half of a name, its abbreviation beside it
    assert "2021" not in keys, keys  # the dateline's year


WHEAT_AR = """القمح في سوريا

فالمساحات المزروعة بالقمح لا تتجاوز 514 ألف هكتار منها 236 ألف هكتار من القمح البعل، والقمح المروي 278 ألف هكتار وفقاً لوزير الزراعة.
"""


def test_a_total_its_parts_add_up_to_is_asked_in_the_words_before_them():
    """«514 ألف هكتار منها 236 … و278 …» asked nothing: each number was the sum or the
    difference of the others. The total is asked in the words before its parts."""
    for text, language, total, prompt in (
        (
            SITES_EN,
            "en",
            "92",
            "The vaccination would begin on Monday at ____ sites across the country.",
        ),
        (WHEAT_AR, "ar", "514", "فالمساحات المزروعة بالقمح لا تتجاوز ____ ألف هكتار."),
    ):
        gaps = [q for q in generate(text, language=language).questions if q.type == "cloze"]
        asked = [q for q in gaps if q.answer[0] == total]
        assert asked and asked[0].prompt.endswith(prompt), [(q.prompt, q.answer) for q in gaps]
        parts = ("85", "seven") if language == "en" else ("236", "278")
        assert not any(part in asked[0].prompt for part in parts), asked[0].prompt
        assert not any(q.answer[0] in parts for q in gaps), [q.answer for q in gaps]


def test_a_that_inside_what_was_said_does_not_open_the_statement():
    questions = generate(SITES_EN, language="en").questions
    said = [
        q.prompt for q in questions if q.category == "attribution" and "Tom Baker" in str(q.answer)
    ]
    assert all("sales will be hurt" in p for p in said), said


STATION_AR = """محطات جديدة للحاويات

وقال وزير النقل إنه سيتم الانتهاء من محطة الميناء 1 بالإسكندرية قريبًا، وهناك دراسة لإنشاء محطة الميناء 2 بالإسكندرية أيضًا، وتكلف المحطة 52 مليار جنيه.

وقال المدرب سامي العلي: «لست وحدي المسؤول عن الخسارة، وهناك مواقف صعبة ذكرتها، ولا أبحث عن أعذار بعد المباراة».
"""


def test_the_number_of_a_name_beside_its_other_number_and_a_negated_verb_are_no_gaps():
    keys = _keys(generate(STATION_AR, language="ar").questions)
    assert "2" not in keys and "1" not in keys, keys
    assert not any(k.startswith(("ولا", "لا ")) for k in keys), keys


MINISTER_AR = """لا تأجيل للدراسة

أكد وزير التربية والتعليم الدكتور محمود أبو النصر أن الوزارة انتهت من جميع الاستعدادات لبدء العام الدراسي يوم 20 سبتمبر.

وأضاف فينجر أن قائد الفريق غادر المباراة في الشوط الثاني بعد تعرضه لإصابة «تبدو خطيرة».

وتستهدف الحملة التي تحمل شعار (لقحوا أطفالكم الآن.. ليبقوا بأمان) جميع الأطفال دون الخامسة.
"""


def test_a_name_after_abu_keeps_its_second_word_and_quoted_words_are_no_name():
    questions = generate(MINISTER_AR, language="ar").questions
    role = [q for q in questions if q.category == "role"]
    assert role and all("محمود أبو النصر" in f"{q.prompt} {q.answer}" for q in role), [
        (q.prompt, q.answer) for q in role
    ]
    assert "تبدو خطيرة" not in _keys(questions), _keys(questions)


def test_a_slogan_in_brackets_is_not_cut_into_sentences():
    questions = generate(MINISTER_AR, language="ar").questions
    assert not any(q.source.text.startswith(("ليبقوا", ")")) for q in questions), [
        q.source.text for q in questions
    ]


CAUSES_EN = """Cases fall in the province

Dr Yasmin said that in the first phase of the RED campaign, more than 14 million people were vaccinated, adding that the number of corona cases decreased due to effective measures of the health department and guidelines by the NCOC.
"""


def test_causes_after_due_to_get_no_bundled_resources_as_wrong_choices():
    questions = generate(CAUSES_EN, language="en").questions
    lists = [q for q in questions if q.type == "multi"]
    # Bundled resources (permits, software, funding) are no wrong choices for causes.
    assert not any("health department" in q.answer for q in lists), [q.choices for q in lists]


LAUNCH_EN = """Moon rocket rolls out

The Artemis 1 mission, which will begin Aug. 29, will have no crew in the capsule.

The gains amounted to SAR 149 million, which represents a 35% growth in net profit.

"They deserved to win the game today," Cooper said as quoted by ISL's website.

The home side clinched three points in an attacking contest where both sides put much effort into the game.
"""


def test_a_short_month_a_currency_code_a_source_and_a_wins_points_are_not_asked():
    questions = generate(LAUNCH_EN, language="en").questions
    keys = _keys(questions)
    assert not {"Aug", "SAR", "ISL", "three"} & set(keys), keys
    assert all(not q.source.text.startswith("29") for q in questions), [
        q.source.text for q in questions
    ]


FLOODS_EN = """Evacuations ordered after floods

County Judge Maria Lopez, the top executive of the county government, issued a disaster declaration Thursday.

"At this time, folks in the impacted area should either prepare to stay where they are for the next 2-3 days or leave," she said.

The Red Cross opened shelters, and the National Weather Service warned drivers to beware, especially at night.

The State National Guard said it had rescued more than 3,000 residents over the weekend.

Meanwhile, Emergency Management Agency director Tom Reyes told reporters that about 300 people had been evacuated, and Governor Paul Grant declared a state of emergency.

The study, published in the New England Journal of Medicine, found that satisfaction was highest in Birmingham, Ala., and lowest in East Long Island, N.Y.
"""


def test_a_she_said_keeps_her_words_and_a_body_that_speaks_is_no_person():
    questions = generate(FLOODS_EN, language="en").questions
    said = {q.prompt: q.answer for q in questions if q.category == "attribution"}
    assert all(
        "Maria Lopez" in str(answer) for prompt, answer in said.items() if "folks" in prompt
    ), said
    people = [
        c for q in questions if q.category in ("role", "attribution") for c in (q.choices or [])
    ]
    assert "State National Guard" not in people and "National Weather Service" not in people


def test_a_public_officials_role_gets_no_company_roles_and_no_gap_cuts_a_name():
    questions = generate(FLOODS_EN, language="en").questions
    role = [q for q in questions if q.prompt.startswith("What is Tom Reyes")]
    assert all("chairman of the board" not in (q.choices or []) for q in role), role
    keys = _keys(questions)
    assert not {"Medicine", "England", "New England Journal", "Ala", "N.Y"} & set(keys), keys


MINISTER_OIL_AR = """وزير النفط: الإنتاج يصل إلى 6125 ألف طن

اعلن وزير النفط جبار علي اللعيبي، اليوم الجمعة، عن وصول الانتاج الوطني من الغاز السائل الى 6125 الف طن باليوم.

وجاء التطبيق في المرتبة الأولى في 30 دولة على مستوى العالم بما فيها فرنسا وأستراليا.
"""


def test_an_arabic_name_opens_before_its_given_name_and_ala_mustawa_is_no_person():
    questions = generate(MINISTER_OIL_AR, language="ar").questions
    role = [(q.prompt, q.answer) for q in questions if q.category == "role"]
    assert role and all("جبار علي اللعيبي" in str(answer) for _, answer in role), role
    assert not any("مستوى" in str(answer) for _, answer in role), role


HARVEST_AR = """حصاد القمح يقترب من نهايته

أعلن علاء فاروق وزير الزراعة واستصلاح الأراضي، أن إجمالي ما تم حصاده من القمح بلغ حوالي 3.1 مليون فدان.

وأشار وزير الزراعة إلى أن معدلات الحصاد والتوريد تسير بانتظام، دون أية معوقات.
"""


def test_a_minister_after_a_name_is_his_role_not_a_second_person_named_zir():
    questions = generate(HARVEST_AR, language="ar").questions
    answers = [str(q.answer) for q in questions if q.category in ("attribution", "role")]
    assert answers and not any("زير الزراعة" in a and "وزير" not in a for a in answers), answers
    said = [q for q in questions if q.category == "attribution" and "بانتظام" in q.prompt]
    # His words are his, whether the prompt names him or calls him by his role.
    whose = [f"{q.prompt} {q.answer} {q.extra.get('framed', '')}" for q in said]
    assert said and all("علاء فاروق" in who for who in whose), [(q.prompt, q.answer) for q in said]


FACTORY_EN = """Tesla to build a new plant

Tesla Inc Chief Executive Officer Elon Musk said on Thursday that the factory in Austin would involve an investment of more than $10 billion over time.

In a tweet on Thursday, Musk said "Giga Texas is a $10B+ investment over time, generating at least 20k direct jobs."

Elon Musk's electric vehicle company announced Tuesday that it will add 3,000 employees and two new factories to the campus.

Earlier this month, Tesla said it had moved its headquarters to Austin from California.

The investment will create 550 new jobs at the factory, Fortune reported.
"""


def test_a_company_name_is_not_in_a_role_and_a_quoted_name_or_an_owner_is_no_speaker():
    questions = generate(FACTORY_EN, language="en").questions
    roles = [q.prompt for q in questions if q.category == "role"]
    assert not any("Inc Chief" in p for p in roles), roles
    said = {q.prompt: str(q.answer) for q in questions if q.category == "attribution"}
    # A gap in Musk's words may be keyed "Giga Texas"; a speaker never is.
    speakers = {p: a for p, a in said.items() if not p.startswith("Complete what")}
    assert not any("Giga Texas" in a for a in speakers.values()), said
    assert not any("3,000 employees" in p and "Musk" in a for p, a in said.items()), said
    # Musk is the only person who speaks: asked "who said" once, though Tesla speaks too.
    assert sum("Musk" in a and p.startswith("Who said") for p, a in said.items()) <= 1, said
    assert "Fortune" not in _keys(questions)


TOLD_AR = """توريد القمح

أعلن المهندس على البيومى، وكيل وزارة الزراعة بالغربية، لـ"اليوم السابع" أنه تم توريد 87 ألف طن قمح حتى الآن.
"""


def test_the_paper_an_official_told_is_no_gap():
    assert "اليوم السابع" not in _keys(generate(TOLD_AR, language="ar").questions)


STANDOFF_EN = """Man arrested after standoff

Police said a 43-year-old man was taken into custody early Sunday after a tense hours-long standoff at a home on Spruce Street.

Officers were called to the house around 10:40 p.m. after neighbours reported a disturbance, and the standoff wore on through the night while negotiators talked with the suspect.

Sergeant Tom Reyes said the man faced several outstanding warrants and two counts of assault.

"It was a delicate situation, and our officers did a great job," Reyes said. "We have three or four officers who were there for ten hours."
"""


def test_an_english_phrase_gap_is_asked_only_when_it_spells_a_number():
    # Blind reviewers of unseen news accepted 2 of 46 English phrase gaps ("standoff wore",
    # "several outstanding warrants", "delicate situation"); the number gaps stay.
    questions = generate(STANDOFF_EN, language="en").questions
    phrases = [q.answer[0] for q in questions if q.type == "cloze" and q.category == "fact"]
    assert all(any(w in p.split() for w in ("four", "ten")) for p in phrases), phrases
    keys = _keys(questions)
    assert "10:40" in keys, keys


def test_a_police_rank_is_no_part_of_the_speakers_name():
    questions = generate(STANDOFF_EN, language="en").questions
    said = [q.prompt for q in questions if q.category == "attribution"]
    assert said and all("Sergeant" not in p for p in said), said


STORM_EN = """Storm floods the county

Early Sunday, officers found Jorge Calderon-Melara, 43, inside a flooded home on Spruce Street.

Tropical Storm Allison flooded the area in 2001, and volunteers opened two shelters. Allison was the worst storm in years, said Calderon-Melara, who lost his car.
"""


def test_a_name_the_article_also_shortens_accepts_its_short_form():
    # "Tropical Storm Allison" keyed alone marked "Allison" wrong; so did "Jorge
    # Calderon-Melara" for the "Calderon-Melara" the article calls him.
    questions = propose(STORM_EN, language="en").questions
    accepted = {q.answer[0]: q.answer[1:] for q in questions if q.type == "cloze"}
    assert "Allison" in accepted.get("Tropical Storm Allison", []), accepted
    assert "Calderon-Melara" in accepted.get("Jorge Calderon-Melara", []), accepted


def test_a_time_word_opening_the_sentence_is_no_name():
    questions = generate(STORM_EN, language="en").questions
    assert not any("Early" in k for k in _keys(questions)), _keys(questions)


COACH_QUOTED_AR = """تعادل مثير في الدوري

أعرب البرتغالي جواو سيلفا مدرب فريق الشباب، عن أسفه للتعادل مع فريق النصر مساء الجمعة.

وقال سيلفا: "هذا التعادل بطعم الخسارة لأن المنافس سجل في الوقت بدل الضائع من المباراة".

وقال مدرب النصر خالد العتيبي: "حاولنا الفوز حتى النهاية ونحن سعداء بهذه النقطة المهمة".

وعلى الجانب الآخر أشاد التركي بولنت مدرب الفريق الأول لكرة القدم بنادي أم صلال بأداء لاعبيه.
"""


def test_a_phrase_inside_straight_quotation_marks_is_not_gapped_outside_the_speakers_name():
    # 'وقال المدرب: "هذا ____ لأن …"' keyed «التعادل بمثابة خسارة بالنسبة لي»: the curly and
    # angle marks were known, the straight ones not.
    questions = generate(COACH_QUOTED_AR, language="ar").questions
    inside = [
        q.prompt
        for q in questions
        if q.type == "cloze"
        and q.category == "fact"
        and q.prompt.count('"') == 2
        and q.prompt.index('"') < q.prompt.index("____") < q.prompt.rindex('"')
    ]
    assert not inside, inside


VISIT_AR = """الشيخ يزور المستشفى الجديد

زار الشيخ سالم بن حمد آل ثاني، نائب رئيس الوزراء، أمس، مستشفى الشفاء الجديد، الذي أنشئ بكلفة بلغت 30 مليون ريال.

رافقه في الزيارة الشيخ خالد بن سالم آل ثاني، ووزير الصحة العامة سعيد بن علي العطية، ومدير عام البلدية المهندس ناصر حمد بوشهاب، إلى جانب عدد من المسؤولين.
"""


def test_a_role_after_and_in_a_list_of_officials_is_the_next_persons():
    # «آل مكتوم، ووزير الصحة … عبدالرحمن بن» was asked as the role of the name before it, and
    # the minister's family name after «بن محمد» was cut off.
    questions = generate(VISIT_AR, language="ar").questions
    roles = {q.prompt: q.answer for q in questions if q.category == "role"}
    assert not any("ووزير" in p or "ومدير" in p for p in roles), roles
    minister = [a for p, a in roles.items() if "وزير الصحة" in p]
    keyed = [a if isinstance(a, str) else a[0] for a in minister]
    assert keyed == ["سعيد بن علي العطية"], roles


SOURCE_AR = """جامعات جديدة تبدأ الدراسة

كشف الدكتور سامي عبد الحميد، رئيس المجلس الأعلى للجامعات، أن الدراسة ستبدأ في 8 جامعات جديدة هذا العام.

وقال مصدر مسؤول في وزارة التعليم العالي إن اختيار رؤساء الجامعات سيتم خلال الأسابيع المقبلة.

وأضاف عبد الحميد أن الطلاب سيقبلون وفق قواعد التنسيق المعتادة.
"""


def test_an_unnamed_source_is_asked_as_no_speaker():
    questions = generate(SOURCE_AR, language="ar").questions
    named = _named(questions)
    assert not any("مصدر" in a for a in named), named


def test_a_coach_named_after_his_nationality_is_a_speaker_and_his_role_is_not_cut():
    # «عبر الاورجوياني ماوريسيو مدرب الفريق …» then 'وقال ماوريسيو: "…"': no who-said was
    # asked, and «مدرب … لكرة القدم بنادي أم» cut the club's name.
    questions = generate(COACH_QUOTED_AR, language="ar").questions
    said = [q.answer for q in questions if q.category == "attribution" and q.type != "cloze"]
    assert any("سيلفا" in (a if isinstance(a, str) else a[0]) for a in said), said
    roles = [q.prompt for q in questions if q.category == "role"]
    assert "من هو مدرب الفريق الأول لكرة القدم؟" in roles, roles
    assert not any(p.endswith(("بنادي أم؟", "بنادي؟")) for p in roles), roles


SENTENCE_AR = """المحكمة تقضي بسجن مهرب لمدة 15 سنة

أصدرت محكمة الجنايات بالمدينة، يوم الثلاثاء، حكمًا بسجن مهرب أسلحة لمدة 15 سنة نافذة، بعد إدانته بتهريب الأسلحة عبر الحدود.

وكان المتهم قد أوقف في عملية أمنية قبل عامين.
"""


def test_a_count_the_headline_repeats_is_still_asked():
    # «لمدة 20 سنة» in the headline was read as a numbered name ("Mars 2020"), so the
    # sentence's one key number went unasked.
    keys = _keys(generate(SENTENCE_AR, language="ar").questions)
    assert "15" in keys, keys


LANDING_AR = """هبوط اضطراري لطائرة في المدينة

هبطت طائرة تابعة للخطوط الجوية اضطراريا في مطار المدينة المنورة بعد عطل فني، وعلى متنها 250 راكبا.

وقال عبد الله الحربي مساعد مدير الخطوط لشؤون العلاقات العامة إن الشركة وفرت رحلات بديلة لكافة الركاب.

وقالت سارة القحطاني المتحدثة باسم المطار إن الطائرة غادرت بعد إصلاح العطل.
"""


def test_a_name_opened_by_abd_keeps_its_second_word_and_family_name():
    # «وقال عبد الله الأجهر مساعد مدير …» was asked as said by «عبد».
    questions = generate(LANDING_AR, language="ar").questions
    named = _named(questions)
    assert "عبد الله الحربي" in named, named
    assert "عبد" not in named, named


STADIUM_AR = """الاتفاق يتعادل مع النصر

تعادل فريق الاتفاق مع ضيفه النصر بهدف لمثله في المباراة التي جمعتهما على ملعب الأمير محمد بن فهد بالدمام، ضمن الجولة العاشرة من الدوري.

وقال مدرب الاتفاق خالد الدوسري إن فريقه قدم مباراة جيدة، وقال مدرب النصر سامي العنزي إن التعادل عادل.
"""


def test_on_the_stadium_of_names_no_person():
    # «على ملعب الأمير محمد بن فهد» was asked "من هو الأمير محمد بن فهد بالدمام؟" keyed «على
    # ملعب»: «على» folds like the given name «علي».
    named = _named(generate(STADIUM_AR, language="ar").questions)
    assert not any(n.startswith(("على", "علي")) for n in named), named


FILED_EN = """Engineers find a new alloy

BATON ROUGE, La., March 3 (UPI) -- Engineers at Harlan Steel Works say they have found an alloy that stays hard at 900 degrees.

The team, led by Maria Lopez of Harlan Steel Works, tested 14 samples over two years.
"""


def test_the_city_a_story_was_filed_from_is_not_asked_as_a_name():
    # "____, Pa., Oct. 27 (UPI) -- Researchers …" keyed "UNIVERSITY PARK": the dateline.
    keys = _keys(generate(FILED_EN, language="en").questions)
    assert "BATON ROUGE" not in keys, keys
    assert "14" in keys, keys


PROJECTS_EN = """Two energy projects approved

The government on Monday approved two plants on federal land in the desert.

Duke Energy's 200-megawatt Searchlight Wind Energy Project is in Clark County, Nevada, officials said.

The 750-megawatt McCoy Solar Energy Project, owned by NextEra Energy, is in Riverside County, California.
"""


def test_a_name_is_not_accepted_by_the_end_it_shares_with_another_name():
    """ "Energy Project" was accepted for "Searchlight Wind Energy Project" because "McCoy Solar
    Energy Project" also ends so, and "County" for "Clark County" because of "Riverside County"."""
    questions = propose(PROJECTS_EN, language="en").questions
    gaps = {q.answer[0]: q.answer for q in questions if q.type == "cloze"}
    assert "Clark County" in gaps and "Searchlight Wind Energy Project" in gaps, list(gaps)
    accepted = [a for key in gaps for a in gaps[key][1:]]
    assert "County" not in accepted and "Energy Project" not in accepted, gaps


APP_EN = """Singer's app draws a complaint

US civil liberties group the Electronic Privacy Information Centre (Epic) has asked the FTC to investigate Samsung's app for the album. Epic says the app collects location data.

Previously Epic has complained about Snapchat, the publisher of a mobile app that deletes pictures after they are viewed, for "falsely" claiming they could be removed "forever".

Samsung said the app asked only for standard permissions.
"""


def test_an_adverb_opening_a_sentence_is_not_part_of_the_name_after_it():
    """ "Previously Epic" was a person, asked as the speaker: "Epic" alone was marked wrong."""
    questions = generate(APP_EN, language="en").questions
    answers = [str(q.answer[0] if isinstance(q.answer, list) else q.answer) for q in questions]
    assert not any(answer.startswith("Previously") for answer in answers), answers
    said = [q for q in questions if q.category == "attribution" and q.type != "cloze"]
    assert any("location data" in q.prompt for q in said), [q.prompt for q in said]


FLOOD_EN = """Flash floods hit Northern California

A storm brought more than an inch of rain in an hour on Thursday to parts of Butte County, the weather service said.

Officials repeated their warning to drivers on flooded roads.

"TURN AROUND, DON'T DROWN!"

Rescue crews pulled 12 people from cars in Chico, where the water reached the windows.
"""


def test_words_in_capitals_for_emphasis_are_no_names():
    """ "TURN AROUND" and "DON" were gaps on a slogan written in capitals (a list of acronyms,
    "RP, BPP, PP, BQP", keeps its names: it has words in small letters)."""
    questions = generate(FLOOD_EN, language="en").questions
    keys = [a for q in questions if q.type == "cloze" for a in q.answer]
    assert not any(k.isupper() and len(k) > 3 for k in keys), keys
    assert "DON" not in keys, keys


MATCH_EN = """Goalkeeper scores late winner

A goalkeeper scored the winning goal in the 95th minute on Sunday, reports ESPN.

Ricardo Alves delivered a header into the net, per Yahoo Sports, and his team won 2-1.

"I'm too emotional," the Brazilian goalkeeper told Sky Sports after the match.

You can watch what Sports Illustrated calls "one of the most remarkable winners" here.
"""


def test_the_outlet_that_reported_a_story_is_no_gap():
    """ "reports ____", "per ____", "told ____" and "what ____ calls" asked which outlet
    carried a detail: four gaps on one article, all rejected as trivial (fiftieth review)."""
    questions = generate(MATCH_EN, language="en").questions
    keys = [a for q in questions if q.type == "cloze" for a in q.answer]
    outlets = ("ESPN", "Yahoo Sports", "Sky Sports", "Sports Illustrated")
    assert not any(k in outlets for k in keys), keys


MONTHS_AR = """التضخم يتراجع للشهر الرابع

أعلن الجهاز المركزي للإحصاء أن معدل التضخم السنوي تراجع إلى 5.1% في ديسمبر، مقابل 5.8% في نوفمبر، و6.2% في أكتوبر، و7.3% في سبتمبر.

وقال رئيس الجهاز خالد المصري إن الصادرات ستبلغ 3 ملايين طن في يونيو و3.2 مليون طن في يوليو.
"""


def test_a_month_of_a_list_of_months_is_no_gap_the_calendar_fills():
    """ "… في ____، مقابل … في نوفمبر، و… في أكتوبر": the months around the gap leave one answer,
    rejected as given away four times on one article (fiftieth review). Two months ("في يونيو
    و… في يوليو") leave the month open."""
    questions = generate(MONTHS_AR, language="ar").questions
    dates = [q.answer[0] for q in questions if q.category == "date" and q.type == "cloze"]
    assert not {"ديسمبر", "نوفمبر", "أكتوبر", "سبتمبر"} & set(dates), dates
    assert "يونيو" in dates, dates


CROP_AR = """محصول الحبوب يرتفع

أكد وزير الزراعة سعيد الحسني أن محصول الحبوب لهذا الموسم قد يبلغ 44 مليون قنطار، مقابل 31 مليون قنطار في الموسم الماضي.
"""


def test_a_particle_before_the_verb_goes_with_it_in_a_how_many_question():
    """«كم قنطارًا يبلغ محصول الحبوب لهذا الموسم قد؟» left «قد» dangling at the end."""
    questions = generate(CROP_AR, language="ar").questions
    asked = [q.prompt for q in questions if q.type == "short" and q.category == "number"]
    assert any(p.endswith("كم قنطارًا قد يبلغ محصول الحبوب لهذا الموسم؟") for p in asked), asked
    assert not any(p.endswith("قد؟") for p in asked), asked


SLOGAN_AR = """الوزير يتابع انطلاق العام الدراسي

شملت الزيارة عددًا من المدارس، حيث تابع الوزير انطلاقة اليوم الدراسي، وشارك في حضور الطابور الصباحي وتحية العلم، مؤكدًا في كلمته أمام التلاميذ أن المدارس هي “بيوتهم الثانية”، داعيًا إياهم إلى المثابرة والانتظام في الحضور، معتبرًا أن شعار العام الدراسي “مدرستي .. مستقبلي” هو تجسيد لأهمية العلم في بناء المستقبل.

وأكد الوزير أن دفعات الكتاب المدرسي تصل تباعًا إلى 40 مخزنًا فرعيًا.
"""


def test_a_short_quoted_slogan_is_never_cut_into_two_sentences():
    # «“مدرستي .. مستقبلي”»: the long sentence was shown cut at the slogan's «..», a prompt
    # opening «مستقبلي” هو ____ …» (a blind reviewer: garbled).
    prompts = [q.prompt for q in generate(SLOGAN_AR, language="ar").questions]
    assert prompts and not [p for p in prompts if p.startswith("مستقبلي")], prompts


CONGRESS_EN = """Ministries rush to spend stimulus money

Eleven ministries have been allocated 100 billion yuan from the stimulus package, China Business News reported on Monday.

The State Council wants the ministries to earmark the money before the annual session of the National People's Congress in early March.
"""


def test_a_name_is_not_cut_at_its_possessive():
    # "before the session of the ____'s Congress" keyed "National People" (a blind reviewer:
    # garbled), with "Congress" asked beside it.
    keys = [str(q.answer[0]) for q in generate(CONGRESS_EN, language="en").questions]
    assert not {"National People", "Congress"} & set(keys), keys


TELESCOPE_EN = """Astronomers see a new planet

WASHINGTON (AP) _ Astronomers using the Hubble Space Telescope says they have seen what may be the first planet found outside our solar system.

"This is unbelievably exciting," said Alan Boss of the Carnegie Institution.

"The results tell us little about planets like Earth," said Susan Terebey of the Extrasolar Research Corporation.
"""


def test_what_the_speakers_used_is_no_speaker():
    # "Astronomers using the Hubble Space Telescope says …": the telescope was read as a person
    # and asked "Who said …?" (a blind reviewer: wrong key), and offered as a wrong choice.
    doc = document.parse(TELESCOPE_EN, "en", None)
    mentions.spot(doc)
    assert "Hubble Space Telescope" not in doc.people, list(doc.people)
    assert not [a for a in quotes.find(doc) if "Hubble" in a.speaker.name]
    questions = generate(TELESCOPE_EN, language="en").questions
    assert not [q for q in questions if "Hubble Space Telescope" in (q.choices or [])]


FORMER_EN = """Opposition scores a century in the upper house

The opposition brought three ailing members to vote on the bill, including former Prime Minister Rajan Mehta, who came in a wheelchair.

Prime Minister Anil Kapoor said the bill would pass in the lower house next week.
"""


def test_a_former_holder_keeps_former_in_his_role():
    # "former Prime Minister Manmohan Singh" was asked "Who is the Prime Minister?" (a blind
    # reviewer: wrong key).
    doc = document.parse(FORMER_EN, "en", None)
    mentions.spot(doc)
    assert doc.people["Rajan Mehta"].roles[0] == "former Prime Minister", dict(doc.people)
    prompts = {q.prompt: q.answer for q in generate(FORMER_EN, language="en").questions}
    assert not [
        p
        for p, a in prompts.items()
        if p == "Who is the Prime Minister?" and "Rajan Mehta" in str(a)
    ]
