"""The evidence behind one event, as the rule layer saw it: what its calibrated confidence weighs.

Recorded once, where the event is made (:func:`kg.pipeline.rules.annotate.build_events`), because
the frames and clauses that found its arguments are gone by the time events are merged. The
weights that turn these into a probability are fitted on annotated articles
(``python -m kg.calibrate``) and applied in :mod:`kg.pipeline.calibration`.
"""

from __future__ import annotations

from kg.contract.ids import entity_type_of
from kg.pipeline.rules.frames import Arg, Frames
from kg.pipeline.rules.match import Trigger
from kg.records import Event, EventFeatures, Mention


def _gap(trig: Trigger, a: Arg) -> int:
    """Tokens between the trigger and the argument (0 when they touch or overlap)."""
    if a.tok_end <= trig.tok_start:
        return trig.tok_start - a.tok_end
    return max(0, a.tok_start - trig.tok_end)


def event_features(mentions: list[Mention], frames: Frames, trig: Trigger, ev: Event) -> EventFeatures:
    """The features of ``ev``, made by ``trig`` in a sentence whose arguments ``frames`` grouped.

    An argument is where the sentence names it (a capital for its state, a group phrase for the
    pair it stands for); one the sentence never names was inherited from the article (the two
    states of a cooperation trigger with no party), and counts as outside the trigger's clause.
    """
    clause = frames.clause(trig)
    where: dict[str, list[Arg]] = {}
    for g in frames.groups:
        for a in g.args:
            for key in {a.entity, a.country if (a.metonym or a.phrase) and a.country else a.entity}:
                where.setdefault(key, []).append(a)
    sources = {m.tok_start: m.source for m in mentions if m.sentence == trig.sentence and m.kind in ("name", "nisba")}
    arguments = list(ev.participants) + [x for x in (ev.forum, None if ev.host else ev.country_visited)
                                         if x and x not in ev.participants]
    distance = outside = stanza = 0
    for p in arguments:
        found = where.get(p)
        if not found:
            outside += 1
            continue
        near = min(found, key=lambda a: (_gap(trig, a), a.tok_start))
        distance = max(distance, _gap(trig, near))
        if near.phrase or not (clause.start <= near.tok_start < clause.end):
            outside += 1
        if sources.get(near.tok_start) == "stanza":
            stanza += 1
    types = [entity_type_of(p) for p in ev.participants]
    in_clause = [len(g.args) for g in frames.groups if clause.start <= g.start < clause.end]
    carried = frames.carried is not None and any(p in frames.carried.entities and p not in where for p in arguments)
    return EventFeatures(frame=trig.rule.frame, prior=ev.confidence, distance=distance, outside=outside,
                         persons=types.count("Person"), organisations=types.count("Organization"), stanza=stanza,
                         group=max(in_clause, default=0), cue=ev.modality != "Asserted", carried=carried)
