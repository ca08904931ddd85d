"""A speaker called by a role the article gave one person: «وذكر الوزير …», "the CFO said"."""

from __future__ import annotations

from .document import Document, Person, fold
from .names import ROLE_NOUNS_AR, ROLE_NOUNS_EN


def by_role(
    doc: Document, keys: list[str], last: Person | None = None, beside: list[str] = ()
) -> Person | None:
    """'المدير المالي', 'the CFO' or 'the minister' -> the person the article gave that role:
    two of its words in common, or one role noun after "the"/"ال" in one person's role (the
    person named last, when several hold such a role)."""
    nouns = ROLE_NOUNS_AR if doc.language == "ar" else ROLE_NOUNS_EN
    if not keys or not any(k in nouns for k in keys):
        return None
    if doc.language == "en" and _indefinite(keys, nouns):
        return None  # "A lawyer for Conrad Murray says …" is not his lawyer the article names
        # later ("Nareg Gourjian, another defense lawyer for Murray": set x, wrong key to both)

    def stem(word: str) -> str:
        return word.removesuffix("ه").removesuffix("ي") if doc.language == "ar" else word

    said = {stem(k) for k in keys if k not in doc.stop_words()}
    owner = _owner_en(doc, keys, nouns) if doc.language == "en" else ""
    for mention in doc.roles:
        if owner and owner not in fold(f"{mention.role} {mention.organisation}").split():
            continue  # "Papadopoulos’ attorney" is not "Trump’s former attorney Michael Cohen"
        # Words of the role itself, not "the" and "of": "told the city council" shares two
        # words with "managing director of the interim city" and names no role.
        role = [stem(k) for k in fold(mention.role).split() if k not in doc.stop_words()]
        common = [w for w in role if w in said]
        # "الرئيس التنفيذي لـ TSMC" is not the chief executive of Nvidia: another company.
        named = {k for k in beside if k.isascii() and k.isalpha()}
        if named and not named & set(fold(f"{mention.role} {mention.organisation}").split()):
            continue
        if role and len(common) >= min(2, len(role)) and _names_a_role(common, nouns, stem):
            return doc.people.get(mention.person)
    if doc.language == "ar":
        heads = {k[2:] for k in keys if k.startswith("ال") and k in nouns}
        # «الرئيس التنفيذي» is no «رئيس مجلس الوزراء»: the adjective after the noun must be his.
        qualifier = beside[0] if beside and beside[0].startswith("ال") else ""
    else:
        pairs = zip(keys, keys[1:], strict=False)
        heads = {k for before, k in pairs if before == "the" and k in nouns}
    holders = {m.person for m in doc.roles if heads & set(fold(m.role).split())}
    if doc.language == "ar" and qualifier:
        holders = {m.person for m in doc.roles if m.person in holders and qualifier in fold(m.role)}
    if last is not None and last.name in holders:
        return last
    return doc.people.get(holders.pop()) if len(holders) == 1 else None


_INDEFINITE_EN = frozenset("a an one another".split())


def _indefinite(keys: list[str], nouns: frozenset[str]) -> bool:
    """True when the first role noun of `keys` follows "a", "an", "one" or "another", with
    at most two words between: "a lawyer for …", "an Apple spokesman"."""
    first = next((k for k, key in enumerate(keys) if key in nouns), None)
    return first is not None and any(k in _INDEFINITE_EN for k in keys[max(0, first - 3) : first])


def _owner_en(doc: Document, keys: list[str], nouns: frozenset[str]) -> str:
    """The person whose role the words name: "papadopoulos" of "Papadopoulos’ attorney"."""
    first = next((k for k, key in enumerate(keys) if key in nouns), 0)
    if first == 0:
        return ""
    owner = keys[first - 1].removesuffix("’s").removesuffix("'s")
    words = {fold(word) for name in doc.people for word in name.split()}
    return owner if owner in words else ""


def _names_a_role(words: list[str], nouns: frozenset[str], stem) -> bool:
    """True when one of `words` is a role noun ("director", "وزير"), with or without "ال"."""
    stems = {stem(n) for n in nouns} | {stem(n[2:]) for n in nouns if n.startswith("ال")}
    return any(w in stems or w.removeprefix("ال") in stems for w in words)
