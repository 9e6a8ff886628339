"""A user's curation file (kg build --curation): aliases, merges, renames, Wikidata ids and words that are no
entities change the built graph without touching the package's data; bad rows are one-line errors."""

from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.builder import BuildConfig, run_build
from kg.cli import main
from kg.contract.vocab import DIP, RES, WD
from kg.errors import DataError
from kg.pipeline.gazetteer.curation import load_curation
from kg.rdf.query import load_graph

# two reports of one meeting, the official's name spelled two ways (as agencies do: تشول / شول)
ARTICLES = {"a.txt": "التقى وزير الخارجية الروسي سيرجي لافروف في موسكو مع كيم يونغ تشول لبحث الأزمة الكورية.\n",
            "b.txt": "والتقى وزير الخارجية الروسي سيرجي لافروف في موسكو مع كيم يونغ شول لبحث الأزمة الكورية.\n"}


def _build(tmp_path, rows: list[str] | None, name="out", formats=("ttl",)):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for file, text in ARTICLES.items():
        (src / file).write_text(text, encoding="utf-8")
    curation = None
    if rows is not None:
        curation = tmp_path / "mine.tsv"
        curation.write_text("# action\tentity\tvalue\tnote\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    result = run_build(BuildConfig([src], tmp_path / name, ner="gazetteer", formats=list(formats), html=False, quiet=True,
                                   curation=curation))
    return load_graph(tmp_path / name / "graph.ttl"), result


def _meetings(g):
    return sorted(g.subjects(RDF.type, DIP.Meeting))


def test_aliases_make_an_entity_the_gazetteer_lacks_and_join_its_spellings(tmp_path):
    g, _ = _build(tmp_path, None)
    assert not _meetings(g)  # the gazetteer recognizer knows neither spelling: nothing to meet
    g, result = _build(tmp_path, ["alias\tperson/kim-yong-chol\tكيم يونغ تشول", "alias\tperson/kim-yong-chol\tكيم يونغ شول",
                                  "rename-en\tperson/kim-yong-chol\tKim Yong-chol", "wikidata\tperson/kim-yong-chol\tQ498427"],
                       name="cur")
    kim = RES["person/kim-yong-chol"]
    assert (kim, RDF.type, DIP.Person) in g and (kim, RDFS.label, Literal("Kim Yong-chol", lang="en")) in g
    assert (kim, OWL.sameAs, WD.Q498427) in g and (kim, SKOS.altLabel, Literal("كيم يونغ شول", lang="ar")) in g
    meetings = _meetings(g)
    assert len(meetings) == 1 and (meetings[0], DIP.participant, kim) in g
    assert "curation" in result.summary() and "2 aliases" in result.summary()


def test_a_merge_makes_two_nodes_one_and_their_events_one(tmp_path):
    split = ["alias\tperson/kim-yong-chol\tكيم يونغ تشول", "alias\tperson/kim-yong-chol-2\tكيم يونغ شول"]
    g, _ = _build(tmp_path, split)
    assert len(_meetings(g)) == 2 and (RES["person/kim-yong-chol-2"], RDF.type, DIP.Person) in g
    g, _ = _build(tmp_path, split + ["merge\tres:person/kim-yong-chol-2\tperson/kim-yong-chol\tsame man"], name="merged")
    kim, gone = RES["person/kim-yong-chol"], RES["person/kim-yong-chol-2"]
    assert not list(g.triples((gone, None, None))) and not list(g.triples((None, None, gone)))
    meetings = _meetings(g)
    assert len(meetings) == 1 and len(list(g.objects(meetings[0], URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))) == 2
    assert (kim, SKOS.altLabel, Literal("كيم يونغ شول", lang="ar")) in g
    assert (kim, DIP.metWith, RES["person/sergey-lavrov"]) in g


def test_a_merge_of_the_two_parties_of_a_meeting_leaves_no_meeting_of_one(tmp_path):
    g, _ = _build(tmp_path, ["alias\tperson/kim-yong-chol\tكيم يونغ تشول",
                             "merge\tperson/sergey-lavrov\tperson/kim-yong-chol\ta wrong merge, on purpose"])
    assert not _meetings(g)  # Lavrov "met" himself: the event is gone, not kept with one participant


def test_a_rename_keeps_the_old_label_as_a_surface_form(tmp_path):
    g, _ = _build(tmp_path, ["rename\tperson/sergey-lavrov\tسيرغي لافروف"])
    lavrov = RES["person/sergey-lavrov"]
    assert (lavrov, RDFS.label, Literal("سيرغي لافروف", lang="ar")) in g
    assert (lavrov, SKOS.altLabel, Literal("سيرجي لافروف", lang="ar")) in g


def test_a_word_that_is_no_entity_is_not_linked(tmp_path):
    g, _ = _build(tmp_path, None)
    assert (RES["place/moscow"], RDFS.label, Literal("موسكو", lang="ar")) in g
    g, _ = _build(tmp_path, ["not-entity\t\tموسكو"], name="cur")
    assert not list(g.subjects(RDFS.label, Literal("موسكو", lang="ar"))) and (RES["place/moscow"], None, None) not in g
    assert not list(g.subjects(SKOS.altLabel, Literal("موسكو", lang="ar")))
    assert (RES["person/sergey-lavrov"], RDF.type, DIP.Person) in g  # the rest is read as before


def test_the_default_curation_file_beside_the_inputs_and_the_build_record(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for file, text in ARTICLES.items():
        (src / file).write_text(text, encoding="utf-8")
    (src / "curation.tsv").write_text("alias\tperson/kim-yong-chol\tكيم يونغ تشول\n", encoding="utf-8")
    result = run_build(BuildConfig([src], tmp_path / "out", ner="gazetteer", formats=["ttl", "trig"], html=False, quiet=True))
    assert f"curation {src / 'curation.tsv'}: 1 alias" in result.summary()
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert "silat/id/curation/" in trig and "1 alias" in trig and (src / "curation.tsv").resolve().as_uri() in trig


@pytest.mark.parametrize("row,needle", [
    ("rename\tperson/x\t", "rename needs a value"),
    ("alias\tperson/x", "expected 3 tab-separated fields, found 2"),
    ("split\tperson/x\ty", "unknown action 'split'"),
    ("wikidata\tperson/x\t12345", "'12345' is not a Wikidata id"),
    ("merge\tsomething\tperson/x", "'something' is not an entity id"),
])
def test_bad_rows_name_the_file_and_line(tmp_path, row, needle):
    path = tmp_path / "c.tsv"
    path.write_text("# header\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{path}:2: {needle}")):
        load_curation(path)


def test_merge_chains_resolve_and_cycles_are_refused(tmp_path):
    path = tmp_path / "c.tsv"
    path.write_text("merge\tperson/a\tperson/b\nmerge\tperson/b\tperson/c\n", encoding="utf-8")
    assert load_curation(path).merges == {"person/a": "person/c", "person/b": "person/c"}
    path.write_text("merge\tperson/a\tperson/b\nmerge\tperson/b\tperson/a\n", encoding="utf-8")
    with pytest.raises(DataError, match="cycle"):
        load_curation(path)


def test_a_missing_curation_file_is_one_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--ner", "gazetteer",
                 "--curation", str(tmp_path / "none.tsv")]) == 1
    err = capsys.readouterr().err.strip()
    assert "none.tsv: no such curation file" in err and "\n" not in err


def test_rows_naming_an_entity_the_build_lacks_are_warnings_with_file_line_and_id(tmp_path, capsys):
    """A shared curation file may name people this corpus never mentions: the build goes on, and says
    which rows did nothing."""
    rows = ["alias\tperson/kim-yong-chol\tكيم يونغ تشول", "merge\tperson/nobody-here\tperson/kim-yong-chol",
            "rename-en\tperson/kim-yong-chol\tKim Yong-chol", "wikidata\tperson/absent\tQ1"]
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    curation = tmp_path / "mine.tsv"
    curation.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    run_build(BuildConfig([src], tmp_path / "out", ner="gazetteer", formats=["ttl"], html=False, curation=curation))
    warnings = [w for w in capsys.readouterr().err.splitlines() if "mine.tsv" in w]
    assert warnings == [f"kg: warning: {curation}:2: merge person/nobody-here: no document of this build names it; "
                        "the row does nothing",
                        f"kg: warning: {curation}:4: wikidata person/absent: the graph of this build lacks it; "
                        "the row does nothing"]
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_many_absent_entities_are_counted_not_listed(tmp_path):
    path = tmp_path / "c.tsv"
    path.write_text("".join(f"rename\tperson/p{n}\tاسم\n" for n in range(8)), encoding="utf-8")
    lines = load_curation(path).absent(set(), {"person/p0"})
    assert len(lines) == 6 and lines[0].startswith(f"{path}:2: rename person/p1:")
    assert lines[-1] == f"{path}: 2 more rows name entities this build lacks"
