"""A country the headline names by its adjective («محكمة أمن الدولة الأردنية») is the article's
subject: a gap keyed «الأردن» in its body asks what every reader of the headline knows."""

from tests.generated_gaps import gaps

COURT_AR = (
    "محكمة الاستئناف الأردنية تؤيد أحكام قضية الأراضي\n\n"
    "أيدت محكمة الاستئناف، اليوم الأحد، أحكاما بالسجن على 12 متهما في قضية بيع أراض حكومية.\n\n"
    "ويحق للمتهمين الطعن في القرار أمام محكمة التمييز، أعلى سلطة قضائية في الأردن، خلال 30 "
    "يوما من تاريخ صدوره.\n\n"
    "وكانت النيابة العامة قد وجهت إلى المتهمين تهمة الاحتيال في أيار الماضي.\n"
)


def test_no_gap_on_the_country_whose_adjective_the_headline_carries():
    found = gaps(COURT_AR, "ar")
    assert "الأردن" not in found, found["الأردن"]
    assert "12" in found or "30" in found, found  # the story's own facts are still asked
