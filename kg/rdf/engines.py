"""SPARQL engines behind one small interface: rdflib (the API, fine for small graphs) and Oxigraph.

Measured on this project's graphs (issue brief): at 1M triples an 8-pattern join took over 180 s in
rdflib's engine and 0.11 s in Oxigraph. Both engines take the same query text and the same bound
parameters (rdflib ``initBindings``, Oxigraph a ``VALUES`` clause of terms pyoxigraph serialises): parameter values are
RDF terms, never pasted into the query. Rows come back as plain strings (IRIs, lexical forms), so
results from the two engines compare directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kg.errors import InputError, QueryError, one_line

FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}
# Above this file size `--engine auto` picks Oxigraph. bench/sparql_engines.py: Oxigraph wins every
# step at every size measured; below ~1 MB of Turtle (~14k triples) rdflib still answers each named
# query in well under a second, so the reference API keeps small graphs (README "SPARQL engines").
AUTO_OXIGRAPH_BYTES = 1_000_000


@dataclass(frozen=True)
class Term:
    """A parameter value: an IRI or a plain literal."""

    value: str
    iri: bool = False


class Engine(Protocol):
    name: str

    def select(self, text: str, bindings: dict[str, Term]) -> tuple[list[str], list[list[str]]]: ...



def _fmt(path: Path) -> str:
    return FORMATS.get(path.suffix.lower(), "turtle")


def _check(path: Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file")
    return path


class RdflibEngine:
    name = "rdflib"

    def __init__(self, path: Path | None = None, graph=None):
        from rdflib import Graph

        if graph is not None:
            self.graph = graph
            return
        path = _check(path)
        self.graph = Graph()
        try:
            self.graph.parse(path, format=_fmt(path))
        except Exception as exc:  # rdflib raises several parser-specific types
            raise QueryError(f"{path}: not a readable {_fmt(path)} graph ({one_line(exc)})") from None

    def select(self, text, bindings):
        from rdflib import Literal, URIRef

        init = {k: URIRef(t.value) if t.iri else Literal(t.value) for k, t in bindings.items()}
        try:
            result = self.graph.query(text, initBindings=init)
        except Exception as exc:
            raise QueryError(f"malformed SPARQL query ({one_line(exc)})") from None
        if result.type == "ASK":
            return ["ask"], [[str(bool(result.askAnswer)).lower()]]
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries print as tables; use rdflib for CONSTRUCT/DESCRIBE")
        return [str(v) for v in result.vars], [["" if v is None else str(v) for v in row] for row in result]


class OxigraphEngine:
    name = "oxigraph"

    def __init__(self, path: Path):
        import pyoxigraph as ox

        path = _check(path)
        formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
                   "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
        self.store = ox.Store()  # in memory
        try:
            self.store.bulk_load(path=str(path), format=formats[_fmt(path)])
        except Exception as exc:
            raise QueryError(f"{path}: not a readable {_fmt(path)} graph ({one_line(exc)})") from None

    def select(self, text, bindings):
        import pyoxigraph as ox

        if bindings:
            # Oxigraph substitutes only projected variables, so parameters become a VALUES block
            text = bind_values(text, bindings)
        try:
            result = self.store.query(text, use_default_graph_as_union=True)
        except Exception as exc:
            raise QueryError(f"malformed SPARQL query ({one_line(exc)})") from None
        if isinstance(result, bool):
            return ["ask"], [[str(result).lower()]]
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("only SELECT and ASK queries print as tables; use rdflib for CONSTRUCT/DESCRIBE")
        header = [v.value for v in result.variables]
        return header, [["" if term is None else term.value for term in row] for row in result]


def bind_values(text: str, bindings: dict[str, Term]) -> str:
    """``text`` with ``bindings`` as a VALUES block at the head of its WHERE group.

    The terms are serialised by pyoxigraph: NamedNode rejects '>' and other IRI-breaking
    characters and Literal escapes quotes, so a parameter value can never become query syntax.
    Used for Oxigraph (which substitutes only projected variables) and for remote endpoints.
    """
    import pyoxigraph as ox

    try:
        terms = [str(ox.NamedNode(t.value) if t.iri else ox.Literal(t.value)) for t in bindings.values()]
    except ValueError as exc:
        raise QueryError(f"bad parameter value ({one_line(exc)})") from None
    names = " ".join(f"?{k}" for k in bindings)
    return _with_values(text, f"VALUES ({names}) {{ ({' '.join(terms)}) }}")


_WHERE = re.compile(r"\b(?:WHERE\s*)?\{")


def _with_values(text: str, values: str) -> str:
    """``text`` with ``values`` as the first element of its outermost WHERE group.

    A trailing VALUES clause is also valid SPARQL, but Oxigraph joins it after evaluating the whole
    pattern: the timeline of one person took 17 s at 100k triples that way, 0.01 s this way.
    """
    body = _strip_prologue(text)
    m = _WHERE.search(text, len(text) - len(body))
    if not m:
        raise QueryError("malformed SPARQL query (no WHERE group to bind parameters in)")
    return f"{text[:m.end()]} {values}{text[m.end():]}"


def _strip_prologue(text: str) -> str:
    """The query from its SELECT/ASK/CONSTRUCT/DESCRIBE keyword on (PREFIX IRIs contain no braces, but be safe)."""
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, re.I)
    return text[m.start():] if m else text


def find_graph(path: Path) -> Path:
    """A graph file given directly, or the graph a build folder holds (graph.ttl first)."""
    path = Path(path)
    if path.is_dir():
        for name in ("graph.ttl", "graph.nt", "graph.trig", "graph.jsonld"):
            if (path / name).is_file():
                return path / name
        raise InputError(f"{path}: no graph.ttl (or .nt/.trig/.jsonld) in this folder")
    if not path.is_file():
        raise InputError(f"{path}: no such graph file or build folder")
    return path


def open_engine(path: Path, name: str = "auto") -> Engine:
    """The engine ``name`` (rdflib, oxigraph, auto) loaded with the graph file at ``path``."""
    path = _check(path)
    if name == "auto":
        name = "oxigraph" if path.stat().st_size > AUTO_OXIGRAPH_BYTES else "rdflib"
    if name == "rdflib":
        return RdflibEngine(path)
    if name == "oxigraph":
        return OxigraphEngine(path)
    raise QueryError(f"--engine {name}: choose rdflib, oxigraph or auto")
