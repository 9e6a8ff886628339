"""``kg query``: SPARQL over a graph file, with named queries shipped in ``kg/data/queries``.

Parameters are bound with ``initBindings``, never pasted into the query text. An ``entity``
parameter given as a name is resolved to every entity whose label or surface form matches it
after Arabic normalisation.
"""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg.errors import QueryError
from kg.lang.ar.normalize import normalize
from kg.rdf.engines import Engine, RdflibEngine, Term


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


# What a SERVICE keyword may hide in: strings (all four quote forms), IRIs and comments.
_NOT_KEYWORDS = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!\'\'))*\'\'\''''
                           r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*''')
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.I)


def is_federated(text: str) -> bool:
    """Whether a query uses SERVICE, i.e. asks the engine to send part of it (and its bindings) elsewhere.

    >>> is_federated("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> is_federated('SELECT ?service WHERE { ?service <http://x/#SERVICE> "SERVICE" } # SERVICE')
    False
    """
    return bool(_SERVICE.search(_NOT_KEYWORDS.sub(" ", text)))


def refuse_federated(text: str, allow: bool = False) -> None:
    """A one-line error for a federated query unless the user allowed it: an untrusted .rq file must
    not be able to send the graph's sentences to any host."""
    if not allow and is_federated(text):
        raise QueryError("the query uses SERVICE (a federated query that sends data to another endpoint); "
                         "refused unless you pass --allow-service")


def load_graph(path: Path) -> Graph:
    """The graph file as an rdflib Graph (the evaluator and tests work on it directly)."""
    return RdflibEngine(path).graph


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


def run_query(engine: Engine | Graph, text: str, params: dict[str, str],
              allow_service: bool = False) -> tuple[list[str], list[list[str]]]:
    """Run ``text`` with ``params`` bound; an ``entity`` matching several IRIs runs once per IRI.

    Federated queries (SERVICE) are refused unless ``allow_service``: nothing leaves the machine
    unless the user asked."""
    refuse_federated(text, allow_service)
    if isinstance(engine, Graph):
        engine = RdflibEngine(graph=engine)
    bindings_sets: list[dict[str, Term]] = [{}]
    for name, value in sorted(params.items()):
        if name == "entity":
            ents = resolve_entity(engine, value)
            if not ents:
                raise QueryError(f"--param entity={value}: no entity with that label in the graph")
            bindings_sets = [dict(b, entity=Term(e, iri=True)) for b in bindings_sets for e in ents]
        else:
            bindings_sets = [dict(b, **{name: Term(value)}) for b in bindings_sets]
    header: list[str] = []
    rows: list[list[str]] = []
    for bindings in bindings_sets:
        header, part = engine.select(text, bindings)
        if header == ["ask"]:
            return header, part
        rows += part
    return header, rows


def format_rows(header: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(header, r)) for r in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    width = [min(60, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(header)]
    def clip(s, w):
        return s if len(s) <= w else s[: w - 1] + "…"
    lines = [" | ".join(clip(h, w).ljust(w) for h, w in zip(header, width)),
             "-+-".join("-" * w for w in width)]
    lines += [" | ".join(clip(c, w).ljust(w) for c, w in zip(r, width)) for r in rows]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)
