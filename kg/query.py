"""``kg query``: SPARQL over a graph file, with named queries shipped in ``kg/data/queries``.

Parameters are bound with ``initBindings``, never pasted into the query text. An ``entity``
parameter given as a name is resolved to every entity whose label or surface form matches it
after Arabic normalisation.
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from .errors import QueryError
from .normalize import normalize


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


def load_graph(path: Path) -> Graph:
    if not Path(path).is_file():
        raise QueryError(f"{path}: no such graph file")
    g = Graph()
    fmt = {".nt": "nt", ".jsonld": "json-ld", ".trig": "trig"}.get(Path(path).suffix, "turtle")
    try:
        g.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises several parser-specific types
        raise QueryError(f"{path}: not a readable {fmt} graph ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})") from None
    return g


def resolve_entity(g: Graph, value: str) -> list[URIRef]:
    if value.startswith(("http://", "https://")):
        return [URIRef(value)]
    if value.startswith("res:"):
        return [URIRef("https://w3id.org/silat/id/" + value[4:])]
    want = normalize(value)
    found = {s for p in (RDFS.label, SKOS.altLabel) for s, o in g.subject_objects(p)
             if isinstance(s, URIRef) and normalize(str(o)) == want}
    return sorted(found)


def run_query(g: Graph, text: str, params: dict[str, str]) -> tuple[list[str], list[list[str]]]:
    bindings_sets: list[dict] = [{}]
    for name, value in sorted(params.items()):
        if name == "entity":
            ents = resolve_entity(g, value)
            if not ents:
                raise QueryError(f"--param entity={value}: no entity with that label in the graph")
            bindings_sets = [dict(b, entity=e) for b in bindings_sets for e in ents]
        else:
            bindings_sets = [dict(b, **{name: Literal(value)}) for b in bindings_sets]
    header: list[str] = []
    rows: list[list[str]] = []
    for bindings in bindings_sets:
        try:
            result = g.query(text, initBindings=bindings)
        except Exception as exc:
            raise QueryError(f"malformed SPARQL query ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})") from None
        if result.type == "ASK":
            return ["ask"], [[str(bool(result.askAnswer)).lower()]]
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries print as tables; use rdflib for CONSTRUCT/DESCRIBE")
        header = [str(v) for v in result.vars]
        rows += [["" if v is None else str(v) for v in row] for row in result]
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
    clip = lambda s, w: s if len(s) <= w else s[: w - 1] + "…"
    lines = [" | ".join(clip(h, w).ljust(w) for h, w in zip(header, width)),
             "-+-".join("-" * w for w in width)]
    lines += [" | ".join(clip(c, w).ljust(w) for c, w in zip(r, width)) for r in rows]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)
