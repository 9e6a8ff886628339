"""``kg evaluate GOLD GRAPH``: entity and relation precision/recall/F1 against a gold file.

Implements the format of shared/eval/seeds-gold.json: an output node matches a gold entity when one
of its labels (rdfs:label / skos:altLabel, normalised) equals one of the gold entity's ``ar`` aliases
or its owl:sameAs Wikidata IRI equals ``qid``. Relations compare as (relation, subject, object) over
the whole corpus; symmetric relations are unordered; ``optional`` items neither reward nor punish;
``planned``/``negated`` items found as asserted edges are reported and counted false.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.contract.events import EVENT_TYPES, RELATIONS, implied_edges, shortcut_edges
from kg.contract.vocab import DIP, SCHEMA
from kg.errors import GoldError
from kg.eval.counts import Counts
from kg.lang.ar.normalize import normalize

ENTITY_CLASSES = (DIP.Person, DIP.Country, DIP.Organization, DIP.Place)


@dataclass
class Score(Counts):
    missed: list = field(default_factory=list)
    false: list = field(default_factory=list)


@dataclass
class Report:
    entities: Score  # tp = gold entities matched (any), fp = unmatched nodes, fn = required ones missed
    required_found: int
    relations: Score
    violations: list
    by_relation: dict[str, Counts] = field(default_factory=dict)
    countries: Counts = field(default_factory=Counts)  # relations with each person replaced by their country
    dates: DateScore = field(default_factory=lambda: DateScore())
    violation_evidence: dict[tuple, list[str]] = field(default_factory=dict)  # violation -> its source sentences


@dataclass
class DateScore:
    """Dates of matched relations that gold dates (``event_dates``): right, wrong, or not dated by the system."""

    right: int = 0
    wrong: int = 0
    undated: int = 0
    errors: list = field(default_factory=list)  # (relation, subject, object, gold date, system dates, evidence)

    @property
    def checked(self) -> int:
        return self.right + self.wrong + self.undated

    @property
    def accuracy(self) -> float:
        return self.right / self.checked if self.checked else 0.0


def read_judgements(path: Path, kind: str = "gold file") -> str:
    """The text of a gold or judged-edges file, or one line saying why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(f"{path}: no such {kind}") from None
    except IsADirectoryError:
        raise GoldError(f"{path}: is a folder, not a {kind}") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: {kind} is not UTF-8") from None


def load_gold(path: Path) -> dict:
    """A gold file, checked item by item: every problem is one line naming the file and the item."""
    try:
        gold = json.loads(read_judgements(path))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}:{exc.lineno}: gold file is not JSON ({exc.msg})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("entities"), dict) or not isinstance(gold.get("relations"), list):
        raise GoldError(f"{path}: gold file needs an 'entities' object and a 'relations' list")
    for key, ent in gold["entities"].items():
        if not isinstance(ent, dict) or not _strings(ent.get("ar")):
            raise GoldError(f"{path}: gold entity {key!r} needs an 'ar' list of aliases (strings)")
        for field_name in ("qid", "type", "en"):
            if field_name in ent and not isinstance(ent[field_name], (str, type(None))):
                raise GoldError(f"{path}: gold entity {key!r}: {field_name!r} must be a string")
    names = set(gold["entities"])
    for section in ("relations", "optional_relations", "planned", "negated"):
        _check_items(path, gold.get(section, []), names, section)
    _check_items(path, gold.get("event_dates", []), names, "event_dates", dated=True)
    if "docs" in gold and not _strings(gold["docs"]):
        raise GoldError(f"{path}: 'docs' must be a list of article ids")
    by_doc = gold.get("by_doc", {})
    if not isinstance(by_doc, dict):
        raise GoldError(f"{path}: 'by_doc' must map article ids to their relations")
    for doc, part in by_doc.items():
        if not isinstance(part, dict):
            raise GoldError(f"{path}: by_doc {doc!r} must be an object of relation lists")
        for section, items in part.items():
            if section == "event_dates":
                _check_items(path, items, names, f"by_doc {doc!r} event_dates", dated=True)
            elif section in ("relations", "optional_relations", "planned", "negated"):
                _check_items(path, items, names, f"by_doc {doc!r} {section}")
    for section in ("required_entities", "places_optional", "symmetric"):
        if section in gold and not _strings(gold[section]):
            raise GoldError(f"{path}: {section!r} must be a list of strings")
    for key in gold.get("required_entities", []):
        if key not in names:
            raise GoldError(f"{path}: required entity {key!r} is not defined under 'entities'")
    unknown = set(gold.get("symmetric", [])) - set(RELATIONS)
    if unknown:
        raise GoldError(f"{path}: 'symmetric' names unknown relations: {', '.join(sorted(unknown))}")
    return gold


def _check_items(path: Path, items, names: set[str], section: str, dated: bool = False) -> None:
    """Each item of a gold list: ``[relation, entity, entity]``, plus a date when ``dated``."""
    shape = "[relation, entity, entity, date]" if dated else "[relation, entity, entity]"
    if not isinstance(items, list):
        raise GoldError(f"{path}: {section!r} must be a list of {shape}")
    for item in items:
        if not (isinstance(item, list) and len(item) == (4 if dated else 3) and _strings(item)):
            raise GoldError(f"{path}: {section} item {item!r} is not {shape}")
        if item[0] not in RELATIONS:
            raise GoldError(f"{path}: {section} item {item!r}: unknown relation {item[0]!r} "
                            f"(expected one of {', '.join(RELATIONS)})")
        if item[1] not in names or item[2] not in names:
            raise GoldError(f"{path}: {section} item {item!r} names an entity not defined under 'entities'")
        if dated and not _DATE.fullmatch(item[3]):
            raise GoldError(f"{path}: {section} item {item!r}: the date must be YYYY, YYYY-MM or YYYY-MM-DD")


_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def _match_nodes(g: Graph, gold: dict) -> tuple[dict[URIRef, str], list[tuple[URIRef, str]]]:
    """Map output entity nodes to gold ids; also return unmatched nodes (with a label) that count as false."""
    aliases = {k: {normalize(a) for a in v["ar"]} for k, v in gold["entities"].items()}
    qids = {v["qid"]: k for k, v in gold["entities"].items() if v.get("qid")}
    optional_places = {normalize(p) for p in gold.get("places_optional", [])}
    mapping, unmatched = {}, []
    nodes = sorted({s for cls in ENTITY_CLASSES for s in g.subjects(RDF.type, cls)})
    for node in nodes:
        labels = [normalize(str(o)) for p in (RDFS.label, SKOS.altLabel) for o in g.objects(node, p)]
        same = [str(o).rsplit("/", 1)[-1] for o in g.objects(node, OWL.sameAs)]
        hit = next((qids[q] for q in same if q in qids), None)
        if hit is None:
            votes = {k: sum(lab in al for lab in labels) for k, al in aliases.items()}
            best = max(votes.values(), default=0)
            if best:
                hit = next(k for k, v in votes.items() if v == best)
        if hit:
            mapping[node] = hit
        elif not (set(labels) & optional_places):
            ar = next((str(o) for o in g.objects(node, RDFS.label) if getattr(o, "language", None) == "ar"), str(node))
            unmatched.append((node, ar))
    return mapping, unmatched


def evaluate(gold: dict, g: Graph) -> Report:
    mapping, unmatched = _match_nodes(g, gold)
    required = set(gold.get("required_entities") or gold["entities"])
    found = set(mapping.values())
    ents = Score(tp=len(found), fp=len(unmatched), missed=sorted(required - found),
                 false=sorted(label for _, label in unmatched))
    ents.fn = len(ents.missed)
    key = _keyer(gold)
    gold_rel = {key(*r) for r in gold["relations"]}
    optional = {key(*r) for r in gold.get("optional_relations", [])}
    forbidden = {key(*r) for r in gold.get("planned", []) + gold.get("negated", [])}
    predicted, false_unmapped = set(), set()
    for rel in RELATIONS:
        for s, o in g.subject_objects(DIP[rel]):
            if s in mapping and o in mapping:
                predicted.add(key(rel, mapping[s], mapping[o]))
            else:
                false_unmapped.add((rel, _label(g, s), _label(g, o)))
    rels = Score()
    rels.tp = len(predicted & gold_rel)
    false = predicted - gold_rel - optional
    rels.fp = len(false) + len(false_unmapped)
    rels.missed = sorted(gold_rel - predicted)
    rels.fn = len(rels.missed)
    rels.false = sorted(false) + sorted(false_unmapped)
    by_relation = {}
    for rel in RELATIONS:
        c = Counts(tp=sum(1 for k in predicted & gold_rel if k[0] == rel),
                   fp=sum(1 for k in false if k[0] == rel) + sum(1 for k in false_unmapped if k[0] == rel),
                   fn=sum(1 for k in gold_rel - predicted if k[0] == rel))
        if c.tp or c.fp or c.fn:
            by_relation[rel] = c
    report = Report(ents, len(required & found), rels, sorted(predicted & forbidden), by_relation)
    report.violation_evidence = _evidence(g, mapping, set(report.violations), key)
    report.countries = _country_level(gold, gold_rel, optional, predicted, key)
    report.dates = _date_score(gold, g, mapping, predicted & gold_rel, key)
    return report


def _keyer(gold: dict):
    """How a relation is compared: symmetric ones unordered."""
    sym = set(gold.get("symmetric", []))

    def key(rel, s, o):
        return (rel, *sorted((s, o))) if rel in sym else (rel, s, o)

    return key


@dataclass(frozen=True)
class Judged:
    """One event of a graph judged against a gold file: the confidence it carries and whether it is right."""

    event: URIRef
    confidence: float
    correct: bool | None  # None: every relation it implies is optional in the gold (neither right nor wrong)


def judge_events(gold: dict, g: Graph) -> list[Judged]:
    """Every event that implies a relation, judged by the relations it implies, as :func:`evaluate`
    matches them: right when each of them is in the gold list for the event's modality (asserted
    relations, or ``planned`` / ``negated``), wrong when any is not (or names an entity the gold
    lacks). Not judged, because the gold cannot tell: an asserted event whose relations are all
    ``optional_relations``, and a planned one whose relations the gold lists as happened and not as
    planned (GUIDELINES.md: a relation reported as past and as future is listed as happened only, its
    planned repeat never, so such an event may be a plan the text reports as well as a misread fact).
    What ``dip:confidence`` is fitted to predict, and what the reliability table checks."""
    mapping, _ = _match_nodes(g, gold)
    key = _keyer(gold)
    wanted = {"Asserted": {key(*r) for r in gold["relations"]}, "Planned": {key(*r) for r in gold.get("planned", [])},
              "Negated": {key(*r) for r in gold.get("negated", [])}}
    unknown = {"Asserted": {key(*r) for r in gold.get("optional_relations", [])},
               "Planned": wanted["Asserted"] - wanted["Planned"], "Negated": set()}  # the gold cannot tell
    out = []
    for event in sorted(set(g.subjects(DIP.confidence, None))):
        roles = _event_roles(g, event)
        modality = str(g.value(event, DIP.modality)).rsplit("#", 1)[-1]
        edges = implied_edges(roles) if roles is not None and modality in wanted else []
        verdicts = set()
        for a, rel, b in edges:
            k = key(rel, mapping[a], mapping[b]) if a in mapping and b in mapping else None
            verdicts.add(None if k in unknown[modality] else k is not None and k in wanted[modality])
        verdicts.discard(None)
        if edges:
            out.append(Judged(event, float(g.value(event, DIP.confidence)), all(verdicts) if verdicts else None))
    return out


def _date_score(gold: dict, g: Graph, mapping: dict[URIRef, str], matched: set, key) -> DateScore:
    """For each matched relation gold dates: is that date among the dates of the asserted events that
    imply the relation in the output? (An edge merged from several events may carry several.)

    When the gold is split by article (``by_doc``), a date is checked against the events read from
    that same article: a relation found only in another article says nothing about this one's date
    (that is a miss of recall, scored as such), and two articles' dates of one relation never stand
    in for each other."""
    system: dict[tuple, dict[str, set[str]]] = {}
    per_doc = "by_doc" in gold
    for (doc, rel, s, o), dates in _edge_dates(g, undated=True, docs=per_doc).items():
        if s in mapping and o in mapping:
            known = system.setdefault((doc, key(rel, mapping[s], mapping[o])), {})
            for date, texts in dates.items():
                known.setdefault(date, set()).update(texts)
    items = ([(doc, item) for doc, lists in sorted(gold["by_doc"].items()) for item in lists.get("event_dates", [])]
             if per_doc else [(None, item) for item in gold.get("event_dates", [])])
    score = DateScore()
    for doc, (rel, s, o, date) in items:
        k = key(rel, s, o)
        if k not in matched or (doc, k) not in system:
            continue
        found = {d: t for d, t in system[(doc, k)].items() if d != "undated"}
        if date in found:
            score.right += 1
        elif found:
            score.wrong += 1
            evidence = [f"{d}: {text}" for d in sorted(found) for text in sorted(found[d])]
            score.errors.append((*k, date, ", ".join(sorted(found)), evidence))
        else:
            score.undated += 1
            score.errors.append((*k, date, "undated", []))
    return score


def _evidence(g: Graph, mapping: dict[URIRef, str], items: set, key) -> dict[tuple, list[str]]:
    """The source sentences of the asserted events behind each of ``items`` (relation keys)."""
    out: dict[tuple, set[str]] = {}
    for (_, rel, s, o), dates in _edge_dates(g, undated=True).items():
        k = key(rel, mapping.get(s), mapping.get(o)) if s in mapping and o in mapping else None
        if k in items:
            out.setdefault(k, set()).update(t for texts in dates.values() for t in texts)
    return {k: sorted(v) for k, v in out.items()}


@dataclass
class _EventRoles:
    """An event read back from the graph, shaped for :func:`kg.contract.events.shortcut_edges`."""

    type: str
    participants: list
    actor: URIRef | None
    target: URIRef | None
    host: URIRef | None
    forum: URIRef | None
    country_visited: URIRef | None


def _edge_dates(g: Graph, undated: bool = False, docs: bool = False) -> dict[tuple, dict[str, set[str]]]:
    """(article, relation, subject node, object node) -> date -> the source sentences of the asserted,
    dated events that imply it with that date (the evidence a wrong date is traced to); with
    ``undated``, undated events too, under the date ``undated``. The article is the source's
    ``schema:identifier`` with ``docs``, else None (all articles together)."""
    out: dict[tuple, dict[str, set[str]]] = {}
    for event in set(g.subjects(DIP.modality, DIP.Asserted)):
        date = g.value(event, DIP.date)
        if date is None and not undated:
            continue
        roles = _event_roles(g, event)
        if roles is None:
            continue
        by_doc: dict[str | None, set[str]] = {} if docs else {None: set()}
        for src in g.objects(event, PROV.wasDerivedFrom):
            doc = str(g.value(g.value(src, DCTERMS.isPartOf), SCHEMA.identifier)) if docs else None
            by_doc.setdefault(doc, set()).update(" ".join(str(t).split()) for t in g.objects(src, SCHEMA.text))
        for a, rel, b in shortcut_edges(roles, "Asserted"):
            for doc, texts in by_doc.items():
                out.setdefault((doc, rel, a, b), {}).setdefault(
                    str(date) if date is not None else "undated", set()).update(texts)
    return out


def _event_roles(g: Graph, event: URIRef) -> _EventRoles | None:
    """The evaluator's own reader, beside :func:`kg.view.model.load_view`'s: the view reads every
    event at once by SPARQL through any engine (a remote store too) and keys nodes by their local id;
    the evaluator walks an rdflib graph it holds, one event at a time with its date, confidence and
    sources, keyed by node IRI as gold matching is. What they read must agree (tests/unit/eval)."""
    types = [str(t).rsplit("#", 1)[-1] for t in g.objects(event, RDF.type)]
    etype = next((t for t in types if t in EVENT_TYPES), None)
    if etype is None:
        return None
    return _EventRoles(etype, sorted(g.objects(event, DIP.participant)), g.value(event, DIP.actor),
                       g.value(event, DIP.target), g.value(event, DIP.host), g.value(event, DIP.forum),
                       g.value(event, DIP.countryVisited))


def _country_level(gold: dict, gold_rel: set, optional: set, predicted: set, key) -> Counts:
    """Relations between states: each person replaced by the country gold says they are an official of.

    Scores what a country-level analyst (GDELT/ICEWS style) would see: who dealt with whom among
    states, forgiving a wrong or missing person when the state is right. officialOf itself and
    pairs that collapse into one state are dropped; organisations stay themselves.
    """
    types = {k: v.get("type") for k, v in gold["entities"].items()}
    state = {s: o for rel, s, o in gold["relations"] + gold.get("optional_relations", [])
             if rel == "officialOf" and types.get(o) == "Country"}

    def lift(items: set) -> set:
        out = set()
        for rel, s, o in items:
            if rel == "officialOf":
                continue
            s2, o2 = state.get(s, s), state.get(o, o)
            if s2 != o2:
                out.add(key(rel, s2, o2))
        return out

    g, p, opt = lift(gold_rel), lift(predicted), lift(optional)
    return Counts(tp=len(p & g), fp=len(p - g - opt), fn=len(g - p))


def _label(g: Graph, node) -> str:
    return next((str(o) for o in g.objects(node, RDFS.label) if getattr(o, "language", None) == "ar"), str(node))


def format_report(r: Report) -> str:
    e, rel = r.entities, r.relations
    required = r.required_found + e.fn
    recall = r.required_found / required if required else 0.0
    ep = e.precision
    ef = 2 * ep * recall / (ep + recall) if ep + recall else 0.0
    lines = [
        f"entities:  precision {ep:.3f}  recall {recall:.3f}  F1 {ef:.3f}  (required found {r.required_found}/{required})",
        f"relations: precision {rel.precision:.3f}  recall {rel.recall:.3f}  F1 {rel.f1:.3f}  (tp {rel.tp}, fp {rel.fp}, fn {rel.fn})",
        f"planned/negated asserted as facts: {len(r.violations)}",
        f"country level (persons as their country): precision {r.countries.precision:.3f}  recall {r.countries.recall:.3f}"
        f"  F1 {r.countries.f1:.3f}  (tp {r.countries.tp}, fp {r.countries.fp}, fn {r.countries.fn})",
    ]
    if r.dates.checked:
        d = r.dates
        lines.append(f"dates of matched relations: accuracy {d.accuracy:.3f}  (right {d.right}, wrong {d.wrong}, "
                     f"undated {d.undated} of {d.checked} gold dates)")
    if r.by_relation:
        lines.append("per relation:            P      R      F1    tp  fp  fn")
        for name, c in r.by_relation.items():
            lines.append(f"  {name:20} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5} {c.fp:3} {c.fn:3}")
    if e.missed:
        lines.append("missed entities: " + ", ".join(e.missed))
    if e.false:
        lines.append("false entities: " + ", ".join(e.false))
    for item in rel.missed:
        lines.append("missed relation: " + " ".join(item))
    for item in rel.false:
        lines.append("false relation: " + " ".join(item))
    for item in r.violations:
        lines.append("VIOLATION (planned/negated asserted): " + " ".join(item))
        lines += [f"    {text}" for text in r.violation_evidence.get(item, [])]
    for *item, want, got, evidence in r.dates.errors:
        lines.append(f"date: {' '.join(item)}: gold {want}, system {got}")
        lines += [f"    {text}" for text in evidence]
    return "\n".join(lines)


def set_name(gold_path: Path) -> str:
    """A short column name for a gold file: ``seeds-gold.json`` -> ``seeds``."""
    name = Path(gold_path).name
    for suffix in (".json", "-gold", "_gold"):
        name = name[: -len(suffix)] if name.endswith(suffix) else name
    return name or str(gold_path)


def format_table(reports: list[tuple[str, Report]]) -> str:
    """One scoreboard for several gold sets, a column each: the figures every change is judged on."""

    def ents(r: Report) -> str:
        required = r.required_found + r.entities.fn
        recall = r.required_found / required if required else 0.0
        return f"{r.entities.precision:.2f} / {recall:.2f}"

    def prf(c: Counts) -> str:
        return f"{c.precision:.2f} / {c.recall:.2f} / {c.f1:.2f}" if c.tp + c.fp + c.fn else "-"

    rows: list[tuple[str, list[str]]] = [
        ("entities P / R", [ents(r) for _, r in reports]),
        ("relations P / R / F1", [prf(r.relations) for _, r in reports]),
        ("  (tp / fp / fn)", [f"{r.relations.tp} / {r.relations.fp} / {r.relations.fn}" for _, r in reports]),
        ("country level P / R / F1", [prf(r.countries) for _, r in reports]),
        ("planned/negated asserted", [str(len(r.violations)) for _, r in reports]),
        ("date accuracy (of n)", [f"{r.dates.accuracy:.2f} ({r.dates.checked})" if r.dates.checked else "-"
                                  for _, r in reports]),
    ]
    for rel in RELATIONS:
        cells = [prf(r.by_relation[rel]) if rel in r.by_relation else "-" for _, r in reports]
        if any(c != "-" for c in cells):
            rows.append((f"  {rel}", cells))
    width = max(len(label) for label, _ in rows)
    cols = [max(len(name), *(len(cells[i]) for _, cells in rows)) for i, (name, _) in enumerate(reports)]
    lines = [" " * width + " | " + " | ".join(name.ljust(w) for (name, _), w in zip(reports, cols))]
    lines.append("-" * width + "-+-" + "-+-".join("-" * w for w in cols))
    lines += [label.ljust(width) + " | " + " | ".join(c.ljust(w) for c, w in zip(cells, cols)) for label, cells in rows]
    return "\n".join(lines)
