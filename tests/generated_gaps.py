"""The typed gaps the generator proposes for a text, for the generator's rule tests."""

from studyapp.domain.generation import document, generate, mentions, propose


def _questions(text: str, language: str, drafts: bool):
    """The questions a teacher is offered, or with `drafts` every one proposed before the ranker
    keeps one question per fact (a rule's key is checked there when the ranker keeps another
    question that prints it)."""
    return (propose if drafts else generate)(text, language=language).questions


def gaps(text: str, language: str, drafts: bool = False) -> dict[str, list[str]]:
    """{key: prompts} of every typed gap the generator offers (or drafts)."""
    found: dict[str, list[str]] = {}
    for q in _questions(text, language, drafts):
        if q.type == "cloze":
            found.setdefault(q.answer[0], []).append(q.prompt)
    return found


def typed(text: str, language: str, drafts: bool = False) -> dict[str, list[str]]:
    """{key: prompts} of every gap and typed question: a count is asked either way, as a gap
    or as its question ("How many residents were evacuated …?"), never both."""
    found: dict[str, list[str]] = {}
    for q in _questions(text, language, drafts):
        if q.type in ("cloze", "short"):
            found.setdefault(q.answer[0], []).append(q.prompt)
    return found


def assert_not_asked_but(text: str, language: str, dropped: str, kept: str) -> None:
    """No gap or typed question keyed `dropped`, and one keyed `kept` still asked: the rule is
    no blanket."""
    found = typed(text, language)
    assert dropped not in found, found[dropped]
    assert kept in found, found


def first_keys(text: str, language: str) -> list[str]:
    """The key of every question the generator offers, in its order (a choice's right one)."""
    return [
        q.answer[0] if isinstance(q.answer, list) else q.answer
        for q in _questions(text, language, False)
    ]


def answers(question) -> list[str]:
    """A question's answer as a list: the key and its accepted forms, or the one right choice."""
    return [question.answer] if isinstance(question.answer, str) else list(question.answer)


def spotted(text: str, language: str):
    """The article parsed with its people, organisations and places spotted."""
    doc = document.parse(text, language, None)
    mentions.spot(doc)
    return doc


def assert_gaps_leave_out(text: str, language: str, dropped: tuple[str, ...], kept: str) -> None:
    """No gap keyed any of `dropped`, and `kept` still asked, as a gap or as its count
    question: the rule is no blanket."""
    found = gaps(text, language)
    assert not set(dropped) & set(found), {key: found[key] for key in dropped if key in found}
    asked = typed(text, language)
    assert kept in asked, asked
