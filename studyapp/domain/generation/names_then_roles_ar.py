"""Arabic people named before their role: «سعد الشهري، مدرب فريق الاتفاق،» (a comma between),
«اعتذر برانكو إيفانكوفيتش المدير الفني لفريق الأهلي» (a foreign name no list knows, no comma).
Read by people_ar.spot_sentence."""

from __future__ import annotations

import re

from .arabic_names import SERVANT_OF, THAT_AR, is_verbish_ar, name_word_ar, prefixed_noun
from .arabic_roles import (
    MAX_ROLE,
    after_comma,
    ends_role_ar,
    listed_item_ar,
    role_after_name_ar,
    what_comes_after,
    with_age_group,
)
from .arabic_subjects import PRESENT_AR
from .document import SPEECH_VERBS_AR, Document, Sentence, Token, fold, gap, strip_clitic
from .names import (
    HONORIFICS_AR,
    MAX_NAME,
    ROLE_NOUNS_AR,
    given_names,
    is_given_name,
    is_role_word_ar,
    next_listed_ar,
)


def name_then_role(doc: Document, sentence: Sentence) -> None:
    """NAME، ROLE …،: two or three name words before a comma and a role word after it."""
    tokens = sentence.tokens
    for c in range(1, len(tokens) - 1):
        if gap(doc.text, tokens[c - 1], tokens[c]).strip() not in {"،", ","}:
            continue
        if strip_clitic(tokens[c].key) not in ROLE_NOUNS_AR:
            continue
        if next_listed_ar(tokens[c]) or listed_item_ar(doc, sentence, c):
            continue  # «آل مكتوم، ووزير الصحة …», «…، أمين الشناينة، …»: the next one listed
        a = c
        while a > 0 and c - a - _compounds(tokens, a, c) < MAX_NAME and name_word_ar(tokens[a - 1]):
            if a < c and gap(doc.text, tokens[a - 1], tokens[a]).strip():
                break
            if strip_clitic(tokens[a - 1].key).startswith("ال") and a < c:
                break  # an article-prefixed word closes a name, it does not open one, «و»
                # before it or not: «والهولندي جورجينيو فينالدوم، لاعب الوسط» (set l)
            if strip_clitic(tokens[a - 1].key) in HONORIFICS_AR:
                break  # «، والمهندس أحمد عبد الستار، مدير عام …»: his title, not his name
            if prefixed_noun(doc, tokens, a - 1):
                break  # «وزير الثقافة والإعلام السعودي، رئيس …»: a role's words, no name
            if a < c and is_verbish_ar(tokens[a - 1]) and not is_given_name(doc, tokens[a - 1]):
                break  # the word before the comma may look like a verb ("توماس"); others not
            if next_listed_ar(tokens[a - 1]):
                break  # «…، وولي العهد، نائب القائد الأعلى»: the next title listed, no name
            if staff_rank(tokens, a - 1):
                break  # «اللواء أركان حرب خالد شعيب، محافظ مطروح»: the rank ends before him
            a -= 1
        if c - a < 2 and not (c - a == 1 and doc.resolve_person(tokens[a].text)):
            continue
        if tokens[a].key.startswith("ال"):
            continue
        if _VERBAL_NOUN_AR.match(tokens[c - 1].key):
            continue  # «وحضر مراسم تقبل أوراق الاعتماد، رئيس الديوان …»: no one «أوراق الاعتماد»
        # «فتحى ياسين، مدير عام آثار مصر العليا، رئيس البعثة»: the words before the comma end
        # his first role, and the second is his too; no one named «آثار مصر العليا» (set hx's
        # reviewers: a choice among the speakers, and the key of «من هو رئيس البعثة؟»).
        held = next((r for r in doc.roles if r.start <= tokens[a].start < r.end), None)
        if held is not None and held.end > tokens[c - 1].end:
            continue
        b = c
        while b < len(tokens) and b - c < MAX_ROLE:
            if b > c and (
                gap(doc.text, tokens[b - 1], tokens[b]).strip()
                or tokens[b].key in THAT_AR
                or (ends_role_ar(tokens[b]) and not what_comes_after(tokens, b))
            ):
                break
            b += 1
        b = with_age_group(tokens, c, b)  # «مدرب المنتخب المغربي لأقل من 18 سنة،»
        if b - c == MAX_ROLE and b < len(tokens) and not after_comma(doc, sentence, b):
            at = [k for k in range(c + 2, b) if tokens[k].key == _IN_AR]
            if not at:
                continue  # «مدرب فريق النجمة الأول لكرة …»: the role runs on past what is asked
            b = at[-1]  # «الباحث فى دراسة ما بعد الدكتوراه | فى جامعة ولاية أوهايو»: where
        name = doc.text[tokens[a].start : tokens[c - 1].end]
        if held is not None:
            person = doc.people[held.person]
        else:
            person = doc.add_person(name, "f" if tokens[c].key.endswith("ه") else "")
        role = doc.text[tokens[c].start : tokens[b - 1].end]
        organisation = _quoted_after_to(doc, tokens[b - 1])
        doc.add_role(person, role, organisation, tokens[c].start, tokens[b - 1].end)


_IN_AR = fold("في")
# Verbal nouns of the measures افتعال, انفعال, استفعال with the article («الاعتماد», «الانتخاب»,
# «الاستقبال»), folded: what was done, never a family name.
_VERBAL_NOUN_AR = re.compile(r"^ال(?:ا.ت.ا.|ان..ا.|است..ا.)$")
_WORLD = frozenset({fold("العالم")})
# Words that open a list of those present: «يرافقه عمرو شحاتة وكيل الوزارة، …».
_WITH_AR = PRESENT_AR | frozenset(fold(w) for w in "يرافقها يرافقهم".split())


def listed_name_then_role(doc: Document, sentence: Sentence) -> None:
    """«يرافقه عمرو شحاتة وكيل وزارة التربية، …، ومجدى المنشاوى مدير إدارة مطروح»: a given name
    and one more word, after «يرافقه/بحضور …» or after the «، و» of such a list, with a role
    noun straight after them and no comma between."""
    tokens = sentence.tokens
    listing = False
    for k in range(1, len(tokens) - 2):
        between = gap(doc.text, tokens[k - 1], tokens[k]).strip()
        if strip_clitic(tokens[k - 1].key) in _WITH_AR and not between:
            listing = True
        elif between in {".", ":", "؛"}:
            listing = False
        if not listing:
            continue
        first = tokens[k]
        joined = first.key[:1] == "و" and between in {"،", ","}
        given = first.key[1:] if joined else first.key
        opens = strip_clitic(tokens[k - 1].key) in _WITH_AR or joined
        if not opens or given not in given_names("ar"):
            continue
        name, role = tokens[k : k + 2], tokens[k + 2]
        if any(gap(doc.text, tokens[j], tokens[j + 1]).strip() for j in (k, k + 1)):
            continue
        if not name_word_ar(name[1]) or not is_role_word_ar(role):
            continue
        if doc.resolve_person(doc.text[first.start + joined : name[1].end]) is None:
            role_after_name_ar(doc, sentence, (k, k + 2), joined)


def unknown_name_then_role(doc: Document, sentence: Sentence) -> None:
    """«اعتذر برانكو إيفانكوفيتش المدير الفني لفريق الأهلي»: two words no list knows, opening
    the sentence after its verb or following a verb of saying, then a definite role noun: a
    foreign name and the role set beside it without a comma."""
    tokens = sentence.tokens
    for a in range(1, len(tokens) - 2):
        said = strip_clitic(tokens[a - 1].key) in SPEECH_VERBS_AR
        # «وقال الباحث كريس باركر المشرف على الدراسة»: a role noun between the verb and him.
        titled = a >= 2 and tokens[a - 1].key in ROLE_NOUNS_AR and tokens[a - 1].key[:2] == "ال"
        titled = titled and strip_clitic(tokens[a - 2].key) in SPEECH_VERBS_AR
        if not (a == 1 or said or titled):
            continue
        name, role = tokens[a : a + 2], tokens[a + 2]
        if not role.key.startswith("ال") or role.key not in ROLE_NOUNS_AR or role.key in _WORLD:
            continue  # «بطولة كأس العالم»: "the world", not "the scientist"
        if any(not name_word_ar(t) or t.key.startswith("ال") or is_verbish_ar(t) for t in name):
            continue
        if any(t.key.endswith(("ه", "ات")) for t in name):
            continue  # «إحدى قارات العالم»: a noun in «ة» or a plural; no foreign name ends so
        if any(gap(doc.text, tokens[k], tokens[k + 1]).strip() for k in range(a - 1, a + 2)):
            continue  # a comma or a quote mark between: not one run of words
        if doc.resolve_person(doc.text[name[0].start : name[1].end]) is None:
            role_after_name_ar(doc, sentence, (a, a + 2))


# «الرئيس التنفيذي ل«آسيا سات»»: the organisation in quote marks right after a bare «ل».
_QUOTED = re.compile(r"[«\"“]([^»\"”\n]{2,40})[»\"”]")


def _quoted_after_to(doc: Document, last: Token) -> str:
    """The organisation a role names in quote marks after a bare «ل» (its last word), or ""."""
    if last.key != "ل":
        return ""
    found = _QUOTED.match(doc.text, last.end)
    return found.group(1).strip() if found else ""


def _compounds(tokens: list[Token], a: int, c: int) -> int:
    """How many «عبد ال…» of tokens[a:c] count as one word of a name, not two: «محمد سامي عبد
    الله، محامي …» is a name of three (set q: read «سامي عبد الله»)."""
    return sum(
        1
        for k in range(a, c - 1)
        if tokens[k].key in SERVANT_OF and tokens[k + 1].key.startswith("ال")
    )


def staff_rank(tokens: list[Token], k: int) -> bool:
    """The «حرب» of «اللواء أركان حرب خالد شعيب» and the «ثاني» of «الملازم ثاني جعفر
    الزيادنة»: the last word of a rank, not a given name (set q: a story with two officers
    quoted had no question at all)."""
    if k == 0:
        return False
    key, before = tokens[k].key, tokens[k - 1].key
    return (key == _WAR and before == _STAFF) or (key in _ORDINALS and before in _RANKED)


_WAR, _STAFF = fold("حرب"), fold("أركان")
_ORDINALS = frozenset(fold(w) for w in "أول اول ثاني ثان".split())
_RANKED = frozenset(fold(w) for w in "الملازم الرقيب".split())
