"""A sentence that defines a term ("X هو …", "X is a …") is asked as "ما هو X؟" / "What is X?",
keyed by the head of the definition a student can type, the whole definition accepted too;
no such question on a pronoun, someone's words, a ranking or a definition that points back."""

from studyapp.domain.generation import generate


def _definitions(text: str, language: str) -> dict[str, list[str]]:
    """{prompt: accepted answers} of every definition question."""
    return {
        q.prompt: list(q.answer)
        for q in generate(text, language=language).questions
        if q.category == "definition"
    }


SERIES_AR = (
    "صراع العروش أو لعبة العروش (بالإنجليزية: Game of Thrones) هو مسلسل فنتازيا ملحمي من "
    "تأليف ديفيد بينيوف ودانيال وايس، وقد عرض أول مواسمه على شبكة إتش بي أو عام 2011."
)


def test_an_arabic_term_is_asked_by_what_the_sentence_says_it_is():
    asked = _definitions(SERIES_AR, "ar")
    assert list(asked) == ["ما هو صراع العروش؟"], asked
    key, *others = asked["ما هو صراع العروش؟"]
    assert key == "مسلسل فنتازيا ملحمي"
    assert "مسلسل فنتازيا ملحمي من تأليف ديفيد بينيوف ودانيال وايس" in others


DISEASE_AR = (
    "السرطان (بالإنجليزية: Cancer) هو مجموعة من الأمراض التي تتميز خلاياها بالعدائية، "
    "وتنتقل هذه الخلايا إلى أنسجة بعيدة في عملية تسمى النقلية."
)


def test_a_part_of_a_whole_keeps_the_whole_in_its_key():
    asked = _definitions(DISEASE_AR, "ar")
    assert asked["ما هو السرطان؟"][0] == "مجموعة من الأمراض", asked


PLANET_EN = (
    "Uranus is the seventh planet from the Sun, and it has the third-largest diameter in our "
    "solar system. William Herschel was a British astronomer who found it in 1781."
)


def test_an_english_term_and_a_person_are_asked_what_and_who():
    asked = _definitions(PLANET_EN, "en")
    assert asked["What is Uranus?"][0] == "the seventh planet", asked
    assert asked["Who was William Herschel?"][0] == "a British astronomer", asked


NOT_DEFINITIONS = [
    ("وقال إن هذا هو الحل الوحيد المتاح أمام الحكومة في الوقت الراهن لإنهاء الأزمة.", "ar"),
    ("China is the world's largest producer of cotton, but most of it is used at home.", "en"),
    ("Polignac's conjecture is a strengthening of that conjecture about twin primes.", "en"),
    ("It is a small town on the coast where most people live from fishing and tourism.", "en"),
]


def test_no_definition_of_a_pronoun_of_someones_words_of_a_rank_or_of_a_pointer():
    for text, language in NOT_DEFINITIONS:
        assert _definitions(text, language) == {}, text


DISORDER_AR = (
    "الاضطراب ثنائي القطب، المعروف سابقا باسم الاكتئاب الهوسي، اضطراب نفسي يسبب فترات من "
    "الاكتئاب وفترات من ارتفاع المزاج بشكل غير طبيعي."
)
MINING_EN = (
    "New coins are created as a reward for a process known as mining, in which computers "
    "compete to confirm the payments made on the network."
)


def _keys(text: str, language: str) -> dict[str, list[str]]:
    return {
        q.answer[0]: list(q.answer)
        for q in generate(text, language=language).questions
        if q.type == "cloze"
    }


def test_the_name_a_term_is_also_known_by_is_a_gap_on_the_name_alone():
    assert "الاكتئاب الهوسي" in _keys(DISORDER_AR, "ar")
    assert "mining" in _keys(MINING_EN, "en")


def test_a_contrast_frame_is_not_the_term_defined() -> None:
    text = (
        "العصيان المدني أنواع.\n\n"
        # The machine translation doubled the pronoun: «فهو هو».
        "أما العصيان المدني الثوري فهو هو محاولة نشطة للإطاحة بالحكومة، ويختلف عن الاحتجاج السلمي."
    )
    prompts = [q.prompt for q in generate(text, language="ar").questions]
    assert not any("أما" in p or "فهو" in p for p in prompts if p.startswith("ما "))
