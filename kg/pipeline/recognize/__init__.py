"""Entity recognition behind one small interface.

A recognizer is a callable ``(Document, [Sentence]) -> [Mention]`` with a ``name``. Two exist:
``gazetteer`` (longest match over the gazetteer, clitic-aware) and ``stanza`` (a real
``stanza.Pipeline`` loaded offline from a local model directory). Implementations are imported
lazily, so ``kg --help`` never loads torch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kg.pipeline.gazetteer import Gazetteer
from kg.records import Document, Mention, Sentence

if TYPE_CHECKING:
    from kg.pipeline.recognize.stanza_ner import StanzaModel


class Recognizer(Protocol):
    name: str

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[Mention]: ...


def make_recognizer(kind: str, gazetteer: Gazetteer, whole_names: frozenset[str] = frozenset(),
                    stanza_dir: Path | None = None,
                    known_person: Callable[[str], str | None] | None = None) -> tuple[Recognizer, str]:
    """Build the recognizer named ``kind`` (auto, gazetteer, stanza); returns it and a summary note.

    ``auto`` uses Stanza together with the gazetteer when a Stanza model is installed, and the
    gazetteer alone otherwise (saying so in the note). ``whole_names`` are normalised given names
    neither recognizer strips a clitic from (فيصل، كلاوس); ``known_person`` gives the gazetteer person a whole
    name is a spelling of (the linker's), so a Stanza person span the gazetteer matched only in part wins.
    """
    from kg.pipeline.recognize.gazetteer_ner import GazetteerRecognizer

    gaz = GazetteerRecognizer(gazetteer, whole_names)
    note, model = _plan(kind, stanza_dir)
    if model is None:
        return gaz, note
    from kg.pipeline.recognize.org_phrases import OrgPhrases
    from kg.pipeline.recognize.stanza_ner import Combined, StanzaRecognizer

    return Combined(StanzaRecognizer(model, whole_names), gaz, known_person, OrgPhrases.load()), note


def recognizer_plan(kind: str, stanza_dir: Path | None = None) -> tuple[str, list[Path]]:
    """What :func:`make_recognizer` would build, without loading it: the note and the model files it reads.

    A build uses it to name its pipeline version (the cache key) and to fail on a missing model
    before any worker starts.
    """
    note, model = _plan(kind, stanza_dir)
    if model is None:
        return note, []
    return note, [f for f in (model.ner, model.pretrain, model.charlm_forward, model.charlm_backward) if f]


def _plan(kind: str, stanza_dir: Path | None) -> tuple[str, StanzaModel | None]:
    """The note and the Stanza model (None: the gazetteer alone) for ``kind``; the model is looked
    up once, for :func:`make_recognizer` and :func:`recognizer_plan` alike."""
    if kind == "gazetteer":
        return "gazetteer", None
    if kind not in ("auto", "stanza"):
        raise ValueError(kind)
    from kg.pipeline.recognize.stanza_ner import find_model

    model = find_model(stanza_dir, required=kind == "stanza")
    if model is None:
        return "gazetteer only (no Stanza model found; see README 'NER models')", None
    return f"stanza ({model.ner.stem}) + gazetteer", model
