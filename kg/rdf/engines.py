"""SPARQL engines behind one small interface: rdflib (the API, fine for small graphs) and Oxigraph.

Measured on this project's graphs (issue brief): at 1M triples an 8-pattern join took over 180 s in
rdflib's engine and 0.11 s in Oxigraph. Both engines take the same query text and the same bound
parameters (rdflib ``initBindings``, Oxigraph a ``VALUES`` clause of terms pyoxigraph serialises): parameter values are
RDF terms, never pasted into the query. Every query form answers a :class:`Result`: SELECT rows as
plain strings (IRIs, lexical forms), streamed, so results from the two engines compare directly;
ASK a boolean; CONSTRUCT/DESCRIBE pyoxigraph Triples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

from kg.errors import InputError, KgError, QueryError, one_line

T = TypeVar("T")

FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}
# Above this file size `--engine auto` picks Oxigraph. bench/sparql_engines.py: Oxigraph wins every
# step at every size measured; below ~1 MB of Turtle (~14k triples) rdflib still answers each named
# query in well under a second, so the reference API keeps small graphs (README "SPARQL engines").
AUTO_OXIGRAPH_BYTES = 1_000_000
# What a SERVICE keyword may hide in: strings (all four quote forms), IRIs and comments.
NOT_KEYWORDS = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!\'\'))*\'\'\''''
                           r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*''')


def has_keyword(text: str, keyword: str) -> bool:
    """Whether the SPARQL keyword occurs in ``text`` as a keyword: not in a string, an IRI, a
    comment, a variable (``?service``) or a prefixed name (``ex:from``)."""
    return bool(re.search(rf"(?<![\w?$:]){keyword}(?![\w:-])", NOT_KEYWORDS.sub(" ", text), re.I))


def names_dataset(text: str) -> bool:
    """Whether a query picks its own dataset (FROM / FROM NAMED), which must then win over the
    engines' "default graph = union of all graphs" (Oxigraph's flag would otherwise override it)."""
    return has_keyword(text, "FROM")


@dataclass(frozen=True)
class Term:
    """A parameter value: an IRI or a plain literal."""

    value: str
    iri: bool = False


Form = Literal["select", "ask", "graph"]


@dataclass
class Result:
    """What a query answered, whatever its form, with nothing held in memory that a caller streams.

    ``select``: ``variables`` and ``rows`` (an iterator of lists of plain strings: IRIs, lexical
    forms, "" for unbound), produced as the caller reads them, so a million-row answer is never a
    list. ``ask``: ``boolean``. ``graph`` (CONSTRUCT, DESCRIBE): ``triples``, an iterator of
    pyoxigraph Triples on every engine, so one serializer writes every engine's graphs alike.
    """

    form: Form
    variables: list[str] = field(default_factory=list)
    rows: Iterator[list[str]] = field(default_factory=lambda: iter(()))
    boolean: bool = False
    triples: Iterator[Any] = field(default_factory=lambda: iter(()))


class Engine(Protocol):
    name: str

    def run(self, text: str, bindings: dict[str, Term]) -> Result:
        """Any query form; errors (malformed, failing evaluation) are QueryError, also mid-stream."""
        ...

    def select(self, text: str, bindings: dict[str, Term]) -> tuple[list[str], list[list[str]]]:
        """A SELECT's header and all its rows (small lookups: labels, the view's queries)."""
        ...


def guard_errors(rows: Iterable[T]) -> Iterator[T]:
    """``rows`` with an evaluation error raised while iterating turned into a one-line QueryError."""
    try:
        yield from rows
    except KgError:
        raise
    except Exception as exc:  # engines raise OSError, ValueError, rdflib's own types mid-stream
        raise QueryError(f"query failed while producing results ({one_line(exc)})") from None


class Selects:
    """``select`` for every engine, on top of its ``run``."""

    def run(self, text: str, bindings: dict[str, Term]) -> Result:
        raise NotImplementedError

    def select(self, text: str, bindings: dict[str, Term]) -> tuple[list[str], list[list[str]]]:
        result = self.run(text, bindings)
        if result.form != "select":
            raise QueryError(f"expected a SELECT query, got {result.form.upper()}")
        return result.variables, list(result.rows)


def _fmt(path: Path) -> str:
    return FORMATS.get(path.suffix.lower(), "turtle")


def _check(path: Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file")
    return path


def _no_remote_loading() -> None:
    """rdflib answers ``FROM <iri>`` by downloading the IRI (``SPARQL_LOAD_GRAPHS``, on by default):
    a network request the user never asked for. Off, FROM/FROM NAMED pick graphs of the loaded file."""
    import rdflib.plugins.sparql

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False


class RdflibEngine(Selects):
    """rdflib over a Dataset whose default graph is the union of all graphs, like Oxigraph's
    ``use_default_graph_as_union``: a .trig's named graph answers plain patterns, and GRAPH /
    FROM NAMED queries work (a plain Graph raised "requiring a dataset" from deep in rdflib)."""

    name = "rdflib"

    def __init__(self, path: Path | None = None, graph=None):
        from rdflib import Dataset

        _no_remote_loading()
        if graph is not None:
            self.graph = graph
            return
        path = _check(path)
        self.graph = Dataset(default_union=True)
        try:
            self.graph.parse(path, format=_fmt(path))
        except Exception as exc:  # rdflib raises several parser-specific types
            raise QueryError(f"{path}: not a readable {_fmt(path)} graph ({one_line(exc)})") from None

    def run(self, text: str, bindings: dict[str, Term]) -> Result:
        from rdflib import Literal, URIRef

        init = {k: URIRef(t.value) if t.iri else Literal(t.value) for k, t in bindings.items()}
        try:
            result = self.graph.query(text, initBindings=init)
        except Exception as exc:
            raise QueryError(f"malformed SPARQL query ({one_line(exc)})") from None
        if result.type == "ASK":
            return Result("ask", boolean=bool(result.askAnswer))
        if result.type == "SELECT":
            return Result("select", [str(v) for v in result.vars],
                          guard_errors(["" if v is None else str(v) for v in row] for row in result))
        return Result("graph", triples=guard_errors(_ox_triples(result.graph)))


def _ox_triples(graph) -> Iterator[Any]:
    """An rdflib graph's triples as pyoxigraph Triples (through N-Triples, which both speak exactly)."""
    import pyoxigraph as ox

    data = graph.serialize(format="nt", encoding="utf-8")
    for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        yield quad.triple


class OxigraphEngine(Selects):
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

    def run(self, text: str, bindings: dict[str, Term]) -> Result:

        if bindings:
            # Oxigraph substitutes only projected variables, so parameters become a VALUES block
            text = bind_values(text, bindings)
        try:
            result = self.store.query(text, use_default_graph_as_union=not names_dataset(text))
        except Exception as exc:
            raise QueryError(f"malformed SPARQL query ({one_line(exc)})") from None
        return oxigraph_result(result)


def oxigraph_result(result: Any) -> Result:
    """A pyoxigraph answer (QueryBoolean, QuerySolutions, QueryTriples; from a store or parsed from
    an endpoint's response) as a Result, rows converted to strings one at a time as they are read."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return Result("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        return Result("select", [v.value for v in result.variables],
                      guard_errors(["" if term is None else term.value for term in row] for row in result))
    return Result("graph", triples=guard_errors(result))


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
