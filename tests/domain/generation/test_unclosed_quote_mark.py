"""A quote mark the article leaves open («40% من «سكاي، تدفع …») makes the rest of its paragraph
one long "sentence": its narration was shown as the words of the analysts named in it («قال
محللون: «وتسعى فوكس …»») and their reported words ran on into the next sentence."""

from studyapp.domain.generation import generate

DEAL_AR = (
    "«سكاي» توافق على عرض «فوكس»\n\n"
    "لندن (رويترز) أعلنت مؤسسة «سكاي» الإعلامية البريطانية أمس الموافقة على صفقة استحواذ بقيمة "
    "32.5 مليار دولار من خلال عرض قدمته شركة «فوكس». ووفقا لبيان أرسلته «سكاي» لبورصة لندن، "
    "فإن «فوكس»، التي تمتلك بالفعل 40% من «سكاي، تدفع 14 جنيها استرلينيا للسهم. وتسعى فوكس "
    "لشراء المجموعة العاملة في أوروبا منذ ديسمبر 2016. ويقول محللون إن العرض يمثل تحديا "
    "لكومكاست أكبر شركة ترفيه في العالم للعودة بعرض أعلى. وأقحمت مجموعة كومكاست نفسها في "
    "مواجهة عرض فوكس لشراء سكاي في فبراير. ويملك روبرت مردوخ بالفعل 39% من المجموعة.\n"
)


def test_narration_after_an_unclosed_mark_is_not_a_speakers_words():
    questions = generate(DEAL_AR, language="ar").questions
    framed = [q.prompt for q in questions if q.prompt.startswith("قال محللون")]
    assert not framed, framed
    said = [q.prompt for q in questions if q.category == "attribution"]
    # What the analysts said ends with its sentence, not with the paragraph.
    assert not any("وأقحمت" in prompt for prompt in said), said
