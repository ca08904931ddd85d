"""People an Arabic article lists as examples of a group of people («بعض اللاعبين مثل … و…»)
are people: a select-all asks who they are, and no gap cuts one of them in two."""

from __future__ import annotations

from studyapp.domain.generation import completions, document, generate
from tests.generated_gaps import spotted

AR = (
    "أكد المدرب خالد العتيبي أن الفريق قدم مباراة جيدة في الملعب الجديد.\n\n"
    "وغاب عن المباراة بعض اللاعبين الأساسيين مثل جاك مارتينيز وكارلوس بيريرا بسبب الإصابة.\n\n"
    "وتابع العتيبي أن عودة اللاعب ماركو سيلفا إلى التدريبات متوقعة بعد تعافيه.\n\n"
    "وقال المدرب سامي الحربي إن فريقه افتقد الحماس في الشوط الثاني."
)


def _people(text: str) -> list[str]:
    return list(spotted(text, "ar").people)


def test_names_after_a_group_of_players_are_people() -> None:
    people = _people(AR)
    assert {"جاك مارتينيز", "كارلوس بيريرا"} <= set(people)


def test_the_listed_players_are_asked_as_a_select_all() -> None:
    questions = generate(AR, language="ar").questions
    lists = [q for q in questions if q.type == "multi"]
    assert any(set(q.answer) == {"جاك مارتينيز", "كارلوس بيريرا"} for q in lists), [
        (q.prompt, q.answer) for q in lists
    ]
    # A wrong choice is another of the article's people, never a listed one.
    for q in lists:
        assert set(q.choices) - set(q.answer), q.choices


def test_a_list_of_things_after_a_group_names_no_one() -> None:
    text = (
        "قال الوزير فهد السالم إن المسؤولين ناقشوا ملفات مثل الطاقة والمياه في الاجتماع.\n\n"
        "وأضاف أن اللاعبين مثل الشباب يحتاجون دعما أكبر."
    )
    people = _people(text)
    assert people == ["فهد السالم"], people


def test_a_given_name_is_not_gapped_apart_from_the_rest_of_its_name() -> None:
    text = "وتأخر انسجام المهاجم الجديد، عثمان باتو. وجاء عثمان إلى النادي، وتابع مارك العمل."
    doc = document.parse(text, "ar", None)
    tokens = doc.content[0].tokens + doc.content[1].tokens
    first, second = [t for t in tokens if t.text == "عثمان"]
    # «____ باتو» keyed «عثمان» cuts a name; «وجاء ____ إلى» keyed «عثمان» does not.
    assert completions.given_name_alone(doc, tokens, [first])
    assert not completions.given_name_alone(doc, tokens, [second])
    assert not completions.given_name_alone(doc, tokens, [tokens[1]])  # «انسجام»


def test_a_role_does_not_run_back_over_another_persons_name() -> None:
    text = (
        "دشنت البلدية ممثلة برئيسها المحامي شعاع منصور ونائبيه المحامي عبد الحكيم جبارة "
        "والمربي مالك عازم اليوم حديقة ترفيهية جديدة في الحي الشرقي."
    )
    doc = spotted(text, "ar")
    assert doc.people["مالك عازم"].roles == ["المربي"], doc.people["مالك عازم"].roles
    for q in generate(text, language="ar").questions:
        if q.category == "role":
            assert "جبارة والمربي" not in q.prompt, q.prompt


def test_the_coach_is_no_wrong_choice_among_the_players_he_names() -> None:
    """Reviewers rejected «المدرب سعد الشهري» offered among the absent players (and "Josep
    Gombau" among the injured ones): a speaker is no choice for a list of people he names."""
    questions = generate(AR, language="ar").questions
    lists = [q for q in questions if q.type == "multi" and "جاك مارتينيز" in q.answer]
    assert lists, [q.prompt for q in questions]
    for q in lists:
        assert not {"خالد العتيبي", "سامي الحربي"} & set(q.choices), q.choices


def test_no_prompt_names_both_a_role_asked_and_its_holder() -> None:
    """«مقابلة دوروف … ذكر فيها المؤسس المشارك لـ Telegram» told whom «من هو المؤسس المشارك لـ
    Telegram؟» asks for (set w's reviewers)."""
    text = (
        "ماسك يوافق على تعليق عن الأمن\n\n"
        "قال الصحفي الأمريكي تاكر كارلسون إن زيارة موسكو تركت لديه انطباعا إيجابيا.\n\n"
        "وقال بافيل دوروف، المؤسس المشارك لـ Telegram، إن ثلاثة رجال هاجموه في سان فرانسيسكو.\n\n"
        "وأرفق بالتعليق جزء من مقابلة دوروف، والتي ذكر فيها المؤسس المشارك لـ Telegram أنه لم "
        "يمارس أعمالا في الولايات المتحدة بسبب اهتمام مكتب التحقيقات الفيدرالي.\n"
    )
    questions = generate(text, language="ar").questions[:10]
    asked = [q for q in questions if q.prompt == "من هو المؤسس المشارك لـ Telegram؟"]
    for q in questions:
        if asked and q is not asked[0]:
            assert not ("المؤسس المشارك لـ Telegram" in q.prompt and "دوروف" in q.prompt), q.prompt
