"""The entity gazetteer: ``index`` loads it and matches surface forms; ``sources`` regenerates
``gazetteer.tsv`` from the public sources (``kg gazetteer build``)."""

from kg.pipeline.gazetteer.index import Entry, Gazetteer, GazetteerRow, load_gazetteer

__all__ = ["Entry", "Gazetteer", "GazetteerRow", "load_gazetteer"]
