# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes blind reviewers rejected in fresh news (set p), each on a text written for the test:
a name asked again by its surname, an Arabic role cut from its noun or holding the title
before the name, words reported with the particle that joined them to the clause before."""

from studyapp.domain.generation import attributions, generate, propose
from studyapp.domain.generation.completions import reported
from studyapp.domain.generation.datelines import dateline_end
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.keys import census_name, described_forms
from studyapp.domain.generation.mentions import spot
from studyapp.domain.generation.quotation_marks import opened_quotation

MARATHON_EN = """Korir wins Lakeside Marathon again

Amina Korir sped past more than 40,000 other runners on Sunday to win the women’s race at the Lakeside Marathon for the third time in five years.

According to the Daily Runner, Korir joins Helena Strand as the only women to win the Lakeside Marathon more than twice. She will have to win a few more times to beat Strand’s record, though. Between 1990 and 2004, the Swedish runner won the race seven times.

Korir finished more than two minutes ahead of Ruth Chepkoech and Maria Lindqvist, who came second and third.
"""


def test_a_name_asked_by_a_gap_is_not_asked_again_by_its_surname():
    """'Korir joins ____' keyed "Helena Strand" (accepting "Strand"), then "to beat ____’s
    record" keyed "Strand": one name asked twice ("Waitz" after "Grete Waitz" was rejected as
    a duplicate)."""
    gaps = [q for q in generate(MARATHON_EN, language="en").questions if q.type == "cloze"]
    named = [q.prompt for q in gaps if "Strand" in q.answer]
    assert len(named) == 1, named


WATER_AR = """وزارة المياه: ضبط 500 اعتداء على الخطوط

عمان - أكد الناطق الإعلامي باسم وزارة المياه والري، عمر سلامة، أن الوزارة ضبطت منذ بداية العام 500 اعتداء على خطوط المياه الرئيسية.

وأضاف سلامة أن كوادر الوزارة ردمت 40 بئرا مخالفة في مختلف مناطق المملكة.

وقال رئيس لجنة المياه النائب د. جمال صالح إن اللجنة ستناقش التقرير الأسبوع المقبل.
"""


def test_an_arabic_role_keeps_the_noun_its_adjective_describes():
    """«الناطق الإعلامي باسم الوزارة» is the spokesman; «الإعلامي باسم الوزارة» alone is an
    adjective with no noun (seven questions of one article rejected as garbled)."""
    prompts = [q.prompt for q in generate(WATER_AR, language="ar").questions]
    assert "من هو الناطق الإعلامي باسم وزارة المياه والري؟" in prompts, prompts
    assert not any("الإعلامي باسم" in p and "الناطق" not in p for p in prompts), prompts


def test_an_honorific_before_the_name_is_not_part_of_the_role():
    """«رئيس لجنة المياه النائب د. جمال صالح»: «النائب» (the MP) is his title."""
    prompts = [q.prompt for q in generate(WATER_AR, language="ar").questions]
    assert "من هو رئيس لجنة المياه؟" in prompts, prompts
    assert not any("المياه النائب" in p for p in prompts), prompts


def test_words_reported_drop_the_particles_that_tied_them_to_the_clause_before():
    """«…، وأن أكبر مثال …» and «…، إضافة إلى أن المنظمة …» cut from a long statement read
    «بحسب مون، أن …» and «بحسب مون، إضافة إلى أن …» (rejected as fragments); the «و» of
    «وزارة» stays."""
    doc = parse("عنوان\n\nقال مون إن الأزمات تتزايد.\n", "ar", None)
    assert reported(doc, "مون", "وأن أكبر مثال على ذلك ما يحدث في العراق") == (
        "بحسب مون، أكبر مثال على ذلك ما يحدث في العراق"
    )
    assert reported(doc, "مون", "إضافة إلى أن المنظمة لم تشهد هذا الحجم من الطلبات") == (
        "بحسب مون، المنظمة لم تشهد هذا الحجم من الطلبات"
    )
    assert reported(doc, "مون", "وزارة الخارجية تتابع الوضع") == (
        "بحسب مون، وزارة الخارجية تتابع الوضع"
    )


CAPTAIN_AR = """كابتن المنتخب: الفوز أفضل من التعادل

اعتبر كابتن المنتخب سالم العتيبي الفوز على الضيوف أفضل من التعادل. وقال نحمد الله على تحقيق الانتصار بعد أن كادت تذهب المباراة من أيدينا، وكان من المفترض أن نزيد من غلة الأهداف.

من جانبه قال مهاجم المنتخب فهد الحربي أبارك لكل جماهيرنا الفوز وتحقيق النقاط الثلاث.

في حين أكد لاعب المنتخب ماجد القحطاني أن الفوز الذي تحقق لم يكن مرضياً ولم يقدم اللاعبون المستوى المقنع.
"""


def test_words_in_the_first_person_after_said_are_his_words_not_a_name():
    """«وقال نحمد الله على …» ("we thank God") names no one «نحمد الله»; «قال مهاجم المنتخب
    فهد الحربي أبارك لكل جماهيرنا …» is the striker's own words, asked as who said them."""
    questions = generate(CAPTAIN_AR, language="ar").questions
    shown = [q.prompt for q in questions] + [str(q.answer) for q in questions]
    shown += [c for q in questions for c in q.choices or []]
    assert not any("نحمد الله" in s and "على" not in s for s in shown), shown
    who = {q.prompt: q.answer for q in questions if q.category == "attribution"}
    striker = [a for p, a in who.items() if "أبارك لكل جماهيرنا" in p]
    assert striker == ["فهد الحربي"], who


def test_a_captain_is_a_role():
    """«كابتن المنتخب سالم العتيبي»: «كابتن» is a role like «قائد», not a word of his name."""
    prompts = [q.prompt for q in generate(CAPTAIN_AR, language="ar").questions]
    assert "من هو كابتن المنتخب؟" in prompts, prompts


FOSSIL_EN = """Meet Homo lacustris, a newly found species of early human

Meet Homo lacustris, a newly found species that sheds light on our earliest ancestors, scientists say.

The remains were found near Lake Turkana in northern Kenya, only 30 miles from the site where an older skull was found in 1984.

Nearly a month ago, Kenya Gov. Anne Waiguru announced the county would provide a 2% increase in funding for the museum.

The museum said visitors should ''Remain patient while we check the site,'' and that no action is needed.

“Woh dekhte hai (Let us see it),” said Peter Mwangi, head of the dig at the National Museums of Kenya.
"""


def test_no_gap_on_a_word_capitalised_only_for_opening_a_sentence_or_quotation():
    """ "____ lacustris" keyed "Meet Homo", "''____ patient" keyed "Remain", "(____ us see it)"
    keyed "Let": the first word of a headline or of someone's words is no name."""
    keys = [_key(q) for q in generate(FOSSIL_EN, language="en").questions]
    assert not any(k.startswith(("Meet", "Remain", "Let")) for k in keys), keys


def test_a_gap_does_not_end_on_a_title_before_a_name():
    """ "Nearly a month ago, ____. Anne Waiguru announced" keyed "Kenya Gov" cut the title
    "Gov." from its name and left its stop behind."""
    keys = [_key(q) for q in generate(FOSSIL_EN, language="en").questions]
    assert not any(k.endswith("Gov") for k in keys), keys


def _key(question) -> str:
    answer = question.answer
    return str(answer[0] if isinstance(answer, list) and answer else answer)


SESSION_EN = """Parliament session ends early

The monsoon session of Parliament began on July 21 and has seen disruptions for 14 days.

It is scheduled to last till August 21.

The Lok Sabha passed four Bills on Monday amid protests from the Opposition.
"""


def test_a_gap_in_a_sentence_opening_on_it_comes_after_the_gaps_that_say_what_they_ask():
    """ "It is scheduled to last till ____." does not say what "it" is: reviewers took such gaps
    38% of the time against 74% of other English gaps, so it is rated and ranked so."""
    questions = generate(SESSION_EN, language="en").questions
    prompts = [q.prompt for q in questions]
    it = next(q for q in questions if q.prompt.startswith("It is scheduled"))
    assert it.confidence <= 0.38, it.confidence
    named = next(p for p in prompts if p.startswith("The ____ passed four Bills"))
    assert prompts.index(it.prompt) > prompts.index(named), prompts


MEASLES_AR = """الصحة العالمية: حالات الحصبة تضاعفت

جنيف ـ د.ب.أ: أعلنت منظمة الصحة العالمية أمس الخميس، أن عدد الحالات المسجلة تضاعف ليصل إلى 229 ألف حالة العام الماضي.

وقالت مديرة قسم التطعيم كيت أوبراين إن الفجوات في التطعيم هي السبب الرئيسي.
"""


def test_the_agency_in_the_dateline_is_neither_a_sentence_nor_asked():
    """The dateline «جنيف ـ د.ب.أ:» ends where the news starts: no prompt opens «أ: أعلنت»."""
    doc = parse(MEASLES_AR, "ar", None)
    assert MEASLES_AR[dateline_end(doc) :].startswith("أعلنت منظمة الصحة العالمية")
    prompts = [q.prompt for q in generate(MEASLES_AR, language="ar").questions]
    assert prompts and not any(p.startswith("أ:") for p in prompts), prompts


BOARD_EN = """School board cuts teachers' extra pay

The school board approved the budget on a 5-1 vote on Monday night.

Director Mark Olsen was the lone "no" vote on the board.

The annual budget gives the district more than $168 million in spending.
"""


def test_a_definition_is_not_cut_at_a_quotation_inside_it():
    """'Director Mark Olsen was the lone "no" vote' gave "What was Director Mark Olsen?" keyed
    "the lone" (rejected as garbled)."""
    keys = [_key(q) for q in generate(BOARD_EN, language="en").questions]
    assert "the lone" not in keys, keys


OUTBREAK_EN = """Measles cluster grows to 12 cases

The seven new cases brought the total number in the cluster to 12, the CDC said on Wednesday.

Last week, the CDC said the cluster was started by a 35-year-old woman who developed a fever, a sore throat, headache and other symptoms on Dec. 1, the day she returned home after visiting relatives in Morocco.
"""


def test_a_long_sentence_is_not_shown_from_the_middle_of_a_list():
    """ "According to CDC, headache and other symptoms on Dec. 1, …": the window
    around a gap opened on a list's last item and lost its subject and verb."""
    prompts = [q.prompt for q in generate(OUTBREAK_EN, language="en").questions]
    asked = [p for p in prompts if "symptoms on Dec. 1" in p]
    assert asked and not any(p.startswith("According to CDC, headache") for p in asked), asked


COACH_AR = """المدرب: لاعبونا أبانوا عن روح قتالية

عبّر المدرب البرتغالي ألكسندر سانتوس عن ارتياحه الكبير بعد الفوز الذي حققه فريقه على ضيفه.

وقال سانتوس إن المباراة كانت قوية ومليئة بالإثارة من كلا الطرفين.

في حين أكد اللاعب إلياس الحداد أن الفريق سيواصل العمل بنفس الروح.
"""


def test_a_foreign_given_name_with_a_hamza_on_its_alef_is_no_article():
    """«ألكسندر سانتوس» folds to «الكسندر …», which had read as a definite noun: the coach was
    found as «سانتوس» alone, and the full name in the article was marked wrong."""
    questions = generate(COACH_AR, language="ar").questions
    who = {q.prompt: _key(q) for q in questions if q.category == "attribution"}
    assert [k for p, k in who.items() if "المباراة كانت قوية" in p] == ["ألكسندر سانتوس"], who
    assert [k for p, k in who.items() if "سيواصل العمل" in p] == ["إلياس الحداد"], who


BANK_AR = """البنك الوطني يحقق أرباحا قياسية

أعلن رئيس مجلس إدارة البنك الوطني ومديره العام سامي الخطيب أن البنك حقق العام الماضي أرباحا قياسية تقدر بأكثر من 180 مليون دولار.

وأضاف أن موجودات البنك تجاوزت للمرة الأولى حاجز العشرة مليارات دولار لتصل إلى 11.4 مليارا في حين زادت ودائع العملاء لديه بنسبة 8.2% في العام الماضي لتصل إلى 7.9 مليارات.

وقالت مديرة الفرع الرئيسي منى حداد إن عدد العملاء ارتفع إلى 90 ألفا.
"""


def test_a_role_with_its_pronoun_leans_on_the_role_before_it():
    """«رئيس مجلس إدارة البنك الوطني ومديره العام سامي الخطيب» had given the role «مديره
    العام» ("its director general") and, «مديره» folding as «مديرة», «من هي مديره العام؟»."""
    prompts = [q.prompt for q in generate(BANK_AR, language="ar").questions]
    assert not any("مديره العام" in p for p in prompts), prompts
    assert "من هو رئيس مجلس إدارة البنك الوطني؟" in prompts, prompts
    assert "من هي مديرة الفرع الرئيسي؟" in prompts, prompts


def test_a_rate_is_not_asked_of_words_across_a_verb():
    """«… لتصل إلى 11.4 مليارا في حين زادت ودائع العملاء لديه بنسبة 8.2%» had been asked
    «ما نسبة مليارا في حين زادت ودائع العملاء لديه؟»."""
    prompts = [q.prompt for q in generate(BANK_AR, language="ar").questions]
    assert not any("ما نسبة مليار" in p or "في حين زادت ودائع العملاء لديه؟" in p for p in prompts)


WIN_EN = """Coach happy with young squad after defeat

Rovers lost 2-0 at home on Saturday, their first defeat in eight games.

"We have as many as nine young players in the squad," coach Daniel Ortega said. "It was just three points, not the end of the world."

Striker Tom Hale, who scored 14 goals last season, is out for six weeks.
"""
WIN_AR = """المدرب: الفوز هدية للجماهير

قال مدرب الفريق سمير الناصري بعد المباراة: "تحقيق ثلاث نقاط أمر مهم، لكنها هدية خاصة للجماهير".

وأضاف الناصري أن الفريق يحتاج إلى 12 لاعبا جديدا قبل بداية الموسم.
"""


def test_the_three_points_of_a_win_are_not_asked():
    """ "It was just ____, not the end of the world" keyed "three points" and «تحقيق ____ نقاط»
    keyed «ثلاث»: any football fan knows them (rejected as trivial in two reviews)."""
    for text, language in ((WIN_EN, "en"), (WIN_AR, "ar")):
        keys = [_key(q) for q in generate(text, language=language).questions]
        assert keys and not any(k in ("three points", "three", "ثلاث", "3") for k in keys), keys


PHONE_AR = """شركة الهاتف تكشف عن جهازها الجديد

كشفت الشركة في مؤتمر اليوم عن هاتفها الجديد الذي يأتي بكاميرا مزدوجة وبطارية أكبر.

وجرى الإعلان في قاعة كبرى في مدينة دبي، وقامت شركة فيرتكس بنشر تفاصيل هاتفها الجديد عبر تغريدات متوالية.

وقال المحلل في شركة "كاونتربوينت"، سامر الخوري، إن الهاتف الجديد لديه فرصة كبيرة للنجاح.
"""


def test_an_event_is_not_named_by_a_time_word_nor_a_company_by_what_it_did():
    """«في مؤتمر اليوم عن هاتفها» names no event «اليوم عن هاتفها»; in «وقامت شركة فيرتكس
    بنشر تفاصيل …» the company is «فيرتكس», not «فيرتكس بنشر تفاصيل»."""
    questions = generate(PHONE_AR, language="ar").questions
    shown = [_key(q) for q in questions] + [c for q in questions for c in q.choices or []]
    assert not any("اليوم عن" in s for s in shown), shown
    assert not any("بنشر" in s for s in shown), shown
    doc = parse(PHONE_AR, "ar", None)
    spot(doc)
    assert "فيرتكس" in doc.organisations, doc.organisations


PROFIT_AR = """البنك الوطني يحقق أرباحا قياسية

أعلن رئيس البنك الوطني سامي الخطيب أن البنك حقق العام الماضي أرباحا قياسية تقدر بأكثر من 180 مليون دولار.

وقال الخطيب في بيان إن صافي أرباح المجموعة ارتفع إلى 180.4 مليون دولار العام الماضي مقابل 166.2 مليونا في العام الذي سبقه.
"""


def test_a_figure_and_its_whole_part_written_elsewhere_are_asked_once():
    """«أكثر من 180 مليون دولار» and «ارتفع إلى 180.4 مليون دولار» are one profit (a second
    gap on it was rejected as a duplicate); «166.2 مليونا», the year before's, is another."""
    keys = [_key(q) for q in generate(PROFIT_AR, language="ar").questions]
    profit = [k for k in keys if k.startswith(("180 ", "180.4"))]
    assert len(profit) == 1, keys
    assert any(k.startswith("166.2") for k in keys), keys


TUITION_EN = """Regents approve tuition increase

The Board of Regents voted 7-2 on Wednesday to raise tuition by 3.5 percent at the state's three universities.

Enrollment at the universities has fallen in each of the last four or five years, a state report found.

Regent Ruth Hale voted no, saying the increase of $250 a year was too much for families.
"""


def test_a_count_given_beside_its_alternative_is_not_asked():
    """ "over the last ____ or five years" keyed "four": the alternative next to it gives it
    away (rejected in set q)."""
    keys = [_key(q) for q in generate(TUITION_EN, language="en").questions]
    assert keys and not any(k in ("four", "five", "4", "5", "last four") for k in keys), keys


COUNCIL_VOTE_EN = """City council splits on budget

EL PASO, Texas - The city council voted 4 to 4 on Monday on a budget that would raise taxes by $2.49 a month.

Representatives Peter Svarzbein, Jim Tolbert, Emma Acosta and Carl Robinson voted Yes. Representatives Cortney Niland, Lily Limon, Claudia Ordaz and Michiel Noe voted No.

City staff found the $3 million 3 weeks ago in unspent road funds.

Mayor Oscar Leeser broke the tie. Director of Management and Budget Robert Cortinas said the city would cut its fuel budget by $200,000.
"""


def test_a_plural_title_is_no_part_of_the_names_after_it():
    """ "Representatives Cortney Niland, Lily Limon …": the title had stayed on the first name
    ("Representatives Cortney Niland" offered as a choice), and "voted Yes" made an
    organisation "Yes"."""
    doc = parse(COUNCIL_VOTE_EN, "en", None)
    spot(doc)
    assert "Cortney Niland" in doc.people and "Peter Svarzbein" in doc.people, list(doc.people)
    assert not any(name.startswith("Representatives") for name in doc.people), list(doc.people)
    assert "Yes" not in doc.organisations and "No" not in doc.organisations, doc.organisations
    assert not any(o.startswith("Mayor") for o in doc.organisations), doc.organisations


def test_a_sum_and_a_count_after_it_are_two_numbers():
    """ "$3 million 3 weeks ago" was one number "3 million 3", keyed also "3,000,003"."""
    keys = [_key(q) for q in generate(COUNCIL_VOTE_EN, language="en").questions]
    assert keys and not any(k.startswith("3 million 3") for k in keys), keys


FLU_EN = """More Americans get flu shots

"Everyone 6 months of age and older should receive a flu vaccination," Dr. Helen Marsh, deputy secretary for health at the U.S. Department of Health and Human Services, said on Thursday.

About 43 percent of people got a flu shot last season, up from 41 percent the year before, the agency said.
"""


def test_a_role_is_not_cut_at_the_initials_of_the_body_after_it():
    """ "…, assistant secretary for health at the U.S. Department of …," gave "Who is the
    assistant secretary for health at the U?" (rejected as garbled)."""
    prompts = [q.prompt for q in generate(FLU_EN, language="en").questions]
    assert not any("at the U?" in p or p.endswith(" U?") for p in prompts), prompts
    doc = parse(FLU_EN, "en", None)
    spot(doc)
    assert doc.people["Helen Marsh"].roles == ["deputy secretary for health"], doc.people


STORM_EN = """Storm damages homes in Petal

Tyler and Taylor McPhail weren't home as the storm descended at about 7:45 p.m. on Sunday.

The storm tore the roof off their house on Oak Street and knocked down 12 trees, county officials said.
"""


def test_a_given_name_after_another_and_their_shared_surname_is_accepted_alone():
    """ "Tyler and ____ weren't home" keyed "Taylor McPhail": the surname is both of theirs, so
    "Taylor" is the answer a student gives (rejected as an over-long key, set q)."""
    gaps = [q for q in generate(STORM_EN, language="en").questions if q.type == "cloze"]
    taylor = [q for q in gaps if _key(q) == "Taylor McPhail"]
    assert taylor and "Taylor" in taylor[0].accepted_answers, [(q.prompt, q.answer) for q in gaps]


SHOTS_EN = """Flu shots urged for people at risk

A flu shot is especially important for people with medical conditions such as heart disease, asthma and diabetes, the health department said on Monday.

Doctors also urged people with hypertension, kidney disease and cancer to get the shot before winter.
"""


def test_two_names_of_one_illness_are_never_offered_as_different_wrong_choices():
    """ "high blood pressure" and "hypertension" were both offered as wrong choices beside
    "heart disease, asthma and diabetes" (rejected as a bad distractor, set q); nor is one
    offered where the article names the other."""
    lists = [q for q in generate(SHOTS_EN, language="en").questions if q.type == "multi"]
    assert lists, "no select-all on the lists of illnesses"
    for question in lists:
        wrong = [c for c in question.choices if c not in question.answer]
        assert "hypertension" not in wrong and "high blood pressure" not in wrong, wrong


TORNADO_EN = """More storms expected this week

Crews were assessing damage on Monday after storms tore through Forrest County on Sunday night.

"There's still a pretty good chance of tornadoes for Tuesday," forecaster Anna Wells said.
"""


def test_no_weekday_choice_over_someones_quoted_words():
    """'On which day: ""There's still a pretty good chance of tornadoes for (…)," she said."?'
    doubles the quotation marks and does not say which day is meant: it is not even drafted."""
    drafts = propose(TORNADO_EN, language="en").questions
    days = [q.prompt for q in drafts if q.prompt.startswith("On which day")]
    assert not any("tornadoes" in p for p in days), days


BAZAAR_AR = """جهاز المدينة يستكمل مشروع السوق

قال المهندس سامح الدسوقي، رئيس جهاز مدينة النور، إنه جارٍ استكمال أعمال الحفر ومد خطوط المياه لمشروع السوق الجديد.

وأوضح الدسوقي أن المشروع يوفر فرص عمل لنحو 200 شاب بأسعار إيجار رمزية.

وأكد جهازالنور، أن ذلك يأتي استكمالًا لأعمال تطوير وتجميل الموقع، مضيفًا أنه تمت زراعة 5 آلاف شتلة.
"""


def test_a_body_written_against_its_name_is_no_speaker():
    """«وأكد جهازالنور، أن …» (the authority, its two words run together) had made a second
    "speaker", so "Who said?" was asked three times of the only person who speaks, and once
    keyed «جهازالعبور» (rejected in set q)."""
    doc = parse(BAZAAR_AR, "ar", None)
    spot(doc)
    assert "جهازالنور" not in doc.people, list(doc.people)
    answers = [_key(q) for q in generate(BAZAAR_AR, language="ar").questions]
    assert "جهازالنور" not in answers, answers


INJURY_AR = """المدرب: الفوز خطوة أولى

عبّر المدرب البرتغالي ألكسندر سانتوس عن ارتياحه الكبير بعد الفوز الذي حققه فريقه على ضيفه.

وتوقف سانتوس عند إصابة اللاعب عبد الفتاح حدراف التي تعرض لها في بداية اللقاء، مؤكداً أنها تبدو خطيرة وقد تستدعي تدخلاً جراحياً.

في حين أكد اللاعب إلياس الحداد أن الفريق سيواصل العمل بنفس الروح.
"""


def test_a_participle_of_saying_goes_with_the_subject_not_the_player_named_after_it():
    """«وتوقف سانتوس عند إصابة اللاعب عبد الفتاح حدراف …، مؤكداً أنها تبدو خطيرة» is the
    coach's: «بحسب عبد الفتاح حدراف، تبدو خطيرة …» was rejected as misattributed."""
    found = {a.statement[:20]: a.speaker.name for a in _attributions(INJURY_AR)}
    serious = [name for said, name in found.items() if said.startswith("تبدو خطيرة")]
    assert serious == ["ألكسندر سانتوس"], found


def _attributions(text: str):
    doc = parse(text, "ar", None)
    spot(doc)
    return attributions.find(doc)


CASES_EN = """Measles cluster grows at city hospital

Seven new cases of measles were confirmed on Wednesday at the Central Hospital, bringing the cluster to 12.

The other two involved a hospital porter in his 20s and a visitor in her 50s who caught the disease while accompanying a relative.

The central bank also held its other two key rates - the lending rate and the deposit rate - unchanged at 1.5 percent.

The five cities paying the most for gas are Hilo ($4.33 per gallon), Juneau ($4.14), Hartford ($4.01), Fresno ($3.99) and Tacoma ($3.93).
"""


def test_a_count_is_not_asked_where_its_sentence_lists_what_it_counts():
    """ "The other ____ involved a hospital staffer … and a person …" keyed "two", "The ____
    states paying the most are Hawaii ($4.33 …), …" keyed "five": counting the items spelt out
    after it answers it (rejected as given away in three fresh sets)."""
    questions = generate(CASES_EN, language="en").questions
    asked = [q.prompt for q in questions if _key(q) in ("two", "five")]
    assert not asked, asked


FINAL_EN = """Rovers win the cup final

Brennan Walker's scrappy goal just before half-time was enough for Rovers, who held on against a late onslaught.

The keeper made a couple of fine saves to deny Luke Carter and Jo Hale late on.

Boris Hale, the club's chairman, said it was the best night in 40 years. The fans stayed for an hour after the final whistle in Northern Ireland.

Fire crews were called to a house on Clark Place late on Sunday.
"""


def test_a_players_surname_alone_answers_a_gap_on_his_full_name():
    """ "____'s scrappy goal" keyed "Brennan Walker" and "deny ____" keyed "Luke Carter" marked
    "Walker" and "Carter" wrong (set r: three such rejects); the census's given names and
    surnames tell a person's name. Not "Hale" for "Jo Hale" beside "Boris Hale", nor
    "Ireland" for "Northern Ireland", nor "Place" for the street "Clark Place" (set s)."""
    gaps = {_key(q): q for q in generate(FINAL_EN, language="en").questions if q.type == "cloze"}
    assert "Walker" in gaps["Brennan Walker"].accepted_answers, list(gaps)
    assert "Carter" in gaps["Luke Carter"].accepted_answers, list(gaps)
    for name, wrong in (
        ("Jo Hale", "Hale"),
        ("Northern Ireland", "Ireland"),
        ("Clark Place", "Place"),
    ):
        if name in gaps:
            assert wrong not in gaps[name].accepted_answers, gaps[name].accepted_answers


BUSES_AR = """محافظة القاهرة تتسلم 60 أتوبيسا جديدا

تسلمت محافظة القاهرة 60 أتوبيسًا جديدًا، وحضر الدكتور جلال السعيد وزير النقل واللواء أحمد تيمور محافظ القاهرة، دخول الأتوبيسات الخدمة.

وصرح المحافظ بأنه تقرر تخصيص الأتوبيسات الجديدة لخدمة خطوط جديدة أرقام (1121 1123 1124 1125 1126 1127) بطاقة 10 أتوبيسات لكل خط.
"""


def test_a_rank_after_and_opens_the_next_person_listed():
    """«جلال السعيد وزير النقل واللواء أحمد تيمور محافظ القاهرة»: the role had run on into
    «واللواء» and the governor was lost («من هو وزير النقل واللواء؟», his words credited to
    «وزير النقل واللواء»: five rejects on one article of set r)."""
    doc = parse(BUSES_AR, "ar", None)
    spot(doc)
    assert doc.people["جلال السعيد"].roles == ["وزير النقل"], doc.people
    assert "محافظ القاهرة" in doc.people["أحمد تيمور"].roles, doc.people
    prompts = [q.prompt for q in generate(BUSES_AR, language="ar").questions]
    assert not any("واللواء؟" in p or "وزير النقل واللواء،" in p for p in prompts), prompts


def test_a_number_between_its_neighbours_of_a_numbered_run_is_not_asked():
    """«أرقام (1121 1123 1124 ____ 1126 …)» keyed «1125»: the run gives it away."""
    keys = [_key(q) for q in generate(BUSES_AR, language="ar").questions]
    assert not {"1124", "1125", "1126", "1127"} & set(keys), keys


BUDGET_AR = """وزير المالية: الاقتصاد حقق مؤشرات إيجابية

وبيّن الوزير أن الاقتصاد الوطني حقق مؤشرات إيجابية خلال العام، أبرزها نمو الناتج المحلي الإجمالي بنسبة 2.7% في الربع الأول، وتراجع التضخم إلى 1.9%.
"""


def test_a_rate_is_not_asked_of_a_word_carrying_its_pronoun():
    """«مؤشرات إيجابية، أبرزها نمو الناتج المحلي الإجمالي بنسبة 2.7%» was asked «ما نسبة
    أبرزها نمو الناتج المحلي الإجمالي؟» ("the rate of the most notable of them", rejected as
    garbled, set r)."""
    prompts = [q.prompt for q in generate(BUDGET_AR, language="ar").questions]
    assert prompts and not any(p.startswith("ما نسبة أبرزها") for p in prompts), prompts


def test_a_gap_in_words_begun_in_the_sentence_before_opens_their_quotation():
    """'Slightly less … a bad year," ____, from the …' started mid-quotation with a closing mark
    and no opening one (set s, rejected as garbled); a mark typed for an apostrophe
    ("Hernandez”s") opens nothing, nor does a frame's «بحسب …»."""
    assert opened_quotation('a bad year," ____, from the Icahn School, said.') == (
        '"a bad year," ____, from the Icahn School, said.'
    )
    assert opened_quotation("still believing,’’ said University of ____ scientist Ted Scambos") == (
        "‘‘still believing,’’ said University of ____ scientist Ted Scambos"
    )
    assert opened_quotation("الوضع مستقر» وقال ____ إن") == "«الوضع مستقر» وقال ____ إن"
    for kept in ("Hernandez”s lawyer said the case would go to ____.", "بحسب الوزير، ____ مستقر»"):
        assert opened_quotation(kept) == kept


def test_a_graded_noun_and_a_fraction_are_accepted_without_the_words_after_them():
    """«المضاعفات الخطيرة» and «نصف المصابين» marked «المضاعفات» and «نصف» wrong (set s)."""
    assert "المضاعفات" in described_forms("المضاعفات الخطيرة", "")
    assert "نصف" in described_forms("نصف المصابين", "")
    assert "الأمم" not in described_forms("الأمم المتحدة", "")


FIRE_EN = """Neighbours look for answers after vacant house burns

MEMPHIS, Tenn. (WMC) - A Midtown home has been reduced to a pile of rubble and neighbors want to know if more could have been done to prevent a dangerous fire.

The people that neighbors saw on the property just days earlier could provide a big clue in the case.

“The flames were 20 feet high,” said neighbor Vijay Thomas.

And there is only rubble of the house at Court and Elm Place. A fire that started just after 6:30 Monday morning woke up neighbors.

Thomas lives across the street.

“When I looked, I saw a blaze coming from that house over there,” said Thomas.

“There was a squatter down there, a kid kept coming around here asking everybody for food,” said Thomas.
"""


def test_a_surname_alone_after_said_is_no_organisation():
    """'"…," said Thomas' had been asked "According to which organisation: …?" keyed "Thomas"
    (set s, rejected as garbled)."""
    prompts = [q.prompt for q in generate(FIRE_EN, language="en").questions]
    assert not any(p.startswith("According to which organisation") for p in prompts), prompts
    # The check it rests on: a single word the census has as a person's name is no body.
    assert census_name("Thomas") and census_name("Wetmore")
    assert not census_name("Medtronic") and not census_name("Reuters")


SENTENCE_EN = """Fundraiser sentenced to 17 years

Mark Olsen, a hedge fund manager who brought millions of dollars into the Ponzi scheme, was sentenced Wednesday to 17 years in prison.

"He knew there were no real deals," prosecutor Tim Rowe said in court.

"We are looking at an appeal within weeks," spokesman Steve Valley said.
"""


def test_a_role_stops_before_a_relative_clause_and_a_person_after_a_role_is_no_body():
    """ "Mark Olsen, a hedge fund manager who brought millions …" gave the role "hedge fund
    manager who brought millions" (offered as a clipped choice), and "spokesman Steve Valley
    said" was asked "According to which organisation …?" (set t)."""
    doc = parse(SENTENCE_EN, "en", None)
    spot(doc)
    assert doc.people["Mark Olsen"].roles == ["hedge fund manager"], doc.people
    prompts = [q.prompt for q in generate(SENTENCE_EN, language="en").questions]
    assert not any(p.startswith("According to which organisation") for p in prompts), prompts


MEASLES_EN = """Measles cases climb again

Twenty-two states have reported cases, but most have been in New York, mainly in nearby Rockland County.

"The best way to protect yourself is to get the measles immunization, with two doses," Dr. Ana Cruz said.
"""


def test_a_key_is_not_hidden_inside_a_compound_number():
    """ "two doses" asked, then "Twenty-… states" in another prompt: the hidden key cut the
    number "Twenty-two" in half (set t, rejected as garbled)."""
    prompts = [q.prompt for q in generate(MEASLES_EN, language="en").questions]
    assert not any("Twenty-…" in p for p in prompts), prompts


FAIR_AR = """معرض الكتاب يفتح أبوابه

افتتح وزير الثقافة المعرض أمس بمشاركة 600 دار نشر من 30 دولة.

وتستمر فعاليات المعرض حتى السابع من فبراير المقبل، بمشاركة واسعة من دور النشر العربية.
"""


def test_a_day_written_as_an_ordinal_is_accepted_in_digits():
    """«حتى ____ المقبل» keyed «السابع من فبراير» marked «7 فبراير» wrong (set t)."""
    gaps = [q for q in generate(FAIR_AR, language="ar").questions if q.category == "date"]
    seventh = [q for q in gaps if _key(q) == "السابع من فبراير"]
    assert seventh and "7 فبراير" in seventh[0].accepted_answers, [q.answer for q in gaps]
