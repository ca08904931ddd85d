"""Shapes found on news-dev and fresh news in the thirty-second session. Each text is written for
its test."""

import re

from studyapp.domain.generation import (
    datelines,
    definitions,
    generate,
    keys,
    mentions,
    name_one,
    pairs,
    ranker,
)
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.drafts import cloze
from studyapp.domain.grading import grade

LIBRARY_EN = (
    "Library plan short of funds\n\n"
    "The new library, proposed for a site that has not been chosen yet and estimated at $ 8 to "
    "$ 11 million, is the largest single item on the list, council chair Maria Lopez said.\n\n"
    "Shares in the builder rose $2 to $6 last week.\n"
)


def test_a_sum_from_one_amount_to_another_is_asked_whole() -> None:
    """ "estimated at $ 8 to $ ____" printed one end of the estimate and asked the other; the
    gap takes the whole range, and the forms a student writes are right."""
    questions = generate(LIBRARY_EN, language="en").questions
    ranged = [q for q in questions if "library" in q.prompt and q.type == "cloze"]
    assert ranged, [(q.prompt, q.answer) for q in questions]
    question = ranged[0]
    assert question.answer[0] == "$ 8 to $ 11 million", question.answer
    assert "$ 8" not in question.prompt
    for typed in ("$8-11 million", "8 to 11 million", "$8 to $11 million"):
        assert grade(question, typed).correct, typed
    assert not grade(question, "11 million").correct


def test_a_change_from_one_price_to_another_is_no_range() -> None:
    """ "rose $2 to $6": an old and a new price, two facts, not one estimate."""
    keys = [
        str(q.answer[0] if isinstance(q.answer, list) else q.answer)
        for q in generate(LIBRARY_EN, language="en").questions
    ]
    assert "$2 to $6" not in keys, keys


REBUILD_EN = (
    "How the plant will be rebuilt\n\n"
    "The company's chief executive, Anna Berg, said the rebuild would come in stages: first the "
    "damaged roof will be removed by a team of engineers, then the new furnaces will be installed "
    "in the east hall, and finally production will restart in the spring.\n\n"
    '"We expect the whole plan to cost about $40 million," Berg said.\n'
)
REBUILD_AR = (
    "خطة لإعادة بناء المصنع\n\n"
    "قالت المديرة التنفيذية للشركة آنا بيرغ إن إعادة البناء ستتم على مراحل، إذ سيتم أولا إزالة "
    "السقف المتضرر، ثم تركيب الأفران الجديدة في القاعة الشرقية، وأخيرا استئناف الإنتاج في الربيع."
    "\n\nوقالت بيرغ إن الخطة ستكلف نحو 40 مليون دولار.\n"
)


def _orders(text: str, language: str) -> list[list[str]]:
    return [q.answer for q in generate(text, language=language).questions if q.type == "order"]


def test_steps_said_inside_one_sentence_are_asked_in_order() -> None:
    """ "first A, then B, and finally C" in one sentence gave no order question: the steps were
    read only from sentences a marker opens."""
    assert _orders(REBUILD_EN, "en") == [
        [
            "the damaged roof will be removed by a team of engineers",
            "the new furnaces will be installed in the east hall",
            "production will restart in the spring",
        ]
    ]
    assert _orders(REBUILD_AR, "ar") == [
        [
            "إزالة السقف المتضرر",
            "تركيب الأفران الجديدة في القاعة الشرقية",
            "استئناف الإنتاج في الربيع",
        ]
    ]


def test_then_alone_makes_no_steps() -> None:
    """ "then" is everywhere; with no word saying which step comes first there is no order."""
    text = REBUILD_EN.replace("first the damaged", "the damaged")
    assert _orders(text, "en") == []
    text = REBUILD_AR.replace("أولا ", "")
    assert _orders(text, "ar") == []


def test_a_step_opened_by_and_then_keeps_the_run_going() -> None:
    """ "And then the new furnaces …" ended the run, and four steps gave no question."""
    text = (
        "How the plant will be rebuilt\n\n"
        "The company's chief executive, Anna Berg, said the rebuild would come in stages. First, "
        "the damaged roof will be removed by a team of engineers. And then the new furnaces will "
        "be installed in the east hall. After that, the workers will be trained on the new line. "
        "Finally, production will restart in the spring.\n"
    )
    orders = _orders(text, "en")
    assert len(orders) == 1 and len(orders[0]) == 4, orders
    assert orders[0][1] == "the new furnaces will be installed in the east hall"


GRANT_EN = (
    "How to apply for the new grant\n\n"
    "The council's housing officer, Sam Reed, said applicants should follow three steps:\n\n"
    "1. Fill in the online form on the council website.\n\n"
    "2. Send a copy of a recent utility bill to the housing office.\n\n"
    "3. Wait for a visit from an inspector within four weeks.\n\n"
    '"Most people will hear back within a month," Reed said.\n'
)
GRANT_AR = (
    "خطوات التقديم على المنحة\n\n"
    "قال مسؤول الإسكان في البلدية سامي رضا إن على المتقدمين اتباع ثلاث خطوات:\n\n"
    "1- تعبئة الاستمارة الإلكترونية على موقع البلدية.\n\n"
    "2- إرسال نسخة من فاتورة الكهرباء إلى مكتب الإسكان.\n\n"
    "3- انتظار زيارة المفتش خلال أربعة أسابيع.\n"
)


def test_numbered_steps_announced_as_steps_are_asked_in_order() -> None:
    """A numbered list of steps ("follow three steps: 1. … 2. … 3. …") gave no order question."""
    assert _orders(GRANT_EN, "en") == [
        [
            "Fill in the online form on the council website",
            "Send a copy of a recent utility bill to the housing office",
            "Wait for a visit from an inspector within four weeks",
        ]
    ]
    assert _orders(GRANT_AR, "ar") == [
        [
            "تعبئة الاستمارة الإلكترونية على موقع البلدية",
            "إرسال نسخة من فاتورة الكهرباء إلى مكتب الإسكان",
            "انتظار زيارة المفتش خلال أربعة أسابيع",
        ]
    ]


def test_a_numbered_list_not_said_to_be_steps_is_no_order() -> None:
    text = GRANT_EN.replace("should follow three steps:", "will need these papers:")
    assert _orders(text, "en") == []


def test_a_line_that_leads_into_a_list_is_part_of_the_story() -> None:
    """The line before the list, ended by a colon, was read as a subheading and left out: the
    housing officer, named there, was asked nothing. Its count of steps is the order question's,
    and is not asked again."""
    questions = generate(GRANT_EN, language="en").questions
    roles = [q for q in questions if q.category == "role"]
    assert [q.answer[0] for q in roles] == ["Sam Reed"], [(q.prompt, q.answer) for q in questions]
    assert not [q for q in questions if "how many steps" in q.prompt.lower()]


INDEX_AR = (
    "تراجع مؤشر البورصة\n\n"
    "انخفض الرقم القياسي العام لأسعار الأسهم لإغلاق الأسبوع الماضي في البورصة إلى (1845.3) "
    "نقطة مقارنة مع (1870.8) نقطة للأسبوع السابق.\n\n"
    "أما قطاع الصناعة فقد أغلق عند مستوى 2085 نقطة، بحسب بيان البورصة الصادر في عام 2019.\n"
)


def test_an_index_level_is_asked_whole_and_is_no_year() -> None:
    """ "(____.3) نقطة" keyed «1845» read the whole part of an index's level as a year (set x's
    reviewers: garbled, both); «2085 نقطة» was asked as a date."""
    questions = generate(INDEX_AR, language="ar").questions
    keys = {str(q.answer[0]) for q in questions if q.type == "cloze"}
    assert not {"1845", "1870"} & keys, keys
    assert {"1845.3", "1870.8"} & keys, keys
    points = [q for q in questions if q.type == "cloze" and q.answer[0] == "2085"]
    assert points and points[0].category == "number", [(q.category, q.answer) for q in points]
    assert not [q for q in questions if re.search(r"____[.,]\d|\d[.,]____", q.prompt)]


APPEAL_EN = (
    "Doctor to appeal verdict\n\n"
    "A lawyer for Conrad Murray says that the former doctor will appeal yesterday's conviction, "
    "the Associated Press reports.\n\n"
    "Lead defense attorney Ed Chernoff told reporters that the verdict was a disappointment, the "
    "Associated Press reports.\n\n"
    'Nareg Gourjian, another defense lawyer for Murray, said that his client was "devastated" by '
    "the verdict, according to CNN.\n"
)


def test_a_lawyer_is_nobody_the_article_names() -> None:
    """ "A lawyer for Conrad Murray says …" was asked "Who said …?" keyed with the lawyer named
    later ("another defense lawyer for Murray"): set x's reviewers, wrong key, both."""
    questions = generate(APPEAL_EN, language="en").questions
    said = [q for q in questions if q.category == "attribution"]
    assert said, [(q.prompt, q.answer) for q in questions]
    assert not [q for q in said if "will appeal" in q.prompt], [(q.prompt, q.answer) for q in said]


def test_whose_report_it_is_is_no_words_said() -> None:
    """ "Who said that the verdict was a disappointment, the Associated Press reports?" asked the
    agency's words as the lawyer's."""
    questions = generate(APPEAL_EN, language="en").questions
    said = [q for q in questions if "disappointment" in q.prompt]
    assert said, [(q.prompt, q.answer) for q in questions]
    assert not [q for q in said if "Associated Press" in q.prompt], [q.prompt for q in said]


def test_a_common_short_given_name_after_a_role_names_a_person() -> None:
    """ "Director of Rural Development Ron Sparks says …" found nobody ("Ron" was no given
    name), and "said ____." was keyed "Sparks" with "Ron Sparks" marked wrong (set x)."""
    text = (
        "Doctors on call\n\n"
        "The tools look like anything you would find in a regular doctors office.\n\n"
        "Director of Rural Development Ron Sparks says the program will change healthcare in "
        "small towns.\n\n"
        '"Giving people a quality of life so they will have a better life," said Sparks.\n\n'
        "The rehab specialist at the county hospital, Cecelia Land, says the program works.\n"
    )
    questions = generate(text, language="en").questions
    keyed = [q for q in questions if "Sparks" in str(q.answer)]
    assert keyed, [(q.prompt, q.answer) for q in questions]
    assert all("Ron Sparks" in q.answer for q in keyed), [(q.prompt, q.answer) for q in keyed]


def test_a_body_is_named_right_without_its_country() -> None:
    """«بحسب أي جهة: …؟» keyed «وزارة الدفاع السعودية» marked «وزارة الدفاع» wrong (set x's
    reviewers: over-long key, both); a body with no country at its end keeps its name."""
    text = "وقالت وزارة الدفاع السعودية، يوم الأربعاء، إن المنشأة استهدفت بأربعة صواريخ."
    assert "وزارة الدفاع" in keys.other_forms("وزارة الدفاع السعودية", text)
    assert "وزارة" not in keys.other_forms("وزارة الصحة", "قالت وزارة الصحة إن …")


def test_a_count_the_sentence_numbers_by_ordinals_is_no_gap() -> None:
    """«ثمة ____ تكتسيان طابعا هاما، الأولى … والثانية …» keyed «اثنتين»: the ordinals after
    it count the items (set x's reviewers: given away, both); "scored 2 goals, the first …
    and the second …" the same."""
    arabic = (
        "المجلس يصادق على جدول أعماله\n\n"
        "قال رئيس المجلس أحمد بدرة إن جدول أعمال الدورة كان يضم 18 نقطة تمت المصادقة عليها.\n\n"
        "وأضاف بدرة أن ثمة اثنتين تكتسيان طابعا هاما، الأولى تتعلق بتوزيع المنح على الجمعيات، "
        "والثانية تتعلق بإصلاح الطرق في الأحياء الشعبية.\n"
    )
    english = (
        "Cup final\n\n"
        "The team scored 2 goals in the final, the first in the 10th minute and the second just "
        "before half-time.\n\n"
        "About 4,000 fans travelled to the match in the capital.\n"
    )
    for text, language, count in ((arabic, "ar", "اثنتين"), (english, "en", "2")):
        questions = generate(text, language=language).questions
        keys = [str(q.answer[0]) for q in questions if q.type == "cloze"]
        assert count not in keys, keys
        assert keys, [(q.prompt, q.answer) for q in questions]  # other numbers still asked


def test_a_foreign_name_after_a_ministry_role_is_a_person() -> None:
    """«أعلنت وزيرة الصحة الفرنسية أنياس بوزين اليوم …» found nobody: a role of two words
    («وزيرة الصحة») and a name no list knows, «ب» opening its family name (set x's 07-ar gave
    two questions, neither on the minister)."""
    text = (
        "الإنفلونزا في فرنسا\n\n"
        "أعلنت وزيرة الصحة الفرنسية أنياس بوزين اليوم الجمعة تسجيل حالتين في فرنسا، قائلة إن "
        "أحد المصابين يتلقى العلاج في مدينة بوردو.\n\n"
        "وقال وزير النقل العراقي خطا آخر في البصرة، بحسب البيان.\n"
    )
    doc = parse(text, "ar")
    mentions.spot(doc)
    assert list(doc.people) == ["أنياس بوزين"], list(doc.people)
    roles = [q for q in generate(text, language="ar").questions if q.category == "role"]
    assert roles and roles[0].answer[0] == "أنياس بوزين", [(q.prompt, q.answer) for q in roles]


FACTORY_AR = (
    "وزير الصناعة: مصنع صيني جديد للزجاج\n\n"
    "قال وزير الصناعة كريم فهمي إن الشركة الصينية ستبدأ الإنتاج في شهر أكتوبر.\n\n"
    "وأشار إلى أن المصنع الذي أقيم في المنطقة الصناعية باستثمارات تبلغ 400 مليون دولار سيقوم "
    "بتشغيل نحو 900 عامل.\n\n"
    "وأكد فهمي أن المصنع من ثمار زيارة الرئيس محمد مرسي إلى بكين.\n"
)


def test_a_preposition_after_a_verb_of_saying_is_no_family_name() -> None:
    """«وأشار إلى أن» after «الرئيس محمد مرسي إلى بكين» made a man «مرسي إلى», keyed as the
    speaker of «وأشار …» (set y's reviewers: wrong key, both)."""
    doc = parse(FACTORY_AR, "ar")
    mentions.spot(doc)
    assert "مرسي إلى" not in doc.people, list(doc.people)
    keys = [str(q.answer) for q in generate(FACTORY_AR, language="ar").questions]
    assert not [k for k in keys if "مرسي إلى" in k], keys


def test_a_verb_that_describes_the_noun_before_it_is_not_turned_round() -> None:
    """«كم تبلغ المصنع الذي أقيم … باستثمارات؟»: «تبلغ» describes «استثمارات», not the
    factory (set y's reviewers: garbled, both)."""
    prompts = [q.prompt for q in generate(FACTORY_AR, language="ar").questions]
    assert not [p for p in prompts if "كم تبلغ المصنع" in p], prompts


def test_a_role_after_a_name_ends_at_said() -> None:
    """ "Toby Jurovics, Chief Curator at the Joslyn said." read "Chief" as his role at a body
    "Curator at the Joslyn said": "Who is Curator at the Joslyn said's Chief?" (set y: garbled,
    both reviewers)."""
    text = (
        "Painting restored\n\n"
        '"We had our eye on cleaning this wonderful piece of work," Toby Jurovics, Chief '
        "Curator at the Joslyn said.\n\n"
        "Twice a week, conservator Kenneth Be leaves his workshop to work on the painting.\n\n"
        '"It has looked so different to an entire generation," Be said.\n'
    )
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert not [p for p in prompts if "said's" in p or "Joslyn said" in p], prompts


def test_a_dateline_with_the_station_s_letters_is_no_gap() -> None:
    """ "Omaha, Neb. (KMTV)-When you go to the museum …": "____, Neb." asked the dateline's
    town (set y's reviewers: trivial, both)."""
    text = (
        "Painting restored\n\n"
        "Omaha, Neb. (KMTV)-When you go to the museum you see some masterpieces, but have you "
        "ever thought about what goes on behind the scenes?\n\n"
        "Conservator Kenneth Be is taking the sixty year old varnish off the painting.\n"
    )
    doc = parse(text, "en")
    assert doc.text[: datelines.dateline_end(doc)].rstrip().endswith("(KMTV)-")


def test_a_described_surname_is_the_person_named_before() -> None:
    """ "Super-bantamweight Davies suggested …" made a second man beside Liam Davies, and his
    words were asked "Who said …?" of the story's only speaker (set y: duplicate, both)."""
    text = (
        "Davies ready for world stage\n\n"
        "Liam Davies is ready to rock the world after a first round stoppage in Telford.\n\n"
        "Super-bantamweight Davies suggested an October world showdown as he retained his "
        "British and European belts.\n\n"
        "“I’m 27 and into my prime, all I want to do is fight,” said Davies.\n"
    )
    doc = parse(text, "en")
    mentions.spot(doc)
    assert list(doc.people) == ["Liam Davies"], list(doc.people)


def test_a_gap_on_an_item_of_a_typed_list_is_left_out() -> None:
    """ "… injuries to key players like ____ and Marcos Tebar" beside "Name one of the two people
    who complete the sentence …": one fact, and the gap prints the other item; as a gap on an
    item of a select-all, it is left out whatever its kind's rate."""
    text = (
        "Injuries cost Odisha the game\n\n"
        "Odisha boss Josep Gombau suggested that injuries to key players like Aridane Santana "
        "and Marcos Tebar changed the game.\n\n"
        '"We conceded from three set-pieces," Gombau said.\n'
    )
    doc = parse(text, "en")
    mentions.spot(doc)
    sentence = doc.content[0]
    listed = name_one.ask(
        doc, sentence, "injuries to key players like", ["Aridane Santana", "Marcos Tebar"]
    )
    assert listed is not None
    start = doc.text.index("Aridane Santana")
    gap = cloze(doc, sentence, start, start + len("Aridane Santana"), "entity", 0.9)
    assert gap is not None
    chosen = ranker.select([gap, listed])
    assert listed in chosen and gap not in chosen, [q.prompt for q in chosen]


def test_a_rounded_number_beside_the_exact_one_is_asked_once() -> None:
    """ "More than ____ workers will lose their jobs" (500) beside "How many jobs will be lost
    …?" (538), "As many as ____ inches of rain" (four) beside "____ inches of rain in New River"
    (3.98): one fact each, asked twice (set z's reviewers: duplicate, both)."""
    text = (
        "Plant to close\n\n"
        "More than 500 workers will lose their jobs when the shirt plant closes in May.\n\n"
        "The company said 538 jobs would be lost when the plant permanently closes on May 15.\n\n"
        "As many as four inches of rain fell near the town on Tuesday.\n\n"
        "There was 3.98 inches of rain in New River, according to the weather service.\n\n"
        "The company will spend $10 million on severance packages for 60 managers.\n"
    )
    keys = [
        str(q.answer[0] if isinstance(q.answer, list) else q.answer)
        for q in generate(text, language="en").questions
        if q.category == "number"
    ]
    assert len({"500", "538"} & set(keys)) == 1, keys
    assert len({"four", "3.98"} & set(keys)) == 1, keys
    assert "10 million" in keys and "60" in keys, keys  # numbers far apart stay two facts


def test_a_role_after_according_to_is_no_words_said() -> None:
    """ "…, according to Amanda Jacinto, spokeswoman for the fire department …" was asked "Who
    said that spokeswoman for the fire department …?" (set z's reviewers: garbled, both)."""
    text = (
        "Flooding near Phoenix\n\n"
        "Two women were rescued after flood waters trapped them inside a house, according to "
        "Amanda Jacinto, spokeswoman for the fire department in the suburb of Peoria.\n\n"
        "No one was injured during the rescue, according to Fire Captain Benjamin Santilla.\n\n"
        '"It has been a very busy morning," said James Neely, a forecaster.\n'
    )
    prompts = [q.prompt for q in generate(text, language="en").questions]
    assert not [p for p in prompts if "that spokeswoman" in p], prompts


def test_the_united_states_is_asked_whole() -> None:
    """«من ____ الأمريكية» keyed «الولايات المتحدة» left the adjective of its full name in the
    prompt (set z's reviewers: given away, both): the place is read whole."""
    text = (
        "فريق طبي متطوع\n\n"
        "أجرى فريق طبي متطوع من الولايات المتحدة الأمريكية عمليات جراحية لسبعة أطفال في عمان.\n"
    )
    doc = parse(text, "ar")
    spans = [doc.text[a:b] for s in doc.content for a, b, _ in mentions.place_spans(doc, s)]
    assert "الولايات المتحدة الأمريكية" in spans, spans


def test_a_gap_hides_the_surname_of_a_judge_a_choice_question_asks() -> None:
    """ "Judge Hankinson promptly sentenced Sierra on ____ counts" beside "Who is the circuit
    court judge?" keyed "James Hankinson" (set z's reviewers: duplicate, both): a choice
    question's person is hidden by surname too, as a typed one's was; "Khan" of "Nur Khan
    Airbase" is no surname of a "Prime Minister Imran Khan" to hide."""
    text = (
        "Man sentenced to life\n\n"
        "Circuit court judge James Hankinson sentenced Miguel Sierra on Tuesday.\n\n"
        '"You are a law abiding citizen’s worst nightmare," Hankinson said.\n\n'
        '"He has maintained his innocence from the beginning," said his attorney, Ethan Way.\n\n'
        "Judge Hankinson promptly sentenced Sierra to the maximum sentence on seven counts.\n"
    )
    questions = generate(text, language="en").questions
    asks_him = [q for q in questions if q.type == "mcq" and q.answer == "James Hankinson"]
    assert asks_him, [(q.prompt, q.answer) for q in questions]
    counts = [q for q in questions if q.type == "cloze" and "seven" in q.answer]
    assert counts and "Hankinson" not in counts[0].prompt, [q.prompt for q in counts]
    match = re.search("Khan", "held at Nur Khan Airbase.")
    assert pairs._in_a_longer_name("held at Nur Khan Airbase.", match)
    match = re.search("Khan", "said Prime Minister Khan.")
    assert not pairs._in_a_longer_name("said Prime Minister Khan.", match)


def test_a_sentence_turned_round_defines_no_term() -> None:
    """ "Gone is the clean shaven young man in a suit and tie we saw at trial." was asked "What
    is Gone?" (set z's reviewers: garbled, both)."""
    text = (
        "Man sentenced\n\n"
        "Gone is the clean shaven young man in a suit and tie we saw at trial.\n\n"
        "Here are the seven counts the jury found him guilty of.\n\n"
        "The Circuit Court is the trial court of the county.\n"
    )
    doc = parse(text, "en")
    mentions.spot(doc)
    prompts = [q.prompt for q in definitions.extract(doc)]
    assert not [p for p in prompts if "Gone" in p or "Here" in p], prompts


def test_a_number_inside_a_turn_of_phrase_is_no_gap() -> None:
    """ "faced the judge with a ____ o'clock shadow" keyed "five" (set z's reviewers: garbled,
    both); "at three o'clock" is a time, and asked."""
    text = (
        "Man sentenced\n\n"
        "Tuesday afternoon Miguel Sierra faced the judge with a five o'clock shadow and a "
        "jailhouse jumpsuit.\n\n"
        "The hearing started at three o'clock and the jury deliberated for seven hours.\n"
    )
    keys = [str(q.answer[0]) for q in generate(text, language="en").questions if q.type == "cloze"]
    assert "five" not in keys and "three" in keys, keys


def test_a_gap_on_a_name_a_who_is_question_asks_is_left_out() -> None:
    """«وأوضح "____" أن بعض المواطنين شعروا بالهزة» keyed «رابح» after «من هو رئيس المعهد
    القومي للبحوث؟» keyed «طه رابح» (set w's reviewers: duplicate, both)."""
    text = (
        "زلزال يضرب المنطقة\n\n"
        "سجلت محطات الرصد زلزالا على بعد 710 كيلومترات من العاصمة، بقوة 5.2 درجة.\n\n"
        "وقال الدكتور طه رابح، رئيس المعهد القومي للبحوث، إن الهزة الأرضية مركزها شمال قبرص.\n\n"
        "وأوضح “رابح” أن بعض المواطنين شعروا بالهزة الأرضية نتيجة قوتها.\n"
    )
    questions = generate(text, language="ar").questions
    assert [q for q in questions if q.category == "role" and q.answer[0] == "طه رابح"]
    gaps = [q for q in questions if q.type == "cloze" and q.answer[0] == "رابح"]
    assert not gaps, [q.prompt for q in gaps]
