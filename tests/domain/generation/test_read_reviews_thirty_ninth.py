# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off the thirty-eighth session's blind reviews of fresh short news (sets hu, hv
and hw), each on a text written for it: count questions whose subject is an ordinal alone, whose
unit goes on past its plural or whose count is judged by "is"; a sentence-opening noun kept
capital inside a question; a count after "the hotter of the"; a scale and the head of a list of
letters taken for names; a name of two runs joined by "and"; a role cut at «ما» of «ما بعد»."""

from studyapp.domain.generation import document, generate, mentions

PLANETS_EN = """Three planets found in a star cluster

During the study, three alien planets were discovered, two of which orbit stars like the Sun while the third revolves around a red giant star. The first two planets each have orbits of seven and five days, while the third takes 122 days to make its orbit.
Temperature on the planet hovers around 2,000 degrees Fahrenheit, the team said.
Eighty planetary candidates is an impressive haul in its own right.
The observatory has 47 members, and the academy employs 300 people in Chile.
"""

BOARD_EN = """Board approves manual

Monday is expected to be the hotter of the two days, with the heat index reaching 100 in Hartford.
Finally, Sections C, D and E of the Policy and Procedures Manual were also approved by the board on Tuesday.
The board hired 12 new teachers for the district's three schools in August.
"""

RESEARCHER_AR = """اكتشاف كواكب جديدة

قال ماثيو بيني، الباحث فى دراسة ما بعد الدكتوراه فى جامعة ولاية أوهايو، إن الفريق رصد ثلاثة كواكب جديدة حول نجم قريب.
وأضاف بيني أن الدراسة استمرت عامين.
وقالت سارة محمود، مديرة المرصد، إن النتائج مهمة.
"""


def _questions(text: str, language: str):
    return generate(text, language=language).questions


def _counts(text: str, language: str) -> dict[str, str]:
    return {
        q.prompt: str(q.answer[0])
        for q in _questions(text, language)
        if q.type == "short" and q.category == "number"
    }


def test_a_count_whose_subject_is_an_ordinal_alone_is_not_asked_how_many():
    """ "How many days does the third take to make its orbit?": the third what, the question
    does not say. The gap still asks it, with the sentence before it for context."""
    counts = _counts(PLANETS_EN, "en")
    assert not any("the third" in prompt for prompt in counts), counts
    assert any(q.type == "cloze" and q.answer[0] == "122" for q in _questions(PLANETS_EN, "en"))


def test_a_unit_that_goes_on_past_its_plural_and_a_count_judged_by_is_are_not_asked():
    counts = _counts(PLANETS_EN, "en")
    assert not any("Fahrenheit" in p or "impressive haul" in p for p in counts), counts
    # the count the sentence states plainly still is
    assert any(p.startswith("How many members does the observatory have") for p in counts), counts


def test_a_scale_is_no_name_to_blank():
    found = _questions(PLANETS_EN, "en")
    keys = [str(q.answer[0]) for q in found if q.type == "cloze"]
    assert "Fahrenheit" not in keys, keys
    assert any(q.answer[0] == "2,000" and "degrees Fahrenheit" in q.prompt for q in found), [
        q.prompt for q in found
    ]


def test_a_sentence_opening_noun_before_its_phrase_is_lowered_inside_a_question():
    """ "How many degrees does Temperature on the planet hover …?" (set hw: garbled)."""
    text = "Stadium opens\n\nParking at the stadium has 4,000 spaces for fans, officials said."
    counts = _counts(text, "en")
    assert "How many spaces does parking at the stadium have for fans?" in counts, counts


def test_a_count_after_a_comparison_among_named_things_is_not_asked():
    found = _questions(BOARD_EN, "en")
    assert not any(
        q.type == "cloze" and str(q.answer[0]).lower().startswith("two") for q in found
    ), [q.prompt for q in found]
    assert any(q.answer[0] == "100" for q in found if q.type == "cloze")


def test_the_first_letter_of_a_list_with_its_plural_head_is_no_name():
    doc = document.parse(BOARD_EN, "en")
    mentions.spot(doc)
    assert "Sections C" not in doc.organisations, doc.organisations
    assert "Policy and Procedures Manual" in doc.organisations, doc.organisations
    keys = [str(q.answer[0]) for q in _questions(BOARD_EN, "en") if q.type == "cloze"]
    assert "Sections C" not in keys and "Procedures Manual" not in keys, keys


def test_a_role_runs_through_ma_baad_and_stops_before_where_it_is_held():
    """«من هو الباحث فى دراسة ما؟» ("… in some study?"): the role was cut at «ما» of «ما بعد
    الدكتوراه» (postdoctoral)."""
    doc = document.parse(RESEARCHER_AR, "ar")
    mentions.spot(doc)
    roles = {role.role for role in doc.roles}
    assert "الباحث فى دراسة ما بعد الدكتوراه" in roles, roles
    prompts = [q.prompt for q in _questions(RESEARCHER_AR, "ar")]
    assert not any(p.endswith("دراسة ما؟") for p in prompts), prompts


COUNTS_EN = """Planets found in cluster

Berlin: Three new exoplanets have been discovered orbiting stars in the Messier 67 star cluster, according to the European Southern Observatory.
During the study, three alien planets were discovered, and the team watched them for 40 nights.
Exoplanets have become a focus for many astronomers since they were first discovered three decades ago.
"""

COUNTS_AR = """جامعة خليفة تكافح كورونا

نفذت جامعة خليفة 8 مشروعات بحثية لمكافحة كورونا خلال العام الماضي.
وضمت المشروعات ثمانية مشروعات بحثية وابتكارات في مختبرات الجامعة في أبوظبي.
ومولت الجامعة 14 مشروعا آخر في مستشفيات الدولة، ووقعت ثلاث اتفاقيات مع شركات عالمية.
"""


def _numbers(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (q.prompt, str(q.answer[0]))
        for q in _questions(text, language)
        if q.category == "number" and q.type in ("cloze", "short")
    ]


def test_a_count_of_the_same_things_in_other_words_is_asked_once():
    """ "How many alien planets were discovered?" and "____ new exoplanets have been discovered"
    (set hv's reviewers: a duplicate); «8 مشروعات» and «ثمانية مشروعات» (set hu's)."""
    english = _numbers(COUNTS_EN, "en")
    assert sum(key.lower() == "three" and "decades" not in p for p, key in english) == 1, english
    # three decades is another count of three: still asked
    assert any("decades" in p for p, _ in english), english
    arabic = _numbers(COUNTS_AR, "ar")
    assert sum(key in ("8", "ثمانية") for _, key in arabic) == 1, arabic
    assert any(key == "ثلاث" for _, key in arabic), arabic
