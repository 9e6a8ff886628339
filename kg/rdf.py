"""Serialising the networkx graph to RDF following shared/design/GRAPH-CONTRACT.md.

Everything is an IRI minted from stable ids (no blank nodes, no counters) and rdflib's Turtle
writer sorts subjects and objects, so the same input gives byte-identical Turtle.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .io import atomic_write_bytes
from .records import Event, PartialDate
from .vocab import DIP, ORG, RES, SCHEMA, WD

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


def to_rdf(nxg: nx.MultiDiGraph) -> Graph:
    g = new_graph()
    for node, data in nxg.nodes(data=True):
        kind = data["kind"]
        s = iri(node)
        if kind == "entity":
            g.add((s, RDF.type, DIP[data["type"]]))
            g.add((s, RDFS.label, Literal(data["label_ar"], lang="ar")))
            if data.get("label_en"):
                g.add((s, RDFS.label, Literal(data["label_en"], lang="en")))
            for form in data["surface_forms"] - {data["label_ar"]}:
                g.add((s, SKOS.altLabel, Literal(form, lang="ar")))
            if data.get("qid"):
                g.add((s, OWL.sameAs, WD[data["qid"]]))
        elif kind == "document":
            g.add((s, RDF.type, SCHEMA.NewsArticle))
            g.add((s, SCHEMA.identifier, Literal(data["id"])))
            for prop, key in ((SCHEMA.headline, "title"), (SCHEMA.publisher, "publisher")):
                if data.get(key):
                    g.add((s, prop, Literal(data[key])))
            if data.get("url"):
                g.add((s, SCHEMA.url, Literal(data["url"], datatype=XSD.anyURI)))
            if data.get("published"):
                g.add((s, SCHEMA.datePublished, date_literal(data["published"])))
        elif kind == "sentence":
            g.add((s, RDF.type, DIP.Sentence))
            g.add((s, SCHEMA.text, Literal(data["text"], lang="ar")))
            g.add((s, DIP.charStart, Literal(data["start"])))
            g.add((s, DIP.charEnd, Literal(data["end"])))
            g.add((s, DCTERMS.isPartOf, iri(data["doc"])))
            for trig in data["triggers"]:
                g.add((s, DIP.trigger, Literal(trig, lang="ar")))
        elif kind == "post":
            g.add((s, RDF.type, ORG.Post))
            g.add((s, ORG.role, DIP[data["role"]]))
            g.add((s, ORG.postIn, iri(data["org"])))
            g.add((iri(data["person"]), ORG.holds, s))
            for sid in data["sources"]:
                g.add((s, PROV.wasDerivedFrom, iri(sid)))
        elif kind == "event":
            _event(g, s, data["event"], data["sources"])
    for a, b, rel in nxg.edges(keys=True):
        g.add((iri(a), DIP[rel], iri(b)))
    return g


def _event(g: Graph, s: URIRef, ev: Event, sources: set[str]) -> None:
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
    if fmt == "ttl" and len(g) > FAST_WRITE_TRIPLES:
        import pyoxigraph as ox

        prefixes = {prefix: str(ns) for prefix, ns in g.namespaces() if prefix}
        triples = ox.parse(_sorted_nt(g), format=ox.RdfFormat.N_TRIPLES)
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return g.serialize(format=FORMATS[fmt], encoding="utf-8")


def _sorted_nt(g: Graph) -> bytes:
    lines = sorted({line for line in g.serialize(format="nt", encoding="utf-8").splitlines() if line})
    return b"\n".join(lines) + b"\n"


def write(g: Graph, path: Path, fmt: str = "ttl") -> None:
    """Serialise atomically: the file is either the whole new graph or the previous one."""
    atomic_write_bytes(path, serialize(g, fmt))


def write_trig(g: Graph, path: Path, build: dict) -> None:
    """TriG: the graph as one named graph per build, described in PROV in the default graph.

    ``build`` carries ``digest`` (of the Turtle, so the graph IRI names its content), ``started``
    and ``ended`` (ISO times), ``inputs`` (paths), ``ner`` (the recognizer note) and ``versions``
    (package -> version). Unlike graph.ttl this file is not byte-identical across runs: it records
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
    model = RES["model/ner"]
    ds.add((act, PROV.used, model))
    ds.add((model, RDFS.label, Literal(build["ner"])))
    for package, version in sorted(build["versions"].items()):
        agent = RES[f"software/{package}/{version}"]
        ds.add((act, PROV.wasAssociatedWith, agent))
        ds.add((agent, RDF.type, PROV.SoftwareAgent))
        ds.add((agent, RDFS.label, Literal(f"{package} {version}")))
    atomic_write_bytes(path, ds.serialize(format="trig", encoding="utf-8"))
