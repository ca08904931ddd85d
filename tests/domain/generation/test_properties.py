"""Any text gives valid questions or a GenerationError, never another exception."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.domain.generation import GenerationError, generate
from studyapp.domain.questions import validate

PIECES = st.sampled_from(
    [
        "قال",
        "قالت سارة فريار ،",
        "المديرة المالية",
        "«",
        "»",
        "“",
        "”",
        '"',
        "، ",
        ". ",
        "\n",
        "في البداية ،",
        "ثم",
        "أخيراً",
        "والطاقة",
        " و ",
        "Friar said",
        "First,",
        "Finally,",
        "chips, power and labor",
        "\u200f",
        "\u202b",
        "\u200e",
        "١٢٣",
        "2024",
        "؟",
        "!",
        "____",
        "Sarah Friar, OpenAI's CFO,",
        "بما في ذلك",
        "Microsoft",
        "يوم الثلاثاء",
        "constrained by",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map(" ".join),
    st.text(alphabet=".,;:!?؟،«»“”\"'()-— \n", max_size=50),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_valid_questions_or_generation_error(text):
    try:
        result = generate(text)
    except GenerationError:
        return
    for question in result.questions:
        assert validate(question, text) == []


def test_huge_text_still_works():
    text = "قالت سارة فريار إن الشركة تنمو بسرعة كبيرة في السوق. " * 2000
    assert generate(text, limit=5).questions
