# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes fresh news's blind reviewers rejected (held-out sets g to j), each with a text written
for it: an outlet no list knows, named where someone's words went ("in a statement to USA
TODAY", "ABC affiliate KNXV-TV", "WRAL meteorologist"), a house number on a street written in
small letters, and a count whose sentence lists what it counts in ways the earlier rule missed
(«ثلاث علامات … الأصفر والبرتقالي والأحمر», «ست روايات في القائمة القصيرة هي: …», five planets
named in brackets)."""

from studyapp.domain.generation import generate, propose
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.mentions import spot
from tests.generated_gaps import gaps, typed

STORE_EN = """Store to close after break-ins

Store officials confirmed to 5 EYEWITNESS NEWS that the Walmart on Shingle Creek Crossing will close its doors for good next month.

ABC affiliate KNXV-TV, citing multiple sources, said the suspect was found trying to pawn a stolen gun in Glendale.

"We are not going to see a return of this kind of rain during the event," WRAL meteorologist Greg Fishel said.

Sgt. Mark Smith tells FOX16 the homeowner at 204 Thyer street called them after getting word of a burglary.

Lawyer Theodore Boutrous was steadfast regardless of the ruling in a statement to USA TODAY.

The company said 40 workers would lose their jobs, and the county will pay $2 million to retrain them.
"""


def test_an_outlet_no_list_knows_is_no_gap_where_words_went_to_it():
    found = gaps(STORE_EN, "en", drafts=True)
    for outlet in ("USA TODAY", "KNXV-TV", "WRAL", "FOX16", "EYEWITNESS NEWS", "5"):
        assert outlet not in found, (outlet, found.get(outlet))
    # the story around them is still asked
    assert "Walmart" in found and "Glendale" in found and "2 million" in found, found


def test_a_person_told_is_still_a_person():
    text = STORE_EN.replace(
        "Lawyer Theodore Boutrous was steadfast",
        "Ann Kerr, 52, lost her home in the storm. Lawyer Theodore Boutrous was steadfast",
    ).replace("in a statement to USA TODAY", "in a statement to Ann Kerr")
    found = gaps(text, "en", drafts=True)
    assert any("statement to ____" in p for p in found.get("Ann Kerr", [])), found


def test_a_house_number_on_a_street_in_small_letters_is_no_fact():
    found = gaps(STORE_EN, "en", drafts=True)
    assert "204" not in found and "Thyer" not in found, found
    assert "40" in found, found


MARKET_AR = """هيئة السوق تضع علامات على الشركات الخاسرة

أقرت هيئة السوق المالية السعودية وضع ثلاث علامات ملونة باللون الأصفر والبرتقالي والأحمر أمام الشركات الخاسرة المدرجة في السوق.

وتنافست في هذه الدورة ست روايات في القائمة القصيرة هي: رواية "الأولى" للكاتب السوداني أمير تاج السر، ورواية "الثانية" للكاتب محمد حسن، ورواية "الثالثة" للكاتب علي سالم، ورواية "الرابعة" للكاتب سعيد خالد، ورواية "الخامسة" للكاتب ناصر فهد، ورواية "السادسة" للكاتب فهد ناصر.

وكشفت الجمعية الفلكية بجدة أن خمسة كواكب ستصطف في السماء، ويمكن رؤيتها بالعين المجردة (عطارد والزهرة والمريخ والمشتري وزحل) قبل شروق الشمس.

وقال رئيس الهيئة محمد القويز إن الهيئة ستراجع 40 شركة خلال العام المقبل.
"""


def test_an_arabic_count_whose_sentence_lists_its_things_is_no_gap():
    found = typed(MARKET_AR, "ar", drafts=True)
    for count in ("ثلاث", "ست", "خمسة"):
        assert count not in found, (count, found.get(count))
    assert "40" in found, found


def test_a_run_of_another_size_or_far_from_the_count_leaves_it_asked():
    two = MARKET_AR.replace("باللون الأصفر والبرتقالي والأحمر", "باللون الأصفر والأحمر")
    assert "ثلاث" in typed(two, "ar", drafts=True)
    far = MARKET_AR.replace(
        "ثلاث علامات ملونة باللون الأصفر والبرتقالي والأحمر أمام الشركات الخاسرة المدرجة في السوق",
        "ثلاث علامات ملونة أمام الشركات الخاسرة المدرجة في السوق بعد اجتماع عقدته الهيئة في الرياض والدمام والخبر",
    )
    assert "ثلاث" in typed(far, "ar", drafts=True)


FESTIVAL_EN = """Crowds return for the summer festival

Thousands of people came back to the festival in Rochester on Thursday after a year away.

"Last summer we missed it because of the virus and there are some favourites that we have," said Jenny Mehta, who came with her family.

Her daughter Leela Mehta, 9, was excited. "I like it because it has a lot of food and snow cones," Leela Mehta said.

Organiser Tom Baker said 40 bands would play this summer.
"""


def _who_said_keys(text: str, language: str = "en") -> dict[str, list[str]]:
    return {
        q.prompt: q.answer
        for q in generate(text, language=language).questions
        if q.category == "attribution" and q.type == "short"
    }


def test_a_surname_two_people_share_answers_for_neither():
    asked = _who_said_keys(FESTIVAL_EN)
    keys = {answer[0]: answer for answer in asked.values()}
    assert keys["Jenny Mehta"] == ["Jenny Mehta"], asked
    assert keys["Leela Mehta"] == ["Leela Mehta"], asked
    assert "Baker" in keys["Tom Baker"], asked  # a surname no one else has still answers


MEASLES_EN = """Oregon confirms more measles cases

PORTLAND, Ore. (AP) — Oregon health officials say 23 measles cases have been confirmed this year.

The Oregon Health Authority announced nine new cases were reported in Clackamas and Multnomah counties since the beginning of July.

Health officials say none of the nine people who recently contracted measles were vaccinated.

Officials say two of the nine cases were confirmed after the department updated its numbers.

Officials say the three hospitals in the county have set aside rooms for patients.
"""


def test_a_count_pointing_back_at_one_counted_before_is_not_asked_again():
    found = typed(MEASLES_EN, "en", drafts=True)
    again = [p for key, prompts in found.items() for p in prompts if "of the ____" in p]
    assert not again, again
    assert "nine" in found, found  # the first count is the question
    # "the three hospitals" points back at nothing counted before: still a count to ask
    assert any("the ____ hospitals" in p for p in found.get("three", [])), found


ITALY_AR = """إيطاليا تطلق شبكات الجيل الخامس

سلمى العلي - دبي - أطلقت شركة الاتصالات المحلية شبكاتها الجديدة في 28 بلدية في خمس مدن كبرى تشمل ميلان وتورينو وبولونيا وروما ونابولي.

وقال الرئيس التنفيذي للشركة ماركو روسي إن الشبكات ستصل إلى أكثر من 100 مدينة في العام المقبل، وقد يستغرق الأمر من أربع إلى خمس سنوات قبل أن تغطي البلاد كلها.

وأجرت مصالح البلدية حملة نظافة بمشاركة شركة الدراسات الفنية بالغرب SEROR في ساحتي الشهداء و أول ماي يوم 12 مارس.
"""


def test_arabic_gaps_the_sentence_or_the_dateline_give_away():
    found = typed(ITALY_AR, "ar", drafts=True)
    assert "خمس" not in found, found["خمس"]  # five cities, each named after «تشمل»
    assert "دبي" not in found, found["دبي"]  # the writer, then the town between dashes
    assert "SEROR" not in found, found["SEROR"]  # the company's letters after its name
    assert "ماي" not in found, found["ماي"]  # the square's name, «أول ماي»
    assert not any("أربع إلى ____" in p for ps in found.values() for p in ps), found
    assert "28" in found and "100" in found, found  # the story's own numbers are still asked


def test_a_date_after_a_place_word_that_dates_an_event_is_still_asked():
    text = ITALY_AR.replace("في ساحتي الشهداء و أول ماي يوم 12 مارس", "في ملعب المدينة يوم 12 مارس")
    dates = [p for ps in typed(text, "ar", drafts=True).values() for p in ps if "يوم ____" in p]
    assert dates, typed(text, "ar", drafts=True)


COURT_EN = """Former governor sentenced to two years

A former governor was sentenced on Tuesday (January 6) to two years in prison for corruption, seven out of 10 jurors having asked for mercy.

In sentencing him, U.S. District Judge James Spencer said that while the more than 400 letters that poured in on the governor's behalf were moving, he could not set aside the jury's verdict, adding that the case had hurt public trust in the state and that the governor had lied to investigators about the loans he took from a businessman who wanted favours.
"""


def test_a_weekdays_date_in_brackets_and_a_shares_round_base_are_no_gaps():
    found = typed(COURT_EN, "en", drafts=True)
    assert "6" not in found, found["6"]
    assert "10" not in found, found["10"]
    assert "400" in found, found


def test_a_window_on_a_clause_opened_by_while_keeps_its_main_clause():
    prompts = typed(COURT_EN, "en", drafts=True)["400"]
    assert prompts and all("he could not set aside" in p for p in prompts), prompts


BOOKS_AR = """توقيع روايتين في المركز الثقافي

أقام المركز الثقافي العربي أمس حفل توقيع لروايتي الكاتب سهيل الذيب «امرأة متمردة» الصادرة عن دار توتول، والكاتب محمد الحفري «كواكب الجنة المفقودة» الصادرة عن الهيئة العامة للكتاب.

وشارك في تقديم الحفل الإعلامي عماد نداف الذي قدم قراءة نقدية في تجربة الكاتبين.
"""


def test_a_title_after_a_writers_name_is_no_person():
    for q in generate(BOOKS_AR, language="ar").questions:
        if q.category == "role":
            assert "المفقودة" not in str(q.answer) and "متمردة" not in str(q.answer), q.prompt


ROCKET_EN = """Rocket carries planet hunter into orbit

A rocket of the type "Falcon 9" lifted off on Wednesday on the first science mission SpaceX has flown for NASA.

The launch of the Falcon9 had been put off for 48 hours on Monday because of a fault in the guidance system.

The satellite will spend two years looking for planets around 200,000 nearby stars.
"""


def test_a_name_and_its_number_written_with_and_without_a_space_are_one_key():
    questions = generate(ROCKET_EN, language="en").questions
    rockets = [q for q in questions if q.type == "cloze" and "falcon" in q.answer[0].casefold()]
    assert len(rockets) == 1, [q.prompt for q in rockets]
    others = [q.prompt for q in questions if q is not rockets[0]]
    assert not any("Falcon" in p for p in others), others  # hidden where another prompt has it


MATCH_EN = """Hosts take the title race to the last day

The home side led at the break after a long-range strike. The visitors halved the deficit before half-time, thanks to a curling free-kick from Victorien Adebayor.

The hosts doubled their lead 15 minutes later, this time Ansah Botchway slamming home the rebound after the keeper had saved.

The match, which drew 30,000 fans, was sponsored by Huawei Technologies Group Ltd and the Soundview Health Center.
"""


def test_a_two_word_name_that_acts_accepts_its_surname_and_a_firm_its_own_name():
    found = gaps(MATCH_EN, "en", drafts=True)
    assert any("Botchway" in forms for forms in _gap_keys(MATCH_EN).get("Ansah Botchway", [])), (
        found
    )
    keys = _gap_keys(MATCH_EN)
    assert ["Huawei"] in [
        [f for f in forms if f == "Huawei"] for forms in keys["Huawei Technologies Group Ltd"]
    ]
    assert any("Soundview" in forms for forms in keys["Soundview Health Center"]), keys


def _gap_keys(text: str) -> dict[str, list[list[str]]]:
    """{key: [its accepted forms, per gap]} of every gap drafted."""
    found: dict[str, list[list[str]]] = {}
    for q in propose(text, language="en").questions:
        if q.type == "cloze":
            found.setdefault(q.answer[0], []).append(list(q.answer))
    return found


PRICES_EN = """Prices rise as claims jump

Core inflation climbed 0.4% in August and 3.1% over 12 months, the Labor Department said.

The weakening job market adds urgency to the central bank's meeting on Wednesday, Sept. 17, when 19 officials will vote.

Researchers studied 174,000 patients with two types of heart conditions -- unstable angina and myocardial infarction -- in 2019.

"We had to leave some of the supports under the bridge because there was more damage than we first thought," said engineer Mark Jones, who oversaw 40 workers.
"""


def test_a_years_window_a_weekday_its_date_names_and_a_double_dash_list_are_no_gaps():
    found = typed(PRICES_EN, "en", drafts=True)
    assert "12" not in found, found["12"]
    assert "Wednesday" not in found, found["Wednesday"]
    assert "two" not in found, found["two"]
    assert "174,000" in found and "19" in found, found


def test_no_gap_ends_on_a_preposition():
    found = gaps(PRICES_EN, "en", drafts=True)
    assert not any(key.split()[-1] in ("under", "of", "in") for key in found if " " in key), found


def test_a_nationality_after_and_opens_no_name():
    text = "فوز الاتفاق على الفتح\n\nوسجل للفريق الجناح خالد الغنام، والإسباني فيرناندو باتشيكو، حارس الفتح، بالخطأ في مرمى فريقه، والهولندي جورجينيو فينالدوم، لاعب الوسط، والظهير مد الله العليان.\n"
    doc = parse(text, "ar", None)
    spot(doc)
    assert "جورجينيو فينالدوم" in doc.people, list(doc.people)
    assert not any(name.startswith("وال") for name in doc.people), list(doc.people)


FACTORY_AR = """افتتاح مصانع جديدة في المنوفية

افتتح وزير الصناعة ثلاثة مصانع جديدة في المحافظة بتكلفة 333 مليون دولار.

مشروع آخر هو مصنع الثلاجات، الذي سيتم إنشاؤه بمساحة 107 آلاف متر مربع، بتكلفة 108 ملايين دولار.
"""


def test_no_arabic_question_gives_a_word_both_the_article_and_a_pronoun():
    prompts = [q.prompt for q in generate(FACTORY_AR, language="ar").questions]
    assert not any("الإنشاؤه" in p for p in prompts), prompts
    assert any("108" in str(q.answer) for q in generate(FACTORY_AR, language="ar").questions)


RAIN_EN = """Record rain floods the valley

By noon, the National Weather Service said that 2.24" of rain had fallen on Phoenix since midnight.

The storm broke a record for daily rainfall with 2.20" of rain by 10:50 a.m. The record was set in 1981 with .60" of rain.

The Senate approved the measure by 56-43, as did three Democrats: Arkansas Sens. Blanche Lincoln and Mark Pryor, and Nebraska Sen. Ben Nelson.
"""


def test_an_inch_sign_opens_no_quotation():
    prompts = [q.prompt for q in generate(RAIN_EN, language="en").questions]
    assert any("of rain had fallen" in p for p in prompts), prompts
    assert not any(p.startswith('"') for p in prompts), prompts


def test_a_title_shortened_in_the_plural_splits_no_sentence_and_is_no_key():
    found = gaps(RAIN_EN, "en", drafts=True)
    assert not any(key.endswith("Sens") for key in found), found
    assert any("Arkansas Sens. ____ and Mark Pryor" in p for p in found.get("Blanche Lincoln", []))


PLUTO_EN = """Probe heads for Pluto

NASA launched the New Horizons probe on Thursday after two days of delay.

"The United States has a spacecraft on its way to Pluto, the Kuiper Belt and on to the stars," said New Horizons principal investigator Alan Stern during a press conference.

"The vehicle looks to be right where it needs to be," said launch director Omar Baez.

"This launch is unlike the ones we have flown in the past." said flight manager Jennifer Williams at a news conference. The probe will pass the Moon on Friday.
"""


def test_words_said_by_a_missions_investigator_are_his_and_the_mission_is_no_one():
    asked = {q.prompt: q for q in generate(PLUTO_EN, language="en").questions}
    said = [q for p, q in asked.items() if "on its way to Pluto" in p]
    assert said and all("Alan Stern" in str(q.answer) for q in said), [q.answer for q in said]
    assert not any("New Horizons" in (q.choices or []) for q in asked.values()), asked


def test_a_quotation_closed_after_its_stop_goes_on_to_its_speaker():
    doc = parse(PLUTO_EN, "en", None)
    spot(doc)
    assert any(
        s.text.startswith('"This launch') and "Jennifer Williams" in s.text for s in doc.sentences
    )
    for q in generate(PLUTO_EN, language="en").questions:
        if "unlike the ones" in q.prompt and q.category == "attribution":
            assert "Jennifer Williams" in str(q.answer), q.answer


CABINET_AR = """مجلس الوزراء يصادق على ستة مشاريع

صادق مجلس الوزراء أمس على ستة مشاريع قوانين، ويشمل مشروع القانون المذكور وزارة الدفاع، أي المسؤوليات والوظائف الرئيسية لضباط الجيش، مع إمكانية توسيعها إلى 12 وظيفة أخرى.
"""

HOUSING_EN = """Median price soars as home sales decline

"Rising prices may have kept June sales from topping a strong May," said RE/MAX CEO Adam Contos, whose firm surveyed 54 metro areas.

Sales fell 4.7 percent from May, the report said.
"""


def test_a_gap_its_gloss_explains_is_no_gap():
    found = typed(CABINET_AR, "ar", drafts=True)
    assert "وزارة الدفاع" not in found, found["وزارة الدفاع"]
    assert "12" in found, found


def test_a_role_after_a_companys_slashed_letters_keeps_none_of_them():
    prompts = [q.prompt for q in generate(HOUSING_EN, language="en").questions]
    assert not any("MAX CEO" in p and "RE/MAX" not in p for p in prompts), prompts


APPEAL_AR = """نجيب عبد الرزاق يخسر طعنه الأخير

خسر رئيس الوزراء الماليزي السابق نجيب عبد الرزاق طلب الاستئناف النهائي، ليصبح لزاما عليه تنفيذ حكم بالسجن 12 سنة.

وقال ممثلو الادعاء إن أكثر من مليار دولار من أموال الصندوق دخلت حساباته الشخصية.
"""

ROBBERY_EN = """Suspect arrested in bank robbery
GARY, Ind. - Police have arrested a man suspected of robbing a bank Monday in Gary, Indiana.
Detectives named a local man as the suspect Tuesday evening and searched a house in the 5600 block of Elm Avenue, police said. Officers found “several items of evidence” and took the 40-year-old man into custody about 9 p.m.
The county prosecutor’s office will review the case, police said.
Officers were called about the robbery at 9:10 a.m. Monday at the First Lake Bank, 750 Ridge Road in Gary, police said.
"""


def test_according_to_a_plural_head_puts_it_in_the_genitive():
    prompts = [q.prompt for q in generate(APPEAL_AR, language="ar").questions]
    assert any(p.startswith("بحسب ممثلي الادعاء") for p in prompts), prompts
    assert not any("ممثلو" in p for p in prompts), prompts


def test_a_number_is_not_hidden_out_of_a_time():
    prompts = [q.prompt for q in generate(ROBBERY_EN, language="en").questions]
    assert not any("…:10" in p for p in prompts), prompts


STRIKE_EN = """Teachers return after the strike ends

Union president Alex Caputo-Pearl said during a Tuesday news conference that the agreement includes class size reductions in all grade levels, 300 additional school nurses, 80 new teacher librarians, one counselor for every 500 students and a 6 percent raise for teachers, with more to come.

Teachers will return to 900 public schools on Wednesday, restoring a sense of normalcy for about 500,000 students.
"""

VIRUS_AR = """تسجيل حالات جديدة

أعلنت وزارة الصحة عن تسجيل 36 حالة إصابة جديدة بفيروس كورونا الجديد (كوفيد 19) في عدد من مدن المملكة.
"""


def test_a_reported_list_is_not_shown_without_its_verb():
    prompts = [q.prompt for q in generate(STRIKE_EN, language="en").questions]
    raise_gaps = [p for p in prompts if "____ raise" in p]
    assert raise_gaps and all("includes" in p for p in raise_gaps), prompts


def test_the_number_of_covid_19_is_no_gap():
    found = typed(VIRUS_AR, "ar", drafts=True)
    assert "19" not in found, found["19"]
    assert "36" in found, found


COUNCIL_EN = """Council approves a 7 percent tax rise

The council voted 8-3 on Tuesday for the budget, which raises property taxes by 7 percent.

"I'm satisfied with that,” said Coun. Adriane Carr.

"It seems kind of outrageous," said homeowner Robert Link.

Though Nokia claims they are still the leader, it was feeling the heat in the smartphone segment and was trying to revive its range.

Last week, Nokia announced it was hiring Stephen Elop, a Microsoft executive, to replace its chief executive.

About 700 people were on board the trains when one heading east derailed about 6:10 p.m. just outside Bridgeport, officials said.
"""


def test_a_quotation_opened_with_a_straight_mark_gains_no_curly_one():
    prompts = [q.prompt for q in generate(COUNCIL_EN, language="en").questions]
    assert any("satisfied with that" in p for p in prompts), prompts
    assert not any(p.startswith('“"') for p in prompts), prompts


def test_a_clause_opener_is_no_part_of_a_name():
    doc = parse(COUNCIL_EN, "en", None)
    spot(doc)
    assert not any(name.startswith("Though") for name in [*doc.people, *doc.organisations])


def test_a_count_question_keeps_the_time_whole():
    asked = [q.prompt for q in generate(COUNCIL_EN, language="en").questions if q.type == "short"]
    on_board = [p for p in asked if "on board" in p]
    assert on_board and all("about 6?" not in p for p in on_board), on_board
