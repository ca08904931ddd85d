"""Shapes blind reviewers rejected on fresh news in the thirty-third session (set a). Each text is
written for its test."""

from studyapp.domain.generation import datelines, generate, headlines, keys
from studyapp.domain.generation.document import parse
from studyapp.domain.grading import grade

TELESCOPE_AR = (
    "التلسكوب يرصد كوكبًا غازيًا جديدًا خارج المجموعة الشمسية.\n\n"
    "مدريد في 12 مارس /العُمانية/ رصد تلسكوب فضائي للمرة الأولى كوكبًا غازيًا جديدًا يدور "
    "حول نجم صغير يقع على بعد نحو 90 سنة ضوئية من الأرض.\n\n"
    "وقال رئيس الفريق البحثي خوان مارتينيث إن الاكتشاف يفتح بابا جديدا لدراسة الكواكب البعيدة.\n"
)


def test_an_agency_between_slashes_closes_the_dateline() -> None:
    """ "مدريد في 12 مارس /العُمانية/": the agency's name between slashes ends the dateline,
    and its date is no gap (both reviewers: trivial)."""
    doc = parse(TELESCOPE_AR, "ar")
    assert TELESCOPE_AR[: datelines.dateline_end(doc)].rstrip().endswith("/العُمانية/")
    questions = generate(TELESCOPE_AR, language="ar").questions
    assert not any("12 مارس" in str(q.answer) for q in questions), [q.answer for q in questions]


def test_a_headline_with_a_full_stop_is_still_the_headline() -> None:
    """A first line of its own that ends in a full stop is the headline: no question asks it
    ("Possible tornado touchdown in ____." keyed the county, rejected by both reviewers)."""
    text = (
        "Possible tornado touchdown in Marion County.\n\n"
        "Marion County emergency director Dale Ruiz says a storm damaged four homes near Salem "
        "on Sunday night.\n\n"
        "Ruiz said crews worked until 3 a.m. to clear the roads.\n"
    )
    questions = generate(text, language="en").questions
    assert questions
    assert not any(q.prompt.startswith("Possible tornado") for q in questions), [
        q.prompt for q in questions
    ]


def test_a_first_line_that_reports_what_was_said_is_no_headline() -> None:
    text = (
        "قال الوزير فهد السالم إن المسؤولين ناقشوا ملفات الطاقة والمياه في الاجتماع.\n\n"
        "وأضاف أن الاجتماع المقبل سيعقد في الرياض خلال 3 أشهر.\n"
    )
    doc = parse(text, "ar")
    assert not doc.content[0].boilerplate


def test_and_a_given_name_after_a_comma_is_the_next_person_not_a_role() -> None:
    """ "من هي وإسماعيل عبدالله الأمين العام …؟" asked the minister by the next man's name and
    role (both reviewers: garbled)."""
    text = (
        "افتتاح مهرجان المسرح\n\n"
        "تفتتح المهرجان وزيرة الثقافة د. سلوى حمدان ، وإسماعيل عبدالله الأمين العام للهيئة "
        "العربية للمسرح ، بحضور 400 مسرحي عربي.\n"
    )
    questions = generate(text, language="ar").questions
    prompts = [q.prompt for q in questions if q.category == "role"]
    assert "من هي وزيرة الثقافة؟" in prompts, prompts
    assert not any("وإسماعيل" in p for p in prompts), prompts


def test_an_adviser_to_a_minister_is_not_the_minister() -> None:
    """ "ومستشار وزير الخارجية للشؤون السياسية مصعب الفرحان": the adviser's role, not "the
    foreign minister for political affairs" (wrong key: the minister is another man); and a
    woman whose title says so is asked «من هي».
    """
    text = (
        "وزير الخارجية يستقبل نظيره\n\n"
        "حضر الاستقبال مستشار وزير الخارجية للشؤون السياسية مصعب بن محمد الفرحان، والوزير مفوض "
        "بوزارة الخارجية الدكتورة منال رضوان.\n"
    )
    roles = {q.prompt: q.answer for q in generate(text, language="ar").questions}
    assert "من هو مستشار وزير الخارجية للشؤون السياسية؟" in roles, roles
    assert "من هو وزير الخارجية للشؤون السياسية؟" not in roles
    assert any(p.startswith("من هي") and a[0] == "منال رضوان" for p, a in roles.items()), roles


def test_a_list_s_stem_keeps_the_noun_a_which_clause_describes() -> None:
    """ "which develop between 7 and 21 days after exposure, include …" lost its subject
    (both reviewers: garbled)."""
    text = (
        "Health officials warn about measles\n\n"
        "Symptoms, which develop between 7 and 21 days after exposure, include fever, cough, "
        "runny nose and a rash, officials said.\n"
    )
    lists = [q for q in generate(text, language="en").questions if q.type == "multi"]
    assert lists, "no select-all"
    assert '"Symptoms, which develop' in lists[0].prompt, lists[0].prompt


def test_a_name_gap_whose_surname_other_questions_print_is_left_out() -> None:
    """ "Jurors found 35-year-old ____ of second-degree murder" keyed "Terrence Boston" beside
    prompts that print "Boston" (both reviewers: duplicate)."""
    text = (
        "Man sentenced for killing his girlfriend\n\n"
        "Jurors found 35-year-old Terrence Walsh of second-degree murder earlier this year.\n\n"
        "The judge ordered Walsh to spend 50 years in prison on Thursday.\n\n"
        "Walsh shot the 29-year-old woman near the intersection of Olive and Cornelia Avenues "
        "in May 2018, deputies said.\n\n"
        "A day later, sheriff's deputies arrested Walsh at a motel in Fresno.\n"
    )
    first = generate(text, language="en").questions[:10]
    assert not any(q.answer[0] == "Terrence Walsh" for q in first if q.type == "cloze"), [
        (q.prompt, q.answer) for q in first
    ]


def test_a_street_s_name_alone_is_right() -> None:
    assert keys.place_forms("Chestnut Street") == ["Chestnut", "Chestnut St"]
    text = (
        "Fire damages old building\n\n"
        "Firefighters were called to a building on Chestnut Street shortly after midnight, "
        "officials said on Monday.\n"
    )
    gaps = [q for q in generate(text, language="en").questions if "Chestnut Street" in q.answer]
    assert gaps, [q.answer for q in generate(text, language="en").questions]
    assert grade(gaps[0], "Chestnut").correct


def test_a_clause_that_leans_on_the_one_before_is_no_statement_alone() -> None:
    """ "According to the Prime Minister, after a chaotic national election that left the
    country in a state of ____ …": a long statement cut at its commas kept a piece opened by
    "after", a fragment put in his mouth (both reviewers: garbled)."""
    prompts = [q.prompt for q in generate(ELECTION_EN, language="en").questions]
    fragments = [p for p in prompts if "state of ____" in p and "re-elected" not in p]
    assert not fragments, prompts


def test_a_country_the_headline_names_as_an_adjective_is_the_subject() -> None:
    """ "____'s prime minister" keyed "Australia" under "… Australian premier claims …"."""
    text = ELECTION_EN.replace("premier claims", "Australian premier claims")
    doc = parse(text.replace("The country's", "Australia's"), "en")
    assert headlines.is_subject(doc, "Australia")
    assert not headlines.is_subject(doc, "Austria")


ELECTION_EN = (
    "After days of limbo, premier claims election win\n\n"
    "CANBERRA: The country's prime minister said on Sunday that his conservative coalition "
    "government was re-elected for a second three-year term, after a chaotic national election "
    "that left the country in a state of political paralysis for more than a week while "
    "officials scrambled to sort out who had won the tight race.\n\n"
    "Vote counting was still underway from the July 2 ballot, but Prime Minister Tom Walker said "
    "his coalition had secured a victory.\n\n"
    '"We have resolved this election," Walker told reporters.\n'
)


def test_a_model_s_code_alone_is_right() -> None:
    """ "the Apple ____ chip" keyed "Apple A4" marked "A4" wrong (both reviewers)."""
    assert "A4" in keys.plain_forms("Apple A4")
    assert keys.plain_forms("Mars 2020") == []  # a name's number alone is no answer


def test_a_count_with_a_word_put_in_brackets_after_it_is_no_gap() -> None:
    """ "To win ____ [titles] is just unbelievable" accepted "three [titles": the editor's
    insertion is no noun the number counts in the sentence as written."""
    text = (
        "Player wins third title\n\n"
        'After the final on Sunday the champion said: "To win three [titles] here is just '
        'unbelievable, I am extremely happy."\n'
    )
    for question in generate(text, language="en").questions:
        assert not any("[" in str(a) for a in question.accepted_answers), question.answer


EXPORTS_AR = (
    "صادرات الغرفة ترتفع\n\n"
    "وقال رئيس الغرفة، المهندس سامر حداد، لـ (بترا)، إن قيمة الصادرات خلال الربع الأول هذا العام "
    "ارتفعت إلى 380.6 مليون دولار، مقابل 339.2 مليون خلال الفترة ذاتها من العام الماضي، بينما "
    "بلغت قيمة الصادرات خلال آذار الماضي نحو 135.8 مليون دولار، مقارنة مع 115.9 مليون للشهر "
    "نفسه من العام الماضي.\n\n"
    "وأوضح أن الصادرات إلى الولايات المتحدة ارتفعت بنسبة 13 بالمئة، لتصل إلى 166 مليون دولار، "
    "فيما ارتفعت الصادرات إلى كندا بنسبة 10 بالمئة، لتبلغ 4.3 مليون دولار.\n"
)


def test_a_country_is_no_thing_a_share_measures() -> None:
    """ "الصادرات إلى كندا بنسبة 10 بالمئة" asked «ما نسبة الكند؟» (set b: garbled, both)."""
    prompts = [q.prompt for q in generate(EXPORTS_AR, language="ar").questions]
    assert not any("الكند" in p for p in prompts), prompts


def test_a_comparison_is_no_clause_to_start_a_reported_gap() -> None:
    """ "بحسب رئيس الغرفة، مقارنة مع …": the window around a gap began at the comparison, a
    clause with no subject (set b: garbled, both reviewers)."""
    prompts = [q.prompt for q in generate(EXPORTS_AR, language="ar").questions]
    assert not any(
        p.startswith(("بحسب رئيس الغرفة، مقارنة", "بحسب رئيس الغرفة، بينما")) for p in prompts
    ), prompts


def test_a_guess_of_two_figures_is_no_gap() -> None:
    """ "It was really flamin' -- 30, 40 feet up.": each end shows the other (set b: given away
    and trivial)."""
    text = (
        "Smoke detectors save family\n\n"
        "Neighbour Richard Ksenich said the fire spread fast on Friday. \"It was really flamin' -- "
        '30, 40 feet up," Ksenich said.\n'
    )
    answers = [q.answer for q in generate(text, language="en").questions]
    assert not any(a[0] in ("30", "40") for a in answers if isinstance(a, list)), answers


def test_a_count_of_days_the_sentence_names_is_no_gap() -> None:
    """ "scrapped all services on Monday and Tuesday … over the ____ days" (set b: given away,
    both reviewers)."""
    text = (
        "Trains cancelled ahead of strike\n\n"
        "Operator Virgin Trains scrapped all services on Monday and Tuesday and warned it would "
        "run very few trains on its other line over the two days, officials said.\n"
    )
    answers = [q.answer for q in generate(text, language="en").questions]
    assert not any("two" in a for a in answers if isinstance(a, list)), answers


def test_a_clause_opened_by_haithu_is_no_thing_a_share_measures() -> None:
    """ "…، حيث تم خفض الحد الأدنى للقبول بها بنسبة 5%" asked «ما نسبة حيث تم خفض …؟» (set c:
    garbled, both reviewers)."""
    text = (
        "فتح باب التقديم\n\n"
        "فتحت 3 جامعات أهلية باب التقديم للعام الدراسي الجديد، حيث تم خفض الحد الأدنى للقبول "
        "بها بنسبة 5%، بحسب التقرير.\n"
    )
    prompts = [q.prompt for q in generate(text, language="ar").questions]
    assert not any("ما نسبة حيث" in p for p in prompts), prompts


def test_mecca_alone_is_right_for_mecca_the_honoured() -> None:
    """A gap keyed «مكة المكرمة» marked «مكة», the headline's own word, wrong (set c)."""
    assert "مكة" in keys.place_forms("مكة المكرمة")


def test_the_window_a_count_is_given_in_is_no_gap_in_arabic() -> None:
    """ "بعد تسجيل 10 حالات خلال ____ ساعة الماضية" keyed "24": the report's usual window
    (set c: trivial, both reviewers); the cases counted are still asked."""
    text = (
        "ارتفاع عدد الإصابات إلى 56 حالة\n\n"
        "أعلنت وزارة الصحة اليوم الإثنين ارتفاع عدد الإصابات بالفيروس إلى 56 حالة مؤكدة، بعد "
        "تسجيل 10 حالات خلال 24 ساعة الماضية.\n"
    )
    answers = [q.answer[0] for q in generate(text, language="ar").questions if q.type == "cloze"]
    assert "24" not in answers and "10" in answers, answers


def test_the_day_figures_were_counted_on_is_no_gap() -> None:
    """ "had lost power as of early ____" keyed "Sunday" (set c: trivial, both reviewers)."""
    text = (
        "Storm leaves thousands without power\n\n"
        "A storm brought heavy snow to parts of New England on Saturday, officials said.\n\n"
        "More than 194,000 customers in Maine had lost power as of early Sunday, the utility "
        "said.\n"
    )
    answers = [q.answer for q in generate(text, language="en").questions]
    assert not any("Sunday" in a for a in answers), answers
