"""The rule layer's data: trigger rules (``triggers.tsv``), modality cues (``cues.tsv``) and the
grammar words frames read (``grammar.tsv``: clause markers, prepositions, adverbs).

Loaded once per run into a :class:`Lexicon` that the matcher and annotator receive. Every trigger
rule has an id (written into the graph as ``dip:rule``), a frame saying where its arguments stand
(or ``derived``: a row no words match, which names the type, codes and id of an event the annotator
reads off another trigger's match), and should have an example sentence with the relation it must yield:
``tests/unit/pipeline/test_rule_examples.py`` runs every row that has both (those not yet read right
are listed, strict xfail, in ``rule_examples_pending.txt``); the older rows without them are the
issue's remaining work. Matched rules are indexed by the normalised form of their first word, so matching
costs one dictionary lookup per token reading whatever the lexicon's size; derived rows by their id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.contract.events import EVENT_TYPES, FRAMES, MODALITIES, TRIGGER_ALIASES
from kg.data import data_path, read_tsv
from kg.errors import DataError
from kg.lang.ar.normalize import normalize

GAP = "..."
INDEFINITE = "~"  # a lone pattern word matching exactly one word without the article (بدعم ~ من: بدعم جوي من)
MAX_GAP = 8
SCOPES = ("before", "near", "next", "after", "later", "clause", "light", "predicate")
OBJECT = "obj"  # a marker: the bare (direct) object
# The frame of a row no words match: an event the annotator reads off another trigger's match (the
# Opposition a leader phrase names with ضد) takes its type, codes and id from it (Lexicon.derived).
DERIVED = "derived"
CUE_KINDS = ("future", "scheduled", "requested", "hypothetical", "cancelled", "denied", "negation", "report",
             "departure", "readiness", "proposed", "absent", "present", "continued", "arrival")
# kinds of grammar words the frames read (kg/pipeline/rules/frames.py)
FRAME_KINDS = ("complement", "complement-ref", "relative", "purpose", "report", "break", "preposition", "between",
               "locative", "direction", "comitative", "forum-cue", "invitation", "light-verb", "coordinate",
               "resumptive", "conjunction", "gap", "sport", "class", "leader", "agent", "against", "participle",
               "source", "administration", "digest", "topic", "kin", "distributive", "own-state")
# kinds that are word lists for the annotator (Lexicon.words), not grammar words the frames read
_WORD_LIST_KINDS = ("own-act", "imports", "disparage", "co-actor", "opener", "comma-joint", "past-verb", "sport-role",
                    "comparative", "government", "brief", "circumstantial", "imposed", "object-pronoun", "dissent",
                    "strike", "killing", "strike-cause", "site", "joint", "press", "interview", "faction", "epithet",
                    "welfare", "members-body", "manner", "standing", "record", "summit", "victim", "part",
                    "for-owner", "purpose-lead", "purpose-of", "purpose-block", "occasion", "fight-purpose", "eased",
                    "attack", "described-by", "medium", "medium-prep", "harm", "harm-on", "sentence",
                    "continued", "gathering", "act-owner", "crowd", "masculine-name")
WORD_LISTS = frozenset(_WORD_LIST_KINDS)
# every kind grammar.tsv may name: a new kind is written once, in one of the two lists
GRAMMAR_KINDS = FRAME_KINDS + _WORD_LIST_KINDS
# kinds of words that govern the argument after them
GOVERNING = frozenset({"preposition", "between", "locative", "direction", "comitative", "forum-cue", "against", "source",
                       "topic", "kin"})
_RULE_ID = re.compile(r"^[a-z]+(-[a-z0-9]+)*-[0-9]{2,}$")


@dataclass(frozen=True)
class TriggerRule:
    id: str
    pattern: tuple[str, ...]
    event: str  # an event type of the registry, or a trigger alias (Host)
    frame: str
    markers: tuple[str, ...]  # normalised prepositions (or ``obj``) that introduce the target or partner
    cameo: str
    plover: str
    mode: str
    confidence: float | None  # None on a derived row: its events keep the reading trigger's confidence
    freq: int | None  # matches in the 30k-article corpus when the row was added (None: not counted)
    example: str
    expect: tuple[str, str, str] | None  # the relation the example states
    line: int


@dataclass(frozen=True)
class Cue:
    pattern: tuple[str, ...]
    modality: str
    kind: str
    scope: str
    line: int


@dataclass(frozen=True)
class FalseFriends:
    """Forms a starred pattern word reaches that are other words (أيد* reaches أيدي, hands, and
    أيديولوجية): ``false_friends.tsv``, keyed by the starred word, so every rule that writes the word
    leaves them out. Looked up only when a starred word matched: a set and a few prefixes per word."""

    exact: dict[str, frozenset[str]] = field(default_factory=dict)  # starred word (normalised) -> forms
    prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # starred word -> excluded stems

    def excludes(self, piece: str, form: str) -> bool:
        """Whether ``form``, which the starred ``piece`` reaches, is one of its false friends."""
        return form in self.exact.get(piece, ()) or any(form.startswith(p) for p in self.prefixes.get(piece, ()))


@dataclass(frozen=True)
class Lexicon:
    """Trigger rules, longest pattern first (عقد ... اجتماعا wins over اجتماعا alone), cues and grammar
    words, with the indexes the matcher, frames and annotator look them up by (built once, on load)."""

    triggers: tuple[TriggerRule, ...]
    cues: tuple[Cue, ...]
    grammar: dict[str, str] = field(default_factory=dict)  # normalised word -> its kind in grammar.tsv
    false_friends: FalseFriends = field(default_factory=FalseFriends)
    exact: dict[str, tuple[TriggerRule, ...]] = field(default_factory=dict, compare=False, repr=False)
    prefixed: dict[str, tuple[TriggerRule, ...]] = field(default_factory=dict, compare=False, repr=False)
    cue_index: dict[str, tuple[Cue, ...]] = field(default_factory=dict, compare=False, repr=False)
    by_kind: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    derived_rows: dict[str, TriggerRule] = field(default_factory=dict, compare=False, repr=False)
    # word-list rows whose word is also a grammar word of another kind (قناة: class, and press)
    lists: dict[str, frozenset[str]] = field(default_factory=dict)
    # words after a title phrase that make its office a past one (role_cues.tsv kind ``former``: السابق،
    # الأسبق، الراحل): the linker's list, passed in by the resources because rules never import linking
    past_office: frozenset[str] = frozenset()
    # words that may stand inside a title phrase before its holder's name (role_cues.tsv kind ``filler``:
    # الحالي، الجديد), passed in the same way
    title_filler: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        exact: dict[str, list[TriggerRule]] = {}
        prefixed: dict[str, list[TriggerRule]] = {}
        object.__setattr__(self, "derived_rows", {r.id: r for r in self.triggers if r.frame == DERIVED})
        for rule in self.triggers:
            if rule.frame == DERIVED:
                continue
            first = rule.pattern[0]
            if first.endswith("*"):
                prefixed.setdefault(first[:-1], []).append(rule)
            else:
                exact.setdefault(first, []).append(rule)
        object.__setattr__(self, "exact", {k: tuple(v) for k, v in exact.items()})
        object.__setattr__(self, "prefixed", {k: tuple(v) for k, v in prefixed.items()})
        cues: dict[str, list[Cue]] = {}
        for cue in self.cues:
            cues.setdefault(cue.pattern[0], []).append(cue)
        object.__setattr__(self, "cue_index", {k: tuple(v) for k, v in cues.items()})
        kinds: dict[str, set[str]] = {}
        for word, kind in self.grammar.items():
            kinds.setdefault(kind, set()).add(word)
        for kind, words in self.lists.items():
            kinds.setdefault(kind, set()).update(words)
        object.__setattr__(self, "by_kind", {k: frozenset(v) for k, v in kinds.items()})
        # word lists the annotator reads are no grammar: their words stay plain nouns for the frames
        object.__setattr__(self, "grammar", {w: k for w, k in self.grammar.items() if k not in WORD_LISTS})

    @classmethod
    def load(cls, triggers: Path | None = None, cues: Path | None = None, grammar: Path | None = None,
             false_friends: Path | None = None, past_office: frozenset[str] = frozenset(),
             title_filler: frozenset[str] = frozenset()) -> "Lexicon":
        return cls(load_triggers(triggers or data_path("triggers.tsv")), load_cues(cues or data_path("cues.tsv")),
                   load_grammar(grammar or data_path("grammar.tsv")),
                   load_false_friends(false_friends or data_path("false_friends.tsv")),
                   lists=load_word_lists(grammar or data_path("grammar.tsv")), past_office=past_office,
                   title_filler=title_filler)

    def words(self, kind: str) -> frozenset[str]:
        """The grammar words of one kind (normalised)."""
        return self.by_kind.get(kind, frozenset())

    def derived(self, rid: str) -> TriggerRule:
        """The derived row ``rid``: the annotator names the rows of the events it reads off another
        trigger, so a missing one is a broken data file, found on the first sentence that needs it."""
        rule = self.derived_rows.get(rid)
        if rule is None:
            raise DataError(f"triggers.tsv has no row {rid!r} of frame {DERIVED!r}")
        return rule

    def candidates(self, form: str) -> list[TriggerRule]:
        """Rules whose first word can be ``form``: the exact entry, then every prefix entry it extends
        (at most one lookup per prefix length, so the cost does not grow with the number of rules)."""
        found = list(self.exact.get(form, ()))
        for n in range(len(form), 0, -1):
            found.extend(self.prefixed.get(form[:n], ()))
        return found


def _pattern(text: str) -> tuple[str, ...]:
    return tuple(GAP if p == GAP else normalize(p) for p in text.split())


def load_triggers(path: Path) -> tuple[TriggerRule, ...]:
    rules = []
    seen: dict[str, int] = {}
    for number, row in read_tsv(path, 12, 9):
        rid, pattern, event, frame, markers, cameo, plover, mode, conf, freq, example, expect = row
        where = f"{path}:{number}"
        if not _RULE_ID.match(rid):
            raise DataError(f"{where}: rule id {rid!r} is not like 'opposition-12' (lower-case words, a number)")
        if rid in seen:
            raise DataError(f"{where}: rule id {rid!r} is already used on line {seen[rid]}")
        seen[rid] = number
        if event not in EVENT_TYPES and event not in TRIGGER_ALIASES:
            raise DataError(f"{where}: unknown event type {event!r}")
        if frame not in FRAMES and frame != DERIVED:
            raise DataError(f"{where}: unknown frame {frame!r} (one of {', '.join(FRAMES + (DERIVED,))})")
        if (frame == DERIVED) != (pattern == "-") or frame == DERIVED and conf != "-":
            raise DataError(f"{where}: a {DERIVED} row, and only one, has no pattern and no confidence (-)")
        try:
            confidence = None if frame == DERIVED else float(conf)
            count = int(freq) if freq not in ("", "-") else None
        except ValueError:
            raise DataError(f"{where}: confidence {conf!r} or freq {freq!r} is not a number") from None
        relation = tuple(expect.split()) if expect else None
        if relation is not None and len(relation) != 3:
            raise DataError(f"{where}: expect {expect!r} is not 'relation subject object'")
        marks = tuple(m if m == OBJECT else normalize(m) for m in markers.split("|") if m and m != "-")
        rules.append(TriggerRule(rid, () if frame == DERIVED else _pattern(pattern), event, frame, marks, cameo, plover, mode, confidence,
                                 count, example, relation, number))  # type: ignore[arg-type]
    return tuple(sorted(rules, key=lambda r: (-len(r.pattern), r.line)))


def load_cues(path: Path) -> tuple[Cue, ...]:
    cues = []
    for number, (pattern, modality, kind, scope) in read_tsv(path, 4):
        if modality not in MODALITIES or scope not in SCOPES or kind not in CUE_KINDS:
            raise DataError(f"{path}:{number}: bad modality {modality!r}, kind {kind!r} or scope {scope!r}")
        cues.append(Cue(_pattern(pattern), modality, kind, scope, number))
    return tuple(cues)


def load_grammar(path: Path) -> dict[str, str]:
    words = {}
    for number, (word, kind) in read_tsv(path, 2):
        if kind not in GRAMMAR_KINDS:
            raise DataError(f"{path}:{number}: unknown kind {kind!r} (one of {', '.join(GRAMMAR_KINDS)})")
        if kind in WORD_LISTS and words.get(normalize(word), kind) not in WORD_LISTS:
            continue  # a grammar word also on a word list keeps its grammar kind (load_word_lists has both)
        words[normalize(word)] = kind
    return words


def load_word_lists(path: Path) -> dict[str, frozenset[str]]:
    """The word lists of ``grammar.tsv`` (kinds the annotator reads): a word may be on several, and be a
    grammar word too (قناة: a class noun before a quoted name, and a press outlet)."""
    lists: dict[str, set[str]] = {}
    for _number, (word, kind) in read_tsv(path, 2):
        if kind in WORD_LISTS:
            lists.setdefault(kind, set()).add(normalize(word))
    return {k: frozenset(v) for k, v in lists.items()}


def load_false_friends(path: Path) -> FalseFriends:
    """``false_friends.tsv``: a starred word, its false friends (|-separated, a trailing * leaves out
    every form beginning so), the source. A friend the word cannot reach is a broken row."""
    exact: dict[str, set[str]] = {}
    prefixes: dict[str, list[str]] = {}
    for number, (word, friends, _source) in read_tsv(path, 3):
        piece = normalize(word.rstrip("*")) + "*"
        if not word.endswith("*"):
            raise DataError(f"{path}:{number}: {word!r} is no starred pattern word (one ending in *)")
        for friend in (f for f in friends.split("|") if f):
            form = normalize(friend.rstrip("*"))
            if not form.startswith(piece[:-1]) or form == piece[:-1]:
                raise DataError(f"{path}:{number}: {friend!r} is not a longer form of {word!r}")
            if friend.endswith("*"):
                prefixes.setdefault(piece, []).append(form)
            else:
                exact.setdefault(piece, set()).add(form)
    return FalseFriends({k: frozenset(v) for k, v in exact.items()}, {k: tuple(v) for k, v in prefixes.items()})
