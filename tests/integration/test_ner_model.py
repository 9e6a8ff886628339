"""The shipped Stanza model, loaded offline through the same path ``kg build`` uses, on real text."""

import subprocess
import sys

import pytest

from kg.data import shipped_model_dir
from kg.errors import ModelError
from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.ingest import make_document, read_documents
from kg.pipeline.recognize import make_recognizer
from kg.pipeline.recognize.stanza_ner import StanzaRecognizer, find_model
from kg.pipeline.resources import word_list
from tests.paths import ROOT, SEEDS

PACKAGED = shipped_model_dir()


@pytest.fixture(scope="module")
def stanza_rec():
    model = find_model(PACKAGED, required=True)
    return StanzaRecognizer(model, word_list("whole_names.txt"))


def _mentions(rec, text):
    doc = make_document(text, "t", "t")
    return rec(doc, split_sentences(doc.text))


def test_the_model_ships_in_the_package_with_vectors_and_is_the_default(monkeypatch):
    monkeypatch.delenv("SILAT_STANZA_DIR", raising=False)
    model = find_model(None, required=True)
    assert model.ner.is_relative_to(PACKAGED) and model.pretrain is not None
    assert (PACKAGED / "MODEL_CARD.md").is_file()


def test_stanza_alone_finds_the_seed_ministers_and_organisations(stanza_rec):
    found = {"PER": [], "ORG": [], "LOC": []}
    for doc in read_documents([SEEDS], lambda m: None):
        for m in stanza_rec(doc, split_sentences(doc.text)):
            assert doc.text[m.start:m.end] == m.text or m.text == "ا" + doc.text[m.start:m.end]
            found.setdefault(m.label, []).append(m.text)
    people = " | ".join(found["PER"])
    for name in ("وانغ يي", "لافروف", "تشين جانج"):
        assert name in people, name
    orgs = " | ".join(found["ORG"])
    assert "شانغهاي" in orgs and "بريكس" in orgs
    assert "الصين" in found["LOC"] and "روسيا" in found["LOC"]


def test_clitics_are_stripped_from_stanza_mentions_but_names_keep_their_first_letter(stanza_rec):
    ms = _mentions(stanza_rec, "وصل وزير الخارجية المصري سامح شكري بالقاهرة ولبنان، والتقى وليد جنبلاط.")
    texts = {m.text for m in ms}
    assert "القاهرة" in texts and "بالقاهرة" not in texts
    assert any(t.startswith("لبنان") for t in texts)
    assert any(t.startswith("وليد") for t in texts)


def test_build_finds_people_that_no_gazetteer_lists(tmp_path, gazetteer):
    from kg.builder import BuildConfig, run_build
    from kg.contract.vocab import DIP
    from kg.rdf.query import load_graph

    article = tmp_path / "nairobi.txt"
    article.write_text(
        "نيروبي 12 مارس (رويترز) - استقبل الرئيس الكيني ويليام روتو اليوم الثلاثاء رئيس مفوضية الاتحاد الأفريقي "
        "موسى فقي محمد في نيروبي، وبحث الجانبان الأوضاع في السودان. وقال وزير الخارجية الكيني موساليا مودافادي "
        "إن بلاده تدعم جهود الاتحاد الأفريقي.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_build(BuildConfig([article], out, ner="auto", quiet=True))
    assert "stanza" in result.summary()
    graph = load_graph(out / "graph.ttl")
    known = {normalize_all(x) for row in gazetteer.rows.values() for x in (row.label_ar, *row.aliases)}
    people = [str(label) for person in graph.subjects(predicate=None, object=DIP.Person)
              for label in graph.objects(person, graph.namespace_manager.expand_curie("rdfs:label"))
              if label.language == "ar"]
    unknown = [p for p in people if normalize_all(p) not in known]
    assert any("روتو" in p for p in unknown) and any("فقي" in p for p in unknown), people


def normalize_all(text):
    from kg.lang.ar.normalize import normalize

    return " ".join(normalize(w) for w in text.split())


def test_ner_evaluate_prints_span_scores_per_type(tmp_path):
    gold = tmp_path / "gold.conll"
    gold.write_text("التقى O\nلافروف B-PER\nفي O\nموسكو B-LOC\n.\tO\n\nوزار O\nبكين B-LOC\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg", "ner", "evaluate", str(gold), "--stanza-dir", str(PACKAGED)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert any(line.split()[:1] == ["all"] for line in lines) and any(line.split()[:1] == ["LOC"] for line in lines)


@pytest.mark.parametrize("damage", ["no pretrain", "truncated pretrain"])
def test_missing_or_corrupt_vectors_are_one_line_errors_not_silent_nonsense(tmp_path, gazetteer, damage):
    (tmp_path / "ar" / "ner").mkdir(parents=True)
    ner = next((PACKAGED / "ar" / "ner").glob("*.pt"))
    (tmp_path / "ar" / "ner" / ner.name).write_bytes(ner.read_bytes())
    if damage == "truncated pretrain":
        pretrain = next((PACKAGED / "ar" / "pretrain").glob("*.pt"))
        (tmp_path / "ar" / "pretrain").mkdir()
        (tmp_path / "ar" / "pretrain" / pretrain.name).write_bytes(pretrain.read_bytes()[:100_000])
    with pytest.raises(ModelError) as exc:
        make_recognizer("stanza", gazetteer, stanza_dir=tmp_path)
    assert str(tmp_path) in str(exc.value) and "\n" not in str(exc.value)


def test_corrupt_stanza_model_is_a_one_line_error(tmp_path, gazetteer):
    (tmp_path / "ar" / "ner").mkdir(parents=True)
    (tmp_path / "ar" / "ner" / "broken.pt").write_bytes(b"not a torch file")
    assert find_model(tmp_path, required=True).ner.name == "broken.pt"
    with pytest.raises(ModelError) as exc:
        make_recognizer("stanza", gazetteer, stanza_dir=tmp_path)
    assert "broken.pt" in str(exc.value) and "\n" not in str(exc.value)
