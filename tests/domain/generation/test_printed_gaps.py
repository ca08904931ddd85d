# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A gap-fill whose key a question ranked before it prints, in any sentence, is answered by that
question: blind reviewers accepted 3 of 98 of them. It is rated so, folded after the questions
shown first, and never ranked before one."""

from studyapp.domain.generation import generate, propose
from studyapp.domain.generation.calibration import PRINTED, is_likely
from studyapp.domain.generation.drafts import gives_away
from studyapp.domain.generation.folding import fold_printed, hide_in_first
from studyapp.domain.generation.repeats import prints_items
from studyapp.domain.questions import CLOZE_GAP, Question, Source

FARM_EN = """Wind farm approved

Bill Miller, president of Power Co, said the Chokecherry farm will power 1 million homes.

The Interior Department approved the Chokecherry farm in Wyoming on Monday.

Power Co will sell the power to Nevada and California from 2026.
"""


def _printed(questions):
    found = []
    for n, question in enumerate(questions):
        if question.type != "cloze" or question.category == "attribution":
            continue
        shown = [" ".join([q.prompt, *(q.choices or [])]) for q in questions[:n]]
        if any(gives_away(text, question.answer[0]) for text in shown):
            found.append(question)
    return found


def test_a_gap_an_earlier_question_prints_is_not_offered_in_a_short_list():
    # Drafted, the gap on "Wyoming" is printed by a question above it: the list being shorter
    # than ten, the ranker leaves it out rather than fold it among the ten.
    drafts = propose(FARM_EN, language="en").questions
    assert any(q.type == "cloze" and q.answer[0] == "Wyoming" for q in drafts)
    questions = generate(FARM_EN, language="en").questions
    assert len(questions) < 10 and not _printed(questions), [q.prompt for q in questions]
    assert any("Wyoming" in q.prompt for q in questions)  # the sentence is still asked


def test_a_count_after_said_asks_about_the_subject_that_follows_it():
    prompts = [q.prompt for q in generate(FARM_EN, language="en").questions]
    asked = "According to Power Co's president, how many homes will the Chokecherry farm power?"
    assert asked in prompts
    assert not any("will said" in p for p in prompts), prompts


def _gap(prompt: str, key: str, confidence: float, category: str = "number") -> Question:
    text = prompt.replace(CLOZE_GAP, key)
    return Question(
        f"g-{key}",
        "cloze",
        prompt,
        [key],
        Source(0, len(text), text),
        category,
        confidence=confidence,
    )


def _role(prompt: str, person: str, surname: str) -> Question:
    """A "who is the …?" question shown first, keyed to `person`."""
    role = Question(
        "g-role",
        "short",
        prompt,
        [person, surname],
        Source(0, 10, "x" * 10),
        "role",
        confidence=0.78,
    )
    role.extra["person"] = person
    return role


def test_a_folded_number_gap_hides_the_minister_a_role_question_asks_for():
    """«من هو وزير التخطيط؟» was rejected as a duplicate when the folded number gaps below it
    printed «أشرف العربي» (seventy-ninth review): they hide him as the gaps shown first do. The
    two numbers of the sentence hide each other, as two gaps of one sentence do."""
    role = _role("من هو وزير التخطيط؟", "أشرف العربي", "العربي")
    sentence = (
        "كشف الدكتور أشرف العربي، وزير التخطيط، أن معدل النمو بلغ {} مقارنة بـ 3.8% العام الماضي"
    )
    shown = _gap(sentence.format(CLOZE_GAP), "4.5%", 0.83)
    folded = _gap(sentence.replace("3.8%", CLOZE_GAP).format("4.5%"), "3.8%", PRINTED)
    assert is_likely(shown) and not is_likely(folded)
    first = hide_in_first([role, shown, folded], 10)
    assert "أشرف العربي" not in first[1].prompt and "أشرف العربي" not in first[2].prompt, first
    assert "الدكتور …،" in first[2].prompt, first[2].prompt
    assert "3.8%" not in first[1].prompt and "4.5%" not in first[2].prompt, first


def test_a_folded_phrase_gap_hides_what_the_questions_above_it_ask():
    """Blind reviewers rejected folded phrase gaps as duplicates when their sentence printed the
    number and the director the questions shown first ask («المهندس حسين قميري … بنسبة 95 %»,
    eighty-seventh review): the folded gap hides them too, where those questions do not print
    its own key."""
    role = _role("من هو مدير عام المياه؟", "حسين قميري", "قميري")
    rate = _gap("وأوضح المدير أن نسبة الإنجاز بلغت ____ في المرحلة الأولى", "95 %", 0.83)
    phrase = _gap(
        "أكد المهندس حسين قميري جاهزية الشبكة بنسبة 95 % ولم يتبق إلا بعض العدادات في ____",
        "أحياء الشقيق",
        0.04,
        category="fact",
    )
    assert is_likely(rate) and not is_likely(phrase)
    first = hide_in_first([role, rate, phrase], 10)
    assert "95 %" not in first[2].prompt and "حسين قميري" not in first[2].prompt, first[2].prompt
    assert first[2].prompt.count(CLOZE_GAP) == 1 and first[2].answer == ["أحياء الشقيق"]


def test_a_folded_gap_hides_a_number_even_where_the_numbers_gap_prints_its_key():
    """Left in the folded gap, the number's answer stood in a prompt below it, and reviewers of
    fresh news rejected the number's gap as the duplicate (the hundred-and-twelfth review:
    «80 مليار جنيه» and «235 مليار جنيه» printed by a folded gap under them). Hidden there, the
    folded gap is the one whose key another prompt prints: it was worth little anyway."""
    sentence = "وبلغت نسبة الإنجاز {} في أحياء {} بعد تأخر المقاول"
    rate = _gap(sentence.format(CLOZE_GAP, "الشقيق"), "95 %", 0.83)
    phrase = _gap(sentence.format("95 %", CLOZE_GAP), "الشقيق", 0.04, category="fact")
    first = hide_in_first([rate, phrase], 10)
    assert "95 %" not in first[1].prompt and "…" in first[1].prompt, first[1].prompt
    assert first[0].prompt == rate.prompt


def test_a_gap_on_a_name_is_folded_when_a_question_above_prints_a_form_it_accepts():
    """ "Results from Procter & Gamble Co and ____" keyed "Danone SA" (accepting "Danone") was
    rejected as given away under "Who is Danone's finance chief?" (eighty-seventh review)."""
    role = _role("Who is Danone's finance chief?", "Juergen Esser", "Esser")
    firm = _gap("Results from Procter & Gamble Co and ____ show higher costs.", "Danone SA", 0.45)
    firm = Question(**{**vars(firm), "category": "entity", "answer": ["Danone SA", "Danone"]})
    city = _gap("The firm was founded in ____ in 1919.", "Barcelona", 0.45, category="entity")
    kept, folded = fold_printed([role, firm, city])
    assert [q.answer[0] for q in folded] == ["Danone SA"], [q.prompt for q in kept]
    assert folded[0].confidence == PRINTED and city in kept


def test_a_which_agency_question_folds_when_a_question_above_prints_the_agency():
    """«لأي وكالة تحدث وزير التربية والتعليم؟» was rejected as given away: the number gap above
    it printed «لوكالة أنباء البحرين» (eighty-seventh review). The agency is found with the
    «ل» written onto it, as a gap's key is found with «ب» or «لل»."""
    number = _gap(
        "وذكر الوزير في حوار خاص لوكالة أنباء البحرين أنه سيتم استقبال ____ معلم",
        "أربعة آلاف",
        0.93,
    )
    agency = Question(
        "g-agency",
        "mcq",
        "لأي وكالة تحدث وزير التربية والتعليم؟",
        "وكالة أنباء البحرين",
        Source(0, 10, "x" * 10),
        "venue",
        choices=["وكالة أنباء البحرين", "وكالة فرانس برس", "وكالة الأنباء الكويتية"],
        confidence=0.55,
    )
    schools = _gap("وعاد المعلمون إلى ____ هذا الأسبوع", "المدارس الحكومية", 0.45, "entity")
    printing = _gap("وتعمل ____ للمدارس الحكومية في المنامة", "الوزارة", 0.9, "entity")
    kept, folded = fold_printed([number, agency, printing, schools])
    assert [q.id for q in folded] == [agency.id, schools.id], [q.prompt for q in kept]


def test_a_nickname_in_quotation_marks_is_hidden_where_its_gap_stands_beside():
    """«وواصل «الأصفر» انتصاراته … من الجولة الـ ____» beside «وواصل «____» …الجولة الـ 12»: each
    printed the other's key, so neither could hide it. The quotation marks say where the name
    ends: the number gap hides it, and the folded name gap then hides the number."""
    sentence = "وواصل «{}» انتصاراته للمباراة الخامسة منذ تعثره في الجولة الـ {} الماضية"
    number = _gap(sentence.format("الأصفر", CLOZE_GAP), "12", 0.81)
    name = _gap(sentence.format(CLOZE_GAP, "12"), "الأصفر", 0.03, category="entity")
    first = hide_in_first([number, name], 10)
    assert "الأصفر" not in first[0].prompt and "12" not in first[1].prompt, first
    assert [q.prompt.count(CLOZE_GAP) for q in first] == [1, 1]


LIST_AND_ITS_SENTENCE_AR = """ريفيان تخفض توقعاتها للإنتاج

قالت شركة السيارات الكهربائية "ريفيان" إن الحرب الروسية الأوكرانية تزيد من ضغوطات سلسلة التوريد وتكاليفها.

وفي بيان صادر عن الشركة، ألقت الشركة الأمريكية باللوم على الحرب الأوكرانية والوباء واستمرار التضخم في التأخير في العمليات بما في ذلك النقص والتأخير في توريد أجزاء محركات السيارات.

وخفضت الشركة الشهر الماضي توقعاتها للإنتاج إلى 25 ألف سيارة هذا العام، إذ تكبدت خسارة مالية بقيمة 2.461 مليار دولار في الثلاثة أشهر المنتهية في ديسمبر الماضي.
"""


def test_gaps_that_print_a_lists_items_come_after_those_that_do_not():
    # «وفي ____، ألقت الشركة الأمريكية باللوم على الحرب الأوكرانية والوباء واستمرار التضخم …»
    # under «اختر كل ما يكمل العبارة: «ألقت الشركة الأمريكية باللوم على …»»: a blind reviewer
    # rejected the select-all, its three answers printed below it, while gaps of other
    # sentences that printed nothing waited after the first ten. (As a pasted article the
    # list's sentence gets no phrase gap at all, another question asking it: the passage.)
    passage = LIST_AND_ITS_SENTENCE_AR.split("\n\n", 1)[1].replace("\n\n", " ")
    questions = generate(passage, language="ar").questions
    multi = [q for q in questions if q.type == "multi"]
    assert len(multi) == 1 and multi[0].answer == ["الحرب", "الوباء", "التضخم"]
    below = questions[questions.index(multi[0]) + 1 :]
    printing = [n for n, q in enumerate(below) if prints_items(q, multi[0])]
    clean = [n for n, q in enumerate(below) if not prints_items(q, multi[0])]
    assert printing and clean
    assert max(clean) < min(printing), [q.prompt[:40] for q in below]


ARREST_EN = """Suspect arrested after mall shooting

Police arrested a man on Saturday after four people were killed at the Riverside Mall in Dayton, Ohio.

Police have named him as Daniel Korver, 22, of Springfield, Ohio.

He was taken into custody without incident at 7 p.m., police chief Mark Ellison said.

Officers found the rifle in a car parked at a gas station on Main Street, Ellison said.

The search lasted 24 hours.

"The community showed great courage during a difficult night," Ellison said.

The mall, which employs 1,500 people, will remain closed until Tuesday, a spokesman for the city said.
"""


def test_a_folded_gap_that_prints_an_answer_shown_first_gives_way_below_the_ten():
    # "Police have named him as ____, 22, of Springfield" (folded) printed the answers of
    # "named him as Daniel Korver, ____" and "… of ____, Ohio", shown first: a blind reviewer
    # rejected those as duplicates, while a gap that printed nothing waited below the ten.
    questions = generate(ARREST_EN, language="en").questions
    first = questions[:10]
    shown = [q for q in first if is_likely(q)]
    for question in (q for q in first if not is_likely(q)):
        for other in shown:
            assert not gives_away(question.prompt, str(other.answer[0])), (
                question.prompt,
                other.answer,
            )
    assert ["difficult night"] in [q.answer for q in first]
