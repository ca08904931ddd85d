# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A country that announces something is no person, and a four-digit count after "more than"
is no year."""

from studyapp.domain.generation import generate

OUTBREAK_AR = """الصحة العالمية تنصح الدول بالاستعداد

وقال تيدروس أدهانوم غيبريسوس، المدير العام لمنظمة الصحة العالمية، السبت، إن تفشي الفيروس ما زال يمثل حالة طوارئ.

وأعلنت فرنسا، السبت، عن أول حالة وفاة بسبب الفيروس في أوروبا.

وأعلنت ماليزيا اكتشاف إصابة سائحة أمريكية قدمت إليها من كمبوديا.

وستبحث البعثة في كيفية إصابة أكثر من 1700 عامل من الأطقم الطبية بالفيروس.
"""

FLOOD_EN = """Floods hit the valley

The floods damaged nearly 1800 homes in the valley on Monday, the county sheriff said.

In 1990 a similar flood hit the town, officials said.
"""


def test_a_country_after_a_verb_of_saying_is_no_person():
    questions = generate(OUTBREAK_AR, language="ar").questions
    people = {
        a
        for q in questions
        if q.category in ("attribution", "role")
        for a in [q.answer if isinstance(q.answer, str) else q.answer[0], *(q.choices or [])]
    }
    assert not any(a.startswith(("فرنسا", "ماليزيا")) for a in people), people


def test_a_count_after_more_than_is_asked_as_a_number_not_a_year():
    for text, language, count in ((OUTBREAK_AR, "ar", "1700"), (FLOOD_EN, "en", "1800")):
        asked = [q for q in generate(text, language=language).questions if count in q.answer]
        assert asked and all(q.category == "number" for q in asked), [
            (q.category, q.prompt) for q in asked
        ]
    years = [q for q in generate(FLOOD_EN, language="en").questions if "1990" in q.answer]
    assert all(q.category == "date" for q in years), years


COUNCIL_AR = """المجلس البلدي بمحافظة الريان يصدر قراراته

الريان - سالم الحربي

عقد المجلس البلدي بمحافظة الريان الثلاثاء، الماضي جلسته العادية برئاسة رئيس المجلس البلدي الأستاذ عبدالكريم الصالح وحضور الأعضاء.

وأوضح المتحدث باسم المجلس الأستاذ عبدالله خميس المخيمر، أن المجلس أصدر عدداً من القرارات والتوصيات ومنها:-

• أقر المجلس رصف وإنارة الجزء الغربي من مخطط السمح ،
"""

COURT_EN = """City will appeal legal fees ruling

The city of San Diego will appeal a ruling ordering it to pay $5.5 million in legal fees.

San Diego Superior Court Judge William Dato ruled last month that the city must pay the fees.

"We will appeal," City Attorney Jan Goldsmith said on Monday.
"""


def test_a_name_that_holds_a_weekday_is_no_date():
    questions = generate(COUNCIL_AR, language="ar").questions
    dates = [q.answer for q in questions if q.category == "date"]
    assert not any("خميس" in str(answer) for answer in dates), dates


def test_a_role_keeps_the_whole_place_it_names():
    prompts = [
        q.prompt for q in generate(COURT_EN, language="en").questions if q.category == "role"
    ]
    assert "Who is the San Diego Superior Court Judge?" in prompts, prompts
    assert not any("the Diego" in p for p in prompts), prompts


RAIN_AR = """أمطار غزيرة على جدة

توقع متحدث الأرصاد حسين القحطاني استمرار هطول الأمطار على جدة حتى نهاية الأسبوع في باقي مناطق المملكة العربية السعودية.

وقال القحطاني إن سواحل مكة ومعظم محافظات مكة المكرمة ستشهد أمطارا غزيرة، وإن فريق الأهلي سيلعب في دوري أبطال آسيا يوم الجمعة.
"""


def test_a_place_that_ends_a_longer_name_or_shows_itself_is_no_gap():
    answers = [
        q.answer[0] for q in generate(RAIN_AR, language="ar").questions if q.category == "place"
    ]
    assert not {"السعودية", "آسيا", "مكة المكرمة"} & set(answers), answers
