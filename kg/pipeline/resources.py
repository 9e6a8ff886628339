"""Everything extraction needs that is loaded once per run: the recognizer (and its model), the
gazetteer, the rule lexicon, the calendar and the linker (with its word lists and spelling index).

:func:`load_resources` is called by :mod:`kg.builder` and the result is passed down to every stage;
no module keeps a cache of its own, so two runs in one process (tests, notebooks, a worker pool)
never see each other's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.data import data_path, read_list
from kg.lang.ar.dates import Calendar
from kg.lang.ar.normalize import normalize
from kg.pipeline.gazetteer import Gazetteer, load_gazetteer
from kg.pipeline.gazetteer.curation import Curation
from kg.pipeline.link import Linker, NameLists
from kg.pipeline.link.names import NameVariants, SpanCues
from kg.pipeline.link.role_cues import load_role_cues
from kg.pipeline.recognize import Recognizer, make_recognizer
from kg.pipeline.rules.lexicon import Lexicon


@dataclass(frozen=True)
class Resources:
    recognizer: Recognizer
    ner_note: str  # what the recognizer is, for the summary line and the build record
    gazetteer: Gazetteer
    lexicon: Lexicon
    calendar: Calendar
    linker: Linker  # built once: it indexes every gazetteer person's spellings


def word_list(name: str) -> frozenset[str]:
    """A shipped one-per-line word list, normalised for matching (``kg/data/<name>``)."""
    return frozenset(normalize(w) for w in read_list(data_path(name)))


def load_resources(ner: str = "auto", stanza_dir: Path | None = None, gazetteers: tuple[Path, ...] = (),
                   curation: Curation | None = None) -> Resources:
    """Load every resource once. ``ner`` is auto, gazetteer or stanza (see :func:`make_recognizer`);
    ``gazetteers`` are extra TSV tables merged into the shipped gazetteer; ``curation`` a user's
    aliases and words that are no entities (kg/pipeline/gazetteer/curation.py)."""
    gazetteer = load_gazetteer(tuple(gazetteers), curation.amend if curation else None)
    not_entities = word_list("not_entities.txt") | (curation.not_entity_words() if curation else frozenset())
    calendar, role_cues = Calendar.load(), load_role_cues()
    whole = word_list("whole_names.txt")
    names = NameLists(word_list("name_particles.txt"), not_entities, word_list("name_prefixes.txt"),
                      NameVariants.load(), role_cues, SpanCues.load(frozenset(calendar.weekdays), role_cues.definite), calendar,
                      whole)
    linker = Linker(gazetteer, names)
    recognizer, note = make_recognizer(ner, gazetteer, whole, stanza_dir, linker.known_person)
    lexicon = Lexicon.load(past_office=role_cues.former, title_filler=role_cues.filler)
    return Resources(recognizer, note, gazetteer, lexicon, calendar, linker)
