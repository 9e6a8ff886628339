"""The entity gazetteer: ``load`` loads it, ``index`` matches surface forms; ``sources`` regenerates
``gazetteer.tsv`` from the public sources (``kg gazetteer build``)."""

from kg.pipeline.gazetteer.index import Entry, Gazetteer, GazetteerRow
from kg.pipeline.gazetteer.load import load_gazetteer

__all__ = ["Entry", "Gazetteer", "GazetteerRow", "load_gazetteer"]
