"""A gap in someone's words blanks the thing set up, not the setting up of it: «تم تشكيل ____
من هيئات حكومية» keyed «لجنة طوارئ», where the three words «تشكيل لجنة طوارئ» were too long a
gap and the lesser «هيئات حكومية» was asked instead (news-dev 01)."""

from studyapp.domain.generation import generate

RELIEF_AR = (
    "الحكومة تعلن خطة لإغاثة المحافظة\n\n"
    "قال وزير الإعلام سامر الحداد، إنه «تم تشكيل لجنة طوارئ من هيئات حكومية لإدخال مساعدات "
    "طبية وتوفير الخدمات الأساسية إلى المحافظة».\n\n"
    "وأكد الحداد أن القوافل الأولى وصلت صباح الأحد وعلى متنها 40 طنا من الأدوية.\n"
)


def test_the_committee_set_up_is_the_gap_not_the_bodies_it_is_made_of():
    gaps = [
        q
        for q in generate(RELIEF_AR, language="ar").questions
        if q.type == "cloze" and "هيئات حكومية" in q.source.text
    ]
    keys = {q.accepted_answers[0] for q in gaps}
    assert "لجنة طوارئ" in keys, keys
    assert "هيئات حكومية" not in keys
