"""The broad net's gaps in Arabic news without a date (a dated report has none, see
test_dated_news.py): a phrase of at most four words that crosses no «و» (the issue's bound on
a gap). Blind reviewers rejected nearly every longer one on unseen news: «قرية الصقعان وأجزاء»,
«التنظيم الدفاعي والهجمات المرتدة طوال مجريات»."""

from studyapp.domain.generation import generate

WATER_AR = (
    "شبكة المياه في مركز الحجرة تدخل الخدمة قريبا\n\n"
    "أكد مدير عام المياه بمنطقة الباحة المهندس سالم بن علي زهراني جاهزية شبكة "
    "المياه في مركز الحجرة بنسبة 90 في المئة، ولم يتبق إلا بعض العدادات في قرية الظفير "
    "وأجزاء من أحياء الحجرة.\n\n"
    "وقال زهراني إن سبب تأخر التشغيل يعود إلى تلفيات كبيرة في الخط الناقل من قبل أحد "
    "المقاولين لدى تنفيذه أعمال توسعة الطريق العام بمحافظة المندق.\n\n"
    "وأوضح أن المديرية اعتمدت مشروع سقيا مؤقت لـ 400 مستفيد إلى حين الانتهاء من إصلاحات "
    "الخط الناقل، داعيا المستفيدين إلى مراجعة مكتب المشروع واستلام بطاقات السقيا.\n\n"
    "وأضاف أن فرق الصيانة والمراقبة الميدانية تعمل على مدار الساعة لإنهاء الأعمال المتبقية "
    "خلال أسبوعين.\n\n"
    "وأشار المهندس الزهراني، إلى أن المشروع يسير وفق الخطة الموضوعة.\n"
)


def _phrase_keys(text: str) -> list[list[str]]:
    return [
        q.accepted_answers
        for q in generate(text, language="ar").questions
        if q.type == "cloze" and q.category == "fact"
    ]


def test_a_phrase_gap_in_news_stops_at_and_and_at_four_words():
    keys = _phrase_keys(WATER_AR)
    assert keys
    for forms in keys:
        words = forms[0].split()
        assert len(words) <= 4, forms  # not «تنفيذه أعمال توسعة الطريق العام بمحافظة»
        assert not any(w.startswith("و") for w in words[1:]), forms  # not «قرية الظفير وأجزاء»
        assert not any(form.startswith("و") for form in forms), forms  # no «و» to type
    firsts = [forms[0] for forms in keys]
    assert "قرية الظفير" in firsts or "أحياء الحجرة" in firsts, firsts
    # «فرق ____ والمراقبة الميدانية»: one of two definite words joined by «و» is half a phrase.
    assert "فرق الصيانة" not in firsts, firsts


def test_the_engineer_is_asked_by_the_people_rules_not_as_a_phrase():
    firsts = [forms[0] for forms in _phrase_keys(WATER_AR)]
    assert not any(key.startswith("المهندس") for key in firsts), firsts
