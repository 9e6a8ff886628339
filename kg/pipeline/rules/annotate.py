"""Annotating: trigger matches and their arguments become typed, dated, sourced events.

Matching (:mod:`kg.pipeline.rules.match`) and annotating (``build_events``) are separate so each can
be tested alone. Lexicons are data (``triggers.tsv``, ``cues.tsv``); this module holds the logic of
Arabic news sentences: VSO order, ``مع`` for the second party, the two-sides phrases resolved to the
pair in context, coordinated forum lists giving one Coordination per forum, capitals as metonyms.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kg.contract.ids import entity_type_of
from kg.lang.ar.clitics import clitic_readings
from kg.lang.ar.dates import Calendar, explicit_date, resolve_relative, years_named
from kg.lang.ar.normalize import normalize
from kg.pipeline.gazetteer import Gazetteer
from kg.pipeline.rules.lexicon import Lexicon
from kg.pipeline.rules.match import Trigger, modality
from kg.records import Document, Event, Evidence, Linked, Mention, PartialDate, Sentence

# -- arguments -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Arg:
    """An entity argument at a position in the sentence (groups expand to several)."""

    entity: str
    type: str
    tok_start: int
    tok_end: int
    country: str | None  # the country it stands for (itself, a capital's country, a person's)
    metonym: bool = False  # a capital standing for its country
    conj: bool = False  # written with a glued conjunction و (والمغرب): joined to what precedes it


class Context:
    """What one document says that sentences lean on: principal pair, dates, roles."""

    def __init__(self, doc: Document, sentences: list[Sentence], linked: Linked, gaz: Gazetteer,
                 lexicon: Lexicon, calendar: Calendar):
        self.doc, self.sentences, self.linked, self.gaz = doc, sentences, linked, gaz
        self.lexicon, self.calendar = lexicon, calendar
        self.person_country = {r.person: r.organisation for r in linked.roles
                               if r.organisation.startswith("country/")}
        self.person_role = {r.person: r.role for r in linked.roles}
        persons, countries = Counter(), Counter()
        for m in linked.mentions:
            if m.kind not in ("name", "nisba") or not m.entity_id:
                continue
            if m.entity_id.startswith("person/"):
                persons[m.entity_id] += 1
            stands_for_state = m.kind == "nisba" or m.entity_id.startswith("country/") or gaz.is_capital(m.entity_id)
            country = self.country_of(m.entity_id) if stands_for_state else None
            if country:
                countries[country] += 1
        first = {m.entity_id: k for k, m in reversed(list(enumerate(linked.mentions)))}
        self.ranked_persons = [p for p, _ in sorted(persons.items(), key=lambda kv: (-kv[1], first[kv[0]]))]
        self.persons = self.ranked_persons[:2]
        self.countries = [c for c, _ in sorted(countries.items(), key=lambda kv: (-kv[1], first.get(kv[0], 10**6)))][:2]
        years = years_named(doc.text)
        self.context_year = max(years) if years else None
        # The lead (the sentence holding the dateline, else the first full sentence) dates the news.
        lead = next((s for s in sentences if doc.dateline and s.start <= doc.dateline.start < s.end), None) \
            or next((s for s in sentences if len(s.tokens) >= 10), None)
        self.lead_date = (self.sentence_date(lead) if lead else None) or doc.reference_date

    def sentence_date(self, sent: Sentence) -> PartialDate | None:
        """The date a sentence states, ignoring the dateline it may open with."""
        text, tokens = sent.text, sent.tokens
        dl = self.doc.dateline
        if dl and sent.start <= dl.start < sent.end:
            text = self.doc.text[dl.end : sent.end]
            tokens = [t for t in tokens if t.start >= dl.end]
        return (explicit_date(self.calendar, text, self.doc.reference_date, self.context_year)
                or resolve_relative(self.calendar, tokens, self.doc.reference_date))

    def in_dateline(self, m: Mention) -> bool:
        dl = self.doc.dateline
        return bool(dl and dl.start <= m.start < dl.end)

    def country_of(self, entity_id: str) -> str | None:
        if entity_id.startswith("country/"):
            return entity_id
        return self.person_country.get(entity_id) or self.gaz.country_of(entity_id)

    def heads(self) -> list[str]:
        """The two leaders of the article (presidents, kings, prime ministers) when there are exactly two states."""
        leaders = ("HeadOfState", "Monarch", "HeadOfGovernment")
        heads = [p for p, r in self.person_role.items() if r in leaders and self.person_country.get(p) in self.countries]
        if len(heads) == 2:
            return sorted(heads)
        by_state: dict[str, str] = {}
        for p in self.ranked_persons:
            if self.person_role.get(p) in leaders and self.person_country.get(p):
                by_state.setdefault(self.person_country[p], p)
        return sorted(by_state.values()) if len(by_state) == 2 else []

    def expand_group(self, level: str) -> list[str]:
        if level == "persons":
            ministers = [p for p in self.ranked_persons if self.person_role.get(p, "").endswith("Minister")]
            return ministers[:2] if len(ministers) >= 2 else []
        if level == "pair" and len(self.persons) == 2 and \
                self.person_role.get(self.persons[0]) == self.person_role.get(self.persons[1]) is not None:
            return self.persons
        if level == "heads":
            return self.heads() or self.countries
        return self.countries if len(self.countries) == 2 else []


def sentence_args(ctx: Context, sent: Sentence, trigger_tokens: set[int]) -> list[Arg]:
    """Entity arguments of a sentence in text order.

    A nisba adjective counts as a state only where it modifies a trigger or another state
    (التعاون الصيني الروسي), not where it qualifies anything else (دولار أمريكي، القضية الأفغانية).
    """
    args = []
    entity_tokens = {t for m in ctx.linked.mentions if m.sentence == sent.index and m.kind in ("name", "nisba")
                     for t in range(m.tok_start, m.tok_end)}
    for m in ctx.linked.mentions:
        if m.sentence != sent.index or m.in_title or not (m.entity_id or m.group) or ctx.in_dateline(m):
            continue
        if m.kind == "nisba" and m.tok_start - 1 not in trigger_tokens | entity_tokens:
            continue
        if m.kind == "group":
            for eid in ctx.expand_group(m.group):
                args.append(Arg(eid, _etype(ctx, eid), m.tok_start, m.tok_end, ctx.country_of(eid)))
        elif m.kind in ("name", "nisba"):
            etype = _etype(ctx, m.entity_id)
            metonym = ctx.gaz.is_capital(m.entity_id) and not _locative(sent, m)
            tok = sent.tokens[m.tok_start]
            conj = m.start > tok.start and tok.text.startswith("و")  # the recognizer stripped a و off the name
            args.append(Arg(m.entity_id, etype, m.tok_start, m.tok_end, ctx.country_of(m.entity_id), metonym, conj))
    return args


def _etype(ctx: Context, eid: str) -> str:
    row = ctx.gaz.rows.get(eid)
    return row.type if row else entity_type_of(eid)


def _locative(sent: Sentence, m: Mention) -> bool:
    """True when a place name is governed by في / إلى / ب (a location, not a metonym)."""
    tok = sent.tokens[m.tok_start]
    prev = sent.tokens[m.tok_start - 1].norm if m.tok_start > 0 else ""
    return prev in ("في", "الي", "من") or tok.norm[:1] in ("ب", "ل") and tok.norm[1:2] != "ا" or tok.norm[:2] in ("وب", "ول", "في")


def _dedupe(items):
    return list(dict.fromkeys(items))


# -- annotating ------------------------------------------------------------------------------

def build_events(ctx: Context, sent: Sentence, triggers: list[Trigger]) -> list[Event]:
    """Events for the triggers of one sentence: one per type (per forum for Coordination)."""
    args = sentence_args(ctx, sent, {k for t in triggers for k in range(t.tok_start, t.tok_end)})
    by_type: dict[str, list[Trigger]] = {}
    for t in triggers:
        by_type.setdefault("Visit" if t.rule.event == "Host" else t.rule.event, []).append(t)
    if "PhoneCall" in by_type:
        # بحثا خلاله / تناولا خلال الاتصال: what they discussed on the call, not a second, face-to-face meeting
        by_type.pop("Meeting", None)
    events: list[Event] = []
    for etype, trigs in by_type.items():
        mods = [modality(sent, t, ctx.lexicon) for t in trigs]
        mod = "Negated" if "Negated" in mods else "Planned" if "Planned" in mods else "Asserted"
        builder = _BUILDERS[etype]
        for ev in builder(ctx, sent, args, trigs):
            ev.modality = mod
            ev.date = ev.date or _event_date(ctx, sent)
            if ev.place is None:
                ev.place = _place(ctx, sent, args, trigs[0])
            events.append(ev)
    return events


def _event_date(ctx: Context, sent: Sentence) -> PartialDate | None:
    return ctx.sentence_date(sent) or ctx.lead_date


def _place(ctx: Context, sent: Sentence, args: list[Arg], trig: Trigger) -> str | None:
    """A city or region named as a location in the sentence; for meetings, a country after في."""
    for a in args:
        if a.type == "Place" and not a.metonym:
            return a.entity
    if trig.rule.event in ("Meeting", "PhoneCall", "AgreementSigning"):
        for a in args:
            if a.type == "Country" and a.tok_start > 0 and sent.tokens[a.tok_start - 1].norm == "في":
                return a.entity
    return None


def _new(ctx: Context, sent: Sentence, trigs: list[Trigger], participants: list[str], **kw) -> Event:
    rule = trigs[0].rule
    ev = Evidence(ctx.doc.id, sent.index, sent.start, sent.end, sent.text, " | ".join(t.text for t in trigs))
    return Event(type=kw.pop("type", rule.event), cameo=kw.pop("cameo", rule.cameo), plover=rule.plover,
                 plover_mode=kw.pop("mode", rule.mode), participants=sorted(set(participants)), evidence=[ev],
                 confidence=round(max(t.rule.confidence for t in trigs) - kw.pop("penalty", 0.0), 2), **kw)


def _actors(ctx: Context, args: list[Arg]) -> list[str]:
    """Two or more persons if the sentence names them, else two or more states (capitals as metonyms)."""
    persons = _dedupe(a.entity for a in args if a.type == "Person")
    if len(persons) >= 2:
        return persons
    states = _state_ids(args)
    return states if len(states) >= 2 else []


def _state_ids(args: list[Arg]) -> list[str]:
    """States named in the sentence: countries, and capitals standing for theirs."""
    return [s for s in _dedupe(a.entity if a.type == "Country" else a.country for a in args
                               if a.type == "Country" or a.metonym) if s]


def _meeting(ctx, sent, args, trigs):
    participants = _actors(ctx, args)
    if len(participants) < 2:
        return []
    forum = next((a.entity for a in args if a.type == "Organization" and _is_forum(ctx, a.entity)
                  and _preceded_by(sent, a, _FORUM_CUES, 6)), None)
    return [_new(ctx, sent, trigs, participants, forum=forum)]


def _phone(ctx, sent, args, trigs):
    participants = _actors(ctx, args)
    return [_new(ctx, sent, trigs, participants)] if len(participants) >= 2 else []


def _signing(ctx, sent, args, trigs):
    participants = _actors(ctx, args)
    if len(participants) < 2:
        # a bloc can be a party (وقع الاتحاد الأوروبي والمغرب اتفاقا), unless named as the setting
        blocs = [a.entity for a in args if a.type == "Organization" and a.tok_start < trigs[-1].tok_end
                 and not _preceded_by(sent, a, _FORUM_CUES + ("قمه", "ضمن"), 3)]
        participants = _dedupe(_state_ids(args) + blocs)
    return [_new(ctx, sent, trigs, participants)] if len(participants) >= 2 else []


_FORUM_CUES = ("هامش", "خلال", "اطار")


def _is_forum(ctx: Context, eid: str) -> bool:
    row = ctx.gaz.rows.get(eid)
    return bool(row and row.forum)


def _preceded_by(sent: Sentence, a: Arg, words: tuple[str, ...], span: int) -> bool:
    """Whether one of ``words`` (clitics allowed) stands within ``span`` tokens before ``a``: على هامش قمة X."""
    return any(f in words for k in range(max(0, a.tok_start - span), a.tok_start)
               for _, f in clitic_readings(sent.tokens[k].norm))


def _visit(ctx, sent, args, trigs):
    host_trig = next((t for t in trigs if t.rule.event == "Host"), None)
    first = trigs[0]
    persons = [a for a in args if a.type == "Person"]
    host = visitor = None
    if host_trig:
        after = [a for a in persons if a.tok_start >= host_trig.tok_end]
        if len(after) >= 2:
            host, visitor = after[0].entity, after[1].entity
        elif len(after) == 1 and any(a.tok_start < host_trig.tok_start for a in persons):
            host = [a for a in persons if a.tok_start < host_trig.tok_start][-1].entity
            visitor = after[0].entity
        if not (host and visitor):
            return []
        hc = ctx.country_of(host)
        return [_new(ctx, sent, [host_trig], [host, visitor], actor=visitor, target=hc, host=host,
                     country_visited=hc, type="Visit")]
    norms = [t.norm for t in sent.tokens]
    needs_fi = all(t.rule.pattern[0] == normalize("حضر") for t in trigs)
    dest = None
    for a in args:
        if a.tok_start < first.tok_end or a.type not in ("Country", "Place"):
            continue
        prev = norms[a.tok_start - 1] if a.tok_start else ""
        if needs_fi and prev != "في" and not norms[a.tok_start].startswith("في"):
            continue
        dest = a
        break
    if dest is None:
        return []
    country = dest.country
    visitor_arg = persons[0] if persons else next((a for a in args if a.type == "Country" and a.entity != country), None)
    if visitor_arg is None or not country or ctx.country_of(visitor_arg.entity) == country:
        return []
    inviter = _inviter(ctx, sent, args)
    place = dest.entity if dest.type == "Place" else None
    participants = [visitor_arg.entity] + ([inviter] if inviter else [])
    return [_new(ctx, sent, trigs, participants, actor=visitor_arg.entity, target=country, host=inviter,
                 country_visited=country, place=place)]


def _inviter(ctx, sent, args) -> str | None:
    norms = [t.norm for t in sent.tokens]
    for k in range(len(norms) - 2):
        if norms[k] in ("بدعوه", "تلبيه") or (norms[k] == "دعوه" and norms[k + 1] == "من"):
            after = [a for a in args if a.tok_start > k and a.type == "Person"]
            if after:
                return after[0].entity
    return None


def _states(ctx: Context, args: list[Arg]) -> list[str]:
    states = []
    for a in args:
        if a.type == "Country":
            states.append(a.entity)
        elif a.metonym or a.type == "Person":
            if a.country:
                states.append(a.country)
    return _dedupe(states)


def _with_pair(ctx: Context, explicit: list[str], allow_empty: bool) -> tuple[list[str], float]:
    if len(explicit) >= 2:
        return explicit, 0.0
    if len(ctx.countries) == 2 and (set(explicit) <= set(ctx.countries)) and (explicit or allow_empty):
        return list(ctx.countries), 0.15
    return [], 0.0


def _coordination(ctx, sent, args, trigs):
    first = trigs[0]
    forums = _dedupe(a.entity for a in args if a.tok_start >= first.tok_end and a.type == "Organization"
                     and _is_forum(ctx, a.entity))
    if not forums:
        return []
    actors, penalty = _with_pair(ctx, _states(ctx, args), allow_empty=True)
    if not actors:
        return []
    return [_new(ctx, sent, trigs, actors, forum=f, penalty=penalty) for f in forums]


def _cooperation(ctx, sent, args, trigs):
    actors, penalty = _with_pair(ctx, _states(ctx, args), allow_empty=False)
    return [_new(ctx, sent, trigs, actors, penalty=penalty)] if len(actors) >= 2 else []


_PREPOSITIONS = frozenset(normalize(w) for w in ("من", "في", "إلى", "على", "عن", "مع", "ضد", "تجاه", "بين"))


def _stance(ctx, sent, args, trigs):
    """Support / Opposition: who takes a stance on whom.

    SVO (روسيا تدعم فنزويلا): the actor is the entity nearest before the trigger in its clause, the
    target the first one after it. VSO (أشادت السعودية بجهود الإمارات، انتقد الوزير ... إيران) and
    the verbal noun with its genitive (دعم مصر لوحدة السودان): two entities follow the trigger and
    the second is not joined to the first by و, so the first is the actor. A target list joined by و
    (السعودية وإيران) gives one event per target. With no actor in the clause nothing is coded.
    """
    events = []
    stops = {".", "،", ",", "؛", ":"}
    toks = sent.tokens
    kinds = ("Country", "Person", "Organization")
    titled = {k for m in ctx.linked.mentions if m.sentence == sent.index and m.kind in ("title", "nisba")
              for k in range(m.tok_start, m.tok_end)}

    def clause_break(lo: int, hi: int) -> bool:
        return any(tok.text in stops for tok in toks[lo:hi])

    for t in trigs:
        after = []
        for a in args:
            if a.type not in kinds or a.tok_start < t.tok_end:
                continue
            last = after[-1].tok_end if after else t.tok_end
            if a.tok_start - last > 5 or clause_break(last, a.tok_start):
                break
            if not after or a.entity != after[-1].entity:
                after.append(a)
        # a prepositional object (من سوريا، في بغداد) is never the subject of the next verb
        before = [a for a in args if a.type in kinds and a.tok_end <= t.tok_start and not clause_break(a.tok_end, t.tok_start)
                  and not (a.tok_start and toks[a.tok_start - 1].norm in _PREPOSITIONS)]
        def joined(a):
            return a.conj or (a.tok_start > 0 and toks[a.tok_start - 1].norm == "و")
        # the first entity after the trigger is its subject only when nothing but titles stands between
        # (انتقد وزير الخارجية الكويتي سالم ...): in تدعم تماما موقف الصين the subject was elided
        gap = set(range(t.tok_end, after[0].tok_start)) - titled if after else set()
        # and its target follows within three words (أشاد وانغ يي بالجهود التي بذلتها السعودية): دعم
        # مملكة البحرين الكامل للاستراتيجية الأميركية تجاه إيران is support for a strategy, not for Iran
        close = len(after) >= 2 and after[1].tok_start - after[0].tok_end <= 3
        if len(after) >= 2 and len(gap) <= 1 and close and (not joined(after[1]) or not before):
            actor, targets = after[0], [after[1]]
            rest = after[2:]
        elif len(after) >= 2 and len(gap) <= 1 and not close:
            continue  # the verb's own subject, then a far entity: the stance is on something else
        elif before and after:
            actor, targets = before[-1], [after[0]]
            rest = after[1:]
        else:
            continue
        for a in rest:  # coordinated targets, side by side: السعودية وإيران
            if not joined(a) or a.tok_start != targets[-1].tok_end:
                break
            targets.append(a)
        for target in targets:
            if target.entity != actor.entity:
                events.append(_new(ctx, sent, [t], [actor.entity, target.entity], actor=actor.entity, target=target.entity))
    return events


_BUILDERS = {
    "Meeting": _meeting, "Visit": _visit, "PhoneCall": _phone, "AgreementSigning": _signing,
    "Coordination": _coordination, "Cooperation": _cooperation, "Support": _stance, "Opposition": _stance,
}
