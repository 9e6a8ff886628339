"""«المستشار» heads a government only in a state with a chancellor (role_cues.tsv chancellery: Germany, Austria) or
for a head of government the gazetteer knows; elsewhere it is the honorific Arab usage gives judges and advisers,
and the office a plain official's (prec167; kg/pipeline/link/linker.py, _honorific_chancellor)."""

from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document
from tests.helpers import hand_mentions


def _roles(resources, text: str, name: str) -> set[tuple[str, str]]:
    """The offices the linker reads, the gazetteer's mentions and the holder's name as a recognizer tags it."""
    doc = make_document(text, "t", "t", resources.calendar)
    sentences = split_sentences(doc.text)
    mentions = resources.recognizer(doc, sentences) + hand_mentions(doc, sentences, [("PER", name)])
    mentions.sort(key=lambda m: m.start)
    return {(r.role, r.organisation) for r in resources.linker(doc, sentences, mentions).roles}


def test_an_arab_counsellor_is_no_chancellor(resources):
    roles = _roles(resources, "وقال المستشار المصري هشام عبد الحميد إن القضية تأجلت.", "هشام عبد الحميد")
    assert roles == {("Official", "country/EG")}
    roles = _roles(resources, "وقال المستشار السعودي أحمد الخطيب إن الرياض ترفض الخطة.", "أحمد الخطيب")
    assert roles == {("Official", "country/SA")}


def test_a_german_or_austrian_chancellor_heads_the_government(resources):
    roles = _roles(resources, "وقال المستشار الألماني أولاف شولتس إن برلين تدعم كييف.", "أولاف شولتس")
    assert roles == {("HeadOfGovernment", "country/DE")}
    roles = _roles(resources, "وقالت المستشارة النمساوية بريجيت بيرلاين إن فيينا ترفض الخطة.", "بريجيت بيرلاين")
    assert roles == {("HeadOfGovernment", "country/AT")}
