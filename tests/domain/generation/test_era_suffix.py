"""A year written with the era's letter («2024م», «1446هـ») is keyed without it too: a blind
reviewer rejected «ديسمبر 2024م» when «ديسمبر 2024» would have been marked wrong."""

from studyapp.domain.generation import generate

TRAIN_AR = (
    "قطار المدينة يستقبل راكبه العاشر مليون\n\n"
    "استقبل قطار المدينة الراكب رقم 10 ملايين منذ تشغيله في ديسمبر 2024م، بحسب الهيئة.\n\n"
    "وافتتحت الهيئة المحطة الجديدة في 15 مارس 2025م بحضور المحافظ.\n\n"
    "وأوضحت الهيئة أن عدد الركاب تجاوز التوقعات بنسبة 20 في المئة.\n"
)


def test_a_date_with_the_eras_letter_accepts_the_date_without_it():
    dates = {
        q.answer[0]: q.accepted_answers
        for q in generate(TRAIN_AR, language="ar").questions
        if q.type == "cloze" and q.category == "date"
    }
    assert "ديسمبر 2024" in dates["ديسمبر 2024م"], dates
    assert "15 مارس 2025" in dates["15 مارس 2025م"], dates


def test_the_broad_net_leaves_a_month_to_the_date_rules():
    # «تنطلق في … من ____، فعاليات الدورة العشرين» keyed «شهر أكتوبر الجاري»: a blind
    # reviewer rejected the phrase gap (the month in the prompt, «شهر … الجاري» in the key).
    text = (
        "انطلاق مهرجان السينما\n\n"
        "تنطلق في الثاني عشر من شهر أكتوبر الجاري، فعاليات الدورة العشرين من المهرجان القومي "
        "للسينما، "
        "وتستمر حتى 20 أكتوبر بمشاركة 40 فيلما.\n"
    )
    keys = [q.answer[0] for q in generate(text, language="ar").questions if q.category == "fact"]
    assert not any("أكتوبر" in key for key in keys), keys
