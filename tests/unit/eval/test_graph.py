"""The graph evaluator: per-relation and country-level scores, on the gazetteer-built seeds and on a graph by hand."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.contract.vocab import DIP, RES
from kg.eval.counts import Counts
from kg.eval.graph import evaluate, format_report, load_gold
from tests.paths import SHARED

GOLD = SHARED / "eval" / "seeds-gold.json"


@pytest.mark.skipif(not GOLD.is_file(), reason="shared/eval/seeds-gold.json not present")
def test_report_has_per_relation_and_country_level_scores(gaz_seeds_graph):
    report = evaluate(load_gold(GOLD), gaz_seeds_graph)
    text = format_report(report)
    assert "per relation:" in text and "country level" in text
    assert set(report.by_relation) >= {"metWith", "visited", "coordinatesIn", "officialOf"}
    assert sum(c.tp for c in report.by_relation.values()) == report.relations.tp
    assert report.violations == [] and report.relations.recall >= 0.9


def test_country_level_forgives_the_wrong_person_of_the_right_state():
    gold = {"entities": {"cn": {"type": "Country", "ar": ["الصين"]}, "ru": {"type": "Country", "ar": ["روسيا"]},
                         "wang": {"type": "Person", "ar": ["وانغ يي"]}, "lavrov": {"type": "Person", "ar": ["لافروف"]},
                         "putin": {"type": "Person", "ar": ["بوتين"]}},
            "symmetric": ["metWith"],
            "relations": [["metWith", "wang", "lavrov"], ["officialOf", "wang", "cn"], ["officialOf", "lavrov", "ru"],
                          ["officialOf", "putin", "ru"]]}
    g = Graph()
    for key, label, cls in (("cn", "الصين", DIP.Country), ("ru", "روسيا", DIP.Country), ("wang", "وانغ يي", DIP.Person),
                            ("putin", "بوتين", DIP.Person)):
        g.add((RES[key], RDF.type, cls))
        g.add((RES[key], RDFS.label, Literal(label, lang="ar")))
    g.add((RES["wang"], DIP.metWith, RES["putin"]))  # the wrong Russian
    r = evaluate(gold, g)
    assert r.relations.tp == 0 and r.countries.tp == 1 and r.countries.fp == 0


def test_counts_give_precision_recall_and_f1():
    c = Counts(tp=3, fp=1, fn=3)
    assert (c.precision, c.recall, round(c.f1, 3)) == (0.75, 0.5, 0.6)
    assert Counts().f1 == 0.0
