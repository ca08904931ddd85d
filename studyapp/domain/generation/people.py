"""People and their roles, in both languages, from the shapes news text names them in.

- a role before the name: "Foreign Minister Shah Mahmood Qureshi", "Odisha boss Josep Gombau",
  "وزير الإعلام حمزة المصطفى", "مدير عام المياه بمنطقة جازان المهندس عبدالله القميري";
- a name before its role (apposition): "Sarah Friar, OpenAI's CFO,", "سعد الشهري، مدرب الاتفاق،";
- a name beside a verb of saying or after "according to / بحسب / وفقًا لـ";
- a title before a name (Dr., Mr., الدكتور، المهندس).

Given names (data/given-names-*.txt) tell a name from other capitalised or unprefixed words.
"""

from __future__ import annotations

from functools import cache

from .document import (
    ROLE_WORDS_AR,
    ROLE_WORDS_EN,
    SPEECH_VERBS_AR,
    SPEECH_VERBS_EN,
    STOP_AR,
    STOP_EN,
    Document,
    RoleMention,
    Sentence,
    Token,
    bundled,
    fold,
    gap,
    strip_clitic,
)

HONORIFICS_AR = frozenset(
    fold(w)
    for w in """المهندس المهندسة الدكتور الدكتورة د الشيخ الشيخة الأستاذ الأستاذة السيد السيدة
    اللواء العميد العقيد الفريق المستشار الأمير الأميرة القاضي النائب الإعلامي الإعلامية الصحفي
    الصحفية الفنان الفنانة""".split()
)
TITLES_EN = frozenset("mr mrs ms dr prof sir dame lord lady gen col capt sen rep gov".split())
# Role nouns beyond document.ROLE_WORDS_*: what news names people by.
ROLE_NOUNS_EN = ROLE_WORDS_EN | frozenset(
    """minister ambassador adviser advisor coach boss secretary commissioner spokesperson mayor
    senator general captain governor chancellor premier king queen prince judge lawyer attorney
    economist scientist engineer researcher journalist reporter host presenter leader striker
    midfielder defender goalkeeper player chairperson administrator official deputy envoy
    technician""".split()
)
ROLE_NOUNS_AR = ROLE_WORDS_AR | frozenset(
    fold(w)
    for w in """مدرب المدرب وزير الوزير وزيرة الوزيرة سفير السفير سفيرة محافظ المحافظ مستشار
    المستشار مستشارة قائد القائد أمين رئيسة مديرة المديرة متحدث متحدثة الناطق ناطق الملك
    الأمير محلل محللة الخبير خبير خبيرة الباحث باحث العالم مهندس لاعب اللاعب مهاجم المهاجم
    حارس الصحفي صحفي الإعلامي المراسل مراسل نائبة عضوة رئيسه""".split()
)
_LINEAGE_AR = frozenset(fold(w) for w in "بن بنت ابن أبو آل".split())
_BEFORE_ORGANISATION_EN = frozenset("of at for from with by".split())
_ROLE_LINKS_EN = frozenset("for of and the".split())
_ACCORDING_AR = frozenset(fold(w) for w in "بحسب حسب وفقا وفق طبقا لـ".split())
_ORG_WORDS_EN = frozenset(
    """inc corp co ltd llc plc fc club bank group university agency ministry department
    company corporation association council committee organization organisation institute
    fund party government airbase airport port""".split()
)
_MAX_NAME = 3


@cache
def given_names(language: str) -> frozenset[str]:
    return frozenset(fold(name) for name, _ in bundled(f"given-names-{language}"))


def is_given_name(doc: Document, token: Token) -> bool:
    key = strip_clitic(token.key) if doc.language == "ar" else token.key
    return token.key in given_names(doc.language) or key in given_names(doc.language)


def _capitalised(token: Token) -> bool:
    return token.text[0].isupper() and not token.is_arabic


def _name_word_ar(token: Token) -> bool:
    """A word that may be part of an Arabic name: Arabic, not a particle, role or verb of saying."""
    key = token.key
    if token.is_arabic and key in given_names("ar"):
        return True
    return (
        token.is_arabic
        and key not in STOP_AR
        and strip_clitic(key) not in SPEECH_VERBS_AR
        and key not in ROLE_NOUNS_AR
        and key not in HONORIFICS_AR
        and not key.isdigit()
    )


def _surname_ar(token: Token) -> bool:
    """An article-prefixed family name: القميري، الشهري، المصطفى (a nisba or a known form)."""
    key = token.key
    return key.startswith("ال") and len(key) >= 5 and key.endswith(("ي", "ى"))


def spot(doc: Document) -> None:
    """Add the article's people (and the roles named with them) to `doc`, in reading order."""
    for sentence in doc.content:
        if doc.language == "ar":
            _role_then_name_ar(doc, sentence)
            _name_then_role_ar(doc, sentence)
            _speaker_names_ar(doc, sentence)
        else:
            _names_en(doc, sentence)


# --- English -------------------------------------------------------------------------------


def _runs(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Capitalised words joined by single spaces (a possessive "FC's" ends a run)."""
    tokens = sentence.tokens
    runs, i = [], 0
    while i < len(tokens):
        if not _capitalised(tokens[i]) or tokens[i].key in STOP_EN:
            i += 1
            continue
        j = i + 1
        while (
            j < len(tokens)
            and _capitalised(tokens[j])
            and (
                gap(doc.text, tokens[j - 1], tokens[j]) == " "
                or (len(tokens[j - 1].text) == 1 and doc.text[tokens[j - 1].end] == ".")
            )
            and not tokens[j - 1].key.endswith(("'s", "’s"))
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _names_en(doc: Document, sentence: Sentence) -> None:
    tokens = sentence.tokens
    for i, j in _runs(doc, sentence):
        keys = [t.key for t in tokens[i:j]]
        if any(k in _ORG_WORDS_EN for k in keys):
            continue
        # The name is what follows the last role word of the run ("Foreign Minister | Shah …").
        last_role = max((k for k in range(i, j) if tokens[k].key in ROLE_NOUNS_EN), default=-1)
        start = last_role + 1 if last_role >= 0 else i
        first_given = next((k for k in range(i, j) if is_given_name(doc, tokens[k])), None)
        if last_role < 0 and first_given is not None and first_given > i:
            start = first_given  # "Development Asad Umar": the name starts at its given name
        if start >= j or j - start > _MAX_NAME:
            continue
        name_tokens = tokens[start:j]
        before = tokens[start - 1] if start > 0 else None
        after = tokens[j] if j < len(tokens) else None
        if before is not None and before.key in _BEFORE_ORGANISATION_EN:
            continue  # "chief executive of Amazon Web Services, said": the speaker came first
        role = _role_before_en(doc, sentence, start)
        titled = before is not None and before.key in TITLES_EN
        speech = (after is not None and after.key in SPEECH_VERBS_EN) or (
            before is not None and before.key in SPEECH_VERBS_EN
        )
        apposition = _role_after_en(doc, sentence, j)
        given = is_given_name(doc, name_tokens[0])
        two = len(name_tokens) >= 2
        known = doc.resolve_person(" ".join(t.text for t in name_tokens)) is not None
        if not (known or (two and (role or titled or speech or apposition or given))):
            continue
        name = doc.text[name_tokens[0].start : name_tokens[-1].end].removesuffix("'s")
        person = doc.add_person(name.removesuffix("’s"))
        for found in (role, apposition):
            if found:
                text, a, b = found
                doc.roles.append(RoleMention(person.name, text, "", a, b))
                person.roles.append(text)


def _role_before_en(doc: Document, sentence: Sentence, start: int) -> tuple[str, int, int] | None:
    """ "Foreign Minister", "Minister for Planning and Development", "Odisha boss" before a name."""
    tokens = sentence.tokens
    k = start - 1
    if k < 0 or gap(doc.text, tokens[k], tokens[start]) != " ":
        return None
    if tokens[k].key in _ROLE_LINKS_EN:
        return None  # "chief executive of Amazon Web Services": an organisation follows
    end = k
    while k >= 0 and (tokens[k].key in _ROLE_LINKS_EN or _capitalised(tokens[k])):
        if tokens[k].key in ROLE_NOUNS_EN:
            break
        k -= 1
        if k < 0 or end - k > 5:
            return None
    if k < 0 or tokens[k].key not in ROLE_NOUNS_EN:
        return None
    head = k
    while head > 0 and _capitalised(tokens[head - 1]) and tokens[head - 1].key not in STOP_EN:
        if gap(doc.text, tokens[head - 1], tokens[head]) != " " or k - head >= 3:
            break
        head -= 1
    if tokens[head].key.endswith(("'s", "’s")):
        return None
    a, b = tokens[head].start, tokens[end].end
    return doc.text[a:b], a, b


def _role_after_en(doc: Document, sentence: Sentence, j: int) -> tuple[str, int, int] | None:
    """ ", the chief executive of Nordwind," after a name: the role phrase up to the next comma."""
    tokens = sentence.tokens
    if j >= len(tokens) or gap(doc.text, tokens[j - 1], tokens[j]).strip() != ",":
        return None
    a = j + (1 if tokens[j].key in {"the", "a", "an"} else 0)
    b = a
    while b < len(tokens) and b - a < 7:
        if b > a and gap(doc.text, tokens[b - 1], tokens[b]).strip():
            break
        b += 1
    phrase = tokens[a:b]
    while phrase and phrase[-1].key in STOP_EN:
        phrase = phrase[:-1]  # "managing director of the interim city and": cut at "and"
    if any(t.key == "and" for t in phrase):
        phrase = phrase[: [t.key for t in phrase].index("and")]
        while phrase and phrase[-1].key in STOP_EN:
            phrase = phrase[:-1]
    if not phrase or not any(t.key.removesuffix("'s") in ROLE_NOUNS_EN for t in phrase[:4]):
        return None
    if phrase[0].key in SPEECH_VERBS_EN:
        return None
    return doc.text[phrase[0].start : phrase[-1].end], phrase[0].start, phrase[-1].end


# --- Arabic --------------------------------------------------------------------------------


def _name_from_ar(doc: Document, sentence: Sentence, i: int) -> tuple[int, int] | None:
    """Token range [i, j) of the Arabic name starting at i: a given or unprefixed first name,
    up to two more unprefixed words, or an article-prefixed surname to close it."""
    tokens = sentence.tokens
    if i >= len(tokens) or not _name_word_ar(tokens[i]) or tokens[i].key.startswith("ال"):
        if i < len(tokens) and _capitalised(tokens[i]):
            j = i + 1
            while j < len(tokens) and j - i < _MAX_NAME and _capitalised(tokens[j]):
                j += 1
            return (i, j) if j - i >= 2 else None
        return None
    j = i + 1
    limit = _MAX_NAME
    while j < len(tokens) and j - i < limit:
        tok = tokens[j]
        if gap(doc.text, tokens[j - 1], tok).strip():
            break
        if tok.key in _LINEAGE_AR and j + 1 < len(tokens):
            limit += 2  # "حسين بن محمد قميري"
            j += 1
            continue
        if _surname_ar(tok) and _name_word_ar(tok):
            j += 1
            break
        if not _name_word_ar(tok) or tok.key.startswith("ال") or tok.key[0] in "لب":
            break
        if is_verbish_ar(tok) and not is_given_name(doc, tok):
            break
        j += 1
    return i, j


def is_verbish_ar(token: Token) -> bool:
    """A word of a verb's shape (يقول، تحدث، أكد) rather than a name, by its first letter."""
    key = strip_clitic(token.key)
    return len(key) >= 3 and key[0] in "يتن" and not key.startswith("ال")


def _role_then_name_ar(doc: Document, sentence: Sentence) -> None:
    """ROLE (complement …) [honorific] NAME: a name opened by a given name or an honorific,
    with the nearest role word at most five words before it."""
    tokens = sentence.tokens
    k = 0
    while k < len(tokens):
        honorific = tokens[k].key in HONORIFICS_AR
        start = k + 1 if honorific else k
        if start >= len(tokens) or not (honorific or is_given_name(doc, tokens[start])):
            k += 1
            continue
        found = _name_from_ar(doc, sentence, start)
        if found is None or found[1] - found[0] < 2:
            k += 1
            continue
        role = None
        for r in range(k - 1, max(-1, k - 6), -1):
            if gap(doc.text, tokens[r], tokens[r + 1]).strip():
                break
            if _is_role_word_ar(tokens[r]):
                role = r
                break
            if is_verbish_ar(tokens[r]) or strip_clitic(tokens[r].key) in SPEECH_VERBS_AR:
                break
        if role is None:
            _role_after_name_ar(doc, sentence, found)
            k = found[1]
            continue
        a, b = found
        name = doc.text[tokens[a].start : tokens[b - 1].end]
        feminine = strip_clitic(tokens[role].key).endswith("ه")
        person = doc.add_person(name, "f" if feminine else "")
        role_start = tokens[role].start + (0 if tokens[role].key in ROLE_NOUNS_AR else 1)
        role_end = tokens[k - 1].end
        text = doc.text[role_start:role_end]
        doc.roles.append(RoleMention(person.name, text, "", role_start, role_end))
        person.roles.append(text)
        k = b


def _role_after_name_ar(doc: Document, sentence: Sentence, found: tuple[int, int]) -> None:
    """ "الدكتور محمد القوصي الرئيس التنفيذي لوكالة الفضاء،": a role straight after the name."""
    tokens = sentence.tokens
    a, b = found
    if b >= len(tokens) or not _is_role_word_ar(tokens[b]):
        return
    if gap(doc.text, tokens[b - 1], tokens[b]).strip() not in {"", "،", ","}:
        return
    end = b + 1
    while end < len(tokens) and end - b < 6:
        if gap(doc.text, tokens[end - 1], tokens[end]).strip():
            break
        if is_verbish_ar(tokens[end]):
            break
        end += 1
    person = doc.add_person(doc.text[tokens[a].start : tokens[b - 1].end])
    text = doc.text[tokens[b].start : tokens[end - 1].end]
    doc.roles.append(RoleMention(person.name, text, "", tokens[b].start, tokens[end - 1].end))
    person.roles.append(text)


def _is_role_word_ar(token: Token) -> bool:
    return token.key in ROLE_NOUNS_AR or strip_clitic(token.key) in ROLE_NOUNS_AR


def _name_then_role_ar(doc: Document, sentence: Sentence) -> None:
    """NAME، ROLE …،: two or three name words before a comma and a role word after it."""
    tokens = sentence.tokens
    for c in range(1, len(tokens) - 1):
        if gap(doc.text, tokens[c - 1], tokens[c]).strip() not in {"،", ","}:
            continue
        if strip_clitic(tokens[c].key) not in ROLE_NOUNS_AR:
            continue
        a = c
        while a > 0 and c - a < _MAX_NAME and _name_word_ar(tokens[a - 1]):
            if a < c and gap(doc.text, tokens[a - 1], tokens[a]).strip():
                break
            if tokens[a - 1].key.startswith("ال") and a < c:
                break  # an article-prefixed word closes a name, it does not open one
            if a < c and is_verbish_ar(tokens[a - 1]) and not is_given_name(doc, tokens[a - 1]):
                break  # the word before the comma may look like a verb ("توماس"); others not
            a -= 1
        if c - a < 2 and not (c - a == 1 and doc.resolve_person(tokens[a].text)):
            continue
        if tokens[a].key.startswith("ال"):
            continue
        b = c
        while b < len(tokens) and b - c < 5:
            if b > c and gap(doc.text, tokens[b - 1], tokens[b]).strip():
                break
            b += 1
        name = doc.text[tokens[a].start : tokens[c - 1].end]
        person = doc.add_person(name, "f" if tokens[c].key.endswith("ه") else "")
        role = doc.text[tokens[c].start : tokens[b - 1].end]
        doc.roles.append(RoleMention(person.name, role, "", tokens[c].start, tokens[b - 1].end))
        person.roles.append(role)


def _speaker_names_ar(doc: Document, sentence: Sentence) -> None:
    """قال/أكدت/بحسب NAME: a name straight after a verb of saying or a "according to"."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens[:-1]):
        bare = strip_clitic(token.key)
        speech = bare in SPEECH_VERBS_AR
        if not (speech or token.key in _ACCORDING_AR or bare in _ACCORDING_AR):
            continue
        nxt = i + 1
        if tokens[nxt].key in HONORIFICS_AR:
            nxt += 1
        if nxt >= len(tokens) or gap(doc.text, tokens[nxt - 1], tokens[nxt]).strip():
            continue  # "وأضافت: «سنفتح …»": a quotation, not a name, follows the verb
        found = _name_from_ar(doc, sentence, nxt) if nxt < len(tokens) else None
        if found is None:
            continue
        a, b = found
        first = tokens[a]
        if first.key[0] in "لب" and not (
            is_given_name(doc, first) or _closed_after(doc, sentence, b) or b - a >= 2
        ):
            continue  # "قال لهم": a preposition, not a name
        if b - a == 1 and not (
            is_given_name(doc, first)
            or doc.resolve_person(first.text)
            or _closed_after(doc, sentence, b)
        ):
            continue
        if strip_clitic(first.key) in _ORG_START_AR:
            continue
        gender = "f" if speech and (bare.endswith("ت") or bare.startswith("تقول")) else ""
        doc.add_person(doc.text[first.start : tokens[b - 1].end], gender)


_ORG_START_AR = frozenset(
    fold(w)
    for w in """شركة وزارة وكالة منظمة جامعة مؤسسة هيئة مجموعة بنك مصادر تقرير تقارير صحيفة
    موقع بيان مجلس لجنة""".split()
)


def _closed_after(doc: Document, sentence: Sentence, b: int) -> bool:
    """The word after a one-word name is "إن/أن", a colon or a comma: "وقال بلوم إن …"."""
    tokens = sentence.tokens
    if b >= len(tokens):
        return True
    if gap(doc.text, tokens[b - 1], tokens[b]).strip() in {":", "،", ",", "."}:
        return True
    return strip_clitic(tokens[b].key) in {"ان", "انه", "انها", "لـ"}
