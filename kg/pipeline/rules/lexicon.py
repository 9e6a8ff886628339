"""The rule layer's data: trigger rules (``triggers.tsv``) and modality cues (``cues.tsv``).

Loaded once per run into a :class:`Lexicon` that the matcher and annotator receive; every rule keeps
its line number, so a fact can be traced to the row that made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.contract.events import EVENT_TYPES, MODALITIES, TRIGGER_ALIASES
from kg.data import data_path, read_tsv
from kg.errors import DataError
from kg.lang.ar.normalize import normalize

GAP = "..."
MAX_GAP = 8
SCOPES = ("before", "near", "after")


@dataclass(frozen=True)
class TriggerRule:
    pattern: tuple[str, ...]
    event: str  # an event type of the registry, or a trigger alias (Host)
    cameo: str
    plover: str
    mode: str
    confidence: float
    line: int


@dataclass(frozen=True)
class Cue:
    pattern: tuple[str, ...]
    modality: str
    scope: str


@dataclass(frozen=True)
class Lexicon:
    """Trigger rules, longest pattern first (عقد ... اجتماعا wins over اجتماعا alone), and cues."""

    triggers: tuple[TriggerRule, ...]
    cues: tuple[Cue, ...]

    @classmethod
    def load(cls, triggers: Path | None = None, cues: Path | None = None) -> "Lexicon":
        return cls(load_triggers(triggers or data_path("triggers.tsv")), load_cues(cues or data_path("cues.tsv")))


def _pattern(text: str) -> tuple[str, ...]:
    return tuple(GAP if p == GAP else normalize(p) for p in text.split())


def load_triggers(path: Path) -> tuple[TriggerRule, ...]:
    rules = []
    for number, (pattern, event, cameo, plover, mode, conf) in read_tsv(path, 6):
        if event not in EVENT_TYPES and event not in TRIGGER_ALIASES:
            raise DataError(f"{path}:{number}: unknown event type {event!r}")
        try:
            confidence = float(conf)
        except ValueError:
            raise DataError(f"{path}:{number}: confidence {conf!r} is not a number") from None
        rules.append(TriggerRule(_pattern(pattern), event, cameo, plover, mode, confidence, number))
    return tuple(sorted(rules, key=lambda r: (-len(r.pattern), r.line)))


def load_cues(path: Path) -> tuple[Cue, ...]:
    cues = []
    for number, (pattern, modality, scope) in read_tsv(path, 3):
        if modality not in MODALITIES or scope not in SCOPES:
            raise DataError(f"{path}:{number}: bad modality {modality!r} or scope {scope!r}")
        cues.append(Cue(_pattern(pattern), modality, scope))
    return tuple(cues)
