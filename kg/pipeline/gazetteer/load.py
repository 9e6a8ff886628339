"""Loading the gazetteer: the shipped tables, the state bodies derived from them, any extra tables.

Its own module because it needs both :mod:`~kg.pipeline.gazetteer.index` and
:mod:`~kg.pipeline.gazetteer.bodies`, and ``bodies`` builds on ``index``'s rows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.data import data_path
from kg.pipeline.gazetteer.bodies import StateBodies, add_state_bodies
from kg.pipeline.gazetteer.index import Gazetteer, GazetteerRow, load_rows, merge_rows


def load_gazetteer(extra: tuple[Path, ...] = (),
                   amend: Callable[[list[GazetteerRow]], list[GazetteerRow]] | None = None) -> Gazetteer:
    """The shipped gazetteer, extended by any ``extra`` TSV files in the same format, then ``amend``ed
    (a user's curation file: aliases added, words that are no entities taken out).

    A run loads it once into :class:`kg.pipeline.resources.Resources` and passes it down.
    """
    tables = [load_rows(data_path("gazetteer.tsv")), load_rows(data_path("curated.tsv"))]
    tables += [load_rows(Path(p)) for p in extra]
    bodies = StateBodies.load()
    rows = add_state_bodies(merge_rows(*tables), bodies)
    return Gazetteer(amend(rows) if amend else rows, bodies.article_words, bodies.office_words)
