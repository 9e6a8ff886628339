"""Per-document extraction: a pure function from one document to its records.

No state is shared between documents, so a corpus can be processed in any order, in parallel
processes or on a cluster; merging across documents is :mod:`kg.merge`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Gazetteer
from .linking import Linker
from .records import Document, Extraction
from .recognizers import Recognizer
from .rules import Context, build_events, find_triggers
from .segment import split_sentences


@dataclass
class Resources:
    """What extraction needs that is loaded once per run (models, gazetteer, lexicons)."""

    recognizer: Recognizer
    gazetteer: Gazetteer


# The pipeline's stages, in order. Each takes the previous stage's output.
STAGES = ("segment", "recognize", "link", "rules")


def extract(doc: Document, res: Resources) -> Extraction:
    sentences = split_sentences(doc.text)
    mentions = res.recognizer(doc, sentences)
    linked = Linker(res.gazetteer)(doc, sentences, mentions)
    ctx = Context(doc, sentences, linked, res.gazetteer)
    events = []
    for sent in sentences:
        blocked = {t for m in linked.mentions if m.sentence == sent.index and m.kind != "group"
                   for t in range(m.tok_start, m.tok_end)}
        triggers = find_triggers(sent, blocked)
        if triggers:
            events.extend(build_events(ctx, sent, triggers))
    return Extraction(doc, sentences, linked.entities, linked.mentions, events, linked.roles)
