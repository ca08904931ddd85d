"""Shapes found in the reviews of fresh news when the confidence was checked against them
(thirtieth session). Each text is written for its test."""

from studyapp.domain.generation import generate, mentions, propose
from studyapp.domain.generation.apart import keep_apart
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.ranker import one_per_sentence
from studyapp.domain.generation.spellings import spelled_out
from studyapp.domain.grading import grade
from studyapp.domain.questions import Question, Source

ELECTIONS_EN = (
    "Two counties to hold by-elections\n\n"
    "The Independent Electoral and Boundaries Commission (IEBC) has set dates for by-elections "
    "in Kiambu and Nyeri after the deaths of two governors.\n\n"
    "In a statement on Tuesday, IEBC said it will conduct elections for governorship positions "
    "in the two counties on March 4.\n\n"
    'Interior Secretary Kipchumba Murkomen said police would guard the polls. "We will deploy '
    'officers to every polling station," Murkomen said.\n'
)


def test_a_body_asked_by_its_letters_takes_the_name_they_stand_for() -> None:
    # The drafts: a typed who-said keyed by one word is rated below the fold line since the
    # two-hundred-and-sixtieth review (reviewers of fresh news took about a third), and the
    # ranked list asks its sentence by the date gap instead.
    questions = propose(ELECTIONS_EN, language="en").questions
    asked = [q for q in questions if q.type == "short" and q.answer[0] == "IEBC"]
    assert asked, [(q.prompt, q.answer) for q in questions]
    assert grade(asked[0], "Independent Electoral and Boundaries Commission").correct
    assert grade(asked[0], "IEBC").correct
    assert not grade(asked[0], "Kipchumba Murkomen").correct


def test_letters_are_spelt_out_over_small_words_but_not_from_half_a_name() -> None:
    assert spelled_out("ACCC", "The Australian Competition and Consumer Commission said.") == [
        "Australian Competition and Consumer Commission"
    ]
    # Four words stand for "CDCP": the first three are not "CDC".
    assert spelled_out("CDC", "the Centers for Disease Control and Prevention said") == []
    assert spelled_out("UN", "Talks at the United Nations, in New York") == ["United Nations"]


def test_a_date_with_its_year_is_graded_right_in_either_order() -> None:
    text = (
        "Council signs off annual plan\n\n"
        "Wairoa District Council met on Tuesday to sign off its annual plan for the year "
        "ending 30 June, 2021.\n\n"
        'Mayor Craig Little said the rates rise was kept to 4.5 per cent. "It has been a '
        'tough year," Little said.\n'
    )
    questions = generate(text, language="en").questions
    asked = [q for q in questions if q.category == "date" and "2021" in q.answer[0]]
    assert asked, [(q.prompt, q.answer) for q in questions]
    for typed in ("30 June 2021", "June 30, 2021", "June 30 2021"):
        assert grade(asked[0], typed).correct, typed
    assert not grade(asked[0], "June 30, 2022").correct


# Set p (sixteen fresh articles judged blind on bba3f39, then read): the shapes both reviewers
# of an article rejected.

COURT_EN = (
    "Former mayor to appeal conviction\n\n"
    "Former Mayor Ray Nagin filed a notice on Tuesday that he will appeal his conviction on "
    "bribery charges.\n\n"
    "U.S. District Judge Helen Berrigan sentenced Nagin to 10 years in prison last week.\n\n"
    "Herbert Larson, an expert on federal criminal law at Tulane University, said the appeal "
    "would be difficult.\n\n"
    "Neither prosecutors nor Nagin's attorney, Robert Jenkins, responded to messages.\n"
)


def test_whose_attorney_the_question_asks_is_no_choice_for_the_attorney() -> None:
    questions = generate(COURT_EN, language="en").questions
    asked = [q for q in questions if q.prompt == "Who is Nagin's attorney?"]
    assert asked, [q.prompt for q in questions]
    assert "Ray Nagin" not in (asked[0].choices or [])
    assert grade(asked[0], "Robert Jenkins").correct


CYCLONE_EN = (
    "Cyclone kills five in India\n\n"
    "A cyclone slammed into India's eastern coast yesterday, killing at least five people and "
    "cutting power to thousands of homes.\n\n"
    '"I have never seen such havoc in my entire life," Chief Minister N Rangasami said.\n\n'
    "Officials evacuated 300,000 people before the storm made landfall near Paradip.\n"
)


def test_a_count_in_words_is_graded_right_alone() -> None:
    questions = generate(CYCLONE_EN, language="en").questions
    asked = [q for q in questions if q.type == "cloze" and q.answer[0] == "five people"]
    for question in asked:  # the count may be asked as a count, keyed "five"
        assert grade(question, "five").correct and grade(question, "5").correct
        assert not grade(question, "four").correct
    counts = [q for q in questions if "killing at least" in q.prompt and q.type == "cloze"]
    assert counts and all(grade(q, "five").correct for q in counts), [
        (q.prompt, q.answer) for q in questions
    ]


def test_a_typed_who_said_gives_way_to_the_role_question_that_prints_its_key() -> None:
    """Set p: 'Who said: "I have never seen such havoc …"?' typed, keyed "N Rangasami", under
    "What is N Rangasami's role?": the student reads the answer in the other prompt."""
    source = Source(0, 10, "Rangasami")
    who = Question(
        "w",
        "short",
        'Who said: "I have never seen such havoc"?',
        ["N Rangasami"],
        source,
        "attribution",
        confidence=0.6,
    )
    role = Question(
        "r",
        "mcq",
        "What is N Rangasami's role?",
        "Chief Minister",
        source,
        "role",
        ["Chief Minister", "mayor", "governor"],
        confidence=0.48,
    )
    other = Question(
        "n", "cloze", "At least ____ people died.", ["42"], source, "number", confidence=0.8
    )
    kept = keep_apart([other, who, role], 10)
    assert [q.id for q in kept] == ["n", "w"]
    # Offered among choices, a who-said's key gives nothing away: both are kept.
    who_mcq = Question(
        "m",
        "mcq",
        who.prompt,
        "N Rangasami",
        source,
        "attribution",
        ["N Rangasami", "V. Amuthavalli", "K. Reddy"],
        confidence=0.6,
    )
    assert [q.id for q in keep_apart([other, who_mcq, role], 10)] == ["n", "m", "r"]


HEALTH_EN = (
    "Waiting time guarantee never met\n\n"
    "The Patients Right Act 2012 offers a treatment time guarantee of 12 weeks but no health "
    "board has met it.\n\n"
    "And there is no guarantee it will be met in the immediate future, performance director "
    "John Connaghan told the Public Audit Committee.\n\n"
    "Patients not seen within 12 weeks may seek a judicial review, according to Paul Gray, a "
    "process that can cost thousands of pounds.\n\n"
    '"A legal guarantee is far more than a target," committee convener Hugh Henry said.\n\n'
    '"John was delighted with the results we saw last week. He has been similarly delighted '
    'at other points," spokesman Guy Webster said.\n'
)


def test_reported_words_are_asked_without_the_narrators_joins_and_notes() -> None:
    questions = generate(HEALTH_EN, language="en").questions
    prompts = [q.prompt for q in questions if q.category == "attribution"]
    assert "Who said that there is no guarantee it will be met in the immediate future?" in (
        prompts
    ), prompts
    assert not any("that and " in p or "a process that" in p for p in prompts), prompts
    # "He" of a quotation's second sentence is John, not the speaker
    assert not any("that He " in p or "that he has been similarly" in p for p in prompts)


def test_no_gap_takes_a_name_out_of_the_middle_of_a_word() -> None:
    text = (
        "هوانغ: الطلب على الرقائق غير مسبوق\n\n"
        "وفي تصريحات أدلى بها خلال فعالية في مدينة هسينشو التايوانية، قال جنسن هوانغ إن الطلب "
        "العالمي على الرقائق يشهد ارتفاعًا غير مسبوق.\n\n"
        "وقال سي. سي. وي إن شركته تعمل بطاقتها الكاملة.\n"
    )
    questions = generate(text, language="ar").questions
    assert not any("ه____" in q.prompt or "____نشو" in q.prompt for q in questions), [
        q.prompt for q in questions
    ]


MEASLES_AR = (
    "ديالى تكافح الحصبة\n\n"
    "وقال المتحدث باسم صحة ديالى فارس العزاوي، إن "
    '"الحملة الوطنية للقاح الحصبة ستنطلق يوم الأحد".\n\n'
    "ومنتصف الشهر الجاري، أعلنت دائرة صحة محافظة كركوك، عن ارتفاع كبير في أعداد المصابين.\n\n"
    "وقال مدير عام صحة كركوك زياد خلف مديد، إن دائرته أطلقت حملة واسعة للتلقيح ضد الحصبة.\n"
)


def test_a_department_that_announces_is_no_person_and_no_speaker() -> None:
    questions = generate(MEASLES_AR, language="ar").questions
    shown = [f"{q.prompt} {q.answer} {q.choices}" for q in questions]
    assert not any(
        "دائرة صحة محافظة" in s and q.category == "attribution"
        for s, q in zip(shown, questions, strict=True)
    ), shown
    said = [q for q in questions if q.category == "attribution" and "دائرته أطلقت" in q.prompt]
    assert said and all("زياد خلف مديد" in str(q.answer) for q in said), shown


def test_the_frame_of_what_was_said_and_the_credited_service_are_no_gaps() -> None:
    text = (
        "Homes approved\n\n"
        "Councillors approved 650 homes near Wigston, the Local Democracy Reporting Service "
        "said.\n\n"
        '"We have no experts to back us," Councillor Bill Boulter said.\n\n'
        "Severn Trent Water said it had no problem with the development.\n"
    )
    questions = generate(text, language="en").questions
    assert not any("Local Democracy" in str(q.answer) for q in questions)
    # A water company speaks as a body, never "Who said that it had …?" among people.
    assert not any(q.prompt.startswith("Who said that it ") for q in questions), [
        q.prompt for q in questions
    ]
    oil = (
        "النفط يرتفع\n\n"
        'وقالت المتحدثة جين ساكي في معرض تعليقاتها: "إن القرار تتخذه كل دولة".\n\n'
        "وارتفع خام برنت 6.69% إلى 104.64 دولار للبرميل.\n"
    )
    assert not any("معرض ____" in q.prompt for q in generate(oil, language="ar").questions)


def test_an_officer_named_with_a_rank_and_its_ordinal_is_a_speaker() -> None:
    """Set q: «أوضح الملازم أول أنس الخالدي أن …» read «أول» as his given name, and a story
    with two officers quoted had no question at all."""
    text = (
        "تحويل السير بعد حادث خطير\n\n"
        "أوضح الملازم أول أنس الخالدي من إدارة الدوريات الخارجية أن الدوريات تعاملت أمس مع "
        "حادث تصادم بين شاحنتين وصهريج غاز.\n\n"
        "وأضاف الخالدي أنه تم تحويل حركة السير القادمة من العقبة إلى دوار الجمرك.\n"
    )
    questions = generate(text, language="ar").questions
    assert any("أنس الخالدي" in f"{q.prompt} {q.answer}" for q in questions), [
        (q.prompt, q.answer) for q in questions
    ]


def test_a_name_with_abd_allah_is_read_whole_and_on_the_way_is_no_one() -> None:
    """Set q: «أكد محمد سامي عبد الله، محامي …» was read as two men, «محمد سامي عبد» and
    «سامي عبد الله»; «وذكر على سبيل المثال أن …» made «على سبيل» a speaker."""
    text = (
        "استئناف حكم الإعدام\n\n"
        "وفي تصريحات خاصة، أكد محمد سامي عبد الله، محامي إحدى الضحايا، أن الأسرة ستحضر الجلسة.\n\n"
        "وأضاف عبد الله أن المتهم لجأ إلى عدة أساليب في جلسات سابقة.\n\n"
        "وقال الوزير إن المستشفيات قديمة. وذكر على سبيل المثال أن مستشفى باب الواد أنجز في عام "
        "1832.\n"
    )
    doc = parse(text, "ar")
    mentions.spot(doc)
    assert "محمد سامي عبد الله" in doc.people, list(doc.people)
    assert not any(name in doc.people for name in ("محمد سامي عبد", "سامي عبد الله", "على سبيل"))


def test_a_gap_that_prints_the_surname_of_its_sentences_typed_who_said_waits() -> None:
    """Set q: 'Who said that the government was building new schools …?' keyed "Owen Bonnici"
    beside "Bonnici said the government was building new schools … in ____" (both reviewers:
    duplicate). Of the two on one sentence, the who-said comes first and the gap waits."""
    said = "Bonnici said the government was building new schools, such as in Zejtun."
    source = Source(100, 100 + len(said), said)
    who = Question(
        "w",
        "short",
        "Who said that the government was building new schools?",
        ["Owen Bonnici", "Bonnici"],
        source,
        "attribution",
        confidence=0.6,
    )
    gap = Question(
        "g", "cloze", said.replace("Zejtun", "____"), ["Zejtun"], source, "place", confidence=0.65
    )
    kept, later = one_per_sentence([gap, who])
    assert [q.id for q in kept] == ["w"] and [q.id for q in later] == ["g"]


def test_a_stock_phrase_in_someones_words_is_not_offered_in_an_arabic_article() -> None:
    """«التعاون فريق صعب ويقدم ____» keyed «مستويات قوية»: an indefinite noun and its adjective
    in a quotation, 8 of 65 accepted by reviewers of fresh news (set q: both rejected it, and
    «إرادة حقيقية», «محدودية شديدة»)."""
    text = (
        "خوف وحذر بين مدربي الاتحاد والتعاون\n\n"
        "قال لويس سييرا مدرب فريق الاتحاد إن التعاون فريق صعب ويقدم مستويات قوية، وسنفرض "
        "أسلوبنا في المباراة للخروج بالنتيجة المطلوبة.\n\n"
        "وتقام المباراة النهائية يوم الجمعة على ملعب مدينة الملك عبد الله في جدة.\n"
    )
    proposed = [q.answer[0] for q in propose(text, language="ar").questions if q.type == "cloze"]
    assert "مستويات قوية" in proposed, proposed
    questions = generate(text, language="ar").questions
    assert not any(q.answer and q.answer[0] == "مستويات قوية" for q in questions), [
        (q.prompt, q.answer) for q in questions
    ]
    assert questions, "the coach and the final are still asked about"


def test_an_unnamed_employee_after_the_verb_is_no_speaker() -> None:
    """Set q: '"If there's still some hope then we'll be here," says one Mansfield employee.'
    was given to the company, Mansfield Plumbing (both reviewers: wrong key)."""
    text = (
        "Plant closes\n\n"
        "Mansfield Plumbing announced on Tuesday that it will close its plant in Kilgore.\n\n"
        '"The company gave us 90 days notice," said union president Darrell Bush.\n\n'
        "\"If there's still some hope then we'll be here,\" says one Mansfield employee.\n\n"
        '"This was not our fault," says worker Joe Wilkerson.\n'
    )
    questions = generate(text, language="en").questions
    assert not any("still some hope" in q.prompt for q in questions), [
        (q.prompt, q.answer) for q in questions
    ]
    assert any("not our fault" in q.prompt for q in questions), [q.prompt for q in questions]


def test_one_county_of_a_list_of_six_is_no_gap() -> None:
    """Set q: "… from Nyeri, Kiambu, Murang'a, Kirinyaga, ____ and Nyandarua counties." (both
    reviewers: trivial): the list's last comma holds two items, joined by "and"."""
    text = (
        "Mothers visit referral hospital\n\n"
        "Six women leaders visited the maternity wing at Nyeri County Referral Hospital on "
        "Friday, where 19 mothers had given birth.\n\n"
        "The women were drawn from Nyeri, Kiambu, Murang'a, Kirinyaga, Tharaka-Nithi and "
        "Nyandarua counties.\n\n"
        '"We came to support the mothers," said Margaret Kamau, who led the group.\n'
    )
    keys = [q.answer[0] for q in generate(text, language="en").questions if q.type == "cloze"]
    assert not {"Tharaka-Nithi", "Nyandarua", "Kiambu"} & set(keys), keys


def test_according_to_a_common_noun_names_no_one() -> None:
    """Set r: «… وفق نسب، تتوافق مع كمية الإنتاج الفعلية» made «نسب» ("ratios") a person, offered
    as a wrong choice for the oil ministry's spokesman (both reviewers: bad distractor)."""
    text = (
        "زيادة حصة العراق في أوبك بلس\n\n"
        "وقال المتحدث باسم وزارة النفط عاصم جهاد إن كمية الإنتاج تحدد لكل دولة وفق نسب، تتوافق "
        "مع كمية الإنتاج الفعلية.\n\n"
        "وأضاف أن وزير النفط إحسان عبد الجبار ناقش الحصة مع الدول المنتجة.\n"
    )
    doc = parse(text, "ar")
    mentions.spot(doc)
    assert "نسب" not in doc.people, list(doc.people)
    assert not any("نسب" in (q.choices or []) for q in generate(text, language="ar").questions)
