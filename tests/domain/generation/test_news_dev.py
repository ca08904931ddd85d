"""The generator on news it was not written around: the news-dev articles and a short English
telling of the seed story (our own text).

The floors are the figures measured when these tests were written, a little below, so that a
rule which helps one article and hurts the set fails here; the targets are in the README.
"""

from pathlib import Path

import pytest

from bench.news_coverage import NEWS_DEV, covers, score, summary
from studyapp.domain.generation import generate
from studyapp.domain.questions import validate

SEED_EN = (
    "OpenAI CFO warns cloud providers are learning on its dime\n\n"
    "In a clear warning about future competition, Sarah Friar, the chief financial officer of "
    'OpenAI, said cloud providers are "learning on our dime" and that she wants the startup to '
    "keep its know-how. Friar spoke to a packed crowd at a Goldman Sachs conference in San "
    "Francisco on Tuesday. OpenAI is one of the biggest cloud customers in the world today, and "
    "it works with Microsoft, Google, Oracle and CoreWeave. "
    "Friar described three steps toward data centers of its own. "
    "First, OpenAI buys compute capacity off the shelf from existing cloud providers. "
    "Then, OpenAI works closely with partners so it can learn how to design and run data "
    "centers. Finally, OpenAI will do more first-party building by itself over time. "
    '"What I want to make sure of is that we are not giving away our intellectual property," '
    "she added. Building is currently constrained by a limited supply of AI chips, power and "
    "labour, so the outcome is likely years away. "
    "Matt Garman, the chief executive of Amazon Web Services, said demand for AI capacity keeps "
    "growing."
)


@pytest.fixture(scope="module")
def rows():
    files = sorted(Path(NEWS_DEV).glob("*.txt"))
    if not files:
        pytest.skip(f"news-dev articles absent: {Path(NEWS_DEV).resolve()}")
    return [score(path) for path in files]


def test_news_dev_coverage_holds_its_measured_floor(rows):
    total = summary(rows)
    assert total["top20"] >= 0.58, total
    assert total["musts20"] >= 0.6, total
    assert total["boilerplate"] == 0


def test_news_dev_first_ten_are_not_mostly_gap_fills(rows):
    # The target: at most half of the first ten gap-fills on articles with speakers. Measured
    # 49% once numbers and dates were asked as questions where a rule can turn their sentence
    # round (counts_ar, counts_en, sums_en), 56% before; 51.4% since dates stay gaps, their
    # «متى»/"When" rewrites having been accepted 2 times in 11 on fresh news: the target is
    # missed by a point, and held here at the measured value so that it does not slip further.
    assert summary(rows)["gaps10_with_speakers"] <= 0.515
    for row in rows:
        # An article with under five questions of kinds reviewers accept (a select-all whose
        # wrong choices would be of another kind is not asked) shows what it has.
        if row["shown10"] >= 5:
            assert len({q["category"] for q in row["top"][:10]}) >= 2, row["article"]


def test_news_dev_every_question_is_valid(rows):
    for row in rows:
        text = (Path(NEWS_DEV) / f"{row['article']}.txt").read_text(encoding="utf-8")
        for question in generate(text).questions:
            assert validate(question, text) == [], (row["article"], question)


@pytest.fixture(scope="module")
def seed_en():
    return generate(SEED_EN, language="en").questions


def test_seed_story_in_english_asks_the_three_steps_in_order(seed_en):
    fact = {"kind": "order", "steps": [["off the shelf"], ["partners"], ["first-party"]]}
    assert any(covers(fact, q) for q in seed_en[:20])


def test_seed_story_in_english_asks_chips_power_and_labour_as_select_all(seed_en):
    lists = [q for q in seed_en[:20] if q.type == "multi"]
    assert any(sorted(q.answer) == ["AI chips", "labour", "power"] for q in lists)
    assert all(len(q.choices) > len(q.answer) for q in lists)


def test_seed_story_in_english_attributes_friars_words_to_her(seed_en):
    fact = {"kind": "attribution", "speaker": ["Friar"], "quote": ["intellectual property"]}
    assert any(covers(fact, q) for q in seed_en[:20])
    # Two people speak, but every question naming Friar as the speaker quotes her own words.
    for q in seed_en:
        if q.prompt.startswith("Who said") and q.answer == "Sarah Friar":
            assert "Garman" not in q.prompt and "demand for AI" not in q.prompt


def test_seed_story_in_english_keys_people_by_name_without_title(seed_en):
    for q in seed_en:
        if q.type in ("cloze", "short") and "Friar" in q.answer[0]:
            assert "officer" not in q.answer[0].lower()
    # The article's other person is a wrong choice before any name from outside it.
    who = [q for q in seed_en if q.type == "mcq" and q.answer == "Sarah Friar"]
    assert who and all("Matt Garman" in q.choices for q in who)


def test_seed_story_in_english_does_not_ask_how_many_steps_beside_the_steps(seed_en):
    # The order question shows the three steps: counting them asks what it shows.
    assert any(q.type == "order" for q in seed_en)
    assert not any(
        q.category == "number" and "three" in [str(a) for a in q.answer] for q in seed_en
    ), [q.prompt for q in seed_en if q.category == "number"]


def test_seed_story_in_english_reads_a_role_at_a_plural_name_without_s_s(seed_en):
    prompts = [q.prompt for q in seed_en if q.category == "role"]
    # Asked either way round: "Who is the chief executive at …?" or, where a who-said question
    # names him already, "What is Matt Garman's role at …?".
    assert any(p.endswith("at Amazon Web Services?") for p in prompts), prompts
    assert not any("s's" in p for p in prompts), prompts
