"""A real split entity and its fix: Stanza reads a North Korean official spelled two ways (تشول / شول, both
seen in the corpus for the same man) as two people; a curation file that merges them gives one node, one
meeting with both sources, and the build record names the file."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from kg.cli import main
from kg.contract.vocab import DIP, WD
from kg.rdf.query import load_graph

# written for this test, modelled on agency phrasings; the spelling of the name is all that differs
ARTICLES = {
    "a.txt": "التقى وزير الخارجية الروسي سيرجي لافروف في موسكو مع المسؤول الكوري الشمالي كيم يونغ تشول لبحث الأزمة "
             "في شبه الجزيرة الكورية.\n",
    "b.txt": "والتقى وزير الخارجية الروسي سيرجي لافروف في موسكو مع كيم يونغ شول نائب رئيس لجنة الحزب.\n",
}


def _kim(g) -> list:
    return sorted(s for s in g.subjects(RDF.type, DIP.Person)
                  if any(str(label).startswith("كيم يونغ") for label in g.objects(s, RDFS.label)))


def test_merging_a_split_person_joins_the_nodes_and_their_meeting(tmp_path, capsys):
    src = tmp_path / "news"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    assert main(["build", str(src), "--out", str(tmp_path / "before"), "--no-html", "--quiet"]) == 0
    before = load_graph(tmp_path / "before" / "graph.ttl")
    split = _kim(before)
    assert len(split) == 2 and len(list(before.subjects(RDF.type, DIP.Meeting))) == 2
    keep, gone = (str(s).rsplit("/id/", 1)[1] for s in split)

    curation = tmp_path / "curation.tsv"
    curation.write_text(f"merge\t{gone}\t{keep}\tone official, two spellings\n"
                        f"rename-en\t{keep}\tKim Yong-chol\n"
                        f"wikidata\t{keep}\tQ498427\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(src), "--out", str(tmp_path / "after"), "--no-html", "--format", "ttl,trig",
                 "--curation", str(curation)]) == 0
    assert "curation" in capsys.readouterr().out
    after = load_graph(tmp_path / "after" / "graph.ttl")
    (kim,) = _kim(after)
    assert str(kim).endswith(keep)
    assert (kim, RDFS.label, Literal("Kim Yong-chol", lang="en")) in after and (kim, OWL.sameAs, WD.Q498427) in after
    labels = {str(x) for x in after.objects(kim, RDFS.label)} | {str(x) for x in after.objects(kim, SKOS.altLabel)}
    assert {"كيم يونغ تشول", "كيم يونغ شول"} <= labels
    (meeting,) = after.subjects(RDF.type, DIP.Meeting)
    assert len(list(after.objects(meeting, PROV.wasDerivedFrom))) == 2 and (meeting, DIP.participant, kim) in after
    trig = (tmp_path / "after" / "graph.trig").read_text(encoding="utf-8")
    assert curation.resolve().as_uri() in trig and "1 merge, 1 rename, 1 Wikidata id" in trig
