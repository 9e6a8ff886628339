"""The one registry of event types, relations and modalities, and the rule that turns an event into edges.

The trigger lexicon, the ontology (``kg/data/ontology/silat.ttl``), the SHACL shapes, the view's
style and its queries all name these types and relations; a unit test checks each of them against
this module, so adding an event type means adding it here first and the test says what else to edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Protocol


@dataclass(frozen=True)
class EventType:
    """A class of diplomatic event (``dip:Meeting``) with the codes its rules may write.

    ``cameo_roots`` are the two-digit CAMEO roots its codes fall under (04 consult, 05 cooperate
    diplomatically, 11 disapprove, 12 reject, 13 threaten, 16 reduce relations, 17 coerce, 19 fight);
    ``plover`` the PLOVER event types it maps to.
    """

    name: str
    cameo_roots: tuple[str, ...]
    plover: tuple[str, ...]
    relations: tuple[str, ...]  # the shortcut relations an asserted event of this type may imply


EVENT_TYPES: dict[str, EventType] = {t.name: t for t in (
    EventType("Meeting", ("04",), ("CONSULT",), ("metWith",)),
    EventType("Visit", ("04",), ("CONSULT",), ("visited", "hosted", "metWith")),
    EventType("PhoneCall", ("04",), ("CONSULT",), ("spokeWith",)),
    EventType("AgreementSigning", ("05",), ("AGREE",), ("signedAgreementWith",)),
    EventType("Coordination", ("05",), ("COOPERATE",), ("coordinatesIn",)),
    EventType("Cooperation", ("03", "05"), ("COOPERATE",), ("cooperatesWith",)),
    EventType("Support", ("05",), ("SUPPORT",), ("supports",)),
    EventType("Opposition", ("11", "12", "13", "16", "17", "19"), ("ACCUSE", "REJECT", "THREATEN", "REDUCE", "COERCE", "ASSAULT"),
              ("opposes",)),
)}

# Trigger kinds that are not event types of their own: a Host trigger (استقبل) reports a Visit seen
# from the host's side.
TRIGGER_ALIASES: dict[str, str] = {"Host": "Visit"}

RELATIONS: tuple[str, ...] = ("metWith", "spokeWith", "visited", "hosted", "coordinatesIn", "cooperatesWith",
                              "supports", "opposes", "signedAgreementWith", "officialOf")

# Events whose participants all do the same thing with each other: one relation, both directions.
SYMMETRIC: dict[str, str] = {"Meeting": "metWith", "PhoneCall": "spokeWith", "Cooperation": "cooperatesWith",
                             "AgreementSigning": "signedAgreementWith"}
SYMMETRIC_RELATIONS: frozenset[str] = frozenset(SYMMETRIC.values())

MODALITIES: tuple[str, ...] = ("Asserted", "Planned", "Negated")

# verb: a finite verb, its subject before (SVO) or right after it (VSO), its object or a marked argument
# after; noun: a verbal noun, its actor the genitive or nisba after it (بدعم إيراني) or the clause's
# subject; passive: the noun before is the target, the actor follows the marker (المدعومة من إيران);
# forum: the subject takes part in the organisation named after the trigger; genitive: a verbal noun
# whose actor is only its own genitive or nisba (غارات إسرائيلية على سوريا), never the clause's subject
# (أدانت مصر الغارات على غزة: Egypt condemns the strikes, it does not strike); speaker: a verb in the
# first person (نحن ندعم، نرحب), its actor the one who says it, named by the reporting verb before it
FRAMES: tuple[str, ...] = ("verb", "noun", "passive", "forum", "genitive", "speaker")

ENTITY_TYPES: tuple[str, ...] = ("Person", "Country", "Organization", "Place")


class EventRoles(Protocol):
    """What :func:`implied_edges` reads: an Event record, or an event read back from RDF by the view."""

    type: str
    participants: list[str]
    actor: str | None
    target: str | None
    host: str | None
    forum: str | None
    country_visited: str | None


def implied_edges(ev: EventRoles) -> list[tuple[str, str, str]]:
    """The entity-to-entity edges an event implies, whatever its modality.

    The graph's shortcut edges and the HTML view's links both come from this one rule, so the
    picture cannot disagree with SPARQL.
    """
    out = []
    if ev.type in SYMMETRIC:
        for a, b in combinations(sorted(ev.participants), 2):
            out += [(a, SYMMETRIC[ev.type], b), (b, SYMMETRIC[ev.type], a)]
    elif ev.type == "Visit":
        if ev.actor and ev.country_visited:
            out.append((ev.actor, "visited", ev.country_visited))
        if ev.host and ev.actor:
            out += [(ev.host, "hosted", ev.actor), (ev.actor, "metWith", ev.host), (ev.host, "metWith", ev.actor)]
    elif ev.type == "Coordination" and ev.forum:
        out += [(p, "coordinatesIn", ev.forum) for p in ev.participants]
    elif ev.type == "Support" and ev.actor and ev.target:
        out.append((ev.actor, "supports", ev.target))
    elif ev.type == "Opposition" and ev.actor and ev.target:
        out.append((ev.actor, "opposes", ev.target))
    return [(a, r, b) for a, r, b in out if a != b]


def shortcut_edges(ev: EventRoles, modality: str) -> list[tuple[str, str, str]]:
    """The direct edges an event writes into the graph: only asserted events have any (the contract's rule)."""
    return implied_edges(ev) if modality == "Asserted" else []
