# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off the thirty-eighth session's blind reviews of fresh short news, each on a text
written for it: an editor's note in brackets, a sum in Australian dollars, an agency's name,
a verdict after a name, legal experts and a timetable that are no one, a surname printed beside
the gap that asks the full name."""

from studyapp.domain.generation import document, generate, mentions, nearforms

NOTE_EN = """Court adds cases

[Editor’s Note: This post was updated to cover the three cases in which the court asked the state attorney to file briefs.]
The justices added five new cases to their docket on Friday afternoon in the capital.
Using NASA's $A15 billion telescope, the team watched the planet for 40 hours last month.
Dale Emmons surprised police by leaving the house without any warning; when Emmons did not stop, officers pushed him to the ground.
"""

VERDICT_AR = """حكم نهائي في قضية الأراضي

أصدرت محكمة النقض يوم الأربعاء حكما نهائيا بمعاقبة وزير الزراعة الأسبق سامي حداد بالسجن المشدد ثلاث سنوات في قضية تخصيص أراض.
وقال قانونيون إن السجن المشدد يحرم المحكوم عليه من العفو عن جزء من العقوبة.
وذكرت وكالة أنباء الإمارات (وام) أن الحكم صدر بحضور عدد من المحامين في العاصمة.
وقد كلف رئيس الوزراء سعيد الكعبي بصياغة خطة لاسترداد الأراضي وفق جدول زمني محدد.
وعاقبت المحكمة نفسها كمال يوسف وزير النقل في عهد الرئيس الأسبق حسني مبارك بالسجن المشدد خمس سنوات في قضية أخرى.
وكانت محكمة الجنايات قد عاقبت صهر مبارك بالسجن 5 سنوات، وتعاد محاكمة المحكوم عليهم غيابيًا تلقائيًا إذا سلموا أنفسهم.
"""


def _questions(text: str, language: str):
    return generate(text, language=language).questions


def test_an_editors_note_in_brackets_is_not_asked():
    prompts = [q.prompt for q in _questions(NOTE_EN, "en")]
    assert not any("Editor" in p or "state attorney" in p for p in prompts), prompts
    assert any("five" not in p and "docket" in p for p in prompts), prompts  # the story is


def test_a_sum_in_australian_dollars_is_no_name_and_an_opening_participle_no_part_of_one():
    found = _questions(NOTE_EN, "en")
    keys = [str(q.answer[0]) for q in found if q.type == "cloze"]
    assert "A15" not in keys and "Using NASA" not in keys, keys


def test_a_full_name_is_not_asked_where_its_surname_stands_in_the_prompt():
    found = _questions(NOTE_EN, "en")
    assert not any(
        q.type == "cloze" and q.answer[0] == "Dale Emmons" and "Emmons did" in q.prompt
        for q in found
    ), [q.prompt for q in found]


def test_a_verdict_after_a_name_is_no_part_of_it():
    """ "Who is the former president?" keyed «حسني مبارك بالسجن» ("… to prison")."""
    doc = document.parse(VERDICT_AR, "ar")
    mentions.spot(doc)
    assert "حسني مبارك" in doc.people and "حسني مبارك بالسجن" not in doc.people, list(doc.people)
    found = _questions(VERDICT_AR, "ar")
    assert not any(
        "بالسجن" in str(q.answer) or "بالسجن" in str(q.choices) for q in found if q.type != "cloze"
    )


def test_legal_experts_and_a_timetable_are_no_one():
    doc = document.parse(VERDICT_AR, "ar")
    mentions.spot(doc)
    assert "قانونيون" not in doc.people and "جدول زمني محدد" not in doc.people, list(doc.people)
    found = _questions(VERDICT_AR, "ar")
    assert not any("قانونيون" in str(q.answer) or "جدول" in str(q.choices) for q in found)


def test_the_agencys_own_word_is_no_gap():
    found = _questions(VERDICT_AR, "ar")
    assert not any(q.type == "cloze" and q.answer[0] == "أنباء" for q in found), [
        q.prompt for q in found
    ]


SPEECH_EN = """Leaders trade blows

The prime minister launched five pledges for the election at a rally in Leeds on Monday.
But Mr Hale, speaking in Milton Keynes, accused the Prime Minister of having a "brass neck" in seeking another term.
"""

FOSSIL_AR = """اكتشاف ديناصور جديد

اكتشف فريق من الباحثين حفرية لديناصور له أنف كبير في صحراء ولاية يوتا الأمريكية.
وينتمي الحيوان البالغ من الطول خمسة أمتار إلى عائلة معروفة لكنه يتميز بطول الأنف على نحو غير معتاد، وقال علماء الحفريات إنه مغاير لكل ما شاهدوه من قبل.
وقال العالم سكوت سامبسون لرويترز إن الديناصور الجديد من فصيلة لم تعرف من قبل.
"""


def test_a_verb_and_its_object_after_a_comma_are_no_role():
    """ "Who is the accused the Prime Minister of having?" keyed "Milton Keynes"."""
    prompts = [q.prompt for q in _questions(SPEECH_EN, "en")]
    assert not any("accused the Prime Minister" in p and p.startswith("Who is") for p in prompts), (
        prompts
    )


def test_paleontologists_are_the_unnamed_many_not_a_speaker():
    """ "Who said …?" keyed «علماء الحفريات» beside the one named scientist."""
    doc = document.parse(FOSSIL_AR, "ar")
    mentions.spot(doc)
    assert "علماء الحفريات" not in doc.people, list(doc.people)
    found = _questions(FOSSIL_AR, "ar")
    assert not any("علماء" in str(q.answer) for q in found), [(q.prompt, q.answer) for q in found]


QUOTED_HEADLINE_AR = """«الأمطار تغمر شوارع المدينة: الدفاع المدني يرفع الجاهزية»
سامي الحربي – الرياض
حصيلة الأمطار
أعلن الدفاع المدني رفع الجاهزية في المدينة بعد هطول أمطار غزيرة استمرت ست ساعات يوم الثلاثاء.
وأوضح المتحدث باسم الدفاع المدني العقيد محمد القرني أن الفرق أخلت 40 أسرة من الأحياء المنخفضة.
"""

ALIAS_EN = """Planets found near a twin of the Sun

Three new planets have been found around stars in a cluster, according to European Southern Observatory, or ESO, officials in Chile on Tuesday.
The find was made with the ESO's new telescope at the La Silla Observatory, and it is key for the search for life.
All three planets orbit too close to their stars for liquid water, ESO officials said.
"""


def test_a_byline_under_a_headline_in_quote_marks_is_not_asked():
    """«فهد العويرضي – ____» keyed «الرياض»: the reporter's name and city under the headline."""
    prompts = [q.prompt for q in _questions(QUOTED_HEADLINE_AR, "ar")]
    assert not any("الحربي" in p for p in prompts), prompts
    assert any("____ أسرة" in p for p in prompts), prompts  # the story is


def test_an_acronym_after_or_and_its_spelled_out_name_is_given_by_it():
    """ "according to European Southern Observatory, or ____, officials" keyed "ESO": the name
    before ", or" spells it (both reviewers: given away); a word after ", or" that no name
    before it spells is not."""
    text = ALIAS_EN
    at = text.index("ESO,")
    assert nearforms.glossed(text, at, at + 3, "ESO")
    other = "Shoppers bought trucks, or SUV models, in the town last year."
    at = other.index("SUV")
    assert not nearforms.glossed(other, at, at + 3, "SUV")
