"""Entity recognition behind one small interface.

A recognizer is a callable ``(Document, [Sentence]) -> [Mention]`` with a ``name``. Two exist:
``gazetteer`` (longest match over the gazetteer, clitic-aware) and ``stanza`` (a real
``stanza.Pipeline`` loaded offline from a local model directory). Implementations are imported
lazily, so ``kg --help`` never loads torch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from kg.pipeline.gazetteer import Gazetteer
from kg.records import Document, Mention, Sentence


class Recognizer(Protocol):
    name: str

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[Mention]: ...


def make_recognizer(kind: str, gazetteer: Gazetteer, whole_names: frozenset[str] = frozenset(),
                    stanza_dir: Path | None = None) -> tuple[Recognizer, str]:
    """Build the recognizer named ``kind`` (auto, gazetteer, stanza); returns it and a summary note.

    ``auto`` uses Stanza together with the gazetteer when a Stanza model is installed, and the
    gazetteer alone otherwise (saying so in the note). ``whole_names`` are normalised given names
    the Stanza adapter never strips a clitic from (فيصل).
    """
    from kg.pipeline.recognize.gazetteer_ner import GazetteerRecognizer

    gaz = GazetteerRecognizer(gazetteer)
    if kind == "gazetteer":
        return gaz, "gazetteer"
    from kg.pipeline.recognize.stanza_ner import Combined, StanzaRecognizer, find_model

    if kind == "stanza":
        model = find_model(stanza_dir, required=True)
        return Combined(StanzaRecognizer(model, whole_names), gaz), f"stanza ({model.ner.stem}) + gazetteer"
    if kind == "auto":
        model = find_model(stanza_dir, required=False)
        if model is None:
            return gaz, "gazetteer only (no Stanza model found; see README 'NER models')"
        return Combined(StanzaRecognizer(model, whole_names), gaz), f"stanza ({model.ner.stem}) + gazetteer"
    raise ValueError(kind)
