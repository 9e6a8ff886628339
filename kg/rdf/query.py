"""``kg query``: SPARQL over a graph file, with named queries shipped in ``kg/data/queries``.

Parameters are bound with ``initBindings``, never pasted into the query text. An ``entity``
parameter given as a name is resolved to every entity whose label or surface form matches it
after Arabic normalisation.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import itertools
import json
import re
import textwrap
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import TextIO

from rdflib import Graph

from kg.errors import QueryError
from kg.lang.ar.normalize import normalize
from kg.rdf.engines import Engine, RdflibEngine, Result, Term, has_keyword


def named_queries() -> dict[str, Path]:
    folder = Path(str(resources.files("kg") / "data" / "queries"))
    return {p.stem: p for p in sorted(folder.glob("*.rq"))}


def query_text(spec: str) -> str:
    """QUERY may be a .rq file, the name of a shipped query, or SPARQL text."""
    names = named_queries()
    if spec in names:
        return names[spec].read_text(encoding="utf-8")
    if spec.endswith(".rq"):
        try:
            return Path(spec).read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{spec}: cannot read query file ({exc.strerror})") from None
    if any(word in spec.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        return spec
    raise QueryError(f"{spec!r}: not a .rq file, SPARQL text, or a named query ({', '.join(names)})")


def is_federated(text: str) -> bool:
    """Whether a query uses SERVICE, i.e. asks the engine to send part of it (and its bindings) elsewhere.

    >>> is_federated("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> is_federated('SELECT ?service WHERE { ?service <http://x/#SERVICE> "SERVICE" } # SERVICE')
    False
    """
    return has_keyword(text, "SERVICE")


def refuse_federated(text: str, allow: bool = False) -> None:
    """A one-line error for a federated query unless the user allowed it: an untrusted .rq file must
    not be able to send the graph's sentences to any host."""
    if not allow and is_federated(text):
        raise QueryError("the query uses SERVICE (a federated query that sends data to another endpoint); "
                         "refused unless you pass --allow-service")


def load_graph(path: Path) -> Graph:
    """The graph file as an rdflib Graph (the evaluator and tests work on it directly)."""
    from kg.errors import one_line
    from kg.rdf.engines import FORMATS

    path = Path(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file")
    fmt = FORMATS.get(path.suffix.lower(), "turtle")
    try:
        return Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises several parser-specific types
        raise QueryError(f"{path}: not a readable {fmt} graph ({one_line(exc)})") from None


LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?label WHERE { { ?s rdfs:label ?label } UNION { ?s skos:altLabel ?label } FILTER (isIRI(?s)) }"""


def resolve_entity(engine: Engine, value: str) -> list[str]:
    """IRIs of every entity whose label or surface form equals ``value`` after Arabic normalisation."""
    if value.startswith(("http://", "https://")):
        return [value]
    if value.startswith("res:"):
        return ["https://w3id.org/silat/id/" + value[4:]]
    want = normalize(value)
    # labels are compared after Arabic normalisation, which SPARQL cannot do: fetch them all once
    return sorted({s for s, label in engine.select(LABELS, {})[1] if normalize(label) == want})


def check_param(text: str, name: str, value: str) -> None:
    """A parameter the query never reads would be ignored, and a threshold that is no number would
    silently filter every row: both are one-line errors."""
    if not re.search(rf"[?$]{re.escape(name)}\b", text):
        raise QueryError(f"--param {name}={value}: the query has no variable ?{name}")
    if name == "min_confidence":
        try:
            float(value)
        except ValueError:
            raise QueryError(f"--param min_confidence={value}: give a number, a probability from 0 to 1") from None


def run_query(engine: Engine | Graph, text: str, params: dict[str, str],
              allow_service: bool = False) -> Result:
    """Run ``text`` with ``params`` bound; an ``entity`` matching several IRIs runs once per IRI.

    SELECT rows and CONSTRUCT triples of the runs are chained lazily (the next run starts when the
    previous one's rows are read out); an ASK is true when any run is. Federated queries (SERVICE)
    are refused unless ``allow_service``: nothing leaves the machine unless the user asked."""
    refuse_federated(text, allow_service)
    if isinstance(engine, Graph):
        engine = RdflibEngine(graph=engine)
    bindings_sets: list[dict[str, Term]] = [{}]
    for name, value in sorted(params.items()):
        check_param(text, name, value)
        if name == "entity":
            ents = resolve_entity(engine, value)
            if not ents:
                raise QueryError(f"--param entity={value}: no entity with that label in the graph")
            bindings_sets = [dict(b, entity=Term(e, iri=True)) for b in bindings_sets for e in ents]
        else:
            bindings_sets = [dict(b, **{name: Term(value)}) for b in bindings_sets]
    first = engine.run(text, bindings_sets[0])
    rest = bindings_sets[1:]
    if not rest:
        return first
    if first.form == "ask":
        return Result("ask", boolean=first.boolean or any(engine.run(text, b).boolean for b in rest))
    later = (engine.run(text, b) for b in rest)
    return Result(first.form, first.variables,
                  itertools.chain(first.rows, itertools.chain.from_iterable(r.rows for r in later)),
                  triples=itertools.chain(first.triples, itertools.chain.from_iterable(r.triples for r in later)))


# How many rows fix the column widths of a table before the rest streams (clipped to them).
TABLE_WIDTH_ROWS = 1000
GRAPH_FORMATS = {"table": "turtle", "ttl": "turtle", "csv": "nt", "nt": "nt", "json": "json-ld"}


def write_result(result: Result, fmt: str, out: TextIO, prefixes: dict[str, str] | None = None) -> int:
    """Write ``result`` to ``out`` as it is produced; the number of rows (triples; 1 for ASK) written.

    SELECT: ``table`` (widths from the first TABLE_WIDTH_ROWS rows, later cells clipped to them),
    ``csv``, ``json`` (an array of objects). ASK: ``true``/``false`` (JSON's literals too).
    CONSTRUCT/DESCRIBE: RDF, Turtle for ``table``/``ttl``, N-Triples for ``csv``/``nt`` (one
    triple a line), JSON-LD for ``json``. Nothing is collected: memory stays flat on any result.
    """
    if result.form == "ask":
        out.write(("true" if result.boolean else "false") + "\n")
        return 1
    if result.form == "graph":
        return _write_graph(result.triples, GRAPH_FORMATS[fmt], out, prefixes or {})
    if fmt in ("ttl", "nt"):
        raise QueryError(f"--format {fmt} is for CONSTRUCT/DESCRIBE results; a SELECT prints as table, csv or json")
    header, rows = result.variables, result.rows
    if fmt == "json":
        n = 0
        for n, row in enumerate(rows, 1):
            item = json.dumps(dict(zip(header, row)), ensure_ascii=False, indent=2)
            out.write(("[\n" if n == 1 else ",\n") + textwrap.indent(item, "  "))
        out.write("\n]\n" if n else "[]\n")
        return n
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(header)
        n = 0
        for n, row in enumerate(rows, 1):
            w.writerow(row)
        return n
    head = list(itertools.islice(rows, TABLE_WIDTH_ROWS))
    width = [min(60, max([len(h)] + [len(r[i]) for r in head])) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return " | ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, width)) + "\n"

    out.write(line(header) + "-+-".join("-" * w for w in width) + "\n")
    n = 0
    for n, row in enumerate(itertools.chain(head, rows), 1):
        out.write(line(row))
    out.write(f"({n} rows)\n")
    return n


class _TextSink:
    """A binary file-like for pyoxigraph's serializer that writes decoded text to ``out`` (a chunk
    may end inside a UTF-8 character, hence the incremental decoder)."""

    def __init__(self, out: TextIO):
        self.out, self.decoder = out, codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> int:
        self.out.write(self.decoder.decode(bytes(data)))
        return len(data)

    def flush(self) -> None:
        self.out.flush()


def _write_graph(triples: Iterator, fmt: str, out: TextIO, prefixes: dict[str, str]) -> int:
    import pyoxigraph as ox

    count = 0

    def counted():
        nonlocal count
        for t in triples:
            count += 1
            yield t

    rdf = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    ox.serialize(counted(), output=_TextSink(out), format=rdf, prefixes=prefixes if fmt == "turtle" else None)
    return count


_PREFIX = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.I)


def query_prefixes(text: str) -> dict[str, str]:
    """The PREFIX declarations of a query, so its CONSTRUCT prints in Turtle with the same names."""
    return {m.group(1) or "": m.group(2) for m in _PREFIX.finditer(text)}


def query_to(out: TextIO, open_engine: Callable[[], Engine], text: str, params: dict[str, str], fmt: str,
             timeout: float | None = None, allow_service: bool = False) -> None:
    """Open the engine, run the query and write its result to ``out``, all in a child process.

    ``timeout`` seconds (None: no limit) bound the whole of it, loading included; Ctrl-C
    (KeyboardInterrupt here) stops the child at once. Output arrives as it is produced.
    """
    from kg.rdf.isolate import ChunkedText, stream_in_child

    refuse_federated(text, allow_service)  # before any process starts, so a refusal costs nothing

    def work(emit) -> None:
        sink = ChunkedText(emit)
        result = run_query(open_engine(), text, params, allow_service=allow_service)
        write_result(result, fmt, sink, query_prefixes(text))
        sink.flush()

    with contextlib.closing(stream_in_child(work, timeout)) as chunks:
        for chunk in chunks:
            out.write(chunk)
    out.flush()
