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


def graph_to_check(graph_path: Path):
    """The triples to validate: a triples file whole; of a dataset (.trig, .nq) the union of its named
    graphs, because ``kg build --format trig`` puts the graph in one named graph and only the PROV
    record of the build in the default graph (checking that alone passed any graph). A dataset
    without named graphs is checked by its default graph."""
    from rdflib import Dataset, Graph

    from kg.errors import one_line
    from kg.rdf.engines import FORMATS
    from kg.rdf.query import load_graph

    graph_path = Path(graph_path)
    fmt = FORMATS.get(graph_path.suffix.lower(), "turtle")
    if fmt not in ("trig", "nquads"):
        return load_graph(graph_path)
    if not graph_path.is_file():
        raise DataError(f"{graph_path}: no such graph file")
    ds = Dataset()
    try:
        ds.parse(graph_path, format=fmt)
    except Exception as exc:  # rdflib raises several parser-specific types
        raise DataError(f"{graph_path}: not a readable {fmt} dataset ({one_line(exc)})") from None
    named = [g for g in ds.graphs() if g.identifier != ds.default_graph.identifier]
    data = Graph()
    for g in named or [ds.default_graph]:
        for t in g:
            data.add(t)
    return data


def validate(graph_path: Path, shapes: Path | None = None) -> tuple[int, list[Violation]]:
    """(triples checked, violations) of the graph file against the contract shapes (see graph_to_check)."""
    from pyshacl import validate as shacl
    from rdflib import Graph
    from rdflib.namespace import SH

    data = graph_to_check(graph_path)
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
