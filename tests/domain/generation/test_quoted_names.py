# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Arabic names as agencies write them: in quotation marks after the role («المفوض السامي …
"فيليبو غراندي"», «وقائد الجيش اللواء "عبد الفتاح البرهان"»), and three words closed by a
comma and the role («عبدالرحمن الطاهر الأحيرش، نائب رئيس الوزراء»). The quotation marks cut
the name («من هو قائد الجيش؟» was keyed «عبد الفتاح»), the third word was lost."""

from studyapp.domain.generation import document, generate, mentions

REFUGEES_AR = """الأمم المتحدة تحذر من فرار 800 ألف شخص من السودان

صرح المفوض السامي للأمم المتحدة لشؤون اللاجئين "فيليبو غراندي" أنهم يستعدون لاحتمال فرار أكثر من 800 ألف شخص إلى الدول المجاورة.

وقد أعلنت وزارة الخارجية السودانية أن رئيس مجلس السيادة وقائد الجيش اللواء "عبد الفتاح البرهان" قد قرر حل قوات الدعم السريع.

ولفت النائب إلى أن التعيينات على درجة وزير في الكويت بها "شبهة دستورية" كما قال.

بدوره، قال عبدالرحمن الطاهر الأحيرش، نائب رئيس الوزراء الليبي لشؤون الهيئات، إن أسعار النفط تهم الجميع.
"""


def test_a_quoted_name_after_its_role_is_one_person_with_that_role():
    doc = document.parse(REFUGEES_AR, "ar")
    mentions.spot(doc)
    people = {p.name: p.roles[:1] for p in doc.people.values()}
    assert people.get("فيليبو غراندي") == ["المفوض السامي للأمم المتحدة لشؤون اللاجئين"], people
    assert people.get("عبد الفتاح البرهان") == ["قائد الجيش"], people
    assert "عبد الفتاح" not in people and "شبهة دستورية" not in people, people
    assert "عبدالرحمن الطاهر الأحيرش" in people, people


def test_the_role_questions_are_keyed_with_the_whole_names():
    questions = generate(REFUGEES_AR, language="ar").questions
    roles = {q.prompt: q.answer for q in questions if q.category == "role"}
    keys = {prompt: (a if isinstance(a, str) else a[0]) for prompt, a in roles.items()}
    assert keys.get("من هو قائد الجيش؟") == "عبد الفتاح البرهان", keys
    assert not any("شبهة" in f"{p} {k}" for p, k in keys.items()), keys


CABINET_AR = """الملك يهنئ الطلبة

وأشاد وزير التربية والتعليم ماجد النعيمي بتوجيهات حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة، ورئيس الوزراء صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة، وولي العهد، نائب القائد الأعلى، النائب الأول لرئيس مجلس الوزراء.
"""


def test_a_title_listed_after_and_is_no_name_and_a_style_of_address_no_role():
    """«…، وولي العهد، نائب القائد الأعلى» made a person «وولي العهد» (keyed and offered as a
    choice), and the prime minister's role ran on into «صاحب السمو الملكي»."""
    doc = document.parse(CABINET_AR, "ar")
    mentions.spot(doc)
    people = {p.name: p.roles[:1] for p in doc.people.values()}
    assert not any("ولي العهد" in name for name in people), people
    assert people.get("خليفة بن سلمان آل خليفة") == ["رئيس الوزراء"], people


def test_a_name_quoted_with_the_closing_mark_on_both_sides_is_the_roles_holder():
    # «يعتقد مدرب منتخب مصر البرتغالي ” كارلوس كيروش”، أن …»: some papers open a quotation
    # with ” too; the coach was no one, and his role went unasked.
    text = (
        "المنتخب يفوز بالمركز الثالث\n\n"
        "يعتقد مدرب المنتخب الأول البرتغالي ” جواو مارتينز”، أن فريقه كان الأفضل في المباراة.\n\n"
        "وتابع مارتينز أن اللاعبين الجدد قدموا مستوى جيدا.\n"
    )
    doc = document.parse(text, "ar")
    mentions.spot(doc)
    assert ("جواو مارتينز", "مدرب المنتخب الأول البرتغالي") in [
        (m.person, m.role) for m in doc.roles
    ], doc.roles
