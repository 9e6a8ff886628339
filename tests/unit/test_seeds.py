"""The seeds' facts in the graph the gazetteer recognizer builds (the integration tier checks the same with
Stanza, through the CLI as a user runs it)."""

from __future__ import annotations

import os

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDFS, SKOS

from kg.contract.vocab import DIP, RES
from tests.paths import SEEDS

WANG, LAVROV, PATRUSHEV = RES["person/wang-yi"], RES["person/sergey-lavrov"], RES["person/nikolai-patrushev"]
PREFIXES = """PREFIX dip: <https://w3id.org/silat/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
              PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX schema: <http://schema.org/>
              PREFIX org: <http://www.w3.org/ns/org#>"""


def test_wang_yi_met_lavrov_on_2022_09_21_per_the_first_seed(gaz_seeds_graph):
    rows = gaz_seeds_graph.query(PREFIXES + """
        SELECT ?date ?doc WHERE {
          ?e a dip:Meeting ; dip:participant ?a, ?b ; dip:date ?date ; dip:modality dip:Asserted ;
             prov:wasDerivedFrom/dcterms:isPartOf/schema:identifier ?doc . }""", initBindings={"a": WANG, "b": LAVROV})
    assert ("2022-09-21", "000_f721e5f16c0b10e3") in {(str(d), str(doc)) for d, doc in rows}
    assert (WANG, DIP.metWith, LAVROV) in gaz_seeds_graph and (LAVROV, DIP.metWith, WANG) in gaz_seeds_graph


def test_china_and_russia_coordinate_in_the_sco(gaz_seeds_graph):
    for country in ("CN", "RU"):
        assert (RES[f"country/{country}"], DIP.coordinatesIn, RES["org/sco"]) in gaz_seeds_graph


def test_planned_meeting_with_patrushev_is_an_event_but_not_an_edge(gaz_seeds_graph):
    assert (WANG, DIP.metWith, PATRUSHEV) not in gaz_seeds_graph
    planned = list(gaz_seeds_graph.query(
        PREFIXES + "SELECT ?e WHERE { ?e a dip:Meeting ; dip:participant ?a, ?b ; dip:modality dip:Planned }",
        initBindings={"a": WANG, "b": PATRUSHEV}))
    assert planned


def test_every_event_is_sourced_to_a_sentence_with_offsets_into_its_article(gaz_seeds_graph):
    rows = list(gaz_seeds_graph.query(PREFIXES + """
        SELECT ?text ?start ?end ?doc WHERE { ?e a ?t ; prov:wasDerivedFrom ?s .
          ?s schema:text ?text ; dip:charStart ?start ; dip:charEnd ?end ; dcterms:isPartOf/schema:identifier ?doc }"""))
    assert len(rows) > 20
    for text, start, end, doc in rows:
        article = (SEEDS / f"{doc}.txt").read_text(encoding="utf-8")
        assert article[int(start):int(end)] == str(text)


def test_entities_carry_labels_and_certain_wikidata_links(gaz_seeds_graph):
    assert (LAVROV, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q58217")) in gaz_seeds_graph
    assert (RES["country/CN"], SKOS.altLabel, Literal("الصيني", lang="ar")) in gaz_seeds_graph
    assert (RES["country/CN"], RDFS.label, Literal("China", lang="en")) in gaz_seeds_graph
    assert not any(s.__class__.__name__ == "BNode" for s in gaz_seeds_graph.subjects())


def test_officials_get_the_org_form_too(gaz_seeds_graph):
    rows = gaz_seeds_graph.query(PREFIXES + "SELECT ?role ?in WHERE { ?p org:holds ?post . ?post org:role ?role ; org:postIn ?in }",
                                 initBindings={"p": WANG})
    assert (DIP.ForeignMinister, RES["country/CN"]) in {(r, i) for r, i in rows}
    assert (WANG, DIP.officialOf, RES["country/CN"]) in gaz_seeds_graph


def test_the_graph_round_trips_through_n_triples(gaz_seeds_build):
    g1 = Graph().parse(gaz_seeds_build[0] / "graph.ttl")
    assert isomorphic(g1, Graph().parse(data=g1.serialize(format="nt"), format="nt"))


def test_outputs_are_readable_by_other_users_like_any_written_file(gaz_seeds_build):
    umask = os.umask(0)
    os.umask(umask)
    for name in ("graph.ttl", "graph.nt", "graph.html"):
        assert (gaz_seeds_build[0] / name).stat().st_mode & 0o777 == 0o666 & ~umask, name
