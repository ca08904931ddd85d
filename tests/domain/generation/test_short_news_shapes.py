# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes a blind reviewer rejected on short news written for this work (development lists,
not held out), each with a text of its own: a count whose items repeat their head noun after
«وهي» (given away), a time asked again in another zone (duplicate), a body's short name in
quotes after its full name (given away), and a headline ending in "!" asked as a sentence."""

from studyapp.domain.generation import generate
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


INFLATION_AR = """التضخم يقفز

وبلغ متوسط معدلات التضخم للعام 2021 نحو 163.26% مقارنة بمتوسط معدلات التضخم 51% للعام 2020، بحسب الجهاز المركزي للإحصاء.
"""

FLU = """Flu cases rise

The state said 1,850 people were hospitalized for the flu this season in 2018, up from a total of 1,230 in its final report for 2017.
"""


def test_the_year_before_another_after_a_comparison_is_no_gap():
    ar = gaps(INFLATION_AR, "ar", drafts=True)
    assert "2020" not in ar, ar["2020"]
    assert "2021" in ar and "163.26%" in ar, ar
    en = gaps(FLU, "en", drafts=True)
    assert "2017" not in en, en["2017"]
    assert "1,230" in en or "1230" in en, en


GOVERNOR_AR = """المجلس البلدي يصادق على الميزانية

وقد حضر الاجتماع حاكم مقاطعة كرمسين السيد محمد الأمين ولد عبد القادر، وصادق المجلس على ميزانية قدرها 40 مليون أوقية.
"""


def test_a_name_is_not_cut_at_its_word_of_lineage():
    found = gaps(GOVERNOR_AR, "ar", drafts=True)
    assert "عبد القادر" not in found, found["عبد القادر"]
    questions = generate(GOVERNOR_AR, language="ar").questions
    assert not any("ولد؟" in q.prompt for q in questions), [q.prompt for q in questions]
    assert "40 مليون" in found, found


FLASH = """Flash win the title

After finishing the season with the second-best record and the No. 2 seed, the Spirit was favored in the final. For the first time in club history, the Western New York Flash have won the National Women's Soccer League, beating the Spirit 3-2 on penalties. The Flash won their third title of the year.
"""


def test_an_ordinal_a_number_gives_away_and_half_of_a_groups_name_are_no_gaps():
    found = gaps(FLASH, "en", drafts=True)
    assert "second" not in found, found["second"]  # "No. 2 seed" says it
    assert "National Women" not in found and "Soccer League" not in found, found
    assert "third" in found and "3-2" in found, found


BUS_AR = """مصرع 4 أشخاص في حادث

يشار إلى أن الباص كان يقل 51 راكبا من جنسيات مختلفة. وأوضح المتحدث أن البلاغ وصل إلى وزارة الصحة والقائد الميداني للموقع في الساعة 7:35 مساء.
"""


def test_a_count_after_kana_stays_a_gap_and_a_body_stops_before_and_the_commander():
    questions = generate(BUS_AR, language="ar").questions
    assert not any(q.prompt.endswith("كان؟") for q in questions), [q.prompt for q in questions]
    found = gaps(BUS_AR, "ar", drafts=True)
    assert "51" in found, found  # asked as a gap instead
    assert not any("والقائد" in key for key in found), found
