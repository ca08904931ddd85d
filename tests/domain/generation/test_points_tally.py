"""A team's points tally («رفع رصيده إلى النقطة 72») is a number worth asking, though two of
them stand beside the same word as the numbers of a named series do («محطة تحيا مصر 1 … 2»)."""

from tests.generated_gaps import gaps

AR = (
    "فاز فريق النسور على ضيفه فريق الصقور بهدفين دون رد في الجولة الأخيرة من الدوري.\n\n"
    "ورفع النسور رصيده الى النقطة 72 في صدارة الترتيب، فيما تجمد رصيد الصقور عند النقطة 39 "
    "في المركز العاشر."
)


def test_both_teams_points_are_asked() -> None:
    found = gaps(AR, "ar")
    assert "72" in found and "39" in found, found
