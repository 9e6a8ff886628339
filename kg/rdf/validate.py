"""``kg validate``: check a graph against the contract's SHACL shapes (``kg/data/ontology/shapes.ttl``) with pyshacl."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.data import ontology_path
from kg.errors import DataError


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    severity: str


def shapes_path(explicit: Path | None = None) -> Path:
    """``explicit``, else the shapes shipped in the package (so an installed wheel validates too)."""
    path = Path(explicit) if explicit else ontology_path("shapes.ttl")
    if not path.is_file():
        raise DataError(f"{path}: SHACL shapes not found (pass --shapes FILE)")
    return path


def validate(graph_path: Path, shapes: Path | None = None) -> tuple[int, list[Violation]]:
    """(triples checked, violations) of the graph file against the contract shapes."""
    from pyshacl import validate as shacl
    from rdflib import Graph
    from rdflib.namespace import SH

    from kg.rdf.query import load_graph

    data = load_graph(graph_path)
    source = shapes_path(shapes)
    try:
        shape_graph = Graph().parse(source, format="turtle")
    except Exception as exc:  # rdflib's parser errors have several types
        raise DataError(f"{source}: not readable Turtle ({type(exc).__name__})") from None
    _, report, _ = shacl(data, shacl_graph=shape_graph, inference="none", advanced=True)
    out = []
    for r in report.subjects(SH.resultSeverity, None):
        out.append(Violation(
            focus=str(report.value(r, SH.focusNode)), path=str(report.value(r, SH.resultPath) or ""),
            message=str(report.value(r, SH.resultMessage) or ""),
            severity=str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]))
    out.sort(key=lambda v: (v.focus, v.path, v.message))
    return len(data), out
