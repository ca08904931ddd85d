"""A minister's role with another portfolio, as the wrong choices of "What is X's role?"."""

import pytest

from studyapp.domain.generation.portfolios import others


@pytest.mark.parametrize(
    ("role", "language", "shape"),
    [
        ("وزير الإعلام السوري", "ar", ("وزير ", " السوري")),
        ("وزيرة التجارة", "ar", ("وزيرة ", "")),
        ("نائب وزير الخارجية", "ar", ("نائب وزير ", "")),
        ("Foreign Minister", "en", ("", " Minister")),
        ("Minister of Health", "en", ("Minister of ", "")),
        ("Commerce Secretary", "en", ("", " Secretary")),
    ],
)
def test_only_the_portfolio_changes(role, language, shape):
    before, after = shape
    wrong = others(role, language, "seed")
    assert len(wrong) == 3 and role not in wrong, wrong
    assert all(w.startswith(before) and w.endswith(after) for w in wrong), wrong


@pytest.mark.parametrize(
    "role",
    ["وزير الاتصالات وتقنية المعلومات", "وزير الخارجية في حكومة", "رئيس مجلس الوزراء"],
)
def test_a_role_with_words_after_a_known_portfolio_or_none_gets_no_wrong_choices(role):
    # «وزير الخارجية وتقنية المعلومات» would be no ministry at all.
    assert others(role, "ar", "seed") == []


@pytest.mark.parametrize("role", ["Prime Minister", "Secretary of State", "chief executive"])
def test_a_role_without_a_portfolio_gets_no_wrong_choices(role):
    assert others(role, "en", "seed") == []


def test_no_wrong_choice_shares_a_word_of_the_portfolio():
    # «وزير التعليم» beside «وزير التربية والتعليم» would be right too.
    for seed in map(str, range(20)):
        wrong = others("وزير التربية والتعليم", "ar", seed)
        assert not any("التعليم" in w or "التربية" in w for w in wrong), wrong


def test_a_field_the_article_speaks_of_comes_first():
    text = "وأشار الوزير إلى أن وزارة المالية ستموّل حفر الآبار."
    assert others("وزير الري", "ar", "seed", text)[0] == "وزير المالية"
