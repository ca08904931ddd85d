# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes the blind reviewers of held-out set q rejected (two-hundred-and-twenty-first review),
each with a text written for it: a paper's name read as an ordinal, half of «أمريكا اللاتينية»,
the time of day in a company's name, "this year" and its year, the press as a speaker, a number
written in parts, the site a story was translated by, «أن ترى» read as "believes", a product's
number its headline names, a report's contributors, a weekday in another time zone, a
country's day as a person, a month by its two names."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade
from tests.generated_gaps import gaps, spotted

SLAP_AR = """حبس لاعب الأهلي

أفادت وسائل إعلام مصرية اليوم الخميس، أن محكمة جنح مدينة نصر عاقبت لاعب النادي الأهلي حسين الشحات بالحبس عاما واحدا. وقال المحامي محمد عثمان إن موكله سيستأنف الحكم. علاقة بنفس الموضوع، فقد أوضحت جريدة اليوم السابع المصرية أن اتحاد الكرة قرر إيقاف اللاعب 6 مباريات وتغريمه 100 ألف جنيه. وجاء ذلك في الدقيقة العاشرة من الاجتماع.
"""


def test_the_press_is_no_speaker_and_a_papers_name_no_ordinal():
    questions = generate(SLAP_AR, language="ar").questions
    for q in questions:
        assert "وسائل إعلام" not in str(q.answer) and "جريدة" != q.answer, (q.prompt, q.answer)
    found = gaps(SLAP_AR, "ar", drafts=True)
    assert "السابع" not in found, found["السابع"]
    assert "العاشرة" in found and "6" in found, found
    assert "وسائل إعلام" not in spotted(SLAP_AR, "ar").people


MIGRANTS_AR = """انهيار مبنى في ميامي

وتلقت السلطات عددا من البلاغات عن فقدان مهاجرين من أمريكا اللاتينية بعد انهيار المبنى المكون من 12 طابقا. وقال رون ديسانتيس، حاكم ولاية فلوريدا: "التلفزيون لا يظهر شيئا، من المؤلم حقا أن ترى انهيار بناية ضخمة كهذه".
"""


def test_a_region_is_asked_whole_and_to_see_names_no_speaker():
    found = gaps(MIGRANTS_AR, "ar", drafts=True)
    assert "أمريكا" not in found, found["أمريكا"]
    people = spotted(MIGRANTS_AR, "ar").people
    assert not any("انهيار" in name for name in people), list(people)
    assert "رون ديسانتيس" in people


APPLE_AR = """رسميًا: مؤتمر آبل للمطورين عبر الإنترنت

أعلنت شركة ابل مساء اليوم الجمعة، عن إقامة مؤتمر ابل للمطورين لهذا العام 2020 مباشرة عبر الإنترنت. وقالت آبل إن المؤتمر سيعقد في شهر يونيو المقبل، وستتبرع الشركة بمليون دولار لمنظمات محلية.
"""


def test_the_time_of_day_ends_a_bodys_name_and_this_years_year_is_no_gap():
    doc = spotted(APPLE_AR, "ar")
    assert not any("مساء" in name for name in doc.organisations), doc.organisations
    assert not any("لهذا" in name for name in doc.organisations), doc.organisations
    found = gaps(APPLE_AR, "ar", drafts=True)
    assert "2020" not in found, found["2020"]
    assert not any("مساء" in key or "لهذا" in key for key in found), found
    assert "يونيو" in found, found


CANCER_AR = """ذكاء اصطناعي لتشخيص السرطان

وبحسب ما ترجمه "موقع تركيا عاجل"، يعد السرطان ثاني أكثر أسباب الوفاة شيوعا في العالم. في حين تم تشخيص 19 مليون 292 ألفًا 789 مصابًا بالسرطان في عام 2020، توفي 9 ملايين 958 ألفًا 133 شخصًا بسبب السرطان.
"""


def test_a_number_in_parts_and_the_site_that_translated_are_no_gaps():
    found = gaps(CANCER_AR, "ar", drafts=True)
    for key in ("789", "133", "9", "292"):
        assert key not in found, (key, found[key])
    assert "موقع تركيا عاجل" not in found, found
    assert "2020" in found and "ثاني" in found, found


TESLA_AR = """تفوق مبيعات تيسلا موديل 3 على سيارات مرسيدس

أعلنت شركة تيسلا عن مبيعاتها الشهر الماضي لموديل 3 فقط، التي وصلت إلى 13 ألف سيارة في شهر يوليو.
"""


def test_a_number_the_headline_names_with_its_word_is_the_subject():
    found = gaps(TESLA_AR, "ar", drafts=True)
    assert "3" not in found, found["3"]
    assert "13" in found, found


QUAKE = """Strong quake strikes off Mariana Islands

A 7.2-magnitude earthquake struck south of the Mariana Islands, the U.S. Geological Survey said. The quake struck at 7:19 a.m. Saturday (5:19 p.m. ET Friday) at a depth of 10 kilometers.

CNN's Dan Gilgoff and Talia Kayali contributed to this report.
"""


def test_a_reports_contributors_and_a_weekday_in_another_zone_are_no_gaps():
    found = gaps(QUAKE, "en", drafts=True)
    assert "Friday" not in found, found["Friday"]
    assert "Dan Gilgoff" not in found and "Talia Kayali" not in found, found
    assert "10" in found or "10 kilometers" in found, found


SHOW = """Watercolours exhibition opens

Seven artists from Karachi took part in the exhibition of 56 paintings. This show has been organised in connection with Pakistan Day by the Alhamra Arts Council.
"""


def test_a_countrys_day_is_no_persons_name():
    day = next(
        q for q in generate(SHOW, language="en").questions
        if q.type == "cloze" and q.answer[0] == "Pakistan Day"
    )  # fmt: skip
    assert not grade(day, "Day").correct
    assert grade(day, "Pakistan Day").correct


DENGUE_AR = """تضاعف حالات حمى الضنك في إندونيسيا

وذكر تقرير صادر عن وزارة الصحة أن عدد حالات الإصابة بحمى الضنك بدأ يزداد في نهاية شباط/فبراير 2024، حيث بلغ عدد الحالات حوالي 15 ألفا.
"""


def test_a_month_by_its_two_names_accepts_either():
    month = next(
        q for q in generate(DENGUE_AR, language="ar").questions
        if q.type == "cloze" and "شباط" in q.answer[0]
    )  # fmt: skip
    assert grade(month, "فبراير").correct and grade(month, "شباط").correct
    assert grade(month, "فبراير 2024").correct


# Held-out set r (two-hundred-and-twenty-second review), read after it was judged.

TOYOTA_AR = """تويوتا تخفض توقعاتها للأرباح

خفضت شركة تويوتا توقعاتها للأرباح في العام الحالي. وكان الين قد ارتفع بنسبة 11 في المئة أمام الدولار خلال الربع الثاني من 2016 مقارنة بنفس الفترة من عام 2015.
"""


def test_a_firms_name_stops_before_what_it_cut_and_the_year_after_a_baseline_is_no_gap():
    doc = spotted(TOYOTA_AR, "ar")
    assert not any("توقعاتها" in name for name in doc.organisations), doc.organisations
    found = gaps(TOYOTA_AR, "ar", drafts=True)
    assert "2016" not in found, found["2016"]
    assert "11 في المئة" in found or "11" in found, found


TRANSFER_AR = """مانشستر سيتي يعلن ضم هالاند

أعلن نادي مانشستر سيتي توصله لاتفاق مع بوروسيا دورتموند بشأن التعاقد مع المهاجم النرويجي إيرلينج هالاند. وبحسب فابريزيو رومانو، خبير سوق الانتقالات، فإن النادي سيدفع 60 مليون يورو.
"""


def test_a_club_speaks_as_no_person_and_according_to_opens_no_name():
    people = spotted(TRANSFER_AR, "ar").people
    assert "فابريزيو رومانو" in people, list(people)
    assert not any("نادي" in name or "بحسب" in name for name in people), list(people)


SOLDIERS_AR = """حق عائلات الجنود في مقاضاة الحكومة

أقرت المحكمة العليا في بريطانيا أنه من حق عائلات الجنود البريطانيين الذين قتلوا في العراق مقاضاة الحكومة البريطانية. وقد رفع القضية أقارب ثلاثة جنود قضوا في العراق عام 2003.
"""


def test_a_country_its_adjective_names_in_the_sentence_is_no_gap():
    found = gaps(SOLDIERS_AR, "ar", drafts=True)
    assert "بريطانيا" not in found, found["بريطانيا"]
    assert "2003" in found, found


PROTON_AR = """روسيا تطلق صاروخ بروتون

لكن الطراز الأحدث "بروتون-إم" يعاني من مجموعة مشكلات تقنية ساهمت في هز الثقة بقطاع الفضاء الروسي، وأقلع الصاروخ من قاعدة بايكونور في 2014.
"""


def test_a_set_of_problems_is_no_group():
    doc = spotted(PROTON_AR, "ar")
    assert not any("مشكلات" in name for name in doc.organisations), doc.organisations


# Held-out set s (two-hundred-and-twenty-third review), read after it was judged.

FLIGHTS_AR = """إلغاء آلاف الرحلات الجوية

وألغيت آلاف الرحلات صباح اليوم، وحتى الساعة العاشرة صباحًا تم إلغاء أكثر من 5500 رحلة. وعوضا عن القمر الذي أطلق في 16 أبريل 2014 وفقد الاتصال به في فبراير 2015، صنع قمر جديد.
"""


def test_an_hour_of_the_clock_is_no_ordinal_and_instead_of_is_no_comparison():
    found = gaps(FLIGHTS_AR, "ar", drafts=True)
    assert "العاشرة" not in found, found["العاشرة"]  # the hour of a tally: trivial, 0 of 4
    assert "5500" in found, found
    assert any(key.startswith("16 أبريل") for key in found), found  # «عوضا عن»: no baseline


# Held-out set t (two-hundred-and-twenty-fourth review), read after it was judged.

RANKING_AR = """نتائج الانتخابات

وبحسب رئيس اللجنة فان حزب الوفد جاء في المرتبة الثالثة وتلته في المركز الرابع الكتلة المصرية. وحل المنتخب في المركز الثالث للمرة الثانية.
"""


def test_a_place_beside_the_place_before_or_after_it_is_no_gap():
    found = gaps(RANKING_AR, "ar", drafts=True)
    assert "الرابع" not in found, found["الرابع"]
    assert not any("في المرتبة ____" in p for p in found.get("الثالثة", [])), found
    assert any("في المركز ____" in p for p in found["الثالث"]), found  # no neighbour: asked
