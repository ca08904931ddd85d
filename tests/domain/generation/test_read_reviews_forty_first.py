# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off set id's twenty fresh short articles (10 Arabic, 10 English), judged blind on
the start of the forty-first session: 113 of 147 questions accepted, Arabic 35 of 57. Each text
here is written for the test, in the shape of what the reviewer rejected or the generator
missed."""

from studyapp.domain.generation import document, generate, mentions
from studyapp.domain.text import split_sentences
from tests.generated_gaps import answers


def _people(text: str, language: str = "ar") -> dict[str, list[str]]:
    doc = document.parse(text, language)
    mentions.spot(doc)
    return {name: person.roles for name, person in doc.people.items()}


def _asked(text: str, language: str = "ar") -> list[tuple[str, list[str]]]:
    return [(q.prompt, answers(q)) for q in generate(text, language=language).questions]


def test_latin_initials_written_together_in_arabic_end_no_sentence():
    # «… من وحدة "إس.آر.| سي" إنترناشونال …»: split after «آر.», three prompts of the sentence
    # were cut inside the name, a quotation mark left open (garbled, the reviewer).
    text = 'وتلقت الشركة 30 مليون دولار من وحدة "إس.آر.سي" إنترناشونال التي كانت تابعة للصندوق. ودفع المتهم ببراءته.'
    assert [s.text.split()[0] for s in split_sentences(text)] == ["وتلقت", "ودفع"]


CLUB_AR = """الفيصلي يفوز على الوحدات بهدفين

فاز فريق الفيصلي على الوحدات بهدفين دون رد في الجولة العاشرة من الدوري.

وشهدت الدقيقة 30 طرد لاعب الوحدات سامر العتوم بعد عرقلته مهاجم الفيصلي.
"""


def test_a_player_after_his_role_is_named_though_a_preposition_follows_his_name():
    # «طرد لاعب النجمة ناصر الهليل بعد منعه …»: set id's football report named no one.
    assert _people(CLUB_AR).get("سامر العتوم") == ["لاعب الوحدات"], _people(CLUB_AR)


ENVOYS_AR = """الرئيس يتسلم أوراق اعتماد خمسة سفراء

تسلم الرئيس في قصر الضيافة اليوم أوراق اعتماد كل من سفير جمهورية البرازيل كارلوس فيريرا، وسفير جمهورية بنغلادش الشعبية محمد سيف الرحمن، وسفير جمهورية الهند راجيف كومار، والسفيرة غير المقيمة لجمهورية مالاوي ماري بندا كاليما، وسفير جمهورية قبرص أندرياس خريستو.

وحضر مراسم تسلم أوراق الاعتماد، وزير الخارجية وشؤون المغتربين الدكتور سامي الخطيب.

ووضع السفراء أكاليل الزهور على ضريح الملك الباني الحسين بن طلال.
"""


def test_each_envoy_of_a_list_is_named_with_the_state_that_sends_them():
    people = _people(ENVOYS_AR)
    assert people.get("راجيف كومار") == ["سفير جمهورية الهند"], people
    assert people.get("ماري بندا كاليما") == ["السفيرة غير المقيمة لجمهورية مالاوي"], people
    assert people.get("أندرياس خريستو") == ["سفير جمهورية قبرص"], people
    # «نور هلال سيف»: the second half of a compound given name comes with it past three words
    assert "محمد سيف الرحمن" in people, people


def test_a_portfolio_in_two_parts_a_ceremony_and_a_lineage_are_no_names_cut_short():
    people = _people(ENVOYS_AR)
    assert people.get("سامي الخطيب") == ["وزير الخارجية وشؤون المغتربين"], people
    assert "أوراق الاعتماد" not in people, people  # «مراسم تسلم أوراق الاعتماد، وزير …»
    assert "بن طلال" not in people, people  # «الملك الباني الحسين بن طلال»: no one «بن طلال»


VISIT_AR = """سلطان عمان يصل إلى الرياض

وصل سلطان عمان هيثم بن طارق إلى الرياض في زيارة رسمية تستغرق يومين.

واستقبل ولي العهد السعودي، الأمير محمد بن سلمان، ضيف المملكة في المطار.

وبعدها، توجه ولي العهد السعودي وسلطان عمان في موكب رسمي إلى قصر اليمامة.

ويعقد الملك جلسة مباحثات مع سلطان عمان تتناول العلاقات بين البلدين.
"""


def test_the_ruler_of_a_country_joined_to_a_role_is_no_one_named():
    # «توجه ولي العهد السعودي وسلطان عُمان في موكب …»: «وسلطان عُمان» was a person, the crown
    # prince's role his.
    people = _people(VISIT_AR)
    assert not any("سلطان" in name for name in people), people
    assert ("من هو ولي العهد السعودي؟", ["محمد بن سلمان", "بن سلمان"]) in _asked(VISIT_AR)


COURT_AR = """محكمة تؤيد الحكم على وزير سابق

أيدت محكمة الاستئناف اليوم الحكم بسجن الوزير السابق خالد النوري ثماني سنوات في قضية فساد.

وقال محاميه فهمي عبد الله للمحكمة إن موكله سيطعن في الحكم أمام المحكمة العليا.

وقال القاضي سعيد المرزوقي إن المحكمة اطلعت على جميع الأدلة المقدمة في القضية.
"""


def test_his_lawyer_is_named_whole_and_his_role_is_no_question():
    # «وقال محاميه شافعي عبد الله»: asked «من هو محاميه شافعي؟» keyed «عبد الله» (garbled).
    people = _people(COURT_AR)
    assert people.get("فهمي عبد الله") == [], people
    prompts = [prompt for prompt, _ in _asked(COURT_AR)]
    assert not any("محاميه" in prompt for prompt in prompts), prompts


DRAINS_AR = """البلدية تطرح مشاريع لتصريف مياه الأمطار

أعلنت البلدية عن طرح 3 مشاريع لتصريف مياه الأمطار بتكلفة 40 مليون درهم.

وستخدم المشاريع الجديدة 5 مناطق سكنية تشمل الروضة، والنخيل، والصفا، والورود، والياسمين، ومن المتوقع إنجازها بحلول 2027.

وتستكمل بلدية الشارقة أعمال الصيانة في شارع الملك فيصل خلال الأسبوع المقبل.
"""


def test_a_count_of_the_places_listed_after_it_is_no_gap_nor_is_the_headlines_own_body():
    # «9 مناطق حيوية تشمل ند الحمر، …، والبدع، ومن المتوقع إنجازها …»: the student counts the
    # prompt (given away); «تستكمل أمانة ____» keyed «عمان» under «الأمانة تباشر …» (trivial).
    keys = {key for _, found in _asked(DRAINS_AR) for key in found}
    assert "5" not in keys and "3" in keys, keys
    assert "الشارقة" not in keys, keys


BASKET_AR = """الاتحاد يتوج بلقب البطولة العربية لكرة السلة

توج فريق الاتحاد بلقب البطولة العربية لكرة السلة بعد فوزه على الرياضي في النهائي مساء اليوم.

وكان الرياضي قد توج باللقب الموسم الماضي بعد الفوز على الاتحاد بنتيجة 81 / 70 في المباراة النهائية.
"""


def test_half_a_score_is_no_gap_and_the_evening_no_statement():
    # «بنتيجة ____ / 66»: half a score (garbled); «… في اللقاء الذي جمعهما صباح اليوم» judged
    # false: the time of day, a dateline's detail (trivial).
    asked = _asked(BASKET_AR)
    assert not any(
        "/ 70" in prompt or "81 /" in prompt and "____" in prompt for prompt, _ in asked
    ), asked
    assert not any("صباح" in prompt for prompt, _ in asked), asked


AIRLINE_EN = """Fuel costs hit Northwind Airlines profit

Shares of Northwind Airlines Group Inc fell 4 percent on Thursday after fuel costs rose.

"Higher fuel prices hurt our earnings this quarter," Northwind Airlines Chief Executive Dana Price said in a statement.

Excluding items, Northwind earned 82 cents a share, 4 cents above forecasts.

Analyst Tom Reed of Harbor Research said the airline would need new planes.
"""


def test_a_company_officers_role_is_asked_at_the_company_and_a_condition_is_kept():
    questions = generate(AIRLINE_EN, language="en").questions
    roles = [(q.prompt, answers(q)) for q in questions if q.category == "role"]
    # "What is Doug Parker's role?" keyed "American Airlines Chief Executive" among bare roles:
    # the only choice naming the airline (given away).
    assert roles and all("at Northwind Airlines?" in prompt for prompt, _ in roles), roles
    assert not any("Northwind Airlines Chief" in key for _, keys in roles for key in keys), roles
    # "How many cents were earned by American a share?" left out "Excluding items" (wrong key).
    prompts = [q.prompt for q in questions]
    assert not any(p.startswith("How many cents") for p in prompts), prompts


CRICKET_EN = """Rangers beat Tigers by 40 runs

Rangers scored 280 runs in their 50 overs on Saturday.

There were two half centuries by Kamal Perera (62) and Nuwan Silva (58) but Tigers were bowled out for 240 runs.

The match lasted 7 hours, 25 minutes at the city stadium.
"""


def test_a_count_of_two_peoples_and_the_minutes_of_hours_are_not_asked_apart():
    asked = _asked(CRICKET_EN, "en")
    # "How many half centuries were there by Sadeera Samarwickrema?" keyed "two": one each.
    assert not any("half centuries" in p and "?" in p for p, _ in asked), asked
    # "lasted 2 hours, ____ minutes" beside "____ hours, 43 minutes": one time, asked twice.
    assert not any("hours, ____ minutes" in p for p, _ in asked), asked


STUDY_AR = """دراسة تربط قلة النوم بأمراض القلب

واستندت الدراسة إلى تحليل بيانات 40 ألف مريض في ثلاث دول أوروبية.

وقال الباحثون إن النوم أقل من ست ساعات يزيد الخطر بمقدار الضعف.
"""


def test_a_noun_opening_on_b_before_a_count_is_no_preposition():
    # «تحليل بيانات 54 ألف حالة» asked «بيانات كم حالةً استندت الدراسة إلى تحليل؟», «بيانات»
    # taken for «ب» and a noun (set id: garbled).
    prompts = [prompt for prompt, _ in _asked(STUDY_AR)]
    assert not any(p.startswith("بيانات كم") for p in prompts), prompts


# Read off set ie after its blind review (the start against a945eb98, two reviewers per article).

CARDS_EN = """Data breach at Hollins could affect a million cards

Hollins Markets says more than one million customers may have been affected by a data breach.

Mark Hollins, the company's chairman and CEO, issued a statement on Friday.

The county administered 320 hepatitis A shots Nov. 6, a health department assistant said.

Customers who have questions can call 1-888-555-0142 between 9 a.m. and 5 p.m. Monday through Friday.
"""


def test_a_chains_name_a_help_line_and_a_cut_month_are_not_asked():
    questions = generate(CARDS_EN, language="en").questions
    asked = [(q.prompt, answers(q)) for q in questions]
    # "Who is the company's chairman and CEO?" keyed "Schnuck Markets" (wrong key)
    assert ("Who is the company's chairman and CEO?", ["Mark Hollins", "Hollins"]) in asked, asked
    roles = [answers(q) for q in questions if q.category == "role"]
    assert not any("Markets" in key for keys in roles for key in keys), roles
    # "between 9 a.m. and ____ p.m.": the hours of a help line (trivial, both reviewers)
    assert not any("1-888" in prompt for prompt, _ in asked), asked
    # "How many hepatitis were administered by the county A shots Nov?" (garbled)
    assert not any(prompt.startswith("How many hepatitis") for prompt, _ in asked), asked


VISIT_EN = """Turkish foreign minister to visit Colombo

Sydney, August 31: Turkey's foreign minister will visit Sri Lanka next week, officials said.

During his visit to Sri Lanka, Foreign Minister Ahmet Kaya will be received by President Nimal Perera and Prime Minister Sunil Fernando.

SpaceX launched the Turksat 5A satellite and two Starlink missions last year.
"""


def test_a_country_is_no_person_a_short_dateline_no_date_and_a_model_no_half_name():
    questions = generate(VISIT_EN, language="en").questions
    choices = [c for q in questions for c in q.choices or []]
    assert "Sri Lanka" not in choices, choices  # offered as a Prime Minister (bad distractor)
    keys = [key for q in questions for key in answers(q)]
    assert "August 31" not in keys, keys  # "Sydney, ____: Australia's former …" (trivial)
    assert "Turksat" not in keys, keys  # "… and ____ 5A missions" (garbled)


OIL_AR = """النفط يقفز مع تصاعد التوترات

بلغ سعر خام برنت عند الساعة 02:24 فجراً بتوقيت غرينتش نحو 116 دولاراً للبرميل.

وأكدت الشركة السعودية تسريب كمية محدودة من بياناتها على يد مقاول خارجي.

أكد محمد السيد وزير التربية والتعليم، أنه لم يعد هناك فصل في مصر به أكثر من 50 طالبا.
"""


def test_a_clock_time_an_adjective_and_a_place_in_words_said_are_not_misasked():
    asked = _asked(OIL_AR)
    # «كم بلغ سعر خام برنت عند الساعة؟» keyed «02:24» (wrong key, both reviewers)
    assert not any(prompt.startswith("كم") and "02:24" in keys for prompt, keys in asked), asked
    # «وأكدت الشركة ____ تسريب …» keyed «السعودية»: "the Saudi company" (trivial)
    assert not any("الشركة ____" in prompt for prompt, _ in asked), asked
    # «في أي مكان تحدث وزير التربية …؟» keyed «مصر»: a place in what he said (wrong key)
    assert not any(prompt.startswith("في أي مكان") for prompt, _ in asked), asked


# Read off set if after its blind review (the start against a06c3534, two reviewers per article).

ROAD_EN = """Governor opens rural road

Niger State Governor in North Central Nigeria, Abubakar Sani Bello, has opened a 36.9km road, the government said.

The road was built in collaboration with Rural Access and Mobility Project, RAMP, and cost 2.1 billion naira.

Deputies responded to a burglary at the 1600 block of Colfax Drive in Lemon Grove, Sheriff's Sergeant Zheath Sanchez said.

Cooling centers are at the West Side Recreation and Parks District in Taft, Commissioner Yusuf Gunu said.
"""


def test_a_region_and_a_town_are_no_speakers_and_a_body_joined_by_and_is_one():
    questions = generate(ROAD_EN, language="en").questions
    choices = [c for q in questions for c in q.choices or []]
    assert "North Central Nigeria" not in choices, choices  # offered as a speaker
    keys = [key for q in questions for key in answers(q)]
    assert "Lemon Grove" not in keys, keys  # "Who is Sheriff's Sergeant Zheath Sanchez?"
    prompts = [q.prompt for q in questions]
    assert not any("____ and Mobility" in p or "and ____," in p for p in prompts), prompts
    assert not any("Recreation and ____" in p or "____ and Parks" in p for p in prompts), prompts


DOCTOR_AR = """استشاري قلب يحذر من التدخين

قال الدكتور هشام عمار، استشاري أمراض القلب والأوعية الدموية، إن التدخين أخطر عوامل الإصابة بأمراض القلب.

وأضاف استشاري أمراض القلب والأوعية الدموية، خلال استضافته على فضائية «إم بي سي مصر 2»، أن المشي نصف ساعة يوميا يحمي القلب.

وتسلم وزير الخارجية سامي الجعفري أوراق اعتماد سفير المملكة العربية السعودية لدى بغداد عبد العزيز بن خالد الشمري.

بدوره أكد السفير السعودي عبد العزيز الشمري، حرص المملكة على تطوير العلاقات الثنائية.
"""


def test_a_consultant_is_a_role_a_channels_number_no_gap_and_a_father_left_out_one_man():
    questions = generate(DOCTOR_AR, language="ar").questions
    keys = [key for q in questions for key in answers(q)]
    # «وأضاف استشاري أمراض …»: «استشاري أمراض» was the speaker's name (wrong key, both)
    assert not any(key.startswith("استشاري") for key in keys), keys
    assert "2" not in keys, keys  # «فضائية «إم بي سي مصر ____»»
    # «عبد العزيز الشمري» beside «عبد العزيز بن خالد الشمري»: one man, twice a choice
    for q in questions:
        named = [c for c in q.choices or [] if "الشمري" in c]
        assert len(named) <= 1, q.choices


COUNTY_EN = """Hospital opens new wing

Howard County Executive Calvin Ball said the expansion would give the county better care.

The Howard County hospital added 60 beds and a new emergency department.
"""


def test_a_public_bodys_officer_keeps_the_body_in_the_role():
    # "Who is Howard County's Executive?" read the county as a company (set if, a06c3534)
    prompts = [q.prompt for q in generate(COUNTY_EN, language="en").questions]
    assert "Who is the Howard County Executive?" in prompts, prompts
