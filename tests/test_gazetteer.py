import pytest

from kg.data import data_path
from kg.lang.ar.normalize import normalize
from kg.pipeline.gazetteer.index import load_gazetteer, load_rows
from kg.pipeline.gazetteer.sources import COLUMNS, build_rows
from tests.conftest import SHARED


def key(text):
    return tuple(normalize(t) for t in text.split())


def test_every_data_table_loads():
    from kg.lang.ar.dates import calendar
    from kg.pipeline.rules.annotate import load_cues, load_triggers

    assert load_triggers() and load_cues() and calendar().months
    assert len(load_rows(data_path("gazetteer.tsv"))) > 200
    assert len(load_rows(data_path("curated.tsv"))) > 100


@pytest.mark.parametrize("form,target", [
    ("منظمة شانغهاي للتعاون", "org/sco"), ("منظمة شنغهاي للتعاون", "org/sco"), ("منظمة شنجهاي للتعاون", "org/sco"),
    ("سيرجي لافروف", "person/sergey-lavrov"), ("سيرغي لافروف", "person/sergey-lavrov"),
    ("شي جين بينغ", "person/xi-jinping"), ("شي جين بينج", "person/xi-jinping"),
    ("الصيني", "country/CN"), ("الروسية", "country/RU"), ("موسكو", "place/moscow"),
    ("مجموعة الـ20", "org/g20"), ("وزير الخارجية", "ForeignMinister"), ("الجانبان", "pair"),
])
def test_spelling_variants_are_aliases(form, target):
    assert target in [e.target for e in load_gazetteer().lookup(key(form))]


def test_capitals_stand_for_their_country():
    gaz = load_gazetteer()
    assert gaz.is_capital("place/beijing") and gaz.country_of("place/beijing") == "country/CN"


@pytest.mark.skipif(not (SHARED / "gazetteer-sources").is_dir(), reason="shared/gazetteer-sources not present")
def test_build_script_regenerates_the_committed_file():
    rows = build_rows(SHARED / "gazetteer-sources")
    committed = [l for l in data_path("gazetteer.tsv").read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    assert ["\t".join(r[c] for c in COLUMNS) for r in rows] == committed
