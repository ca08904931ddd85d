"""Shapes found on news-dev and fresh news in the thirty-first session. Each text is written for
its test."""

from studyapp.domain.generation import generate, mentions
from studyapp.domain.generation.document import parse
from studyapp.domain.grading import grade


def _keys(text: str, language: str) -> list[str]:
    """The first answer of each question generated on `text`, as written."""
    return [
        str(q.answer[0] if isinstance(q.answer, list) else q.answer)
        for q in generate(text, language=language).questions
    ]


FERTILISER_AR = (
    "نقص الأسمدة يهدد موسم القمح\n\n"
    "قال اتحاد المزارعين إن نقص الأسمدة سيكلف القطاع الزراعي نحو 40 مليون دينار هذا الموسم، "
    "بحسب تقرير صدر في آذار / مارس.\n\n"
    'وقالت وزيرة الزراعة سلمى الحداد لقناة "المملكة" قبل أن تترأس اجتماعا مع تجار الأسمدة '
    '"انها أزمة حقيقية". "كل حقل في المملكة يحتاج إلى الأسمدة قبل الشتاء."\n\n'
    "وأضافت الحداد أن الوزارة ستوزع 12 ألف طن من الأسمدة على صغار المزارعين في محافظة الكرك.\n\n"
    "وأوضحت الحداد أن المصانع المحلية ستعمل بطاقتها الكاملة حتى نهاية شهر أيار.\n\n"
    "ويؤدي نقص الأسمدة إلى رفع أسعار الخبز وتأخير زراعة الحقول.\n"
)


def test_a_gap_hides_the_role_a_choice_question_asks_and_stays_in_the_list() -> None:
    """«ما منصب سلمى الحداد؟» keyed «وزيرة الزراعة» beside a gap on her words, whose sentence
    prints that role: the gap hides it («وقالت … سلمى الحداد») instead of leaving the list, as
    it hides the outlet the venue question asks (news-dev 08's «انها مشكلة كبيرة», a must)."""
    questions = generate(FERTILISER_AR, language="ar").questions
    role = [q for q in questions if q.category == "role" and q.type == "mcq"]
    assert [q.answer for q in role] == ["وزيرة الزراعة"], [(q.prompt, q.answer) for q in questions]
    words = [q for q in questions if q.type == "cloze" and "انها أزمة حقيقية" in q.answer]
    assert words, [(q.prompt, q.answer) for q in questions]
    assert "وزيرة الزراعة" not in words[0].prompt
    assert "سلمى الحداد" in words[0].prompt  # whose words they are, still said


REFUGEES_AR = (
    "رئيس المفوضية يدعو إلى توزيع اللاجئين\n\n"
    "قال رئيس المفوضية الأوروبية جان كلود يونكر أمام البرلمان في ستراسبورغ الأربعاء: "
    '"إذا اعتمدنا التضامن بين الدول الأعضاء في الاتحاد، فعلى اللاجئين أن يكونوا مستعدين للتوجه '
    'إلى المكان الذي يحدد لهم".\n\n'
    'وأضاف يونكر: "عندما قلنا لهم إن لوكسمبورغ قريبة من الحدود مع ألمانيا، امتلأت الطائرة '
    'بسرعة كبيرة".\n\n'
    "وتستقبل ألمانيا وحدها نحو 800 ألف طالب لجوء هذا العام بحسب تقديرات الحكومة.\n"
)


def test_a_gap_in_arabic_words_said_never_opens_on_a_verb_in_the_past() -> None:
    """«إذا ____ بين الدول الأعضاء» keyed «اعتمدنا التضامن» and «____ بسرعة كبيرة» keyed
    «امتلأت الطائرة» asked the verb with its noun (set p's reviewers: garbled, both)."""
    questions = generate(REFUGEES_AR, language="ar").questions
    keys = [q.answer[0] for q in questions if q.type == "cloze"]
    assert keys, [(q.prompt, q.answer) for q in questions]
    assert not {"اعتمدنا التضامن", "امتلأت الطائرة"} & set(keys), keys


TRIAL_AR = (
    "تأجيل محاكمة المتهم\n\n"
    "قررت محكمة الجنايات تأجيل محاكمة المتهم إلى جلسة 12 مارس المقبل.\n\n"
    "وفي تصريحات خاصة لـ القاهرة 24، أكد محمد علي، محامي إحدى الضحايا، أن الأسرة متمسكة "
    "بمطالبها.\n\n"
    "وكانت المحكمة قد قضت بإعدام المتهم في أكتوبر الماضي بعد أن أدانته بقتل 3 أشخاص.\n"
)


def test_the_outlet_someone_spoke_to_is_no_gap_nor_is_its_number() -> None:
    """«في تصريحات خاصة لـ القاهرة ____» keyed 24: the number in the site's name (set q's
    reviewers, trivial, both); its place word neither."""
    questions = generate(TRIAL_AR, language="ar").questions
    assert any(q.answer[0] == "3" for q in questions if q.type == "cloze")
    asked = [q.answer[0] for q in questions if q.type in ("cloze", "short")]
    assert "24" not in asked and "القاهرة" not in asked, asked


UNION_EN = (
    "Union warns over factory job losses\n\n"
    "Up to 120 jobs are at risk at a cable factory in Saltney after the owner announced plans to "
    "move production to Poland by March next year.\n\n"
    'Unite regional officer Brian Troake said: "Our members in Saltney deserve better treatment '
    'from the company, which appears to be moving this work abroad to cut costs."\n\n'
    '"We will fight for every one of these jobs and we have asked for an urgent meeting with the '
    'management," Troake added.\n\n'
    'He said: "We would encourage the owners to work with the Welsh Government to explore every '
    'avenue to keep the plant open."\n\n'
    "Local Senedd member Carolyn Thomas said: "
    '"This is devastating news for families across the area."\n\n'
    "A consultation with staff will last 45 days, the firm said.\n"
)


def test_a_name_typed_again_is_rated_so_and_never_a_third_time() -> None:
    """Three typed "Who said …?" keyed "Brian Troake" in a short list: reviewers took 41% of
    second ones and 27% of third ones (set r: "a third 'who said' for Troake, repeating
    question 5")."""
    questions = generate(UNION_EN, language="en").questions
    troake = [q for q in questions if q.category == "attribution" and q.answer[0] == "Brian Troake"]
    assert len(troake) == 2, [(q.prompt, q.answer) for q in questions]
    assert troake[0].confidence > 0.6 and troake[1].confidence <= 0.41
    assert any(q.answer[0] == "Carolyn Thomas" for q in questions if q.category == "attribution")


def test_an_adverb_after_and_is_no_subject_of_a_count_question() -> None:
    text = (
        "Factory to close\n\n"
        "Up to 120 jobs are at risk at a cable factory in Saltney, the owner said on Monday.\n\n"
        "The factory opened in 1964 and once employed 900 people, the company said in a "
        "statement.\n\n"
        "A consultation with staff will last 45 days, the firm said.\n"
    )
    questions = generate(text, language="en").questions
    assert not any("by once" in q.prompt for q in questions), [q.prompt for q in questions]
    assert any(q.answer[0] == "900" for q in questions if q.category == "number")


# Set s (nineteen fresh articles judged blind on b27baac, then read): the shapes both reviewers of
# an article rejected.

SCHOOL_AR = (
    "افتتاح مدرسة جديدة في قرية الشيخ\n\n"
    "افتتح اللواء خالد فودة محافظ المنيا، اليوم الأحد، مدرسة النور الابتدائية بقرية الشيخ، "
    "ضمن خطة المحافظة لبناء المدارس الجديدة.\n\n"
    "رافق المحافظ خلال الافتتاح الدكتور سامي نصر، رئيس مركز ومدينة ملوي، وهاني عادل، وكيل "
    "وزارة التربية والتعليم بالمنيا، والمهندس كريم عبد الحميد، مدير عام هيئة الأبنية التعليمية "
    "بالمحافظة.\n\n"
    "وتضم المدرسة 18 فصلا دراسيا وتتسع لنحو 700 طالب.\n"
)


def test_a_title_joined_by_and_is_no_part_of_the_name_listed_after_it() -> None:
    """«…، والمهندس كريم عبد الحميد، مدير عام …» was read as the person «والمهندس كريم عبد
    الحميد», offered so as a choice and asked «ما منصب والمهندس …؟» (set s: garbled, both)."""
    doc = parse(SCHOOL_AR, "ar")
    mentions.spot(doc)
    assert "كريم عبد الحميد" in doc.people, list(doc.people)
    questions = generate(SCHOOL_AR, language="ar").questions
    printed = [q.prompt + " ".join(q.choices or []) for q in questions]
    assert not any("والمهندس" in text for text in printed), printed


POISONING_AR = (
    "تسمم جماعي في مطعم\n\n"
    "استقبلت مستشفيات جازان 40 حالة تسمم غذائي بعد تناول وجبات في مطعم واحد.\n\n"
    "وأوضح الناطق الإعلامي بصحة جازان سلمان القرني ، بأن مستشفى جازان العام استقبل 40 حالة.\n\n"
    "وقال مدير عام الصحة الدكتور ناصر القحطاني إن المطعم أغلق لمدة أسبوع.\n"
)


def test_an_adjective_after_a_role_is_no_title_a_name_follows() -> None:
    """«الناطق الإعلامي بصحة جازان جبريل القبي»: «الإعلامي» says what kind of spokesman, and
    «بصحة جازان جبريل» was offered as a person (set s: garbled, both)."""
    doc = parse(POISONING_AR, "ar")
    mentions.spot(doc)
    assert not any(name.startswith("بصحة") for name in doc.people), list(doc.people)


COURT_AR = (
    "سقوط حق مستأنف في قضية سرقة\n\n"
    "حكمت محكمة الاستئناف العليا أمس، برئاسة المستشار سالم الدوسري وأمانة السر فيصل العنزي، "
    "بسقوط الحق في استئناف شاب مدان بالسجن 5 سنوات في قضية سرقة.\n\n"
    "وكانت محكمة أول درجة قضت بحبسه 5 سنوات، فطعن على الحكم أمام المحكمة العليا.\n"
)


def test_a_role_never_runs_over_another_persons_name() -> None:
    """«برئاسة المستشار عيسى الكعبي وأمانة السر نواف خلفان» was asked «من هو المستشار عيسى
    الكعبي وأمانة السر؟» (set s: garbled, both)."""
    doc = parse(COURT_AR, "ar")
    mentions.spot(doc)
    roles = [role for person in doc.people.values() for role in person.roles]
    assert not any("الدوسري" in role for role in roles), roles


def test_a_sum_with_its_scale_word_in_the_gap_is_not_answered_by_the_bare_number() -> None:
    """ "budgeted at ____ escudos" keyed "1 billion" also took "1" (set s: wrong key, both)."""
    text = (
        "Drought plan funded\n\n"
        "The government has set aside funding for farmers hit by the drought, the minister said "
        "on Wednesday.\n\n"
        "The total funding budgeted for the plan is 3 billion escudos, and the first payments "
        "will reach 2,000 farmers in March, Agriculture Minister Paulo Fortes said.\n"
    )
    gaps = [q for q in generate(text, language="en").questions if q.category == "number"]
    sums = [q for q in gaps if q.answer[0].startswith("3 billion")]
    assert sums, [(q.prompt, q.answer) for q in gaps]
    assert grade(sums[0], "3 billion").correct and grade(sums[0], "3 billion escudos").correct
    assert not grade(sums[0], "3").correct


LEAGUE_AR = (
    "التعاون يتعادل مع الفيحاء\n\n"
    "تعادل التعاون مع الفيحاء 1-1 اليوم السبت في الجولة الخامسة عشرة من الدوري.\n\n"
    "ويملك التعاون 24 نقطة من 15 مباراة في المركز الرابع.\n\n"
    "ويتصدر النصر المسابقة برصيد 35 نقطة، بفارق أربع نقاط عن الاتحاد.\n"
)


def test_a_count_after_a_noun_with_bi_asks_with_that_noun_first() -> None:
    """«ويتصدر الهلال المسابقة برصيد 29 نقطة» was asked «كم نقطة يتصدر الهلال المسابقة
    برصيد؟», «برصيد» left hanging (set s: garbled, both)."""
    prompts = [q.prompt for q in generate(LEAGUE_AR, language="ar").questions]
    assert not any(p.endswith("برصيد؟") for p in prompts), prompts
    assert "برصيد كم نقطة يتصدر النصر المسابقة؟" in prompts, prompts


SCHOOL_VISIT_AR = (
    "افتتاح أول مدرسة في المدينة الجديدة\n\n"
    'وقال مدير التعليم خالد سليم في مداخلة هاتفية في برنامج " 90 دقيقة " المذاع على قناة '
    '" المحور "، إن المدرسة تضم 28 فصلا وتقع على مساحة 7500 متر.\n\n'
    'وأضاف: "المدرسة صرح تعليمي كبير ومتميز وهذا الأمر نقلة في مدارس المدينة".\n'
)


def test_a_programmes_number_and_two_adjectives_across_and_are_no_gaps() -> None:
    """«في برنامج " ____ دقيقة "» keyed 90 (a programme's name) and «صرح تعليمي ____» keyed
    «كبير ومتميز» (two adjectives across «و»): set s, trivial and garbled, both reviewers."""
    keys = _keys(SCHOOL_VISIT_AR, "ar")
    assert "28" in keys, keys
    assert "90" not in keys and "كبير ومتميز" not in keys, keys


RESULTS_EN = (
    "Cisco beats expectations\n\n"
    "Cisco Systems has reported higher-than-expected profits for its fiscal third quarter.\n\n"
    "For the three months ended April 27th, Cisco earned $729 million, or 10 cents a share, "
    "compared with a loss a year earlier.\n\n"
    "Shares of Cisco rose nearly 10 per cent in after-hours trading, chief executive John "
    "Chambers said.\n"
)


def test_a_reporting_period_and_the_company_the_title_names_are_no_gaps() -> None:
    """ "For the ____ months ended …" keyed "three" and "____ has reported …" keyed "Cisco
    Systems" under "Cisco beats …" (set s: trivial, both)."""
    keys = _keys(RESULTS_EN, "en")
    assert "729 million" in keys, keys
    assert "three" not in keys and "Cisco Systems" not in keys, keys


def test_a_quotations_first_word_after_a_single_mark_is_no_name() -> None:
    """ "somebody said 'Tell the fat cow to …'" asked "Tell" as a name (set s: trivial)."""
    text = (
        "Man jailed for insulting court clerk\n\n"
        "A man was jailed for 14 days at Teesside Crown Court on Monday.\n\n"
        "Daniel Reed told the court: \"As we were leaving, somebody said 'Tell the clerk to go "
        "away'. I did not say that.\"\n"
    )
    keys = _keys(text, "en")
    assert "Tell" not in keys, keys


def test_a_feminine_noun_and_its_adjective_are_no_speaker() -> None:
    """«أفادت نشرية خاصة لمصالح الأرصاد الجوية» took «نشرية خاصة» for a person and asked it
    (set s: trivial, both)."""
    text = (
        "أمطار غزيرة على عدة ولايات\n\n"
        "أفادت نشرية خاصة لمصالح الأرصاد الجوية، بسقوط أمطار غزيرة بداية من مساء اليوم الجمعة "
        "على ولايات الغرب.\n\n"
        "وتتراوح كميات الأمطار بين 20 و30 ملم، وقد تصل إلى 50 ملم على المناطق الساحلية.\n"
    )
    questions = generate(text, language="ar").questions
    assert not any("نشرية خاصة" in str(q.answer) for q in questions), questions


# Set t (nineteen fresh articles judged blind on 80b4909, then read).


def test_a_denial_after_a_spokesmans_name_is_no_part_of_it() -> None:
    """«وأكد المتحدث الرسمى للوزارة حمدى عبد العزيز عدم صحة ما نشر» keyed the spokesman
    «حمدى عبد العزيز عدم» ("the non-"), and the gaps beside it hid the denial with him (set t:
    wrong key and garbled, both reviewers); «بنزين 80 واستبداله» took «80 واستبداله»."""
    text = (
        "الوزارة تنفي زيادة أسعار الوقود\n\n"
        "نفت وزارة البترول أي نية لزيادة أسعار الوقود، وأكد المتحدث الرسمي للوزارة سامي عبد "
        "الكريم عدم صحة ما نشر عن إلغاء بنزين 80 واستبداله ببنزين 92.\n\n"
        "وأضاف أن الوزارة ستوفر 12 مليون لتر إضافية خلال الشهر المقبل.\n"
    )
    questions = generate(text, language="ar").questions
    keys = [a for q in questions if isinstance(q.answer, list) for a in q.answer]
    assert "سامي عبد الكريم" in keys, [(q.prompt, q.answer) for q in questions]
    assert not any("عدم" in key or "واستبداله" in key for key in keys), keys


def test_a_key_takes_its_noun_without_a_word_of_time_a_centre_or_a_stage() -> None:
    """«الأمطار الأخيرة», «وسط القاهرة», «مرحلة التباطؤ» marked «الأمطار», «القاهرة»,
    «التباطؤ» wrong (set t: over-long keys)."""
    from studyapp.domain.generation.keys import framed_forms, plain_forms

    assert "الأمطار" in plain_forms("الأمطار الأخيرة")
    assert "القاهرة" in plain_forms("وسط القاهرة")
    assert framed_forms("مرحلة التباطؤ", "") == ["التباطؤ"]
    assert plain_forms("الطاقة الشمسية") == []  # an adjective that says what it is stays


def test_a_street_or_a_shop_before_said_is_no_speaker() -> None:
    """ "residents living in Robinia Crescent said …" asked "Who said …?" keyed "Robinia
    Crescent", and "said Village Market customer …" gave a shopper's words to the shop (set t:
    wrong key, both)."""
    text = (
        "Flats plan approved\n\n"
        "Councillors approved plans for 34 homes in Leyton on Tuesday.\n\n"
        "But residents living in Maple Crescent said they feel the development is too large.\n\n"
        '"It looks awful," said Councillor Bob Sutton.\n\n'
        '"I heard it was because of the rent," said Corner Market customer Ann Mills.\n'
    )
    doc = parse(text, "en")
    mentions.spot(doc)
    assert "Maple Crescent" not in doc.people and "Corner Market" not in doc.people
    questions = generate(text, language="en").questions
    assert not any(
        q.category == "attribution" and str(q.answer[0]) in ("Maple Crescent", "Corner Market")
        for q in questions
    ), [(q.prompt, q.answer) for q in questions]


def test_no_gap_on_a_line_to_call_nor_on_a_speakers_turn_of_phrase() -> None:
    """ "you can call ____ anonymously on 0800 555 111" keyed "Crimestoppers"; "Complete what
    John Belsey said: '… it's a ____'" keyed "fantastic place" (set t: trivial, both)."""
    text = (
        "Police appeal after crash\n\n"
        "A man was injured in a crash on the M1 near Watford on Sunday, December 8.\n\n"
        'PC Emma Alston said: "We are keen to hear from anyone who saw a white car before the '
        'crash. It is a fantastic place to walk, and the road is usually quiet."\n\n'
        "Alternatively you can call Crimestoppers anonymously on 0800 555 111.\n"
    )
    keys = _keys(text, "en")
    assert "Crimestoppers" not in keys, keys
    reserve = (
        "Rare bird seen\n\n"
        "A rare bird was seen at a nature reserve near Droitwich on Monday, the first since "
        "1965.\n\n"
        'Reserve warden John Belsey said: "There is a large group of volunteers that help to '
        "manage the reserve to ensure it remains a fantastic place for birds and other "
        'wildlife."\n'
    )
    keys = _keys(reserve, "en")
    assert "1965" in keys and "fantastic place" not in keys, keys


# Set u (nineteen fresh articles judged blind on fd4b866, then read).


def test_a_preposition_set_apart_is_no_word_of_a_name() -> None:
    """«واضاف مدير ميناء سفاجا البحرى ل انفراد ان …» asked «من قال …؟» keyed «ل انفراد», the
    paper he told (set u: wrong key, both)."""
    text = (
        "وصول شحنة قمح إلى الميناء\n\n"
        "استقبل ميناء سفاجا البحري اليوم السفينة وادي النيل وعلى متنها 63 ألف طن قمح.\n\n"
        "وقال مدير الميناء أحمد سالم ل انفراد إن الشحنة وصلت في موعدها.\n\n"
        "وأضاف أن صوامع الميناء تتسع لنحو 100 ألف طن.\n"
    )
    keys = [a for q in generate(text, language="ar").questions for a in q.answer]
    assert "أحمد سالم" in keys, keys
    assert not any(k.startswith("ل ") or k.endswith(" ل") for k in keys), keys


def test_a_relative_that_after_one_opens_no_words_said() -> None:
    """ "Boone said the new MRI replaces one that dates to 2004" was asked "Who said that dates
    to 2004 …?" (set u: garbled, both)."""
    text = (
        "New MRI for hospital\n\n"
        "A new MRI machine has arrived at the regional hospital, officials said on Monday.\n\n"
        "Greg Boone, a spokesman for the health authority, said the new MRI replaces one that "
        "dates to 2004 and will be faster.\n\n"
        "Amanda Grant, a company spokesperson, said the old machine had failed twice.\n"
    )
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert not any(p.startswith("Who said that dates") for p in prompts), prompts


def test_a_surname_the_article_misspells_accepts_the_name_it_gave_first() -> None:
    """ "Amanda Gintoft, a company spokesperson, said …" then "said Ginhoft": the gap keyed
    "Ginhoft" marked "Gintoft" wrong (set u: wrong key, both)."""
    text = (
        "Scanner broken again\n\n"
        "The hospital's new scanner broke down on Friday, its second fault in three months.\n\n"
        "Amanda Gintoft, a company spokesperson, said the problem involved the magnet.\n\n"
        '"It is the most complicated piece of imaging equipment," said Ginhoft.\n'
    )
    questions = generate(text, language="en").questions
    gaps = [q for q in questions if q.type == "cloze" and q.answer[0] == "Ginhoft"]
    assert gaps, [(q.prompt, q.answer) for q in questions]
    assert grade(gaps[0], "Gintoft").correct and grade(gaps[0], "Amanda Gintoft").correct


def test_no_gap_on_round_the_clock_numbers_nor_on_a_streets_first_word() -> None:
    """ "on call 24 hours a day, seven days a week" gave two gaps, and "Duckworth, of ____
    Street, Burnley" was keyed "May" as a month (set u: trivial, both)."""
    text = (
        "Gritters ready for winter\n\n"
        "The council has 14 gritters and more than 6,000 tonnes of salt ready for winter.\n\n"
        'Coun Joe Blackham said: "We have a fantastic team of staff who are on call 24 hours a '
        'day, seven days a week over the winter."\n\n'
        "Michael Reed, of May Street, Burnley, was fined £200 in January for parking on a "
        "gritting route.\n"
    )
    keys = _keys(text, "en")
    assert "6,000" in keys, keys
    assert not {"24", "seven", "May"} & set(keys), keys


# Set v (nineteen fresh articles judged blind on 9a9df49, then read).

COURT_EN = (
    "Burglar jailed\n\n"
    "John Ferguson, 28, of Dene Street, Sunderland, was jailed for 876 days at Newcastle Crown "
    "Court on Monday.\n\n"
    "He was spotted trying door handles on Southwick Road in April.\n\n"
    'Jason Smith, defending, said: "He was promised the world and left homeless."\n\n'
    "Mr Recorder Toby Hedworth KC said Ferguson is in an established pattern of offending.\n"
)


def test_a_defendants_street_and_the_courts_form_of_address_are_not_asked() -> None:
    """ "Ferguson, 28, of ____, Sunderland" keyed "Dene Street" (trivial) and "Who is the Mr
    Recorder?" (garbled): set v, both reviewers."""
    questions = generate(COURT_EN, language="en").questions
    keys = [str(q.answer[0] if isinstance(q.answer, list) else q.answer) for q in questions]
    assert "876" in keys, keys
    assert "Dene Street" not in keys, keys
    assert not any("Mr Recorder" in q.prompt for q in questions), [q.prompt for q in questions]


def test_someone_who_was_told_is_no_speaker() -> None:
    """ "Craig Arthur was eventually told that his application … had been successful" was asked
    "Who said that his application …?" keyed "Craig Arthur" (set v: wrong key, both)."""
    text = (
        "Results day at the academy\n\n"
        "Pupils at the academy collected their A-level results on Thursday.\n\n"
        "Craig Arthur was eventually told that his application to study film at Leeds had been "
        "successful.\n\n"
        '"The results are really positive," said head teacher John Hart.\n\n'
        '"I was nervous when I read the letter," said pupil Zara Khan.\n'
    )
    questions = generate(text, language="en").questions
    assert not any(q.category == "attribution" and "application" in q.prompt for q in questions), [
        (q.prompt, q.answer) for q in questions
    ]


def test_two_streets_joined_by_and_are_not_one_gap() -> None:
    """ "a link from ____ to the centre of Acomb" keyed "Beckfield Lane and Boroughbridge Road"
    (set w: garbled, both reviewers), which a street's kind read as a body's word had made."""
    text = (
        "Passengers to quiz bus chiefs\n\n"
        "Residents will quiz bus company managers at the next meeting of the Acomb Ward "
        "committee.\n\n"
        "The 16a service, which linked Acomb and Monks Cross, was axed by the bus company last "
        "autumn.\n\n"
        "But commercial manager Peter Edwards said the service kept missing its timetable.\n\n"
        'Mr Edwards said: "The original intention of the service was to provide a link from '
        "Beckfield Lane and Boroughbridge Road to the centre of Acomb.\n\n"
        '"That is what people asked for and that is what we gave them."\n'
    )
    keys = _keys(text, "en")
    assert not any(" and " in key and "Road" in key for key in keys), keys
