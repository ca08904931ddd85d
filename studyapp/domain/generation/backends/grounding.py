"""Holding a model's question to the article: its quoted source must be there, its key in
that source, its speaker named; offsets come from the article, never from the model."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ...questions import Question, Source, validate
from ...text import Span, normalize, split_sentences
from ..drafts import gives_away
from .replies import Proposal

# How close a quote must come to a sentence, after normalisation (0-100): a slip of a letter
# or two in a sentence of ordinary length, not a paraphrase.
SAME_SENTENCE = 90
# A quote of a part of a sentence: nearly exact, and long enough not to match by chance.
SAME_CLAUSE = 95
_CLAUSE_CHARS = 24
_SLIP = 75  # how close a misspelt word must be to the article's word

# Why a proposal was dropped, in the order the checks run.
REASONS = (
    "malformed",  # not a question of this app's shape (missing field, unknown type)
    "no_source",  # its quoted source is nowhere in the article
    "key_not_in_source",  # a gap-fill or short answer the source does not contain
    "speaker_not_named",  # who-said: the speaker is not named in or before the source
    "invalid",  # fails validate(), or its prompt gives the answer away
    "duplicate",  # the ranker dropped it as a repeat of a question already kept
)


@dataclass(frozen=True)
class _Sentence:
    span: Span
    normal: str


class Article:
    """The article's sentences, normalised once for every proposal checked against them."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = split_sentences(text)
        self.sentences = [_Sentence(s, normalize(s.text, drop_articles=False)) for s in spans]

    def locate(self, quote: str) -> Span | None:
        """The sentence (or two) of the article the quote comes from, else None."""
        quote = quote.strip().strip("\"'“”«»")
        if not quote:
            return None
        at = self.text.find(quote)
        if at >= 0:
            return self._covering(at, at + len(quote))
        wanted = normalize(quote, drop_articles=False)
        if not wanted:
            return None
        padded = f" {wanted} "
        for sentence in self.sentences:
            if padded in f" {sentence.normal} ":
                return sentence.span
        # Punctuation dropped inside a word ("Covid-19" quoted as "covid19") joins tokens.
        joined = wanted.replace(" ", "")
        for sentence in self.sentences:
            if len(joined) >= _CLAUSE_CHARS and joined in sentence.normal.replace(" ", ""):
                return sentence.span
        for first, second in zip(self.sentences, self.sentences[1:], strict=False):
            if padded in f" {first.normal} {second.normal} ":
                return self._covering(first.span.start, second.span.end)
        return self._nearest(wanted)

    def _nearest(self, wanted: str) -> Span | None:
        best, best_score = None, 0.0
        for sentence in self.sentences:
            score = fuzz.ratio(wanted, sentence.normal)
            if score < SAME_SENTENCE and len(wanted) >= _CLAUSE_CHARS:
                if fuzz.partial_ratio(wanted, sentence.normal) >= SAME_CLAUSE:
                    score = SAME_SENTENCE
            if score >= SAME_SENTENCE and score > best_score and _slips_only(wanted, sentence):
                best, best_score = sentence.span, score
        return best

    def _covering(self, start: int, end: int) -> Span:
        """The sentences overlapping start:end, as one span of the article."""
        inside = [s.span for s in self.sentences if s.span.start < end and start < s.span.end]
        if not inside:
            return Span(start, end, self.text[start:end])
        first, last = inside[0].start, inside[-1].end
        return Span(first, last, self.text[first:last])


def _slips_only(wanted: str, sentence: _Sentence) -> bool:
    """Every word of the quote stands in the sentence, or differs from one of its words by a
    slip of a letter or two: a changed number or another word is a different fact."""
    words = set(sentence.normal.split())
    odd = [w for w in wanted.split() if w not in words]
    if len(odd) > max(1, len(wanted.split()) // 8):
        return False
    return all(
        not any(c.isdigit() for c in w) and any(fuzz.ratio(w, s) >= _SLIP for s in words)
        for w in odd
    )


def _contains(haystack: str, needle: str) -> bool:
    needle = normalize(needle)
    return bool(needle) and f" {needle} " in f" {normalize(haystack)} "


def _speaker_named(article: str, source: Span, speaker: str) -> bool:
    """The speaker's name, or its last word (a surname), stands in or before the source."""
    before = article[: source.end]
    if _contains(before, speaker):
        return True
    words = [w for w in normalize(speaker).split() if len(w) >= 3]
    return bool(words) and f" {words[-1]} " in f" {normalize(before)} "


def ground(proposal: Proposal, article: Article, question_id: str) -> Question | str:
    """The proposal as a question with its source set from the article, or the reason
    (one of REASONS) it is dropped."""
    span = article.locate(proposal.source)
    if span is None:
        return "no_source"
    answer = proposal.answer
    if proposal.type in ("cloze", "short") and not _contains(span.text, answer[0]):
        return "key_not_in_source"
    if proposal.category == "attribution" and proposal.type in ("mcq", "short", "cloze"):
        speaker = answer[0] if isinstance(answer, list) else str(answer)
        if not _speaker_named(article.text, span, speaker):
            return "speaker_not_named"
    question = Question(
        id=question_id,
        type=proposal.type,
        prompt=proposal.prompt,
        answer=answer,
        source=Source(span.start, span.end, span.text),
        category=proposal.category,
        choices=proposal.choices,
        explanation=proposal.explanation,
        extra={"generator": "model"},
    )
    if validate(question, article.text):
        return "invalid"
    if isinstance(answer, str) and gives_away(question.prompt, answer):
        return "invalid"
    return question
