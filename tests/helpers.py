"""Small helpers the tests of both tiers share (records by hand, short builds). Nothing is cached here."""

from __future__ import annotations

from pathlib import Path


def events(x, etype: str) -> list:
    """The events of one type in an Extraction."""
    return [e for e in x.events if e.type == etype]


def stances(x, etype: str = "Support") -> list[tuple[str, str]]:
    return sorted((e.actor, e.target) for e in events(x, etype))


def typed_events(text: str, resources) -> set[tuple[str, str | None, str | None]]:
    """The (type, actor, target) of every event of one hand-written article, read with ``resources``."""
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document

    x = extract(make_document(text, "t", "t", resources.calendar), resources)
    return {(e.type, e.actor, e.target) for e in x.events}


def opposes(text: str, resources) -> set[tuple[str | None, str | None]]:
    """The (actor, target) pairs of the Opposition events of one hand-written article, read with ``resources``."""
    return {(a, b) for t, a, b in typed_events(text, resources) if t == "Opposition"}


def hand_mentions(doc, sentences, spans, source: str = "stanza") -> list:
    """Mentions placed by hand as a statistical recognizer would give them: (label, surface) pairs,
    each at the first occurrence of its surface in the document. A name may follow a clitic glued to its
    token (ورامي): the mention starts inside that token, as the recognizer's do."""
    from kg.records import Mention

    mentions = []
    for label, surface in spans:
        start = doc.text.index(surface)
        sent = next(s for s in sentences if s.start <= start < s.end)
        idx = [i for i, t in enumerate(sent.tokens) if t.end > start and t.start < start + len(surface)]
        mentions.append(Mention(start, start + len(surface), surface, label, sent.index, idx[0], idx[-1] + 1, source=source))
    return mentions


def build_articles(tmp_path: Path, articles: dict[str, str], ner: str = "gazetteer", **options):
    """Write the articles as .txt files, build them with ``run_build`` and return the loaded graph."""
    from kg.builder import BuildConfig, run_build
    from kg.rdf.query import load_graph

    src = tmp_path / "in"
    src.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_build(BuildConfig([src], out, ner=ner, html=options.pop("html", False), quiet=True, **options))
    return load_graph(out / "graph.ttl")


def meetings(g) -> dict[str, list[str]]:
    """Meeting IRI -> the sentences it is derived from."""
    from rdflib.namespace import PROV, RDF

    from kg.contract.vocab import DIP

    return {str(m): sorted(str(s) for s in g.objects(m, PROV.wasDerivedFrom)) for m in g.subjects(RDF.type, DIP.Meeting)}


def with_statistical_mentions(resources, spans):
    """``resources`` whose recognizer adds hand-placed (label, surface) mentions to the gazetteer's, as the
    Stanza recognizer would find names no gazetteer lists: linking and rules then run for real on them."""
    from dataclasses import replace

    gazetteer_recognizer = resources.recognizer

    class Recognizer:
        name = "gazetteer+hand"

        def __call__(self, doc, sentences):
            return gazetteer_recognizer(doc, sentences) + hand_mentions(doc, sentences, spans)

    return replace(resources, recognizer=Recognizer())


def references(x) -> set[str]:
    """Every entity id an Extraction's events and roles refer to."""
    ids = set()
    for e in x.events:
        ids |= {r for r in (e.actor, e.target, e.forum, e.place, e.country_visited, e.host, *e.participants) if r}
    for r in x.roles:
        ids |= {r.person, r.organisation}
    return ids


def merge_all(extractions):
    """The MergedGraph of the extractions, added in the order given."""
    from kg.pipeline.merge import GraphBuilder

    builder = GraphBuilder()
    for x in extractions:
        builder.add(x)
    return builder.result()


def canonical(g):
    """The MergedGraph with each list sorted by id (edges by their triple): the order of assembly set aside."""
    from kg.records import MergedGraph

    return MergedGraph(
        articles=sorted(g.articles, key=lambda a: a.id),
        entities=sorted(g.entities, key=lambda e: e.id),
        sentences=sorted(g.sentences, key=lambda s: s.id),
        posts=sorted(g.posts, key=lambda p: p.id),
        events=sorted(g.events, key=lambda e: e.id),
        edges=sorted(g.edges, key=lambda e: (e.source, e.relation, e.target)),
    )


def mention_breaches(x) -> list:
    """Mentions of an Extraction that break the typed contract: names and nisbas refer through entity_id,
    titles through role, groups through group, only nisbas and names (the state of a title with no
    name: قطر in أمير قطر) sit in a title, and the text is the span's
    (Stanza may restore the article's elided alef after لل)."""
    fields = {"name": "entity_id", "nisba": "entity_id", "title": "role", "group": "group"}
    bad = []
    for m in x.mentions:
        own = fields.get(m.kind)
        filled = {f for f in ("entity_id", "role", "group") if getattr(m, f)}
        span = x.document.text[m.start:m.end]
        if own is None or filled != {own} or (m.in_title and m.kind not in ("nisba", "name")) or m.text not in (span, "ا" + span):
            bad.append(m)
    return bad


def wait_for_http(url: str, proc, name: str, on_exit=lambda: "") -> None:
    """Wait up to 10 s until ``url`` answers; fail the test naming ``name`` if it never does.

    ``on_exit`` says why when the server process ``proc`` has already died (its log)."""
    import time
    import urllib.request

    import pytest

    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"{name} did not start: {on_exit()}")
            time.sleep(0.1)
    proc.kill()
    pytest.fail(f"{name} did not start")
