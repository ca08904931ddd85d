# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes a blind reviewer rejected on short news written for this work (development lists,
not held out), each with a text of its own: a count whose items repeat their head noun after
«وهي» (given away), a time asked again in another zone (duplicate), a body's short name in
quotes after its full name (given away), and a headline ending in "!" asked as a sentence."""

from tests.generated_gaps import gaps

UNIVERSITIES_AR = """الحكومة توافق على جامعات جديدة

وافق مجلس الوزراء على إنشاء 4 جامعات أهلية، وهي جامعة المنصورة الجديدة ومقرها مدينة المنصورة، وجامعة العلمين الدولية ومقرها مدن: (العلمين، والضبعة)، وجامعة الملك سلمان الدولية، وجامعة الجلالة ومقرها محافظة السويس. وتبلغ تكلفة المشروع 12 مليار جنيه.
"""


def test_a_count_whose_items_repeat_their_head_noun_is_no_gap():
    found = gaps(UNIVERSITIES_AR, "ar", drafts=True)
    assert "4" not in found, found["4"]
    assert "12 مليار" in found, found  # the sentence's other figures are still asked


LAUNCH = """NASA launches asteroid probe

The rocket lifted off at 7:05 p.m. EDT (2305 GMT) from Cape Canaveral, carrying 19 small satellites into orbit.
"""

LAUNCH_AR = """ناسا تطلق مسبارا

وانطلق الصاروخ في الساعة 7:05 مساء بتوقيت شرق الولايات المتحدة (2305 بتوقيت جرينتش) من قاعدة كيب كنافيرال وعلى متنه 19 قمرا صغيرا.
"""


def test_a_time_given_again_in_another_zone_is_not_asked_again():
    for text, language in ((LAUNCH, "en"), (LAUNCH_AR, "ar")):
        found = gaps(text, language, drafts=True)
        assert "2305" not in found, found["2305"]
        assert "19" in found, found


FIFA_AR = """السيتي بطلا للعالم

وأصبح هدف ألفاريز، بحسب الموقع الرسمي للاتحاد الدولي لكرة القدم "فيفا"، هو الأسرع في تاريخ البطولة حيث جاء بعد مرور 40 ثانية فقط من بداية المباراة.
"""


def test_a_bodys_short_name_in_quotes_after_its_full_name_is_no_gap():
    found = gaps(FIFA_AR, "ar", drafts=True)
    assert "فيفا" not in found, found["فيفا"]
    assert "40" in found, found


NASA_AR = """"ناسا" تبحث عن كواكب أخرى يمكن العيش فيها!

وتستمر مهمة المسبار عامين بكلفة تبلغ 337 مليون دولار، ويحمله صاروخ من طراز "فالكون 9" التابع لشركة "سبيس إكس".
"""


def test_a_headline_ending_in_an_exclamation_mark_is_no_sentence_to_ask():
    found = gaps(NASA_AR, "ar", drafts=True)
    assert not any("تبحث عن كواكب" in p for prompts in found.values() for p in prompts), found
    assert "337 مليون" in found, found
