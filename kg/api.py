"""The Python API: build a graph, load it, and get pandas tables and a networkx graph out of it.

>>> import kg
>>> g = kg.load("output")                                   # doctest: +SKIP
>>> g.events().groupby("type").size()                       # doctest: +SKIP
>>> g.query("timeline", entity="لافروف")                     # doctest: +SKIP

It sits beside the CLI and uses the same pieces (``run_build``, the named queries, the exporter), so a
notebook and ``kg query``/``kg export`` give the same rows. pandas is imported only when a table is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export import DATE_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, event_table, network
from kg.rdf.engines import find_graph, open_engine
from kg.rdf.query import query_text, run_query

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

# Columns the named queries return as counts beside the event table's own (forums: events per forum).
_COUNT_COLUMNS = INT_COLUMNS + ("events",)


def _frame(header: list[str], rows: Iterable[list[str]]) -> pd.DataFrame:
    """Rows of strings as a DataFrame with the types an analyst expects: dates as datetimes, the
    confidence as a float, counts as integers, and missing cells as missing (not "")."""
    import pandas as pd

    df = pd.DataFrame(list(rows), columns=header, dtype=object)
    for name in header:
        if name in DATE_COLUMNS:
            df[name] = pd.to_datetime(df[name].replace("", None), format="%Y-%m-%d")
        elif name in FLOAT_COLUMNS:
            df[name] = pd.to_numeric(df[name].replace("", None)).astype("float64")
        elif name in _COUNT_COLUMNS:
            df[name] = pd.to_numeric(df[name].replace("", None)).astype("Int64")
        else:
            df[name] = df[name].replace("", None)
    return df


class Graph:
    """A built graph, loaded once into a SPARQL engine (rdflib for small files, Oxigraph above 1 MB)."""

    summary = ""  # the build's summary line when kg.build made it

    def __init__(self, path: str | Path, engine: str = "auto") -> None:
        self.path = find_graph(Path(path))
        self._engine = open_engine(self.path, engine)

    def __repr__(self) -> str:
        return f"<kg.Graph {self.path} ({self._engine.name})>"

    def query(self, query: str, **params: Any) -> pd.DataFrame:
        """A named query (``meetings``, ``timeline``, ...), a ``.rq`` file or SPARQL text, with
        parameters bound as values (``entity=`` takes a name in any spelling the graph has seen).

        SELECT gives its rows; ASK one row with column ``ask``; CONSTRUCT/DESCRIBE the triples as
        ``subject``, ``predicate``, ``object``.
        """
        import pandas as pd

        result = run_query(self._engine, query_text(query), {k: str(v) for k, v in params.items()})
        if result.form == "ask":
            return pd.DataFrame({"ask": [result.boolean]})
        if result.form == "graph":
            return pd.DataFrame([(t.subject.value, t.predicate.value, t.object.value) for t in result.triples],
                                columns=["subject", "predicate", "object"])
        return _frame(result.variables, result.rows)

    def events(self) -> pd.DataFrame:
        """One row per event, the columns of ``kg export`` (README "Event table")."""
        return _frame(*event_table(self._engine))

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities and their asserted links, the graph ``kg export --to FILE.gexf`` writes."""
        return network(self._engine)


def load(path: str | Path, engine: str = "auto") -> Graph:
    """A graph file (.ttl, .nt, .jsonld, .trig) or a build folder holding graph.ttl."""
    return Graph(path, engine)


def build(inputs: str | Path | Iterable[str | Path], out: str | Path, **options: Any) -> Graph:
    """Run ``kg build`` on ``inputs`` into the folder ``out`` and load the result.

    ``options`` are the fields of :class:`kg.config.BuildConfig` (``ner="gazetteer"``,
    ``formats=["ttl", "trig"]``, ``html=False``, ...); ``quiet`` defaults to True here.
    """
    from kg.builder import run_build
    from kg.config import BuildConfig

    paths = [Path(inputs)] if isinstance(inputs, (str, Path)) else [Path(p) for p in inputs]
    options.setdefault("quiet", True)
    if "stanza_dir" in options and options["stanza_dir"] is not None:
        options["stanza_dir"] = Path(options["stanza_dir"])
    if "gazetteers" in options:
        options["gazetteers"] = tuple(Path(p) for p in options["gazetteers"])
    result = run_build(BuildConfig(paths, Path(out), **options))
    graph = Graph(Path(out) / "graph.ttl")
    graph.summary = result.summary()
    return graph
