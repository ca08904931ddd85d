"""Choice codes and orders: opaque without the secret, each student's own, and read back."""

from __future__ import annotations

from studyapp.domain.choice_codes import ChoiceCodes

CHOICES = ["Canberra", "Sydney", "Melbourne", "Perth"]


def test_a_code_reads_back_to_its_choice_and_nothing_else_does():
    codes = ChoiceCodes.from_secret("secret", user_id=1)
    for choice in CHOICES:
        assert codes.choice_for(7, CHOICES, codes.code(7, choice)) == choice
    for forged in ("0", "1", "", "Canberra", "é", codes.code(8, "Canberra")):
        assert codes.choice_for(7, CHOICES, forged) is None


def test_codes_say_nothing_of_the_stored_order_and_differ_by_student_and_secret():
    first = ChoiceCodes.from_secret("secret", user_id=1)
    shown = [code for code, _ in first.shown(7, CHOICES, 0)]
    assert not set(shown) & {str(i) for i in range(len(CHOICES))}
    assert all(len(code) == 16 and int(code, 16) >= 0 for code in shown)
    other_student = ChoiceCodes.from_secret("secret", user_id=2)
    other_secret = ChoiceCodes.from_secret("another", user_id=1)
    for other in (other_student, other_secret):
        assert not {other.code(7, c) for c in CHOICES} & {first.code(7, c) for c in CHOICES}


def test_the_right_answer_stored_first_is_shown_anywhere():
    """GIFT keeps the right answer first: shown, it falls in every place about as often."""
    places = [0] * len(CHOICES)
    for user_id in range(400):
        order = ChoiceCodes.from_secret("secret", user_id).order(7, CHOICES, 0)
        places[order.index("Canberra")] += 1
    assert all(60 <= count <= 140 for count in places), places


def test_each_showing_of_a_card_has_its_own_order_and_a_reload_the_same():
    codes = ChoiceCodes.from_secret("secret", user_id=1)
    assert codes.order(7, CHOICES, 3) == codes.order(7, CHOICES, 3)
    orders = {tuple(codes.order(7, CHOICES, showing)) for showing in range(20)}
    assert len(orders) > 5 and all(sorted(order) == sorted(CHOICES) for order in orders)
