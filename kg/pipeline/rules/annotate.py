"""Annotating: trigger matches and the slots their frames fill become typed, dated, sourced events.

Matching (:mod:`kg.pipeline.rules.match`: candidates) and annotating (``build_events``: decisions)
are separate so each can be tested alone. A trigger's arguments come from its own clause
(:mod:`~kg.pipeline.rules.clauses`) through its rule's frame (:mod:`~kg.pipeline.rules.frames`); this
module decides what the filled slots mean for each event type: who met whom, who visited which
country, who takes a stance on whom, the two-sides phrases resolved to the pair in context, capitals
as metonyms, and the modality and date of each event from its own clause.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cached_property

from kg.contract.events import TRIGGER_ALIASES
from kg.contract.ids import entity_type_of
from kg.lang.ar import clitics
from kg.lang.ar.clitics import (
    AND,
    FOR,
    FROM,
    IN,
    POSSESSIVES,
    adverb_nisbas,
    clitic_readings,
    construct_prepositions,
    counted_people,
    definite,
    definite_word,
    glued_preposition,
    plural_nisba,
    split_prefix,
    without_conjunction,
)
from kg.lang.ar.dates import (
    Calendar,
    background,
    count_back,
    counted_back_at,
    date_head,
    explicit_date,
    gap_before,
    names_week,
    prior_word,
    resolve_relative,
    since_word,
    time_word,
    years_named,
)
from kg.lang.ar.normalize import normalize
from kg.lang.ar.tokenize import COMMAS
from kg.pipeline.gazetteer import Gazetteer
from kg.pipeline.rules.clauses import CONTINUES, QUOTES, Clause, clause_at, grammar_word, grammar_words, segment, word_kind
from kg.pipeline.rules.features import event_features
from kg.pipeline.rules.frames import COERCE, PARTY_TYPES, SUBJECT_GAP, Arg, Frames, Group
from kg.pipeline.rules.lexicon import GAP, GOVERNING, OBJECT, Lexicon
from kg.pipeline.rules.match import ENVOY_MODES, Trigger, find_cues, find_triggers
from kg.records import Document, Event, Evidence, Linked, Mention, PartialDate, Sentence

# -- arguments -------------------------------------------------------------------------------

# Cue kinds (cues.tsv) that put an event after the news: its day in a lead is not the news day. A
# scheduled cue right before its word (قبل القمة: before another event) orders two events, not the news.
AHEAD_CUES = ("future", "requested", "scheduled")
AFTER_CUE_REACH = 4  # the words before a cue of scope "after" it governs (cues.tsv: within 4 tokens)


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
            if m.kind == "nisba" and counted_people(sentences[m.sentence].tokens[m.tok_end - 1].norm):
                continue  # people killed or welcomed (الحجاج الإيرانيين) are no side the article's «the two» means
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
        # a press review chains unrelated stories: no pair of the article stands for a two-sides phrase
        self.digest = any(self.opens_digest(s) for s in sentences)
        # The lead (the sentence holding the dateline, else the first full sentence) dates the news:
        # its day when it names one in the days before the article's date (أمس، الخميس), else the
        # article's date itself (a year or month the lead names is not the news day).
        lead = next((s for s in sentences if doc.dateline and s.start <= doc.dateline.start < s.end), None) \
            or next((s for s in sentences if len(s.tokens) >= 10), None)
        # An article with no date at all (no dateline, no published field) can only date a day and
        # month by the latest year it names; any dated article never takes a year from elsewhere.
        years = years_named(doc.text) if doc.reference_date is None else []
        self.context_year = max(years) if years else None
        lead_date = self._lead_day(lead) if lead else None
        self.lead_date = lead_date if _news_day(lead_date, doc.reference_date) else doc.reference_date
        self.lead = lead.index if lead else None
        self.entry_dates = self._timeline(sentences)
        self.subjects: dict[int, Group | None] = {}  # each sentence's main-clause subject, read once (carry_subject)
        self.readings: dict[int, Reading] = {}  # each sentence as the rules read it (read_sentence)
        # the asserted one-off events of the sentences read so far, with their dates (told_before)
        self.told: list[Event] = []
        self.read: list[Event] = []  # every event of the sentences read so far (sides_named)
        # asserted meetings named only by a gathering noun, undated but by the news day (settle_gatherings)
        self.gatherings: list[Event] = []

    def _timeline(self, sentences: list[Sentence]) -> dict[int, tuple[PartialDate, bool]]:
        """The date of each entry of a timeline (a page listing dated acts: «30 يناير 2013: الطيران الإسرائيلي
        يقصف ...», or a heading «8 أكتوبر» over that day's items), by sentence index: the entry's own head
        (:func:`~kg.lang.ar.dates.date_head`), a heading for the lines up to the next one, an entry's head for
        the rest of its line. Why: each act of such a page happened on its own day, yet read as news of the
        day it took the article's date (audit s40: three items of one page; corpus: 114 entry heads in 13
        news articles, each act stamped with the page's day). A head that names no year takes the year of the
        last head that did («- 2017 -» or «13 يناير 2017:», then «27 أبريل:»). Only on a page with two heads or
        more of a kind, so a lone date line (a dateline, a caption) dates nothing. Each date comes with whether
        it is only a heading's, over lines that name no date of their own: such a line may be background told
        after the list, so a past perfect there keeps no date (``_event_date``)."""
        cal, ref, text = self.calendar, self.doc.reference_date, self.doc.text
        heads = {s.index: h for s in sentences if (h := date_head(cal, s.tokens))}
        kinds = Counter(whole for _, whole in heads.values())
        out: dict[int, tuple[PartialDate, bool]] = {}
        year: int | None = None
        heading: PartialDate | None = None
        entry: tuple[PartialDate, int] | None = None  # the last entry's date and where its line's text stands
        for s in sentences:
            end, whole = heads.get(s.index, (0, False))
            date = None
            if end and kinds[whole] >= 2:
                said = text[s.tokens[0].start : s.tokens[end - 1].end]
                date, named = explicit_date(cal, said, ref, self.context_year), years_named(said)
                if date is None and len(named) == 1:
                    date = PartialDate(named[0])  # a year's heading, «- 2017 -» (a bare number is no date in running text)
                if date and named:  # the year written in the head, whatever the nearest year to the news («ديسمبر2015»)
                    year = named[0]
                    date = PartialDate(year, date.month, date.day)
                elif date and year is not None:
                    date = PartialDate(year, date.month, date.day)
            if date and whole:
                heading, entry = date, None
            elif date:
                out[s.index], entry = (date, False), (date, s.start)
            elif entry and "\n" not in text[entry[1] : s.start]:
                out[s.index] = (entry[0], False)  # the rest of an entry's line (its second sentence)
            elif heading:
                entry = None
                out[s.index] = (heading, True)
        return out

    def opens_digest(self, sent: Sentence) -> bool:
        """Whether a sentence opens with a press review's header (grammar.tsv ``digest``), after في or not."""
        norms = [t.norm for t in sent.tokens[:4]]
        if norms and norms[0] in self.lexicon.words("locative"):
            norms = norms[1:]
        words = self.lexicon.words("digest")
        return any(" ".join(norms[:n]) in words for n in (2, 3))

    def _lead_day(self, lead: Sentence) -> PartialDate | None:
        """The day the lead names for its news, in the days before the article's date: a day named
        inside the phrase of a planned or requested event (دعت السعودية إلى اجتماع ... الأحد، القمة
        المقررة الجمعة) is that event's, ahead of the news, so only the words outside such phrases
        count (أعلن الخميس أنه سيزور: Thursday is the news day). So with the phrase of an earlier event
        (ردت دمشق الخميس الوسام ... بعد مشاركة فرنسا في الضربات في 14 أبريل: the strike's day)."""
        clauses = segment(lead, self.lexicon, [])
        ahead: set[int] = set()
        for k in range(len(lead.tokens)):
            if prior_word(self.calendar, lead.tokens, k):
                # to the end of its clause, or of its comma phrase when it is fronted (وبعد القمة ...، أعلن
                # البيت الأبيض الخميس: Thursday is the news day again)
                end = clauses[clause_at(clauses, k)].end
                end = next((j for j in range(k + 1, end) if lead.tokens[j].text in COMMAS), end)
                ahead.update(range(k, end))
        for k, cue in find_cues(lead, self.lexicon):
            if cue.kind not in AHEAD_CUES or (cue.kind == "scheduled" and cue.scope == "near"):
                continue
            c = clauses[clause_at(clauses, k)]
            # a cue after its event's word (القمة المرتقبة) governs the few words before it
            ahead.update(range(max(c.start, k - AFTER_CUE_REACH) if cue.scope == "after" else k, c.end))
        runs, lo = [], 0
        for k in range(len(lead.tokens) + 1):
            if k == len(lead.tokens) or k in ahead:
                if k > lo:
                    runs.append((lo, k))
                lo = k + 1
        dates = (self.span_date(lead, lo, hi) for lo, hi in runs)
        return next((d for d in dates if _news_day(d, self.doc.reference_date)), None)

    def sentence_date(self, sent: Sentence) -> PartialDate | None:
        """The date a sentence states, ignoring the dateline it may open with."""
        return self.span_date(sent, 0, len(sent.tokens))

    def span_date(self, sent: Sentence, lo: int, hi: int, forward: bool | None = None) -> PartialDate | None:
        """The date tokens ``lo``..``hi`` of a sentence state (a clause's own date), ignoring the
        dateline; ``forward`` resolves weekdays and lone months ahead (planned) or back (past)."""
        tokens = self._span_tokens(sent, lo, hi)
        if not tokens:
            return None
        text, ref = self.doc.text[tokens[0].start : tokens[-1].end], self.doc.reference_date
        return (explicit_date(self.calendar, text, ref, self.context_year, forward)
                or resolve_relative(self.calendar, tokens, ref, bool(forward)))

    def counted_back(self, sent: Sentence, k: int) -> bool:
        """Whether token ``k`` opens a time counted back (قبل أسبوعين، التقى): a past, so its قبل
        is no cue of a schedule (قبل القمة)."""
        # the rest of the sentence: the calendar's pattern reads as far as it needs (من after it cancels)
        return counted_back_at(self.calendar, self.doc.text[sent.tokens[k].start : sent.end])

    def span_day_ahead(self, sent: Sentence, lo: int, hi: int) -> PartialDate | None:
        """The weekday or relative day of tokens ``lo``..``hi`` read ahead, when they write no
        explicit date: a month after an imperfect (ترحب بالإعلان ... في أغسطس) is a past it names."""
        tokens = self._span_tokens(sent, lo, hi)
        if not tokens or explicit_date(self.calendar, self.doc.text[tokens[0].start : tokens[-1].end],
                                       self.doc.reference_date, self.context_year):
            return None
        return resolve_relative(self.calendar, tokens, self.doc.reference_date, True)

    def span_gap(self, sent: Sentence, lo: int, hi: int) -> tuple[str, int] | None:
        """The gap to a later event that tokens ``lo``..``hi`` open on (بعد يومين من), as a unit and count."""
        tokens = self._span_tokens(sent, lo, hi)
        return gap_before(self.calendar, self.doc.text[tokens[0].start : tokens[-1].end]) if tokens else None

    def span_names_week(self, sent: Sentence, lo: int, hi: int) -> bool:
        """Whether tokens ``lo``..``hi`` date by a week (الأسبوع الماضي، قبل أسبوعين)."""
        tokens = self._span_tokens(sent, lo, hi)
        return bool(tokens) and names_week(self.calendar, self.doc.text[tokens[0].start : tokens[-1].end])

    def span_background(self, sent: Sentence, lo: int, hi: int) -> bool:
        """Whether tokens ``lo``..``hi`` speak of an undated past (حينها، كانت ... قد، حرب 1973)."""
        tokens = self._span_tokens(sent, lo, hi)
        return bool(tokens) and background(self.calendar, self.doc.text[tokens[0].start : tokens[-1].end], tokens)

    def _span_tokens(self, sent: Sentence, lo: int, hi: int):
        tokens = sent.tokens[lo:hi]
        dl = self.doc.dateline
        if dl and sent.start <= dl.start < sent.end:
            tokens = [t for t in tokens if t.start >= dl.end]
        return tokens

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

    def expand_group(self, level: str, sent: Sentence | None = None) -> list[str]:
        if self.digest:
            return []
        if level == "persons":
            ministers = [p for p in self.ranked_persons if self.person_role.get(p, "").endswith("Minister")]
            return ministers[:2] if len(ministers) >= 2 else []
        if level == "pair" and len(self.persons) == 2 and \
                self.person_role.get(self.persons[0]) == self.person_role.get(self.persons[1]) is not None:
            return self.persons
        if level == "heads":
            return self.heads() or self.countries
        if level == "pair" and sent is not None and not self.sides_named(sent):
            return []
        return self.countries if len(self.countries) == 2 else []

    def sides_named(self, sent: Sentence) -> bool:
        """Whether «the two sides» (الطرفان، الجانبان) of a sentence can be the article's two states: an event
        of an earlier sentence has parties of both (التقى بوتين أردوغان ... وبحث الجانبان), or this sentence or
        the one before names parties of both, or calls them «the two countries» (المباحثات بين الطرفين ...
        الصداقة بين البلدين). The two most named states are otherwise often the host of talks and the state
        whose factions meet there, or a state and the rebels it talks to: the sides are then no states."""
        pair = set(self.countries)
        if any(e.evidence[0].sentence < sent.index and pair <= {self.country_of(p) for p in e.participants}
               for e in self.read):
            return True
        window = [m for m in self.linked.mentions if sent.index - 1 <= m.sentence <= sent.index and not m.in_title]
        if any(m.kind == "group" and m.group == "countries" for m in window):
            return True
        return pair <= {self.country_of(m.entity_id) for m in window if m.entity_id}


def _glued(ctx: Context, sent: Sentence, m: Mention) -> tuple[bool, str | None]:
    """The conjunction and preposition a recognizer stripped off the front of a mention (وبالسعودية)."""
    tok = sent.tokens[m.tok_start]
    return split_prefix(normalize(ctx.doc.text[tok.start : m.start])) if m.start > tok.start else (False, None)


def sentence_args(ctx: Context, sent: Sentence, titled: dict[int, bool] | None = None,
                  marked: dict[str, int] | None = None) -> list[Arg]:
    """Entity arguments of a sentence in text order.

    A nisba adjective qualifies the noun before it: after a trigger or a plain noun it stands for
    its state (بدعم إيراني، الهجوم الحوثي); after a name it is part of that name's description and
    no argument at all (حزب الله اللبناني is Hezbollah, not Lebanon). ``marked``: each preposition a
    trigger of the sentence introduces its target with, and where the first such trigger ends.
    """
    args = []
    marked = marked or {}
    names = {t for m in ctx.linked.mentions if m.sentence == sent.index and m.kind == "name" and not m.in_title
             for t in range(m.tok_start, m.tok_end)}
    titled = titled_tokens(ctx, sent) if titled is None else titled
    for m in ctx.linked.mentions:
        if m.sentence != sent.index or m.in_title or not (m.entity_id or m.group) or ctx.in_dateline(m):
            continue
        if m.kind == "nisba" and (m.tok_start - 1 in names or _topic_nisba(ctx, sent, m)):
            continue
        conj, prep = _glued(ctx, sent, m)
        if m.kind == "group":
            for eid in ctx.expand_group(m.group, sent):
                args.append(Arg(eid, _etype(ctx, eid), m.tok_start, m.tok_end, ctx.country_of(eid), conj=conj, prep=prep,
                                phrase=True))
        elif m.kind in ("name", "nisba"):
            if ctx.gaz.is_platform(m.entity_id) and _medium(ctx, sent, m, marked):
                continue  # وأدانت مقتله في تغريدة على تويتر: where she wrote, not whom she condemned
            etype = _etype(ctx, m.entity_id)
            capital = ctx.gaz.is_capital(m.entity_id)
            metonym = capital and not _locative(ctx, sent, m, prep)
            office = _administration(ctx, sent, m, titled)
            if office is not None:  # إدارة الرئيس الأمريكي دونالد ترامب: the government of his state
                args.append(office)
                continue
            # a plural nisba is the people, a noun that stands for its state (أدان مسؤولون فلسطينيون القرار)
            # (the accusative singular after a count is the people too, 31 فلسطينيا, as the oblique plural is)
            people = m.kind == "nisba" and (plural_nisba(sent.tokens[m.tok_end - 1].norm)
                                            or bool(adverb_nisbas(sent.tokens[m.tok_end - 1].norm)))
            if people and counted_people(sent.tokens[m.tok_end - 1].norm) and not _struck_people(ctx, sent, m):
                continue
            args.append(Arg(m.entity_id, etype, m.tok_start, m.tok_end, ctx.country_of(m.entity_id), metonym, conj,
                            prep, nisba=m.kind == "nisba" and not people, media=ctx.gaz.is_media(m.entity_id),
                            people=people, capital=capital))
    return args


def _medium(ctx: Context, sent: Sentence, m: Mention, marked: dict[str, int]) -> bool:
    """Whether a platform's name is the medium of a post: right after a medium preposition (grammar
    ``medium-prep``: على، عبر، في), or after medium nouns (grammar ``medium``) that follow one or carry a
    glued ب (على موقع التواصل الاجتماعي تويتر، بموقع فيسبوك). A comma between is passed over. A
    preposition that a trigger before it takes its target with (``marked``: شن هجوما على فيسبوك، يضغط
    الاتحاد الأوروبي على فيسبوك) marks the party acted on, no medium."""
    preps, nouns = ctx.lexicon.words("medium-prep"), ctx.lexicon.words("medium")
    k = m.tok_start - 1
    while k >= 0:
        norm = sent.tokens[k].norm
        if norm in COMMAS:
            k -= 1
            continue
        readings = clitic_readings(norm)
        prep = next((f for _, f in readings if f in preps), None)
        if prep is not None:
            return marked.get(prep, k + 1) > k
        strip = next((n for n, f in readings if f in nouns), None)
        if strip is None:
            return False
        if strip and split_prefix(norm[:strip])[1] == IN:
            return True  # بموقع فيسبوك
        k -= 1
    return False


def _struck_people(ctx: Context, sent: Sentence, m: Mention) -> bool:
    """Whether an oblique plural nisba (الفلسطينيين) names the side hit: right after a word of killing
    (grammar ``killing``), past one count word (مقتل 6 فلسطينيين، قتل عشرات الفلسطينيين), or after ضد
    (grammar ``against``: العمليات ضد الفلسطينيين), or right before a word of killing, a relative pronoun
    between (فلسطينيين قتلوا، الفلسطينيين الذين قتلوا).
    Elsewhere the oblique plural is guests, allies or citizens (رحبت بالحجاج الإيرانيين، حلفائها
    البريطانيين), not the state acting or acted on, and names no party."""
    killing = ctx.lexicon.words("killing")
    toks = sent.tokens

    def kills(k: int) -> bool:
        return 0 <= k < len(toks) and any(f in killing for _, f in clitic_readings(toks[k].norm))

    before = m.tok_start - 1
    return (kills(before) or before >= 0 and word_kind(ctx.lexicon, toks[before].norm) == "against"
            or kills(before - 1) and before >= 0 and word_kind(ctx.lexicon, toks[before].norm) is None
            or kills(m.tok_end) or kills(m.tok_end + 1) and m.tok_end < len(toks)
            and word_kind(ctx.lexicon, toks[m.tok_end].norm) == "relative")


def _topic_nisba(ctx: Context, sent: Sentence, m: Mention) -> bool:
    """A nisba that names no party: a state's on a file noun (grammar ``topic``: الملف السوري، الملف النووي
    الإيراني) names what is discussed; a state's on a group noun (``faction``: :func:`_faction_noun`) where
    the group comes from. One plain adjective may stand between: a definite word with nothing glued to it
    and no grammar kind of its own, so «الفصائل والحكومة السورية» keeps the government's state."""
    mentioned = {k for x in ctx.linked.mentions if x.sentence == sent.index for k in range(x.tok_start, x.tok_end)}
    between = m.tok_start - 1
    plain = between >= 0 and between not in mentioned and definite(sent.tokens[between].norm) \
        and word_kind(ctx.lexicon, sent.tokens[between].norm) is None
    before = [between] + ([m.tok_start - 2] if plain else [])
    state = (m.entity_id or "").startswith("country/")  # الميليشيات الحوثية: a group's own nisba names it
    return any(k >= 0 and k not in mentioned and (word_kind(ctx.lexicon, sent.tokens[k].norm) == "topic"
                                                  or state and _faction_noun(ctx, sent.tokens[k].norm)) for k in before)


def _faction_noun(ctx: Context, norm: str) -> bool:
    """A group of people who are not the state (grammar ``faction``: الفصائل السورية، اللاجئين السوريين):
    a state's nisba on it says where they come from, and the state is no party of what is done for or
    against them (تخلت تركيا عن دعم الفصائل السورية: Turkey backed no state)."""
    return any(f in ctx.lexicon.words("faction") for _, f in clitic_readings(norm))


def _administration(ctx: Context, sent: Sentence, m: Mention, titled: dict[int, bool]) -> Arg | None:
    """A leader's name after «إدارة» (grammar kind ``administration``), past his title (إدارة الرئيس
    الأمريكي دونالد ترامب, ``titled``: :func:`titled_tokens`): the phrase names his government, so his
    country stands there, with the clitics of the noun (لإدارة ترامب)."""
    if m.kind != "name" or not m.person:
        return None
    country = ctx.country_of(m.entity_id)
    k = m.tok_start - 1
    while k in titled:
        k -= 1
    glued = _glued_before(sent.tokens[k].norm, ctx.lexicon.words("administration")) if country and k >= 0 else None
    if glued is None:
        return None
    return Arg(country, "Country", k, m.tok_end, country, conj=glued[0], prep=glued[1])


def _glued_before(norm: str, nouns: frozenset[str]) -> tuple[bool, str | None] | None:
    """The conjunction and preposition glued to a word that reads as one of ``nouns`` (لإدارة، وللسلطات),
    None when no reading of it does. Read off the letters stripped, not the length lost: للحكومة is ل +
    الحكومة, the article restored."""
    strip = next((n for n, f in clitic_readings(norm) if f in nouns), None)
    return None if strip is None else split_prefix(norm[:strip])


def governments_named(ctx: Context, sent: Sentence, args: list[Arg], titled: dict[int, bool]) -> dict[int, Arg]:
    """A country's nisba right after a government noun (grammar kind ``government``: السلطات التركية،
    الحكومة الأردنية، النظام السوري): an unnamed actor whose nisba the guidelines read as its state, so in a
    stance the phrase is that country, subject or object as its name would be, with the clitics of the
    noun (وللسلطات المصرية). Keyed by the nisba argument it replaces (``id``); elsewhere a nisba only
    qualifies the noun before it. Meetings and visits keep the plain nisba (a country-level copy at most)."""
    names = {k for a in args if not a.nisba for k in range(a.tok_start, a.tok_end)}
    nouns = ctx.lexicon.words("government")
    out = {}
    for a in args:
        k = a.tok_start - 1
        if not a.nisba or a.type != "Country" or k < 0 or k in titled or k in names:
            continue
        glued = _glued_before(sent.tokens[k].norm, nouns)
        if glued is not None:
            out[id(a)] = Arg(a.entity, "Country", k, a.tok_end, a.country, conj=glued[0], prep=glued[1], government=True)
    return out


# A person named this close after a title phrase (past commas and honorifics) holds that office;
# a portfolio may stand between (وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش).
NAME_AFTER_TITLE = 4


def unnamed_officials(ctx: Context, sent: Sentence) -> list[Arg]:
    """Office titles with their state's nisba and no name (توعد رئيس الوزراء الإسرائيلي إيران): an
    unnamed official, who is no entity; the guidelines read his nisba as the state, which is the
    party that takes the stance. A title the linker resolved to a person named elsewhere is that
    person's mention, and a title a name follows (after a comma too) is that name's office. A past-office
    word right after the nisba (:attr:`Lexicon.past_office`: وزير الخارجية الأمريكي السابق، الرئيس الألماني
    الأسبق) makes the office no current one: its holder, named or not, is no longer the state, which
    then is no party."""
    mentions = [m for m in ctx.linked.mentions if m.sentence == sent.index]
    persons = {m.tok_start for m in mentions if m.person}
    out = []
    for t in mentions:
        if t.kind != "title" or t.tok_start in persons:
            continue
        nisba = next((m for m in mentions if m.kind == "nisba" and m.in_title and m.entity_id
                      and m.tok_start == t.tok_end and m.entity_id.startswith("country/")), None)
        if nisba is None or nisba.tok_end < len(sent.tokens) and sent.tokens[nisba.tok_end].norm in ctx.lexicon.past_office:
            continue
        at = _name_position(ctx, sent, mentions, nisba.tok_end)
        if any(k in persons for k in range(at, at + NAME_AFTER_TITLE)):
            continue
        conj, prep = _glued(ctx, sent, t)
        out.append(Arg(nisba.entity_id, "Country", t.tok_start, nisba.tok_end, nisba.entity_id, conj=conj, prep=prep,
                       official=True))
    return out


def _name_position(ctx: Context, sent: Sentence, mentions: list[Mention], k: int) -> int:
    """Where the name after a title phrase may start: past a comma and further titles or honorifics
    (وزير الخارجية الكويتي الشيخ سالم)."""
    titles = {t for m in mentions if m.kind == "title" for t in range(m.tok_start, m.tok_end)}
    while k < len(sent.tokens) and (k in titles or sent.tokens[k].text in COMMAS):
        k += 1
    return k


def titled_tokens(ctx: Context, sent: Sentence) -> dict[int, bool]:
    """Tokens of title and absorbed nisba phrases, each with whether a conjunction is glued to it
    (والرئيس الصيني): words that may stand between a verb and its subject."""
    out: dict[int, bool] = {}
    for m in ctx.linked.mentions:
        if m.sentence == sent.index and m.kind in ("title", "nisba"):
            conj = _glued(ctx, sent, m)[0]
            for k in range(m.tok_start, m.tok_end):
                out[k] = out.get(k, False) or (conj and k == m.tok_start)
    # الرئيس الأمريكي الحالي دونالد ترامب، الرئيس الأمريكي السابق باراك أوباما: a modifier of the office
    # between the title phrase and its holder's name is in the phrase (a visit's genitive is still the name)
    names = {m.tok_start for m in ctx.linked.mentions if m.sentence == sent.index and m.entity_id
             and _etype(ctx, m.entity_id) == "Person"}
    modifiers = ctx.lexicon.title_filler | ctx.lexicon.past_office
    for k in range(1, len(sent.tokens) - 1):
        if k - 1 in out and k not in out and k + 1 in names and sent.tokens[k].norm in modifiers:
            out[k] = False
    return out


def _etype(ctx: Context, eid: str) -> str:
    row = ctx.gaz.rows.get(eid)
    return row.type if row else entity_type_of(eid)


def _locative(ctx: Context, sent: Sentence, m: Mention, prep: str | None) -> bool:
    """True when a place name is governed by في / إلى / من or a glued ب / ل (a location, not a metonym)."""
    prev = sent.tokens[m.tok_start - 1].norm if m.tok_start > 0 else ""
    return prep is not None or word_kind(ctx.lexicon, prev) in ("locative", "direction")  # وفي: clitics allowed


def _dedupe(items):
    return list(dict.fromkeys(items))


# -- annotating ------------------------------------------------------------------------------

_STANCES = ("Support", "Opposition")

# Above this many parties a symmetric trigger with no partner is a joint statement or a list of
# attendees, not a meeting among all of them (36 metWith pairs from one sentence of nine states).
MAX_GROUP_PARTIES = 3


def _stories(sent: Sentence, clauses: list[Clause]) -> list[Clause]:
    """A press review's header chains unrelated stories with a comma and و («في صحف اليوم: قضية
    ... تتفاعل، وإسرائيل تستبق ...»): each such joint opens a new statement (a ``break`` clause), so
    no party of one story is an argument of another's trigger."""
    toks = sent.tokens
    joints = {k for k in range(1, len(toks)) if toks[k - 1].text in COMMAS
              and toks[k].norm.startswith(AND) and len(toks[k].norm) > len(AND)}
    out: list[Clause] = []
    first: dict[int, int] = {}  # old clause -> its first piece
    for n, c in enumerate(clauses):
        first[n] = len(out)
        cuts = [c.start] + sorted(k for k in joints if c.start < k < c.end) + [c.end]
        # a clause that itself opens at a joint (a coordinated verb: ، وترفض) shares nothing either
        own = c.start not in joints
        parent = None if c.parent is None or not own else first[c.parent]
        for m, (lo, hi) in enumerate(zip(cuts, cuts[1:])):
            out.append(Clause(lo, hi, c.kind if m == 0 and own else "break", parent if m == 0 else None))
    return out


class Reading:
    """One sentence as the rules read it: its triggers, then (only when asked) its arguments, clauses
    and frames. Kept per sentence (:func:`read_sentence`) because two readers need it: the sentence's
    own events, and the next sentence, which may carry its main-clause subject (:func:`_main_subject`)."""

    def __init__(self, ctx: Context, sent: Sentence):
        self.ctx, self.sent = ctx, sent
        self.blocked = {t for m in ctx.linked.mentions if m.sentence == sent.index and m.kind != "group"
                        for t in range(m.tok_start, m.tok_end)}  # no trigger inside a name
        heads = {m.tok_start for m in ctx.linked.mentions if m.sentence == sent.index and m.kind == "title"}
        self.triggers: list[Trigger] = find_triggers(sent, self.blocked, ctx.lexicon, heads)

    @cached_property
    def titled(self) -> dict[int, bool]:
        return titled_tokens(self.ctx, self.sent)

    @cached_property
    def args(self) -> list[Arg]:
        marked: dict[str, int] = {}
        for t in self.triggers:
            for marker in t.rule.markers:
                marked[marker] = min(marked.get(marker, t.tok_end), t.tok_end)
        return sentence_args(self.ctx, self.sent, self.titled, marked)

    @cached_property
    def words(self) -> list[tuple[str, str] | None]:
        return grammar_words(self.ctx.lexicon, self.sent)  # read once, for the clauses and the frames

    @cached_property
    def clauses(self) -> list[Clause]:
        clauses = segment(self.sent, self.ctx.lexicon, self.triggers, self.words,
                          [(a.tok_start, a.tok_end) for a in self.args])
        return _stories(self.sent, clauses) if self.ctx.digest and self.ctx.opens_digest(self.sent) else clauses

    @cached_property
    def frames(self) -> Frames:
        return Frames(self.sent, self.ctx.lexicon, self.args, self.titled, self.clauses, self.words)


def read_sentence(ctx: Context, sent: Sentence) -> Reading:
    if sent.index not in ctx.readings:
        ctx.readings[sent.index] = Reading(ctx, sent)
    return ctx.readings[sent.index]


def build_events(ctx: Context, sent: Sentence) -> list[Event]:
    """Events for the triggers of one sentence, each from its own clause; reports of one event in
    one sentence (اجتماع ... المحادثات) merge downstream by their key."""
    reading = read_sentence(ctx, sent)
    triggers = reading.triggers
    if not triggers:
        return []
    titled, args, words, clauses, frames = reading.titled, reading.args, reading.words, reading.clauses, reading.frames
    frames.carried = _carried_into(ctx, sent, frames, triggers)
    # an unnamed official (رئيس الوزراء الإسرائيلي) takes a stance for his state; meetings and visits
    # keep him out (his state is no participant there: a country-level copy at most)
    # so does a state's government named by its nisba alone (السلطات التركية، الحكومة الأردنية)
    stances = any(t.rule.event in _STANCES for t in triggers)
    officials = unnamed_officials(ctx, sent) if stances else []
    governments = governments_named(ctx, sent, args, titled) if stances else {}
    stance_frames = Frames(sent, ctx.lexicon, [governments.get(id(a), a) for a in args] + officials, titled, clauses,
                           words) if officials or governments else frames
    stance_frames.carried = frames.carried
    cues = [(k, cue) for k, cue in find_cues(sent, ctx.lexicon, reading.blocked) if not ctx.counted_back(sent, k)]
    if any(t.rule.event == "PhoneCall" for t in triggers):
        # بحثا خلاله / تناولا خلال الاتصال: what they discussed on the call, not a second, face-to-face meeting
        triggers = [t for t in triggers if t.rule.event != "Meeting"]
    events: list[tuple[Trigger, Event]] = []
    for trig in triggers:
        if _interview(ctx, sent, trig) or _charge(frames, triggers, trig):
            continue
        builder = _BUILDERS["Visit" if trig.rule.event == "Host" else trig.rule.event]
        read = stance_frames if trig.rule.event in _STANCES else frames  # the frames the event is read from
        built = list(builder(ctx, sent, read, trig))
        if trig.rule.event not in _STANCES:
            # a news outlet reports and takes part in nothing: «لقاء مع سكاي نيوز» is an interview, and an
            # outlet read as a visitor or partner is the source of the report (بحسب معلومات بي بي سي)
            built = [ev for ev in built if not any(ctx.gaz.is_media(p) for p in ev.participants)]
        else:
            built = [ev for ev in built if not _own_state_stance(ctx, ev)]
        if not built:
            continue
        modality = _modality(trig, clauses, cues, _object_from(ctx, sent, trig), _before_names(ctx, sent, frames, trig))
        if modality == "Asserted" and (_coming_time(ctx, sent, trig, clauses, cues) or _meeting_aimed(ctx, sent, trig, cues)):
            modality = "Planned"
        ahead = modality == "Asserted" and trig.rule.event not in _STANCES and _told_ahead(ctx, sent, trig, clauses, cues)
        date, news_day = _event_date(ctx, sent, clauses, trig, modality, ahead)
        for ev in built:
            ev.modality = modality
            if ev.date is None:
                ev.date, ev.news_day = date, news_day
            ref = ctx.doc.reference_date
            if ev.modality == "Asserted" and (_after(ev.date, ref) or _departing(sent, trig, clauses, cues, ev.date, ref)
                                              or (ahead and not ev.news_day and _on_or_after(ev.date, ref))):
                # dated after the news, a trip that set off today, or the day's programme announced in the
                # present (يستقبل ماكرون الجمعة كونتي, published that Friday): not yet happened
                ev.modality = "Planned"
            if ev.news_day and ev.modality == "Asserted" and sent.index != ctx.lead and _refers_back(sent, trig):
                told = _told_before(ctx, ev)
                if told is not None:
                    ev.date, ev.news_day = told
            ev.features = event_features(ctx.linked.mentions, read, trig, ev)
            events.append((trig, ev))
            if _gathering(ctx, sent, trig, ev):
                ctx.gatherings.append(ev)
    out = _dedupe_events(_planned_mentions(clauses, events))
    ctx.told.extend(ev for ev in out if ev.modality == "Asserted" and ev.type in ONE_OFF)
    ctx.read.extend(out)
    return out


def _charge(frames: Frames, triggers: list[Trigger], trig: Trigger) -> bool:
    """Whether a passive row written with ب (بدعم ~ من، بدعم من) stands right after an accusing verb and the
    party it accuses, in its clause: it is the charge (اتهمت روسيا الولايات المتحدة بدعم مسلحين من سوريا),
    an alleged backing the accusation already tells, not a support of the party after من."""
    if trig.rule.frame != "passive" or not trig.rule.pattern[0].startswith(clitics.IN):
        return False
    c = frames.clause_index(trig)
    return any(t.rule.mode == ACCUSE and t.tok_end <= trig.tok_start and frames.clause_index(t) == c
               and frames.plain_between(t.tok_end, trig.tok_start) == 0 for t in triggers)


# Events that happen once, on a day: a definite noun naming one again (وتناولت المباحثات، وخلال اللقاء)
# speaks of the one the article told before. Stances and cooperation are states, told again as such.
ONE_OFF = ("Meeting", "Visit", "PhoneCall", "AgreementSigning")
INTERVIEW_SPAN = 4  # words after a meeting noun that may name the press (لقاء تلفزيوني، لقاء مع إحدى القنوات)


def _interview(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """A meeting noun that also names an interview (grammar ``interview``: لقاء) qualified by the press
    (grammar ``press``: في لقاء تلفزيوني، في لقاء مع قناة فوكس نيوز، لقاء أجرته معه صحيفة، لقاء مع إحدى
    القنوات) is an interview: the speaker met no one, neither the outlet
    nor whom he spoke of (tests/data/real/GUIDELINES.md). The press word stands right after the noun, or is
    the partner after مع (one word may come between). A press word after another word is not the noun's
    (اجتماع بثته قناة روسيا: a televised meeting; عقب لقائه ماكرون لقناة: whom he then told), and a
    joint press meeting is a meeting (لقاء صحفي مشترك مع نظيره التركي)."""
    if trig.rule.event != "Meeting" or not (trig.rule.frame == "noun" or GAP in trig.rule.pattern):
        return False
    if not any(f in ctx.lexicon.words("interview") for _, f in clitic_readings(sent.tokens[trig.tok_end - 1].norm)):
        return False  # محادثات مع شبكة حقاني: talks are never an interview, a network may be a party
    press, joint = ctx.lexicon.words("press"), ctx.lexicon.words("joint")
    with_ = ctx.lexicon.words("comitative")
    after_with = None  # the offset of مع (or معه، معها) in the words after the noun
    words = sent.tokens[trig.tok_end:trig.tok_end + INTERVIEW_SPAN]
    for k, tok in enumerate(words):
        if tok.text in COMMAS or not tok.norm.isalpha():  # the normal form has no diacritics to stop on
            return False
        if tok.norm in press and k == 0 and k + 1 < len(words) and words[k + 1].norm in joint:
            return False  # لقاء صحفي مشترك مع نظيره: a joint press conference of two parties, a meeting
        if tok.norm in press and (k == 0 or after_with is not None and k - after_with <= 2):
            return True
        if after_with is None and any(tok.norm.startswith(w) and len(tok.norm) - len(w) <= 2 for w in with_):
            after_with = k
    return False


def _refers_back(sent: Sentence, trig: Trigger) -> bool:
    """Whether the trigger is a definite event noun (المباحثات، خلال اللقاء، الزيارة), which names an
    event the reader already knows of, not a new one."""
    return (trig.rule.event in ONE_OFF and trig.rule.frame == "noun"
            and definite_word(sent.tokens[trig.tok_start].norm))


def _told_before(ctx: Context, ev: Event) -> tuple[PartialDate | None, bool] | None:
    """The date of the event a definite noun names again: the latest dated event of its type told in
    an earlier sentence that shares a party with it (التقى الوزير نظيره الأحد ... وتناولت المباحثات: the
    talks of that Sunday, not of the day the article came out). The latest in time, not in the telling:
    a report's background is older than its news, told before it (التقى بوتين ماكرون في مارس الماضي.
    والتقى به مجددا الخميس. وخلال اللقاء ...: Thursday's) or after it (التقى السيسي بومبيو اليوم. وكان قد
    التقاه في أبريل الماضي. وخلال اللقاء ...: today's). None when there is none, or when that event's date
    was itself the news day taken for want of one (nothing better to give)."""
    parties = set(ev.participants)
    told = [e for e in ctx.told if e.type == ev.type and parties & set(e.participants) and e.date is not None]
    if not told:
        return None
    known = max(told, key=lambda e: (e.date.year, e.date.month or 0, e.date.day or 0))
    if known.news_day:
        return None
    return known.date, False


# -- a subject carried over from the sentence before ----------------------------------------------

# A news report drops the subject of a sentence that goes on with the same speaker or actor: «قال
# وزير الخارجية عادل الجبير إن ... . واتهم إيران بدعم الإرهاب.» (al-Jubeir accuses Iran). The
# subject carries over this many sentences back at most (قال ... . وأضاف ... . واتهم ...).
CARRY_DEPTH = 2


def _opener(frames: Frames) -> int | None:
    """The sentence's first word past conjunctions, gap words and opening particles (و، أمس، بدوره، كما)."""
    clause, particles = frames.clauses[0], frames.lexicon.words("opener")
    return next((k for k in range(clause.start, clause.end) if frames.kinds[k] not in ("gap", "conjunction")
                 and particles.isdisjoint(frames.forms[k])), None)


def _opening_agreement(frames: Frames, triggers: list[Trigger]) -> str | None:
    """Whom the verb opening the sentence agrees with (:func:`verb_agreement`): a verb trigger or a
    reporting verb with no subject of its own; None when the sentence opens with anything else."""
    k = _opener(frames)
    if k is None:
        return None
    norm = frames.sent.tokens[k].norm
    trig = next((t for t in triggers if t.tok_start == k and t.rule.frame in ("verb", "forum")), None)
    if trig is not None and _no_subject_after(frames, trig.head_end):
        stem = normalize(trig.rule.pattern[0].rstrip("*"))
        forms = [f for _, f in clitic_readings(norm)]
        forms += [f for f in map(clitics.without_future, forms) if f]
        form = next((f for f in forms if f.startswith(stem)), None)
        return clitics.verb_agreement(form, stem) if form else None
    if trig is None and frames.kinds[k] == "report" and norm.endswith(frames.words[k][0]) \
            and _no_subject_after(frames, k + 1):
        return clitics.verb_agreement(frames.words[k][0])
    return None


def _no_subject_after(frames: Frames, k: int) -> bool:
    """Whether the word after an opening verb (past gap words) leaves its subject unsaid: a name
    (the verb's object, or its subject, which the frames then read), a preposition (وأشاد بالجهود),
    a complementiser (وأضاف أن), a colon or a quote. A plain noun or a title there is most often the
    verb's own unnamed subject (ووصل محققون، وقال مسؤول، وأعرب كل من): nothing is carried into it."""
    toks = frames.sent.tokens
    while k < len(toks) and frames.kinds[k] == "gap":
        k += 1
    if k >= len(toks) or k in frames.titled:
        return False
    if any(g.start == k for g in frames.groups) or toks[k].text in QUOTES or toks[k].text == ":":
        return True
    kind = frames.kinds[k]
    return kind in GOVERNING or kind in ("complement", "complement-ref") or bool(clitics.glued_preposition(toks[k].norm)[1])


def _agrees(agreement: str | None, group: Group | None) -> bool:
    """Whether a carried subject fits the verb: a feminine verb takes a state or a body (a woman is
    rarer than the risk of a wrong man), a masculine one a man (a body's gender is its noun's, which
    the entity does not say: وزارة is feminine, الجيش masculine), a plural several parties."""
    if group is None or agreement is None:
        return False
    types = {a.type for a in group.args}
    if agreement == "pl":
        return len(group.entities) > 1
    if len(group.entities) != 1:
        return False
    return types <= ({"Country", "Organization"} if agreement == "f" else {"Person"})


def _continues(ctx: Context, index: int) -> bool:
    """Whether sentence ``index`` goes on from the one before: the same paragraph or a paragraph that
    opens with و or an opening particle (a wire story puts each sentence in its own paragraph), no quote left open before it
    or opened at its start, and no press review's chain of stories."""
    if index <= 0 or ctx.digest:
        return False
    prev, sent = ctx.sentences[index - 1], ctx.sentences[index]
    gap = ctx.doc.text[prev.end : sent.start]
    first = sent.tokens[0].norm if sent.tokens else ""
    goes_on = first.startswith(AND) or not ctx.lexicon.words("opener").isdisjoint(f for _, f in clitic_readings(first))
    if "\n\n" in gap or "\n" in gap and not goes_on:
        return False  # a paragraph that opens with و or كما goes on from the one before (وأضاف، واتهم، كما أشاد)
    if sum(ch in QUOTES for ch in prev.text) % 2 or (sent.tokens and sent.tokens[0].text in QUOTES):
        return False
    return True


def _main_subject(ctx: Context, index: int, depth: int) -> Group | None:
    """The subject of a sentence's main clause, as a carried subject: a named party or parties right
    after the opening verb or opening the sentence, never an outlet; for a sentence that opens with
    a verb and names none, the one it carries itself."""
    if index in ctx.subjects:
        return ctx.subjects[index]
    ctx.subjects[index] = None  # guards against a cycle
    reading = read_sentence(ctx, ctx.sentences[index])
    frames, triggers = reading.frames, reading.triggers
    k = _opener(frames)
    bare = frames.bare_groups(0)
    found = None
    # the subject right after the opening verb (titles and gap words between), or opening the sentence;
    # a plain word between is most often an unrecognised name, the group after it the verb's object
    if k is not None and bare and (bare[0].start == k or frames.plain_between(k + 1, bare[0].start) == 0):
        found = frames.before_comma(bare[0])
    elif k is not None and not bare and depth < CARRY_DEPTH:
        agreement = _opening_agreement(frames, triggers)
        carried = _carry(ctx, index, depth + 1)
        found = carried if _agrees(agreement, carried) else None
    if found is not None:
        kept = [replace(a, tok_start=0, tok_end=0) for a in found.args
                if a.type in PARTY_TYPES and not (a.nisba or a.phrase or a.media)]
        found = Group(kept, 0, 0, None) if kept and len(kept) == len(found.args) else None
    ctx.subjects[index] = found
    return found


def _carry(ctx: Context, index: int, depth: int = 0) -> Group | None:
    """The subject sentence ``index`` may carry over from the sentence before it."""
    return _main_subject(ctx, index - 1, depth) if _continues(ctx, index) else None


def _carried_into(ctx: Context, sent: Sentence, frames: Frames, triggers: list[Trigger]) -> Group | None:
    """The subject a sentence that opens with a verb and names no subject carries over, when the
    verb agrees with it (واتهم: a man; واتهمت: a state or a body). The frames use it only where the
    verb's own clause supplies no subject (:meth:`Frames.inherited`). Positions are the sentence's
    start: the carried parties stand before every word of it."""
    agreement = _opening_agreement(frames, triggers)
    if agreement is None:
        return None
    carried = _carry(ctx, sent.index)
    return carried if _agrees(agreement, carried) else None


def _dropped_subject(frames: Frames, trig: Trigger, actor: Group | None) -> bool:
    """Whether the one bare group right after a sentence-opening verb is its object, its subject
    carried over: the verb's agreement rules that group out as subject (واتهم إيران: a masculine
    verb, a state after it; انتقدت ترامب: a feminine verb, a man after it)."""
    if frames.carried is None or actor is None or trig.rule.frame != "verb" or OBJECT not in trig.rule.markers \
            or frames.clause_index(trig) != 0 or trig.tok_start != _opener(frames) or actor.start < trig.head_end:
        return False
    agreement = _opening_agreement(frames, [trig])
    types = {a.type for a in actor.args}
    return agreement == "m" and types == {"Country"} or agreement == "f" and types == {"Person"}


def _planned_mentions(clauses: list[Clause], events: list[tuple[Trigger, Event]]) -> list[Event]:
    """A noun that names again, in the same clause, an event a future verb announced is as planned
    as it: «سيزور محمد بن سلمان باريس ... في أول زيارة له إلى فرنسا»."""
    planned = [(clause_at(clauses, t.tok_start), t.tok_start, ev) for t, ev in events if t.future]
    out = []
    for trig, ev in events:
        c = clause_at(clauses, trig.tok_start)
        if ev.modality == "Asserted" and trig.rule.frame == "noun" and any(
                pc == c and start < trig.tok_start and (p.type, p.participants, p.actor, p.target) ==
                (ev.type, ev.participants, ev.actor, ev.target) for pc, start, p in planned):
            ev.modality, ev.date, ev.news_day = "Planned", None, False
        out.append(ev)
    return out


def _gathering(ctx: Context, sent: Sentence, trig: Trigger, ev: Event) -> bool:
    """Whether an asserted meeting is named only by a gathering noun (grammar ``gathering``: القمة بين، اللقاء
    بين، الاجتماع بين), with no date of its own but the news day taken for want of one. Talks (المحادثات)
    are left out: an article on a coming summit tells of earlier rounds of talks of the same pair."""
    if ev.type != "Meeting" or ev.modality != "Asserted" or trig.rule.frame != "noun" \
            or (ev.date is not None and not ev.news_day):
        return False
    words = ctx.lexicon.words("gathering")
    return any(f in words for _, f in clitic_readings(sent.tokens[trig.tok_start].norm))


def settle_gatherings(ctx: Context, events: list[Event]) -> list[Event]:
    """A meeting named only by a noun (:func:`_gathering`: «لاستضافة القمة بين ترامب وكيم») is the one the
    article tells of elsewhere: planned when the article reports a planned meeting of the same parties (undated or
    dated after the news day: not «كان من المقرر أن يلتقيا الأحد الماضي», nor one due that very day) and tells of none of theirs as held (a
    verb, «التقى ترامب كيم», or a date of its own, «اللقاء بينهما الثلاثاء الماضي»): a summit held is then told
    as past, and its noun mentions stay asserted (tests/data/real/GUIDELINES.md: reported as past and as future
    is asserted). Run once the whole article is read, since the noun may come before the future verb."""
    ref = ctx.doc.reference_date
    nouns = {id(ev) for ev in ctx.gatherings}
    meetings = [ev for ev in events if ev.type == "Meeting"]
    # a planned meeting dated the news day itself is one a report of that day tells as it happens (حيث ستعقد
    # القمة بينهما اليوم, then تلا ذلك اجتماع ثنائي بينهما): a planned day on or before the news day plans no nouns,
    # while a month or year that holds the news day is still to come (يلتقيان في يونيو الجاري)
    ahead = {frozenset(ev.participants) for ev in meetings
             if ev.modality == "Planned" and not _after(ref, ev.date)
             and not (ev.date is not None and ev.date.day and not _after(ev.date, ref))}
    held = {frozenset(ev.participants) for ev in meetings if ev.modality == "Asserted" and id(ev) not in nouns}
    for ev in meetings:
        pair = frozenset(ev.participants)
        if id(ev) in nouns and ev.modality == "Asserted" and pair in ahead and pair not in held:
            ev.modality, ev.date, ev.news_day = "Planned", None, False
    return events


def _dedupe_events(events: list[Event]) -> list[Event]:
    """One event per key in a sentence: two triggers of one meeting (اجتماع ... مباحثات) are one report."""
    out: dict[tuple, Event] = {}
    for ev in events:
        known = out.get(ev.key())
        if known is None:
            out[ev.key()] = ev
        else:
            first, other = known.evidence[0], ev.evidence[0]
            first.trigger += " | " + other.trigger
            if other.rule not in first.rule.split():
                first.rule += " " + other.rule
            known.confidence = max(known.confidence, ev.confidence)
    return list(out.values())


# Grammar kinds (grammar.tsv) of a preposition before a noun: the noun is no verb's object.
PREPOSITIONS = ("comitative", "locative", "direction", "preposition", "source", "between", "forum-cue")


def _object_from(ctx: Context, sent: Sentence, trig: Trigger) -> int:
    """The first token from which the trigger is still its verb's object: none when a preposition or
    a word of an earlier event stands right before it (خلال زيارته، عقب محادثات مع الخرطوم). A cue of
    scope ``clause`` then governs something else: «ألغت ... العقوبات عقب محادثات» cancels the
    sanctions, the talks were held. Such a phrase before the object heads only itself (ألغت ... في
    اللحظة الأخيرة اجتماعا، أرجأ ترامب عقب الهجوم زيارته: the meeting is cancelled, the visit put off)."""
    k = trig.tok_start - 1
    if k >= 0 and (ctx.lexicon.grammar.get(sent.tokens[k].norm) in PREPOSITIONS
                   or prior_word(ctx.calendar, sent.tokens, k)):
        return trig.tok_start
    return 0


def _before_names(ctx: Context, sent: Sentence, frames: Frames, trig: Trigger) -> int:
    """The token right before the trigger, or before the names, titles and time words right before
    it: where a light verb stands whose object the trigger is (سيبدأ بومبيو محادثات، ستبدأ الأحد
    المحادثات، سيبدأ شي الأحد المقبل زيارة)."""
    k = trig.tok_start - 1
    while k >= 0 and (k in frames.inside or k in frames.titled or time_word(ctx.calendar, sent.tokens[k].norm)):
        k -= 1
    return k


# Events a future predicate of their noun makes planned (cues.tsv scope ``predicate``: القمة ستكون، ستشمل الزيارة):
# a signed agreement, a cooperation or a stance the noun names goes on being what it is (الاتفاق سيكون ملزما).
PREDICATED = ("Meeting", "Visit", "Host", "PhoneCall", "Coordination")


def _modality(trig: Trigger, clauses: list[Clause], cues, object_from: int = 0, light_at: int = -1) -> str:
    """Planned or Negated when a cue in the trigger's clause governs it (or the future prefix), else Asserted.

    A cue counts inside the trigger's clause and the clauses it depends on (سيتوجه ... لإجراء محادثات:
    the talks are as planned as the trip), never in a clause after it or a separate statement. A
    relative clause (الذي ...) describes a noun and keeps its own modality. A cue that reads a word
    or two ahead (لم، عدم، لعقد) governs only its own clause: «اتهم ... بعدم الكفاءة وأدان» is no
    denial of the condemnation. A denial (نفى) reaches another clause only through what it denies
    (نفى أن يكون التقى), never a statement joined to it (نفت الاتهامات واتهمت ...), and a noun only
    when it heads what is denied (نفت إرسال أسلحة), not one deep inside it (نفى أن يكون رد الفعل على
    اجتماع ترامب ...: the meeting took place). A cue of scope ``clause`` governs its verb's object only,
    from ``object_from`` on (:func:`_object_from`: a preposition or an earlier event's word right before
    the trigger makes it no object): «ألغى جدول أعماله خلال اليوم الثاني من زيارته» cancels the
    programme, the visit goes on. A cue of scope ``light`` stands at ``light_at`` (:func:`_before_names`)."""
    if trig.future:
        return "Planned"
    own = clause_at(clauses, trig.tok_start)
    c = own
    chain = [(c, None)]  # (clause, kind of the clause below it in the chain)
    parent = clauses[c].parent
    # a cue governs what depends on its clause: من المقرر أن يزور، نفى أن يكون التقى، سيتوجه ... لإجراء محادثات
    while parent is not None and clauses[c].kind in CONTINUES + ("complement", "complement-ref"):
        chain.append((parent, clauses[c].kind))
        c, parent = parent, clauses[parent].parent
    lo = min(clauses[k].start for k, _ in chain)
    own_lo, hi = clauses[own].start, clauses[own].end
    found = "Asserted"
    for k, cue in cues:
        if cue.kind in ("departure", "arrival", "present"):  # depend on the date: see _departing, _told_ahead
            continue
        if cue.kind == "continued" and trig.rule.event in ("Cooperation", "Coordination"):
            continue  # ستواصل التعاون مع السعودية: a cooperation that goes on is held now
        if cue.kind in ("readiness", "proposed", "continued") and trig.rule.event in ("Support", "Opposition") \
                and not (cue.kind == "readiness" and trig.rule.mode == COERCE):
            # تريد تركيا الضغط على الولايات المتحدة: pressure wished for is not (yet) brought to bear
            # مستعد لفرض رسوم: a readiness to act against someone is a threat, itself the stance; رفض الحل
            # المقترح: what is proposed is the stance's object, the rejection is done; ستواصل دعم: a support
            # that goes on is told as held now
            continue
        if cue.scope == "after":  # or inside a gap of the trigger (قمة مرتقبة محتملة بين: the noun's own adjective)
            hit = trig.tok_start < k < min(trig.tok_end + 4, hi)
        elif cue.scope == "later":  # محادثات بين X و Y يمكن أن تعقد
            hit = trig.tok_end <= k < hi
        elif cue.scope == "predicate":  # القمة بين ترامب وبوتين ستخدم البلدين، ستكون الزيارة الأولى: a future
            # verb whose subject is the event noun, after it in its clause or right before it; a verb's
            # event is told by its own tense (التقى ... وقال إن العلاقات ستكون أفضل)
            hit = trig.rule.frame == "noun" and trig.rule.event in PREDICATED \
                and (trig.tok_end <= k < hi or k == trig.tok_start - 1 >= own_lo)
        elif cue.scope == "light":  # سيبدأ بومبيو محادثات, never ستبدأ قطر تطبيق الاتفاق الموقع
            hit = k == light_at and k >= own_lo
        elif cue.scope == "next":  # لا يؤيد, but not لا تزال تدعم: the word right before the trigger
            hit = k == trig.tok_start - 1 and k >= own_lo
        elif cue.scope == "near":  # a cue may share the trigger's first word: لعقد اجتماع
            hit = max(own_lo, trig.tok_start - 3) <= k <= trig.tok_start
        elif cue.scope == "clause":  # ألغت كوريا الشمالية الأسبوع الماضي اجتماعا: a subject and a time between,
            # but never a verb joined after it (ألغى زيارته والتقى ...: the meeting took place), a word further
            # on (ألغت اجتماعا مع الجنوب، احتجاجا على مناورات مشتركة بين سيول وواشنطن: the drills go on) nor
            # a stance (ألغى القمة متهما بيونغ يانغ بالعداوة: the charge is made)
            hit = (object_from <= k and own_lo <= k < trig.tok_start and trig.tok_start - k <= CLAUSE_CUE_SPAN
                   and trig.rule.event not in _STANCES)
        else:
            hit = lo <= k < trig.tok_start
        if hit and cue.kind == "denied":
            hit = _denial_reaches(trig, clauses, chain, k)
        elif hit and cue.kind == "absent":  # ليس لديها أي مفاوضات: only the noun it heads, in its own clause
            hit = trig.rule.frame == "noun" and own_lo <= k and trig.tok_start - k <= DENIED_NOUN_SPAN
        if hit:
            if cue.modality == "Negated":
                return "Negated"
            found = cue.modality
    return found


def _coming_time(ctx: Context, sent: Sentence, trig: Trigger, clauses: list[Clause], cues) -> bool:
    """A coming time before the trigger in its own clause (تستضيف طهران، الجمعة المقبلة، قمة; يلتقي الرئيسان
    الأسبوع القادم): a day or period word with a cue of the future after it (cues.tsv ``future``, scope
    ``after``, that otherwise reads forward from an event word: القمة المقبلة) dates the event ahead.

    Not a verb in the past (وفي الأسبوع المقبل، استقبل أردوغان بوتين: the tense tells a meeting held), not a
    time that is the genitive of another event's noun (وقبل قمة الأسبوع المقبل التقى: the summit's week), and
    not one inside a relative clause a comma closes before the trigger (وأجرى ترامب، الذي يتوجه الأسبوع
    المقبل إلى سنغافورة، محادثات: the clause describes the subject)."""
    if trig.rule.frame == "verb" and not _imperfect(ctx, trig):
        return False
    c = clauses[clause_at(clauses, trig.tok_start)]
    others = [t for t in read_sentence(ctx, sent).triggers if t is not trig and t.rule.frame == "noun"]
    toks = sent.tokens
    return any(cue.kind == "future" and cue.scope == "after" and c.start < k < trig.tok_start
               and without_conjunction(toks[k - 1].norm, ctx.calendar.time_words) in ctx.calendar.time_words
               and not any(t.tok_start <= k - 2 < t.tok_end for t in others)
               and not _closed_relative(ctx, sent, c.start, k, trig.tok_start)
               for k, cue in cues)


def _closed_relative(ctx: Context, sent: Sentence, start: int, k: int, end: int) -> bool:
    """Whether token ``k`` stands in a relative clause (grammar ``relative``: الذي، التي) opened after ``start``
    and closed by a comma before ``end``: the words between the commas describe a name, not the event at ``end``."""
    toks = sent.tokens
    opener = next((j for j in range(k - 1, start - 1, -1)
                   if (w := grammar_word(ctx.lexicon, toks[j].norm)) and w[1] == "relative"), None)
    return opener is not None and any(toks[j].text in COMMAS for j in range(k + 1, end)) \
        and not any(toks[j].text in COMMAS for j in range(opener + 1, k))


def _imperfect(ctx: Context, trig: Trigger) -> bool:
    """Whether a verb trigger's form is an imperfect (يلتقي، تستضيف), not a past (التقى، استقبل); a form
    with ت is one when the lexicon knows its masculine as a verb of the same event (تعارض: يعارض), not a
    past of the fifth form (توجه، تباحث)."""
    form = trig.rule.pattern[0].rstrip("*")
    if clitics.imperfect(form):
        return True
    twin = clitics.masculine_imperfect(form)
    return twin is not None and any(r.frame == "verb" and r.event == trig.rule.event
                                    for r in ctx.lexicon.candidates(twin))


def _departing(sent: Sentence, trig: Trigger, clauses: list[Clause], cues, date: PartialDate | None, ref: PartialDate | None) -> bool:
    """A trip that set off on the day of the news (توجه بومبيو الخميس إلى كوريا الشمالية لإجراء
    محادثات, published that Thursday) has not yet arrived: the visit and the talks it is for are
    still to come. Days later the same words report a visit made. Departure cues (cues.tsv kind
    ``departure``) count at the trigger or in a clause the trigger's purpose clause serves; so do arrival
    cues (``arrival``: وصل ... الثلاثاء للقاء الملك) for what the trip is for, never the arrival itself."""
    if date is None or ref is None or date.precision != "day" or date != ref:
        return False
    c = clause_at(clauses, trig.tok_start)
    lo = clauses[c].start
    while clauses[c].kind in CONTINUES and clauses[c].parent is not None:
        c = clauses[c].parent
        lo = clauses[c].start
    # an arrival (وصل ... للقاء) governs only what the trip is for, and no visit: the arrival is a visit
    # made (وصل مساء السبت إلى نيودلهي في زيارة دولة: the state visit has begun), and a verb joined to it
    # tells what was done there (وصل إلى الرياض والتقى الملك، حيث التقى أمير قطر: the meeting took place)
    aim = trig.rule.event not in ("Visit", "Host") and _for_purpose(sent, trig, clauses)
    return any((cue.kind == "departure" and lo <= k <= trig.tok_start)
               or (cue.kind == "arrival" and aim and lo <= k < trig.tok_start) for k, cue in cues)


def _meeting_aimed(ctx: Context, sent: Sentence, trig: Trigger, cues) -> bool:
    """Whether a meeting noun is what something is for: glued to the ل of purpose (تعد واشنطن لاجتماع بين
    ترامب وكيم، المكان المفضل للقاء ترامب وكيم، كشرط مسبق للاجتماع مع ترامب، استعداد ترامب للقاء قمة مع بوتين):
    the meeting is aimed at, not reported as held (tests/data/real/GUIDELINES.md, Modality). A trip before it
    (وصل ... للقاء الملك، توجه ... للقاء) is left to :func:`_departing`, which reads the day: a day before
    the news it reports a meeting held. A picture of the meeting (grammar ``record``: صورا رائعة للاجتماع،
    صورة أخرى لمصافحة) shows one held, and a round or outcome of it (grammar ``part``: الجولة الثالثة للمحادثات،
    النتائج الإيجابية للاجتماع) is of it: their ل is the genitive's, and the verb gives the modality."""
    if trig.rule.event != "Meeting" or not _glued_purpose(sent, trig):
        return False
    records = ctx.lexicon.words("record") | ctx.lexicon.words("part")  # a picture, or a round or outcome, of the meeting
    if any(f in records for k in range(max(0, trig.tok_start - RECORD_SPAN), trig.tok_start)
           for _, f in clitic_readings(sent.tokens[k].norm)):
        return False
    return not any(cue.kind in ("departure", "arrival") and k < trig.tok_start for k, cue in cues)


RECORD_SPAN = 3  # tokens from a picture noun to the meeting noun it shows (صورا رائعة" للاجتماع: an adjective, a quote)


def _for_purpose(sent: Sentence, trig: Trigger, clauses: list[Clause]) -> bool:
    """Whether an event is what a trip is for: its clause opened by a purpose word (لإجراء محادثات،
    لبحث) or its noun glued to the purpose ل (للقاء الملك); never a verb or noun of a clause joined
    by و or حيث, which tells what the trip did."""
    return clauses[clause_at(clauses, trig.tok_start)].kind == "purpose" or _glued_purpose(sent, trig)


def _glued_purpose(sent: Sentence, trig: Trigger) -> bool:
    """Whether a noun trigger carries the glued ل of purpose (للقاء الملك), the article's alef dropped
    after it as the writing does (للمحادثات: ل + المحادثات)."""
    return trig.rule.frame == "noun" and any(prep == FOR for _conj, prep in _trigger_proclitics(sent, trig))


def _trigger_proclitics(sent: Sentence, trig: Trigger) -> list[tuple[bool, str | None]]:
    """The conjunction and preposition glued to a trigger's first word, for each reading of it that is the
    rule's first form with letters stripped (للقاء: ل; بدعم: ب; وللمحادثات: و + ل)."""
    stem, norm = trig.rule.pattern[0].rstrip("*"), sent.tokens[trig.tok_start].norm  # patterns are normalised on load
    return [split_prefix(norm[:n]) for n, form in clitic_readings(norm) if n and form.startswith(stem)]


def _told_ahead(ctx: Context, sent: Sentence, trig: Trigger, clauses: list[Clause], cues) -> bool:
    """Whether an event is told in the present, so that a day its clause names is that day or one
    after it: its verb an imperfect (:func:`_present`: يستقبل الرئيس الفرنسي الجمعة رئيس الحكومة
    الإيطالية), or its noun right after a light verb in the present (cues.tsv kind ``present``: تعقد
    الأربعاء قمة، يجري محادثات). News agencies announce the day's programme that way, published that
    morning; :func:`build_events` makes it planned when the day is named. Without a day the present
    is a visit under way or a habit (يزور حاليا), left as it is; so is one its clause says is under
    way (calendar.tsv ``current``: الذي يزور حاليا فرنسا، الاثنين), whatever day it names."""
    own = clauses[clause_at(clauses, trig.tok_start)]
    currents = ctx.calendar.currents
    if any(clitics.without_conjunction(sent.tokens[k].norm, currents) in currents for k in range(own.start, own.end)):
        return False
    if _present(ctx, sent, clauses, trig):
        return True
    return trig.rule.frame != "verb" and any(
        cue.kind == "present" and own.start <= k < trig.tok_start and _in_present(ctx, sent, clauses, k, cue.pattern[0])
        for k, cue in cues)


def _on_or_after(date: PartialDate | None, ref: PartialDate | None) -> bool:
    """Whether a day-precise ``date`` is the news day or later."""
    return bool(date and ref and date.precision == "day" and ref.precision == "day" and date.as_date() >= ref.as_date())


# Tokens from a cue of scope "clause" to the trigger it governs: a subject written out in full and a time
# stand between (ألغت كوريا الشمالية الأسبوع الماضي في اللحظة الأخيرة اجتماعا: eight tokens).
CLAUSE_CUE_SPAN = 9
# A denied noun heads what is denied: نفى أن يكون اجتماع قد عقد (three words on), نفت إرسال أسلحة.
DENIED_NOUN_SPAN = 4
MUTUAL = "mutual"  # the mode of a بين row whose sides oppose each other (triggers.tsv: حرب كلامية)
CLASH = "clash"  # the mode of a clash noun with مع whose party fought the side that fell (triggers.tsv: مواجهات مع)
WARN = "warn"  # the mode of warning verbs (triggers.tsv): whom they warn, see _warned
ACCUSE = "accuse"  # the mode of accusation verbs (triggers.tsv: اتهم): the one accused stands before the charge
DEEM = "deem"  # the mode of verbs of judging (triggers.tsv: اعتبر): the party judged, then a bad verdict
STANDING_CHARGES = (ACCUSE, DEEM)  # Opposition verbs whose imperfect in the narrative is a standing charge
COMPARATIVE_SPAN = 2  # أكثر, then the compared noun, then the stance noun (أكثر الدول دعما)
STRIKE_ADJECTIVES = 1  # plain words between a strike noun and its nisba or ل-party (غارات جوية للتحالف)
VICTIM_SPAN = 12  # words from a word of killing to the strike that caused it (مقتل سبعة من الحوثيين ... في غارة)
STRIKE_SPAN = 3  # words from a strike noun before a hostile verb to the verb (غارة جوية تركية استهدفت)
EXPORTER_SPAN = 6  # tokens from an importer to the origin of its imports (من الصلب والألومنيوم التركي)


def _denial_reaches(trig: Trigger, clauses: list[Clause], chain: list[tuple[int, str | None]], k: int) -> bool:
    """Whether a denial cue at token ``k`` governs the trigger: in the trigger's clause, or in a
    clause whose link down the chain is the complement it denies (نفى أن)."""
    links = dict(chain)  # clause -> kind of the clause below it (None for the trigger's own)
    cue_clause = clause_at(clauses, k)
    if cue_clause not in links or links[cue_clause] not in (None, "complement", "complement-ref"):
        return False
    return trig.rule.frame != "noun" or trig.tok_start - k <= DENIED_NOUN_SPAN


def _date_scope(clauses: list[Clause], trig: Trigger, asserted: bool) -> list[Clause]:
    """The clauses whose date is the trigger's: its own, then the ones it continues (a coordinated
    verb, حيث, a purpose: وصل أمس ... والتقى، زار ... لبحث) and, for a reported fact, the report
    (أعلن الإليزيه ليل الاثنين أن الرئيسين بحثا: reported then, so it happened by then). A relative
    clause (الذي صرح الجمعة) has a time of its own; a planned event reported today is not today."""
    kinds = CONTINUES + (("complement", "complement-ref") if asserted else ())
    c = clause_at(clauses, trig.tok_start)
    scope = [clauses[c]]
    while clauses[c].kind in kinds and clauses[c].parent is not None:
        c = clauses[c].parent
        scope.append(clauses[c])
    return scope


def _event_date(ctx: Context, sent: Sentence, clauses: list[Clause], trig: Trigger,
                modality: str, ahead: bool = False) -> tuple[PartialDate | None, bool]:
    """The date the trigger's own clause states (a weekday, أمس, a day and month, a month, a
    period), else the article's news date when the clause reports the news: an asserted event
    with no time of its own and no sign of an earlier past (حينها، كانت ... قد، حرب 1973). The
    second value says the date is that news day, a guess that a date stated elsewhere outranks.

    Never a year from another clause or number. A planned event resolves its weekday or month
    forward (سيجتمع ... يوم الأربعاء: the next Wednesday) and takes no article date: that is when
    it was announced, not when it will happen. So does a day named for an event told in the present
    (``ahead``: تعقد الأربعاء قمة, :func:`_told_ahead`).
    """
    forward = True if modality != "Asserted" else None
    if _epithet(ctx, sent, trig):
        # a standing state (المدعومة من إيران، العضو في مجلس الأمن) or a one-off act so named (الاتفاق
        # الموقع بين) is no act of the day: the text does not date it, so neither does the event (the
        # issue's rule: the article's date only when the tense says the act is recent; GUIDELINES.md: a
        # relation the text does not date has none). Audits s30 and s31: two readers left 15 such epithets
        # undated that the article's date had stamped
        return None, False
    if _standing_relative(ctx, sent, clauses, trig):
        return None, False
    if trig.tok_start and since_word(ctx.calendar, sent.tokens, trig.tok_start - 1):
        return _since_date(ctx, sent, clauses, trig), False
    scope = _date_scope(clauses, trig, modality == "Asserted")
    spans, earlier = _prior_spans(ctx, sent, clauses, trig, [(c.start, c.end) for c in scope])
    for n, (lo, hi) in enumerate(spans):
        phrase = _comma_phrase(sent, trig, lo, hi) if n == 0 else (lo, hi)
        # an event told ahead reads its own clause's day forward, after its verb (يزور ... الجمعة); a day
        # before it is another verb's (أقرت الأربعاء قرارا ... وتعديلا يدين حماس), and a report's day
        # (أعلن الإليزيه الأحد أن ماكرون يستقبل) is when it was said, read as any other
        # ... unless the day is when it began (يشارك منذ الاثنين في المحادثات: under way since the last Monday)
        reads_ahead = n == 0 and ahead and not any(since_word(ctx.calendar, sent.tokens, k) for k in range(lo, hi))
        own = ctx.span_day_ahead(sent, trig.tok_start, hi) if reads_ahead else None
        ahead_here = True if reads_ahead else forward
        own = own or (ctx.span_date(sent, *phrase, ahead_here) if phrase != (lo, hi) else None) \
            or ctx.span_date(sent, lo, hi, ahead_here)
        if not own and not n and earlier:
            counted = _counted_from_later(ctx, sent, spans, lo, hi, forward, modality)
            if counted:
                return counted
        if own:
            if n and earlier and ctx.span_names_week(sent, lo, hi):
                return None, False  # a week named for the later event need not hold the earlier one
            return own, False
    entry, headed = ctx.entry_dates.get(sent.index, (None, False))
    if entry and modality == "Asserted" and not (headed and _past_auxiliary(ctx, sent, clauses, trig)):
        # an item of a timeline (30 يناير 2013: الطيران الإسرائيلي يقصف ...) happened on its head's day, not the news
        # day, even told in the present or after بعد (Context._timeline); a past perfect under a heading is
        # background told after the list (وكان ... قد زار)
        return entry, False
    if modality != "Asserted" or (earlier and spans[0][0] == scope[0].start):
        # a clause of an earlier event (بعد أن التقى، بعدما زار) that nothing dates happened before the
        # news it leads up to, not on its day
        return None, False
    tail = _after_quote(ctx, sent, clauses, scope[-1])
    own = ctx.span_date(sent, *tail) if tail else None
    if own:
        return own, False
    if any(ctx.span_background(sent, lo, hi) for lo, hi in spans) or _past_auxiliary(ctx, sent, clauses, trig) \
            or _past_relative(ctx, sent, clauses, trig) or _standing_present(ctx, sent, clauses, trig, scope) \
            or _fronted_since(ctx, sent, scope, trig) or _continued(ctx, sent, trig):
        return None, False
    # in the lead itself, a day named in another clause (الذي صرح الاثنين) is that clause's; a
    # statement in the present (وتعارض وزارة الدفاع ...) holds on the article's day, not the lead's
    own_clause = clauses[clause_at(clauses, trig.tok_start)]
    today = sent.index == ctx.lead or (_present(ctx, sent, clauses, trig) and own_clause.kind not in ("complement", "complement-ref"))
    return (ctx.doc.reference_date if today else ctx.lead_date), True


def _standing_relative(ctx: Context, sent: Sentence, clauses: list[Clause], trig: Trigger) -> bool:
    """Whether a Support or Opposition verb in the imperfect opens a relative clause (الحوثيين الذين تدعمهم
    إيران، قوات الحكومة السورية، التي تساندها روسيا; غولن الذي تتهمه أنقرة، الجيش اليمني الذي يحارب الحوثيين):
    what its noun is known for, the standing tie or stance that المدعومين من إيران states (:func:`_epithet`), so
    undated like it, and not by a date in the clause, which is the accused act's (الذي تتهمه أنقرة بالوقوف وراء
    محاولة الانقلاب في 15 يوليو 2016). Audit s32: «التي تساندها روسيا», audit s35: «الذي يحارب الحوثيين» stamped
    with the news day. Corpus: 393 relative pronouns right before تدعم/يدعم/تساند/يؤيد/تمول forms and the like;
    400 articles filtered on relatives of stance verbs: 26 Opposition relatives undated, 24 right, 1 wrong
    (وهي المرة الأولى التي تتهم فيها: the news itself, hence the occasion nouns of grammar.tsv), 1 unsure."""
    own = clauses[clause_at(clauses, trig.tok_start)]
    if not (trig.rule.event in ("Support", "Opposition") and own.kind == "relative" and trig.tok_start == own.start + 1
            and trig.rule.frame == "verb" and _imperfect(ctx, trig)):
        return False
    # ... not on a noun of an occasion (وهي المرة الأولى، التي تتهم فيها إسرائيل إيران: the news itself)
    return not _on_occasion(ctx, sent, own)


def _on_occasion(ctx: Context, sent: Sentence, own: Clause) -> bool:
    """Whether a noun of an occasion (grammar.tsv ``occasion``: المرة الأولى) stands in the few words before
    the clause ``own``: the clause tells the news itself (وهي المرة الأولى، التي تتهم فيها إسرائيل إيران)."""
    occasions = ctx.lexicon.words("occasion")
    before = [tok.norm for tok in sent.tokens[max(0, own.start - OCCASION_SPAN - 1):own.start] if tok.text not in COMMAS]
    return any(form in occasions for form in before[-OCCASION_SPAN:])


OCCASION_SPAN = 4  # words back from a relative pronoun to its occasion noun (المرة الأولى من نوعها التي تتهم)


def _fronted_since(ctx: Context, sent: Sentence, scope: list[Clause], trig: Trigger) -> bool:
    """Whether a clause of the trigger's scope opens with a since-phrase before it (ومنذ بداية النزاع في سوريا،
    تتهم دمشق إسرائيل; ومنذ توليه منصبه، هاجم ترامب ...): a state held, or acts repeated, from a start the
    phrase names, no one day; reaching here, the phrase gave no date (ومنذ 2015 قدم دعما has its year), so the
    text does not date the event. Only at a clause's start: inside a clause the phrase dates another thing
    (أول زيارة منذ عام 2011, :func:`_prior_spans`). Audit s35: «منذ بداية النزاع ... تتهم» stamped with the
    article's day."""
    return any(c.start < trig.tok_start and since_word(ctx.calendar, sent.tokens, c.start) for c in scope)


def _standing_present(ctx: Context, sent: Sentence, clauses: list[Clause], trig: Trigger, scope: list[Clause]) -> bool:
    """Whether a Support verb in the imperfect tells the narrative, not a report (وتدعم إيران نظام الأسد، ويدعم
    الجيش الأمريكي التحالف): the tie the article explains, which held before the news and holds on, like the
    relative «التي تدعمها إيران» (:func:`_standing_relative`), so the text gives it no day. Said in a report
    (قال إن إسرائيل تدعم الخطوة) it is a statement of that day, dated by it (GUIDELINES.md). Audit s33: two
    such ties stamped with the news day. A quote mark anywhere in the sentence (أكد أن "المملكة تدعم، the tail of
    a quote opened before) makes it a statement too.

    So with an accusation or verdict verb (modes accuse and deem) after the lead (وتتهم الرياض طهران بتزويد
    الحوثيين، وتعتبر أنقرة الحزب منظمة إرهابية): the charge the article explains, not the day's. Not in the
    lead or before it (a title), nor after a party named first in its clause (سوريا تتهم إسرائيل بشن غارات: a
    headline, of a linked story too), nor on an occasion noun (وهي المرة الأولى التي تتهم فيها: the news
    itself). Audits s34-s36: such charges stamped with the news day (تتهم الرياض طهران); corpus, 600 articles
    filtered on the imperfect forms (from lines 6000 and 16000): 40 dates changed, 35 right, 1 wrong (حيث
    تتهم فرنسا إيطاليا, a fresh row), 4 unsure."""
    own = clauses[clause_at(clauses, trig.tok_start)]
    # the verb first (وتتهم الرياض طهران، فيما تعتبر تركيا): a party named before it is a headline's subject
    # (سوريا تتهم إسرائيل بشن غارات, the title of a linked story: the news of its own day)
    charge = trig.rule.mode in STANDING_CHARGES and ctx.lead is not None and sent.index > ctx.lead \
        and not any(m.sentence == sent.index and own.start <= m.tok_start < trig.tok_start for m in ctx.linked.mentions) \
        and not _on_occasion(ctx, sent, own)
    return ((trig.rule.event == "Support" or charge) and _present(ctx, sent, clauses, trig)
            and all(c.kind not in ("complement", "complement-ref") for c in scope)
            # a charge may hold a quoted term (تنظيما "إرهابيا"); a Support verb, welcome included, keeps any
            # mark as speech (يرحبون بتصريحات ترامب بشأن "تمويل قطر للإرهاب": a headline of the day)
            and not (_speech_quote(sent, trig.tok_start) if charge else any(tok.text in QUOTES for tok in sent.tokens)))


SCARE_QUOTE_SPAN = 3  # words a quoted term holds (تنظيما "إرهابيا"، "الدولة الإسلامية"), not a statement


def _speech_quote(sent: Sentence, k: int) -> bool:
    """Whether a quote mark in the sentence may open or close speech: any mark but those that pair up
    around a term of a few words after the verb at token ``k`` (وتصنف الولايات المتحدة حزب العمال الكردستاني تنظيما
    "إرهابيا": the charge's own term, no statement of the day). An odd mark is the tail of a quote opened
    before (أكد أن "المملكة تدعم، :func:`_standing_present`); a short quote before the verb is someone's words
    of the day (ترامب الذي أكد أن دمشق ... يجب أن "تدفع ثمنا باهظا"، ... فيما تتهم موسكو وطهران الولايات المتحدة,
    a review's find). Read for standing charges only.
    Corpus, 200 articles from line 6500 filtered on a stance verb in the imperfect before a quote mark:
    11 charge dates undone, 10 right (وتعتبر أنقرة وحدات حماية الشعب "منظمة إرهابية"), 1 wrong (وفي كتابها
    تتهم نيومان ترامب ... "كثرة النسيان": the book is the news); 150 more from line 14000 (verbs of charge
    only): 2 undone, 1 right (ويتهم النظام السوري ... "الخوذ البيضاء"), 1 wrong (the same book)."""
    marks = [j for j, tok in enumerate(sent.tokens) if tok.text in QUOTES]
    if len(marks) % 2:
        return True
    return any(close - open_ - 1 > SCARE_QUOTE_SPAN or open_ < k for open_, close in zip(marks[::2], marks[1::2]))


def _past_relative(ctx: Context, sent: Sentence, clauses: list[Clause], trig: Trigger) -> bool:
    """Whether a past event verb stands in a relative clause after the lead (العقوبات التي فرضها الاتحاد
    الأوروبي على روسيا، الداعية الذي اتهمته أنقرة، الغارات التي نفذتها واشنطن على سوريا): the clause
    says what its noun is known for, an act before the news, so the news day is not its date unless
    the clause names one (checked before). An imperfect of another event is a state of the news day, or
    a standing tie or stance with no day at all (التي تدعمها إيران، الذي تتهمه أنقرة, :func:`_standing_relative`)."""
    own = clauses[clause_at(clauses, trig.tok_start)]
    # the verb right after its pronoun: a clause read on past a comma (الاتهامات التي وجهتها الوزارة،
    # قررت الخزانة فرض عقوبات) may hold the sentence's own news
    return (sent.index != ctx.lead and own.kind == "relative" and trig.tok_start == own.start + 1
            and trig.rule.frame == "verb" and not _imperfect(ctx, trig))


def _epithet(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """Whether the trigger is a definite participle that qualifies the noun before it (الحوثيين المدعومين
    من إيران، الاتفاق الموقع بين، العقوبات المفروضة على; an active one of grammar ``participle``: الموالية لإيران),
    a noun of a standing tie (grammar ``standing``: حليف، حلفاء) or a leader phrase on a named body (التحالف بقيادة
    السعودية; grammar ``leader``): it names a standing state or an earlier act, not the act its sentence
    reports, so the day its sentence names is not its date (قوات سوريا الديمقراطية المدعومة أمريكيا in a
    report of an attack on Monday: supported before and since)."""
    first = sent.tokens[trig.tok_start].norm
    grammar = ctx.lexicon.grammar.get(first)
    standing = ctx.lexicon.words("standing")
    if grammar == "participle" or any(form in standing for _, form in clitic_readings(first)):
        # الحوثيين الموالين لإيران، حزب الله الداعم للنظام، موسكو أكبر حليف لدمشق: a tie that holds, in
        # any frame (audit s32: 5 of 46 right edges so stamped with a day)
        return True
    return trig.rule.frame == "passive" and (definite_word(first) or grammar == "leader")


CONTINUED_SPAN = 4  # words from a continuation noun to the act it governs (استمرار تورط النظام الإيراني بدعم)


def _continued(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """Whether a noun of a Support act is governed by a noun of continuation (grammar ``continued``: يثبت
    استمرار تورط النظام الإيراني بدعم الحوثيين): a tie said to go on, which held before the news and holds on, so
    the text gives it no day (audit s37: such a tie stamped with the news day). A day its clause names still
    dates it (read before this). Not Cooperation: «اتفق البلدان على مواصلة التعاون»، «من خلال استمرار التدريبات
    المشتركة» are the day's agreement or exercise. Corpus, 400 articles from line 11000 filtered on the two
    nouns: 11 Support dates undone, 11 right (all the coalition spokesman's «يثبت استمرار تورط النظام الإيراني
    بدعم» after a missile), 2 Cooperation ones wrong, hence Support only."""
    if trig.rule.event != "Support" or trig.rule.frame == "verb":
        return False
    continued = ctx.lexicon.words("continued")
    toks = sent.tokens
    for k in range(trig.tok_start - 1, max(-1, trig.tok_start - 1 - CONTINUED_SPAN), -1):
        if toks[k].text in COMMAS or toks[k].text in QUOTES:
            return False
        if any(form in continued for _, form in clitic_readings(toks[k].norm)):
            return True
    return False


def _past_auxiliary(ctx: Context, sent: Sentence, clauses: list[Clause], trig: Trigger) -> bool:
    """Whether an event verb in the past follows an auxiliary of the past in its clause, with or without
    قد (وكان الاتحاد الأوروبي انتقد هذه المقاربة: the pluperfect), a past before the news, so the news
    day is not its date (the pluperfect with قد is read by :func:`background`)."""
    if trig.rule.frame != "verb":
        return False
    own = clauses[clause_at(clauses, trig.tok_start)]
    if _imperfect(ctx, trig):
        return False  # كانت ولا تزال تدعم: a state that holds on, of the news day too
    auxiliaries = ctx.calendar.auxiliaries
    return any(clitics.without_conjunction(sent.tokens[j].norm, auxiliaries) in auxiliaries
               for j in range(own.start, trig.tok_start))


def _since_date(ctx: Context, sent: Sentence, clauses: list[Clause], trig: Trigger) -> PartialDate | None:
    """The date of an event named right after منذ (ومنذ لقائهما في سنغافورة، منذ زيارته): a past
    that a state is counted from, dated only by its own phrase, up to a comma or its clause's end
    (منذ لقائه مع كيم في 12 يونيو); the clause's other time is the later state's, and the news
    day is not its day."""
    toks, hi = sent.tokens, clauses[clause_at(clauses, trig.tok_start)].end
    end = next((k for k in range(trig.tok_end, hi) if toks[k].text in COMMAS), hi)
    # a time set off by commas right after the phrase is still its own (منذ زيارته القنصلية، الثلاثاء الماضي)
    cal = ctx.calendar
    while end + 1 < hi and (toks[end + 1].norm in cal.weekdays or toks[end + 1].norm in cal.relative):
        end = next((k for k in range(end + 1, hi) if toks[k].text in COMMAS), hi)
    return ctx.span_date(sent, trig.tok_start, end)


def _present(ctx: Context, sent: Sentence, clauses: list[Clause], trig: Trigger) -> bool:
    """Whether the trigger is a verb in the imperfect: a day it names lies ahead, not behind (يزور
    الرئيس موسكو الجمعة, published on a Thursday: the visit is the next day). The past tells a past
    day (زار ... الجمعة: the last Friday); only a clause's own day is read so, not its report's.
    A form with ت is an imperfect when the lexicon knows its masculine as a verb of the same event
    (تعارض: يعارض), not a past of the fifth form (توجه، تباحث)."""
    form = trig.rule.pattern[0].rstrip("*")
    return trig.rule.frame == "verb" and _in_present(ctx, sent, clauses, trig.tok_start, form) and _imperfect(ctx, trig)


def _in_present(ctx: Context, sent: Sentence, clauses: list[Clause], k: int, stem: str) -> bool:
    """Whether the verb ``stem`` at token ``k`` keeps the time of the present: not a verb of purpose
    (وصل الأحد ليلتقي، ليجري محادثات: the time of the verb it serves) and no auxiliary of the past
    before it in its clause (وكانت إسرائيل تعارض، وكان الرئيس الفرنسي إيمانويل ماكرون يلتقي: a past)."""
    if clitics.purpose_verb(sent.tokens[k].norm, stem):
        return False
    auxiliaries = ctx.calendar.auxiliaries
    return not any(clitics.without_conjunction(sent.tokens[j].norm, auxiliaries) in auxiliaries
                   for j in range(clauses[clause_at(clauses, k)].start, k))


def _counted_from_later(ctx: Context, sent: Sentence, spans: list[tuple[int, int]], lo: int, hi: int,
                        forward: bool | None, modality: str) -> tuple[PartialDate, bool] | None:
    """An earlier event told with the gap to the later one (وجاء ذلك بعد يومين من إعلان واشنطن
    عقوبات): the later event's date, its own or the news day, less the gap. Sharing the later date
    (as an earlier event with no gap does) would be the gap's days off."""
    gap = ctx.span_gap(sent, lo, hi)
    if gap is None:
        return None
    later = next((d for span in spans[1:] if (d := ctx.span_date(sent, *span, forward))), None)
    guess = later is None
    if guess:
        if modality != "Asserted" or any(ctx.span_background(sent, *span) for span in spans[1:]):
            return None
        later = ctx.doc.reference_date if sent.index == ctx.lead else ctx.lead_date
    date = count_back(gap, later)
    return (date, guess) if date else None


def _comma_phrase(sent: Sentence, trig: Trigger, lo: int, hi: int) -> tuple[int, int]:
    """The comma-delimited phrase of tokens ``lo``..``hi`` that holds the trigger: a date there is
    the trigger's before one in a phrase the commas set apart («فرضت أمس الاثنين عقوبات ...، استنادا
    إلى قانون أقرته واشنطن قبل عام»: a year ago is the law's; «ومنذ توليه السلطة عام 2016، هدد ترامب
    بتمزيق الاتفاق الموقع عام 2015»: the agreement's year is the one beside it)."""
    toks = sent.tokens
    start = next((k + 1 for k in range(trig.tok_start - 1, lo - 1, -1) if toks[k].text in COMMAS), lo)
    end = next((k for k in range(trig.tok_end, hi) if toks[k].text in COMMAS), hi)
    return start, end


def _after_quote(ctx: Context, sent: Sentence, clauses: list[Clause], top: Clause) -> tuple[int, int] | None:
    """The span that goes on after a quotation closing a clause's complement, when a comma follows
    the closing mark (وصف أردوغان نتنياهو بأنه "إرهابي"، في خطاب متلفز، الأحد): the statement
    resumes there, so its time is the clause's. The quote's marks cut the sentence into clauses of
    their own (:func:`~kg.pipeline.rules.clauses.segment`), which would leave the day undated."""
    toks = sent.tokens
    top_index = clauses.index(top)
    family = {top_index}
    j = top_index + 1
    while j < len(clauses) and clauses[j].parent in family:  # the clause's complements
        family.add(j)
        j += 1
    if j >= len(clauses) or clauses[j].kind != "break" or clauses[j].start == 0 \
            or toks[clauses[j].start - 1].text not in QUOTES:
        return None  # no quotation opening right after the clause
    close = next((k for k in range(clauses[j].start, len(toks)) if toks[k].text in QUOTES), None)
    if close is None or close + 2 >= len(toks) or toks[close + 1].text not in COMMAS:
        return None
    # only an adjunct of time or place resumes the statement (، في خطاب ...، الأحد؛ ، الأحد): «، ونفذت
    # تدريبات الثلاثاء»، «، مؤكدا تقريرا نشرته الاثنين»، «، وذلك بعد خروج ... الأحد» tell another event
    first = toks[close + 2].norm
    if not (first in ctx.calendar.weekdays or first in ctx.calendar.relative
            or ctx.lexicon.grammar.get(first) in ("locative", "forum-cue")) \
            or any(prior_word(ctx.calendar, toks, k) for k in range(close + 2, len(toks))):
        return None
    return next(((c.start, c.end) for c in clauses if c.start == close + 1), None)


def _prior_spans(ctx: Context, sent: Sentence, clauses: list[Clause], trig: Trigger,
                 spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], bool]:
    """The token spans whose date is the trigger's, split where a phrase tells an earlier event
    (بعد، عقب، إثر; calendar.tsv ``prior``), and whether the trigger's event is that earlier one.

    A date on one side of the split never dates the other: «هددت موسكو ... بعد إخضاع طائرة للتفتيش
    يوم الخميس» (Thursday is the inspection's). The earlier event (after the word, or the clause of
    بعد أن / بعدما) looks to its own words first, then to the clause it precedes, whose date it shares
    when that is a day or a month, never a week (قال الأربعاء عقب اجتماع: the same day; ضاعفت الأسبوع
    الماضي الرسوم بعد رفض أنقرة: the refusal is undated): :func:`_event_date`. Only the trigger's own
    clause is split; a report clause in scope keeps its date whole."""
    lo, hi = spans[0]
    marks = [k for k in range(lo, hi) if prior_word(ctx.calendar, sent.tokens, k)]
    before = [k for k in marks if k <= trig.tok_start]
    # a since-phrase after the word (أول زيارة منذ عام 2011) dates when a state began, not the event
    after = sorted(set(k for k in marks if k > trig.tok_start)
                   | {k for k in range(trig.tok_end, hi) if since_word(ctx.calendar, sent.tokens, k)})
    own_lo, own_hi = (before[-1] if before else lo), (after[0] if after else hi)
    out = [(own_lo, own_hi)]
    earlier = own_lo > lo  # a phrase after the word, inside a clause whose own event stands before it
    if earlier:
        out.append((lo, own_lo))
    elif lo > 0 and (prior_word(ctx.calendar, sent.tokens, lo) or prior_word(ctx.calendar, sent.tokens, lo - 1)) \
            and clauses[clause_at(clauses, lo)].kind in ("complement", "complement-ref"):
        earlier = True  # بعد أن زار، بعدما التقى: the clause of an earlier event, its parent the later one
    return out + spans[1:], earlier


def _news_day(date: PartialDate | None, ref: PartialDate | None) -> bool:
    """Whether a lead's date is the news day: a day in the week up to the article's date."""
    day, base = (date.as_date() if date else None), (ref.as_date() if ref else None)
    return bool(day and base and 0 <= (base - day).days <= 7)


def _after(date: PartialDate | None, ref: PartialDate | None) -> bool:
    """Whether ``date`` lies wholly after ``ref`` (to the precision both have): a future event."""
    if date is None or ref is None:
        return False
    a = (date.year, date.month or 0, date.day or 0)
    b = (ref.year, ref.month or 0, ref.day or 0)
    width = 3 if date.day and ref.day else 2 if date.month and ref.month else 1
    return a[:width] > b[:width]


def _place(ctx: Context, frames: Frames, trig: Trigger) -> str | None:
    """A city or region named as a location in the trigger's clause; for meetings, a country after في."""
    c = frames.clause(trig)
    for g in frames.groups:
        if not (c.start <= g.start < c.end):
            continue
        for a in g.args:
            if a.type == "Place" and not a.metonym:
                return a.entity
    if trig.rule.event in ("Meeting", "PhoneCall", "AgreementSigning"):
        for g in frames.groups:
            if c.start <= g.start < c.end and g.gov and ctx.lexicon.grammar.get(g.gov) == "locative":
                for a in g.args:
                    if a.type == "Country":
                        return a.entity
    return None


# Rows of triggers.tsv (frame derived) for the events read off another trigger's match: a leader
# phrase's body against a party (التحالف بقيادة السعودية ضد الحوثيين), a forum's session a meeting
# noun names (خلال اجتماع مجلس الأمن), a meeting's venue visited (التقى كوشنر السيسي في القاهرة).
LED_AGAINST, FORUM_SESSION, VENUE_VISIT = "opposition-2600", "coordination-2600", "visit-2600"
PAST_VERB = "support-3400"  # a verbal noun's form read as the past verb it also writes (ودعم الوزير موقف الرئيس)


def _new(ctx: Context, sent: Sentence, trig: Trigger, participants: list[str], derived: str | None = None,
         **kw) -> Event:
    """An event ``trig`` reads; a ``derived`` one takes its type, codes and rule id from that row, and
    the confidence of the trigger that read it."""
    rule = ctx.lexicon.derived(derived) if derived else trig.rule
    ev = Evidence(ctx.doc.id, sent.index, sent.start, sent.end, sent.text, trig.text, rule.id)
    return Event(type=TRIGGER_ALIASES.get(rule.event, rule.event), cameo=rule.cameo, plover=rule.plover,
                 plover_mode=rule.mode, participants=sorted(set(participants)), evidence=[ev],
                 confidence=round((trig.rule.confidence or 0.0) - kw.pop("penalty", 0.0), 2), **kw)


def _party(a: Arg) -> str | None:
    """The party an argument names: persons, states and organisations as themselves, capitals as
    their states, places and nothing else as none."""
    if a.metonym and a.country:
        return a.country
    return a.entity if a.type in PARTY_TYPES else None


def _parties(g: Group | None) -> list[str]:
    return [] if g is None else _dedupe(p for p in map(_party, g.args) if p)


def _symmetric(ctx, sent, frames: Frames, trig: Trigger, **kw) -> list[Event]:
    """Meetings, calls, signings and cooperation: the subject (or a noun's actor) with its partner,
    or both sides named at once (بين X و Y، التقى الرئيسان X و Y)."""
    # a meeting verb takes بين only when its rule names it or holds a noun (عقد ... اجتماع بين): after ناقشا
    # مع السيسي تعزيز التعاون بين الولايات المتحدة ومصر the pair is the cooperation noun's, not who met
    if trig.rule.frame == "passive" and trig.rule.event == "Cooperation":
        return _allied(ctx, sent, frames, trig)
    names_between = trig.rule.frame != "verb" or trig.rule.event not in ("Meeting", "PhoneCall") \
        or GAP in trig.rule.pattern or any(ctx.lexicon.grammar.get(w) == "between" for w in (*trig.rule.markers, *trig.rule.pattern))
    between = frames.between(trig) if names_between else None
    if between is not None and _nearer_event(ctx, sent, trig, between):
        between = None
    if trig.rule.event == "Cooperation" and trig.rule.frame == "noun" \
            and ctx.lexicon.grammar.get(trig.rule.pattern[-1]) == "comitative" \
            and glued_preposition(sent.tokens[trig.tok_start].norm)[1] == IN:
        return _adverbial_cooperation(ctx, sent, frames, trig, **kw)
    if between is not None:
        parties = _parties(between)
    else:
        actor = frames.actor(trig)
        partner = frames.object(trig, frames.after(trig, actor))
        each = False
        if partner is not None and actor is not None and partner.start == actor.start:
            partner = None
        if partner is not None and partner.gov and ctx.lexicon.grammar.get(partner.gov) == "between" \
                and _nearer_event(ctx, sent, trig, partner):
            partner = None
        pair = frames.between_pair(trig) if trig.rule.frame == "noun" and trig.rule.event in ("Meeting", "PhoneCall") \
            else None
        if pair is not None and not (pair and _nearer_event(ctx, sent, trig, pair[0])):
            # اللقاء بين الرئيس، ريفلين، ونظيره البولندي؛ اجتماع بين بومبيو ومسؤول كوري شمالي: بين names
            # both sides, so a party outside it (the statement's issuer, the clause's subject) is none of
            # them; with one side no entity the meeting has one known party and is no relation
            sides = _dedupe(p for g in pair for p in _parties(g))
            return _symmetric_event(ctx, sent, frames, trig, sides, **kw) if len(sides) > 1 else []
        if _joining_verb(trig):
            # لقاء جمع بوتين بماكرون: the meeting noun is the verb's subject, the parties follow it; a
            # pronoun on the verb (القمة التي جمعته بترامب) is the subject of the clause it hangs on
            owner = _pronoun_party(frames, sent, trig)
            if owner is None:
                after = [g for g in frames.bare_groups(frames.clause_index(trig)) if g.start >= trig.head_end]
                owner = after[0] if after and frames.plain_between(trig.head_end, after[0].start) <= 1 else None
            actor = owner
            partner = frames.object(trig, owner.end if owner is not None and owner.start >= trig.head_end
                                    else trig.head_end)
        if partner is not None and len(_parties(partner)) > 1 \
                and ctx.lexicon.grammar.get(trig.rule.pattern[-1]) == "between":
            actor = None  # اتفق الجانبان على التنسيق بين البلدين: both sides follow بين, the subject is no third

        if partner is None and actor is not None and actor.start >= trig.head_end and len(_parties(actor)) == 1 \
                and OBJECT in trig.rule.markers and trig.rule.frame == "verb":
            # وصل كيم إلى داليان، حيث التقى الرئيس شي: the clause's own subject is inherited, the name after
            # the verb is whom he met
            inherited = frames.inherited(frames.clause_index(trig))
            if inherited is frames.carried and not _dropped_subject(frames, trig, actor):
                inherited = None  # والتقى بولتون بالرئيس بوتين: a subject carried over never displaces a named one
            if inherited is not None and not set(_parties(inherited)) & set(_parties(actor)):
                actor, partner = inherited, actor
        if trig.rule.mode == WORK_WITH and not _works_with(frames, trig, actor, partner):
            return []
        if partner is not None and partner.gov and ctx.lexicon.grammar.get(partner.gov) == "locative" \
                and partner.gov not in trig.rule.markers:
            partner = None  # التقت أليسون مع الجنرال كيم في كوريا الشمالية: where they met, not whom

        if partner is None and actor is not None and trig.rule.frame == "noun" and trig.rule.event == "Meeting" \
                and actor is frames.genitive(trig) and all(_is_forum(ctx, p) for p in _parties(actor)):
            return _forum_meeting(ctx, sent, frames, trig, _parties(actor))
        if partner is None and actor is not None and actor is frames.genitive(trig) and _purpose_meeting(ctx, frames, sent, trig):
            # وصل بومبيو إلى الرياض للقاء الملك سلمان وولي العهد: the traveller meets each whom the noun
            # names; they are his hosts, not a pair meeting each other
            actor, partner, each = frames.clause_subject(frames.clause_index(trig)), actor, True
        if partner is None and trig.rule.frame == "passive" and trig.rule.event == "AgreementSigning":
            # الدول الموقعة على الاتفاق: a participle names the signatories of one side; with no
            # counterpart after مع or بين, the states it qualifies signed nothing with each other
            return []
        parties = _parties(actor) + [p for p in _parties(partner) if p not in _parties(actor)]
        if partner is None and len(parties) > MAX_GROUP_PARTIES:
            return []
        partners = [p for p in _parties(partner) if p not in _parties(actor)]
        # a list of partners met or called the subject, not each other; a joint act with a list (عملية
        # عسكرية مشتركة مع فرنسا وبريطانيا) is one undertaking of all of them
        # (a verb's bare object list too, after a subject named in its clause: التقى بومبيو الرئيس السيسي
        # ووزير الخارجية شكري; with the subject inherited the list may be the subject, التقى خلالها ترامب وكيم)
        clause = frames.clause(trig)
        listed = len(partners) > 1 and trig.rule.event == "Meeting" \
            and (partner.gov is not None and ctx.lexicon.grammar.get(partner.gov) != "between"  # بين: both sides
                 or partner.gov is None and trig.rule.frame == "verb" and actor is not None
                 and clause.start <= actor.start < clause.end and not _joined_subject(frames, actor, partner))
        # so with a list after مع of one who cooperates (تتعاون مصر مع فرنسا وألمانيا، أهمية التعاون مع الصين
        # وروسيا): France and Germany do not cooperate with each other; a joint act is one undertaking of all
        # (مناورات عسكرية مشتركة مع فرنسا وبريطانيا), and so is one agreement signed with a list (its co-signatories)
        listed = listed or len(partners) > 1 and trig.rule.event == "Cooperation" \
            and partner.gov is not None and ctx.lexicon.grammar.get(partner.gov) == "comitative" \
            and not _joint(ctx, sent, trig) and not any(a.phrase for a in partner.args)  # مع البلدين: the pair
        if not _parties(actor) and partners and (trig.rule.event == "PhoneCall" or listed):
            # أجرى اتصالات مع X و Y، مباحثات تجرى مع بريطانيا وفرنسا وألمانيا with no caller or subject
            # found: the partners spoke with the unnamed side
            return []
        if (len(_parties(actor)) > 1 or listed or trig.rule.event == "PhoneCall" or each) and partners:
            # كوشنر وغرينبلات بحثا مع تميم: co-actors each met the partner, not each other; a caller
            # with a list (أجرى الملك اتصالات مع X و Y) spoke with each, and they not with each other; so
            # did one who met a list (تسعى لإجراء محادثات مع كل من الولايات المتحدة وكوريا الشمالية)
            return [ev for a in _parties(actor) for p in partners
                    for ev in _symmetric_event(ctx, sent, frames, trig, [a, p], **kw)]
    if len(parties) < 2 and trig.rule.event == "Cooperation":
        # the two sides (يتعين على الجانبين تعميق التعاون), or two nisbas on the subject before the noun
        # (نفذت القوات العراقية والأمريكية عملية مشتركة)
        phrase = next((g for g in frames.groups if frames.clause(trig).start <= g.start < frames.clause(trig).end
                       and (any(a.phrase for a in g.args)
                            or g.nisba and len(g.entities) > 1 and g.end <= trig.tok_start)), None)
        if phrase is not None:  # يتعين على الجانبين تعميق التعاون: the two sides' states, whatever governs them
            parties = _dedupe(a.country for a in phrase.args if (a.phrase or a.nisba) and a.country)
        elif trig.rule.frame == "verb" and len(parties) == 1:
            # ونتعاون مع الصين: a verb's pronoun subject, one of the article's two states
            parties, kw["penalty"] = _with_pair(ctx, parties)
    return _symmetric_event(ctx, sent, frames, trig, parties, **kw)


WORK_WITH = "work"


def _works_with(frames: Frames, trig: Trigger, actor: Group | None, partner: Group | None) -> bool:
    """Whether a working-with verb (تعمل مع، نعمل مع) names a partner: a party right after مع (one noun
    may stand between: تعمل مع الحكومة الإسرائيلية), never a party further on behind a plain noun
    (تعمل مع حلفائها ... في دوما، ستعمل مع المستوردين للنفط الإيراني); in a relative clause (المتحدث الذي
    يعمل مع كوشنر) or with a person working with an organisation (كان يعمل مع تنظيم ...) it names a job."""
    if partner is None or frames.plain_between(trig.tok_end, partner.start) > 1:
        return False
    if actor is None:
        return False  # الدول الأوروبية تعمل مع الولايات المتحدة: an unnamed subject is not the article's other state
    if frames.clause(trig).kind == "relative":
        return False
    return not (any(a.type == "Person" for a in actor.args) and all(a.type == "Organization" for a in partner.args))


def _nearer_event(ctx: Context, sent: Sentence, trig: Trigger, between: Group) -> bool:
    """Whether another event's noun stands between a meeting or call and the بين pair after it: the pair is
    that nearer noun's (محادثات بشأن الإعداد للقمة بين ترامب وكيم: the summit's two sides, not who talked).

    Only for a meeting or a call, the case the guard was made for: a signing's pair is its signatories
    whatever the agreement is about (توقيع اتفاقية التعاون بين روسيا وتركيا، توقيع مذكرة تفاهم للتعاون بين ...).
    And a noun right after the trigger's words completes its own phrase (محادثات السلام بين ...): no other
    event, the pair is the phrase's; one word further (محادثات تمهيدا للقمة بين ...) it is another's."""
    if trig.rule.event not in ("Meeting", "PhoneCall"):
        return False
    return any(t is not trig and t.rule.frame == "noun" and trig.head_end <= t.tok_start < between.start
               and t.tok_start != trig.tok_end for t in read_sentence(ctx, sent).triggers)


def _joint(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """Whether a trigger names a joint act (grammar ``joint``: مشتركة، مناورات) in its words or right
    after them (عملية عسكرية مشتركة، تدريبات بحرية مشتركة)."""
    joint = ctx.lexicon.words("joint")
    return any(not joint.isdisjoint(f for _, f in clitic_readings(t.norm))
               for t in sent.tokens[trig.tok_start:trig.tok_end + 2])


def _adverbial_cooperation(ctx, sent, frames: Frames, trig: Trigger, **kw) -> list[Event]:
    """A cooperation noun after ب says how the clause's subject acts (فتحت الشرطة الفرنسية تحقيقا
    بالتعاون مع الإنتربول): the subject, a bare group before it in its clause, works with each party named
    right after the noun (one noun may stand between: بالتنسيق مع الحكومة السورية), and those parties not
    with each other (دخلت القافلة بالتعاون مع الصليب الأحمر والأمم المتحدة). A name governed by another
    word (اتهامات للممثل بالتعاون مع إسرائيل) or a party further on (لإقناع بيونغيانغ) is no side of it."""
    before = [g for g in frames.bare_groups(frames.clause_index(trig)) if g.end <= trig.tok_start]
    partner = frames.object(trig, trig.head_end)
    if not before or partner is None or frames.plain_between(trig.head_end, partner.start) > 1:
        return []
    actors = _parties(before[0])
    return [ev for a in actors for p in _parties(partner) if p not in actors
            for ev in _symmetric_event(ctx, sent, frames, trig, [a, p], **kw)]


def _purpose_meeting(ctx: Context, frames: Frames, sent: Sentence, trig: Trigger) -> bool:
    """A meeting noun glued to the purpose ل after its clause's verb and subject (وصل بومبيو إلى الرياض
    للقاء الملك سلمان، توجه السيسي إلى الخرطوم للقاء نظيره): the subject goes to meet the noun's genitive,
    who is no actor of it. After a plain noun (تمهيدا للقاء ترامب وكيم، الإعداد للقاء) the genitive is
    the meeting's own pair."""
    if trig.rule.event != "Meeting" or trig.tok_start == 0 or not _glued_purpose(sent, trig):
        return False
    before = trig.tok_start - 1
    while before > 0 and frames.kinds[before] == "gap":
        before -= 1
    if before not in frames.inside and before not in frames.titled and frames.kinds[before] is None \
            and sent.tokens[before].text.isalpha():
        return False  # تمهيدا للقاء، الإعداد للقاء: the noun is that noun's, not the subject's aim
    c = frames.clause(trig)
    if not any(t.rule.event == "Visit" and c.start <= t.tok_start < trig.tok_start
               for t in read_sentence(ctx, sent).triggers):
        return False  # شرط ترامب للقاء كيم، دعت أردوغان للقاء ترامب: no trip, no traveller
    subject = frames.clause_subject(frames.clause_index(trig))
    # a person travels to meet someone; a team (المنتخب التونسي للقاء كوستاريكا) plays a match
    return subject is not None and subject.end <= trig.tok_start and bool(subject.args) \
        and all(a.type == "Person" for a in subject.args)


def _allied(ctx, sent, frames: Frames, trig: Trigger) -> list[Event]:
    """A participle between two parties (أرمينيا المتحالفة مع موسكو، الحوثيين المتحالفين مع إيران): the
    party it describes, right before it, works with the party right after it. An unnamed noun before
    it (الميليشيات المتحالفة مع إيران) names no party, and the participle then gives nothing."""
    before = next((g for g in reversed(frames.groups) if g.end <= trig.tok_start), None)
    after = next((g for g in frames.groups if g.start >= trig.tok_end), None)
    if before is None or after is None or before.nisba or frames.plain_between(before.end, trig.tok_start) \
            or frames.plain_between(trig.tok_end, after.start):
        return []  # جماعات المعارضة السورية المتحالفة مع تركيا: a nisba on an unnamed noun is no party
    described = _parties(before)[-1:]  # أوبك وروسيا والمنتجين المتحالفين: the last noun of a list
    return [ev for a in described for b in _parties(after) if b != a
            for ev in _symmetric_event(ctx, sent, frames, trig, [a, b])]


def _joining_verb(trig: Trigger) -> bool:
    """A meeting row whose words are a meeting noun and then its verb (لقاء جمع*، القمة التي جمع*):
    the noun is the verb's subject, so no party stands before it."""
    pattern = trig.rule.pattern
    return trig.rule.event == "Meeting" and trig.rule.frame == "verb" and len(pattern) >= 2 \
        and GAP not in pattern and pattern[-1].endswith("*")


def _pronoun_party(frames: Frames, sent: Sentence, trig: Trigger) -> Group | None:
    """Who the object pronoun on a joining verb (:func:`_joining_verb`) stands for (لقاء جمعه بوزير،
    القمة التي جمعته بالرئيس): the subject of the clause a relative clause hangs on, else the nearest
    bare group before the trigger in its own clause."""
    last = trig.rule.pattern[-1]
    rest = sent.tokens[trig.tok_end - 1].norm[len(last) - 1:]
    if rest.startswith("ت"):
        rest = rest[1:]  # جمعته: the feminine ending before the pronoun
    if rest not in POSSESSIVES:
        return None
    c = frames.clause(trig)
    if c.kind == "relative" and c.parent is not None:
        owner = frames.clause_subject(c.parent)
    else:
        before = [g for g in frames.bare_groups(frames.clause_index(trig)) if g.end <= trig.tok_start]
        owner = before[-1] if before else frames.inherited(frames.clause_index(trig))
    # كشفت السفارة عن لقاء جمعه بالوزير: the pronoun is a person (the ambassador), not the body that tells
    return owner if owner is not None and any(a.type == "Person" for a in owner.args) else None


def _forum_meeting(ctx, sent, frames: Frames, trig: Trigger, forums: list[str]) -> list[Event]:
    """A meeting noun whose actor is a forum (قال لافروف خلال اجتماع مجلس الأمن) is the forum's
    session: the clause's subject before the noun takes part in it (coordinatesIn), no one met."""
    actors = [p for p in _parties(_subject_before(frames, trig)) if p not in forums]
    return [_new(ctx, sent, trig, actors, FORUM_SESSION, forum=f) for f in forums] if actors else []


def _subject_before(frames: Frames, trig: Trigger) -> Group | None:
    """Who takes part in a forum a noun's genitive names: the clause's last bare group before the
    noun, else the subject its clause inherits (the genitive is the forum, never the actor)."""
    before = [g for g in frames.bare_groups(frames.clause_index(trig)) if g.end <= trig.tok_start]
    return before[-1] if before else frames.inherited(frames.clause_index(trig))


def _symmetric_event(ctx, sent, frames: Frames, trig: Trigger, parties: list[str], **kw) -> list[Event]:
    """One symmetric event among ``parties``; a forum among them is its setting, not a party."""
    # a cooperation noun naming one party or none (التعاون مع الدول الأخرى، قوة مشتركة) does not stand
    # for the article's two states: on the dev articles that reading was wrong six times in seven
    parties = _without_own_state(ctx, parties)
    if len(parties) < 2:
        return []
    if trig.rule.event == "Meeting" and _sport(ctx, frames) and all(_etype(ctx, p) != "Person" for p in parties):
        return []
    forum = None
    if trig.rule.event == "Meeting":
        # a meeting of a forum (اجتماع لمجلس الأمن، على هامش قمة العشرين) has it as its setting, not as a party
        forum = next((p for p in parties if _is_forum(ctx, p)), None) or \
            next((a.entity for g in frames.groups for a in g.args if a.type == "Organization"
                  and _is_forum(ctx, a.entity) and _preceded_by(frames, a, ctx.lexicon.words("forum-cue"), 6)), None)
        if forum in parties:
            parties = [p for p in parties if p != forum]
            if len(parties) < 2:
                return []
    events = [_new(ctx, sent, trig, parties, forum=forum, place=_place(ctx, frames, trig), **kw)]
    return events + _venue_visits(ctx, sent, frames, trig, parties)


def _own_state_stance(ctx: Context, ev: Event) -> bool:
    """Whether a stance (Support or Opposition) joins a person and the state he holds office in (رفض وزير الخارجية
    الروسي سيرغي لافروف مزاعم تورط روسيا: Lavrov rejects claims about Russia; هدد ترامب بانسحاب الولايات المتحدة من
    الاتفاق), or a state's own body and that state (شنت قوات النظام السوري هجوما على غوطة دمشق: no Syrian army
    against Syria): an official or a body acts for its state, never for or against it as a second side, so such a
    reading is a misread argument. The office is the one the article states, else the gazetteer's (a row with a
    role: not a former or an opposition figure); a support joins no one and his own country at all (this
    replaced a Support-only check of the annotator). own133: 1,500 random corpus articles, 18 changed, 17 wrong
    events removed, 1 unsure."""
    if ev.actor is None or ev.target is None:
        return False
    for person, state in ((ev.actor, ev.target), (ev.target, ev.actor)):
        if not state.startswith("country/"):
            continue
        if _etype(ctx, person) == "Person":
            row = ctx.gaz.rows.get(person)
            # a support joins anyone and his own state in domestic politics (أكد العاهل الأردني أنه يقف إلى جانب
            # الشعب الأردني; دعم الشعب المصري للرئيس): his country, however known; an opposition needs his office
            held = ctx.country_of(person) if ev.type == "Support" else \
                ctx.person_country.get(person) or (row.country if row is not None and row.role else None)
            if held == state:
                return True
        if _state_body(ctx, person) and ctx.gaz.rows[person].country == state:
            return True
    return False


def _state_body(ctx: Context, entity: str) -> bool:
    """Whether an entity is a body of a state (its army, a ministry: a gazetteer organisation of role
    ``state``), which acts for that state, unlike a group that fights in it (the Houthis)."""
    row = ctx.gaz.rows.get(entity)
    return row is not None and row.type == "Organization" and row.role == "state"


def _without_own_state(ctx: Context, parties: list[str]) -> list[str]:
    """A state among the parties of one meeting, call, signing or cooperation with a person who holds office
    in it stands for him, not for a second side (الزعيم الكوري الشمالي كيم: the title's nisba; a meeting
    of Lavrov with Kim in North Korea): a leader never meets, nor cooperates with, his own state, so the state
    is dropped. Corpus (prec1's check over all these types): 19 of 21 changed events right."""
    held = {ctx.person_country.get(p) for p in parties if _etype(ctx, p) == "Person"}
    return [p for p in parties if not (p.startswith("country/") and p in held)]


# A venue attaches to the meeting when at most this many plain words stand between it and the trigger
# or a party (التقى كوشنر السيسي في القاهرة); one further on belongs to a noun (بحثا الأوضاع في سوريا).
VENUE_GAP = 1


def _venue_visits(ctx, sent, frames: Frames, trig: Trigger, parties: list[str]) -> list[Event]:
    """A meeting or signing held in a named country or city (التقى كوشنر السيسي في القاهرة، وقعا الاتفاق
    في أديس أبابا) is a visit there by each person party whose state the article gives and differs
    from the venue's: Kushner visited Egypt, Sisi did not. A person whose state is unknown is left out."""
    if trig.rule.event not in ("Meeting", "AgreementSigning"):
        return []
    venue = _venue(ctx, frames, trig, parties)
    if venue is None:
        return []
    return [_new(ctx, sent, trig, [p], VENUE_VISIT, actor=p, target=venue, country_visited=venue, penalty=0.1)
            for p in parties if _etype(ctx, p) == "Person" and ctx.country_of(p) not in (None, venue)]


def _venue(ctx, frames: Frames, trig: Trigger, parties: list[str]) -> str | None:
    """The country of the place a trigger's clause says the event was held in: a city or country after
    في or a glued ب, right after the trigger or one of its parties (a place further on belongs to a
    noun: الصراعات في أوكرانيا; one before the subject is the setting of the sentence)."""
    c = frames.clause(trig)
    anchors = [(trig.tok_start, trig.head_end)] + [(g.start, g.end) for g in frames.groups
                                                   if c.start <= g.start < c.end and set(g.entities) & set(parties)]
    for g in frames.groups:
        if not (c.start <= g.start < c.end) or g.nisba:
            continue
        if not (g.gov == IN or g.gov and ctx.lexicon.grammar.get(g.gov) == "locative"):
            continue
        place = next((a for a in g.args if a.type in ("Place", "Country") and a.country), None)
        if place is None:
            continue
        # after the trigger or a party (التقى بوتين في موسكو), or right before the trigger (بفرنسا لقاء بين)
        if g.end == trig.tok_start or any(end <= g.start and frames.plain_between(end, g.start) <= VENUE_GAP
                                          for _, end in anchors):
            return place.country
    return None


def _sport(ctx: Context, frames: Frames, kind: str = "sport") -> bool:
    """A match report (المباراة، المنتخب): teams that meet there play each other."""
    words = ctx.lexicon.words(kind)
    return any(not words.isdisjoint(forms) for forms in frames.forms)


def _with_pair(ctx: Context, explicit: list[str]) -> tuple[list[str], float]:
    """The article's two states when a coordination trigger names no actor (تعزيز التنسيق في الأمم
    المتحدة) or a cooperation verb names only one (ونتعاون مع الصين): a weaker reading, so it costs
    confidence."""
    if not ctx.digest and len(ctx.countries) == 2 and set(explicit) <= set(ctx.countries):
        return list(ctx.countries), 0.15
    return [], 0.0


def _is_forum(ctx: Context, eid: str) -> bool:
    row = ctx.gaz.rows.get(eid)
    return bool(row and row.forum)


def _preceded_by(frames: Frames, a: Arg, words: frozenset[str], span: int) -> bool:
    """Whether one of ``words`` (clitics allowed) stands within ``span`` tokens before ``a``: على هامش قمة X."""
    return any(not words.isdisjoint(frames.forms[k]) for k in range(max(0, a.tok_start - span), a.tok_start))


# How many words after a host verb and its subject its object may run before the guest's name: a crowd of
# people or a number there (أكثر من مليون مهاجر فنزويلي) is what is received
CROWD_SPAN = 5


def _crowd_object(ctx, frames: Frames, trig: Trigger, host: Group | None, guest: Group | None) -> bool:
    """Whether a host verb's object, before the name read as its guest, is a crowd of people or a number
    (grammar ``crowd``, a stem matched past ال, or a whole word: كولومبيا، التي استقبلت أكثر من مليون مهاجر فنزويلي؛ لبنان في
    استقبال أكثر من مليون لاجئ سوري). A state that takes in migrants or refugees receives no guest: the nisba
    on them says where they come from, and a state named further on is no visitor either."""
    if guest is None:
        return False
    start = frames.after(trig, host)
    # a guest read before the verb (a pronoun's antecedent, a name in the clause before) bounds nothing
    end = min(len(frames.forms), start + CROWD_SPAN, guest.start if guest.start >= start else len(frames.forms))
    stems = ctx.lexicon.words("crowd")
    # a stem starts the word past its article; a word that begins with ال itself (آلاف، ألف) is matched whole, so
    # a name that begins so (ألفا كوندي، ألفريد) is no number
    return any(f == stem or (not clitics.definite(stem) and clitics.without_article(f).startswith(stem))
               for k in range(start, end) for f in frames.forms[k] for stem in stems)


def _visit(ctx, sent, frames: Frames, trig: Trigger) -> list[Event]:
    """A visit: the subject went to the country (or a city of it) that the rule's marker introduces;
    a host trigger (استقبل) has the host as subject and the visitor as object."""
    if trig.rule.event == "Host":
        host = frames.subject(trig)
        guest = frames.object(trig, frames.after(trig, host))
        last = trig.rule.pattern[-1]
        tail_suffixed = len(trig.rule.pattern) > 1 and last.endswith("*") \
            and len(sent.tokens[trig.tok_end - 1].norm) > len(last) - 1
        if host is not None and len(trig.rule.pattern) > 1 and last.endswith("*") and not tail_suffixed \
                and host.start >= trig.head_end and frames.plain_between(trig.head_end, host.start) == 0:
            # وكان في استقبال العبادي في المطار، رئيس وزراء الإقليم: the name right after the phrase's bare noun
            # is its genitive, the guest; the host is named after it
            host, guest = frames.with_co_actors(frames.object(trig, host.end)), host
        if guest is None and (trig.suffixed or tail_suffixed):
            # استقبله: the object is a pronoun for the subject of the clause before (وصل لولا ... واستقبله بينيا);
            # so is a pronoun on a phrase's last word (وصل السيسي ... وكان في استقباله ولي العهد)
            parent = frames.clause(trig).parent
            guest = frames.clause_subject(parent) if parent is not None else None
        if _crowd_object(ctx, frames, trig, host, guest):
            return []
        hosts, guests = _parties(host), _parties(guest)
        persons = [p for p in hosts if _etype(ctx, p) == "Person"]
        if hosts and not persons and guest is not None and guest.start >= trig.head_end \
                and any(_etype(ctx, p) == "Person" and ctx.country_of(p) in hosts for p in guests):
            # استقبل عاهل الأردن الملك عبدالله الثاني ... الوزير: the state names the host's office; the
            # person after it is the host, and the guest comes after him
            host, guest = guest, frames.object(trig, guest.end)
            hosts, guests = _parties(host), _parties(guest)
            persons = [p for p in hosts if _etype(ctx, p) == "Person"]
        if not hosts or not guests:
            return []
        h = (persons or hosts)[0]
        hc = ctx.country_of(h)
        if guest is not None and set(guests) == {hc}:
            # استقبل ولي عهد أبوظبي ... الرئيس اليمني: the host's own state (or capital) names his office; a
            # state is never the guest of its own head, the guest comes after it: a person (an organisation
            # there is more often the rest of his title: نائب القائد الأعلى للقوات المسلحة)
            guests = [p for p in _parties(frames.object(trig, guest.end)) if p != hc and _etype(ctx, p) == "Person"]
            if not guests:
                return []
        v = guests[0]
        if h == v or not hc:
            return []
        # استقبل الملك رئيس الوزراء: a compatriot received at home met his host but visited no country
        visited = None if ctx.country_of(v) == hc else hc
        return [_new(ctx, sent, trig, [h, v], actor=v, target=visited, host=h, country_visited=visited)]
    visitor = frames.actor(trig)
    gen = frames.genitive(trig) if trig.rule.frame == "noun" else None
    if gen is not None and any(a.type == "Person" for a in gen.args):
        # زيارة ولي العهد محمد بن سلمان إلى بريطانيا: a person after the noun is the visitor (a country
        # there is where he went: زيارة روسيا)
        visitor = gen
    dest = frames.object(trig, frames.after(trig, visitor), ("Country", "Place"))
    # a nisba names where he went only after a named place (إلى مطار مدينة داليان الصينية)
    named_place = dest is not None and any(a.type == "Place" for g in frames.groups
                                           if trig.head_end <= g.start < dest.start for a in g.args)
    if visitor is None or dest is None or dest.nisba and not named_place \
            or dest.gov is not None and dest.gov not in trig.rule.markers:
        # إلى مركز قيادة القوات الإسرائيلية، إلى حدودها مع الصين: the owner of a place noun, not where he went
        return []
    place = next((a for a in dest.args if a.type in ("Country", "Place")), None)
    if place is not None and not place.country:
        # مدينة داليان الساحلية الصينية: a city the gazetteer does not place, with its state's nisba after it
        state = next((a for g in frames.groups if 0 <= g.start - dest.end <= 2 and g.nisba for a in g.args
                      if a.type == "Country"), None)
        place = state or place
    if place is None or not place.country:
        return []
    country = place.country
    # مبعوث الأمم المتحدة مارتن غريفيث: the person, not the organisation in his title
    who = next((a for a in visitor.args if a.type == "Person"), None) \
        or next((a for a in visitor.args if a.type == "Organization"), None) \
        or next((a for a in visitor.args if a.type == "Country" and a.entity != country), None)
    if who is not None and who.type == "Organization":
        # شيخ الأزهر، رئيس المجلس، أحمد الطيب، خلال زيارته: the organisation names the office of the person
        # in apposition after it, before the trigger; he is the visitor
        c = frames.clause(trig)
        who = next((a for g in frames.groups if g.gov is None and visitor.end <= g.start and g.end <= trig.tok_start
                    and c.start <= g.start for a in g.args if a.type == "Person"), who)
    if who is None or ctx.country_of(who.entity) == country:
        return []
    if who.type == "Organization" and who.tok_start - 1 in frames.titled:
        return []  # زار مبعوث الأمم المتحدة إلى اليمن صنعاء: an unnamed envoy went, not the organisation of his title
    inviter = _inviter(ctx, sent, frames)
    return [_new(ctx, sent, trig, [who.entity] + ([inviter] if inviter else []), actor=who.entity, target=country,
                 host=inviter, country_visited=country, place=place.entity if place.type == "Place" else None)]


def _inviter(ctx, sent, frames: Frames) -> str | None:
    words = ctx.lexicon.words("invitation")
    for k, forms in enumerate(frames.forms):
        if not words.isdisjoint(forms):
            after = [a for g in frames.groups for a in g.args if a.tok_start > k and a.type == "Person"]
            if after:
                return after[0].entity
    return None


def _coordination(ctx, sent, frames: Frames, trig: Trigger) -> list[Event]:
    """An actor takes part in a forum; a leader phrase (بقيادة، التحالف بقيادة) may also name whom the
    led body acts against."""
    led = trig.rule.frame == "passive" or ctx.lexicon.grammar.get(trig.rule.pattern[-1]) == "leader"
    return _forums(ctx, sent, frames, trig) + (_led_against(ctx, sent, frames, trig) if led else [])


# Plain words at most between a forum trigger and the forum it names, or the forum before it in a list
# (تعزيز التنسيق في الهيئات الدولية والإقليمية بما في ذلك الأمم المتحدة: seven at most).
FORUM_GAP = 7


def _forums(ctx, sent, frames: Frames, trig: Trigger) -> list[Event]:
    """An actor takes part in a forum: one event per forum named after the trigger in its clause."""
    if trig.rule.frame == "passive":
        # التحالف العربي بقيادة السعودية: the state that leads a forum takes part in it
        led = [_new(ctx, sent, trig, [leader.entity], forum=org.entity) for leader, org in frames.led
               if org.tok_end <= trig.tok_start < leader.tok_start and leader.type == "Country"
               and _is_forum(ctx, org.entity)]
        return led or _member(ctx, sent, frames, trig)
    c = frames.clause(trig)
    # a forum's nisba names it only on the trigger's own noun (القمة الأوروبية), not on a noun after it
    # (تنسيق الرحلات الجوية الأوروبية: European flights, no EU session)
    # a forum far on in the clause belongs to another noun (يقترب التحالف بقيادة السعودية من وسط المدينة
    # ... مما أثار مخاوف الأمم المتحدة: the UN fears, it hosts no coalition)
    near, anchor = set(), trig.head_end  # a list of forums goes on from the last one named (الأمم المتحدة ومنظمة شنغهاي)
    for g in frames.groups:
        if g.start >= trig.head_end and frames.plain_between(anchor, g.start) <= FORUM_GAP \
                and any(a.type == "Organization" and _is_forum(ctx, a.entity) for a in g.args):
            near.add(g.start)
            anchor = g.end
    forums = _dedupe(a.entity for g in frames.groups if trig.head_end <= g.start < c.end + 6 for a in g.args
                     if a.type == "Organization" and _is_forum(ctx, a.entity) and g.start in near
                     and not (a.nisba and frames.plain_between(trig.head_end, g.start)))
    if not forums:
        return []
    subject = frames.actor(trig)
    if trig.rule.frame == "forum" and subject is not None and subject.end <= trig.tok_start:
        # تعزيز التنسيق في الأمم المتحدة: a forum noun's actor is its clause's subject, not the nearest noun
        subject = frames.clause_subject(frames.clause_index(trig))
    if subject is not None and all(a.entity in forums for a in subject.args):
        # شارك شكري في اجتماع جامعة الدول العربية: the forum after the noun is its genitive, not the subject;
        # in a phrase that opens the sentence the speaker follows the comma (وفي كلمة أمام مجلس الأمن، قالت هيلي)
        subject = frames.fronted_actor(trig) or _subject_before(frames, trig)
    # a group phrase (الزعيمان، الجانبان) names the pair of states: they coordinate, not their leaders
    actors = _dedupe(a.country if a.phrase and a.country else _party(a) for g in [subject, *frames.partners(trig)] if g
                     for a in g.args if _party(a) and _party(a) not in forums)
    penalty = 0.0
    if not actors and trig.rule.pattern[0] not in ctx.lexicon.words("members-body"):
        # وزراء خارجية الناتو: a forum's ministers are its members as a body; the article's two states
        # (the host capital's, the one they act against) are no evidence of who attended
        actors, penalty = _with_pair(ctx, [])
    if not actors:
        return []
    return [_new(ctx, sent, trig, actors, forum=f, penalty=penalty) for f in forums]


def _member(ctx, sent, frames: Frames, trig: Trigger) -> list[Event]:
    """A participle between a party and a forum (القوات الإماراتية العاملة ضمن التحالف العربي): the party
    it describes, right before it whatever governs it, takes part in the forum right after it."""
    before = next((g for g in reversed(frames.groups) if g.end <= trig.tok_start), None)
    after = next((g for g in frames.groups if g.start >= trig.tok_end), None)
    if before is None or after is None or frames.plain_between(before.end, trig.tok_start) \
            or frames.plain_between(trig.tok_end, after.start):
        return []
    forums = [a.entity for a in after.args if a.type == "Organization" and _is_forum(ctx, a.entity)]
    actors = [p for p in _parties(before) if p not in forums]
    return [_new(ctx, sent, trig, actors, forum=f) for f in forums] if actors else []


# How many plain words may stand between a leader and ضد for the body it leads to act against what
# follows (التحالف الذي تقوده السعودية في اليمن ضد الحوثيين).
AGAINST_GAP = 3


def _led_against(ctx, sent, frames: Frames, trig: Trigger) -> list[Event]:
    """A led body named against a party (التحالف الذي تقوده السعودية ضد الحوثيين، التحالف العربي بقيادة
    السعودية ضد الحوثيين): the body and its leader both oppose that party. The leader either follows
    a named body or stands where an unnamed one stands (frames read both off the leader phrase)."""
    named = [([leader, org], leader.tok_end) for leader, org in frames.led
             if org.tok_end <= trig.tok_start < leader.tok_start]
    body = [(g.args, g.end) for g in frames.groups if g.start <= trig.tok_start < g.end]
    if not named + body:
        return []
    args, end = (named + body)[0]
    target = next((g for g in frames.groups if g.start >= end and g.gov
                   and ctx.lexicon.grammar.get(g.gov) == "against"), None)
    if target is None or frames.clause_index(trig) != clause_at(frames.clauses, target.start) \
            or frames.plain_between(end, target.start) > AGAINST_GAP:
        return []
    actors = _dedupe(p for p in map(_party, args) if p)
    return [_new(ctx, sent, trig, [a, b], LED_AGAINST, actor=a, target=b)
            for a in actors for b in _parties(target) if b not in actors]


def _stance_pairs(ctx: Context, sent: Sentence, trig: Trigger, actor: Group | None, target: Group | None,
                  derived: str | None = None) -> list[Event]:
    """Each party of the actor group takes the stance on each party of the target group; co-actors are
    never targets of each other, nor is a party its own target."""
    actors = _parties(actor)
    return [_new(ctx, sent, trig, [a, b], derived, actor=a, target=b) for a in actors for b in _parties(target)
            if a != b and b not in actors]


def _ends_in_preposition(ctx: Context, trig: Trigger) -> bool:
    """Whether a gapped verb's pattern ends in a two-word preposition (grammar.tsv co-actor: وقف* ... إلى جانب)."""
    return trig.rule.frame == "verb" and trig.head_end < trig.tok_end \
        and " ".join(trig.rule.pattern[-2:]) in ctx.lexicon.words("co-actor")


def _gap_holds_subject(frames: Frames, trig: Trigger) -> bool:
    """Whether the gap of such a pattern is empty or holds the verb's subject and little else (وقفت تركيا إلى جانب
    قطر، يقف الأردن بقوة إلى جانب); a gap with no party, or more words, makes the verb's form another word (دعت
    إلى وقف القتال إلى جانب تركيا، وقف إطلاق النار في سوريا إلى جانب روسيا: a ceasefire)."""
    gap_end = trig.tok_end - 2
    return trig.head_end == gap_end or frames.plain_between(trig.head_end, gap_end) <= SUBJECT_GAP and any(
        trig.head_end <= g.start and g.end <= gap_end and any(a.type in PARTY_TYPES for a in g.args) for g in frames.groups)


def _stance(ctx, sent, frames: Frames, trig: Trigger) -> list[Event]:
    """Support / Opposition: each party of the actor group takes the stance on each party of the
    target group; co-actors are never targets of each other."""
    guard = _STANCE_GUARDS.get(trig.rule.mode)
    if guard is not None and guard(ctx, frames, trig):
        return []
    stand_by = _ends_in_preposition(ctx, trig)
    if stand_by and not _gap_holds_subject(frames, trig):
        return []
    if trig.rule.mode == "reply":
        # رد ظريف على تصريحات بومبيو: who answers a party's statements opposes that party, the genitive
        # of the pattern's noun (which other gapped verb + noun rules read as their actor)
        return _stance_pairs(ctx, sent, trig, frames.actor(trig), frames.genitive(trig, trig.tok_end))
    if trig.rule.mode == CLASH:
        # قتل 16 عنصرا من ميليشيات الحوثي في مواجهات مع المقاومة: the party right after مع fought the side a word
        # of killing or wounding names before the clash, as a strike's owner does (_strike_victims); the
        # clause's subject is as often the side that fell, so no side named, no event
        if _sport(ctx, frames):
            return []
        actor = next((g for g in frames.groups if g.start >= trig.tok_end), None)
        if actor is None or frames.plain_between(trig.tok_end, actor.start) > 0 or actor.args[0].conj:
            return []
        return _stance_pairs(ctx, sent, trig, actor, _fallen_side(ctx, frames, trig, actor))
    if trig.rule.frame == "noun" and any(ctx.lexicon.grammar.get(m) == "between" for m in trig.rule.markers):
        # معارك بين الجيش اليمني والحوثيين: the two sides of a fight, the first named against the others
        # (never in a match report: المواجهة بين الفريقين). Exactly two sides: a longer list is most often
        # allies on one side (بين المقاومة الوطنية وألوية العمالقة والمقاومة التهامية من جهة، والحوثيين)
        sides = None if _sport(ctx, frames) else frames.between(trig)
        first = _parties(_one_party(sides, sides.args[0])) \
            if sides is not None and len({a.tok_start for a in sides.args}) == 2 else []
        pairs = [(a, b) for a in first for b in _parties(sides) if b not in first]
        if trig.rule.mode == MUTUAL:  # حرب كلامية بين واشنطن وبيونغ يانغ: each side opposes the other
            pairs += [(b, a) for a, b in pairs]
        return [_new(ctx, sent, trig, [a, b], actor=a, target=b) for a, b in pairs]
    if trig.rule.frame == "noun" and any(not ctx.lexicon.words("comparative").isdisjoint(frames.forms[k])
                                         and all(frames.kinds[j] is None for j in range(k + 1, trig.tok_start))
                                         for k in range(max(0, trig.tok_start - COMPARATIVE_SPAN), trig.tok_start)):
        return []  # أكثر الدول دعما للفلسطينيين: who supports most, a ranking and no act (أكثر من دعم: a comparison)
    derived = None
    if trig.rule.frame == "passive" and trig.head_end < trig.tok_end:
        # نالت بريطانيا دعما من الاتحاد الأوروبي: a verb of receiving, its subject the one supported,
        # named next to the verb (روسيا تحظى بدعم، وحظيت روسيا بدعم): one further off is a noun's, or the
        # verb's own subject is unnamed (قانونا يحظى بدعم ترامب، حظيت بعض القرارات بتأييد)
        target = frames.subject(trig)
        if target is not None and not _next_to(frames, trig, target):
            target = None
        actor = frames.object(trig, trig.tok_end)
    elif trig.rule.frame == "passive":
        # a nisba on the noun before stands for that noun's entity (النظام السوري المدعوم من إيران)
        # an adjective with the article (المدعومة من) qualifies the noun right before it; without it (بدعم من،
        # مدعومة ب) the trigger is an adverb of its clause
        adjective = definite_word(sent.tokens[trig.tok_start].norm)
        before = [g for g in frames.groups if g.end <= trig.tok_start and (adjective or not g.nisba)]
        # an adjective follows its noun at once (الحوثيين المدعومين من إيران); an adverb may stand after a comma
        # (or after a comma: قوات المقاومة المشتركة، المدعومة من التحالف، تحاصر الحوثيين)
        gap = trig.tok_start - before[-1].end if before else 0
        set_off = adjective and gap == 1 and sent.tokens[trig.tok_start - 1].text in COMMAS
        # الإقليم الانفصالي المدعوم من روسيا: an epithet of the group may stand between
        described = adjective and before and _epithets(ctx, frames, before[-1].end, trig.tok_start)
        target = before[-1] if before and (gap <= (0 if adjective else 2) or set_off or described) else None
        if described and target is not None:  # الحكومة اليمنية، ميليشيا الحوثي الانقلابية: the name right before
            target = _one_party(target, target.args[-1])
        if target is None and not adjective and _qualifies_governed_noun(frames, trig):
            return []  # نشر قوات مدعومة من إيران: an adjective on an unnamed noun, the clause's subject no target
        if target is None and not adjective:
            # بدعم من، بإسناد من، مدعومة ب: an adverb of the clause, whose subject is the one supported
            subject = frames.clause_subject(frames.clause_index(trig))
            target = subject if subject is not None and subject.end <= trig.tok_start else None
        actor = frames.object(trig, trig.head_end)
        if set_off and actor is not None:
            actor = frames.before_comma(actor)  # the comma that closes the phrase set off (، المدعومة من X،)
        if actor is None and target is not None:
            # الحوثيين المدعومين إيرانيا: the state of an adverbial nisba right after the participle backs it
            state = _adverb_state(ctx, sent, trig.tok_end)
            return [_new(ctx, sent, trig, [state, b], actor=state, target=b) for b in _parties(target)
                    if b != state] if state else []
    elif frames.kinds[trig.tok_start] == "participle":
        # الحوثيين الموالين لإيران: an adjective qualifies the noun right before it, never the clause's subject
        before = [g for g in frames.groups if g.end <= trig.tok_start]
        # or set off by a comma, an apposition (روسيا، الداعم الرئيسي للأسد؛ ميليشيات الحوثي، الموالية لإيران،)
        # whose noun is no place (حركة الشباب في الصومال، الموالية للقاعدة: the movement, not Somalia)
        set_off = trig.tok_start >= 1 and sent.tokens[trig.tok_start - 1].text in COMMAS
        # or after an epithet of the group (ميليشيا الحوثي الانقلابية الموالية لإيران)
        described = bool(before) and _epithets(ctx, frames, before[-1].end, trig.tok_start)
        actor = before[-1] if before and (before[-1].end == trig.tok_start - int(set_off) or described) \
            and not (set_off and before[-1].gov is not None) else None
        if described and actor is not None:
            actor = _one_party(actor, actor.args[-1])
        cut = max(frames.commas(actor), default=0) if actor is not None else 0
        if cut:  # في اليمن، ميليشيات الحوثي الموالية لإيران: the adjective's noun is the one after the comma
            actor = Group(actor.args[cut:], actor.args[cut].tok_start, actor.end, None)
        target = frames.object(trig, trig.tok_end)
        if set_off and target is not None \
                and any(sent.tokens[k].text in COMMAS for k in range(trig.tok_end, target.start)):
            target = None  # المرصد، الموالي للمعارضة، ومقره لندن: the apposition ends at its comma
        if target is not None:
            # a list after the adjective's object is most often the next party of the sentence, not a
            # second object (روسيا وإيران الداعمتان للأسد وتركيا الداعمة للمعارضة): its first party only,
            # and none when that party is joined by و (للنظام السوري وتركيا: Turkey owns no regime here)
            first = target.args[0]
            target = None if first.conj else _one_party(target, first)
    elif (verb := _past_verb(ctx, frames, trig)) is not None:
        # ودعم وزير الخزانة موقف الرئيس: the noun's form opening a clause, a name after it, then an object
        actor, target = verb
        derived = PAST_VERB
    elif trig.rule.frame == "speaker" and _sport(ctx, frames):
        # قال رئيس الاتحاد "نشكر الجميع": thanks in a match report or a player's interview are no diplomacy
        return []
    else:
        # أكد شي دعم الصين لروسيا: a gapped verb + noun rule whose noun has a genitive reads like the noun
        # وقفت تركيا إلى جانب قطر: a pattern that ends in a two-word preposition ends in no verbal noun; the
        # party after it is the one sided with, never the actor
        gen = frames.genitive(trig, trig.tok_end) \
            if trig.rule.frame == "verb" and trig.head_end < trig.tok_end and not stand_by else None
        # طردت بريطانيا 23 دبلوماسيا روسيا: after the envoys an expulsion names, the nisba is whose envoys
        # they are, the party it is aimed at, never the actor; a party there that is no state (a plural
        # nisba read as a name) leaves it unsaid whose envoys they are
        envoys, gen = (gen, None) if gen is not None and trig.rule.mode in ENVOY_MODES else (None, gen)
        titled = _titled_envoy(ctx, sent, frames, trig) if trig.rule.mode in ENVOY_MODES else None
        if titled is not None:
            # طردت السعودية السفير الكندي: the ambassador's title names his state, the target; a title
            # with no state (استدعت الوزارة السفير) leaves it unsaid whose envoy he is
            envoys, gen = titled[0], None
            if not envoys.args:
                return []
        if envoys is not None and any(a.type != "Country" for a in envoys.args):
            return []
        actor = gen or frames.actor(trig)
        if titled is not None and actor is not None and actor.start < envoys.end and actor.end >= trig.tok_end:
            # قطع علاقاته مع إيران وطرد السفير الإيراني، واستدعى سفير كوريا: the ambassador, or his
            # state, is the one expelled or summoned, never the actor; the clause's subject is
            actor = frames.subject(trig)
            if actor is not None and actor.start < envoys.end and actor.end >= trig.tok_end:
                return []
        if titled is not None and actor is not None and actor.gov is not None:
            return []  # a party after a preposition (مع إيران) expels or summons no one
        if titled is not None and actor is not None and envoys.args[0].country in {a.country for a in actor.args}:
            # قررت هولندا استدعاء السفير الهولندي لدى تركيا: a state that recalls its own ambassador
            # protests against his host, named after لدى or في; no host named, no target
            envoys = titled[1]
            if envoys is None:
                return []
        if trig.rule.frame == "verb" and trig.head_end == trig.tok_end and not trig.suffixed \
                and (masdar := _masdar_genitive(ctx, frames, trig)) is not None:
            # رحبت مصر برفض الاتحاد الأوروبي للقرار، أدانت مصر قصف التحالف لمواقع في سوريا: the verbal noun
            # the verb's form also writes, its genitive the actor, never the clause's subject
            actor = masdar
        elif trig.rule.frame == "verb" and trig.head_end == trig.tok_end and not trig.suffixed and trig.tok_start > 0 \
                and frames.kinds[trig.tok_start - 1] in ("preposition", "source"):
            # مؤكدا على رفض الأحكام المسبقة: a verb's form after a preposition is its verbal noun, whose
            # actor is only its own genitive (none here), never the clause's subject
            actor = frames.genitive(trig)
        elif trig.rule.frame == "verb" and trig.head_end == trig.tok_end and not trig.suffixed \
                and _noun_form(ctx, frames, trig):
            # بعد رفض السلطات الإيطالية منح الإذن: the noun or the verb, its actor stands after it (its
            # genitive, or a subject after one noun), never a party before it in the clause
            actor = _after_form(frames, trig)
        elif trig.rule.frame == "verb" and trig.head_end < trig.tok_end and _gapped_noun_form(frames, trig):
            # بعد شن الغرب ضربات ضد سوريا: the verbal noun a gapped verb row's first word also writes, its
            # genitive (no party) its actor, never a party before it in the clause
            actor = None
        elif trig.rule.frame == "verb" and frames.sent.tokens[trig.tok_start].norm in ctx.lexicon.words("circumstantial"):
            main = _main_subject_of(frames, trig)
            # نقلت صحيفة "لوفيغارو" تصريحا لمسؤول ...، متهما: an outlet relays, it accuses no one
            actor = None if main is not None and any(a.media for a in main.args) else main or actor
        if trig.rule.event == "Opposition" and trig.rule.frame == "verb" and trig.head_end == trig.tok_end \
                and (strike := _strike_actor(ctx, frames, trig)) is not None:
            # استهدفت الغارات الإسرائيلية موقعا لحماس، غارات للتحالف استهدفت مواقع الحوثيين: a strike
            # does what the verb says, and the state its nisba or its ل names struck
            actor = strike
        else:
            strike = None
        if strike is None and trig.rule.event == "Opposition" and trig.rule.frame == "verb" \
                and trig.head_end == trig.tok_end and _unowned_attack(ctx, frames, trig):
            actor = None  # انفجار استهدف قافلة للقوات الرومانية في قندهار: an attack no one is named behind
        if actor is None and trig.rule.event == "Opposition" and (trig.rule.frame != "verb" or trig.head_end < trig.tok_end) \
                and not ctx.lexicon.words("strike").isdisjoint(frames.forms[trig.tok_end - 1]):
            # غارات للتحالف العربي على مواقع الحوثيين: the strike's ل-party strikes
            actor = _strike_owner(ctx, frames, trig.tok_end - 1)
        if trig.rule.frame == "noun" and trig.tok_end < len(frames.forms) and not gen \
                and not ctx.lexicon.words("imposed").isdisjoint(frames.forms[trig.tok_end]):
            # أدانت تركيا الحصار المفروض على قطر: an imposed measure's imposer is unsaid, not the clause's subject
            actor = None
        elif trig.rule.frame == "noun" and actor is not None and actor.end <= trig.tok_start and not trig.suffixed \
                and _stance_object(ctx, sent, frames, trig):
            actor = None  # أدانت قطر العقوبات على إيران: the noun is what Qatar condemns, not Qatar's act
        # انسحبت الولايات المتحدة من مجلس حقوق الإنسان: a withdrawal opposes a body, never a place left
        types = ("Organization",) if trig.rule.mode == "withdraw" else PARTY_TYPES
        # a pattern's own preposition (وقفت تركيا إلى جانب قطر): its party follows the pattern, whatever the gap holds
        after = max(frames.after(trig, actor), trig.tok_end) if stand_by else frames.after(trig, actor)
        target = envoys or frames.object(trig, after, types)
        if target is not None and OBJECT in trig.rule.markers and _passive_agent(ctx, sent, trig, target):
            # هاجم مقاتلو الحوثيين المدعومين من إيران مدينة الحديدة: the participle's agent backs the
            # subject, it is not the verb's object; the object comes after it
            if not frames.commas(target):
                target = frames.object(trig, target.end, types)
            # ، المدعومة من التحالف (في اليمن)، الحوثيين: the party after the comma that closes the phrase
            cut = min(frames.commas(target), default=0) if target is not None else 0
            if cut:
                target = Group(target.args[cut:], target.args[cut].tok_start, target.end, None)
            elif target is not None and target.gov is not None:
                target = None
        if target is None and trig.rule.frame == "verb" and trig.head_end < trig.tok_end \
                and OBJECT not in trig.rule.markers:
            # قدم البنتاغون في ظل رئاسة أوباما دعما للسعودية: a marked target after the pattern's last word
            # (the words of a long gap count against the distance to it otherwise)
            target = frames.object(trig, max(frames.after(trig, actor), trig.tok_end), types)
        if target is None and actor is not None and trig.rule.event == "Opposition" \
                and (trig.rule.frame != "verb" or trig.head_end < trig.tok_end) \
                and not ctx.lexicon.words("strike").isdisjoint(frames.forms[trig.tok_end - 1]):
            # مقتل سبعة من ميليشيات الحوثي في غارة للتحالف العربي: the strike hit the victims' side
            target = _fallen_side(ctx, frames, trig, actor)
        if strike is not None and target is not None \
                and any(frames.kinds[k] == "locative" for k in range(frames.after(trig, actor), target.start)):
            target = None  # استهدفت مواقعهم في جبهة نهم شرق صنعاء: past في, the place struck, not its owner
        if target is not None and target.gov is None and trig.head_end < len(frames.forms) \
                and not ctx.lexicon.words("object-pronoun").isdisjoint(frames.forms[trig.head_end]):
            target = None  # متهما إياها بإثراء روسيا: the object is the pronoun, a name after it is in the charge
        if target is not None and actor is not None and trig.rule.mode == ACCUSE and trig.rule.frame == "verb" \
                and _charge_between(frames, max(actor.end, trig.tok_end), target.start):
            # واتهم روسيا بالتدخل في الانتخابات الأمريكية: the one accused stands before the charge, so a party
            # past it is in the charge; the bare party is the one accused when the subject is carried over
            target = None
        if target is not None and trig.rule.mode == DEEM \
                and (target.gov is not None or not _disparaging(ctx, frames, trig, target.end)):
            # اعتبرت روسيا الضربة الأمريكية عدوانا: what is judged is the bare object, before the verdict; a party
            # past it is in the verdict (العراق يعتبر نقطة تلاق بين عدوين، إيران والولايات المتحدة), a party behind
            # a preposition is in the judgement (تعتبر روسيا حليفا لسوريا في الحرب على الإرهاب)
            target = None
        if target is None and trig.rule.frame == "noun" and actor is not None and frames.act_owner(trig)[0]:
            # قرار الولايات المتحدة دعم المعارضة السورية، قراره دعم قطر: with its doer named by the noun of
            # deciding before it, the verbal noun's genitive is what it acts on
            target = frames.genitive(trig)
        owned = _owned_nisba(frames, trig) if trig.rule.frame != "verb" or trig.head_end < trig.tok_end else None
        if owned is not None and not any(a.type in types for a in owned.args):
            owned = None  # انسحاب القوات الأمريكية من سوريا: the troops' state is no body withdrawn from
        if owned is not None and target is None and owned is not actor:
            target = owned  # أكدت فرنسا دعم الحكومة اللبنانية: the noun's object is Lebanon's government
        elif owned is not None and target is not None and owned.end <= target.start and trig.rule.frame != "genitive":
            actor = owned  # دعم الحكومة الأمريكية للمعارضة: with a marked target, the genitive is the actor
        if target is None and (backed := _backed_party(frames, trig, actor)) is not None:
            target = backed  # تقدمت القوات السورية بدعم روسي: the state whose nisba follows backs the clause's party
        if target is None and actor is not None and actor is frames.genitive(trig) \
                and _purpose_support(ctx, sent, frames, trig) and not _marked_after(frames, actor.end):
            # أرسلت تركيا جنودا لدعم قطر، من أجل دعم قطر: a purpose clause's support acts on its genitive, and
            # its actor is the clause's subject; «دعم إيران للحوثيين» (a ل-phrase after the genitive) is Iran's
            actor, target = _purpose_actor(frames, trig), actor
        agent = frames.agent(trig)
        if agent is not None:
            # تعرضت إسرائيل لانتقادات من قبل منظمات حقوقية: the agent acts, the clause's subject undergoes it;
            # a pronoun on the noun (بعد إدانته من قبل روسيا) names the one it is done to, unresolved here
            subject = frames.subject(trig)
            target = subject if subject is not None and subject.end <= trig.tok_start and not trig.suffixed else None
            actor = agent
        antecedent = _relative_subject(frames, trig) \
            if agent is None and target is None and actor is not None and actor.start >= trig.head_end else None
        if antecedent is not None:
            # روسيا التي تدعم الحكومة السورية: the pronoun is the subject, the bare group after the verb its object
            actor, target = antecedent, frames.before_comma(actor)
        elif agent is None and target is None and _dropped_subject(frames, trig, actor):
            # قال الجبير ... . واتهم إيران بدعم الإرهاب: the subject carried over, the state its object
            actor, target = frames.carried, frames.before_comma(actor)
        elif agent is None and (shared := _charged_in_coordination(frames, trig, actor)) is not None:
            # نفت طهران الاتهامات، واتهمت إسرائيل بإثارة الشكوك: the first verb's subject accuses the party
            actor, target = shared, actor
        if agent is None and trig.rule.frame == "verb" and actor is not None and _object_pronoun(frames, trig) \
                and (target is None or target.gov not in trig.rule.markers):
            # a verb with an object pronoun takes no bare object: its target is what the pronoun stands for
            target = _pronoun_antecedent(frames, trig)
            if target is not None:  # the comma closes the relative clause (الذي تدعمه واشنطن، دمشق)
                actor = frames.before_comma(actor)
    if trig.rule.mode == WARN:
        # حذر لافروف من أن الولايات المتحدة ...: the one warned is only a bare party next to the verb and its subject
        actor, target = _warned(ctx, frames, trig, actor, target)
    if target is not None and actor is not None and trig.rule.frame == "genitive" and trig.rule.markers == (FOR,) \
            and (not _marked_after(frames, actor.end) or _charge_between(frames, actor.end, target.start)):
        # اتهام نتنياهو بتوجيه طلب لناشر: the ل-phrase is not the noun's, its genitive the one accused;
        # اتهام الرباط للجبهة بتلقي أسلحة من حزب الله: a party past the charge is in the charge
        target = None
    if target is not None and trig.rule.frame != "passive" and _claimed(ctx, sent, frames, trig, actor, target):
        target = None
    if target is not None and trig.rule.frame != "passive" and _victim(ctx, sent, frames, trig, target):
        target = None
    if target is not None and trig.rule.event == "Opposition":
        target = _exporter(ctx, frames, target)
    return _stance_pairs(ctx, sent, trig, actor, target, derived)


def _joined_subject(frames: Frames, actor: Group, partner: Group) -> bool:
    """Whether a bare list right after a verb's subject goes on with it, a glued و on its first name or
    on the title before that name (اجتمع لافروف ونظيراه التركي جاووش أوغلو والإيراني ظريف: all three
    met, in the nominative), rather than being the verb's object (التقى بومبيو الرئيس السيسي ووزير
    الخارجية شكري: whom Pompeo met, not each other)."""
    first = partner.args[0]
    between = range(actor.end, first.tok_start)
    plain = [k for k in between if k not in frames.titled]
    # a plain noun with the و, titles after it (ونظيراه التركي): the noun is the list's next member
    return actor.end <= first.tok_start and (
        first.conj or any(frames.titled.get(k) for k in between)
        or plain == [actor.end] and frames.sent.tokens[actor.end].norm.startswith(AND))


def _next_to(frames: Frames, trig: Trigger, group: Group) -> bool:
    """Whether a group stands right before the trigger (titles or a place phrase between: جبهة النصرة في
    سوريا تتلقى), or right after its first word, or is the antecedent of the relative clause the trigger
    opens (الجبهة التي تحظى بدعم الدوحة)."""
    clause = frames.clause(trig)
    if clause.kind == "relative" and trig.tok_start - clause.start <= 1 and group.end <= clause.start:
        return True
    if group.end <= trig.tok_start:
        placed = {k for g in frames.groups if g.gov is not None and frames.lexicon.grammar.get(g.gov) == "locative"
                  for k in range(g.start - 1, g.end)}
        return all(k in frames.titled or k in placed for k in range(group.end, trig.tok_start))
    # a title set off by commas before the name (تلقت رئيسة الحكومة البريطانية، تيريزا ماي، دعما)
    return all(k in frames.titled or frames.sent.tokens[k].text in COMMAS for k in range(trig.tok_start + 1, group.start))


# Words at most between a party and the support phrase that backs it (منذ أسبوع، في 19 يونيو).
BACKED_GAP = 3


def _backed_party(frames: Frames, trig: Trigger, actor: Group | None) -> Group | None:
    """The party a support noun with a glued ب and a nisba right after it backs (بدعم روسي، بمساندة
    أمريكية: "with Russian support"). The phrase is an adverb of its clause, like بدعم من, so what is
    backed is the party it follows; the nisba is the backer.
    None for any other noun: بدعم الحوثيين (a genitive) is what is supported, and a nisba after دعم
    without ب (دعم إيراني للحوثيين) has its target after ل."""
    if trig.rule.event != "Support" or trig.rule.frame != "noun" or actor is None or not actor.nisba \
            or actor.start != trig.tok_end or trig.head_end != trig.tok_end:
        return None
    glued = _trigger_proclitics(frames.sent, trig)
    if not glued or glued[0][1] != IN:
        return None
    # the party right before, a few words of time or place between at most (تكثف قوات النظام السوري منذ
    # أسبوع بدعم روسي); never a plain nisba (السوريون الأكراد بدعم أمريكي: the Kurds, not Syria), nor the
    # clause's subject further off (the rebels Turkey backs, and the Kurds with American support)
    before = [g for g in frames.groups if g.end <= trig.tok_start and g.gov is None]
    if not before or trig.tok_start - before[-1].end > BACKED_GAP:
        return None
    if any(frames.sent.tokens[k].text in COMMAS for k in range(before[-1].end, trig.tok_start - 1)):
        return None  # تدعمهم تركيا، والأكراد بدعم أمريكي: a comma before other words closes the party's phrase
    group = before[-1]
    clause = frames.clauses[clause_at(frames.clauses, group.start)]
    earlier = [g for g in before[:-1] if g.start >= clause.start and not g.nisba]
    if earlier and (frames.plain_between(earlier[-1].end, group.start) == 0
                    or frames.plain_between(earlier[-1].end, group.start) == 1 and earlier[-1].start == clause.start):
        # هزمت القوات العراقية تنظيم داعش بدعم أمريكي (or القوات العراقية هزمت داعش): the party right
        # before is the verb's object, its subject is the one backed; with a noun between (أعلنت روسيا
        # تقدم الجيش السوري بدعم روسي) the party is that noun's genitive, and backed
        group = earlier[-1]
    cut = max(frames.commas(group), default=0)  # الثوار الذين تدعمهم تركيا، والأكراد بدعم أمريكي: after the comma
    group = Group(group.args[cut:], group.args[cut].tok_start, group.end, None) if cut else group
    return None if any(a.nisba or a.people for a in group.args) else group


def _strike_actor(ctx: Context, frames: Frames, trig: Trigger) -> Group | None:
    """The party behind a strike that is a hostile verb's subject (a noun of the ``strike`` list: غارة،
    الطائرات، الصواريخ), right after the verb (استهدفت الغارات الإسرائيلية) or right before it
    (غارة تركية استهدفت، غارات للتحالف العربي استهدفت): a nisba on the strike or a party after ل on it,
    past one plain adjective (غارات جوية للتحالف). The strike noun itself names no one, so without
    this the verb has no actor, or a party earlier in the clause stands in for it."""
    strikes = ctx.lexicon.words("strike")
    k = trig.head_end
    c = frames.clause(trig)
    opens = all(frames.kinds[j] is not None or not frames.sent.tokens[j].text.isalpha()
                for j in range(c.start, trig.tok_start))
    if k < len(frames.forms) and not strikes.isdisjoint(frames.forms[k]) and k not in frames.inside:
        # only a verb that opens its clause has its subject after it (صاروخ سوري استهدف طائرات: the object)
        return _strike_owner(ctx, frames, k) if opens else None
    for k in range(trig.tok_start - 1, max(c.start, trig.tok_start - 1 - STRIKE_SPAN) - 1, -1):
        if k in frames.inside or k in frames.titled:
            continue
        if not strikes.isdisjoint(frames.forms[k]):
            g = _strike_owner(ctx, frames, k)
            return g if g is not None and g.end == trig.tok_start else None
        if frames.kinds[k] is not None:
            return None
    return None


def _unowned_attack(ctx: Context, frames: Frames, trig: Trigger) -> bool:
    """Whether a hostile verb's subject is an attack noun right before it that names no one behind it, the
    cause of a killing before it (قتل 11 شخصا بانفجار استهدف قافلة، قتلوا في ضربة استهدفت مطار التيفور): the
    attack does what the verb says, so no party earlier in the sentence (العاصمة الأفغانية) stands in for its
    subject. An attack a launching verb names as its object (شنت مقاتلات التحالف غارات استهدفت) has the
    launcher as its subject, and one with an owner (غارة إسرائيلية استهدفت) is read by :func:`_strike_actor`."""
    k = trig.tok_start - 1
    c = frames.clause(trig)
    if k <= c.start or k in frames.inside or k in frames.titled or frames.kinds[k] is not None:
        return False
    attacks = ctx.lexicon.words("attack") | ctx.lexicon.words("strike")
    if attacks.isdisjoint(frames.forms[k]):
        return False
    norm = frames.sent.tokens[k].norm
    causes = ctx.lexicon.words("strike-cause")
    glued = norm.startswith(IN) and norm not in attacks
    if not glued and frames.kinds[k - 1] != "locative" and causes.isdisjoint(frames.forms[k - 1]):
        return False
    killing = ctx.lexicon.words("killing")
    kill = next((j for j in range(k - 1, max(c.start, k - VICTIM_SPAN) - 1, -1) if not killing.isdisjoint(frames.forms[j])),
                None)
    # a subject of its own right after the verb (هجوم اتهمت الحكومة الأفغانية حركة طالبان بتنفيذه) or a killer
    # named after the killing word (وقتل الجيش الإسرائيلي فلسطينيين في قصف استهدف) is who acts, no one unnamed
    return kill is not None and not any(g.gov is None and not g.nisba and (g.start == trig.tok_end or kill < g.start < k)
                                        for g in frames.groups)


def _strike_victims(ctx: Context, frames: Frames, trig: Trigger) -> Group | None:
    """The side a strike killed (مقتل سبعة من ميليشيات الحوثي في غارة للتحالف، لقي 13 عنصرا من داعش
    مصرعهم جراء غارات أمريكية): the one party after من near a word of killing (the ``killing`` list)
    before the strike, which a cause word (في، خلال، جراء، إثر، or a glued ب) makes the killing's cause.
    Two parties after من there leave it unsaid which side fell."""
    k = trig.tok_start
    c = frames.clause(trig)
    norm = frames.sent.tokens[k].norm
    causes = ctx.lexicon.words("strike-cause")

    def cause(j: int) -> bool:
        return frames.kinds[j] in ("locative", "forum-cue") or not causes.isdisjoint(frames.forms[j])

    # the cause word before the strike, glued to it (بغارة), or opening the row's own pattern (في قصف، جراء قصف)
    glued = norm.startswith(IN) and norm not in ctx.lexicon.words("strike") or cause(k)
    if not glued and (k <= c.start or not cause(k - 1)):
        return None
    lo = max(c.start, k - VICTIM_SPAN)
    if c.kind == "relative" and c.parent is not None and c.start > 0:  # الفلسطينيين الذين قتلوا: the noun before it
        lo = max(frames.clauses[c.parent].start, c.start - 2, k - VICTIM_SPAN)
    if not any(not ctx.lexicon.words("killing").isdisjoint(frames.forms[j]) for j in range(lo, k)):
        return None
    # one side fell: a list after من is no side (استدعت سفيريها من إسرائيل والولايات المتحدة إثر مقتل
    # العشرات برصاص الجيش names where the envoys come from)
    sides = [g for g in frames.groups if _side_after_from(frames, g, lo, k)]
    if not sides:
        sides = [g for g in frames.groups if _killed_people(ctx, frames, g, lo, k)]
    return sides[0] if len(sides) == 1 else None


def _side_after_from(frames: Frames, g: Group, lo: int, k: int) -> bool:
    """Whether a group between ``lo`` and the strike at ``k`` is one party named after من (مقتل سبعة من ميليشيات
    الحوثي), or after من and a members' noun (مقتل 8 من عناصر ميليشيات الحوثي، من مسلحي داعش)."""
    if not (lo <= g.start and g.end <= k) or g.nisba or len(g.entities) != 1:
        return False
    if g.gov == FROM:
        return True
    toks, noun = frames.sent.tokens, g.start - 1
    return g.gov is None and lo <= noun - 1 and toks[noun - 1].norm == FROM and frames.kinds[noun] is None \
        and noun not in frames.inside and noun not in frames.titled and toks[noun].text.isalpha()


def _killed_people(ctx: Context, frames: Frames, g: Group, lo: int, k: int) -> bool:
    """Whether a bare group between ``lo`` and the strike at ``k`` names the people killed: a nisba standing as
    their noun right after the word of killing or a count on it (قتل فلسطيني بنيران الجيش، قتل 31 فلسطينيا),
    a plural nisba past one plain count word (قتل ثلاثة فلسطينيين، مقتل عشرات الفلسطينيين), or right before the
    word of killing, a relative pronoun between (عدد الفلسطينيين الذين قتلوا برصاص القوات); or a nisba on a noun
    of one person hit right after the word of killing (grammar ``victim``: قتل شاب فلسطيني، مقتل القيادي الحوثي).
    Any other noun's nisba says only where it comes from (قتل سائح ألماني)."""
    if not (lo < g.start and g.end <= k) or g.gov is not None:
        return False
    killing = ctx.lexicon.words("killing")
    toks, before = frames.sent.tokens, g.start - 1
    if _victim_noun(ctx, frames, before) and lo < before and not killing.isdisjoint(frames.forms[before - 1]) \
            and len(g.args) == 1 and g.args[0].type != "Person":
        return True
    if not all(a.nisba or a.people for a in g.args):
        return False
    if not killing.isdisjoint(frames.forms[before]) or toks[before].norm.isdigit():
        return True
    if any(a.people for a in g.args) and lo < before and frames.kinds[before] is None and before not in frames.inside \
            and not killing.isdisjoint(frames.forms[before - 1]):
        return True
    after = g.end + (frames.kinds[g.end] == "relative")
    return after < k and _bare_killing(ctx, toks[after].norm)


def _victim_noun(ctx: Context, frames: Frames, k: int) -> bool:
    """Whether the word at ``k`` is a noun of one person hit by fire (grammar ``victim``: شاب، طفل، جندي،
    القيادي), a plain word outside every name and title."""
    return k not in frames.inside and k not in frames.titled and frames.kinds[k] is None \
        and not ctx.lexicon.words("victim").isdisjoint(frames.forms[k])


def _fallen_side(ctx: Context, frames: Frames, trig: Trigger, striker: Group | None) -> Group | None:
    """The side a strike or a clash hit (:func:`_strike_victims`), unless it is the striker's own state: a
    state's forces that shoot one of its own people (قتل جندي إسرائيلي برصاص الجيش الإسرائيلي) oppose no state.
    A faction of that state (قتل 8 من الحوثيين بنيران الجيش اليمني) is a side of its own, and a group is no
    state: قتل جندي يمني بنيران الحوثيين is the Houthis against Yemen."""
    side = _strike_victims(ctx, frames, trig)
    if side is None or striker is None:
        return side
    # the striker's state: a state, or a body of one (the army); a group that fights in a country (the
    # Houthis, the Taliban) is no state of it, so the country's soldiers it kills are a side
    own = {e if e.startswith("country/") else ctx.country_of(e) for e in striker.entities
           if e.startswith("country/") or _state_body(ctx, e)}
    return None if any(e in own for e in side.entities if _etype(ctx, e) == "Country") else side


def _bare_killing(ctx: Context, norm: str) -> bool:
    """Whether a word is one of killing with no preposition glued to it: the verb after the people it names
    (فلسطينيين قتلوا، طفل فلسطيني قتل); a noun after a glued preposition (مصادر يمنية بمقتل) follows its
    clause's subject, not the side that fell."""
    killing = ctx.lexicon.words("killing")
    return any(form in killing and split_prefix(norm[:strip])[1] is None for strip, form in clitic_readings(norm))


def _strike_owner(ctx: Context, frames: Frames, k: int) -> Group | None:
    """The party a strike noun at ``k`` belongs to: its nisba (الغارات الإسرائيلية), the party after ل on
    it (غارات للتحالف العربي), or the genitive or nisba of a carrier, with that ل or bare (غارات لمقاتلات
    التحالف العربي، غارات طيران التحالف، قصف دبابة إسرائيلية),
    past one plain adjective (غارات جوية للتحالف). For a strike ل names the striker, not the target
    (which على or a verb's object names)."""
    strikes = ctx.lexicon.words("strike")
    carrier = False  # لمقاتلات، لطائرات: the carrier's genitive is the striker
    plain = 0
    for j in range(k + 1, min(len(frames.forms), k + 3 + STRIKE_ADJECTIVES)):  # adjectives, a carrier, the party
        g = next((g for g in frames.groups if g.start == j), None)
        if g is not None:
            if g.args[0].conj:
                return None
            return g if g.nisba or g.gov == FOR or carrier and g.gov is None else None
        if j in frames.titled:
            continue
        if j in frames.inside or frames.kinds[j] is not None:
            return None
        norm = frames.sent.tokens[j].norm
        if not carrier and (norm in strikes or norm.startswith(FOR) and not strikes.isdisjoint(frames.forms[j])):
            # لمقاتلات التحالف، طيران التحالف (bare: the strike's genitive is the carrier's); a strike word glued
            # to و is another strike (غارات وقصف مواقع الجيش: the positions' owner is hit, not striking)
            carrier = True
            continue
        plain += 1
        if plain > STRIKE_ADJECTIVES:
            return None
    return None


def _warned(ctx: Context, frames: Frames, trig: Trigger, actor: Group | None,
            target: Group | None) -> tuple[Group | None, Group | None]:
    """Who warns and whom, for a warning verb (mode ``warn``: حذر، تحذر، محذرا). The one warned is only the
    bare party right after the subject (VSO: حذرت روسيا الولايات المتحدة من ...) or right after the verb when
    the subject stands before it (SVO: روسيا تحذر واشنطن من ...: the party after the verb is then never the
    subject, whatever stands after من), titles and time words between allowed. A party after من is what is
    warned of, never the one warned: a clause's subject after «من أن» is none (حذر لافروف من أن الولايات
    المتحدة تسعى); only the genitive or nisba right on the noun after من owns the act warned against (حذرت
    الصين من الاستفزازات الأمريكية), unless that noun is one of welfare (من مصير المدنيين: concern for them).
    A form after a glued preposition (بحذر: cautiously) is no verb, and a verb with no subject warns no one."""
    toks = frames.sent.tokens
    first = trig.rule.pattern[0]
    norm = toks[trig.tok_start].norm
    if actor is None or norm.endswith(first) and split_prefix(norm[:len(norm) - len(first)])[1] is not None:
        return actor, None
    if actor.start >= trig.head_end and frames.plain_between(trig.head_end, actor.start) == 0:
        before = [g for g in frames.bare_groups(frames.clause_index(trig)) if g.end <= trig.tok_start]
        after = next((g for g in frames.groups if g.start >= actor.end), None)
        adjacent = after is not None and after.gov is None and not after.nisba and frames.plain_between(actor.end, after.start) == 0
        if before and not adjacent and frames.plain_between(before[-1].end, trig.tok_start) == 0:
            actor, target = before[-1], actor  # روسيا تحذر واشنطن من ضرب سوريا: the subject stands before the verb
    if any(a.media for a in actor.args):
        return actor, None  # (CNN)-- حذر رئيس الوزراء: an outlet before a verb is its dateline, no one warning
    start = actor.end if actor.start >= trig.head_end else trig.head_end
    if target is not None and target.gov is None and not target.nisba and frames.plain_between(start, target.start) == 0:
        if start == actor.end and target.start == actor.end and actor.args[-1].type == "Organization" \
                and target.args[0].type == "Person":
            return actor, None  # وحذر سكرتير الرئاسة الكورية إيم جونغ-سيوك: the body names his office, he is the subject
        # وحذرت روسيا البلدان الغربية: a phrase of the article's pair read off a noun that names no pair
        args = [a for a in target.args if not a.phrase]
        return actor, Group(args, target.start, target.end, None) if args else None
    k = start
    while k < len(toks) and (k in frames.titled or frames.kinds[k] == "gap"):
        k += 1
    noun = k + 1
    if k >= len(toks) or toks[k].norm != FROM or noun >= len(toks) or frames.kinds[noun] is not None \
            or noun in frames.titled or noun in frames.inside or not toks[noun].text.isalpha() \
            or not frames.forms[noun].isdisjoint(ctx.lexicon.words("welfare")):
        return actor, None
    owner = frames.genitive(trig, noun + 1)
    if owner is None or clause_at(frames.clauses, owner.start) != frames.clause_index(trig):
        return actor, None
    return actor, owner


def _main_subject_of(frames: Frames, trig: Trigger) -> Group | None:
    """The actor of a circumstantial participle (غادر ترامب قمة مجموعة السبع، متهما ترودو بالكذب;
    أعلن ليبرمان أن الضربة استهدفت مواقع إيرانية، متهما إيران): it describes the subject of the
    sentence's main verb, never the nearest name before it (a genitive, or a reported clause's subject)."""
    c = frames.clause_index(trig)
    while frames.clauses[c].parent is not None:
        c = frames.clauses[c].parent
    return frames.clause_subject(c)


def _noun_form(ctx: Context, frames: Frames, trig: Trigger) -> bool:
    """Whether a verb's form that also writes its verbal noun (the ``past-verb`` list: رفض) may stand as
    that noun: right after a plain word, no conjunction on it (أثاره رفض إيطاليا استقبال السفينة: the
    noun, Italy its genitive and actor). A verb there (عندما رفض) has its subject after it too."""
    k = trig.tok_start - 1
    token = frames.sent.tokens[trig.tok_start]
    return not trig.conj and token.norm in ctx.lexicon.words("past-verb") and frames.kinds[k] is None \
        and k not in frames.titled and k not in frames.inside and frames.sent.tokens[k].text.isalpha()


def _gapped_noun_form(frames: Frames, trig: Trigger) -> bool:
    """Whether the first word of a gapped verb row (شن* ... ضربات) stands as the verbal noun its bare stem
    also writes, with a genitive of its own that names no party: the stem itself, no conjunction or
    pronoun on it, right after a plain word or a preposition (بعد شن الغرب ضربات، عقب شن القوات هجوما),
    a plain definite word right after it (:meth:`Frames.unnamed_genitive`)."""
    k = trig.tok_start - 1
    toks = frames.sent.tokens
    if trig.conj or trig.suffixed or k < 0 or toks[trig.tok_start].norm != trig.rule.pattern[0].rstrip("*") \
            or frames.kinds[k] not in (None, "preposition", "source") or k in frames.titled or k in frames.inside \
            or not toks[k].text.isalpha():
        return False
    return frames.unnamed_genitive(trig)


# The shortest charge word after an accused party (بدعم): ب and a verbal noun of three letters or more
CHARGE_LENGTH = 4


def _charged_in_coordination(frames: Frames, trig: Trigger, actor: Group | None) -> Group | None:
    """The subject an accusing verb shares with the verb it is coordinated to, when the one group after
    it is its object: a verb opening a coordinated clause (، واتهم), one party right after it and the
    charge (a word with ب) right after that party (أدانت كوريا الشمالية العقوبات، واتهمت واشنطن
    بمحاولة تقويض المحادثات). A nominative plural there is the verb's own subject (واتهم البريطانيون
    الروس بالقيام بها)."""
    if trig.rule.mode != ACCUSE or trig.rule.frame != "verb" or OBJECT not in trig.rule.markers \
            or actor is None or actor.gov is not None or actor.start < trig.head_end or _object_pronoun(frames, trig):
        return None
    c = frames.clause_index(trig)
    clause = frames.clauses[c]
    # joined to the main verb: one joined to a reported clause (قال ماكرون إن الدول الثلاث لا تعلن
    # الحرب، واتهم روسيا) may be the reporter's act or the reported subject's
    if clause.kind != "coord" or clause.parent is None or frames.clauses[clause.parent].kind != "main" \
            or not (trig.conj or trig.tok_start == clause.start) \
            or frames.plain_between(trig.head_end, actor.start) > 0 or any(a.people for a in actor.args):
        return None
    toks = frames.sent.tokens
    k = actor.end
    if k >= len(toks) or k in frames.inside or k in frames.titled or frames.kinds[k] is not None \
            or not toks[k].norm.startswith(IN) or len(toks[k].norm) < CHARGE_LENGTH:
        return None  # the charge: a verbal noun with ب (بمحاولة، بالتلكؤ), no preposition of its own
    shared = frames.clause_subject(clause.parent)
    if shared is None or shared.gov is not None or not set(shared.entities).isdisjoint(actor.entities):
        return None
    return shared


def _masdar_genitive(ctx: Context, frames: Frames, trig: Trigger) -> Group | None:
    """The genitive of a verb's form that also writes its verbal noun (the ``past-verb`` list: رفض، قصف),
    when what follows makes it that noun: the genitive right after it and at once a ل-phrase (قصف التحالف
    الدولي لمواقع في سوريا، رفض إيران القاطع للعقوبات, glued to a preposition or not: برفض الاتحاد الأوروبي
    للقرار): a verb takes its object bare, the noun its target with ل. That genitive is the actor, never a party before the
    word in its clause (أدانت مصر قصف التحالف لمواقع: the coalition shells). None with a conjunction
    on the word (ورفض الوزير لاحقا), which opens a clause as the verb."""
    token = frames.sent.tokens[trig.tok_start].norm
    past = ctx.lexicon.words("past-verb")
    if trig.conj or not any(form in past and (not strip or split_prefix(token[:strip])[1])
                            for strip, form in clitic_readings(token)):
        return None
    gen = frames.genitive(trig)
    return gen if gen is not None and _marked_after(frames, gen.end) else None


# Adjectives of manner at most between a verbal noun's genitive and its ل-phrase (رفض إيران القاطع للعقوبات).
MASDAR_ADJECTIVES = 1


def _marked_after(frames: Frames, k: int) -> bool:
    """Whether a ل-phrase opens at position ``k``, or after one adjective of manner (grammar ``manner``: القاطع):
    a party or its title glued to ل (لقطر، للرئيس), or a plain noun glued to it (لمواقع، للقرار). A
    grammar word (لدى، لبحث) opens none."""
    toks = frames.sent.tokens
    if k < len(toks) and toks[k].text == "(":  # انتقادات جون ماكين (81 عاما) لترامب: an aside on the genitive
        k = next((j + 1 for j in range(k, len(toks)) if toks[j].text == ")"), k)
    for j in range(k, min(k + MASDAR_ADJECTIVES + 1, len(toks))):
        group = next((g for g in frames.groups if g.start >= j), None)
        if group is not None and all(i in frames.titled for i in range(j, group.start)):
            return group.gov == FOR  # a name or its title right here
        if j in frames.titled or j in frames.inside or frames.kinds[j] is not None:
            return False
        if toks[j].norm == FOR or FOR in construct_prepositions(toks[j].norm):
            return True
        if toks[j].norm not in frames.lexicon.words("manner"):
            return False
    return False


def _charge_between(frames: Frames, lo: int, hi: int) -> bool:
    """Whether a plain word glued to ب stands between two positions: the charge or the means of an act
    (اتهام الرباط للجبهة بتلقي أسلحة من حزب الله، استهداف حماس لإسرائيل بأكثر من مائة صاروخ), in whose
    phrase a party after it stands, never as the owner of the ل-noun before it."""
    toks = frames.sent.tokens
    return any(k not in frames.inside and k not in frames.titled and frames.kinds[k] is None
               and IN in construct_prepositions(toks[k].norm) for k in range(lo, hi))


def _after_form(frames: Frames, trig: Trigger) -> Group | None:
    """The party right after a word, or after one plain noun it governs (السلطات السعودية، زعماء الاتحاد)."""
    nxt = next((g for g in frames.groups if g.start >= trig.head_end), None)
    return nxt if nxt is not None and nxt.gov is None and frames.plain_between(trig.head_end, nxt.start) <= 1 \
        else None


# Epithets at most between a named group and the participle that qualifies it (الحوثي الانقلابية المسلحة).
EPITHET_GAP = 2


def _epithets(ctx: Context, frames: Frames, lo: int, hi: int) -> bool:
    """Whether the words from ``lo`` to ``hi`` are one or two epithets of an armed group (grammar ``epithet``:
    الانقلابية، الانفصالي), which describe the name before them as the participle after them does, so that
    name is what the participle qualifies (جماعة الحوثي المتمردة المدعومة من إيران)."""
    epithets = ctx.lexicon.words("epithet")
    toks = frames.sent.tokens
    return 0 < hi - lo <= EPITHET_GAP and all(k not in frames.inside and toks[k].norm in epithets for k in range(lo, hi))


def _passive_agent(ctx: Context, sent: Sentence, trig: Trigger, target: Group) -> bool:
    """Whether a group is the agent of a passive participle of another trigger right before it
    (المدعومة من إيران، المدعومة من قبل التحالف): one word at most (قبل) stands between them."""
    return any(t is not trig and t.rule.frame == "passive" and t.tok_start >= trig.tok_end
               and 0 <= target.start - t.tok_end <= 1 for t in read_sentence(ctx, sent).triggers)


def _claimed(ctx: Context, sent: Sentence, frames: Frames, trig: Trigger, actor: Group | None, target: Group) -> bool:
    """Whether a marked target stands right after another trigger further on, with a party other than
    the actor between the two (لدعم الشرعية في اليمن، ميليشيات الحوثي الموالية لإيران): it is that
    word's object. Two trigger words in a row share one (دعمها وتأييدها للحكومة)."""
    actors = set(_parties(actor))
    return target.gov is not None and any(
        t is not trig and t.tok_start >= trig.tok_end and t.tok_end == target.start
        and any(trig.tok_end <= g.start and g.end <= t.tok_start and not actors.issuperset(g.entities)
                for g in frames.groups)
        for t in read_sentence(ctx, sent).triggers)


def _stance_object(ctx: Context, sent: Sentence, frames: Frames, trig: Trigger) -> bool:
    """Whether a stance noun is the object of a stance verb before it in its clause, right after the
    verb or its subject (أدانت قطر العقوبات على إيران، رفضت روسيا الاتهامات): the verb's subject takes
    a stance on the act and is not its doer. A pronoun on the noun names its doer (مشيدا بمواقف قطر
    ووقوفها إلى جانب تركيا), so the caller keeps that reading."""
    c = frames.clause_index(trig)
    for t in read_sentence(ctx, sent).triggers:
        if t.rule.event not in ("Support", "Opposition") or t.rule.frame != "verb" or t.tok_end > trig.tok_start \
                or frames.clause_index(t) != c:
            continue
        if frames.plain_between(frames.after(t, frames.actor(t)), trig.tok_start) == 0:
            return True
    return False


def _victim(ctx: Context, sent: Sentence, frames: Frames, trig: Trigger, target: Group) -> bool:
    """Whether a marked target is the one a hostile act named between the trigger and it is done to
    (أدانت تركيا الحصار المفروض على قطر، رفضت الاتهامات ضد إيران، أيدت الضربات على سوريا): the stance
    is on the act, and so on its doer, never on its victim. The act: an Opposition trigger after the
    trigger whose marker (or the pattern's last word) governs the target, no party between the two."""
    if target.gov is None:
        return False
    for t in read_sentence(ctx, sent).triggers:
        if t is trig or t.rule.event != "Opposition" or t.tok_start < trig.tok_end or t.tok_end > target.start:
            continue
        markers = (*t.rule.markers, t.rule.pattern[-1])
        if target.gov in markers and not any(t.tok_end <= g.start < target.start for g in frames.groups):
            return True
    return False


def _past_verb(ctx, frames: Frames, trig: Trigger) -> tuple[Group, Group] | None:
    """The past verb a verbal noun's form also writes (دعم: support, or he supported), read as a verb
    when it opens its clause (the sentence, a clause, or after و/ف) and a bare name follows it at once
    as its subject, then a bare object: a noun there would take its target with its preposition (دعم
    الأردن للسعودية), so two bare parties in a row are subject and object."""
    if trig.rule.frame != "noun" or len(trig.rule.pattern) != 1 or trig.suffixed \
            or trig.rule.pattern[0] not in ctx.lexicon.words("past-verb"):
        return None
    clause = frames.clause(trig)
    if not (trig.conj or trig.tok_start == clause.start):
        return None
    subject = next((g for g in frames.groups if g.start >= trig.tok_end), None)
    if subject is None or subject.gov is not None or subject.nisba \
            or frames.plain_between(trig.tok_end, subject.start) > 0 or subject.end >= clause.end:
        return None
    verb = replace(trig, rule=replace(trig.rule, frame="verb", markers=(OBJECT,)))
    target = frames.object(verb, subject.end)
    if target is None or target.gov is not None or target.args[0].conj \
            or frames.plain_between(subject.end, target.start) > 1:
        return None
    toks = frames.sent.tokens
    if any(toks[k].text in COMMAS or glued_preposition(toks[k].norm)[1] for k in range(subject.end, target.start)):
        return None  # ودعم موسكو للحكومة السورية: a marked target is the noun's (دعم العراق، والتدخلات: a list)
    return frames.before_comma(subject), target


def _exporter(ctx, frames: Frames, target: Group) -> Group | None:
    """A duty on imports hits the state they come from: a party right after an imports word names
    them (رسوم على واردات الصين), unless من follows it, which makes it the importer (الرسوم الجمركية على
    واردات الولايات المتحدة من الصلب التركي); the target is then the party after من or a nisba
    further on, and none when neither is named."""
    k = target.start - 1
    if k < 0 or ctx.lexicon.words("imports").isdisjoint(frames.forms[k]) or target.nisba \
            or target.end >= len(frames.words) or (frames.words[target.end] or ("",))[0] != FROM:
        return target
    return next((g for g in frames.groups if target.end <= g.start <= target.end + EXPORTER_SPAN
                 and (g.nisba or g.gov == FROM)), None)


def _own_act(ctx, frames: Frames, trig: Trigger) -> bool:
    """Whether a rejection's object is a verbal noun of the refuser's own act, right after the verb or
    after a subject that follows it (رفضت التحدث مع مسؤولين روس، رفض نظيره أردوغان إطلاق سراح القس):
    refusing to speak, comment or release opposes no one."""
    k = frames.after(trig, frames.actor(trig))
    return k < len(frames.forms) and not ctx.lexicon.words("own-act").isdisjoint(frames.forms[k])


# How far past a description verb and its subject the verdict may stand: what it describes can be long
# (وصف مون استغلال اليابان لما يعرف "بنساء المتعة" خلال الحرب العالمية الثانية بأنه "جريمة").
DISPARAGE_SPAN = 16


# How far past a verb of judging and its subject the verdict may stand (اعتبرت تركيا حزب العمال
# الكردستاني منظمة إرهابية): the object judged, then the verdict, with no ب before it.
DEEM_SPAN = 8


def _disparaging(ctx, frames: Frames, trig: Trigger, start: int | None = None) -> bool:
    """Whether a description verb (وصف) calls what it describes something bad: a word of the
    ``disparage`` list (a stem, matched past ب and ال; or «غير» and a stem) at or after the ب that
    introduces the verdict (وصف ترامب الاتحاد الأوروبي بـ"عدو تجاري"، وصفت روسيا الضربات بأنها عدوان).
    Describing alone takes no stance: وصفت مصر الزيارة بأنها ناجحة opposes no one. A verb of judging (mode
    ``deem``, from ``start``, the end of what it judges, on) names its verdict with no ب, as an indefinite word
    within :data:`DEEM_SPAN` (اعتبرت روسيا الضربة الأمريكية عدوانا)."""
    stems = [stem.split() for stem in ctx.lexicon.words("disparage")]
    tokens = frames.sent.tokens
    # past the subject after the verb: its own words (زعيم الحزب المتطرف) are no verdict
    if start is None:
        start = max(trig.tok_end, frames.after(trig, frames.actor(trig)))
    deem = trig.rule.mode == DEEM
    end = min(len(tokens), start + (DEEM_SPAN if deem else DISPARAGE_SPAN))

    def bare(k: int) -> set[str]:
        forms = frames.forms[k] | {tokens[k].norm}
        # a verb of judging's verdict is its second object, indefinite (اعتبرها عدوانا، منظمة إرهابية): a
        # definite stem is in a phrase of its own (فرصة لوقف التصعيد، رغم دعمها للإرهابيين)
        return forms if deem else forms | {clitics.without_article(f) for f in forms}

    verdict = deem  # a verb of judging names its verdict bare (اعتبر الخطوة انتهاكا)
    for k in range(start, end):
        verdict = verdict or tokens[k].norm.startswith(IN)  # بأنه، بـ، بالإرهاب
        if not verdict:
            continue
        here = bare(k)
        for stem in stems:
            if len(stem) == 1 and any(f.startswith(stem[0]) for f in here):
                return True
            if len(stem) == 2 and stem[0] in here and k + 1 < end and any(f.startswith(stem[1]) for f in bare(k + 1)):
                return True
    return False


def _opens_relative(frames: Frames, trig: Trigger) -> bool:
    """Whether the trigger is the first word of a relative clause opened by the plain الذي/التي (not
    والذي تتهمه: a second relative clause on a noun further back)."""
    clause = frames.clause(trig)
    return clause.kind == "relative" and trig.tok_start == clause.start + 1 \
        and frames.sent.tokens[clause.start].norm == frames.words[clause.start][0]


def _pronoun_antecedent(frames: Frames, trig: Trigger) -> Group | None:
    """The antecedent of a relative clause whose verb carries the object pronoun (قوات سوريا
    الديمقراطية التي تدعمها الولايات المتحدة، قناة "آر تي" التي يمولها الكرملين): the pronoun stands
    for the noun before الذي/التي, so that noun is the target. Only the clause's first word, with
    nothing but punctuation between the noun and the pronoun."""
    if not _opens_relative(frames, trig) or not _object_pronoun(frames, trig):
        return None
    clause = frames.clause(trig)
    before = [g for g in frames.groups if g.end <= clause.start]
    if not before:
        return None
    toks = frames.sent.tokens
    gap = range(before[-1].end, clause.start)
    if any(any(ch.isalpha() for ch in toks[k].text) for k in gap):
        return None
    # the pronoun stands for the noun right before it, not for a list that ends in it (النظام مدعوما
    # من روسيا وقوات سوريا الديمقراطية التي يدعمها التحالف), nor for a party inside a participle phrase on
    # that noun (وحدات حماية الشعب المدعومة من الولايات المتحدة، التي تعتبرها أنقرة منظمة إرهابية)
    head = frames.participle_head(before)
    return None if head is None else _one_party(head, head.args[-1])


def _one_party(group: Group, arg: Arg) -> Group:
    """The group narrowed to the party written at ``arg`` (every reading of that one name)."""
    return Group([a for a in group.args if a.tok_start == arg.tok_start], arg.tok_start, arg.tok_end, group.gov)


def _object_pronoun(frames: Frames, trig: Trigger) -> bool:
    """Whether a verb trigger carries an object pronoun past its pattern's stem (تدعمها، تتهمه; not
    تتهم, whose stem merely ends in those letters)."""
    verb, stem = frames.sent.tokens[trig.tok_start].norm, trig.rule.pattern[0].rstrip("*")
    return any(verb.endswith(p) and len(verb) - len(p) >= len(stem) for p in POSSESSIVES)


def _relative_subject(frames: Frames, trig: Trigger) -> Group | None:
    """The antecedent as the subject of a relative clause whose first word is the verb and carries no
    object pronoun (ألمانيا التي تدعم أوكرانيا، غابرييل الذي اتهم المملكة): the one group after the verb
    is then its object, not its subject."""
    if trig.rule.frame != "verb" or OBJECT not in trig.rule.markers or not _opens_relative(frames, trig) \
            or _object_pronoun(frames, trig):
        return None
    clause = frames.clause(trig)
    antecedent = frames.inherited(frames.clause_index(trig))
    after = [g for g in frames.groups if trig.head_end <= g.start < clause.end and g.gov is None and not g.nisba]
    # the object right after the verb (ترفض سلطات البحرين: a noun between heads the subject's phrase)
    if antecedent is None or len(after) != 1 or frames.plain_between(trig.head_end, after[0].start) > 0:
        return None
    # a name in apposition names the one the pronoun stands for (نجم نادي كليفلاند، ليبرون جيمس، الذي)
    cut = max(frames.commas(antecedent), default=0)
    return Group(antecedent.args[cut:], antecedent.args[cut].tok_start, antecedent.end, antecedent.gov) if cut else antecedent


def _adverb_state(ctx: Context, sent: Sentence, k: int) -> str | None:
    """The country whose nisba token ``k`` is as an adverb (إيرانيا، أميركيا), if any."""
    if k >= len(sent.tokens):
        return None
    for form in adverb_nisbas(sent.tokens[k].norm):
        for entry in ctx.gaz.lookup((form,)):
            if entry.kind == "nisba" and entry.target.startswith("country/"):
                return entry.target
    return None


def _qualifies_governed_noun(frames: Frames, trig: Trigger) -> bool:
    """Whether a participle without the article follows an indefinite noun that is itself governed by
    the word before it (نشر قوات مدعومة من إيران، ضد جماعات مدعومة من الخارج): it agrees with that noun
    as its adjective, an adverb of the clause would follow a definite one (تقدمت القوات مدعومة بالطيران).
    A noun after a name (يعد حزب الله تنظيما مدعوما من إيران) is the subject's predicate, not governed."""
    k = trig.tok_start - 1
    if not trig.rule.pattern[0].endswith("*"):
        return False  # بدعم من: a phrase of the clause; a participle's row writes its stem (مدعوم*)
    if k >= 2 and not frames.lexicon.words("faction").isdisjoint(frames.forms[k - 1]):
        k -= 1  # يحتفظ بها أكراد سوريون مدعومون من: past the nisba that says where the group comes from
    if k < 1 or k in frames.titled or k in frames.inside or frames.kinds[k] is not None \
            or not frames.sent.tokens[k].text.isalpha() or frames.is_definite(k):
        return False
    j = k - 1
    return j not in frames.titled and j not in frames.inside and frames.sent.tokens[j].text.isalpha() \
        and (frames.kinds[j] is None or frames.kinds[j] in GOVERNING)


def _titled_envoy(ctx: Context, sent: Sentence, frames: Frames, trig: Trigger) -> tuple[Group, Group | None] | None:
    """The state of the ambassador whose title's first word ends an envoy row (استدعت تركيا السفير
    الأمريكي، سفير قطر): the nisba or name of his title, with his host named right after it by a
    preposition (السفير الهولندي لدى تركيا); a group with no arguments when the title names no state,
    None when the row's last word heads no title."""
    mentions = [m for m in ctx.linked.mentions if m.sentence == sent.index]
    title = next((m for m in mentions if m.kind == "title" and m.tok_start == trig.tok_end - 1), None)
    if title is None:
        return None
    # the state's nisba absorbed into the title, or its name as the title's genitive (سفير قطر)
    state = next((m for m in mentions if (m.in_title or m.kind == "name") and m.entity_id and m.tok_start == title.tok_end
                  and not m.person and ctx.country_of(m.entity_id)), None)
    if state is None:
        return Group([], title.tok_start, title.tok_end, None), None
    country = ctx.country_of(state.entity_id)
    envoy = Group([Arg(country, "Country", state.tok_start, state.tok_end, country)], state.tok_start, state.tok_end, None)
    host = next((g for g in frames.groups if g.start == state.tok_end + 1 and g.gov is not None), None)
    there = host.args[0].country if host is not None and len(host.args) == 1 else None
    if there is None or there == country:
        return envoy, None
    return envoy, Group([Arg(there, "Country", host.start, host.end, there)], host.start, host.end, None)


def _purpose_support(ctx: Context, sent: Sentence, frames: Frames, trig: Trigger) -> bool:
    """Whether a Support noun (دعم, no pronoun on it) states what its clause's act is for: glued to the purpose
    ل (لدعم قطر) or after a purpose word (grammar ``purpose-lead``: من أجل دعم، بهدف دعم); never a ل a word before it
    owns (grammar ``for-owner``: نظرا لدعم، نتيجة لدعم، عن تقديره لدعم، عن امتنانها لدعم)."""
    k = trig.tok_start
    if trig.rule.event != "Support" or trig.rule.frame != "noun" or trig.head_end != trig.tok_end:
        return False
    if _purpose_blocked(ctx, sent, frames, trig):
        return False
    if trig.suffixed or sent.tokens[k].text.endswith(POSSESSIVES):
        return False  # وجه ترمب تحذيرا إلى روسيا لدعمها الأسد: the pronoun names the supporter, Russia
    owners = ctx.lexicon.words("for-owner")
    if _glued_purpose(sent, trig):
        return not any(not owners.isdisjoint(frames.forms[j]) for j in range(max(0, k - FOR_OWNER_SPAN), k))
    if k == 0 or any(prep is not None for _conj, prep in _trigger_proclitics(sent, trig)):
        return False
    if not ctx.lexicon.words("purpose-lead").isdisjoint(frames.forms[k - 1]):
        return True
    # أجل (grammar ``purpose-of``) is a purpose word only in «من أجل» (alone: a term, a delay)
    return k >= 2 and sent.tokens[k - 1].norm in ctx.lexicon.words("purpose-of") \
        and without_conjunction(sent.tokens[k - 2].norm, {FROM}) == FROM  # ومن أجل دعم قطر


FOR_OWNER_SPAN = 2  # tokens before «لدعم» that may own its ل (عن تقديره الكبير لدعم: one adjective between)


def _purpose_blocked(ctx: Context, sent: Sentence, frames: Frames, trig: Trigger) -> bool:
    """Whether the clause before a purpose support says the support is not the subject's act done: a call on
    others, a refusal, a threat or a conference named for it (grammar ``purpose-block``: دعت فرنسا المجتمع الدولي
    لدعم لبنان، رفضت ألمانيا إرسال قوات لدعم فرنسا، مؤتمر "سيدر" الدولي لدعم لبنان), or a verb of the future
    (سترسل تركيا قوات لدعم قطر: a plan). Words inside a party's name do not count."""
    blockers = ctx.lexicon.words("purpose-block")
    for j in range(max(frames.clause(trig).start, trig.tok_start - PURPOSE_BLOCK_SPAN), trig.tok_start):
        if j in frames.inside:
            continue
        if not blockers.isdisjoint(frames.forms[j]) or clitics.feminine_future(sent.tokens[j].norm):
            return True
    return False


PURPOSE_BLOCK_SPAN = 12  # words back from «لدعم» where a call, refusal, threat, conference or plan is looked for


def _purpose_actor(frames: Frames, trig: Trigger) -> Group | None:
    """Who does what a purpose clause serves: the one bare party of its clause before it (a dateline is not in the
    frames); two (اتهمت السعودية إيران بإرسال أسلحة لدعم الحوثيين، دعا ترامب الكونغرس لدعم) leave it unsaid, and so
    does a nisba between it and the noun (محاولات إماراتية ... لدعم); none, the clause's subject found as a verbal
    noun's is."""
    bare = [g for g in frames.bare_groups(frames.clause_index(trig)) if g.end <= trig.tok_start
            and any(a.type in PARTY_TYPES for a in g.args)]
    actor = None if len(bare) > 1 else bare[0] if bare else frames.noun_actor(trig, own=False)
    if actor is not None and any(g.nisba and actor.end <= g.start and g.end <= trig.tok_start for g in frames.groups):
        # أشار المرصد إلى عدم تدخل الطائرات الحربية الروسية لدعم قوات النظام: a state's nisba between names
        # whose act the purpose is, a party of its own
        return None
    return actor


def _owned_nisba(frames: Frames, trig: Trigger) -> Group | None:
    """A nisba on the plain noun right after a verbal noun (دعم الحكومة اللبنانية): the noun's genitive,
    and so the entity the verbal noun acts on or, with a marked target after it, the actor."""
    k = trig.tok_end
    government = next((g for g in frames.groups if g.start == k and g.args[0].government), None)
    if government is not None:  # دعم الحكومة اللبنانية in a stance, where the phrase is the state
        return government
    if k >= len(frames.kinds) or frames.kinds[k] is not None or k in frames.inside or k in frames.titled:
        return None
    g = frames.genitive(trig, k + 1)
    return g if g is not None and g.nisba else None


def _no_disparaging(ctx: Context, frames: Frames, trig: Trigger) -> bool:
    return not _disparaging(ctx, frames, trig)


def _sport_praise(ctx: Context, frames: Frames, trig: Trigger) -> bool:
    """أشاد المدرب بلاعبه، أشاد بالمباراة: a coach, a player or a match praised is no diplomacy."""
    return _sport(ctx, frames) or _sport(ctx, frames, "sport-role")


# How many words before a pressure row's trigger a word of easing may stand (بتخفيف الضغط، لن تخفف ضغوطها).
EASED_SPAN = 2


def _eased_pressure(ctx: Context, frames: Frames, trig: Trigger) -> bool:
    """Pressure eased or weakened (بتخفيف الضغط على بيونغ يانغ، لن تخفف ضغوطها) is no pressure put on the party,
    and pressure in a match report (فضغط على مرمى مانشستر سيتي) none on a state."""
    eased = ctx.lexicon.words("eased")
    return _sport(ctx, frames) or any(not eased.isdisjoint(frames.forms[k])
                                      for k in range(max(0, trig.tok_start - EASED_SPAN), trig.tok_start))


# A stance trigger of these modes (triggers.tsv) takes no stance when its guard holds: a rejection
# of the party's own act, a description that disparages nobody, praise in sport, pressure eased
_STANCE_GUARDS = {"reject": _own_act, "disparage": _no_disparaging, DEEM: _no_disparaging, "praise": _sport_praise,
                  COERCE: _eased_pressure}

_BUILDERS = {
    "Meeting": _symmetric, "PhoneCall": _symmetric, "AgreementSigning": _symmetric, "Cooperation": _symmetric,
    "Visit": _visit, "Coordination": _coordination, "Support": _stance, "Opposition": _stance,
}
