"""Who holds which role, asked both ways: "Who is the Mississippi governor?" and "What is Lee
Smithson's role?", wrong choices the article's other people and roles."""

from __future__ import annotations

import re
from functools import lru_cache

from ..questions import Question
from . import distractors, keys, portfolios, role_names
from .document import Document, RoleMention, Sentence, fold, strip_clitic
from .drafts import draft, gives_away, mcq
from .names import (
    NAMED_AFTER_AR,
    REPORTERS,
    ROLE_NOUNS_AR,
    ROLE_NOUNS_EN,
    ends_unnamed,
    is_role_word_ar,
    role_gender_en,
)
from .roles_en import ROLE_LINKS_EN

_ROLE_WHO = {"ar": "من {verb} {role} في {org}؟", "en": "Who is {org}'s {role}?"}
_ROLE_WHO_PLAIN = {"ar": "من {verb} {role}؟", "en": "Who is the {role}?"}
# A role that opens with whose it is: "Hartford HealthCare’s chief epidemiologist" takes no "the".
_POSSESSIVE_HEAD = re.compile(r"^(?:[A-Z][\w&.-]*\s)*[A-Z][\w&.-]*['’]s\s")
_ROLE_WHAT = {"ar": "ما منصب {person}{org}؟", "en": "What is {person}'s role{org}?"}


# A role one of several people hold: "another judge", "a member of …", "one of the founders".
_ONE_OF_SEVERAL = frozenset("another a an one other fellow".split())


def extract(doc: Document) -> list[Question]:
    """Who holds which role, both ways; wrong choices are the article's other people and roles."""
    questions = []
    mentions = _one_role_per_person(doc)
    roles = [m.role for m in mentions]
    for mention in mentions:
        person = doc.people.get(mention.person)
        gender = distractors.gender_of(person, doc.language) if person else ""
        sentence = _sentence_at(doc, mention.start)
        if sentence is None or (len(mention.role.split()) < 2 and not mention.organisation):
            continue  # "اللاعب", "the chief": too bare a role to ask about, unless it says whose
        if not mention.organisation and ends_unnamed(mention.role):
            continue  # «مؤسس شركة "ماكينزي"»: the company's name was left out of the role
        if strip_clitic(fold(mention.role.split()[-1])) in NAMED_AFTER_AR:
            continue  # «رئيس مركز | ومدينة كفرالشيخ»: the role lost the name it needs
        if fold(mention.role.split()[-1]).lower() in REPORTERS:
            continue  # "Who is the WKBW correspondent?": the story's reporter (set x: trivial)
        if mention.role.split()[0].lower() in _ONE_OF_SEVERAL:
            continue  # "Geoffrey Wolff, another judge": one of several, "Who is the another …?"
        if {w.lower().strip(".") for w in mention.role.split()} <= _ACADEMIC_TITLES:
            continue  # "Who is the Associate Professor?": a title, no part he plays (set h)
        verb = "هي" if gender == "f" else "هو"
        role = _sentence_case(doc, mention.role, mention.start == sentence.start)
        org = mention.organisation
        # After "at", an organisation "of" something takes "the": "at the University of Paris".
        # So does one the article writes with it: "at the Public Service Commission".
        the = " of " in org or _written_with_the(doc, org)
        at_org = f"the {org}" if the and not org.startswith(("the ", "The ")) else org
        if org and doc.language == "en" and (the or org.endswith("s")):
            # "University of Paris's professor", "Amazon Web Services's chief executive",
            # "Public Service Commission's chair" read badly: the role at the organisation.
            prompt = f"Who is the {role} at {at_org}?"
        elif org:
            prompt = _ROLE_WHO[doc.language].format(verb=verb, role=role, org=org)
        elif _names_whose(doc, mention.role) or len(doc.organisations) < 2:
            prompt = _ROLE_WHO_PLAIN[doc.language].format(verb=verb, role=role)
            if _POSSESSIVE_HEAD.match(role):
                prompt = prompt.replace("Who is the ", "Who is ", 1)  # "Who is Hartford's …?"
        else:
            prompt = ""  # "Who is the Chief Executive Officer?" of which of three companies?
        if _not_one_holder(doc, mention):
            prompt = ""  # "Who is the Council Member?" where two council members are named
        seed = f"{mention.start}|role"
        # «من هو …؟» says the holder is a man: no woman of the article is a choice for it, and
        # an Arabic role agrees with its holder: masculine unless the article says otherwise.
        agrees = gender or ("m" if doc.language == "ar" else role_gender_en(mention.role))
        # Not one the prompt names: "Who is Nagin's attorney?" is not answered by Ray Nagin
        # (set p's reviewers: an absurd choice).
        wrong = distractors.people(doc, mention.person, seed, agrees, prompt, by_role=True)
        if len(doc.people) < 2 and wrong:
            # The article's only person among well-known strangers: the one name it prints.
            # Her role is asked instead, as for an only speaker (quotes.py).
            prompt = ""
        q = prompt and mcq(
            doc, "role", prompt, mention.person, wrong, sentence.start, sentence.end, 0.9
        )
        if prompt and q is None and not gives_away(prompt, mention.person):
            answer = [mention.person, *keys.person_forms(doc, mention.person)]
            q = draft(doc, "short", "role", prompt, answer, sentence.start, sentence.end, 0.8)
        if q:
            q.extra["person"] = mention.person
            questions.append(q)
        where = (f" في {org}" if doc.language == "ar" else f" at {at_org}") if org else ""
        prompt = _ROLE_WHAT[doc.language].format(person=mention.person, org=where)
        pools = [[r for r in roles if r != mention.role]]
        # «وزير الزراعة», "the next managing director": roles the article names with no
        # holder, before any bundled role (a reviewer rejected "chief technology officer" and
        # "head of research" offered for a freight association's chairman).
        unheld = _unheld_roles_ar if doc.language == "ar" else _unheld_roles_en
        pools.append([r for r in doc.once("unheld roles", unheld) if r not in roles])
        # None of the roles he holds besides («فتحى ياسين، مدير عام آثار مصر العليا، رئيس
        # البعثة»: «رئيس البعثة» would be a second right choice).
        held = _beginnings(person.roles if person else [])
        pools = [[r for r in pool if fold(r) not in held] for pool in pools]
        own = distractors.pick(mention.role, pools)
        # «وزير الإعلام السوري» among the same government's other ministers (portfolios.py).
        ministers = portfolios.others(mention.role, doc.language, seed, doc.text)
        if (
            len(own) < 2  # the article's own two are choices enough: no stranger's title
            and _CORPORATE.search(fold(mention.role))
            and not _PUBLIC.search(fold(mention.role))
            and not _TEAM.search(fold(mention.role))
            and not _names_a_firm(doc, mention.role)
        ):
            pools.append(distractors.bundled_kind("roles", doc.language, seed, agrees))
        among_ministers = len(own) < 3 and len(ministers) >= 2
        wrong = ministers if among_ministers else distractors.pick(mention.role, pools)
        key = mention.role
        if doc.language == "en" and key.istitle() and wrong and all(w.islower() for w in wrong):
            key = key.lower()  # "Chief Executive" among "spokesperson", "general counsel"
        q = mcq(doc, "role", prompt, key, wrong, sentence.start, sentence.end, 0.86)
        if q:
            q.extra["person"] = mention.person
            if among_ministers and not org:  # "… at Danone" would leave the body unasked
                q.extra[role_names.AMONG_MINISTERS] = True
            questions.append(q)
    return questions


def _beginnings(roles: list[str]) -> set[str]:
    """Every beginning of each of `roles`, folded: a choice that is one of them, or how one of
    them begins, is held too."""
    return {folded[:n] for folded in {fold(r) for r in roles} for n in range(1, len(folded) + 1)}


def _unheld_roles_ar(doc: Document) -> list[str]:
    """Roles the article writes as an indefinite role noun and the definite word after it
    («وزير الزراعة», «رئيس الوزراء»), in the order it writes them, each once."""
    found: dict[str, None] = {}
    for sentence in doc.content:
        tokens = sentence.tokens
        for k in range(len(tokens) - 1):
            head, whose = tokens[k], tokens[k + 1]
            if not is_role_word_ar(head) or head.key.startswith("ال"):
                continue
            if not whose.key.startswith("ال") or doc.text[head.end : whose.start] != " ":
                continue
            start = head.start + (0 if head.key in ROLE_NOUNS_AR else 1)  # «ووزير»: no «و»
            found.setdefault(doc.text[start : whose.end])
    return list(found)


# "the new managing director", "a deputy governor": a role written small after an article.
_UNHELD_EN = re.compile(
    r"\b(?:the|a|an)\s+(?:(?:new|next|former|acting|interim|outgoing)\s+)?"
    r"((?:(?:managing|executive|general|deputy|vice|finance|assistant|chief|technical)\s+)?"
    r"(?:[a-z]+))\b"
)


def _unheld_roles_en(doc: Document) -> list[str]:
    """Roles the article writes small after "the" or "a" with no name beside them ("the next
    managing director", "the new chairman"), in the order it writes them, each once."""
    found: dict[str, None] = {}
    for sentence in doc.content:
        for match in _UNHELD_EN.finditer(sentence.text):
            role = match.group(1)
            if " " not in role and role in _BARE_EN:
                continue  # "the officer", "the head": no role alone
            if role.split()[-1] in ROLE_NOUNS_EN and not _CAPITAL_AFTER.match(
                sentence.text, match.end()
            ):
                found.setdefault(role)
    return list(found)


_BARE_EN = frozenset("head chief officer executive vice partner chair emeritus member".split())
_CAPITAL_AFTER = re.compile(r",?\s+[A-Z]")  # "the chairman, John Smith": a holder beside it


def _written_with_the(doc: Document, org: str) -> bool:
    return bool(org) and re.search(rf"\b[Tt]he {re.escape(org)}\b", doc.text) is not None


def _sentence_case(doc: Document, role: str, opens_sentence: bool) -> str:
    """ "Chief executive John Smith said …": the capital is the sentence's, not the role's, when
    a role noun or a word like "former" opens the sentence and a later word of the role is
    written small."""
    words = role.split()
    if doc.language != "en" or not opens_sentence or len(words) < 2:
        return role
    first = words[0].casefold()
    shouted = words[0].isupper() and len(words[0]) > 1
    # A word written small other than "of", "for": "Minister of Health Jane Smith said …" keeps
    # its capital (set ih: "Who is the minister of Information?").
    small = [w for w in words[1:] if w.islower() and (shouted or w not in ROLE_LINKS_EN)]
    if (first in ROLE_NOUNS_EN or first in _ROLE_MODIFIERS_EN) and small:
        # "Former Bayern coach" -> "former Bayern coach"; "ACTING Minister of Health", its
        # first word in capitals as a story's opening often is, -> "acting Minister of Health".
        head = words[0].lower() if shouted else role[0].lower()
        return head + role[len(head) :]
    common = first in doc.small_words() or first in _DESCRIBING_EN
    if common and all(w.islower() for w in words[1:]):
        return role[0].lower() + role[1:]  # "Private collector Robert Haag owned …"; not
    return role  # "Rovers coach Daniel Marsh": a team's name


# Words that describe a role, not name whose it is: "Private collector", "Local resident".
_DESCRIBING_EN = frozenset(
    "private public local independent senior junior young elderly retired".split()
)


# Words that open a role without being one: "Former captain Philipp Lahm", "Acting president".
_ROLE_MODIFIERS_EN = frozenset(
    "former acting interim outgoing incoming then longtime veteran current new retired".split()
)


def _names_whose(doc: Document, role: str) -> bool:
    """True for a role that says whose it is: a word beside the role nouns ("Odisha boss",
    "Foreign Minister", "وزيرة التجارة"), not "the Chief Executive Officer" alone."""
    nouns = ROLE_NOUNS_AR if doc.language == "ar" else ROLE_NOUNS_EN
    words = [w.removeprefix("ال") for w in fold(role).split() if w not in doc.stop_words()]
    return any(w not in nouns and "ال" + w not in nouns for w in words)


# Roles of a company's officers: the bundled roles (data/roles-*.txt) are of that field.
_CORPORATE = re.compile(
    r"chief|executive|officer|director|ceo|cfo|cto|founder|chair|مدير|رئيس|تنفيذي|مالي|مؤسس"
)
_ACADEMIC_TITLES = frozenset(
    "associate assistant adjunct emeritus professor prof dr doctor".split()
)
# ... nor a team's: «المدير الفني لفريق ليفربول» is no company's director (set g: a spokesman,
# a vice-president and a legal adviser offered for Liverpool's manager).
_TEAM = re.compile(r"فريق|نادي|منتخب|الفني|مدرب|\bteam\b|\bclub\b|coach")
# ... unless the role names a public body: "Emergency Management Agency director" is no
# company's officer, and "chairman of the board" no wrong choice for him.
_PUBLIC = re.compile(
    r"agency|ministry|department|authority|council|commission|government|county|municipal"
    r"|minister|mayor|governor|senator|president of|state|وزار|وزير|هيئه|مديريه|بلديه|حكوم"
    r"|محافظ|وزراء|مجلس (?:النواب|الشعب|الشوري|الامه|الشيوخ)|الجمهوريه|للارصاد|الارصاد"
    r"|member for|councillor|councilor"  # "executive member for libraries" (set f)
)


def _names_a_firm(doc: Document, role: str) -> bool:
    """True for a role that names an organisation of the article ("Lenovo Group CEO", "Apple
    CEO"): beside the bundled roles, which name none, the key would be the one choice that
    names a firm (a reviewer rejected it, eighty-fourth review)."""
    return any(re.search(rf"(?<!\w){re.escape(org)}(?!\w)", role) for org in doc.organisations)


def _one_role_per_person(doc: Document) -> list[RoleMention]:
    """The fullest role the article gives each person (one naming an organisation first), in
    reading order."""
    best: dict[str, RoleMention] = {}
    for mention in doc.roles:
        kept = best.get(mention.person)
        if kept is None or _fullness(mention) > _fullness(kept):
            best[mention.person] = mention
    return sorted(best.values(), key=lambda mention: mention.start)


# A role many hold at once: "a team member of the Mars 2020 Mission" names one of them.
# A team has many players: «من هو لاعب الزوراء؟» where another of its players scored too
# (set r, the hundred-and-thirtieth review: rejected as having two answers).
_ONE_OF_MANY = frozenset(
    fold(w)
    for w in """member members عضو عضوة player players defender midfielder لاعب لاعبة
    اللاعب اللاعبة مدافع""".split()
)


def _not_one_holder(doc: Document, mention: RoleMention) -> bool:
    """True when "Who is the …?" has more than one answer: another of the article's people holds
    the same role at the same place, or the role is one of many ("a team member")."""
    if {fold(w) for w in mention.role.split()} & _ONE_OF_MANY:
        return True
    if doc.language == "en" and _held_by_several_en(doc, mention.role):
        return True  # "Two Chilean scientists say …": "Who is the Chilean scientist?" (set g)
    if any(
        other.person != mention.person
        and fold(other.organisation or "") == fold(mention.organisation or "")
        and _same_role(fold(mention.role), fold(other.role))
        for other in doc.roles
    ):
        return True
    bare = doc.once("one-word roles", lambda d: [r for r in d.roles if len(r.role.split()) == 1])
    return any(o.person != mention.person and _bare_beside(doc, o, mention) for o in bare)


def _bare_beside(doc: Document, bare: RoleMention, full: RoleMention) -> bool:
    """True when `bare` is a role's head alone ("spokesman") whose sentence names the body of
    `full` ("Steve Springborn, a spokesman for the … Rural-Metro Fire Department" beside "Colin
    Williams, a Rural-Metro Fire Department spokesman": set hy's reviewers, two right answers)."""
    if not full.role.endswith(bare.role):
        return False
    body = full.role[: -len(bare.role)].strip()
    if not body or not all(word[:1].isupper() for word in body.split()):
        return False  # "former CEO", "advisor to … President": no body's name before the head
    sentence = _sentence_at(doc, bare.start)
    return sentence is not None and body in sentence.text


def _held_by_several_en(doc: Document, role: str) -> bool:
    """True when the article writes the role with its last word in the plural ("Two Chilean
    scientists"): it names several holders. The article's words are read once (an article may
    give hundreds of roles)."""
    *head, last = role.lower().split()
    if last.endswith("y"):
        plural = last[:-1] + "ies"
    else:
        plural = last + ("es" if last.endswith("s") else "s")
    words = doc.once(
        "roles: lower-case words", lambda d: " " + " ".join(_WORDS.findall(d.text.lower())) + " "
    )
    return f" {' '.join([*head, plural])} " in words


_WORDS = re.compile(r"[\w'’-]+")


def _same_role(mine: str, other: str) -> bool:
    """True when "Who is the <mine>?" could be answered by the holder of `other`: the same role,
    or a fuller name of it ("County Commissioner" beside "Dade County Commissioner"), not one of
    another rank ("Prime Minister" beside "Deputy Prime Minister")."""
    short, long = _role_words(mine), _role_words(other)
    extra = long[: len(long) - len(short)]
    if (
        bool(short)
        and len(long) >= len(short)
        and long[len(extra) :] == short
        and not any(word in _RANKS for word in extra)
    ):
        return True
    # «رئيس مجلس الوزراء» beside «رئيس الوزراء في جمهورية مصر العربية»: an Arabic role's head
    # comes first, what it is of after it (set f: two prime ministers, one asked bare). Its
    # complement loses «ال» when a country follows: «وزير الخارجية» beside «وزير خارجية جمهورية
    # مصر العربية» (set ia: Egypt's minister offered, and right, for "the foreign minister").
    if mine[:1] not in _ARABIC_LETTERS:
        # "Minister designate" beside "Minister designate for Gender": an English role and
        # what it is for after it (set iq: "Who is the Minister designate?", three right
        # choices, both reviewers).
        after = long[len(short) : len(short) + 1]
        return bool(short) and long[: len(short)] == short and after in _FOR_WHAT_EN
    short, long = _without_article(short), _without_article(long)
    return bool(short) and len(long) > len(short) and long[: len(short)] == short


@lru_cache(maxsize=1 << 12)
def _role_words(role: str) -> tuple[str, ...]:
    """A folded role's words, «مجلس» left out: «رئيس مجلس الوزراء» is «رئيس الوزراء»."""
    return tuple(w for w in role.split() if w not in _COUNCIL)


_COUNCIL = frozenset({fold("مجلس")})
_FOR_WHAT_EN = frozenset({("for",), ("of",)})  # the word after a role before what it is for


def _without_article(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)


_ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))


# Words that make another role of the one after them: "Deputy Prime Minister", «نائب وزير».
_RANKS = frozenset(
    fold(w)
    for w in """deputy vice assistant associate acting former interim senior junior under
    executive chief general first second نائب مساعد وكيل القائم""".split()
)


def _fullness(mention: RoleMention) -> tuple[bool, int]:
    return bool(mention.organisation), len(mention.role)


def _sentence_at(doc: Document, offset: int) -> Sentence | None:
    for sentence in doc.content:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None
