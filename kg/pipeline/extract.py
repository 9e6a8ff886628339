"""Per-document extraction: a pure function from one document to its records.

No state is shared between documents, so a corpus can be processed in any order, in parallel
processes or on a cluster; merging across documents is :mod:`kg.pipeline.merge`'s job.
"""

from __future__ import annotations

from kg.lang.ar.tokenize import split_sentences
from kg.pipeline.resources import Resources
from kg.pipeline.rules.annotate import Context, build_events, settle_gatherings
from kg.records import Document, Extraction

# The pipeline's stages, in order. Each takes the previous stage's output.
STAGES = ("segment", "recognize", "link", "rules")


def extract(doc: Document, res: Resources) -> Extraction:
    sentences = split_sentences(doc.text)
    mentions = res.recognizer(doc, sentences)
    linked = res.linker(doc, sentences, mentions)
    ctx = Context(doc, sentences, linked, res.gazetteer, res.lexicon, res.calendar)
    events = []
    for sent in sentences:
        events.extend(build_events(ctx, sent))
    events = settle_gatherings(ctx, events)
    # keep what names only entities of the document or the gazetteer, then make the extraction
    # self-contained: gazetteer entities a rule reached through context (a person's country) join it
    def known(ids: list[str]) -> bool:
        return all(i in linked.entities or i in res.gazetteer.rows for i in ids)

    roles = [r for r in linked.roles if known([r.person, r.organisation])]
    events = [e for e in events if known(e.references())]
    referenced = {i for r in roles for i in (r.person, r.organisation)} | {i for e in events for i in e.references()}
    # a place the gazetteer does not know is an entity of the graph only as an argument: a hotel, a
    # street or a region named in passing is not a party to anything (the guidelines' places rule)
    entities = {i: e for i, e in linked.entities.items()
                if e.type != "Place" or i in referenced or i in res.gazetteer.rows}
    entities.update({i: res.gazetteer.entity(i) for i in sorted(referenced - entities.keys())})
    return Extraction(doc, sentences, entities, linked.mentions, events, roles)

