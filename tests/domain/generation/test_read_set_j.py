# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh set j after its blind review: each text is written for the shape."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade
from tests.generated_gaps import spotted


def test_a_spokesman_for_a_team_is_no_man_called_basim() -> None:
    text = (
        "المشاريع المنجزة ضمن خطة العام الحالي\n\n"
        "أعلن فريق الإعلام الحكومي، اليوم الأحد، عن عدد المشاريع المنجزة ضمن البرنامج الحكومي للعام الحالي.\n\n"
        "وقال المتحدث باسم فريق الإعلام الحكومي، حيدر مجيد، إن الأمانة العامة أوفت بالتزاماتها ببناء 1000 مدرسة في عموم المحافظات."
    )
    doc = spotted(text, "ar")
    assert list(doc.people) == ["حيدر مجيد"], doc.people
    prompts = [q.prompt for q in generate(text, language="ar").questions]
    assert not any("باسم فريق،" in p or "من هو الإعلام" in p for p in prompts), prompts


def test_a_companys_letters_are_no_person_nor_part_of_its_chief_executives_role() -> None:
    text = (
        "Customer data stolen in cyber attack\n\n"
        "M&S said some customer information was accessed during the breach in April.\n\n"
        "M&S chief executive Stuart Machin said: “There is no evidence that the information has been shared.”\n\n"
        "In an email to customers, operations director Jayne Wall said: “You do not need to take any action.”"
    )
    doc = spotted(text, "en")
    assert "M&S" not in doc.people, doc.people
    assert doc.people["Stuart Machin"].roles[0] == "chief executive", doc.people
    for q in generate(text, language="en").questions:
        assert "M&S" not in (q.choices or []), q.prompt


def test_words_opening_on_a_negation_keep_it_and_read_as_the_speakers_own() -> None:
    text = (
        "مدرب العراق يمنع لاعبيه من مواقع التواصل\n\n"
        "منع المدرب غراهام أرنولد لاعبي المنتخب من استخدام مواقع التواصل الاجتماعي قبل مباراة الملحق.\n\n"
        "وأضاف: اللاعبون متحمسون لخوض المباراتين، لا أرى أفضلية في خوض المباراة الأولى بأبوظبي، إنهما مباراتان في الملحق الآسيوي، شوط في أبوظبي وآخر في البصرة."
    )
    prompts = [q.prompt for q in generate(text, language="ar").questions]
    said = [p for p in prompts if "أفضلية" in p]
    assert said and all("لا أرى أفضلية" in p for p in said), said


def test_a_key_written_as_one_word_lists_the_storys_two_as_accepted() -> None:
    # The grader's fuzzy match took "Task Force" already; the teacher sees it accepted now.
    text = (
        "Market buildings demolished\n\n"
        "Armed officials of the Lagos State Task Force stormed the market around 7am with bulldozers.\n\n"
        "While some angry traders tried to stop the Taskforce officials from carrying out the demolition, 17 buildings were pulled down."
    )
    gaps = [
        q
        for q in generate(text, language="en").questions
        if q.type == "cloze" and q.answer[0] == "Taskforce"
    ]
    assert gaps and "Task Force" in gaps[0].answer[1:], gaps
    assert grade(gaps[0], "Task Force").correct
