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


@dataclass(frozen=True)
class Mention:
    """A span that names an entity, an office title or a group of parties.

    ``kind`` is the form: ``name`` (a proper name), ``nisba`` (الصيني), ``title`` (وزير الخارجية) or
    ``group`` (الجانبان). Each form refers through its own typed field: names and nisbas through
    ``entity_id`` (set by the gazetteer recognizer, or later by the linker), titles through ``role``
    (an office such as ``ForeignMinister``), groups through ``group`` (the level the phrase stands
    for: ``countries``, ``persons``, ``pair``, ``heads``). Stages never change a mention: the linker
    returns new ones (``dataclasses.replace``).
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
    role: str | None = None
    group: str | None = None
    source: str = "gazetteer"
    in_title: bool = False  # a nisba (or a title's genitive state) absorbed into a title phrase: an office's country, not an argument

    @property
    def is_entity(self) -> bool:
        return self.kind in ("name", "nisba") and self.entity_id is not None

    @property
    def person(self) -> str | None:
        """The person this mention names, if it names one."""
        return self.entity_id if self.kind == "name" and (self.entity_id or "").startswith("person/") else None


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
    rule: str = ""  # the id of the rule that read it (triggers.tsv), written as dip:rule


@dataclass(frozen=True)
class EventFeatures:
    """What the rule layer knew when it made an event: the evidence its calibrated confidence weighs
    (kg/pipeline/calibration.py), recorded where the event is made because nothing later can see it."""

    frame: str  # the rule's argument frame (kg.contract.events.FRAMES)
    prior: float  # the rule's prior from triggers.tsv minus the builder's penalties
    distance: int  # the largest token distance from the trigger to a participant named in the sentence
    outside: int  # participants not named in the trigger's clause: inherited from another clause or the article
    persons: int  # participants that are persons
    organisations: int  # participants that are organisations
    stanza: int  # participants named only by the statistical recognizer (no gazetteer match)
    group: int  # parties in the largest argument group of the trigger's clause
    cue: bool  # a modality cue or the future prefix governs the trigger
    carried: bool = False  # a participant is the subject carried over from the sentence before


# The fields of an Event that name one entity each (besides its participants).
EVENT_ROLES = ("actor", "target", "forum", "place", "country_visited", "host")


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
    features: EventFeatures | None = None  # filled where the event is made; None for events built by hand
    # the date is the article's news day, taken because the clause states none: merging prefers a date a text states
    news_day: bool = False

    def references(self) -> list[str]:
        """Every entity the event names: its roles, then its participants."""
        return [r for r in (*(getattr(self, role) for role in EVENT_ROLES), *self.participants) if r]

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


@dataclass(frozen=True)
class Linked:
    """The linker's output for one document: entities, the mentions linked to them, stated offices."""

    entities: dict[str, Entity]
    mentions: list[Mention]  # names, nisbas, titles and groups, in text order
    roles: list[Role]


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document: the pure output of :func:`kg.pipeline.extract.extract`.

    ``entities`` holds every entity that its mentions, events and roles reference, so merging needs
    nothing but extractions.
    """

    document: Document
    sentences: list[Sentence]
    entities: dict[str, Entity]
    mentions: list[Mention]
    events: list[Event]
    roles: list[Role]


# -- the merged graph: what kg.pipeline.merge hands the RDF writer ----------------------------

@dataclass(frozen=True)
class Article:
    """A source document as the graph describes it (schema:NewsArticle)."""

    id: str  # the node id, doc/<document id>
    identifier: str
    title: str | None
    url: str | None
    publisher: str | None
    published: PartialDate | None


@dataclass(frozen=True)
class SourceSentence:
    """A sentence that is the evidence of at least one event or office."""

    id: str  # sentence/<doc>/<start>-<end>
    doc: str  # the article's node id
    text: str
    start: int
    end: int
    triggers: frozenset[str]


@dataclass(frozen=True)
class Post:
    """An office a person holds in a country or organisation (org:Post), with the sentences stating it."""

    id: str
    person: str
    role: str
    org: str
    sources: frozenset[str]


@dataclass(frozen=True)
class MergedEvent:
    """One real event: the report that dates it, the most confident of its reports, every source."""

    id: str
    event: Event
    sources: frozenset[str]
    rules: frozenset[str] = frozenset()  # ids of the rules that read its reports
    reports: int = 1  # how many reports (sentence-level events) were merged into it
    documents: int = 1  # how many articles report it


@dataclass(frozen=True)
class Edge:
    """A shortcut edge between two entities and the events (or posts) it comes from."""

    source: str
    relation: str
    target: str
    via: frozenset[str]


@dataclass(frozen=True)
class MergedGraph:
    """The whole graph of a build, in the order it was assembled."""

    articles: list[Article]
    entities: list[Entity]
    sentences: list[SourceSentence]
    posts: list[Post]
    events: list[MergedEvent]
    edges: list[Edge]

    def counts(self) -> dict[str, int]:
        return {"documents": len(self.articles), "entities": len(self.entities), "events": len(self.events),
                "edges": len(self.edges)}
