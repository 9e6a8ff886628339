"""Merging: extraction records are never changed; the merged graph does not depend on the order of articles."""

from __future__ import annotations

import copy

import pytest

from kg.pipeline.extract import extract
from kg.pipeline.ingest import read_documents
from kg.pipeline.merge import GraphBuilder
from kg.rdf.write import to_rdf
from tests.helpers import build_articles, canonical, meetings, merge_all
from tests.paths import DATA, SEEDS


@pytest.fixture(scope="module")
def extractions(resources):
    docs = read_documents([SEEDS, DATA / "wire"], lambda message: None, calendar=resources.calendar)
    return [extract(doc, resources) for doc in docs]


def test_merging_never_changes_the_extractions(extractions):
    before = copy.deepcopy(extractions)
    entity_objects = [dict(x.entities) for x in extractions]
    builder = GraphBuilder()
    for x in extractions:
        builder.add(x)
    graph = builder.result()
    assert extractions == before
    for x, objects in zip(extractions, entity_objects):
        assert all(x.entities[k] is v for k, v in objects.items())
    # the merged records are the builder's own: changing them leaves the extractions alone
    for ent in graph.entities:
        ent.surface_forms.add("!")
    assert extractions == before
    assert builder.result().counts() == graph.counts()
    # nor does writing RDF from the merged graph (its events share lists with the reports they merge)
    to_rdf(builder.result())
    assert extractions == before


def test_reverse_order_gives_an_equal_graph(extractions):
    forward, backward = merge_all(extractions), merge_all(list(reversed(extractions)))
    assert forward.counts()["events"] > 30 and forward.counts()["edges"] > 30
    assert canonical(forward) == canonical(backward)


def test_the_merged_graph_names_only_entities_it_holds(extractions):
    g = merge_all(extractions)
    ids = {e.id for e in g.entities}
    for ev in g.events:
        e = ev.event
        assert {r for r in (e.actor, e.target, e.forum, e.place, e.country_visited, e.host, *e.participants) if r} <= ids
    assert {x for edge in g.edges for x in (edge.source, edge.target)} <= ids
    assert {x for p in g.posts for x in (p.person, p.org)} <= ids
    sentences = {s.id for s in g.sentences}
    assert all(ev.sources <= sentences for ev in g.events) and all(p.sources <= sentences for p in g.posts)


A = "موسكو 20 مارس 2023 (شينخوا) - التقى وزير الخارجية الصيني وانغ يي أمس في موسكو وزير الخارجية الروسي سيرجي لافروف."
B = "بكين 21 مارس 2023 (رويترز) - وكان وانغ يي قد التقى وزير الخارجية الروسي سيرجي لافروف يوم الأحد في موسكو."
C = "بكين 2 أبريل 2023 (رويترز) - التقى وزير الخارجية الصيني وانغ يي اليوم وزير الخارجية الروسي سيرجي لافروف في بكين."


def test_the_same_meeting_in_two_articles_is_one_event_and_a_later_one_is_another(tmp_path):
    g = meetings(build_articles(tmp_path / "1", {"a": A, "b": B, "c": C}))
    assert sorted(len(s) for s in g.values()) == [1, 2]
    # the same articles in another order, and the IRIs of the first two survive a third article
    again = meetings(build_articles(tmp_path / "2", {"z": A, "y": B, "x": C}))
    assert len(again) == 2
    two = meetings(build_articles(tmp_path / "3", {"a": A, "b": B}))
    assert set(two) <= set(g)


def test_an_entity_label_does_not_depend_on_article_order():
    """Articles spell an unknown organisation differently; every order of them labels it alike."""
    from itertools import permutations

    from kg.records import Document, Entity, Extraction

    spellings = ["اللجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الاحمر", "اللجنة الدولية للصليب الأحمر"]

    def extraction(n: int, label: str) -> Extraction:
        ent = Entity("org/ar-1", "Organization", label, surface_forms={label})
        return Extraction(Document(f"d{n}", label, "x"), [], {ent.id: ent}, [], [], [])

    results = set()
    for order in permutations(range(3)):
        builder = GraphBuilder()
        for n in order:
            builder.add(extraction(n, spellings[n]))
        (ent,) = builder.result().entities
        results.add((ent.label_ar, frozenset(ent.surface_forms)))
    # one answer, and it is the spelling most articles used
    assert results == {(spellings[0], frozenset(spellings))}


def test_a_date_a_text_states_outranks_the_news_day_another_article_guessed(tmp_path):
    """One article says the meeting was in March; another reports it with no date of its own, so it takes
    its publication day, a guess: the merged meeting keeps the stated month, whatever the order."""
    from rdflib.namespace import RDF

    from kg.contract.vocab import DIP

    stated = "بكين 5 أبريل 2023 (رويترز) - وكان وانغ يي قد التقى في مارس الماضي وزير الخارجية الروسي سيرجي لافروف."
    guessed = "موسكو 21 مارس 2023 (شينخوا) - قال وزير الخارجية الصيني وانغ يي إنه التقى وزير الخارجية الروسي سيرجي لافروف."
    for order in ({"a": stated, "b": guessed}, {"a": guessed, "b": stated}):
        g = build_articles(tmp_path / "".join(order), order)
        dates = {str(d) for m in g.subjects(RDF.type, DIP.Meeting) for d in g.objects(m, DIP.date)}
        assert dates == {"2023-03"}
