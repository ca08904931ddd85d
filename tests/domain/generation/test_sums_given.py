"""A number the others of its sentence give by a sum or a difference is no gap: a part of a
stated total ("a total of 66 boards, including three national and 63 state boards"), or the
share that makes a hundred with another ("97 per cent …, the rest just 3 per cent")."""

from tests.generated_gaps import typed

BOARDS_EN = (
    "States told to adopt a common school board\n\n"
    "Officials said on Tuesday that seven states should adopt a common board for their "
    "schools.\n\n"
    "There are a total of 66 school examination boards in the country, including three "
    "national boards and 63 state boards.\n\n"
    "While the top 33 boards cover 97 per cent of students, the remaining 33 boards cover just "
    "3 per cent of students.\n"
)


def test_a_part_of_a_stated_total_and_a_complementary_share_are_not_asked():
    found = typed(BOARDS_EN, "en")
    assert "three" not in found and "3" not in found, found
    assert not any(key.startswith("97") for key in found), found
    assert "seven" in found or "66" in found, found  # the sentence's own facts still are


def test_a_key_never_takes_the_closing_bracket_of_the_text():
    # «معروفة باسم (قضية رئيس منتدى ____)» keyed «رؤساء المؤسسات)»: a blind reviewer rejected
    # the key with the bracket in it as garbled.
    text = (
        "السجن لرئيسي وزراء سابقين\n\n"
        "قضت محكمة العاصمة امس الثلاثاء بالسجن ثماني سنوات على رئيسي وزراء سابقين في قضية "
        "فساد معروفة باسم (قضية رئيس منتدى رؤساء المؤسسات).\n"
    )
    found = typed(text, "ar", drafts=True)
    assert "رؤساء المؤسسات" in found, found
    assert not any(key.endswith(")") for key in found), found
