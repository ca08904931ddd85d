"""The broad net's gaps in Arabic news without a date (a dated report has none, see
test_dated_news.py): in a passage, a phrase of at most four words that crosses no «و» (the
issue's bound on a gap); in a pasted article, fewer and of at most three. Blind reviewers
rejected nearly every longer one on unseen news: «قرية الصقعان وأجزاء», «التنظيم الدفاعي
والهجمات المرتدة طوال مجريات»."""

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


# The same report as one paragraph without its title: a passage, whose phrases are kept short.
PASSAGE_AR = WATER_AR.split("\n\n", 1)[1].replace("\n\n", " ").strip()


def _within_bounds(keys: list[list[str]], longest: int) -> None:
    for forms in keys:
        words = forms[0].split()
        assert len(words) <= longest, forms  # not «تنفيذه أعمال توسعة الطريق العام بمحافظة»
        assert not any(w.startswith("و") for w in words[1:]), forms  # not «قرية الظفير وأجزاء»
        assert not any(form.startswith("و") for form in forms), forms  # no «و» to type


def test_a_phrase_gap_in_news_stops_at_and_and_at_four_words():
    keys = _phrase_keys(PASSAGE_AR)
    assert keys
    _within_bounds(keys, 4)
    firsts = [forms[0] for forms in keys]
    assert "قرية الظفير" in firsts and "فرق الصيانة" in firsts, firsts


def test_a_pasted_article_keeps_fewer_and_shorter_phrase_gaps():
    # «فرق ____ والمراقبة الميدانية»: one of two definite words joined by «و» is half a phrase;
    # a sentence another question asks prints the rest (test_pasted_articles.py).
    keys = _phrase_keys(WATER_AR)
    _within_bounds(keys, 3)
    assert "فرق الصيانة" not in [forms[0] for forms in keys], keys
    assert len(keys) < len(_phrase_keys(PASSAGE_AR))


def test_the_engineer_is_asked_by_the_people_rules_not_as_a_phrase():
    firsts = [forms[0] for forms in _phrase_keys(WATER_AR)]
    assert not any(key.startswith("المهندس") for key in firsts), firsts
