"""Frames: which entities of a trigger's clause fill its slots (subject, object or partner, forum).

Arabic word order gives the slots (the frame of each rule is in ``triggers.tsv``):

- ``verb``: VSO (انتقدت روسيا الولايات المتحدة: two bare arguments after the verb, the first is the
  subject), SVO (روسيا تدعم فنزويلا: the nearest bare argument before the verb in its clause), or a
  subject supplied by the clause's parent (وصل بومبيو ... والتقى الملك). The object is the first
  argument after the subject introduced by one of the rule's markers (a preposition, or ``obj`` for
  a bare noun).
- ``noun``: a verbal noun's actor is its genitive or the nisba right after it (زيارة بوتين،
  بدعم إيراني), else the clause's subject; its target follows a marker (دعم مصر للسودان).
- ``passive``: the noun before the trigger is the target; the actor follows the marker (المدعومة
  من إيران).
- ``forum``: the subject takes part in an organisation named after the trigger.
- ``genitive``: a verbal noun whose actor is only its own genitive or nisba (غارات إسرائيلية على
  سوريا، العقوبات الأمريكية على إيران); the clause's subject is the one who reports or condemns it.
- ``speaker``: a verb in the first person (قال بارزاني "نشكر بغداد"): its actor is the subject of
  the reporting verb before it, since "we" is whoever is quoted; its object as for ``verb``.

Arguments joined by و or a comma are one group: a list of parties acting together fills one slot.
A target introduced by a preposition may be a plain noun that an entity owns (بالجهود التي بذلتها
السعودية، الهجوم الحوثي): the owner fills the slot.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from kg.lang.ar.clitics import (
    FOR,
    FROM,
    clitic_readings,
    construct_prepositions,
    definite,
    definite_word,
    glued_preposition,
    plural_pronoun_subject,
    possessed,
    possessed_noun,
    split_prefix,
    verb_agreement,
    without_future,
)
from kg.lang.ar.tokenize import COMMAS
from kg.pipeline.rules.clauses import INHERITS, Clause, clause_at, grammar_words, quoted_name_marks
from kg.pipeline.rules.lexicon import GOVERNING, OBJECT, Lexicon
from kg.pipeline.rules.match import Trigger
from kg.records import Sentence

# How many plain words (not titles, not gap words) may stand between a verb and its subject, and
# between a slot's marker and the entity that fills it.
SUBJECT_GAP = 1
OBJECT_GAP = 5
OWNER_GAP = 3
VSO_OBJECT_GAP = 3  # a verb, its subject, then its object within this many tokens (أيدت روسيا بقوة الصين)
BETWEEN_GAP = 3  # التعاون الاقتصادي بين البلدين: بين this close after the noun
LIGHT_VERB_GAP = 3  # زيارة رسمية قام بها X: the light verb this close after the noun
SPEAKER_GAP = 3  # قال رئيس حكومة الإقليم نيجيرفان بارزاني: the words of an office between a reporting verb and its subject
QUOTED_SOURCE_GAP = 6  # نقلت الوكالة عن وزير الخارجية الروسي سيرغي لافروف: the name this close after عن
SUPPORT, STANCES = "Support", frozenset({"Support", "Opposition"})  # the stance events (triggers.tsv)
FIGHT = "fight"  # the mode of fighting rows (triggers.tsv)
CONCERN = "concern"  # the mode of rows of voiced concern or anger (أعرب عن قلقه من، عبر عن غضبه إزاء)
COERCE = "coerce"  # the mode of rows of pressure on a party (الضغط على، تمارس ضغوطا على)
CENSURE = frozenset({"condemn", "criticize"})  # the modes of rows of condemnation and criticism (أدان، ندد، انتقد)
PARTY_TYPES = ("Person", "Country", "Organization")  # the entity types that can be a side of an event
# ماكرون وميركل، بالإضافة إلى دول البلطيق المحاذية لروسيا - إستونيا ولاتفيا: the plain words a co-actor
# phrase's noun may take before the parties it adds
CO_ACTOR_GAP = 4
# the marks that join two parties' names into one pair (قمة الولايات المتحدة-كوريا الشمالية)
JOINERS = frozenset({"-", "–", "/"})
# the events «his country» (بلاده) takes part in through the speaker: a stance or a cooperation he states for
# his state (قال إن بلاده تدعم العراق). In a meeting, visit, call or signing the state itself is the party.
OWN_STATE_EVENTS = STANCES | {"Cooperation", "Coordination"}


def _reported(clause: Clause) -> bool:
    """Whether a clause is what its parent clause reports (قال إن ...، أعلن أنه ...)."""
    return clause.kind in ("complement", "complement-ref") and clause.parent is not None


@dataclass(frozen=True)
class Arg:
    """An entity argument at a position in the sentence (a group phrase expands to several)."""

    entity: str
    type: str
    tok_start: int
    tok_end: int
    country: str | None  # the country it stands for (itself, a capital's country, a person's)
    metonym: bool = False  # a capital standing for its country
    conj: bool = False  # written with a glued conjunction و (والمغرب): joined to what precedes it
    prep: str | None = None  # a preposition glued to the name or to the title before it (بالسعودية، لوزير)
    nisba: bool = False  # an adjective (الإيراني): it only ever qualifies the noun before it
    phrase: bool = False  # read from a group phrase (الجانبان، الزعيمان) as one of the article's pair
    media: bool = False  # a news outlet (curated role media): it reports and takes no part
    people: bool = False  # a nominative plural nisba (اليونانيون): the people, a noun in the nominative
    government: bool = False  # a state's nisba on a government noun (السلطات التركية): the state, from the noun on
    capital: bool = False  # a capital (a metonym where nothing makes it a place; see Frames._capital_party)
    official: bool = False  # an unnamed official's title read as his state (رئيس الوزراء الإسرائيلي): a man


@dataclass
class Group:
    """Arguments written as one list (السعودية والإمارات ومصر), with the preposition that governs it."""

    args: list[Arg]
    start: int
    end: int
    gov: str | None

    @property
    def entities(self) -> list[str]:
        return list(dict.fromkeys(a.entity for a in self.args))

    @property
    def nisba(self) -> bool:
        return all(a.nisba for a in self.args)


class Frames:
    """The slot reader for one sentence: its clauses, argument groups and the words between them."""

    def __init__(self, sent: Sentence, lexicon: Lexicon, args: list[Arg], titled: dict[int, bool],
                 clauses: list[Clause], words: list[tuple[str, str] | None] | None = None):
        """``titled``: tokens of title and nisba phrases, each with whether a conjunction is glued to it;
        ``words``: the sentence's grammar words when the caller has read them (for its clauses)."""
        self.sent, self.lexicon, self.titled, self.clauses = sent, lexicon, dict(titled), clauses
        self.words = words if words is not None else grammar_words(lexicon, sent)  # (listed form, kind) or None
        # a class noun and «his country» (own-state) stand where a plain noun stands: no grammar word there
        self.kinds = [w[1] if w and w[1] not in ("class", "own-state") else None for w in self.words]
        quoted, self.class_preps = self._quoted_names(args)
        self.led: list[tuple[Arg, Arg]] = []  # (leader, the named organisation it leads)
        args, leaders = self._led(args)
        office_states = self._office_states(args)
        self.titled = {**titled, **quoted, **leaders, **office_states, **self._distributive(args)}
        venues = self._summit_venues(args)
        args = [a for a in args if a.tok_start not in office_states and a.tok_start not in venues]
        self.groups = self._groups(args)
        self.inside = {k for g in self.groups for k in range(g.start, g.end)}
        self._subjects: dict[int, Group | None] = {}
        # the subject a sentence opening with a verb and no subject carries over from the sentence
        # before (قال الجبير إن ... . واتهم إيران): set by the annotator, which sees the document
        self.carried: Group | None = None
        self._fronted: dict[int, Group] = {}  # a fronted verbal noun's position -> its actor after the comma

    @cached_property
    def forms(self) -> list[frozenset[str]]:
        """Each token's forms with clitics stripped (وبالقمة: القمة), read once for the word-list
        checks of every trigger in the sentence."""
        return [frozenset(f for _, f in clitic_readings(t.norm)) for t in self.sent.tokens]

    # -- groups ---------------------------------------------------------------------------------
    def _quoted_names(self, args: list[Arg]) -> tuple[dict[int, bool], dict[int, str]]:
        """A name in quotation marks after a class noun (انتقدت منظمة "هيومن رايتس ووتش" السعودية)
        stands where the class noun stands: the noun and the marks read like a title before the name,
        with the conjunction and preposition glued to the noun (ولحركة «حماس»). Returns those tokens
        with their conjunction, and the prepositions glued to the nouns."""
        toks = self.sent.tokens
        marks = quoted_name_marks(self.sent, [(a.tok_start, a.tok_end) for a in args])
        out: dict[int, bool] = {k: False for k in marks}
        preps: dict[int, str] = {}
        for a in args:
            k = a.tok_start - 2
            if k + 1 not in marks:
                continue
            while k >= 0 and self.words[k] is not None and self.words[k][1] == "class" and k not in out:
                k -= 1
            if k + 1 < a.tok_start - 1:  # the first class noun carries the clitics of the phrase
                norm = toks[k + 1].norm
                conj, prep = split_prefix(norm[: len(norm) - len(self.words[k + 1][0])])
                out.update({j: False for j in range(k + 2, a.tok_start - 1)})
                out[k + 1] = conj
                if prep:
                    preps[k + 1] = prep
        return out, preps

    def _led(self, args: list[Arg]) -> tuple[list[Arg], dict[int, bool]]:
        """A leader named after the noun it leads (التحالف العربي بقيادة السعودية، التحالف الذي تقوده
        السعودية). After a named organisation the leader phrase is part of that name, like a title,
        and the leader is no party of the clause (قصفت طائرات التحالف العربي بقيادة السعودية مواقع
        الحوثيين: the coalition strikes the Houthis, not Saudi Arabia). After an unnamed noun
        (التحالف العسكري) the leader stands where the noun stands: the coalition is its body.
        Returns the arguments and the tokens of leader phrases read as titles."""
        ends = {a.tok_end: a for a in args}
        placed = {k for a in args for k in range(a.tok_start, a.tok_end)}
        out: list[Arg] = []
        phrase: dict[int, bool] = {}
        for a in args:
            k = a.tok_start - 1
            while k > 0 and k in self.titled:  # بقيادة ولي العهد السعودي محمد بن سلمان
                k -= 1
            if a.nisba or a.conj or a.prep or k < 1 or self.kinds[k] != "leader":
                out.append(a)
                continue
            k -= 1 if self.kinds[k - 1] == "relative" else 0  # the noun before الذي تقوده
            k -= 1 if k > 1 and self.sent.tokens[k - 1].text in COMMAS else 0  # التحالف العربي، الذي تقوده
            led = ends.get(k)
            if led is not None and led.type == "Organization" and not led.nisba:
                phrase.update({j: False for j in range(k, a.tok_end)})
                self.led.append((a, led))
                continue
            start = k - 1 if self._plain_noun(k - 1, placed) else k
            if start < k and self._plain_noun(start - 1, placed) and all(
                    self.is_definite(j) for j in (start - 1, start)):
                start -= 1  # a noun and its adjective (التحالف العسكري)
            out.append(replace(a, tok_start=start) if start < k else a)
        return out, phrase

    def _distributive(self, args: list[Arg]) -> dict[int, bool]:
        """«كل من» right before a name or its title (ودانت كل من مصر والأردن الهجوم): "each of" reads like
        a title, so the من in it governs nothing and the list stays the verb's subject or object. Not
        after a glued preposition (لكل من مصر: to each of them)."""
        starts = {a.tok_start for a in args}
        toks = self.sent.tokens
        out: dict[int, bool] = {}
        for k in range(len(toks) - 2):
            if self.kinds[k] == "distributive" and self.kinds[k + 1] == "direction" \
                    and not glued_preposition(toks[k].norm)[1] and (k + 2 in starts or k + 2 in self.titled):
                out.update({k: False, k + 1: False})
        return out

    def _comma(self, k: int) -> bool:
        return self.sent.tokens[k].text in COMMAS

    def _plain_noun(self, k: int, placed: set[int]) -> bool:
        return k >= 0 and k not in placed and self.kinds[k] is None and self.sent.tokens[k].text.isalpha()

    def is_definite(self, k: int) -> bool:
        return definite(self.sent.tokens[k].norm)

    def _office_states(self, args: list[Arg]) -> dict[int, bool]:
        """Tokens of a state or organisation named between a title and a name (ورئيس كوريا الجنوبية مون
        جيه إن، مبعوث الأمم المتحدة لليمن مارتن غريفيث): part of that person's title, so a list of
        titled names stays one group and the office's state is no party."""
        out: dict[int, bool] = {}
        starts = {a.tok_start: a for a in args}
        for a in args:
            if a.type not in ("Country", "Organization", "Place") or a.nisba or a.conj:
                continue
            before = a.tok_start - 1
            portfolio = before not in self.titled and before - 1 in self.titled and self.kinds[before] is None \
                and before not in starts and a.type == "Organization"  # وزير شؤون الاتحاد الأوروبي
            if before not in self.titled and not portfolio:
                continue
            chain, nxt = [a], starts.get(a.tok_end)
            in_state = nxt is None and a.tok_end < len(self.kinds) and self.kinds[a.tok_end] == "locative"
            if in_state:  # وزير شؤون الاتحاد الأوروبي في تركيا عمر جيليك
                nxt = starts.get(a.tok_end + 1)
                if nxt is not None and nxt.type == "Country" and not nxt.nisba:
                    chain, nxt = [a, nxt], starts.get(nxt.tok_end)
            elif nxt is not None and nxt.type == "Country" and nxt.prep is not None:  # مبعوث الأمم المتحدة لليمن
                chain, nxt = [a, nxt], starts.get(nxt.tok_end)
            brief = self._brief(a.tok_end, starts) if nxt is None and not in_state else None
            if brief is not None:  # مبعوث الولايات المتحدة الخاص بسوريا: the envoy's brief is his title's
                chain, nxt = [a, brief], starts.get(brief.tok_end)
                out.update({k: False for k in range(a.tok_end, brief.tok_end)})
            commas: list[int] = []
            if nxt is None:  # الأمين العام لحزب الله اللبناني، حسن نصرالله: the name in apposition
                k = chain[-1].tok_end
                # a title after the comma is the holder's own (للجيش الليبي، المشير خليفة حفتر); one glued to a
                # conjunction is another person's (، والرئيس الفرنسي)
                while k < len(self.kinds) and k not in starts \
                        and (k in self.titled and (not commas or not self.titled[k]) or self._comma(k)):
                    commas += [k] if self._comma(k) else []
                    k += 1
                nxt = starts.get(k) if len(commas) <= 1 else None  # أمير الكويت الشيخ صباح: no comma, a second title
            if nxt is not None and nxt.type == "Person" and not nxt.nisba:
                words = [before] if portfolio else []
                words += [a.tok_end] if in_state and len(chain) == 2 else []
                words += commas
                out.update({k: False for c in chain for k in range(c.tok_start, c.tok_end)})
                out.update({k: False for k in words})
        return out

    def _summit_venues(self, args: list[Arg]) -> set[int]:
        """Where the state or capital right after a summit noun (grammar ``summit``: قمة، القمة) starts when it
        names the summit's venue (منذ قمة سنغافورة التي جمعت بين الرئيس الأمريكي ورئيس كوريا الشمالية، قمة هلسنكي
        مع بوتين): no party of the summit nor of another event in its clause. A second party joined to it by و
        or a hyphen makes the names the summit's parties (قمة ترامب وكيم، قمة روسيا وأفريقيا); a nisba (القمة
        الكورية) is a party's state, and so is a phrase of the article's pair (قمة البلدين); a person or an
        organisation (قمة الناتو) is no venue."""
        summit = self.lexicon.words("summit")
        starts = {a.tok_start: a for a in args}
        toks = self.sent.tokens
        out: set[int] = set()
        for a in args:
            if a.tok_start == 0 or a.nisba or a.conj or a.prep or a.phrase or self.forms[a.tok_start - 1].isdisjoint(summit) \
                    or not (a.type == "Country" or a.type == "Place" and a.capital):
                continue
            k = a.tok_end
            if k < len(toks) and (self.kinds[k] == "conjunction" or toks[k].text in JOINERS):
                k += 1
            joined = starts.get(k)
            if joined is not None and not joined.nisba and (joined.conj or k > a.tok_end):
                continue
            out.add(a.tok_start)
        return out

    def _brief(self, k: int, starts: dict[int, Arg]) -> Arg | None:
        """The state or place an envoy's brief names after the title (grammar ``brief``: الخاص بسوريا، المكلف
        بليبيا) at token ``k``: a subject of the office, never a party or the venue of a meeting."""
        if k + 1 >= len(self.sent.tokens) or self.forms[k].isdisjoint(self.lexicon.words("brief")):
            return None
        nxt = starts.get(k + 1)
        return nxt if nxt is not None and nxt.type in ("Country", "Place") and nxt.prep is not None \
            and not nxt.nisba else None

    def _groups(self, args: list[Arg]) -> list[Group]:
        groups: list[Group] = []
        args = sorted(args, key=lambda a: (a.tok_start, a.tok_end))
        for a in args:
            last = groups[-1] if groups else None
            if last and self._joins(last, a):
                last.args.append(a)
                last.end = max(last.end, a.tok_end)
                continue
            groups.append(Group([a], a.tok_start, a.tok_end, self._governor(a)))
        # a nisba or a state right before a name, after a title, describes that name's office
        # (رئيس مجلس السيادة السوداني عبد الفتاح البرهان، سلطان عمان هيثم بن طارق)
        kept = [g for n, g in enumerate(groups) if not (n + 1 < len(groups) and groups[n + 1].start == g.end
                                                         and not groups[n + 1].nisba
                                                         and (g.nisba or (g.start - 1 in self.titled
                                                                          or g.start - 2 in self.titled)
                                                              and groups[n + 1].args[0].type == "Person"))]
        # the office's state or organisation is part of the title (الأمين العام للأمم المتحدة أنطونيو غوتيريش)
        for g in groups:
            if g not in kept:
                self.titled.update({k: self.titled.get(k, False) for k in range(g.start, g.end)})
        return kept

    def _joins(self, group: Group, a: Arg) -> bool:
        if a.tok_start < group.end or clause_at(self.clauses, a.tok_start) != clause_at(self.clauses, group.start):
            return a.tok_start < group.end  # the same group phrase expanded, or overlapping
        if a.nisba != group.args[-1].nisba:
            return False
        if group.gov and self.lexicon.grammar.get(group.gov) == "kin":
            return False  # كوشنر، زوج ابنة الرئيس ترامب، وغرينبلات: the kin noun governs one name, the next is a co-actor
        between = range(group.end, a.tok_start)
        if not between:
            return a.conj or a.nisba  # التعاون الصيني الروسي: two nisbas on one noun are its two parties
        first = between[0]
        if self._apposition(group.args[-1]) and self.sent.tokens[first].text in COMMAS and not a.conj \
                and not any(self.titled.get(k, False) or self.kinds[k] == "conjunction" for k in between[1:]):
            return False  # the comma closes the apposition, what follows is the next argument
        joined = a.conj or self.kinds[first] == "conjunction" or self.titled.get(first, False)
        return joined and all(k in self.titled or self.kinds[k] == "conjunction" for k in between) \
            and (a.prep is None or a.prep == group.gov)

    def _apposition(self, a: Arg) -> bool:
        """A name set off by commas right after a title (انتقد وزير الخارجية الإيراني، محمد جواد ظريف،
        الولايات المتحدة) names that title's holder: the comma after it closes the apposition instead
        of joining the next argument to it as a co-actor."""
        comma = a.tok_start - 1
        return a.type == "Person" and comma > 0 and self.sent.tokens[comma].text in COMMAS \
            and comma - 1 in self.titled

    def _governor(self, a: Arg) -> str | None:
        """The preposition governing an argument: glued to it or to its title, or the word before."""
        if a.prep:
            return a.prep
        k = a.tok_start - 1
        while k >= 0 and k in self.titled:
            k -= 1
        if k + 1 < a.tok_start:  # a title before the name carries it: اتصالا هاتفيا بالرئيس التركي أردوغان
            glued = self.class_preps.get(k + 1) or glued_preposition(self.sent.tokens[k + 1].norm)[1]
            if glued:
                return glued
        if k >= 0 and self.kinds[k] in GOVERNING:
            return self.words[k][0]
        return None

    # -- slots ----------------------------------------------------------------------------------
    def plain_between(self, lo: int, hi: int) -> int:
        """Words between two positions that are neither titles nor gap words (dates, adverbs, commas)."""
        return sum(1 for k in range(lo, hi) if k not in self.titled and k not in self.inside
                   and self.kinds[k] not in ("gap", "conjunction"))

    def clause_index(self, trig: Trigger) -> int:
        return clause_at(self.clauses, trig.tok_start)

    def clause(self, trig: Trigger) -> Clause:
        """The clause a trigger stands in."""
        return self.clauses[self.clause_index(trig)]

    def actor(self, trig: Trigger) -> Group | None:
        """Who does what the trigger says: a verbal noun's actor, or a verb's subject."""
        if trig.rule.frame == "genitive":
            return self.genitive(trig)
        if trig.rule.frame == "speaker":
            return self.speaker(trig)
        return self.noun_actor(trig) if trig.rule.frame == "noun" else self.subject(trig)

    def speaker(self, trig: Trigger) -> Group | None:
        """Who says a first-person verb (قال بارزاني "نشكر بغداد"، وقالت الخارجية إننا نرحب): the
        subject of the nearest reporting verb before it in the sentence, right after that verb (VSO) or
        right before it. A verb no one is said to say has no actor: it is someone's words, unknown
        whose. An outlet only relays what others say (نقلت الوكالة عن الوزير)."""
        report = next((k for k in range(trig.tok_start - 1, -1, -1) if self.kinds[k] == "report"), None)
        if report is None:
            return None
        after = next((g for g in self.groups if g.start > report), None)
        before = [g for g in self.groups if g.end <= report]
        found = None
        if after is not None and after.end <= trig.tok_start and after.gov is None and not after.nisba \
                and self.plain_between(report + 1, after.start) <= SPEAKER_GAP:
            found = after
        elif before and before[-1].gov is None and not before[-1].nisba \
                and self.plain_between(before[-1].end, report) == 0 \
                and self.sent.tokens[report].norm == self.words[report][0]:
            # الوزير قال: a name before a plain reporting verb; one before وقالت ends the clause before it
            # (نشرت الخارجية تغريدة على تويتر، وقالت فيها: the speaker is no name near the verb)
            found = before[-1]
        if found is None or any(a.media for a in found.args):
            return None
        # قال رون توئيل، محامي كلاي: the name before the comma speaks, the one after it names whose office he holds
        return self.before_comma(found)

    def commas(self, group: Group) -> list[int]:
        """The positions ``n`` in a group's arguments with a comma between argument n-1 and n."""
        toks = self.sent.tokens
        return [n for n in range(1, len(group.args))
                if any(toks[k].text in COMMAS for k in range(group.args[n - 1].tok_end, group.args[n].tok_start))]

    def before_comma(self, group: Group) -> Group:
        """The arguments of a group up to the first comma between two of them."""
        n = min(self.commas(group), default=0)
        return Group(group.args[:n], group.start, group.args[n - 1].tok_end, group.gov) if n else group

    def after(self, trig: Trigger, actor: Group | None) -> int:
        """Where the search for an object starts: after the actor when it follows the trigger (VSO),
        unless that actor is the main verb's subject after a fronted phrase (:meth:`fronted_actor`)."""
        fronted = actor is not None and self._fronted.get(trig.tok_start) is actor
        return actor.end if actor is not None and actor.start >= trig.head_end and not fronted else trig.head_end

    def _in_clause(self, c: int) -> list[Group]:
        clause = self.clauses[c]
        return [g for g in self.groups if clause.start <= g.start < clause.end]

    def subject(self, trig: Trigger) -> Group | None:
        """The subject of a verb (:meth:`own_subject`) with the parties a co-actor phrase adds to it."""
        return self.with_co_actors(self.own_subject(trig))

    def with_co_actors(self, group: Group | None) -> Group | None:
        """A bare group and the parties a co-actor phrase after a comma joins to it, in the same
        clause: «ماكرون وميركل، بالإضافة إلى دول البلطيق - إستونيا ولاتفيا - أدانوا»، «أدانت فرنسا، إلى
        جانب ألمانيا، الهجوم». Read from either end: the group may be the one before the phrase or the
        one after it. A phrase with no comma before it (وقفت مصر إلى جانب السعودية) says whose side
        someone is on, and joins nothing."""
        if group is None or group.gov is not None or group.nisba or group.end <= 0:
            return group
        c = clause_at(self.clauses, group.start)
        bare = [g for g in self.groups if clause_at(self.clauses, g.start) == c and not g.nisba]
        for n, g in enumerate(bare):
            if g.start >= group.start or g.gov is not None or not self._opens_subject(g):
                continue
            added = self._co_actor_after(g, bare[n + 1:])
            if added is group:
                return Group(g.args + group.args, g.start, group.end, None)
        added = self._co_actor_after(group, [g for g in bare if g.start >= group.end])
        return Group(group.args + added.args, group.start, added.end, None) if added is not None else group

    def _opens_subject(self, g: Group) -> bool:
        """Whether a group before a verb stands where a subject does: at its clause's start or after a
        complementiser, a reporting verb or gap words, titles between (إن الرئيس الفرنسي ماكرون). After
        a plain noun it is that noun's genitive (خصمي إيران، إلى جانب الأردن), no subject."""
        k = g.start - 1
        while k >= 0 and (k in self.titled or self.kinds[k] in ("gap", "conjunction")):
            k -= 1
        return k < self.clauses[clause_at(self.clauses, g.start)].start \
            or self.kinds[k] in ("complement", "complement-ref", "report")

    def _co_actor_after(self, group: Group, later: list[Group]) -> Group | None:
        """The group a co-actor phrase right after ``group`` (a comma, then the phrase) adds to it:
        the first of ``later`` that no other preposition governs, past a few plain words."""
        toks = self.sent.tokens
        k = group.end
        if k + 2 >= len(toks) or toks[k].text not in COMMAS \
                or f"{toks[k + 1].norm} {toks[k + 2].norm}" not in self.lexicon.words("co-actor"):
            return None
        end = k + 3
        for g in later:
            if g.gov is not None and g.start != end:
                continue  # المحاذية لروسيا: a party the added noun's description names
            plain = sum(1 for j in range(end, g.start) if toks[j].text.isalpha() and j not in self.inside)
            return g if plain <= CO_ACTOR_GAP else None
        return None

    def own_subject(self, trig: Trigger) -> Group | None:
        """The subject of a verb: VSO when two bare groups follow it (or one and none precedes), else
        the nearest bare group before it in its clause, else the one its clause inherits."""
        c = self.clause_index(trig)
        if self._own_state_before(trig):
            return self._own_state_subject(c, trig)
        groups = [g for g in self._in_clause(c) if not g.nisba]
        after = [g for g in groups if g.start >= trig.head_end]
        before = [g for g in groups if g.end <= trig.tok_start and g.gov is None]
        first = after[0] if after and after[0].gov is None and not self._pronoun_subject(trig) \
            and self.plain_between(trig.head_end, after[0].start) <= SUBJECT_GAP else None
        if first is not None and before and OBJECT not in trig.rule.markers and self._opens_subject(before[-1]) \
                and self._marked_noun(trig.head_end, first.start, trig.rule.markers) is not None:
            # إسرائيل ترحب بقرار ترامب: a name after the verb's marked noun is that noun's genitive, the
            # subject stands before the verb; not when the party before is no subject (وخلال لقائه الرئيس
            # عباس، أشاد بالجهود المصرية الرئيس ماكرون: the noun's genitive, and the subject comes last)
            first = None
        if first is not None:
            # titles and gap words between do not count (التقى غريفيث الأسبوع الماضي الرئيس اليمني هادي)
            second_bare = len(after) > 1 and after[1].gov is None \
                and self.plain_between(first.end, after[1].start) <= VSO_OBJECT_GAP
            if not before and (shared := self._unagreeing_subject(c, trig, first)) is not None:
                return shared
            # a nominative plural after the verb is its subject, never its object (ومنذ أعلنت مقدونيا
            # استقلالها، يرفض اليونانيون القبول بحقها)
            if second_bare or not before or OBJECT not in trig.rule.markers or all(a.people for a in first.args):
                return first
        if before:
            return before[-1]
        return self.inherited(c) or self._own_state_subject(c, trig)

    def verb_agreement(self, trig: Trigger) -> str | None:
        """Whom a verb trigger agrees with (:func:`verb_agreement`: ``"f"``, ``"m"``, ``"pl"``), read from the
        letters after its pattern's stem, a future prefix allowed (سيزور); None when they do not say."""
        if trig.rule.frame != "verb":
            return None
        stem = trig.rule.pattern[0].rstrip("*")  # patterns are normalised on load
        forms = [f for _, f in clitic_readings(self.sent.tokens[trig.tok_start].norm)]
        forms += [f for f in map(without_future, forms) if f]
        form = next((f for f in forms if f.startswith(stem)), None)
        if form and not trig.rule.pattern[0].endswith("*"):
            # a row that writes the whole verb (حذرت، زارت، التقت) says its gender by its own ending, which
            # reading past the stem would miss (the review's find: «وحذرت روسيا» read as masculine)
            return verb_agreement(form)
        return verb_agreement(form, stem) if form else None

    def _unagreeing_subject(self, c: int, trig: Trigger, first: Group) -> Group | None:
        """The subject a clause shares with the one before (a coordinated verb, حيث, or a sentence's
        subject carried over), when the bare group right after its verb cannot be that verb's subject: a
        masculine verb before states only, which are feminine («قام ماكرون بجولة، كما زار الهند وأستراليا»،
        «وزار أستراليا»: the states are visited, he visits). The shared subject must itself be one man; a
        body's gender is its noun's, which the entity does not say, and a person's is never guessed."""
        if trig.rule.frame != "verb" or not all(self._feminine_party(a) for a in first.args) \
                or self.verb_agreement(trig) != "m":
            return None
        shared = self.inherited(c)
        if shared is None or len(shared.entities) != 1 or any(a.type != "Person" for a in shared.args):
            return None
        return shared

    def _feminine_party(self, a: Arg) -> bool:
        """Whether an argument is grammatically feminine: a state's or a capital's name (فرنسا، موسكو),
        unless its first word is listed (grammar ``masculine-name``: العراق، الكرملين، البيت الأبيض). A
        government noun (الجيش الإسرائيلي), an unnamed official, a people (اليونانيون) or a pair phrase
        (الجانبان) has its noun's gender, which may be masculine; an organisation's is its noun's too,
        which the gazetteer does not record."""
        return a.type == "Country" and not (a.government or a.official or a.people or a.phrase or a.nisba) \
            and self.forms[a.tok_start].isdisjoint(self.lexicon.words("masculine-name"))

    def _own_state_before(self, trig: Trigger) -> bool:
        """Whether «his country» (grammar ``own-state``: بلاده) is the subject right before a verb trigger
        in a reported clause (قال إن بلاده تدعم العراق): the reporter's own state acts, so his clause's
        subject is the verb's, the one a sentence with none carries over included (وقال إن بلاده ترفض)."""
        clause = self.clause(trig)
        if trig.rule.frame != "verb" or not _reported(clause):
            return False
        k = trig.tok_start - 1
        while k > clause.start and self.kinds[k] == "gap":
            k -= 1
        return k >= clause.start and self._own_state(k)

    def _own_state(self, k: int) -> bool:
        return self.words[k] is not None and self.words[k][1] == "own-state"

    def _own_state_subject(self, c: int, trig: Trigger) -> Group | None:
        """The reporter, when a reported clause's subject is «his country» right after its complementiser
        (قال إن بلاده ستواصل دعم العراق: the speaker's state supports); None otherwise. Only for a stance or
        a cooperation, which the speaker states for his state: a meeting, visit, call or signing has the
        state itself as its party (صرح أردوغان بأن بلاده تلتقي مع روسيا: Erdogan met no one)."""
        clause = self.clauses[c]
        k = clause.start + 1
        if trig.rule.event not in OWN_STATE_EVENTS or not _reported(clause) or k >= clause.end or not self._own_state(k):
            return None
        reporter = self.clause_subject(clause.parent)
        return None if reporter is None or all(a.media for a in reporter.args) else reporter

    def _pronoun_subject(self, trig: Trigger) -> bool:
        """Whether a verb trigger carries its plural subject (ورفضوا دعوة ترامب لإعادة روسيا: Trump
        owns the call, they reject it)."""
        if trig.rule.frame != "verb":
            return False
        stem = trig.rule.pattern[0].rstrip("*")  # patterns are normalised on load
        return any(plural_pronoun_subject(form, stem) for _, form in clitic_readings(self.sent.tokens[trig.tok_start].norm))

    def inherited(self, c: int) -> Group | None:
        clause = self.clauses[c]
        how = INHERITS.get(clause.kind)
        if how == "parent" and clause.parent is not None:
            if clause.kind == "complement-ref":
                quotes, source = self._quoted_source(clause.parent)
                if quotes:
                    return source
            reporter = self.clause_subject(clause.parent)
            # أفادت "واشنطن بوست" بأنهما التقيا: an outlet reports what others did, never its own acts
            return None if reporter is not None and all(a.media for a in reporter.args) else reporter
        if how == "back":
            return self._resumed(c)
        if how == "antecedent":
            before = [g for g in self.groups if g.end <= clause.start and not g.nisba]
            # الحوثيين، الذين: a comma may stand between; a plain word there is the antecedent itself
            # (أدانت مصر الحملة التي تشنها الصحف ضد السعودية: the campaign, not Egypt, is the relative's noun)
            if before and (clause.start == before[-1].end
                           or clause.start - before[-1].end == 1 and not self.sent.tokens[before[-1].end].text.isalpha()):
                return self.participle_head(before)
        if c == 0 and clause.kind == "main":
            return self.carried
        return None

    def participle_head(self, before: list[Group]) -> Group | None:
        """A relative's antecedent when the party right before it is the agent or object of a participle
        (وحدات حماية الشعب المدعومة من الولايات المتحدة، التي تعتبرها أنقرة منظمة إرهابية): the participle
        describes the noun before it, which is what the relative describes too; that noun when it is a
        party right before the participle (an epithet between allowed), else none."""
        g = before[-1]
        k = g.start - 1
        if k > 0 and self.kinds[k] in GOVERNING:
            k -= 1  # المدعومة من: the preposition written apart
        if g.gov is None or k < 0 or self.kinds[k] != "participle" \
                and self.forms[k].isdisjoint(self.lexicon.words("described-by")):
            return g
        prior = [h for h in before[:-1] if h.end <= k]
        return prior[-1] if prior and k - prior[-1].end <= 1 else None

    def bare_groups(self, c: int) -> list[Group]:
        """A clause's groups that no preposition governs and that are no nisba: its subject candidates."""
        return [g for g in self._in_clause(c) if g.gov is None and not g.nisba]

    def _resumed(self, c: int) -> Group | None:
        """Whose statement a resumptive clause (وذلك خلال) sets: the nearest clause before it whose
        actor is named, past a quote. A reported clause counts only when its subject opens it (أعلنت
        السلطات أن أمير قطر تميم قرر ...، وذلك خلال زيارته: Tamim's visit); one that opens with a plain
        noun (قال فكي إن تصريحات ترامب ...، وذلك خلال لقائه بتيلرسون) names no actor, the speaker's
        statement before it does. In a statement a named person outranks a place or body before him (دبي،
        الإمارات (CNN) – عبر بومبيو ...، وذلك خلال زيارته: a dateline is no actor)."""
        for k in range(c - 1, -1, -1):
            clause = self.clauses[k]
            if clause.kind in ("main", "break"):
                bare = self.bare_groups(k)
                found = next((g for g in bare if any(a.type == "Person" for a in g.args)), bare[0] if bare else None)
            elif clause.kind == "complement":
                bare = self.bare_groups(k)
                found = bare[0] if bare and self.plain_between(clause.start + 1, bare[0].start) == 0 else None
            else:
                continue
            if found is not None:
                return found
        return None

    def _quoted_source(self, c: int) -> tuple[bool, Group | None]:
        """Whether a report in clause ``c`` quotes a source (نقلت الوكالة عن الوزير: a reporting word,
        then a source preposition), and the group that preposition governs, None when the source is
        unnamed (عن مصدر دبلوماسي). A pronoun that refers back (أنه) stands for the quoted source, never
        for the agency that relays it."""
        clause = self.clauses[c]
        report = next((k for k in range(clause.start, clause.end) if self.kinds[k] == "report"), None)
        if report is None:
            return False, None
        source = next((k for k in range(report + 1, clause.end) if self.kinds[k] == "source"), None)
        if source is None or source - 1 in self.titled:
            return False, None  # النائب الجمهوري عن ولاية أريزونا: the seat of an office, no quoted source
        word = self.words[source][0]
        near = next((g for g in self._in_clause(c) if source < g.start <= source + QUOTED_SOURCE_GAP), None)
        if near is not None and (near.gov is None or any(a.type == "Place" for a in near.args)):
            return False, None  # a place is no source, nor a bare name (the speaker set off after the seat of his office)
        return True, (near if near is not None and near.gov == word else None)  # عن مصدر في الوزارة: unnamed

    def clause_subject(self, c: int) -> Group | None:
        """A clause's own subject: its first bare group that is not after a preposition, else inherited."""
        if c not in self._subjects:
            self._subjects[c] = None  # guards against a cycle
            bare = self.bare_groups(c)
            self._subjects[c] = self.with_co_actors(bare[0]) if bare else self.inherited(c)
        return self._subjects[c]

    def object(self, trig: Trigger, after: int, types: tuple[str, ...] = PARTY_TYPES) -> Group | None:
        """The first group after ``after`` in the trigger's clause that one of the rule's markers
        introduces; a marked plain noun lends the slot to its owner (بالجهود التي بذلتها السعودية)."""
        clause = self.clause(trig)
        markers = trig.rule.markers
        if self.lexicon.grammar.get(trig.rule.pattern[-1]) in GOVERNING:  # التنسيق مع: the pattern holds the marker
            markers = (*markers, trig.rule.pattern[-1])
        placed = False  # a place filled the marker's slot
        # تدعم قوات المعارضة ضد قوات النظام: for a support not itself read with ضد, the party past ضد is the one
        # opposed, never the one backed
        against_ends = trig.rule.event == SUPPORT and "against" not in (self.lexicon.grammar.get(m) for m in markers)
        for g in self.groups:
            if g.start < after or g.start >= clause.end + OWNER_GAP:
                continue
            if self.plain_between(after, g.start) > OBJECT_GAP:
                break
            if any(self.kinds[k] == "report" for k in range(after, g.start)):
                break  # وفقا لما ذكرته وكالة الأنباء، حسبما أفادت: a party past a reporting word is its source
            if against_ends and any(self.kinds[k] == "against" for k in range(after, g.start)):
                break
            if g.start - 1 >= after and self.kinds[g.start - 1] == "participle":
                continue  # قصف لميليشيات الحوثي الموالية لإيران: what a participle after the trigger governs is its own
            g = self._capital_party(g, markers, types)
            if not any(a.type in types or a.metonym and "Country" in types for a in g.args):
                placed = placed or g.gov in markers and g.start < clause.end
                continue
            if g.gov is None and self._bracketed(g):
                continue
            if (g.gov in markers or g.gov is None and OBJECT in markers and not self._phrase_between(after, g.start)
                    or g.gov is None and self._spelled_marker(g.start, markers)) \
                    and g.start < clause.end and not g.nisba:
                if self._harmed(g, after, trig):
                    break  # أدانت مقتل الصحفي جمال خاشقجي: the one killed, not whom the condemnation is against
                return g
            if g.start >= clause.end and (placed or self.clauses[clause_at(self.clauses, g.start)].kind != "relative"):
                # an owner past the clause only in a relative clause on the noun (بالجهود التي بذلتها السعودية),
                # not when the marker's own slot held a place (المدعومة من واشنطن والتي تعتبرها أنقرة)
                continue
            if g.gov is not None and g.gov not in markers and self._not_owner(g.gov, trig.rule.event):
                break  # للاتفاق النووي بين إيران والدول الكبرى، بتهريب الأسلحة إلى الحوثيين: no owner
            if self._dissent_nisba(g):
                break  # the opponents own the phrase: no party further on owns it either
            if trig.rule.mode == COERCE and g.gov is not None and g.gov not in markers:
                # الضغط على شركاتهم لتخرج من إيران، على مراكز الإيواء في جزر اليونان، على حليفتها في الناتو: the
                # one pressed is the marked noun's genitive or nisba (الضغط على حكومة مادورو), never a party past
                # another preposition, which says where it is or what it is pressed to do
                break
            owner_at = self._marked_noun(after, g.start, markers)
            if owner_at is not None and self._cared_for(g, owner_at, trig):
                break  # قلقه حيال مصير الصحفي، قلقها من الحرب في سوريا: the party concern is for, or where
            if owner_at is not None and self._where_not_whom(g, owner_at, trig):
                break  # تحارب الإرهاب في سوريا: where the fight is, not whom it is against
            if owner_at is not None and self._harmed(g, owner_at, trig):
                break  # أدانت الحكم على الناشطة، مقتل الصحفي، الهجوم على السفارة: the victim, not whom it condemns
            if owner_at is not None and self._faction_place(g, owner_at):
                break  # بدعم إيران للميليشيات الإيرانية في سوريا: where the militias are, not whom Iran backs
            if owner_at is not None and trig.rule.event == SUPPORT \
                    and not self.forms[owner_at].isdisjoint(self.lexicon.words("fight-purpose")):
                break  # دعم القوات الأمنية لدحر تنظيم الدولة: the party a fight's noun names is fought, not backed
            if owner_at is not None and g.start - owner_at <= OWNER_GAP + 1:
                return g
        return None

    def _capital_party(self, g: Group, markers: tuple[str, ...], types: tuple[str, ...]) -> Group:
        """A capital in the slot a trigger's own marker opens for a party stands for its state, as it does
        as a verb's bare subject or object (اتهمت موسكو واشنطن): after the noun's ل (انتقاد موسكو لواشنطن،
        الموالية لأنقرة), إلى or من (وجه انتقادات إلى أنقرة، المدعومة من طهران) it is whom the act is for or
        against or who does it, not where it happens. Never after في or a glued ب (اجتماع بموسكو: in
        Moscow), which no party slot opens, nor in a slot that takes places (زيارة لموسكو: where he went)."""
        if "Place" in types or "Country" not in types or g.gov not in markers \
                or not (g.gov == FOR or self.lexicon.grammar.get(g.gov) == "direction") \
                or not any(a.capital and not a.metonym for a in g.args):
            return g
        return Group([replace(a, metonym=True) if a.capital else a for a in g.args], g.start, g.end, g.gov)

    def _where_not_whom(self, g: Group, owner_at: int, trig: Trigger) -> bool:
        """Whether a place after في only says where a fight's marked noun stands (تحارب روسيا الإرهاب في
        سوريا: the fight is in Syria, not against it): it owns the noun only when that noun is a site the
        place holds (grammar ``site``: محاربة المواقع في ...) or its government (تحارب النظام في سوريا).
        Only for fights (mode ``fight``): a strike on a state's ground opposes that state (قصفت إسرائيل
        مواقع في سوريا), a criticism of a state's affairs the state (انتقادات الصندوق للمالية العامة في
        لبنان), and those in a place are its own for support (نشكر أشقاءنا في الإمارات)."""
        if trig.rule.mode != FIGHT or g.gov is None or self.lexicon.grammar.get(g.gov) != "locative" \
                or self._strike_launched(trig):
            return False
        return not self._listed_between(owner_at, g.start, self.lexicon.words("site") | self.lexicon.words("government"))

    def _cared_for(self, g: Group, owner_at: int, trig: Trigger) -> bool:
        """Whether a concern (mode ``concern``) is for the party after its marked noun, not against it:
        a place after في only says where the worrying matter is (قلقها من الحرب في سوريا), the sides after بين
        are those of a clash it is about (قلقه من التصعيد بين إيران وإسرائيل), and a noun of
        grammar ``welfare`` (مصير، سلامة، التطورات، تقسيم) makes its owner the one the concern is for
        (قلقه حيال مصير الصحفي، قلق موسكو إزاء محاولات تقسيم سوريا). The owner of any other matter is
        whom the concern is voiced against (قلقها من العنف الإسرائيلي، إزاء قرار واشنطن)."""
        if trig.rule.mode != CONCERN:
            return False
        if g.gov is not None and self.lexicon.grammar.get(g.gov) in ("locative", "between"):
            return True  # قلقه من التصعيد بين إيران وإسرائيل: worried by a clash, against neither side
        return self._listed_between(owner_at, g.start, self.lexicon.words("welfare"))

    def _harmed(self, g: Group, owner_at: int, trig: Trigger) -> bool:
        """Whether a condemnation or criticism (modes ``condemn``, ``criticize``) names after its marked noun
        the victim of a harm, not the one it is against (whoever did the harm, often unnamed): past a noun
        of harm done to someone (grammar ``harm``: اعتقال، اغتيال) or of a death (``killing``: مقتل)
        the party after على or ضد (grammar ``harm-on``), a person (سجن الصحفي دينيز
        يوجل) or the state of a person's title (اغتيال السفير الروسي) is the one harmed; so is the party
        after على past a noun of an attack or a sentence (``attack``, ``sentence``: الهجوم على السفارة
        الأمريكية، الحكم على أمل فتحي), while a ruling's bare genitive is its ruler (حكم أردوغان). The nisba of the harm
        or a state's genitive is the one who did it and stays the target (الاعتداء الإسرائيلي، اعتقال
        السلطات السعودية ناشطين)."""
        if trig.rule.event != "Opposition" or trig.rule.mode not in CENSURE:
            return False
        on_words = self.lexicon.words("harm-on")
        on = g.gov is not None and g.gov in on_words
        if (on or self._listed_between(owner_at, g.start, on_words)) \
                and self._listed_between(owner_at, g.start, self.lexicon.words("attack") | self.lexicon.words("sentence")):
            return True  # الهجوم على السفارة الأمريكية، الحكم على الناشطة أمل فتحي (a title between)
        if not self._listed_between(owner_at, g.start, self.lexicon.words("harm") | self.lexicon.words("killing")):
            return False
        return on or all(a.type == "Person" for a in g.args) or any(k in self.titled for k in range(owner_at, g.end))

    def _faction_place(self, g: Group, owner_at: int) -> bool:
        """Whether a place after في only says where a group of people (grammar ``faction``: الميليشيات،
        الفصائل، اللاجئين) stands: the state they are in does not own them, as a state's nisba on them does not
        (kg/data/grammar.tsv), so it is no party of what is done to them."""
        if g.gov is None or self.lexicon.grammar.get(g.gov) != "locative":
            return False
        return self._listed_between(owner_at, g.start, self.lexicon.words("faction"))

    def _listed_between(self, lo: int, hi: int, words: frozenset[str]) -> bool:
        """Whether a token from ``lo`` up to ``hi`` is (in one of its clitic readings) a word of ``words``: the
        noun between a marked owner and the party after it that says what the party is to the act."""
        return any(not self.forms[k].isdisjoint(words) for k in range(lo, hi))

    def _strike_launched(self, trig: Trigger) -> bool:
        """Whether a fighting row's act is a strike (grammar ``strike``): a word of the list in its gap
        (شنت إسرائيل غارات على قاعدة في سوريا) or the noun its relative pronoun refers to (الغارات التي
        شنتها إسرائيل على قاعدة عسكرية في سوريا). Launching wars and strikes share a verb (شن، نفذ); a
        strike on a site in a state opposes that state, as other strikes do."""
        strikes = self.lexicon.words("strike")
        if self._listed_between(trig.tok_start + 1, trig.tok_end, strikes):
            return True
        k = trig.tok_start - 1
        if k > 0 and self.kinds[k] == "relative":
            k -= 1
        return k >= 0 and not self.forms[k].isdisjoint(strikes)

    def _dissent_nisba(self, g: Group) -> bool:
        """Whether a nisba qualifies a noun of dissent right before it (تجمع للمعارضة الإيرانية، ضد
        المعارضين الأتراك): the state's opponents, never the state, own the phrase."""
        k = g.start - 1
        return g.nisba and k >= 0 and not self.lexicon.words("dissent").isdisjoint(self.forms[k])

    def _spelled_marker(self, k: int, markers: tuple[str, ...]) -> bool:
        """Whether the words right before position ``k`` spell a marker of several words (وقوفها إلى
        جانب السعودية: no single preposition governs the name)."""
        toks = self.sent.tokens
        for m in markers:
            words = m.split()
            if len(words) > 1 and k >= len(words) and [t.norm for t in toks[k - len(words):k]] == words:
                return True
        return False

    def _not_owner(self, gov: str, event: str) -> bool:
        """Whether a party this preposition governs stands in its own phrase, never as the owner of a
        marked noun before it, for a stance: إلى (not من: goods come from their owner), and بين for support (تأييد
        الاتفاق بين إيران والدول الكبرى backs the agreement, not a party to it; a condemnation of the
        drills between two states opposes both).
        """
        kind = self.lexicon.grammar.get(gov)
        return kind == "direction" and gov != FROM and event in STANCES or kind == "between" and event == SUPPORT

    def _bracketed(self, g: Group) -> bool:
        """A name in brackets right after a word glosses that word (ووزارتا الدفاع (البنتاغون)): it
        stands in the phrase before it, never as a verb's bare object."""
        toks = self.sent.tokens
        return 1 < g.start and g.end < len(toks) and toks[g.start - 1].text == "(" and toks[g.end].text == ")" \
            and toks[g.start - 2].text.isalpha()

    def _phrase_between(self, lo: int, hi: int) -> bool:
        """A plain noun with a glued preposition between two positions: a bare group after it belongs
        to that phrase, not to the verb (اتهم المملكة باحتجاز رئيس الوزراء: the charge, not the target)."""
        toks = self.sent.tokens
        return any(k not in self.titled and k not in self.inside and self.kinds[k] is None
                   and (glued_preposition(toks[k].norm)[1] or construct_prepositions(toks[k].norm))
                   for k in range(lo, hi))

    def _marked_noun(self, lo: int, hi: int, markers: tuple[str, ...]) -> int | None:
        """A plain noun between ``lo`` and ``hi`` introduced by one of the markers (glued or written)."""
        toks = self.sent.tokens
        while lo < hi and self.kinds[lo] in ("gap", "conjunction"):  # انتقد أدرعي، خطاب نصرالله: a comma first
            lo += 1
        head = hi  # the name's phrase starts at its title or class noun (بموقف حركة "فتح")
        while head - 1 > lo and head - 1 in self.titled:
            head -= 1
        for k in range(lo, hi):
            if k in self.titled:
                continue
            if self.kinds[k] in GOVERNING and self.words[k][0] in markers and k + 1 < hi:
                return k + 1
            if glued_preposition(toks[k].norm)[1] in markers:
                return k
            if k + 1 == head and any(p in markers for p in construct_prepositions(toks[k].norm)):
                return k  # لوحدة السودان: a glued preposition on a noun whose genitive is the owner
            if OBJECT in markers and self.kinds[k] is None and k == lo \
                    and self.forms[k].isdisjoint(self.lexicon.words("epithet")):
                return k  # not an epithet of the name before (هاجمت ميليشيا الحوثي الانقلابية الموالية لإيران)
        return None

    def genitive(self, trig: Trigger, at: int | None = None) -> Group | None:
        """The group right after a verbal noun (at ``at``, by default the trigger's head), titles between
        allowed: its genitive or nisba."""
        at = trig.head_end if at is None else at
        for g in self.groups:
            if g.start >= at:
                if g.gov is None and self.plain_between(at, g.start) == 0 and not g.args[0].government:
                    return g
                return None  # دعم الحكومة اللبنانية: a nisba on a plain noun is that noun's (annotate._owned_nisba)
        return None

    def unnamed_genitive(self, trig: Trigger) -> bool:
        """Whether a verbal noun has a genitive of its own that names no party: its head is indefinite and
        a plain definite word follows it at once (شن الغرب ضربات، قيام القوات، استهداف الطيران). That genitive
        is the noun's actor, so no party further away is. A title is no such word (فرض الرئيس الأمريكي، دونالد
        ترامب: the name after the comma), nor a plain word with a nisba right after it (دعم الحكومة اللبنانية:
        that nisba's owner, read elsewhere)."""
        at, toks = trig.head_end, self.sent.tokens
        if at >= len(toks) or trig.head_end < trig.tok_end and at >= trig.tok_end - 1 \
                or definite_word(toks[at - 1].norm) or at in self.inside or at in self.titled or self.kinds[at] is not None \
                or not toks[at].text.isalpha() or not definite(toks[at].norm):
            return False
        # دعمها الكامل، دعمها المستمر: a noun with a pronoun on it takes no genitive, the word after it is an adjective
        if trig.suffixed or possessed(toks[at - 1].text, toks[at - 1].norm) is not None \
                or toks[at].norm in self.lexicon.words("manner"):
            return False
        return not any(g.start == at + 1 for g in self.groups)

    def agent(self, trig: Trigger) -> Group | None:
        """The party named after «من قبل» right after a trigger (تعرضت إسرائيل لانتقادات من قبل منظمات
        حقوقية): the passive's agent, who does what the trigger says."""
        k = trig.tok_end
        if k + 1 < len(self.kinds) and self.kinds[k] == "direction" and self.kinds[k + 1] == "agent":
            return self.genitive(trig, k + 2)
        return None

    def partners(self, trig: Trigger) -> list[Group]:
        """Groups joined to the subject by مع in the trigger's clause (تنسق مع الصين وروسيا)."""
        c = self.clause_index(trig)
        return [g for g in self._in_clause(c) if g.gov and self.lexicon.grammar.get(g.gov) == "comitative"]

    def between(self, trig: Trigger) -> Group | None:
        c = self.clause_index(trig)
        for g in self._in_clause(c):
            if g.start >= trig.head_end and g.gov and self.lexicon.grammar.get(g.gov) == "between" \
                    and len(g.entities) >= 2 and self.plain_between(trig.head_end, g.start) <= BETWEEN_GAP:
                return g
        return None

    def between_pair(self, trig: Trigger) -> list[Group] | None:
        """The groups of a بين phrase right after a noun, whatever they hold (None when no بين follows).

        :meth:`between` wants both sides named in one group; this also finds the pair a title and a
        comma split from بين (اللقاء بين الرئيس، ريفلين، ونظيره البولندي) or whose second side is no
        entity (اجتماع بين بومبيو ومسؤول كوري شمالي): the sides are still only those after بين."""
        clause = self.clause(trig)
        k = next((k for k in range(trig.head_end, clause.end) if self.kinds[k] == "between"), None)
        if k is None or self.plain_between(trig.head_end, k) > BETWEEN_GAP:
            return None
        pair: list[Group] = []
        for g in self.groups:
            if g.start <= k or g.start >= clause.end:
                continue
            if pair and self.plain_between(pair[-1].end, g.start) > 0 or not pair and self.plain_between(k + 1, g.start) > 1:
                break
            if pair and g.gov is not None:
                break
            pair.append(g)
        return pair

    def act_owner(self, trig: Trigger) -> tuple[bool, Group | None]:
        """Whether a noun of deciding or intending stands right before an act (grammar.tsv act-owner:
        قرار، عزم، نية، خطة), and the doer it names: its genitive (إثر قرار الإدارة الأمريكية فرض رسوم جمركية
        على كندا: the administration imposes them, not the clause's subject), titles before a name allowed;
        with a possessive pronoun on the noun (قراره دعم قطر) no group: the pronoun refers to the clause's
        subject, found as for any verbal noun, and the act's own genitive is what it acts on. The act is the
        trigger, or one plain word before it (the act's own verbal noun: فرض)."""
        owners, toks, k = self.lexicon.words("act-owner"), self.sent.tokens, trig.tok_start
        if self.kinds[k] in GOVERNING:
            return False, None  # إعلان أمير قطر خلال زيارة: the act is no genitive of the noun, a phrase is
        ends = [k]
        if k > 1 and k - 1 not in self.titled and k - 1 not in self.inside and self.kinds[k - 1] is None \
                and toks[k - 1].text.isalpha():
            ends.append(k - 1)  # قرار الإدارة فرض | رسوم جمركية على
        for end in ends:
            g = next((g for g in self.groups if g.end == end), None)
            if g is not None:
                start = g.start
                while start - 1 in self.titled:
                    start -= 1  # قرار الرئيس الأمريكي دونالد ترامب نقل السفارة
                if g.gov is None and not g.nisba and start > 0 and not owners.isdisjoint(self.forms[start - 1]):
                    return True, g
                return False, None
            mine = possessed_noun(toks[end - 1].text, toks[end - 1].norm) if end > 0 else None
            if mine is not None and not owners.isdisjoint(f for _, f in clitic_readings(mine)):
                return True, None
        return False, None

    def noun_actor(self, trig: Trigger, own: bool = True) -> Group | None:
        """A verbal noun's actor: the owner a noun of deciding before it names (:meth:`act_owner`), its
        genitive or nisba (unless ``own`` is False: a noun whose genitive is what it acts on), the subject
        of a light verb after it (زيارة قام بها وانغ يي), else the clause's subject before it."""
        if own:
            owned, owner = self.act_owner(trig)
            if owner is not None:
                return owner
            own = not owned  # قراره دعم قطر: the genitive is what is backed
        gen = self.genitive(trig) if own else None
        if gen is not None and OBJECT not in trig.rule.markers:
            return gen
        if own and OBJECT not in trig.rule.markers and trig.rule.event in STANCES and self.unnamed_genitive(trig):
            return None  # استهداف الطيران مواقع في سوريا: the noun's own actor is no party, none further off
        for k in range(trig.head_end, min(trig.head_end + LIGHT_VERB_GAP, len(self.kinds))):
            if self.kinds[k] == "light-verb":
                bare = [g for g in self.groups if g.start > k and g.gov is None and not g.nisba]
                if bare and self.plain_between(k + 1, bare[0].start) <= 1:
                    return bare[0]
        c = self.clause_index(trig)
        before = [g for g in self._in_clause(c) if g.end <= trig.tok_start and g.gov is None and not g.nisba]
        return before[0] if before else self.inherited(c) or self._own_state_subject(c, trig) or self.fronted_actor(trig)

    def fronted_actor(self, trig: Trigger) -> Group | None:
        """The actor of a verbal noun in a phrase that opens the sentence, before a comma: the subject
        of the verb right after that comma (وخلال لقائه مع الرئيس الفرنسي، أكد الملك سلمان ...; وفي
        اتصال هاتفي مع بوتين، بحث أردوغان ...). Only a phrase opened by one preposition (في، خلال،
        لدى) and a subject named at once after the verb; an outlet (وفي اتصال مع "سكاي نيوز"، قال)
        is never a party of a talk or a call."""
        toks = self.sent.tokens
        lead = [k for k in range(trig.tok_start) if self.kinds[k] not in ("gap", "conjunction")]
        if [self.kinds[k] in GOVERNING for k in lead] != [True] \
                and (lead or self.kinds[trig.tok_start] not in GOVERNING):  # the pattern may hold it (خلال لقائه)
            return None
        comma = next((k for k in range(trig.tok_end, len(toks)) if toks[k].text in COMMAS), None)
        if comma is None or any(a.media for g in self.groups if trig.tok_end <= g.start < comma for a in g.args):
            return None
        verb = comma + 1
        while verb < len(toks) and self.kinds[verb] == "gap":
            verb += 1
        subject = next((g for g in self.groups if g.start > verb), None)
        if verb >= len(toks) or verb in self.titled or not toks[verb].text.isalpha() or subject is None \
                or subject.gov is not None or subject.nisba or self.plain_between(verb + 1, subject.start) > 0 \
                or any(a.media for a in subject.args):
            return None
        self._fronted[trig.tok_start] = self.before_comma(subject)
        return self._fronted[trig.tok_start]

