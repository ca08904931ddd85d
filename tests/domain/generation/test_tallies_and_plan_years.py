"""A team's points tally («رفع رصيده إلى النقطة 72») is a number worth asking, though two of
them stand beside the same word as the numbers of a named series do («محطة تحيا مصر 1 … 2»);
a national plan's year («رؤية المملكة 2030») is part of its name, not a date to ask."""

from tests.generated_gaps import assert_gaps_leave_out, gaps

AR = (
    "فاز فريق النسور على ضيفه فريق الصقور بهدفين دون رد في الجولة الأخيرة من الدوري.\n\n"
    "ورفع النسور رصيده الى النقطة 72 في صدارة الترتيب، فيما تجمد رصيد الصقور عند النقطة 39 "
    "في المركز العاشر."
)


def test_both_teams_points_are_asked() -> None:
    found = gaps(AR, "ar")
    assert "72" in found and "39" in found, found


def test_a_national_plans_year_is_part_of_its_name_not_a_date_to_ask() -> None:
    """«ضمن رؤية المملكة ____» keyed 2030 and «رؤية عُمان ____» keyed 2040 were rejected as
    stock phrases anyone fills in without reading."""
    text = (
        "افتتاح قطار سريع جديد\n\n"
        "دشن وزير النقل اليوم قطارا سريعا بطول 450 كلم، ضمن رؤية المملكة 2030، ويربط المشروع "
        "بين المدينتين في 120 دقيقة.\n\n"
        "وقالت الشركة إن المشروع ينسجم مع رؤية عُمان 2040 للتنويع الاقتصادي.\n"
    )
    assert_gaps_leave_out(text, "ar", ("2030", "2040"), "120")
