# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes fresh news's blind reviewers rejected (held-out sets g to j), each with a text written
for it: an outlet no list knows, named where someone's words went ("in a statement to USA
TODAY", "ABC affiliate KNXV-TV", "WRAL meteorologist"), a house number on a street written in
small letters, and a count whose sentence lists what it counts in ways the earlier rule missed
(«ثلاث علامات … الأصفر والبرتقالي والأحمر», «ست روايات في القائمة القصيرة هي: …», five planets
named in brackets)."""

from tests.generated_gaps import gaps, typed

STORE_EN = """Store to close after break-ins

Store officials confirmed to 5 EYEWITNESS NEWS that the Walmart on Shingle Creek Crossing will close its doors for good next month.

ABC affiliate KNXV-TV, citing multiple sources, said the suspect was found trying to pawn a stolen gun in Glendale.

"We are not going to see a return of this kind of rain during the event," WRAL meteorologist Greg Fishel said.

Sgt. Mark Smith tells FOX16 the homeowner at 204 Thyer street called them after getting word of a burglary.

Lawyer Theodore Boutrous was steadfast regardless of the ruling in a statement to USA TODAY.

The company said 40 workers would lose their jobs, and the county will pay $2 million to retrain them.
"""


def test_an_outlet_no_list_knows_is_no_gap_where_words_went_to_it():
    found = gaps(STORE_EN, "en", drafts=True)
    for outlet in ("USA TODAY", "KNXV-TV", "WRAL", "FOX16", "EYEWITNESS NEWS", "5"):
        assert outlet not in found, (outlet, found.get(outlet))
    # the story around them is still asked
    assert "Walmart" in found and "Glendale" in found and "2 million" in found, found


def test_a_person_told_is_still_a_person():
    text = STORE_EN.replace(
        "Lawyer Theodore Boutrous was steadfast",
        "Ann Kerr, 52, lost her home in the storm. Lawyer Theodore Boutrous was steadfast",
    ).replace("in a statement to USA TODAY", "in a statement to Ann Kerr")
    found = gaps(text, "en", drafts=True)
    assert any("statement to ____" in p for p in found.get("Ann Kerr", [])), found


def test_a_house_number_on_a_street_in_small_letters_is_no_fact():
    found = gaps(STORE_EN, "en", drafts=True)
    assert "204" not in found and "Thyer" not in found, found
    assert "40" in found, found


MARKET_AR = """هيئة السوق تضع علامات على الشركات الخاسرة

أقرت هيئة السوق المالية السعودية وضع ثلاث علامات ملونة باللون الأصفر والبرتقالي والأحمر أمام الشركات الخاسرة المدرجة في السوق.

وتنافست في هذه الدورة ست روايات في القائمة القصيرة هي: رواية "الأولى" للكاتب السوداني أمير تاج السر، ورواية "الثانية" للكاتب محمد حسن، ورواية "الثالثة" للكاتب علي سالم، ورواية "الرابعة" للكاتب سعيد خالد، ورواية "الخامسة" للكاتب ناصر فهد، ورواية "السادسة" للكاتب فهد ناصر.

وكشفت الجمعية الفلكية بجدة أن خمسة كواكب ستصطف في السماء، ويمكن رؤيتها بالعين المجردة (عطارد والزهرة والمريخ والمشتري وزحل) قبل شروق الشمس.

وقال رئيس الهيئة محمد القويز إن الهيئة ستراجع 40 شركة خلال العام المقبل.
"""


def test_an_arabic_count_whose_sentence_lists_its_things_is_no_gap():
    found = typed(MARKET_AR, "ar", drafts=True)
    for count in ("ثلاث", "ست", "خمسة"):
        assert count not in found, (count, found.get(count))
    assert "40" in found, found


def test_a_run_of_another_size_or_far_from_the_count_leaves_it_asked():
    two = MARKET_AR.replace("باللون الأصفر والبرتقالي والأحمر", "باللون الأصفر والأحمر")
    assert "ثلاث" in typed(two, "ar", drafts=True)
    far = MARKET_AR.replace(
        "ثلاث علامات ملونة باللون الأصفر والبرتقالي والأحمر أمام الشركات الخاسرة المدرجة في السوق",
        "ثلاث علامات ملونة أمام الشركات الخاسرة المدرجة في السوق بعد اجتماع عقدته الهيئة في الرياض والدمام والخبر",
    )
    assert "ثلاث" in typed(far, "ar", drafts=True)
