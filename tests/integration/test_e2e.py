"""End to end on the seeds: the real pipeline, the real rdflib store, the CLI as a user runs it."""

import json
import re
import subprocess
import sys

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.contract.vocab import DIP, RES
from tests.paths import ROOT, SEEDS, SHARED

WANG, LAVROV, PATRUSHEV = RES["person/wang-yi"], RES["person/sergey-lavrov"], RES["person/nikolai-patrushev"]


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def test_wang_yi_met_lavrov_on_2022_09_21_per_the_first_seed(seeds_graph):
    rows = list(seeds_graph.query("""
        PREFIX dip: <https://w3id.org/silat/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX schema: <http://schema.org/>
        SELECT ?date ?doc WHERE {
          ?e a dip:Meeting ; dip:participant ?a, ?b ; dip:date ?date ; dip:modality dip:Asserted ;
             prov:wasDerivedFrom/dcterms:isPartOf/schema:identifier ?doc . }""",
        initBindings={"a": WANG, "b": LAVROV}))
    assert ("2022-09-21", "000_f721e5f16c0b10e3") in {(str(d), str(doc)) for d, doc in rows}
    assert (WANG, DIP.metWith, LAVROV) in seeds_graph and (LAVROV, DIP.metWith, WANG) in seeds_graph


def test_china_and_russia_coordinate_in_the_sco(seeds_graph):
    for country in ("CN", "RU"):
        assert (RES[f"country/{country}"], DIP.coordinatesIn, RES["org/sco"]) in seeds_graph


def test_planned_meeting_with_patrushev_is_an_event_but_not_an_edge(seeds_graph):
    assert (WANG, DIP.metWith, PATRUSHEV) not in seeds_graph
    planned = list(seeds_graph.query(
        "PREFIX dip: <https://w3id.org/silat/ontology#> "
        "SELECT ?e WHERE { ?e a dip:Meeting ; dip:participant ?a, ?b ; dip:modality dip:Planned }",
        initBindings={"a": WANG, "b": PATRUSHEV}))
    assert planned


def test_every_event_is_sourced_to_a_sentence_with_offsets_into_its_article(seeds_graph):
    q = """PREFIX dip: <https://w3id.org/silat/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
           PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX schema: <http://schema.org/>
           SELECT ?text ?start ?end ?doc WHERE { ?e a ?t ; prov:wasDerivedFrom ?s .
             ?s schema:text ?text ; dip:charStart ?start ; dip:charEnd ?end ; dcterms:isPartOf/schema:identifier ?doc }"""
    rows = list(seeds_graph.query(q))
    assert len(rows) > 20
    for text, start, end, doc in rows:
        article = (SEEDS / f"{doc}.txt").read_text(encoding="utf-8")
        assert article[int(start):int(end)] == str(text)


def test_entities_carry_labels_and_certain_wikidata_links(seeds_graph):
    from rdflib import Literal
    from rdflib.namespace import OWL, RDFS, SKOS

    assert (LAVROV, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q58217")) in seeds_graph
    assert (RES["country/CN"], SKOS.altLabel, Literal("الصيني", lang="ar")) in seeds_graph
    assert (RES["country/CN"], RDFS.label, Literal("China", lang="en")) in seeds_graph
    assert not any(isinstance(s, type(None)) or s.__class__.__name__ == "BNode" for s in seeds_graph.subjects())


def test_officials_get_the_org_form_too(seeds_graph):
    rows = list(seeds_graph.query(
        "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?role ?in WHERE { ?p org:holds ?post . ?post org:role ?role ; org:postIn ?in }",
        initBindings={"p": WANG}))
    assert (DIP.ForeignMinister, RES["country/CN"]) in {(r, i) for r, i in rows}
    assert (WANG, DIP.officialOf, RES["country/CN"]) in seeds_graph


def test_build_is_byte_identical_and_round_trips(seeds_build, tmp_path):
    out, _ = seeds_build
    from kg.builder import BuildConfig, run_build

    run_build(BuildConfig([SEEDS], tmp_path, quiet=True))
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    g1 = Graph().parse(out / "graph.ttl")
    g2 = Graph().parse(data=g1.serialize(format="nt"), format="nt")
    assert isomorphic(g1, g2)


def test_outputs_are_readable_by_other_users_like_any_written_file(seeds_build):
    import os

    umask = os.umask(0)
    os.umask(umask)
    for name in ("graph.ttl", "graph.html"):
        assert (seeds_build[0] / name).stat().st_mode & 0o777 == 0o666 & ~umask, name


def test_html_draws_from_disk_with_no_network_resources(seeds_build):
    html = (seeds_build[0] / "graph.html").read_text(encoding="utf-8")
    assert "vis-network" in html or "vis.Network" in html
    # nothing is fetched: no script, stylesheet or image refers outside the file (links in panels are
    # clickable anchors only; tests/integration/test_html.py checks in a real browser that no request is made)
    assert not re.search(r"<(?:script|img|iframe)\b[^>]*\bsrc=|<link\b[^>]*\bhref=", html)
    assert ("وانغ يي" in html or json.dumps("وانغ يي")[1:-1] in html) and "metWith" in html


def test_summary_evaluation_and_named_queries_from_the_cli(tmp_path):
    r = kg("build", SEEDS, "--out", tmp_path)
    assert r.returncode == 0, r.stderr
    assert "5 documents" in r.stdout and "NER:" in r.stdout and "events" in r.stdout
    gold = SHARED / "eval" / "seeds-gold.json"
    if gold.exists():
        r = kg("evaluate", gold, tmp_path / "graph.ttl")
        recall = float(r.stdout.split("recall ")[1].split()[0])
        assert r.returncode == 0 and recall >= 0.9
        assert "planned/negated asserted as facts: 0" in r.stdout
    for name in ("meetings", "visits", "forums", "stances"):
        r = kg("query", tmp_path / "graph.ttl", name, "--format", "json")
        assert r.returncode == 0 and json.loads(r.stdout), (name, r.stderr)
    r = kg("query", tmp_path / "graph.ttl", "timeline", "--param", "entity=لافروف", "--format", "csv")
    assert r.returncode == 0 and "Meeting" in r.stdout


@pytest.mark.parametrize("args,needle", [
    (("build", "no-such-dir", "--out", "OUT"), "no-such-dir: no such file"),
    (("query", "GRAPH", "SELECT nonsense WHERE {"), "malformed SPARQL"),
    (("query", "no.ttl", "meetings"), "no.ttl: no such graph file"),
    (("evaluate", "GOLD", "GRAPH"), "not JSON"),
    (("build", "SEEDS", "--out", "OUT", "--ner", "stanza", "--stanza-dir", "EMPTY"), "no Stanza Arabic NER model"),
])
def test_user_errors_are_one_line_and_non_zero(tmp_path, seeds_build, args, needle):
    (tmp_path / "bad-gold.json").write_text("{oops", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    subst = {"OUT": tmp_path / "out", "GRAPH": seeds_build[0] / "graph.ttl", "GOLD": tmp_path / "bad-gold.json",
             "SEEDS": SEEDS, "EMPTY": tmp_path / "empty"}
    r = kg(*[subst.get(a, a) for a in args])
    assert r.returncode != 0
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_a_failed_build_leaves_the_previous_graph_untouched(tmp_path):
    assert kg("build", SEEDS, "--out", tmp_path).returncode == 0
    before = (tmp_path / "graph.ttl").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    r = kg("build", bad, "--out", tmp_path)
    assert r.returncode != 0 and "binary" in r.stderr
    assert (tmp_path / "graph.ttl").read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))
