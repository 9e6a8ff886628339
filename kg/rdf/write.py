"""Serialising the merged graph to RDF following shared/design/GRAPH-CONTRACT.md.

Everything is an IRI minted from stable ids (no blank nodes, no counters) and rdflib's Turtle
writer sorts subjects and objects, so the same input gives byte-identical Turtle.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.contract.vocab import DIP, ORG, RES, SCHEMA, WD
from kg.records import Event, MergedGraph, PartialDate

_XSD_FOR = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def iri(node_id: str) -> URIRef:
    return RES[node_id]


def date_literal(d: PartialDate) -> Literal:
    return Literal(d.iso(), datatype=_XSD_FOR[d.precision])


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in (("dip", DIP._NS), ("res", RES), ("wd", WD), ("prov", PROV), ("skos", SKOS), ("owl", OWL),
                       ("rdfs", RDFS), ("xsd", XSD), ("dcterms", DCTERMS), ("org", ORG), ("schema", SCHEMA)):
        g.bind(prefix, ns, override=True, replace=True)
    return g


def to_rdf(merged: MergedGraph) -> Graph:
    g = new_graph()
    for art in merged.articles:
        s = iri(art.id)
        g.add((s, RDF.type, SCHEMA.NewsArticle))
        g.add((s, SCHEMA.identifier, Literal(art.identifier)))
        for prop, value in ((SCHEMA.headline, art.title), (SCHEMA.publisher, art.publisher)):
            if value:
                g.add((s, prop, Literal(value)))
        if art.url:
            g.add((s, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
        if art.published:
            g.add((s, SCHEMA.datePublished, date_literal(art.published)))
    for ent in merged.entities:
        s = iri(ent.id)
        g.add((s, RDF.type, DIP[ent.type]))
        g.add((s, RDFS.label, Literal(ent.label_ar, lang="ar")))
        if ent.label_en:
            g.add((s, RDFS.label, Literal(ent.label_en, lang="en")))
        for form in ent.surface_forms - {ent.label_ar}:
            g.add((s, SKOS.altLabel, Literal(form, lang="ar")))
        if ent.qid:
            g.add((s, OWL.sameAs, WD[ent.qid]))
    for sent in merged.sentences:
        s = iri(sent.id)
        g.add((s, RDF.type, DIP.Sentence))
        g.add((s, SCHEMA.text, Literal(sent.text, lang="ar")))
        g.add((s, DIP.charStart, Literal(sent.start)))
        g.add((s, DIP.charEnd, Literal(sent.end)))
        g.add((s, DCTERMS.isPartOf, iri(sent.doc)))
        for trig in sent.triggers:
            g.add((s, DIP.trigger, Literal(trig, lang="ar")))
    for post in merged.posts:
        s = iri(post.id)
        g.add((s, RDF.type, ORG.Post))
        g.add((s, ORG.role, DIP[post.role]))
        g.add((s, ORG.postIn, iri(post.org)))
        g.add((iri(post.person), ORG.holds, s))
        for sid in post.sources:
            g.add((s, PROV.wasDerivedFrom, iri(sid)))
    for merged_event in merged.events:
        _event(g, iri(merged_event.id), merged_event.event, merged_event.sources)
        for rule in merged_event.rules:
            g.add((iri(merged_event.id), DIP.rule, Literal(rule)))
    for edge in merged.edges:
        g.add((iri(edge.source), DIP[edge.relation], iri(edge.target)))
    return g


def _event(g: Graph, s: URIRef, ev: Event, sources: frozenset[str]) -> None:
    g.add((s, RDF.type, DIP[ev.type]))
    for p in ev.participants:
        g.add((s, DIP.participant, iri(p)))
    for prop, value in ((DIP.actor, ev.actor), (DIP.target, ev.target), (DIP.forum, ev.forum), (DIP.place, ev.place),
                        (DIP.host, ev.host), (DIP.countryVisited, ev.country_visited)):
        if value:
            g.add((s, prop, iri(value)))
    if ev.date:
        g.add((s, DIP.date, date_literal(ev.date)))
    g.add((s, DIP.modality, DIP[ev.modality]))
    g.add((s, DIP.cameoCode, Literal(ev.cameo)))
    g.add((s, DIP.ploverType, Literal(ev.plover)))
    g.add((s, DIP.ploverMode, Literal(ev.plover_mode)))
    g.add((s, DIP.confidence, Literal(f"{ev.confidence:.2f}", datatype=XSD.decimal)))
    for sid in sources:
        g.add((s, PROV.wasDerivedFrom, iri(sid)))


# Above this many triples Turtle is written by pyoxigraph from sorted N-Triples. Measured on a
# 697k-triple graph shaped like ours: rdflib's Turtle writer 36.7 s, this path 6.1 s. rdflib's
# N-Triples writer is fast (3.2 s), so N-Triples always go that way, lines sorted (4.6 s in all).
FAST_WRITE_TRIPLES = 200_000


def serialize(g: Graph, fmt: str = "ttl") -> bytes:
    """The graph as bytes in ``fmt``; deterministic for a given graph."""
    if fmt == "nt":
        return _sorted_nt(g)
    if fmt == "jsonld":
        return _canonical_json(g.serialize(format="json-ld", encoding="utf-8"))
    if fmt == "ttl" and len(g) > FAST_WRITE_TRIPLES:
        import pyoxigraph as ox

        prefixes = {prefix: str(ns) for prefix, ns in g.namespaces() if prefix}
        triples = ox.parse(_sorted_nt(g), format=ox.RdfFormat.N_TRIPLES)
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return g.serialize(format=FORMATS[fmt], encoding="utf-8")


def _canonical_json(data: bytes) -> bytes:
    """rdflib's JSON-LD with nodes and value arrays sorted: its writer walks hash-ordered sets, so the
    same graph came out in a different order on every run. JSON-LD arrays are unordered (no ``@list``
    is written), so sorting changes nothing but the bytes."""
    import json

    def canon(x):
        if isinstance(x, dict):
            return {k: canon(v) for k, v in x.items()}
        if isinstance(x, list):
            items = [canon(v) for v in x]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return x

    return json.dumps(canon(json.loads(data)), ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8") + b"\n"


def _sorted_nt(g: Graph) -> bytes:
    lines = sorted({line for line in g.serialize(format="nt", encoding="utf-8").splitlines() if line})
    return b"\n".join(lines) + b"\n"


def trig(g: Graph, build: dict) -> bytes:
    """TriG: the graph as one named graph per build, described in PROV in the default graph.

    ``build`` carries ``digest`` (of the Turtle, so the graph IRI names its content), ``started``
    and ``ended`` (ISO times), ``inputs`` (paths), ``ner`` (the recognizer note), ``versions``
    (package -> version) and, when one was used, ``curation`` (the user's curation file: ``path``,
    ``note``, ``digest`` of its content). Unlike graph.ttl this file is not byte-identical across runs: it records
    when the build ran.
    """
    from rdflib import Dataset

    ds = Dataset()
    for prefix, ns in g.namespaces():
        ds.bind(prefix, ns, override=True, replace=True)
    name = RES[f"graph/{build['digest']}"]
    named = ds.graph(name)
    for t in g:
        named.add(t)
    act = RES[f"build/{build['digest']}"]
    ds.add((name, RDF.type, PROV.Entity))
    ds.add((name, PROV.wasGeneratedBy, act))
    ds.add((act, RDF.type, PROV.Activity))
    ds.add((act, PROV.startedAtTime, Literal(build["started"], datatype=XSD.dateTime)))
    ds.add((act, PROV.endedAtTime, Literal(build["ended"], datatype=XSD.dateTime)))
    for inp in build["inputs"]:
        ds.add((act, PROV.used, URIRef(Path(inp).resolve().as_uri())))
    if build.get("curation"):  # the user's curation file: which one (by content) and what it held
        cur = build["curation"]
        used = RES[f"curation/{cur['digest']}"]
        ds.add((act, PROV.used, used))
        ds.add((used, RDF.type, PROV.Entity))
        ds.add((used, PROV.atLocation, URIRef(Path(cur["path"]).resolve().as_uri())))
        ds.add((used, RDFS.label, Literal(cur["note"])))
    model = RES["model/ner"]
    ds.add((act, PROV.used, model))
    ds.add((model, RDFS.label, Literal(build["ner"])))
    for package, version in sorted(build["versions"].items()):
        agent = RES[f"software/{package}/{version}"]
        ds.add((act, PROV.wasAssociatedWith, agent))
        ds.add((agent, RDF.type, PROV.SoftwareAgent))
        ds.add((agent, RDFS.label, Literal(f"{package} {version}")))
    return ds.serialize(format="trig", encoding="utf-8")
