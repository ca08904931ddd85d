# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes of fresh news that gave wrong keys or cut prompts: a verb opening an Arabic sentence
read as a given name, a role run on into «إن», "AT&T" cut at its "&", "the world no. 1" cut
into two sentences, and thousands grouped by a space gapped one group at a time."""

from studyapp.domain.generation import generate
from studyapp.domain.text import split_sentences

COACH_AR = """الأهلي يطلب تأجيل مباراته

وجه ماركوس هيلر، المدير الفني للنادي الأهلي، طلبا إلى إدارة النادي بتأجيل المباراة المقبلة.

وقال هيلر إن الفريق يحتاج إلى راحة بعد ثلاث مباريات في أسبوع واحد.
"""

ELECTION_AR = """الهيئة الوطنية تعلن نتائج المرحلة الأولى

وقال المستشار سامر عبد الرحيم، رئيس الهيئة الوطنية للانتخابات إن «الهيئة تلقت جميع نتائج اللجان العامة في 14 محافظة».

وأضاف عبد الرحيم أن نسبة المشاركة بلغت 28.6 في المائة.
"""

PRIVACY_EN = """Hackers reach a phone company's customer records

“We are committed to protecting our customers' privacy,” said Dana Whitfield, chief privacy officer for AT&T.

The company said an undisclosed number of accounts had been reached in August.
"""

RESULTS_AR = """نتائج البكالوريا

قالت وزارة التربية الوطنية إن عدد الناجحين في الدورة العادية بلغ 156 429، بنسبة زيادة بلغت 6 في المائة مقارنة مع السنة الماضية.
"""


def _questions(text: str, language: str):
    return generate(text, language=language).questions


def test_a_verb_opening_the_sentence_is_no_part_of_the_name_after_it():
    roles = [q for q in _questions(COACH_AR, "ar") if q.category == "role"]
    assert roles, "no role question"
    for question in roles:
        answers = question.answer if isinstance(question.answer, list) else [question.answer]
        assert not any("وجه" in a for a in answers) and "وجه" not in question.prompt, answers


def test_an_arabic_role_ends_before_the_words_its_holder_said():
    roles = [q for q in _questions(ELECTION_AR, "ar") if q.category == "role"]
    assert roles and not any(q.prompt.rstrip("؟").endswith(" إن") for q in roles), [
        q.prompt for q in roles
    ]


def test_a_company_written_with_an_ampersand_is_named_whole_in_a_role():
    roles = [q.prompt for q in _questions(PRIVACY_EN, "en") if q.category == "role"]
    assert any("AT&T" in p for p in roles) and not any(p.endswith("AT?") for p in roles), roles


def test_a_rank_written_no_dot_then_a_number_ends_no_sentence():
    text = "Iga Swiatek, the world no. 1 in women's singles, won on Thursday in Paris."
    assert len(split_sentences(text)) == 1


def test_thousands_grouped_by_a_space_are_one_key():
    gaps = [q for q in _questions(RESULTS_AR, "ar") if q.type == "cloze" and q.category == "number"]
    keys = [q.answer for q in gaps]
    assert any(k[0] == "156 429" for k in keys), keys
    big = next(k for k in keys if k[0] == "156 429")
    assert "156" not in big and "429" not in big and "156429" in big, big
