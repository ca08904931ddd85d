# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Speakers in Arabic news: a role before the name, a role alone, a verb far from what is said,
and several things said in one sentence."""

import pytest

from studyapp.domain.generation import document, generate, mentions, propose, quotes, roles


def _said(text: str) -> list[tuple[str, str]]:
    doc = document.parse(text, "ar", None)
    mentions.spot(doc)
    return [(a.speaker.name, a.statement) for a in quotes.find(doc)]


MINISTER_AR = """الوزارة تستعد للعام الدراسي

أكد وزير الصحة الدكتور سامي بن خالد العتيبي أن جميع المستشفيات استكملت استعداداتها لاستقبال المرضى في الشتاء.

وذكر الوزير في حوار خاص لإذاعة المدينة أنه سيتم افتتاح ثلاثة مستشفيات جديدة في الربيع المقبل.
"""


def test_a_speaker_named_after_his_role_and_then_by_role_alone_is_found():
    said = _said(MINISTER_AR)
    assert (
        "سامي بن خالد العتيبي",
        "جميع المستشفيات استكملت استعداداتها لاستقبال المرضى في الشتاء",
    ) in said
    assert any(who == "سامي بن خالد العتيبي" and "ثلاثة مستشفيات" in what for who, what in said), (
        said
    )


TWO_THINGS_AR = """اتفاق في المدينة

أشار وزير النقل كريم الهاشمي، إلى أنه “تم تشكيل فريق عمل من الجهات الحكومية لإصلاح الطرق”، مؤكداً أن “الحكومة استجابت لمطالب السكان في الأحياء الشرقية”.

وأضاف خلال مداخلة هاتفية مع الإعلامي سالم يوسف على قناة المدينة، أنه يوم الأحد الماضي أعلن أحد المهندسين عدم جاهزية الجسر.
"""


def test_each_thing_said_in_one_sentence_is_its_own_statement_of_the_same_speaker():
    said = _said(TWO_THINGS_AR)
    assert ("كريم الهاشمي", "تم تشكيل فريق عمل من الجهات الحكومية لإصلاح الطرق") in said
    assert ("كريم الهاشمي", "الحكومة استجابت لمطالب السكان في الأحياء الشرقية") in said


def test_a_verb_of_saying_followed_by_where_it_was_said_keeps_the_last_speaker():
    said = _said(TWO_THINGS_AR)
    assert any(who == "كريم الهاشمي" and "عدم جاهزية الجسر" in what for who, what in said), said


NAMED_AR = """إطلاق قمر صناعي

أعلن الدكتور منير الحداد الرئيس التنفيذي لوكالة الفضاء، إطلاق القمر غدا بعد اجتماع يسمى "اجتماع ما قبل الإطلاق" مع كل الفنيين.
"""


def test_a_quoted_name_is_not_asked_as_something_the_speaker_said():
    questions = generate(
        NAMED_AR + "\nوقال سالم يوسف إن الطقس مناسب للإطلاق في موعده.\n", language="ar"
    ).questions
    asked = [q.prompt for q in questions if q.category == "attribution"]
    assert not any("من قال" in p and "اجتماع ما قبل" in p for p in asked), asked


BODIES_AR = """شركات السيارات تواجه ارتفاع التكاليف

قالت شركة السيارات الكهربائية "فولتا" إن الحرب تزيد من ضغوط سلسلة التوريد وتكاليفها في المصانع.

وأضافت: "كانت هناك زيادات كبيرة جدًا في الأشهر الأخيرة على صعيد تكلفة المعادن الرئيسية مثل الليثيوم والنيكل".

وقالت وزارة الصناعة إن المصانع المحلية ستحصل على دعم إضافي خلال العام المقبل لتغطية التكاليف.

وقال المحلل سامي بن خالد العتيبي إن الأسعار سترتفع بنسبة 10 في المئة خلال الربع الثالث.
"""


def test_a_company_that_issues_a_statement_is_asked_as_a_body_not_a_person():
    said = _said(BODIES_AR)
    assert ("فولتا", "الحرب تزيد من ضغوط سلسلة التوريد وتكاليفها في المصانع") in said
    assert any(who == "فولتا" and "المعادن الرئيسية" in what for who, what in said), said
    questions = generate(BODIES_AR, language="ar").questions
    about_volta = [q for q in questions if q.category == "attribution" and "ضغوط سلسلة" in q.prompt]
    assert about_volta and all("بحسب أي جهة" in q.prompt for q in about_volta)
    assert not any("فولتا" in (q.choices or []) for q in questions if q.prompt.startswith("من قال"))


RELATIVE_AR = """ماسك يوافق على تعليق

وقال وزير النقل كريم الهاشمي إن المدن تحتاج إلى استثمارات كبيرة.

وافق الهاشمي على تعليق أحد المستخدمين، والذي أشار إلى أن “الشوارع الآمنة هي مجرد متطلب أساسي” لجذب الأعمال.
"""


def test_words_said_in_a_relative_clause_are_not_given_to_the_last_speaker():
    assert not any("الشوارع الآمنة" in what for _, what in _said(RELATIVE_AR))


TITLE_EN = """Leaders meet on rural programme

Spokesperson Maria Delgado said the meeting reviewed the first phase of the programme.

President Okafor emphasized the need for rigorous follow-up. He underscored that finishing the projects on time is a national priority for the rural communities.
"""


def test_a_president_known_by_surname_who_underscored_something_is_its_speaker():
    doc = document.parse(TITLE_EN, "en", None)
    mentions.spot(doc)
    said = [(a.speaker.name, a.statement) for a in quotes.find(doc)]
    assert any(who == "Okafor" and "national priority" in what for who, what in said), said
    # "emphasized the need for …" names a need, not a statement to ask about
    assert not any(what.startswith("the need") for _, what in said), said


WELLS_AR = """الآبار في الصحراء

قال وزير الري كريم الهاشمي إن عدد العاملين في الآبار يبلغ 60 شخصا يعملون ليلا ونهارا في المشروع.

وأضاف أن هناك آبارا جاهزة للاستزراع بالمرحلة الأولى من المشروع.
"""


def test_what_the_only_speaker_said_is_not_gapped_on_a_lone_word_or_a_unit():
    questions = generate(WELLS_AR, language="ar").questions
    gaps = [q.answer[0] for q in questions if q.category == "attribution" and q.type == "cloze"]
    assert not {"شخصا", "المشروع", "الاستزراع"} & set(gaps), gaps


def test_a_participle_after_a_time_clause_keeps_the_sentence_speaker():
    text = MINISTER_AR.replace(
        "في الربيع المقبل.",
        "في الربيع المقبل في المدن الشمالية والجنوبية والشرقية والغربية من المملكة بعد انتهاء أعمال البناء والتجهيز والتأثيث الكاملة لجميع الأقسام والعيادات الخارجية، مؤكدا بعد أن تمنى لكل العاملين التوفيق، أن هناك برامج لتدريب الأطباء بما يتناسب مع احتياجات سوق العمل.",
    )
    said = _said(text)
    assert any(who == "سامي بن خالد العتيبي" and "سوق العمل" in what for who, what in said), said
    assert not any(what.startswith("تمنى") for _, what in said), said


def test_what_a_speaker_said_is_not_gapped_across_an_idiom():
    text = """المياه تعود إلى القرى

قال وزير الري كريم الهاشمي إنه تم تشغيل الشبكة لخدمة القرى إلى حين الانتهاء من إصلاحات الخط الناقل.
"""
    questions = generate(text, language="ar").questions
    gaps = [q.answer[0] for q in questions if q.category == "attribution" and q.type == "cloze"]
    assert "حين الانتهاء" not in gaps, gaps


def test_a_quoted_channel_name_does_not_open_what_was_said():
    text = """نقص الرقائق

وقالت وزيرة التجارة سارة يوسف لشبكة "سي ان ان" قبل أن تقود اجتماعا في القصر مع مصنعي الرقائق "إنها مشكلة كبيرة".
"""
    said = _said(text)
    assert said and all(not what.startswith("ان") and "قبل" not in what for _, what in said), said


def test_a_long_statement_of_clauses_still_gets_a_gap():
    text = """المدارس تستعد

أكد وزير التعليم الدكتور سامي بن خالد العتيبي أن هناك الكثير من المشروعات والبرامج التطويرية التي أطلقتها الوزارة واستهدفت ليس فقط توظيف العديد من الخريجين في مختلف التخصصات وتدريب نحو أربعة آلاف معلم ومعلمة في المدارس الحكومية والخاصة، وإنما النهوض بالعملية التعليمية برمتها ورفع مستوى الأداء بها وزيادة فعاليتها بما يتناسب مع احتياجات سوق العمل ورؤية المملكة المستقبلية.
"""
    questions = propose(text, language="ar").questions
    assert any(q.category == "attribution" and q.type == "cloze" for q in questions)


def test_what_a_speaker_said_is_not_gapped_on_a_weekday_the_date_questions_ask():
    text = """المياه تعود إلى القرى

قال وزير الري كريم الهاشمي إن اليوم الأحد سيشهد تشغيل الشبكة في القرى الشمالية بعد إصلاح الخط.
"""
    questions = generate(text, language="ar").questions
    gaps = [q.answer[0] for q in questions if q.category == "attribution" and q.type == "cloze"]
    assert not any("الأحد" in g for g in gaps), gaps


def test_the_head_of_a_long_phrase_is_gapped_not_a_verb_and_its_subject():
    text = """مشروع الاستصلاح

قال وزير الري كريم الهاشمي إن المشروع يمثل ضرورة ملحة لتعويض ما يتم فقده من الأراضي كل عام.

وأضاف أن الحكومة استجابت لنداء المزارعين في القرى الشمالية خلال الموسم الماضي.
"""
    # The gaps proposed: a pasted Arabic article then does not offer «ضرورة ملحة», a noun and
    # its adjective in someone's words (calibration.offered), but the head is what is gapped.
    questions = propose(text, language="ar").questions
    gaps = [q.answer[0] for q in questions if q.category == "attribution" and q.type == "cloze"]
    assert "ضرورة ملحة" in gaps, gaps
    assert "الحكومة استجابت" not in gaps, gaps


def test_a_participles_speaker_is_the_subject_role_not_the_player_it_speaks_of():
    from studyapp.domain.generation import generate

    text = (
        "المدربان بعد المباراة\n\n"
        "أعرب سعد الشهري، مدرب فريق الاتفاق، عن رضاه عن أداء فريقه بعد الفوز.\n\n"
        "كما تناول المدرب إصابة اللاعب عثمان ديمبيلي، مشيرًا إلى أن الإصابة في منطقة الوتر وأن الفريق ينتظر التشخيص.\n\n"
        "من جهة أخرى، عبر ستيبان توماس، مدرب الأخدود، عن خيبة أمله مؤكدًا أن الفريق لم يظهر بالشراسة المطلوبة.\n"
    )
    said = [
        q
        for q in generate(text, language="ar").questions
        if "الوتر" in q.prompt and q.category == "attribution"
    ]
    assert said and all("عثمان ديمبيلي" not in str(q.answer) for q in said)
    assert all(q.answer in ("سعد الشهري", ["سعد الشهري"]) or "سعد الشهري" in q.prompt for q in said)


def test_a_company_that_speaks_is_never_offered_banks_of_another_field():
    from studyapp.domain.generation import generate

    text = (
        "شركة سيارات تخفض توقعاتها\n\n"
        "وقالت شركة ريفيان في بيان إن الحرب الروسية الأوكرانية تزيد من ضغوطات سلسلة التوريد وتكاليفها.\n\n"
        "وخفضت الشركة توقعاتها للإنتاج إلى 25 ألف سيارة هذا العام.\n"
    )
    body = [
        q for q in generate(text, language="ar").questions if q.prompt.startswith("بحسب أي جهة")
    ]
    banks = {"مورغان ستانلي", "جي بي مورغان", "سيتي غروب", "بنك أوف أمريكا"}
    assert all(not banks & set(q.choices or []) for q in body)


def test_where_someone_spoke_is_a_place_the_sentence_puts_them_in_not_a_channels_name():
    from studyapp.domain.generation import propose

    on_air = (
        "إطلاق القمر الصناعي\n\n"
        "وقال محمد القوصي خلال مداخلة هاتفية على قناة أم بي سي مصر إن جميع الفنيين جاهزون للإطلاق غدا.\n"
    )
    in_town = (
        "مراكز البيانات\n\n"
        "وقالت سارة فريار في مؤتمر للمستثمرين في سان فرانسيسكو إن الشركة ستبني مراكزها الخاصة.\n"
    )
    # Drafted, whatever the rank: a place gap of the sentence may ask the same city before it.
    where = [
        q for q in propose(on_air, language="ar").questions if q.prompt.startswith("في أي مكان")
    ]
    assert not where
    where = [
        q for q in propose(in_town, language="ar").questions if q.prompt.startswith("في أي مكان")
    ]
    assert [q.answer for q in where] == ["سان فرانسيسكو"]


def test_stressed_that_is_no_speaker_named_ali():
    """«وشدّد على أن …»: «على» folds like the name «علي»; a held-out review found «أكمل ما قاله
    على: …» made of it. «وقال علي إن …» still names Ali."""
    from studyapp.domain.generation import generate

    stressed = (
        "الإصلاح الديني\n\n"
        "قدّم الراهب في كتابه فكرة جديدة عن الصلاة، وشدّد على أن الصلاة نعمة تجب مقابلتها "
        "بالشكر من قبل كامل الجماعة في كل صباح.\n"
    )
    said = "اجتماع المجلس\n\nوقال علي إن المجلس سيجتمع غدا لمناقشة خطة المياه الجديدة في المدينة.\n"
    prompts = [q.prompt for q in generate(stressed, language="ar").questions]
    assert not any("قاله على" in p or "قاله علي" in p for p in prompts), prompts
    assert "علي" in document_people(said)


def document_people(text: str) -> list[str]:
    from studyapp.domain.generation import document, mentions

    doc = document.parse(text, "ar", None)
    mentions.spot(doc)
    return list(doc.people)


def test_names_joined_by_and_after_a_verb_are_a_list_not_one_persons_name():
    """«اعترف أنام وبورما وشامبا بهيمنة المغول»: three states, once taken for one person whose
    "surname" «وشامبا» was accepted as the whole answer. «وليد» is a name of its own."""
    states = "الدول المجاورة\n\nاعترف أنام وبورما وشامبا بهيمنة المغول وأقاموا علاقات معهم.\n"
    assert document_people(states) == []
    walid = "اجتماع المجلس\n\nوقال محمد وليد إن المجلس سيجتمع غدا لمناقشة خطة المياه.\n"
    assert document_people(walid) == ["محمد وليد"]


DAVOS_AR = """المملكة تعرض خططها للذكاء الاصطناعي

قال وزير الاتصالات وتقنية المعلومات م. خالد بن سعد الراشد، اليوم، إن ولي العهد رئيس مجلس الوزراء الأمير فيصل بن ناصر لديه خطة جديدة للذكاء الاصطناعي سيعلنها قريبا.

وأضاف الراشد أن المملكة تعمل على بناء مراكز بيانات كبيرة في المنطقة الشرقية.

وأشار إلى أن المملكة طورت ابتكارات طبية باستخدام الروبوت في العمليات الجراحية.
"""


def test_an_engineer_written_mim_dot_is_named_with_his_whole_role():
    """«م.» stands for «المهندس» before a name; «وتقنية المعلومات» goes on with the ministry's
    name. The minister speaks throughout, not the crown prince his first sentence names."""
    said = _said(DAVOS_AR)
    speakers = {name for name, _ in said}
    assert speakers == {"خالد بن سعد الراشد"}, said
    prompts = {q.prompt: q.answer for q in generate(DAVOS_AR, language="ar").questions}
    minister = prompts.get("من هو وزير الاتصالات وتقنية المعلومات؟")
    assert minister is not None and minister[0] == "خالد بن سعد الراشد", prompts


RAIN_AR = """الأرصاد تحذر من أمطار رعدية

القاهرة - كتبت سلمى فؤاد - أكدت الدكتورة هبة يوسف، عضو المركز الإعلامي بهيئة الأرصاد، أن البلاد تتأثر بمنخفض جوي يجلب أمطارا على السواحل الشمالية.

وأضافت يوسف أن درجات الحرارة ستنخفض حتى يوم الخميس المقبل.
"""


def test_the_writers_byline_is_no_speaker_and_no_gap():
    """«كتبت سلمى فؤاد -»: the writer of the story, named in its byline, says nothing in it."""
    said = _said(RAIN_AR)
    assert said and all(name == "هبة يوسف" for name, _ in said), said
    questions = generate(RAIN_AR, language="ar").questions
    about_writer = [q.prompt for q in questions if "سلمى فؤاد" in str(q.answer)]
    assert not about_writer, about_writer


EMIR_AR = """أمير المنطقة يدشن مشاريع بلدية

دشن صاحب السمو الملكي الأمير فيصل بن خالد بن سلمان أمير المنطقة الشمالية بمكتب سموه اليوم مشاريع بلدية بقيمة 40 مليون ريال.

وقال سموه خلال التدشين إن "هذه المشاريع تخدم سكان المنطقة وتحسن جودة الحياة فيها".

وأوضح معالي أمين المنطقة الشمالية المهندس ماجد بن سعد الحربي بأن “المشاريع تشمل سفلتة الطرق وإنارة الشوارع في المحافظة. وسيتم الانتهاء منها خلال عامين”.

وكتب الحربي على موقعه أن العمل بدأ في عشرة أحياء.
"""


def test_his_highness_and_an_engineer_after_his_lineage_are_named_whole():
    """«الأمير فيصل بن خالد بن سلمان أمير المنطقة الشمالية بمكتب سموه»: the name stops before his
    role, the role before where he is; «وقال سموه» is his. «المهندس ماجد بن سعد الحربي بأن “…»
    keeps the family name after «بن سعد», and the quotation he opens is his though it closes in
    the next sentence. «الحربي على موقعه» is no name."""
    said = _said(EMIR_AR)
    assert (
        "فيصل بن خالد بن سلمان",
        "هذه المشاريع تخدم سكان المنطقة وتحسن جودة الحياة فيها",
    ) in said, said
    assert any(
        name == "ماجد بن سعد الحربي" and statement.startswith("المشاريع تشمل")
        for name, statement in said
    ), said
    assert all("موقعه" not in name for name, _ in said), said
    prompts = {q.prompt: q.answer for q in generate(EMIR_AR, language="ar").questions}
    emir = prompts.get("من هو أمير المنطقة الشمالية؟")
    assert emir is not None and emir[0] == "فيصل بن خالد بن سلمان", prompts


SQUAD_AR = """المنتخب يعلن قائمته للبطولة

أعلن الجهاز الفني للمنتخب اليوم قائمة اللاعبين المشاركين في البطولة العربية.

وضمت القائمة 20 لاعبا، هم خالد النمر، سامي العلي، فيصل الدين حداد، أمين الشمري، ماجد الفارس، يوسف الحسن.

وأشار إلى أن المنتخب يلتقي نظيره العماني مساء يوم الثلاثاء المقبل.
"""


def test_a_given_name_in_a_list_of_players_is_no_role_and_no_speaker():
    """«…، فيصل الدين حداد، أمين الشمري، …»: «أمين» names the next player, not the secretary
    the one before him would be; and none of them says what «وأشار» reports."""
    doc = document.parse(SQUAD_AR, "ar", None)
    mentions.spot(doc)
    assert not any("أمين" in " ".join(p.roles) for p in doc.people.values()), doc.people
    said = _said(SQUAD_AR)
    assert not said, said


PLANT_AR = """افتتاح محطة للطاقة الشمسية

افتتح الدكتور سامي الراشد، رئيس مجلس الوزراء، المرحلة الأولى من مشروع الطاقة الشمسية بقدرة 500 ميجاوات.

وقال المهندس خالد الزهراني، وزير الكهرباء، إن الشبكات جاهزة للربط مع الدول المجاورة.

وقال تيرفي بيلسان، الرئيس التنفيذي لشركة نورد سولار، إن الشركة أوفت بتعهداتها للحكومة.

وتابع أن المشروع يجسد التعاون المثمر بين الشركة والحكومة.
"""


def test_the_chief_executive_is_not_the_prime_minister_nor_the_last_speaker():
    """«الرئيس التنفيذي» shares «رئيس» with «رئيس مجلس الوزراء» and is not him; a chief executive
    the article names by a name no list knows speaks, and the «وتابع» after him is his, not
    the minister's who spoke before."""
    said = _said(PLANT_AR)
    known = ("سامي الراشد", "خالد الزهراني")
    theirs = [(name, words) for name, words in said if "أوفت" in words or "المثمر" in words]
    assert not [pair for pair in theirs if pair[0] in known], said


TOMB_AR = """اكتشاف مقبرة جديدة في الأقصر

وقال رئيس المجلس الأعلى للآثار مصطفى الحكيم إن البعثة عثرت على تابوتين في الموقع.

وكانت وزارة الآثار المصرية قد قالت في وقت سابق، إنها ستعلن تفاصيل كشف جديد يوم السبت.
"""


def test_a_ministry_that_opens_its_clause_before_the_verb_speaks():
    """«وكانت وزارة الآثار المصرية قد قالت …، إنها ستعلن …»: the ministry's words, not those of the
    official quoted before it."""
    said = _said(TOMB_AR)
    announced = [name for name, words in said if "ستعلن" in words]
    assert announced == ["وزارة الآثار المصرية"], said


RIGHTS_AR = """حكم في قضية

قضت المحكمة، الأحد، بالسجن المشدد 15 عاماً على 17 شخصا في القضية.

وكانت النيابة العامة أسندت للمتهمين اقتحام القسم عقب فض اعتصام مؤيدي الرئيس محمد مرسي، في ميدان رابعة.

وتنتقد منظمات حقوقية محلية ودولية ما تقول إنه محاكمات سياسية جماعية في مصر.
"""


def test_what_the_subject_says_is_not_the_last_named_persons():
    """«وتنتقد منظمات حقوقية … ما تقول إنه …» was given to the president the sentence before
    named: «في أي مكان تحدث محمد مرسي؟», though he says nothing in the article."""
    questions = generate(RIGHTS_AR, language="ar").questions
    assert not any(
        "مرسي" in str(q.answer) or "مرسي" in q.prompt
        for q in questions
        if q.category in ("attribution", "place") and q.type != "cloze"
    ), [q.prompt for q in questions]


BRIDGES_AR = """مشروعات الجسور في طرابلس

تفقد وزير المواصلات مشروعات الجسور في المدينة، حيث بلغت نسبة الإنجاز 70 في المئة.

واطلع الوزير على سير العمل ونسب الإنجاز، مؤكدًا ضرورة تسريع وتيرة العمل.

وأشار الوزير إلى أن هذه المشاريع تسهم في تحسين حركة المرور.

وتوقعت وزارة الزراعة وفقا لتقارير زراعية ان يكون موسم الزيتون وفيرا.

وقال وزير التموين الدكتور على مصيلحى إن المخزون يكفي 6 أشهر.
"""


def test_a_preposition_or_a_source_after_a_role_is_no_speaker():
    """«واطلع الوزير على سير العمل» made a minister «على سير», and «وفقا لتقارير زراعية» a
    speaker «لتقارير زراعية»: «بحسب على سير، …» and «بحسب لتقارير زراعية، …» were rejected as
    garbled. «وزير التموين الدكتور على مصيلحى», «علي» as Egyptian papers write it, names him."""
    doc = document.parse(BRIDGES_AR, "ar")
    mentions.spot(doc)
    assert "على سير" not in doc.people and "لتقارير زراعية" not in doc.people, list(doc.people)
    assert "على مصيلحى" in doc.people, list(doc.people)
    prompts = [q.prompt for q in generate(BRIDGES_AR, language="ar").questions]
    assert not any(p.startswith(("بحسب على سير", "بحسب لتقارير")) for p in prompts), prompts


FESTIVAL_AR = """مهرجان التمور

وصل مهرجان التمور إلى نهاية فعالياته، وكان قد افتتحه أمير المنطقة الشرقية سعود بن نايف قبل 20 يوماً.

وكان أمين الأحساء المشرف العام على المهرجان عادل الملحم شدد على نجاح المهرجان بكل المقاييس، مؤكداً أن عدد الزوار تجاوز الربع مليون زائر.
"""


def test_a_speaker_named_before_his_verb_is_not_the_emir_before_him():
    """«… عادل الملحم شدد على نجاح المهرجان …، مؤكداً أن …» gave «بحسب على، …» («على» read as
    a name), and with that mended, the emir the sentence before named."""
    doc = document.parse(FESTIVAL_AR, "ar")
    mentions.spot(doc)
    said = quotes.find(doc)
    assert said and all(a.speaker.name == "عادل الملحم" for a in said), [
        (a.speaker.name, a.statement) for a in said
    ]


SPOKESMAN_AR = """الكهرباء: لا انقطاعات في الصيف

كشف المهندس منصور عبد الغني، المتحدث باسم وزارة الكهرباء، عن استعدادات مكثفة لاستيعاب زيادة الأحمال خلال الصيف المقبل.

وأوضح عبدالغني، خلال مداخلة هاتفية، أن "الشبكة القومية نجحت في تحمل أحمال غير مسبوقة الصيف الماضي".

وشدد عبد الغني على أن "الوزارة تتابع عن كثب معدلات الاستهلاك اليومي خلال فترات الذروة".
"""


def test_one_speaker_spelt_joined_and_apart_and_followed_by_on_that_is_one_speaker():
    """«عبدالغني» is «منصور عبد الغني» spelt joined, and in «وشدد عبد الغني على أن» the
    «على» is the verb's, not a family name: one speaker, so no "who said" is asked."""
    doc = document.parse(SPOKESMAN_AR, "ar")
    mentions.spot(doc)
    assert list(doc.people) == ["منصور عبد الغني"], doc.people
    questions = generate(SPOKESMAN_AR, language="ar").questions
    asked = [q.prompt for q in questions if q.category == "attribution" and q.type != "cloze"]
    assert not asked, asked
    assert not any("عبد الغني على" in q.prompt for q in questions)


GUESTS_AR = """افتتاح معرض الكتاب

افتتحت اليوم فعاليات معرض المدينة للكتاب، بحضور اللواء أركان حرب سامي الدالي، محافظ الإقليم، والدكتور رمزي الحلو، نائب رئيس الجامعة للدراسات العليا.

وعبر الدكتور رمزي الحلو عن سعادته بالمعرض، مؤكدًا حرص فضيلة المفتي على دعمه، مع طرح كتب بأسعار رمزية تبدأ من جنيهين.
"""


def test_a_list_of_guests_gives_each_his_own_role_and_no_phrase_is_a_person():
    """«بحضور اللواء أركان حرب خالد شعيب، محافظ مطروح، والدكتور رمضان الصاوي، نائب …»: «أركان
    حرب» is a staff rank, not the given name «حرب»; the role before «والدكتور» is the guest
    listed before him; «حرص فضيلة» (a style of address follows) and «بأسعار رمزية» (after the
    noun «كتب», books) are nobody."""
    doc = document.parse(GUESTS_AR, "ar")
    mentions.spot(doc)
    roles = {name: set(person.roles) for name, person in doc.people.items()}
    assert roles == {
        "سامي الدالي": {"محافظ الإقليم"},
        "رمزي الحلو": {"نائب رئيس الجامعة للدراسات العليا"},
    }, roles


PATRONS_AR = """المعهد يخرج دفعة جديدة

احتفل معهد المدينة للتقنية بتخريج دفعة جديدة من طلابه برعاية رئيس الجمهورية العماد سليم داود ممثلا بوزير العمل كمال فارس، وحضور رئيس البلدية نادر حبيب ممثلا بالنائب وليد شاكر.

وقال مدير المعهد رامي سعادة إن المعهد خرج 640 طالبا وطالبة من مختلف الأقسام.

وأكد فارس أن الوزارة ستفتح باب التوظيف للخريجين في الربيع المقبل.
"""


def test_who_stood_in_for_a_patron_is_neither_in_his_name_nor_a_person_of_its_own():
    """«برعاية رئيس الجمهورية العماد سليم داود ممثلا بوزير العمل …»: «ممثلا» (represented by)
    closes the patron's name, and «ممثلا بوزير» is no person; «العماد» is his rank, not his role."""
    doc = document.parse(PATRONS_AR, "ar")
    mentions.spot(doc)
    assert "سليم داود" in doc.people, doc.people
    assert not any("ممثل" in name for name in doc.people), doc.people
    assert doc.people["سليم داود"].roles == ["رئيس الجمهورية"], doc.people["سليم داود"]
    questions = generate(PATRONS_AR, language="ar").questions
    for q in questions:
        assert not any("ممثل" in str(c) for c in q.choices or []), q
        if q.category == "role":
            assert "ممثل" not in str(q.answer), q


def test_speakers_with_given_names_beyond_the_commonest_are_found():
    """«وقال رئيس الجامعة فضلو خوري إن …», «قالت المتحدثة باسم الشركة ريما سلامة إن …»: a
    Levantine or less common given name after a role names the speaker as «محمد» would."""
    text = """الجامعة تخرج دفعة جديدة

وقال رئيس الجامعة فضلو خوري إن الجامعة خرجت هذا العام 1800 طالب وطالبة من مختلف الكليات.

وقالت المتحدثة باسم الجامعة ريما سلامة إن الحفل أقيم في الملعب الرئيسي بحضور الأهالي.
"""
    doc = document.parse(text, "ar")
    mentions.spot(doc)
    assert {"فضلو خوري", "ريما سلامة"} <= set(doc.people), doc.people
    roles = {q.answer[0] for q in generate(text, language="ar").questions if q.category == "role"}
    assert roles & {"فضلو خوري", "ريما سلامة"}, roles


def test_a_tatweel_written_as_a_dash_after_a_name_ends_it():
    """«المخترع توماس أديسون ـ في أبريل 1880 ـ»: the tatweel stands for a dash; reading the name
    on into it once failed with an error."""
    text = "وقال المخترع توماس أديسون ـ أبريل 1880 ـ إن المصباح الجديد سيضيء المدن الكبرى قريبا."
    questions = generate(text, language="ar").questions
    assert questions
    assert not any("ـ" in str(a) for q in questions for a in q.accepted_answers), questions


def test_who_stood_in_for_a_patron_is_found_with_the_role_written_after_by():
    """«ممثلا بوزير العمل كمال فارس»: the role carries «ب» (represented by the minister), and
    «وأكد فارس» later is that minister; «رئيس البلدية نادر حبيب» keeps his own role."""
    doc = document.parse(PATRONS_AR, "ar")
    mentions.spot(doc)
    roles = {name: person.roles for name, person in doc.people.items()}
    assert roles.get("كمال فارس") == ["وزير العمل"], roles
    assert roles.get("نادر حبيب") == ["رئيس البلدية"], roles


def test_a_family_name_of_b_and_two_letters_is_no_preposition():
    """«رئيس مجلس النواب نبيه بري»: «بري» is his family name, not «ب» and a word."""
    text = "وحضر الحفل رئيس مجلس النواب نبيه بري وعدد من الوزراء والنواب في القاعة الكبرى."
    doc = document.parse(text, "ar")
    mentions.spot(doc)
    assert "نبيه بري" in doc.people, doc.people


def test_a_role_of_a_body_after_l_is_read_whole():
    """«المدير التنفيذي للمؤسسة طارق بن زياد»: the body after «ل» belongs to the role before it;
    only a role noun that «ب» is written on opens a role («ممثلا بوزير …»)."""
    text = "وأوضح المدير التنفيذي للمؤسسة طارق بن زياد أن المشروع سيكتمل العام المقبل."
    doc = document.parse(text, "ar")
    mentions.spot(doc)
    assert doc.people["طارق بن زياد"].roles == ["المدير التنفيذي للمؤسسة"], doc.people


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        (
            "وقالت المتحدثة باسم الوزارة، لينا أحمد، في بيان إن الوزارة ستفتح 12 مدرسة.",
            "لينا أحمد",
            "المتحدثة باسم الوزارة",
        ),
        (
            "وقالت وزيرة التضامن نيفين القباج إن البرنامج يشمل 3 ملايين أسرة.",
            "نيفين القباج",
            "وزيرة التضامن",
        ),
        (
            "من جانبه، أكد عميد الكلية د. أحمد سالم أن الكلية استقبلت 900 طالب.",
            "أحمد سالم",
            "عميد الكلية",
        ),
        (
            "وقال مدرب الفريق الإسباني خوسيه أنطونيو في المؤتمر الصحفي إن اللاعبين قدموا مباراة كبيرة.",
            "خوسيه أنطونيو",
            "مدرب الفريق الإسباني",
        ),
    ],
)
def test_a_speaker_after_a_role_is_named_whole_and_no_body_is_a_person(sentence, person, role):
    """«المتحدثة باسم الوزارة» is "the spokeswoman for the ministry": «باسم» after a role is no
    given name; «نيفين القباج إن»: after a role, «إن» closes a family name with the article;
    a dean and a Spanish coach are speakers as a minister is."""
    doc = document.parse("عنوان الخبر\n\n" + sentence, "ar")
    mentions.spot(doc)
    assert list(doc.people) == [person], doc.people
    assert doc.people[person].roles == [role], doc.people


ACCORDING_AR = """البلدية تبدأ صيانة الطرق

بدأت بلدية المدينة أمس أعمال صيانة واسعة في الطرق الرئيسية بتكلفة 40 مليون ريال.

وبحسب رئيس البلدية نادر سليم، فإن أعمال الصيانة ستنتهي خلال شهرين وستشمل 25 حيا سكنيا.

وقال مدير إدارة الطرق خالد العمري إن فرق العمل ستعمل ليلا لتخفيف الزحام على السكان.

وبحسب وكالة الأنباء الرسمية، فإن المشروع جزء من خطة لتطوير البنية التحتية.
"""


def test_what_a_person_is_given_as_saying_after_according_to_is_his():
    """«وبحسب رئيس البلدية نادر سليم، فإن …» gives the mayor's words without a verb of saying;
    «وبحسب وكالة الأنباء الرسمية، فإن …» names an outlet, which is no speaker to ask about."""
    said = _said(ACCORDING_AR)
    assert ("نادر سليم", "أعمال الصيانة ستنتهي خلال شهرين وستشمل 25 حيا سكنيا") in said, said
    assert not any("وكالة" in who for who, _ in said), said
    who = [
        q.answer[0]
        for q in generate(ACCORDING_AR, language="ar").questions
        if q.category == "attribution" and q.type != "cloze" and "أعمال الصيانة" in q.prompt
    ]
    assert who == ["نادر سليم"], who


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        (
            "اعتذر برانكو إيفانكوفيتش المدير الفني لفريق الأهلي لجماهير الفريق بعد الخسارة أمام الهلال.",
            "برانكو إيفانكوفيتش",
            "المدير الفني لفريق الأهلي",
        ),
        (
            "وقال الباحث كريس باركر المشرف على الدراسة إن البيانات عن هذه الديناصورات قليلة.",
            "كريس باركر",
            "المشرف على الدراسة",
        ),
        (
            "طمأن الدكتور محمد معيط وزير المالية على الوضع الاقتصادي في مصر، قائلا إن الأوضاع مستقرة.",
            "محمد معيط",
            "وزير المالية",
        ),
        (
            "ووقعت أقصى العقوبة على محافظ الجيزة سابقاً ماهر الجندي الذي صدر بحقه حكم بالسجن.",
            "ماهر الجندي",
            "محافظ الجيزة سابقاً",
        ),
    ],
)
def test_a_name_beside_its_role_is_read_with_the_role_it_has(sentence, person, role):
    """A foreign name no list knows, set beside a definite role without a comma («اعتذر برانكو
    إيفانكوفيتش المدير الفني …»); a role that ends where the verb's «على» begins; «سابقاً»
    (former) is the role's, not the name's. Blind reviewers of fresh news rejected a list with
    no question on the coach and a role question keyed «سابقاً ماهر الجندي»."""
    doc = document.parse("عنوان الخبر\n\n" + sentence, "ar")
    mentions.spot(doc)
    assert list(doc.people) == [person], doc.people
    assert doc.people[person].roles[:1] == [role], doc.people


def test_two_words_before_the_world_are_no_foreign_name():
    """«وتقام بطولة كأس العالم كل أربع سنوات»: «العالم» is "the world" there, not a scientist."""
    doc = document.parse(
        "كأس العالم\n\nوتقام بطولة كأس العالم كل أربع سنوات منذ عام 1930 في بلد مختلف.", "ar"
    )
    mentions.spot(doc)
    assert not doc.people, doc.people


def test_a_role_the_article_names_without_a_holder_is_a_wrong_choice_before_invented_ones():
    """«ما منصب علاء عزوز؟» offered three bundled office roles while the article names «وزير
    الزراعة»: blind reviewers rejected the choices as generic, the article's own role unused."""
    text = """نجاح المرحلة الأولى من مبادرة التشجير

أعلن وزير الزراعة عن زراعة 1.3 مليون شجرة في عدة محافظات خلال المرحلة الأولى من المبادرة.

وأوضح علاء عزوز، رئيس قطاع الإرشاد الزراعي، أن المبادرة ستساهم في تنقية الهواء والحد من تآكل التربة.
"""
    doc = document.parse(text, "ar")
    mentions.spot(doc)
    asked = [
        q for q in roles.extract(doc) if q.type == "mcq" and q.answer == "رئيس قطاع الإرشاد الزراعي"
    ]
    assert asked and "وزير الزراعة" in asked[0].choices, asked


def test_a_speakers_own_i_think_is_no_speaker_and_a_quoted_body_before_a_name_is_no_person():
    """«وقال أعتقد أن اللاعبين …» gave a who-said keyed «أعتقد» ("I think"), and «مدير عام
    "تطوير المفرق"، ليزا الدغمي،» a role question keyed «تطوير المفرق», the company: both were
    shown first and rejected as wrong keys by a blind reviewer of fresh news (ninety-sixth)."""
    text = """الهلال يفوز على الفتح

أكد دونيس مدرب فريق الهلال أن فريقه قدم مستوى جيدا، وقال أعتقد أن اللاعبين قدموا مستوى جيدا في المباراة أمام فريق كبير.

وأوضحت مدير عام "تطوير المفرق"، سارة الحسن، أن العقد يتضمن إنشاء مصنع جديد بتكلفة 150 مليون دولار.
"""
    doc = document.parse(text, "ar")
    mentions.spot(doc)
    assert "أعتقد" not in doc.people and "تطوير المفرق" not in doc.people, doc.people
    for question in generate(text, language="ar").questions:
        if question.category in ("role", "attribution") and question.type != "cloze":
            assert "أعتقد" not in str(question.answer), question
            assert "تطوير المفرق" not in str(question.answer), question


def test_a_company_after_a_role_with_l_and_al_is_no_person():
    """«رئيس الشركة القابضة لمصر للطيران، بأنه …» made «لمصر للطيران» a person holding the
    role, and a question «من هو رئيس الشركة القابضة؟» keyed by it: a blind reviewer rejected
    the wrong key. «لل» is «ل» and the article, which opens no name."""
    text = """مصر للطيران تسير رحلات الحج

وصرح الطيار أحمد عادل، رئيس الشركة القابضة لمصر للطيران، بأنه من المقرر أن تسير الشركة غدا 8 رحلات جوية إلى المدينة المنورة.
"""
    doc = document.parse(text, "ar")
    mentions.spot(doc)
    assert "لمصر للطيران" not in doc.people, doc.people
    assert "أحمد عادل" in doc.people, doc.people


BUSINESSMAN_AR = """ماسك يتفق مع دوروف

وافق رجل الأعمال الأمريكي إيلون ماسك، بعد مقابلة مع المؤسس المشارك لتطبيق تيليغرام، بافيل دوروف، على أن السلامة في المدن الأمريكية مطلب أساسي لتطوير الأعمال.

وقال دوروف إن ثلاثة رجال هاجموه في سان فرانسيسكو وحاولوا أخذ هاتفه.

وقالت سيدة الأعمال السعودية لبنى العليان إن الاستثمار في التقنية سيتضاعف خلال عامين.
"""


def test_a_businessman_or_businesswoman_is_a_role_before_a_name():
    # «رجل الأعمال الأمريكي إيلون ماسك» was no one: asked as a gap keyed with his title (a
    # blind reviewer: over-long key), never as a person.
    doc = document.parse(BUSINESSMAN_AR, "ar", None)
    mentions.spot(doc)
    assert "رجل الأعمال الأمريكي" in doc.people["إيلون ماسك"].roles, dict(doc.people)
    assert "سيدة الأعمال السعودية" in doc.people["لبنى العليان"].roles, dict(doc.people)
    keys = [str(q.answer) for q in generate(BUSINESSMAN_AR, language="ar").questions]
    assert not [k for k in keys if "رجل الأعمال" in k], keys


PRESENT_AR = """الوالي يعرض حصيلة التنمية

استعرض والي ولاية سطيف، كمال حداد، خلال حضوره لمنتدى الصحافة، وبحضور رئيس المجلس الشعبي الولائي سمير العلوي، رئيس الديوان، المفتش، الحصيلة التنموية لسنة 2025، حيث أشار إلى أن مسار التنمية المحلية يعتمد على مسؤولية مشتركة بين الدولة والمواطنين.
"""


def test_those_present_do_not_speak_for_the_one_they_came_to_hear():
    # «وبحضور رئيس المجلس الشعبي الولائي بن علي بيداي، …، حيث أشار إلى أن …»: the governor's
    # words went to the assembly's president, named last before the verb (a blind reviewer:
    # misattributed).
    said = _said(PRESENT_AR)
    assert said and all(who == "كمال حداد" for who, _ in said), said


TWO_COACHES_AR = """الفيصلي يفوز على بني ياس

أعرب سامر العلي مدرب الفيصلي، عن سعادته بالفوز على بني ياس بهدف دون مقابل، مساء أمس الجمعة.

وقال العلي في المؤتمر الصحفي بعد المباراة: "نجحنا في إغلاق المساحات أمام لاعبي بني ياس، وهو ما منحنا السيطرة على اللقاء".

"الحكم حرمنا من التعادل"

من جانبه، يرى ماركينيو مدرب بني ياس، أن فريقه ظهر بشكل سيء في الشوط الأول، ولم يقدم المستوى المنتظر في الشوط الثاني أيضا، رغم أنه سيطر على الكرة في أغلب فترات اللقاء، إلا أن الحظ لم يحالف لاعبيه أمام المرمى.

وتابع: "الحكم حرمنا من التعادل في الدقائق الأخيرة بعد احتساب هدف غير صحيح".
"""


def test_the_second_coach_named_after_his_opinion_verb_is_a_speaker_with_his_clubs_role():
    # «يرى إيسايلا مدرب بني ياس، أن …»: a one-word name after «يرى» with a role after it; the
    # club «بني ياس» opens like a verb, but the article writes it three times.
    doc = document.parse(TWO_COACHES_AR, "ar")
    mentions.spot(doc)
    assert ("ماركينيو", "مدرب بني ياس") in [(m.person, m.role) for m in doc.roles], doc.roles
    # Drafted: a typed who-said keyed by one word is rated at a third (32 of 101 in fresh news).
    questions = propose(TWO_COACHES_AR, language="ar").questions
    said = {
        q.prompt: q.answer[0]
        for q in questions
        if q.category == "attribution" and q.type == "short"
    }
    assert "ماركينيو" in said.values(), said


def test_a_quoted_subhead_is_no_ones_words_and_no_preposition_is_hidden_as_a_surname():
    questions = generate(TWO_COACHES_AR, language="ar").questions
    for question in questions:
        # The subhead «"الحكم حرمنا من التعادل"» repeats the second coach's words below it.
        if question.category == "attribution" and question.type != "cloze":
            assert not (
                "«الحكم حرمنا من التعادل»" in question.prompt and "سامر العلي" in question.answer
            ), question.prompt
        # «علي» of «سامر العلي» is never hidden as «على»: «رغم أنه سيطر على الكرة».
        assert "سيطر … الكرة" not in question.prompt, question.prompt
        assert "، ولم يقدم" not in question.prompt.split("، ", 1)[0], question.prompt
    framed = [q.prompt for q in questions if q.prompt.startswith("بحسب مدرب بني ياس، ")]
    assert not any(p.startswith("بحسب مدرب بني ياس، ولم") for p in framed), framed


WINNING_COACH_AR = """المدربان بعد المباراة

أعرب خالد المنصوري، مدرب فريق النصر، عن رضاه التام عن أداء فريقه بعد الفوز على الوحدة في اللقاء الذي جمع بين الفريقين على ملعب المدينة مساء أمس، وأكد في تصريحات صحفية أن المباراة كانت صعبة على الجميع، مشيرًا إلى أن الفريق سجل هدفين.

وأكد المنصوري أن أن النصر يسعى للعودة إلى الصدارة في الدوري هذا الموسم بعد بداية صعبة، رغم غياب بعض اللاعبين الأساسيين مثل سامر العلي وفادي حسن بسبب الإصابة.

من جهة أخرى، قال يوسف الحربي، مدرب الوحدة، إن فريقه لم يقدم المستوى المطلوب في الشوط الثاني.
"""


def test_a_second_verb_of_the_same_speaker_reports_what_the_first_did_not():
    """«أعرب X عن رضاه …، وأكد في تصريحات صحفية أن …»: the first verb takes a noun, the second,
    far from it, reports his words."""
    said = _said(WINNING_COACH_AR)
    assert ("خالد المنصوري", "المباراة كانت صعبة على الجميع") in said, said


def test_an_articles_doubled_that_is_no_part_of_what_was_said():
    statements = [s for _, s in _said(WINNING_COACH_AR)]
    assert any(s.startswith("النصر يسعى للعودة إلى الصدارة") for s in statements), statements
    assert not any(s.startswith(("أن ", "ان ")) for s in statements), statements


def test_who_said_quotes_the_main_clause_without_the_concession_that_names_the_list():
    questions = generate(WINNING_COACH_AR, language="ar").questions
    who = [q.prompt for q in questions if q.prompt.startswith("من قال")]
    assert "من قال: «النصر يسعى للعودة إلى الصدارة في الدوري هذا الموسم بعد بداية صعبة»؟" in who
    # The players the concession names are not printed in a quotation.
    assert not any("سامر العلي" in p for p in who), who


WATER_DIRECTOR_AR = """شبكة المياه جاهزة

أكد مدير عام المياه بالمنطقة المهندس سالم بن علي الغامدي جاهزية شبكة المياه في المركز بنسبة 90 %.

وبين أن سبب تأخر تشغيل الشبكة يعود إلى تلفيات في خط المياه خلال أعمال توسعة الطريق العام.

وتقع القرية بين الجبلين على بعد 20 كيلومترا من المدينة.
"""


def test_bayyana_before_anna_is_a_verb_of_saying_and_between_is_not():
    """«وبين أن …» ("and he explained that …") reports the director's words; «بين الجبلين»
    ("between the two mountains") is a preposition, whatever follows."""
    said = _said(WATER_DIRECTOR_AR)
    assert said == [
        (
            "سالم بن علي الغامدي",
            "سبب تأخر تشغيل الشبكة يعود إلى تلفيات في خط المياه خلال أعمال توسعة الطريق العام",
        )
    ], said


STATEMENT_SAYS_AR = """خط نقل جديد

افتتح وزير النقل أحمد سالم اليوم الخميس خطا جديدا للنقل الجماعي في العاصمة.

وقال بيان للمكتب الاعلامي للوزارة ورد لـ “الغدير”، إن “الخط يمر بالعديد من المراكز الطبية والجامعات في المدينة”.
"""


def test_a_statement_that_says_something_is_no_person():
    """«وقال بيان للمكتب الاعلامي للوزارة»: a statement of the media office speaks, no person
    «بيان للمكتب» with the role «الاعلامي للوزارة ورد لـ» (a blind reviewer rejected three
    questions framed so)."""
    doc = document.parse(STATEMENT_SAYS_AR, "ar")
    mentions.spot(doc)
    assert "بيان للمكتب" not in doc.people, list(doc.people)
    prompts = [q.prompt for q in generate(STATEMENT_SAYS_AR, language="ar").questions]
    assert not any("ورد لـ" in p for p in prompts), prompts


def test_a_name_no_list_knows_after_a_role_ends_in_a_family_name_and_a_comma():
    """«افتتح وزير النقل رزاق محيبس السعداوي، اليوم …»: «رزاق» is in no list of given names, but
    the family name of origin and the comma after it say where the minister's name ends."""
    text = (
        "خط نقل جديد\n\n"
        "افتتح وزير النقل رزاق محيبس السعداوي، اليوم الخميس، خطا جديدا للنقل الجماعي.\n\n"
        "وافتتح وزير النقل العراقي خطا آخر في البصرة، حسب البيان.\n"
    )
    doc = document.parse(text, "ar")
    mentions.spot(doc)
    assert list(doc.people) == ["رزاق محيبس السعداوي"], list(doc.people)
    assert [(m.person, m.role) for m in doc.roles] == [("رزاق محيبس السعداوي", "وزير النقل")]
