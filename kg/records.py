"""The pipeline's records: small dataclasses passed from stage to stage.

Every span keeps character offsets into the *original* document text; normalised forms are
only ever used for matching and never stored in the graph.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PartialDate:
    """A date known to day, month or year precision (xsd:date / gYearMonth / gYear)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        """ISO lexical form matching the precision.

        >>> PartialDate(2022, 9, 21).iso(), PartialDate(2023, 3).iso(), PartialDate(2017).iso()
        ('2022-09-21', '2023-03', '2017')
        """
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def from_date(cls, d: _dt.date) -> "PartialDate":
        return cls(d.year, d.month, d.day)

    def as_date(self) -> _dt.date | None:
        return _dt.date(self.year, self.month, self.day) if self.day and self.month else None


@dataclass(frozen=True)
class Dateline:
    """The opening line of wire copy: place, date and agency (e.g. ``موسكو أول أبريل 2025 (شينخوا)``)."""

    place: str
    date: PartialDate | None
    agency: str | None
    start: int
    end: int


@dataclass
class Document:
    id: str
    text: str
    source_path: str
    title: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    publisher: str | None = None
    dateline: Dateline | None = None

    @property
    def reference_date(self) -> PartialDate | None:
        """The date relative expressions (أمس، اليوم) are resolved against."""
        if self.dateline and self.dateline.date:
            return self.dateline.date
        return self.published


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    norm: str


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Mention:
    """A span that names an entity, a nisba adjective or an office title.

    ``kind`` is ``name`` (a proper name), ``nisba`` (الصيني), ``title`` (وزير الخارجية) or
    ``group`` (الجانبان). ``entity_id`` is filled by the recognizer when it knows the entity
    (gazetteer) or later by the linker.
    """

    start: int
    end: int
    text: str
    label: str
    sentence: int
    tok_start: int
    tok_end: int
    kind: str = "name"
    entity_id: str | None = None
    source: str = "gazetteer"


@dataclass
class Entity:
    id: str
    type: str
    label_ar: str
    label_en: str | None = None
    qid: str | None = None
    country: str | None = None
    forum: bool = False
    surface_forms: set[str] = field(default_factory=set)


@dataclass
class Evidence:
    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    trigger: str


@dataclass
class Event:
    type: str
    cameo: str
    plover: str
    plover_mode: str
    participants: list[str]
    evidence: list[Evidence]
    actor: str | None = None
    target: str | None = None
    forum: str | None = None
    place: str | None = None
    country_visited: str | None = None
    host: str | None = None
    date: PartialDate | None = None
    modality: str = "Asserted"
    confidence: float = 0.8

    def key(self) -> tuple:
        """What makes two reports the same real event (merged across sentences and documents)."""
        return (
            self.type,
            tuple(sorted(self.participants)),
            self.actor,
            self.target,
            self.forum,
            self.date.iso() if self.date else "",
            "" if self.modality == "Asserted" else self.modality,
        )


@dataclass
class Role:
    """A person holding an office in a country or organisation, as a role phrase states."""

    person: str
    role: str
    organisation: str
    evidence: Evidence


@dataclass
class Extraction:
    """Everything extracted from one document: the pure output of :func:`kg.extract.extract`."""

    document: Document
    sentences: list[Sentence]
    entities: dict[str, Entity]
    mentions: list[Mention]
    events: list[Event]
    roles: list[Role]
