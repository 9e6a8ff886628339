import pytest

from kg.cli import main
from kg.data import data_path
from kg.lang.ar.dates import Calendar
from kg.lang.ar.normalize import normalize
from kg.pipeline.gazetteer import load_gazetteer
from kg.pipeline.gazetteer.index import load_rows
from kg.pipeline.gazetteer.sources import COLUMNS, build_rows
from kg.pipeline.rules.lexicon import Lexicon, load_cues, load_triggers
from tests.paths import SHARED

SOURCES = SHARED / "gazetteer-sources"
needs_sources = pytest.mark.skipif(not SOURCES.is_dir(), reason="shared/gazetteer-sources not present")


def key(text):
    return tuple(normalize(t) for t in text.split())


def test_every_data_table_loads():
    lexicon = Lexicon.load()
    assert lexicon.triggers and lexicon.cues and Calendar.load().months
    assert load_triggers(data_path("triggers.tsv")) == lexicon.triggers
    assert load_cues(data_path("cues.tsv")) == lexicon.cues
    assert len(load_rows(data_path("gazetteer.tsv"))) > 200
    assert len(load_rows(data_path("curated.tsv"))) > 100


@pytest.mark.parametrize("form,target", [
    ("منظمة شانغهاي للتعاون", "org/sco"), ("منظمة شنغهاي للتعاون", "org/sco"), ("منظمة شنجهاي للتعاون", "org/sco"),
    ("سيرجي لافروف", "person/sergey-lavrov"), ("سيرغي لافروف", "person/sergey-lavrov"),
    ("شي جين بينغ", "person/xi-jinping"), ("شي جين بينج", "person/xi-jinping"),
    ("الصيني", "country/CN"), ("الروسية", "country/RU"), ("موسكو", "place/moscow"),
    ("مجموعة الـ20", "org/g20"), ("وزير الخارجية", "ForeignMinister"), ("الجانبان", "pair"),
])
def test_spelling_variants_are_aliases(gazetteer, form, target):
    assert target in [e.target for e in gazetteer.lookup(key(form))]


def test_entries_say_which_typed_mention_field_they_fill(gazetteer):
    """Names and nisbas refer through entity_id, titles through role, groups through group."""
    kinds = {e.kind: e.referent() for form in ("سيرجي لافروف", "الصيني", "وزير الخارجية", "الجانبان")
             for e in gazetteer.lookup(key(form))}
    assert kinds["name"] == {"kind": "name", "entity_id": "person/sergey-lavrov"}
    assert kinds["nisba"] == {"kind": "nisba", "entity_id": "country/CN"}
    assert kinds["title"] == {"kind": "title", "role": "ForeignMinister"}
    assert kinds["group"] == {"kind": "group", "group": "pair"}


def test_capitals_stand_for_their_country(gazetteer):
    assert gazetteer.is_capital("place/beijing") and gazetteer.country_of("place/beijing") == "country/CN"


def test_extra_tables_extend_the_shipped_gazetteer_and_each_load_is_independent(tmp_path):
    extra = tmp_path / "extra.tsv"
    extra.write_text("person/ruto\tPerson\tQ1373609\tويليام روتو\tWilliam Ruto\tروتو\t\tcountry/KE\tPresident\t\t\n"
                     "country/CN\tCountry\t\t\t\tبلاد التنين العظيم\t\t\t\t\t\n", encoding="utf-8")
    plain, extended = load_gazetteer(), load_gazetteer((extra,))
    assert "person/ruto" in extended.rows and "person/ruto" not in plain.rows
    assert "person/ruto" in [e.target for e in extended.lookup(key("ويليام روتو"))]
    # a row with a known id merges into it: the alias is added, the shipped label kept
    assert "country/CN" in [e.target for e in extended.lookup(key("بلاد التنين العظيم"))]
    assert extended.rows["country/CN"].label_ar == plain.rows["country/CN"].label_ar
    assert not plain.lookup(key("بلاد التنين العظيم"))


@needs_sources
def test_build_script_regenerates_the_committed_file():
    rows = build_rows(SOURCES)
    committed = [line for line in data_path("gazetteer.tsv").read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert ["\t".join(r[c] for c in COLUMNS) for r in rows] == committed


@needs_sources
def test_kg_gazetteer_build_writes_only_where_it_is_told(tmp_path, capsys):
    out = tmp_path / "gazetteer.tsv"
    assert main(["gazetteer", "build", "--sources", str(SOURCES), "--out", str(out)]) == 0
    assert out.read_bytes() == data_path("gazetteer.tsv").read_bytes()
    assert f"wrote {out}" in capsys.readouterr().out

