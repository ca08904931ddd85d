# ruff: noqa: E501  (the article is paragraphs, one line each)
"""A gap in what someone said is framed as the article gives it: words it quotes as a quotation,
words it reports as "According to X, …", never put in quotation marks they did not have."""

from studyapp.domain.generation import completions, document, mentions, quotes

EXPORTS_EN = """Trade minister: exports rise

"We will open new markets across Africa next year with the support of local banks," trade minister Ahmed Samir said.

Economist Laila Hassan said that the rise in exports will help the currency recover before the end of the summer season.
"""


def _completions(text: str, language: str) -> dict[str, str]:
    doc = document.parse(text, language)
    mentions.spot(doc)
    asked = {}
    for found in quotes.find(doc):
        question = completions.complete(doc, found)
        if question is not None:
            asked[found.speaker.name] = question.prompt
    return asked


def test_quoted_words_are_completed_as_a_quotation():
    prompt = _completions(EXPORTS_EN, "en")["Ahmed Samir"]
    assert prompt.startswith('Complete what Ahmed Samir said: "We will open'), prompt


def test_reported_words_are_completed_without_quotation_marks():
    prompt = _completions(EXPORTS_EN, "en")["Laila Hassan"]
    assert prompt.startswith("According to Laila Hassan, the rise in exports"), prompt
    assert '"' not in prompt and "____" in prompt
