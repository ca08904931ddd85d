"""Gaps a reader fills without knowing the text: a pronoun or a rank taken for a name."""

from studyapp.domain.generation import generate


def _cloze_keys(text: str, language: str) -> dict[str, list[str]]:
    """Each cloze's key, with the prompts that blank it."""
    keys: dict[str, list[str]] = {}
    for q in generate(text, language=language).questions:
        if q.type == "cloze":
            key = q.answer[0] if isinstance(q.answer, list) else q.answer
            keys.setdefault(key, []).append(q.prompt)
    return keys


MUSEUM_AR = (
    "متحف الخرائط\n\n"
    "وأضافت المديرة أن «هم» سيأتون من كل مدن البلاد لرؤية الخرائط. "
    "وفي القاعة «هنا» خرائط قديمة للبحر المتوسط رسمها الإدريسي. "
    "وافتتح المتحف في مدينة «فاس» بحضور الوزير.\n"
)
MUSEUM_EN = (
    "A museum of maps\n\n"
    "Visitors may see the old maps of the Mediterranean in the main hall. "
    "The museum opened in March after four years of work in Lisbon. "
    "The Largest collection of sea charts belongs to the Navy in Lisbon. "
    "The university entered the Top 400 in the rankings of the Carnegie Foundation.\n"
)


def test_a_quoted_pronoun_or_deictic_is_not_taken_for_a_name():
    keys = _cloze_keys(MUSEUM_AR, "ar")
    assert "هم" not in keys and "هنا" not in keys, keys
    assert "فاس" in keys, keys


def test_a_rank_alone_is_not_a_name():
    keys = _cloze_keys(MUSEUM_EN, "en")
    assert "Top" not in keys and "Largest" not in keys, keys
