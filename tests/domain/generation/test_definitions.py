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
    # «يعد» with no term after it, a pointer, or a name the article does not know
    ("يُعد أحد أنجح القادة العسكريين في التاريخ، إذ لم يهزم في أي معركة خاضها.", "ar"),
    ("تعد هذه اللوحة ملكاً للحكومة الفرنسية حيث تعلق على جدار المتحف.", "ar"),
    ("يعد خليج ماليان خليجاً قليل العمق حيث يبلغ الحد الأقصى لعمقه مترين.", "ar"),
    # a ranking, and a term cut inside its elative
    ("تعد الحرب أحد أعنف الصراعات في التاريخ الحديث كله.", "ar"),
    ("وتعتبر الفترة الأكثر نجاحاً للنادي كانت في السبعينات والثمانينات.", "ar"),
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


CONSIDERED_AR = (
    "تعد إيران قوةً إقليمية، وتحتل مركزا هاما في أمن الطاقة الدولية. "
    "ويعتبر المنتخب الوطني فريقاً قوياً في المنطقة منذ سنوات."
)


def test_a_term_the_article_considers_something_is_asked_in_the_nominative():
    """«تعد X Y» has no هو/هي: the verb's person gives the pronoun, and the definition the verb
    made accusative («قوةً») is keyed as the question on the term is answered («قوة»)."""
    asked = _definitions(CONSIDERED_AR, "ar")
    assert asked["ما هي إيران؟"][0] == "قوة إقليمية", asked
    assert asked["ما هو المنتخب الوطني؟"][:2] == ["فريق قوي", "فريقاً قوياً"], asked


def test_a_term_said_to_be_one_of_a_kind_is_asked_what_it_is():
    asked = _definitions("أوروبا إحدى قارات العالم السبع. وتقع في نصف الكرة الشمالي.", "ar")
    assert asked == {"ما هي أوروبا؟": ["إحدى قارات العالم السبع"]}, asked
