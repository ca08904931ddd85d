"""The weekday a piece of news was told on ("In an update Wednesday", "Cal Fire reported Tuesday
night", "police said on Friday") is no fact of the story: blind reviewers accepted 4 of 16 such
gaps on fresh news against 106 of 154 other weekdays. The weekday something happened on is
still asked (the first weekday an article names is taken for the day of the news, and is
never asked either)."""

from tests.generated_gaps import gaps

FIRE_EN = (
    "Wildfire grows near the lake\n\n"
    "Cal Fire reported Tuesday night that crews had built new lines around the fire.\n\n"
    "The fire began Saturday afternoon in a canyon west of the lake.\n\n"
    "In an update Wednesday, officials confirmed that 12 homes had burned.\n\n"
    "Police said on Friday that the road would stay closed.\n"
)


def test_the_day_news_was_told_is_not_asked_and_the_day_it_happened_is():
    found = gaps(FIRE_EN, "en")
    assert not {"Tuesday", "Wednesday", "Friday"} & set(found), found
    assert "Saturday" in found, found
