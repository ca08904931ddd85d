# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh news after its blind review: the set u of the hundred-and-fifty-fourth
review (docs/reviews/held-out/2026-12-06-hundred-and-fifty-fourth.jsonl), each on a text
written for the test. "Set u's reviewer" below is that review's."""

from studyapp.domain.generation import document, mentions, propose
from studyapp.domain.grading import grade

RALLY_EN = """Opposition rejects the vote

The opposition parties met in Karachi on Monday to plan their response to the vote count, which observers said was deeply flawed and ran late into the night across the country.

“The opposition alliance has declared the elections as non-transparent and we will not accept the result of this deeply flawed vote in any of the provinces. But we have decided to challenge the puppet government in the parliament,” Sherry Rehman told media persons after the conference which was attended by the PML-N, the PPP, the MMA, the ANP and other parties.
"""


def test_a_gap_past_a_quotations_close_is_not_framed_as_the_speakers_words():
    """'Sherry Rehman said: "But we have decided …," Sherry Rehman told media persons after the
    ____' put the narrator inside her quotation (set u's reviewer: garbled)."""
    gaps = [
        q
        for q in propose(RALLY_EN, language="en").questions
        if q.type == "cloze" and "media persons" in q.prompt
    ]
    assert gaps, "the test needs a gap in the narrator's words after the quotation"
    for gap in gaps:
        assert not gap.prompt.startswith("Sherry Rehman said:"), gap.prompt
        assert gap.prompt.count("“") == gap.prompt.count("”"), gap.prompt


APC_EN = """Opposition parties to support joint candidate

ISLAMABAD: An all-party conference of opposition parties has denounced the elections as sham and unfair, said Senator Sherry Rehman on Thursday.

"We will take oath in the National Assembly," she said.

Speaking on this occasion, PML-N MNA Ahsan Iqbal said that all democratic parties would launch a democratic struggle. "The flawed election is an assault on the foundation of Pakistan," he said.
"""


def test_a_member_of_a_national_assembly_is_a_role_before_the_name():
    """ "PML-N MNA Ahsan Iqbal said …" found no person, so his "he said" went to the speaker
    before him (set u's reviewer: wrong key), and a gap was keyed with party and title."""
    questions = propose(APC_EN, language="en").questions
    who = [
        q for q in questions if q.prompt.startswith("Who said") and "flawed election" in q.prompt
    ]
    assert [q.accepted_answers[0] for q in who] == ["Ahsan Iqbal"], [q.answer for q in who]
    keys = [q.answer[0] for q in questions if q.type == "cloze"]
    assert "PML-N MNA Ahsan Iqbal" not in keys


def test_a_dates_ordinal_day_with_its_year_is_right_in_digits():
    """«… الذي نالته في ____» keyed «العشرين من مارس عام 1956» marked «20 مارس 1956» wrong."""
    text = "تونس تحتفل بعيد الاستقلال\n\nوتحتفل تونس اليوم بالذكرى الثامنة والستين لاستقلالها عن فرنسا الذي نالته في العشرين من مارس عام 1956، وسط أجواء احتفالية في مختلف المدن.\n"
    [date] = [
        q
        for q in propose(text, language="ar").questions
        if q.category == "date" and "1956" in q.answer[0]
    ]
    assert grade(date, "20 مارس 1956").correct


def test_a_side_of_a_place_is_not_accepted_without_the_side():
    """ "residents in ____" keyed "Northern California" accepted "California" (set u)."""
    text = "Storm hits the coast\n\nAs the storm intensified, state officials warned residents in Northern California to stay off the roads.\n\nCalifornia has had three storms this month, and more rain is expected in the state this weekend.\n"
    gaps = [
        q for q in propose(text, language="en").questions if q.answer[0] == "Northern California"
    ]
    assert gaps, "the test needs the gap"
    assert not grade(gaps[0], "California").correct


def test_an_age_after_al_is_no_count_to_turn_round():
    """«كم عامًا أصدرت المحكمة قرارها بسجن الرجل صاحب الـ؟» (set u's reviewer: garbled)."""
    text = "السجن مدى الحياة لقاتل أمه\n\nوأصدرت المحكمة قرارها بسجن الرجل صاحب الـ 39 عامًا مدى الحياة، مع حد أدنى قدره 21 عاماً قبل النظر في الإفراج المشروط.\n"
    prompts = [q.prompt for q in propose(text, language="ar").questions]
    assert not any("الـ؟" in p or p.startswith("كم عامًا أصدرت") for p in prompts), prompts


def test_a_count_whose_of_phrase_runs_past_the_comma_stays_a_gap():
    """ "How many floors will the … storefront mean of hip?" (set u's reviewer: garbled)."""
    text = "Store to open downtown\n\nTo shoppers, the Walton Street storefront will mean three floors of hip, affordable men's and women's clothing and a mix of eclectic furnishings.\n"
    prompts = [q.prompt for q in propose(text, language="en").questions]
    assert not any(p.startswith("How many floors") for p in prompts), prompts


OPENING_AR = """المحافظ يدشن مشروع مياه

وجرى التدشين بحضور مدير شرطة المحافظة العميد نجيب ورق، ومدير عام مؤسسة مياه الريف المهندس حميد خزان.

وأشاد المحافظ بالمشروع الذي سيستفيد منه أكثر من 1800 نسمة.
"""


def test_a_family_name_opening_on_waw_is_closed_by_the_comma_after_a_title():
    """«العميد نجيب ورق،»: «ورق» read as "and" opening another name, so no person was found."""
    doc = document.parse(OPENING_AR, "ar", None)
    mentions.spot(doc)
    assert "نجيب ورق" in doc.people


def test_an_institution_is_no_woman_founder_before_the_name():
    """«مدير عام مؤسسة مياه الريف المهندس حميد خزان» gave the role «مؤسسة مياه الريف»
    («مؤسسة» read as "founder", a woman), asked «من هي مؤسسة مياه الريف؟»."""
    doc = document.parse(OPENING_AR, "ar", None)
    mentions.spot(doc)
    assert doc.people["حميد خزان"].roles == ["مدير عام مؤسسة مياه الريف"]


def test_a_given_name_written_with_the_article_after_a_title_opens_a_name():
    """«دشن محافظ محافظة الحديدة الدكتور الحسن طاهر، اليوم …»: «الحسن» is a given name; the
    governor went unnamed (set u)."""
    text = "المحافظ يدشن مشروع مياه\n\nدشن محافظ محافظة الحديدة الدكتور الحسن طاهر، اليوم الاثنين، مشروع مياه قرية الجريب.\n\nوأشاد المحافظ بالمشروع الذي سيستفيد منه أكثر من 1800 نسمة.\n"
    doc = document.parse(text, "ar", None)
    mentions.spot(doc)
    assert doc.people["الحسن طاهر"].roles == ["محافظ محافظة الحديدة"]
