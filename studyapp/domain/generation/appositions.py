"""People's roles set off by commas after their names: "Sarah Friar, OpenAI's CFO,", "Linda
Waring, spokeswoman for the state Department of Health,", «سعد الشهري، مدرب الاتفاق،»; read by
mentions.py once the people are known. The role is split from the body it serves."""

from __future__ import annotations

from .arabic_names import THAT_AR
from .document import (
    ROLE_WORDS_AR,
    ROLE_WORDS_EN,
    SPEECH_VERBS_EN,
    Document,
    Sentence,
    Token,
    fold,
    gap,
    is_capitalised,
)
from .names import DESCRIBING_EN, ends_in_a_name_en, given_names, next_listed_ar
from .roles_en import inside_a_name


def _listed_after_role(doc: Document, person: str, start: int, role: str) -> bool:
    """True when the person's name follows a role of the same office ("Chief Secretary X,
    Additional Chief Secretary Home, …"): the second is the next official listed, not his.
    "Ambassador X, Spokesperson for the Presidency," is his."""
    words = {fold(w) for w in role.split()} & (ROLE_WORDS_AR | ROLE_WORDS_EN)
    return any(
        m.person == person and 0 <= start - m.end <= 2 and words & {fold(w) for w in m.role.split()}
        for m in doc.roles
    )


def spot(doc: Document, sentence: Sentence) -> None:
    """NAME ، ROLE ، (or NAME, ROLE,): the role phrase runs to the next comma or full stop."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens[:-2]):
        person = doc.resolve_person(token.text)
        if person is None or (i and doc.resolve_person(tokens[i - 1].text) is person):
            continue
        last = i
        while last + 1 < len(tokens) and doc.resolve_person(tokens[last + 1].text) is person:
            last += 1
        if last + 1 >= len(tokens) or gap(doc.text, tokens[last], tokens[last + 1]).strip() not in {
            "،",
            ",",
        }:
            continue
        end = last + 1
        # A body's long name goes on past the limit while its words are capitalised: "chief
        # executive of Surrey and Sussex Healthcare Trust,".
        while end < len(tokens) and (
            end - last <= 7 or (end - last <= 10 and _in_a_long_name(tokens, end))
        ):
            between = gap(doc.text, tokens[end - 1], tokens[end]).strip()
            if between and between != "&" and end > last + 1:
                break  # "for EC&R North America": "&" goes on inside a name
            if end > last + 1 and tokens[end].key in THAT_AR:
                break  # «لاشين إبراهيم، رئيس الوطنية للانتخابات إن «…»»: his words begin
            if end > last + 1 and doc.language == "en" and tokens[end].key in SPEECH_VERBS_EN:
                break  # "Toby Jurovics, Chief Curator at the Joslyn said.": his role ends there
            end += 1
        phrase = tokens[last + 1 : end]
        # "the former governor of the U.S. state of Virginia": cut at an initial's full stop or
        # at the length limit, the phrase names no whole organisation ("U").
        runs_on = end < len(tokens) and not _closes(doc, tokens, end)
        # "chief executive officer of the Juno Beach, Florida-based power company": the comma
        # stands inside the body's description.
        runs_on = runs_on or (end < len(tokens) and bool(DESCRIBING_EN.search(tokens[end].text)))
        joined = [
            k
            for k, t in enumerate(phrase)
            if k > 1 and t.text == "and" and not inside_a_name(phrase, k)
        ]  # not "chief executive of Surrey and Sussex Healthcare Trust"
        if runs_on and doc.language == "en" and joined:
            # "president of the Realtors group and head of Coldwell Banker …": the first role
            # ends where "and" begins the second.
            phrase, runs_on = phrase[: joined[0]], False
        if phrase and phrase[0].key in SPEECH_VERBS_EN:
            continue  # "…, said spokesman Carl Reed": the next speaker, not this one's role
        if phrase and doc.language == "ar" and next_listed_ar(phrase[0]):
            continue  # «حسام بن الحاج، ومراقب التعليم الأستاذ …»: "and" opens the next one listed
        and_a_name = phrase and phrase[0].key[:1] == "و" and phrase[0].key[1:] in given_names("ar")
        if and_a_name and doc.language == "ar":
            continue  # «إيناس عبدالدايم، وإسماعيل عبدالله الأمين العام …»: the next person
        words = ROLE_WORDS_AR if doc.language == "ar" else ROLE_WORDS_EN
        if not any(t.key in words or t.key.removesuffix("'s") in words for t in phrase[:3]):
            continue
        if runs_on:
            continue  # people_en reads such a role up to its first "of" ("former governor")
        if any(doc.resolve_person(t.text) not in (None, person) for t in phrase if len(t.key) > 2):
            continue  # "Secretary Salazar, Governor Brown break ground …": the next person
        role, organisation = _split_role(doc, phrase)
        if doc.language == "en" and role and ends_in_a_name_en(role):
            continue  # "DEO Ravinder, District Education Officer Praneeth, and …" (set o)
        if not role or _listed_after_role(doc, person.name, tokens[i].start, role):
            continue  # "Chief Secretary X, Additional Chief Secretary Home, …": a list goes on
        if doc.language == "ar" and phrase[0].key.endswith("ه"):
            person.gender = person.gender or "f"
        doc.add_role(person, role, organisation, phrase[0].start, phrase[-1].end)


def _in_a_long_name(tokens: list[Token], end: int) -> bool:
    """True when token `end` goes on a capitalised name that "and" joined inside it."""
    run = end
    while run > 0 and is_capitalised(tokens[run - 1]):
        run -= 1
    return (
        is_capitalised(tokens[end])
        and run > 1
        and tokens[run - 1].key == "and"
        and inside_a_name(tokens, run - 1)
    )


def _closes(doc: Document, tokens: list[Token], end: int) -> bool:
    """True when a comma, a full stop not after an initial, or other punctuation stands before
    token `end`."""
    between = gap(doc.text, tokens[end - 1], tokens[end]).strip()
    initial = len(tokens[end - 1].text) == 1 and tokens[end - 1].text.isupper()
    return bool(between) and between != "&" and not (between == "." and initial)


def _split_role(doc: Document, phrase: list[Token]) -> tuple[str, str]:
    """'المديرة المالية Openai' -> ('المديرة المالية', 'Openai'); "OpenAI's CFO" likewise."""
    text = doc.text
    if doc.language == "en":
        for k, tok in enumerate(phrase):
            if k and any(t.key in ROLE_WORDS_EN for t in phrase[:k]):
                break  # "medical director of Erlanger’s Community Health Centers": role first
            if tok.text.endswith(("'s", "’s")) and is_capitalised(tok):
                org = text[phrase[0].start : tok.end - 2]
                role = text[phrase[k + 1].start : phrase[-1].end] if k + 1 < len(phrase) else ""
                return role, org
        keys = [t.key for t in phrase]
        start = 1 if keys[0] in {"the", "a", "an"} else 0
        links = [
            k
            for k, key in enumerate(keys)
            if key in ("of", "at") and start < k < len(keys) - 1 and phrase[k].text.islower()
        ]  # not the "AT" of "AT&T"
        if links:
            # The organisation starts at the first link followed by a name: "head of research
            # at Nordwind", "professor at the University of Paris" (not "Paris" alone).
            named = [k for k in links if is_capitalised(phrase[_after_the(phrase, k)])]
            if not named:
                # "director of the interim city": a place, not a name
                return text[phrase[start].start : phrase[links[-1] - 1].end], ""
            k = named[0]
            if k == len(keys) - 2 and keys[k + 1] in _DEPARTMENTS_EN:
                # "Head of Research, Aditya Birla Money": a department, no organisation
                return text[phrase[start].start : phrase[-1].end], ""
            later = [
                n
                for n in range(k + 1, len(keys) - 1)
                if keys[n] in ("with", "at") and is_capitalised(phrase[_after_the(phrase, n)])
            ]
            if later:
                # "Chief of Hospital Medicine with Banner Health": the department is the role's,
                # the body is the last name ("Who is the Chief of Hospital Medicine at …?")
                n = later[-1]
                role = text[phrase[start].start : phrase[n - 1].end]
                return role, text[phrase[_after_the(phrase, n)].start : phrase[-1].end]
            head = k
            while (
                head - 1 > start
                and is_capitalised(phrase[head - 1])
                and phrase[head - 1].key not in ROLE_WORDS_EN
            ):
                head -= 1  # "for the state Department | of Health": the body is "Department of …"
            if head < k:
                role_end = head
                while role_end - 1 > start and phrase[role_end - 1].key in _BEFORE_BODY_EN:
                    role_end -= 1
                role = text[phrase[start].start : phrase[role_end - 1].end]
                return role, text[phrase[head].start : phrase[-1].end]
            role = text[phrase[start].start : phrase[k - 1].end]
            return role, text[phrase[_after_the(phrase, k)].start : phrase[-1].end]
        return (text[phrase[start].start : phrase[-1].end] if start < len(phrase) else ""), ""
    for k, tok in enumerate(phrase):
        if k and (is_capitalised(tok) or tok.key in {"لشركه", "في"} or tok.key.startswith("لـ")):
            org_start = k + 1 if tok.key in {"لشركه", "في"} else k
            org = text[phrase[org_start].start : phrase[-1].end] if org_start < len(phrase) else ""
            return text[phrase[0].start : phrase[k - 1].end], org.removeprefix("لـ")
    return text[phrase[0].start : phrase[-1].end], ""


# What a head or a director "of" runs inside a body: "Head of Research", "Director of Sales".
_DEPARTMENTS_EN = frozenset(
    """research sales marketing operations communications engineering finance strategy policy
    product products design security technology investments equities economics""".split()
)
# Words between a role and the body it serves: "spokeswoman for the state Department of …".
_BEFORE_BODY_EN = frozenset("for of at with in the a an state federal national city county".split())


def _after_the(phrase: list[Token], k: int) -> int:
    """The token after the link at k, past a "the"."""
    return k + 2 if phrase[k + 1].key == "the" and k + 2 < len(phrase) else k + 1
