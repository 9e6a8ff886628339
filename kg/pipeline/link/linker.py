"""Linking: every mention to one entity, plus the roles that title phrases state.

- gazetteer mentions arrive linked; Stanza mentions are looked up in the gazetteer (clitics
  stripped) and otherwise become new entities with a deterministic id;
- surname- or given-name-only mentions (لافروف، وانغ) link to the full person named in the same
  article;
- title phrases (وزير الخارجية الصيني وانغ يي) give roles and absorb their nisba adjectives;
  a title with a nisba but no name (الرئيس الصيني، نظيره الصيني) links to the official of that
  country named elsewhere in the article;
- a title with a possessive pronoun (سفيرها، وزير خارجيته) is an office of the state, organisation or
  office holder the pronoun refers to, and a known organisation «led by» a person (بزعامة) is his.

The recognizers' mentions are never changed: linking returns new ones (``dataclasses.replace``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from kg.contract.ids import entity_type_of, new_entity_id
from kg.lang.ar.clitics import (
    AND,
    FOR,
    HER,
    HIS,
    POSSESSIVES,
    clitic_readings,
    counted_people,
    definite,
    definite_word,
    glued_preposition,
    governed_by_for,
    nominative,
    possessed,
    split_prefix,
    strip_offset,
    without_article,
)
from kg.lang.ar.dates import Calendar, time_word
from kg.lang.ar.normalize import is_arabic, normalize
from kg.lang.ar.tokenize import tokenize
from kg.pipeline.gazetteer import Gazetteer, GazetteerRow
from kg.pipeline.link.coreference import SOURCE as TITLE_REF
from kg.pipeline.link.coreference import TitleRef, office_holders, resolve_title_refs
from kg.pipeline.link.names import NameVariants, SpanCues, clean_span, contains, shown_name
from kg.pipeline.link.role_cues import RoleCues
from kg.records import Document, Entity, Evidence, Linked, Mention, Role, Sentence, Token

_NEW_TYPE = {"PER": "Person", "PERS": "Person", "ORG": "Organization", "LOC": "Place"}
_SEPARATORS = frozenset(",\u060c-")
# quotation marks around a name inside a title phrase (المتحدث باسم قوات "التحالف العربي" العقيد ...): no break
_HYPHEN = "-"  # joins the parts of a transliterated name (كانغ كونغ-وا)
_QUOTES = frozenset('"\u00ab\u00bb\u201c\u201d')
_PLAIN_QUOTES = frozenset('"')
_OPENING_QUOTES = frozenset("\u00ab\u201c")
_CLOSING_QUOTES = frozenset("\u00bb\u201d")
_HASHTAG = "#"  # a hashtag sign glued to a name inside a title phrase (مراقب #فلسطين الدائم، المتحدث باسم #الكرملين)

# offices whose title a portfolio of definite nouns may follow: وزير البيئة والمياه، رئيس هيئة الأركان العامة
_PORTFOLIO_ROLES = frozenset({"Minister", "Director", "MilitaryChief", "Governor", "Official", "Leader"})
# offices held for another office holder: المتحدث باسم الرئيس التركي، مستشار الرئيس الأمريكي
_AGENT_ROLES = frozenset({"Spokesperson", "Adviser", "Envoy", "Ambassador"})
# state offices: stated without a country, the sentence's one country is theirs (not so for an
# ambassador or envoy, whose sentence names the host, a spokesperson, whose sentence names the
# subject, a prince (الأمير), nor for leaders of parties and agencies)
_STATE_ROLES = frozenset({"HeadOfState", "HeadOfGovernment", "ForeignMinister", "DefenceMinister", "Minister",
                          "VicePresident", "MilitaryChief", "Legislator", "Adviser", "NationalSecurityAdviser",
                          "Official"})  # Official: a deputy or assistant minister (نائب وزير العدل)
# a state's leaders: a bare «رئيسا» before a state's body (رئيسا لمجلس ...) heads that body, it leads no state
_LEADER_ROLES = frozenset({"HeadOfState", "HeadOfGovernment", "Monarch"})
# offices a state gives many people at once (any minister, a deputy minister, a member of parliament): another
# holder in the article does not contradict a reading of one of them
_SHARED_ROLES = frozenset({"Minister", "Official", "Legislator"})
_MAX_GAP = 4  # tokens that may stand inside a title phrase
# words that link a title to its name but hold no office: honorifics (الشيخ، المهندس) and military ranks (العقيد)
_NO_OFFICE = frozenset({"Honorific", "Rank"})
_OPENING = 1  # tokens before a possessive title that opens its sentence: its verb (وأكد مديرها)
_BLOC_GAP = 4  # tokens between a bloc noun and an organisation inside its name (تحالف فصائل الحشد الشعبي)
_ENDED_GAP = 2  # tokens between a noun of death and the title it ends (مقتل القيادي البارز في ...)
_POSSESSIVE_GAP = 6  # tokens between a possessive title and its antecedent (روسيا أكدت يوم أمس على لسان وزير خارجيتها)
# offices held in their own state, whose «في» names that state (وزير الداخلية في إيطاليا), not a host as for an
# envoy or an ambassador (سفير السعودية في لندن); a leader's only in a state body (زعيم الأغلبية في مجلس الشيوخ):
# «زعيم القاعدة في اليمن» leads no office of Yemen
_SEATED_ROLES = frozenset({"Minister", "ForeignMinister", "DefenceMinister", "HeadOfGovernment", "Legislator",
                           "Official", "MilitaryChief", "NationalSecurityAdviser", "Leader"})
_BODY_ONLY_ROLES = frozenset({"Leader"})


@dataclass(frozen=True)
class NameLists:
    """Normalised word lists the linker consults (``kg/data/*.txt``).

    ``particles``: name parts never linked alone (بن، أبو، عبد); ``not_entities``: words a
    statistical recognizer tags as names but that never are (كوفيد); ``prefixes``: kinship and
    office nouns it glues to the front of a name (صهره كوشنر); ``variants``: how spellings of one
    name differ (:class:`~kg.pipeline.link.names.NameVariants`); ``whole``: names whose first letter
    only looks like a clitic, linked as written (``whole_names.txt``).
    """

    particles: frozenset[str] = frozenset()
    not_entities: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()
    variants: NameVariants = NameVariants()
    roles: RoleCues = RoleCues()  # words shaping title phrases (السابق، الحالي، لدى)
    spans: SpanCues = SpanCues()  # words around a name span: where it ends, what it names (طائرة بوينغ)
    calendar: Calendar | None = None  # time words (اليوم، الاثنين، الأسبوع الماضي): they end a title's modifier
    whole: frozenset[str] = frozenset()  # names whose first letter only looks like a clitic (كلاوس، كابل)


class Linker:
    def __init__(self, gazetteer: Gazetteer, names: NameLists = NameLists()):
        self.gaz = gazetteer
        self.names = names
        # every spelling key of every gazetteer person -> the persons it names (a few hundred rows)
        self._person_keys: dict[tuple[str, ...], set[str]] = {}
        for row in gazetteer.rows.values():
            if row.type == "Person":
                for form in (row.label_ar, *row.aliases):
                    for key in self._keys(form):
                        self._person_keys.setdefault(key, set()).add(row.id)
        # the head of every state body the gazetteer makes per country (وزارة الخارجية of وزارة الخارجية الإيرانية):
        # named alone, a new organisation of that name is the body of a state the text leaves to the context
        self._state_heads = {tuple(t.norm for t in tokenize(form))[:-1] for row in gazetteer.rows.values()
                             if row.type == "Organization" and row.role == "state" for form in row.body_forms}

    # -- entry point -------------------------------------------------------------------------
    def __call__(self, doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> Linked:
        mentions = self.names.spans.join(doc, sentences, mentions)
        mentions = self.names.spans.split_places(doc, sentences, mentions, whole=self._gazetteer_name)
        works = self.names.spans.work_names(sentences, mentions)
        held = frozenset((m.sentence, t) for m in mentions for t in range(m.tok_start, m.tok_end))
        mentions = self.names.spans.unnested([m for m in (self._clean(doc, sentences, m, held) for m in mentions) if m])
        mentions = self._named_elsewhere(doc, sentences, mentions)
        mentions = self._longer_elsewhere(doc, sentences, mentions)
        mentions = [m for m in (self._resolve(sentences, m) for m in mentions) if m]
        mentions = [m for m in mentions if not (m.source == "stanza" and m.kind == "name" and not m.entity_id
                                                and normalize(m.text) in works)]
        mentions = self.names.spans.eponyms(sentences, mentions)
        mentions = self.names.spans.origins(sentences, mentions)
        mentions = self._national_bodies(sentences, mentions)
        mentions = self._capital_homonyms(mentions)
        mentions = self._titled_holders(sentences, mentions)
        # the countries the article names: later steps change only persons and entity-less mentions
        named = self._countries_named(mentions)
        titled = self._after_titles(mentions)
        mentions = self._titled_given_names(mentions, titled, named)
        short = self._short_forms(mentions)
        mentions = [m for m in (self._mint(m, short, titled) for m in mentions) if m]
        mentions = self._unify(mentions)
        mentions = self._the_kingdom(sentences, mentions, named)
        mentions = self._epithets(mentions, named)
        mentions += self._short_names(doc, sentences, mentions, short)
        mentions.sort(key=lambda m: (m.start, -m.end))
        roles: list[Role] = []
        absorbed, refs = self._roles(doc, sentences, mentions, roles, named)
        self._appointed_roles(doc, sentences, mentions, roles, named)
        self._cabinet_roles(doc, sentences, mentions, roles, named)
        roles += self._possessive_roles(doc, sentences, mentions, roles)
        # nisbas a title phrase used up name the office's country, not an argument of the sentence
        mentions = [replace(m, in_title=True) if k in absorbed else m for k, m in enumerate(mentions)]
        mentions = resolve_title_refs(mentions, roles, refs, self.gaz)
        # a new entity takes its label from its fullest own mention, never from a surname or a title
        entities: dict[str, Entity] = {}
        for m in sorted(mentions, key=lambda m: (m.source in ("surname", TITLE_REF), -len(m.text.split()), m.start)):
            if m.is_entity:
                ent = entities.get(m.entity_id) or self._entity(m)
                entities[ent.id] = ent
                if m.source != TITLE_REF:
                    ent.surface_forms.add(shown_name(m.text))
        return Linked(entities, mentions, roles)

    def _entity(self, m: Mention) -> Entity:
        if m.entity_id in self.gaz.rows:
            return self.gaz.entity(m.entity_id)
        return Entity(m.entity_id, entity_type_of(m.entity_id), shown_name(m.text))

    # -- stanza mentions -----------------------------------------------------------------------
    def _clean(self, doc: Document, sentences: list[Sentence], m: Mention,
               held: frozenset[tuple[int, int]]) -> Mention | None:
        """Trim a statistical name span to its name (quotes, a kinship noun in front, a hyphen cut); a word
        a mention holds (``held``: (sentence, token) pairs) is never joined to it from before (قمة ترامب-
        كيم، غزة- إسماعيل هنية)."""
        if m.source != "stanza" or m.kind != "name" or m.entity_id:
            return m
        m = clean_span(doc, sentences[m.sentence], m, self.names.prefixes, self.names.particles, held)
        return self.names.spans.shape(doc, sentences[m.sentence], m) if m else None

    def _person_name_keys(self, mentions: list[Mention]) -> list[tuple[int, tuple[str, ...]]]:
        """Each person name of the article (by label or id) with its variant key: the evidence
        :meth:`_named_elsewhere` and :meth:`_longer_elsewhere` read a span against."""
        return [(i, self.names.variants.key(m.text)) for i, m in enumerate(mentions)
                if m.kind == "name" and (m.label in ("PER", "PERS") or (m.entity_id or "").startswith("person/"))]

    def _named_elsewhere(self, doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """A recognizer's person span whose first word keeps a glued conjunction or preposition that the
        article's other person names show is no part of the name: «مرتبطة بمانا فورت» after «بول مانا
        فورت», «ويعرف لمي سكاف» after «مي سكاف», «فأليك بالدوين» after «أليك بالدوين». The span read
        without the clitic is another person mention of the article, or a run of its words; the span as
        written is none (ديبي واسرمان شولتز keeps its و when «واسرمان شولتز» is written elsewhere).
        The recognizer's own test (:meth:`StanzaRecognizer.strip_proclitics`) goes by word frequency
        alone and keeps an unknown transliterated word whole; here the article itself is the evidence
        (a 1,500-article run from corpus line 13000: 8 spans, 7 right, 1 unsure)."""
        names = self._person_name_keys(mentions)

        def named(key: tuple[str, ...], at: int) -> bool:
            return any(key == k or contains(k, key) for i, k in names if i != at)

        out = []
        for at, m in enumerate(mentions):
            if not _unlinked_person_span(m):
                out.append(m)
                continue
            first = sentences[m.sentence].tokens[m.tok_start]
            shift = m.start - first.start  # the recognizer may have stripped a clitic already
            written = m.text.split()[0] if m.text.split() else ""
            if shift or named(self.names.variants.key(m.text), at):
                out.append(m)
                continue
            for letters, form in clitic_readings(normalize(written))[1:]:
                begin = m.start + strip_offset(written, letters)
                text = doc.text[begin:m.end]
                key = self.names.variants.key(text)
                # a one-word name keeps three letters: ليو (Liu) is no ل + the يو of كيم يو جونغ
                if (len(key) > 1 or len(form) >= 3) and not all(w in self.names.particles for w in key) \
                        and named(key, at):
                    m = replace(m, start=begin, text=text)
                    break
            out.append(m)
        return out

    def _longer_elsewhere(self, doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """A recognizer's person span cut before a word that the article elsewhere writes right after
        the span's last word inside a person's name goes on over that word: «رئيسة اللجنة، بشرى بلحاج
        حميدة، كتبت» tagged «بشرى بلحاج» while «على بلحاج حميدة» is tagged whole. The word must stand
        free (no other mention holds it) and right after the span (no punctuation between). A 800-article
        run from corpus line 13000 and 700 more: 10 spans, all right (مارون + بغدادي، دونالد + توسك، فأخرجت مريم الفرجاني)."""
        names = self._person_name_keys(mentions)
        held = {(m.sentence, t) for m in mentions for t in range(m.tok_start, m.tok_end)}
        out = []
        for at, m in enumerate(mentions):
            if not _unlinked_person_span(m):
                out.append(m)
                continue
            tokens = sentences[m.sentence].tokens
            end = m.tok_end
            while end < len(tokens) and (m.sentence, end) not in held and tokens[end].start == tokens[end - 1].end + 1 \
                    and is_arabic(tokens[end].text):
                pair = self.names.variants.key(f"{tokens[end - 1].text} {tokens[end].text}")
                if len(pair) != 2 or not any(i != at and any(k[j:j + 2] == pair for j in range(len(k) - 1))
                                             for i, k in names):
                    break
                end += 1
            text = doc.text[m.start:tokens[end - 1].end]
            # a span that grows into a part of a longer name stays (دي + مايو of لويجي دي مايو): the part
            # would claim the surname of that name for a second person of the article
            if end > m.tok_end and not any(i != at and contains(k, self.names.variants.key(text)) for i, k in names):
                m = replace(m, end=tokens[end - 1].end, text=text, tok_end=end)
            out.append(m)
        return out

    def _keys(self, form: str) -> list[tuple[str, ...]]:
        """The spelling keys a person form is looked up by: its variant key, and for names of two or
        more words also their skeleton (kept apart by a leading marker)."""
        key = self.names.variants.key(form)
        keys = [key]
        if len(key) >= 2:
            keys.append(("",) + self.names.variants.skeleton_key(form))
        return keys

    def known_person(self, text: str) -> str | None:
        """The one gazetteer person a name not found verbatim is a spelling of (بوتن، عبدالله الثاني); the
        recognizer asks it too, of a person span the gazetteer matched only in part (عبدالملك الحوثي)."""
        found: set[str] = set()
        for key in self._keys(text):
            found |= self._person_keys.get(key, set())
        return next(iter(found)) if len(found) == 1 else None

    def _part_of_known_person(self, text: str) -> str | None:
        """The one gazetteer person a name of at least two words is a part of (رجب طيب for رجب طيب
        أردوغان); asked only when no longer name in the article claims it."""
        key = self.names.variants.key(text)
        if len(key) < 2 or all(w in self.names.particles for w in key):
            return None
        longer = {pid for k, ids in self._person_keys.items() if k and k[0] and contains(k, key) for pid in ids}
        return next(iter(longer)) if len(longer) == 1 else None

    def _new_id(self, label: str, text: str) -> str:
        """A new entity's id; a person's is minted from the variant key, so that every spelling of one
        name (غوتيريش / جوتيريش) gets one id across articles."""
        if _NEW_TYPE[label] == "Person":
            return new_entity_id("Person", " ".join(self.names.variants.key(text)))
        return new_entity_id(_NEW_TYPE[label], text)

    def _resolve(self, sentences: list[Sentence], m: Mention) -> Mention | None:
        """Link a Stanza mention through the gazetteer; unknown ones wait for :meth:`_mint`."""
        if m.entity_id or m.kind != "name":
            return m
        tokens = sentences[m.sentence].tokens[m.tok_start : m.tok_end]
        # a whole name is matched as written: كابل is no ك + Apple, كلاوس no ك + Laos
        found = self.gaz.match(tokens, 0, [(0, tokens[0].norm)] if tokens[0].norm in self.names.whole else None)
        if found and found[0] == len(tokens):
            entry = min(found[3], key=lambda e: ("name", "title", "group", "nisba").index(e.kind))
            return replace(m, **entry.referent())
        tagged = self.gaz.tagged_entity(tokens)
        if tagged:
            return replace(m, entity_id=tagged)
        if m.label in ("PER", "PERS"):
            pid = self.known_person(m.text)
            if pid:
                return replace(m, entity_id=pid)
        return m if m.label in _NEW_TYPE else None  # MISC counts only when the gazetteer links it

    def _titled_given_names(self, mentions: list[Mention], titled: set[tuple[int, int]],
                            named: set[str]) -> list[Mention]:
        """A short name right after an office title (الملك عبد الله، العاهل الأردني الملك سلمان) is the
        one gazetteer office holder whose name starts with it and whose country the article names.

        News names monarchs and princes by title and given name only; the particles of such a name
        (عبد الله) would otherwise be a person of their own. ``titled`` are the positions right after a
        title and its nisbas (:meth:`_after_titles`: العاهل الأردني عبد الله); not after a rank, which
        names officers, not monarchs (الجنرال كيم is not Kim Jong-un).
        """
        out = []
        for m in mentions:
            if m.kind == "name" and not m.entity_id and m.label in ("PER", "PERS") and (m.sentence, m.tok_start) in titled:
                key = self.names.variants.key(m.text)
                found = {pid for k2, ids in self._person_keys.items() if k2 and k2[0] and k2[: len(key)] == key
                         for pid in ids if self.gaz.rows[pid].role and self.gaz.country_of(pid) in named}
                if len(found) == 1:
                    m = replace(m, entity_id=found.pop())
            out.append(m)
        return out

    def _titled_holders(self, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """A new organisation or place span right after a person's title phrase names its holder: a person
        (قالت وزيرة الدفاع الفرنسية، فلورنس بارلي، ...: the recognizer tagged the name an organisation).

        The phrase is read as :meth:`_roles` reads it (title, nisbas, known organisations, a comma, a modifier),
        and holds an office: an honorific alone also starts places (الشيخ زويد).
        A span the gazetteer knows keeps its type; so does one after a title in the construct state (رئيس شركة
        أرامكو، وزير خارجية الاتحاد الأوروبي: an indefinite last word takes the organisation as its genitive), one
        with a preposition or «و» glued (الأمين العام لحلف الناتو), and one that starts with an organisation,
        class, facility or work noun (حزب، جبهة، شركة، مطار)."""
        ms = sorted(mentions, key=lambda m: (m.start, -m.end))
        covered = _covered(ms)
        spans = self.names.spans
        nouns = spans.head | spans.classes | spans.facility | spans.work | spans.eponym
        retyped: dict[int, Mention] = {}
        for i, title in enumerate(ms):
            if title.kind != "title" or title.role == "Counterpart" or (i > 0 and ms[i - 1].kind == "title"
                                                                        and ms[i - 1].sentence == title.sentence
                                                                        and ms[i - 1].tok_end >= title.tok_start):
                continue
            sent = sentences[title.sentence]
            cov = covered.get(sent.index, set())
            chain = self._chain(sent, ms, i, cov)
            if all(ms[c].role in _NO_OFFICE for c in chain if ms[c].kind == "title"):
                continue  # an honorific alone also starts places (الشيخ زويد، الشيخ زايد)
            j = chain[-1] + 1
            k = self._skip_post(sent, ms, chain[-1], j)
            if k >= len(ms) or k in retyped:
                continue
            m = ms[k]
            if not (m.kind == "name" and m.source == "stanza" and not m.entity_id and m.label in ("ORG", "LOC")
                    and m.sentence == sent.index):
                continue
            if not (self._joined(sent, ms[k - 1], m, cov, self._portfolio(ms, chain) and k == j)
                    or k == j and self._modified(sent, ms, chain, m, cov)):
                continue
            gap = sent.tokens[ms[k - 1].tok_end:m.tok_start]
            before = sent.tokens[m.tok_start - 1]
            if any(_glued(sent, m)) or any(t.text in _QUOTES for t in gap) or not (before.text in _SEPARATORS or (
                    definite_word(before.norm) and not self._nouns(before, nouns)
                    or ms[k - 1].kind != "title" and ms[k - 1].tok_end == m.tok_start)):
                # رئيس شركة أرامكو، رئيس جمهورية كوريا: the word before takes the span as its genitive; رئيس بلدية
                # العاصمة مكسيكو سيتي: a class or place noun before it names what the span is
                continue
            if before.text in _SEPARATORS and m.tok_end < len(sent.tokens) \
                    and (sent.tokens[m.tok_end].text.isalpha() or sent.tokens[m.tok_end].text == _HYPHEN):
                # عضو مجلس النواب الليبي، فتح الله السعيطي،: set off by a comma, a name runs to the next one (كانغ كونغ-وا)
                continue
            words = [normalize(w) for w in m.text.split()]
            if " ".join(words) in self.names.not_entities or spans.describes(words) \
                    or self._nouns(sent.tokens[m.tok_start], nouns) or definite_word(sent.tokens[m.tok_start].norm):
                continue  # أعلن رئيس الوزراء النصر: a definite word opens no person's name
            retyped[k] = replace(m, label="PER", entity_id=self.known_person(m.text))  # a spelling of a known person
        return [retyped.get(k, m) for k, m in enumerate(ms)]

    @staticmethod
    def _nouns(tok: Token, nouns: frozenset[str]) -> bool:
        """Whether a token is one of ``nouns``, with clitics or the article (العاصمة، والحزب) set aside."""
        forms = [w for _n, w in clitic_readings(tok.norm)]
        return any(w in nouns or without_article(w) in nouns for w in forms)

    @staticmethod
    def _after_titles(mentions: list[Mention]) -> set[tuple[int, int]]:
        """(sentence, token) positions right after an office title and its nisbas (الرئيس اليمني |)."""
        ends = {(m.sentence, m.tok_start): m for m in mentions if m.kind in ("title", "nisba")}
        out = set()
        for m in mentions:
            if m.kind == "title" and m.role != "Rank":  # ranks introduce officers by full name
                end = m.tok_end
                while (m.sentence, end) in ends and ends[(m.sentence, end)].kind == "nisba":
                    end = ends[(m.sentence, end)].tok_end
                out.add((m.sentence, end))
        return out

    def _mint(self, m: Mention, short: dict[str, str], titled: set[tuple[int, int]]) -> Mention | None:
        """An entity for a mention no gazetteer knows: a short name of a person in the article, or new.

        A one-word PER that names nobody else in the article (Stanza tagging an adjective such as
        عادل) is dropped: news introduces people with at least two names, except right after an
        office title, which names them by one (الرئيس اليمني هادي، الملكة إليزابيث).
        """
        if m.kind == "name" and m.entity_id and self._tagged_surname(m, short):
            # a word a ~ form links only where tagged (روس "Russians") that is also the surname of a
            # person the article names in full (ويلبر روس ... وأضاف روس) is that person
            return replace(m, entity_id=short[normalize(m.text)], source="surname", label="PER")
        if m.kind != "name" or m.entity_id:
            return m
        words = [normalize(w) for w in m.text.split()]
        if " ".join(words) in self.names.not_entities:
            return None
        if m.label == "ORG" and self.names.spans.describes(words):
            return None
        if m.label in ("PER", "PERS") and len(words) == 1:
            if words[0] in short:
                return replace(m, entity_id=short[words[0]], source="surname")
            # a surname spelled differently from the full name (بوتن after فلاديمير بوتين)
            skel = self.names.variants.skeleton_key(words[0])
            owners = {pid for form, pid in short.items() if self.names.variants.skeleton_key(form) == skel}
            if len(owners) == 1 and len(words[0]) >= 3:
                return replace(m, entity_id=owners.pop(), source="surname")
            if (m.sentence, m.tok_start) in titled and len(words[0]) >= 3 and words[0] not in self.names.particles:
                return replace(m, entity_id=self._new_id(m.label, m.text))
            return None
        return replace(m, entity_id=self._new_id(m.label, m.text))

    def _tagged_surname(self, m: Mention, short: dict[str, str]) -> bool:
        """Whether a one-word recognizer span linked through a ``~`` form alone is a surname of the article."""
        word = normalize(m.text)
        return m.source == "stanza" and len(m.text.split()) == 1 and word in short \
            and self.gaz.tagged.get((word,)) == {m.entity_id}

    def _unify(self, mentions: list[Mention]) -> list[Mention]:
        """One id per person of the article: a new person whose name is a spelling of, or a part of,
        another person's name in the article joins that person.

        مون جاي-إن and مون جيه-إن are one person (same skeleton); كيم يونغ (a cut name) is the
        كيم يونغ-تشول named in the article; عبد الله is عبدالله الثاني. A part of one word must be
        the first or the last word, as for surnames. Ambiguous parts join nobody.
        """
        forms: dict[str, set[str]] = {}
        for m in mentions:
            if m.person:
                forms.setdefault(m.entity_id, set()).add(m.text)
                row = self.gaz.rows.get(m.entity_id)
                if row:
                    forms[m.entity_id] |= {row.label_ar, *row.aliases}
        skel = {pid: {self.names.variants.skeleton_key(f) for f in fs} for pid, fs in forms.items()}

        def rank(pid: str) -> tuple:  # the gazetteer's id first, then the fullest name
            return (pid not in self.gaz.rows, -max(len(k) for k in skel[pid]), pid)

        target: dict[str, str] = {}
        for pid in sorted(skel, key=rank, reverse=True):
            if pid in self.gaz.rows:
                continue
            owners = set()
            for other, keys in skel.items():
                if other == pid:
                    continue
                for mine in skel[pid]:
                    if any(_part_of(mine, theirs, self.names.particles) for theirs in keys):
                        owners.add(other)
            if not owners:
                known = {k for k in (self._part_of_known_person(f) for f in forms[pid]) if k}
                owners = known if len(known) == 1 else set()
            if len(owners) == 1:
                owner = owners.pop()
                if owner in self.gaz.rows or rank(owner) < rank(pid):
                    target[pid] = owner
        if not target:
            return mentions

        def final(pid: str) -> str:
            seen = {pid}
            while pid in target and target[pid] not in seen:
                pid = target[pid]
                seen.add(pid)
            return pid

        return [replace(m, entity_id=final(m.entity_id)) if m.person in target else m for m in mentions]

    def _the_kingdom(self, sentences: list[Sentence], mentions: list[Mention], named: set[str]) -> list[Mention]:
        """«المملكة» alone is the one kingdom the article names (a country with a name in «المملكة ...»:
        Saudi Arabia, the United Kingdom, Jordan, Morocco); with none or several named it names
        nobody and is dropped, as it is when a definite word follows (المملكة الحجازية: another name).

        Corpus: of 1,195 articles with «المملكة» alone, 782 name exactly one such kingdom (SA 678);
        21 of 24 sampled uses meant it.

        A body of a kingdom named by its head alone (group ``kingdom-body``: «الديوان الملكي») is that
        kingdom's body, the one its head + nisba names (الديوان الملكي السعودي); a king's court is
        named so in his own kingdom's news, and a story naming one kingdom is told from there; a definite
        word after it is no other name (المستشار في الديوان الملكي المشرف العام على ...).
        Corpus: 50 articles with a bare «الديوان الملكي», 43 name one kingdom (SA 35, JO 8); 40 of 40 read right.
        """
        refs = [m for m in mentions if m.kind == "group" and m.group in ("kingdom", "kingdom-body")]
        if not refs:
            return mentions
        words = {normalize(r.label_ar) for r in self.gaz.rows.values() if r.type == "Group" and r.role == "kingdom"}
        kingdoms = set()
        for cid in named:
            row = self.gaz.rows[cid]
            firsts = {normalize(f).split()[0] for f in (row.label_ar, *row.aliases) if f.strip()}
            if firsts & words:
                kingdoms.add(cid)
        out = []
        for m in mentions:
            if m in refs:
                if len(kingdoms) != 1 or (m.group == "kingdom" and self._definite_after(sentences, m)):
                    continue
                kingdom = next(iter(kingdoms))
                target = kingdom if m.group == "kingdom" else self._body_of(normalize(m.text), kingdom)
                if target is None:
                    continue
                m = replace(m, kind="name", group=None, entity_id=target)
            out.append(m)
        return out

    def _epithets(self, mentions: list[Mention], named: set[str]) -> list[Mention]:
        """An epithet that names a party by its context (group ``epithet``: «الانقلابيين»، «ميليشيات الانقلاب»,
        the coup forces of the Yemeni war in Gulf and Yemeni outlets) is the entity its row names (the
        Houthis) in an article that names that entity or its country; elsewhere it names nobody and is
        dropped: «الانقلابيين» are Turkey's 2016 coup plotters in Turkish stories, which name neither.

        Corpus (from line 14,000): 119 articles with «الانقلابيين/ـون», 108 name Yemen or the Houthis
        (30 of 30 sampled meant the Houthis), 8 only Turkey; 121 of 121 with the militia forms name Yemen.
        With the aliases (الدولة العبرية، نظام الملالي): 35 events changed in 419 articles with an epithet, 28 right, 6 wrong.
        """
        refs = [m for m in mentions if m.kind == "group" and m.group == "epithet"]
        if not refs:
            return mentions
        targets = {tuple(t.norm for t in tokenize(form)): row.country for row in self.gaz.rows.values()
                   if row.type == "Group" and row.role == "epithet" and row.country in self.gaz.rows
                   for form in (row.label_ar, *row.aliases)}
        ids = {m.entity_id for m in mentions if m.is_entity}
        out = []
        for m in mentions:
            if m in refs:
                target = targets.get(tuple(t.norm for t in tokenize(m.text)))
                if target is None or not (target in ids or self.gaz.country_of(target) in named):
                    continue
                m = replace(m, kind="name", group=None, entity_id=target, label="ORG")
            out.append(m)
        return out

    def _capital_homonyms(self, mentions: list[Mention]) -> list[Mention]:
        """A country's name that is also another country's capital (عمان: Oman, and Amman, Jordan's
        capital) names the capital in a story of that other country: the article names the capital's
        country, names the first country by no other form (its nisba, a longer name: سلطنة عمان، العماني),
        and does not list the name beside another country (الأردن وعمان والكويت: the state).

        Corpus: 171 articles with a bare «عمان» name Jordan and no Omani form; the list test keeps
        the country in the Gulf lists among them.
        """
        out = []
        for m in mentions:
            row = self.gaz.rows.get(m.entity_id or "")
            if m.kind != "name" or row is None or row.type != "Country":
                out.append(m)
                continue
            key = tuple(t.norm for t in tokenize(m.text))
            capitals = [e.target for e in self.gaz.lookup(key) if e.kind == "name" and e.target != row.id
                        and self.gaz.rows[e.target].type == "Place" and self.gaz.rows[e.target].role == "capital"
                        and self.gaz.rows[e.target].country]
            if len(capitals) != 1:
                out.append(m)
                continue
            home = self.gaz.rows[capitals[0]].country
            others = [o for o in mentions if o is not m and o.is_entity and not o.person]
            named_home = any(self.gaz.country_of(o.entity_id) == home for o in others)
            other_form = any(o.entity_id == row.id and tuple(t.norm for t in tokenize(o.text)) != key for o in others)
            # beside another country's name (not its nisba: العاصمة الأردنية عمان; not the capital's own
            # country after it: «عمان، الأردن», a dateline)
            listed = any(o.sentence == m.sentence and o.kind == "name" and o.entity_id != row.id
                         and self.gaz.rows.get(o.entity_id or "") is not None
                         and self.gaz.rows[o.entity_id].type == "Country"
                         and (0 <= m.tok_start - o.tok_end <= 1
                              or (0 <= o.tok_start - m.tok_end <= 1 and o.entity_id != home)) for o in others)
            if named_home and not other_form and not listed:
                m = replace(m, entity_id=capitals[0], label="LOC")
            out.append(m)
        return out

    def _national_bodies(self, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """A name several countries' bodies share, read alone (group ``national-body``: «الحزب الجمهوري»،
        «الحزب الديمقراطي»), is the body of the article's main country, the one its name + that country's
        nisba names (الحزب الجمهوري الأمريكي); with no main country, or none with such a body, it is a
        new organisation as a recognizer's span would be, and with a definite word after it
        (الحزب الديمقراطي الاشتراكي: another party, longer than the form) it names nobody.

        Corpus (test ids left out): 84 articles with a bare «الحزب الديمقراطي», 28 with the US as main
        country, 28 of 28 the US party; 52 with «الحزب الجمهوري», 31 US and 2 Armenia, 33 of 33 right.
        """
        refs = [m for m in mentions if m.kind == "group" and m.group in ("national-body", "state-forces")]
        if not refs:
            return mentions
        main = self._main_country(mentions)
        nisba_at = {(m.sentence, m.tok_start) for m in mentions if m.kind == "nisba"}
        out = []
        for m in mentions:
            if m in refs:
                body = self._body_of(normalize(m.text), main) if main else None
                if m.group == "state-forces":
                    # a state's forces named by a generic phrase (group ``state-forces``: «قوات النظام»، «القوات
                    # الحكومية»، «الجيش الوطني»): the body the phrase + the nisba of the main country, else of the
                    # country the article names most (a Syrian story naming Russia nearly as often), names (قوات
                    # النظام السوري), or nobody (it is never a new organisation); an adjective after it is no
                    # longer name (القوات الحكومية المدعومة من), another state's nisba is (قوات النظام الإيراني)
                    if body is None:
                        lead = self._leading_country(mentions)
                        body = self._body_of(normalize(m.text), lead) if lead else None
                    if body is None or (m.sentence, m.tok_end) in nisba_at:
                        continue
                    out.append(replace(m, kind="name", group=None, entity_id=body, label="ORG"))
                    continue
                if self._definite_after(sentences, m):
                    continue
                m = replace(m, kind="name", group=None, entity_id=body, label="ORG")
            out.append(m)
        return out

    def _definite_after(self, sentences: list[Sentence], m: Mention) -> bool:
        """Whether a definite word follows a mention: a longer name than the form (المملكة المتحدة،
        الحزب الديمقراطي الاشتراكي), so the form alone names nobody."""
        toks = sentences[m.sentence].tokens
        return m.tok_end < len(toks) and toks[m.tok_end].norm.startswith(self.names.roles.definite)

    def _body_of(self, head: str, country: str) -> str | None:
        """The state body a head and one of the country's nisbas name (الديوان الملكي + السعودي)."""
        for nisba in self.gaz.rows[country].nisba:
            key = tuple(t.norm for t in tokenize(f"{head} {nisba}"))
            body = next((e.target for e in self.gaz.lookup(key) if e.kind == "name"), None)
            if body is not None:
                return body
        return None

    def _gazetteer_name(self, tokens: list[Token]) -> bool:
        """Whether tokens spell a gazetteer name whole (البوسنة والهرسك), clitics on the first allowed: the
        match :meth:`_resolve` makes of a span."""
        found = self.gaz.match(tokens, 0) if tokens else None
        return bool(found) and found[0] == len(tokens)

    # -- surnames ------------------------------------------------------------------------------
    def _short_forms(self, mentions: list[Mention]) -> dict[str, str]:
        """First or last name -> the one person of the article it can stand for (ambiguous ones dropped)."""
        owners: dict[str, set[str]] = {}
        for m in mentions:
            row = self.gaz.rows.get(m.entity_id) if m.entity_id else None
            if m.kind != "name" or not (row and row.type == "Person" or not m.entity_id and m.label in ("PER", "PERS")):
                continue
            pid = m.entity_id or self._new_id("PER", m.text)
            forms = [m.text] + ([row.label_ar, *row.aliases] if row else [])
            for form in forms:
                parts = [normalize(p) for p in form.split()]
                if len(parts) < 2:
                    continue
                for part in (parts[0], parts[-1]):
                    if len(part) >= 2 and part not in self.names.particles:
                        owners.setdefault(part, set()).add(pid)
        return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}

    def _short_names(self, doc: Document, sentences: list[Sentence], mentions: list[Mention],
                     short: dict[str, str]) -> list[Mention]:
        """Short names the recognizers left untagged (وأكد لافروف), linked to their person.

        Only forms without the article are scanned: الثاني or الناشط alone are ordinary words far
        more often than names (a gazetteer alias such as الجبير still matches as a name).
        """
        short = {k: v for k, v in short.items() if not definite(k)}
        if not short:
            return []
        taken = {(m.sentence, t) for m in mentions for t in range(m.tok_start, m.tok_end)}
        found = []
        for sent in sentences:
            for i, tok in enumerate(sent.tokens):
                if (sent.index, i) in taken:
                    continue
                for stripped, form in clitic_readings(tok.norm):
                    if form in short:
                        start = tok.start + strip_offset(tok.text, stripped)
                        found.append(Mention(start, tok.end, doc.text[start:tok.end], "PER", sent.index, i, i + 1,
                                             kind="name", entity_id=short[form], source="surname"))
                        break
        return found

    # -- titles and roles -------------------------------------------------------------------
    def _adjacent(self, sent: Sentence, a: Mention, b: Mention) -> bool:
        if b.sentence != a.sentence or b.tok_start < a.tok_end:
            return False
        between = sent.tokens[a.tok_end : b.tok_start]
        return all(t.text in _SEPARATORS for t in between) and len(between) <= 1

    def _joined(self, sent: Sentence, a: Mention, b: Mention, covered: set[int], portfolio: bool) -> bool:
        """Whether ``b`` continues the title phrase that ``a`` is part of.

        Between them may stand one separator, quotation marks, a hashtag sign, fillers (الحالي، الخارجية in المتحدث باسم الخارجية
        الإيرانية) and, after a title that takes a portfolio (وزير البيئة والمياه), definite nouns
        no recognizer tagged. A past-office word (السابق) always ends the phrase.
        """
        if b.sentence != a.sentence or b.tok_start < a.tok_end or b.tok_start - a.tok_end > _MAX_GAP:
            return False
        cues = self.names.roles
        separators = 0
        for k in range(a.tok_end, b.tok_start):
            tok = sent.tokens[k]
            if tok.text in _SEPARATORS:
                separators += 1
            elif tok.text == _HASHTAG and k == b.tok_start - 1 and tok.end == sent.tokens[k + 1].start:
                continue
            elif tok.text in _QUOTES:
                if not (k == a.tok_end and self._quoted(sent, a) or k == b.tok_start - 1 and self._quoted(sent, b)):
                    return False
            elif k in covered or tok.norm in cues.former:
                return False
            elif not (tok.norm in cues.filler or portfolio and tok.norm.startswith(cues.definite)
                       and tok.norm not in cues.post):
                return False
        return separators <= 1

    def _modified(self, sent: Sentence, ms: list[Mention], chain: list[int], holder: Mention, covered: set[int]) -> bool:
        """Whether a modifier stands between a title phrase's organisation or nisba and the name of its holder
        (مستشار البيت الأبيض للأمن القومي جون بولتون، الناطق باسم الداخلية العراقية اللواء سعد معن): the name is
        still the holder's. Only after a title with its organisation or nisba: a title alone takes a portfolio
        instead (:meth:`_joined`).

        Each word must be a definite nisba, a «لل» phrase with its definite words, or a rank: any other
        definite word describes the name that follows (استقبل العاهل الأردني الملياردير جاريد كوشنر), and a time
        word (اليوم الاثنين، الأسبوع الماضي) ends the phrase, the name after it being the verb's object. A word
        glued to «و» starts another phrase, a past-office word ends this one, and a separator may stand only
        right before the name."""
        last = ms[chain[-1]]
        if last.kind == "title" or not any(ms[c].kind == "title" for c in chain) or holder.sentence != last.sentence:
            return False
        gap = range(last.tok_end, holder.tok_start)
        if not 0 < len(gap) <= _MAX_GAP:
            return False
        cues = self.names.roles
        in_phrase = False  # inside a «لل» phrase, whose definite words go on (للأمم المتحدة)
        for k in gap:
            tok = sent.tokens[k]
            if tok.text in _SEPARATORS and k == holder.tok_start - 1 and k > last.tok_end:
                continue
            # a comma right after the phrase before ranks alone (المتحدث باسم البنتاغون، المقدم جوزيف بوتشينو): the
            # apposition a gazetteer rank title (العقيد) already gets, for the ranks it lacks
            if tok.text in _SEPARATORS and k == last.tok_end and k + 1 < holder.tok_start \
                    and all(sent.tokens[j].norm in cues.rank for j in range(k + 1, holder.tok_start)):
                continue
            if (k in covered or tok.norm in cues.former or tok.norm in cues.post or not tok.norm.startswith(cues.modifier)
                    or self.names.calendar is not None and time_word(self.names.calendar, tok.norm)):
                return False
            in_phrase = in_phrase or tok.norm.startswith(cues.phrase)
            if not (in_phrase or tok.norm in cues.rank or tok.norm.endswith(cues.nisba)):
                return False
        return True

    def _governed(self, sent: Sentence, m: Mention) -> bool:
        """Whether a preposition is glued to the name ``m`` (هدية الرئيس الفرنسي لترامب): the name is the object
        of the phrase before it, not the holder of its title. Only for a person the gazetteer knows: a new
        name may have lost its own first letter to the clitic reading (لحسن الداودي، بروكوبيس بافلوبولوس)."""
        return m.entity_id in self.gaz.rows and bool(_glued(sent, m)[1])

    @staticmethod
    def _listed(sent: Sentence, m: Mention) -> bool:
        """Whether «و» is glued to the name ``m``: the name opens the next item of a list, and the title phrase
        before it belongs to the name before that phrase (سامح شكري، وزير الخارجية المصري، وأيمن الصفدي، وزير
        الخارجية الأردني), never to this one. A title is never stated before its holder with «و» between them."""
        return _glued(sent, m)[0]

    @staticmethod
    def _quoted(sent: Sentence, m: Mention) -> bool:
        """Whether quotation marks enclose exactly the mention ``m``: a quoted name inside a title phrase
        (باسم قوات "التحالف العربي"), not a quotation that goes on past it (باسم "سوريا الديمقراطية")."""
        toks = sent.tokens
        return m.tok_start > 0 and toks[m.tok_start - 1].text in _QUOTES \
            and m.tok_end < len(toks) and toks[m.tok_end].text in _QUOTES

    def _party_title(self, title: Mention) -> bool:
        """Whether a title ends in the class noun of the party it heads (رئيس حزب، رئيس المكتب السياسي لحركة)."""
        return any(form in self.names.roles.party for _, form in clitic_readings(normalize(title.text.split()[-1])))

    def _ended(self, sent: Sentence, title: Mention) -> bool:
        """Whether a noun of the holder's death right before a title ends the office it names (مقتل القيادي في
        حزب الله ...): the holder held it until then, no longer."""
        window = sent.tokens[max(0, title.tok_start - _ENDED_GAP):title.tok_start]
        return any(t.norm in self.names.roles.death for t in window)

    def _is_former(self, sent: Sentence, ms: list[Mention], parts: list[int]) -> bool:
        """A past office: السابق، الراحل right after the title, its country or its holder."""
        return any(ms[k].tok_end < len(sent.tokens) and sent.tokens[ms[k].tok_end].norm in self.names.roles.former
                   for k in parts)

    @staticmethod
    def _in_the_past(doc: Document, sent: Sentence, at: int | None = None) -> bool:
        """A sentence set in a year well before the article (عام 1943، عام 2011) tells history:
        the offices it names are not current ones.

        A year inside a quotation dates what the speaker tells, not the office of the title at token
        ``at`` outside it: «دافع وزير العدل ... قائلا إن المرسوم "يتوافق مع قانون الجنسية الصادر عام 1925"».
        Corpus (notest): 81 sentences with a title whose old years all stand inside quotation marks."""
        ref = doc.reference_date
        if ref is None:
            return False
        quote = _quote_regions(sent)
        mine = quote[at] if at is not None else None
        years = [int(t.text) for k, t in enumerate(sent.tokens) if len(t.text) == 4 and t.text.isascii() and t.text.isdigit()
                 and (quote[k] is None or at is None or quote[k] == mine)]
        return any(1000 < y <= ref.year - 5 for y in years)

    def _skip_post(self, sent: Sentence, ms: list[Mention], last: int, j: int) -> int:
        """Past a posting (لدى الأمم المتحدة، في لندن) after a title phrase: the index of the mention after it.

        The posting names where a sending official serves, not whose official they are:
        «سفير الولايات المتحدة لدى الأمم المتحدة نيكي هيلي» is an official of the United States.
        """
        at = ms[last].tok_end
        skipped = self.names.roles.filler | self.names.roles.special
        while at < len(sent.tokens) and sent.tokens[at].norm in skipped:
            at += 1  # المندوب الروسي الدائم لدى الأمم المتحدة، مبعوث الأمم المتحدة الخاص إلى اليمن
        if j >= len(ms) or at >= len(sent.tokens) or sent.tokens[at].norm not in self.names.roles.post:
            return j
        if not (ms[j].sentence == sent.index and ms[j].tok_start == at + 1 and ms[j].is_entity):
            return j
        k = j + 1
        while k < len(ms) and ms[k].kind == "nisba" and self._adjacent(sent, ms[k - 1], ms[k]):
            k += 1
        return k

    def _org_of(self, m: Mention) -> str | None:
        if m.kind == "nisba":
            return m.entity_id
        if m.kind == "name" and m.entity_id:
            row = self.gaz.rows.get(m.entity_id)
            if row and row.type in ("Country", "Organization"):
                return m.entity_id
            if row is None and m.entity_id.startswith("org/"):  # an organisation new to the gazetteer: حزب الله
                return m.entity_id
        return None

    def _office_org(self, org: str) -> str:
        """Where an office in ``org`` belongs: a state body's offices (its ministry, its army) are its state's;
        a party's, a movement's or an outlet's stay its own (الأمين العام لحزب الله is Hezbollah's)."""
        row = self.gaz.rows.get(org)
        if row and row.type == "Organization" and row.role == "state" and row.country.startswith("country/"):
            return row.country
        return org

    def _chain(self, sent: Sentence, ms: list[Mention], i: int, covered: set[int]) -> list[int]:
        """The title phrase that starts with the title ``ms[i]``: titles, nisbas and organisations.

        A counterpart, or a title with a proclitic (والرئيس), after a country already named starts a
        phrase of its own: in «الرئيس الأمريكي ونظيره الروسي فلاديمير بوتين» the name belongs to
        نظيره الروسي only; «ولي العهد السعودي وزير الدفاع» stacks two offices of one person.
        """
        chain = [i]
        j = i + 1
        while j < len(ms):
            prev, nxt = ms[chain[-1]], ms[j]
            if not self._joined(sent, prev, nxt, covered, self._portfolio(ms, chain) or self._unit_of(sent, ms, chain, nxt)):
                break
            if nxt.kind == "title" and any(ms[k].kind != "title" for k in chain) and (
                    nxt.role == "Counterpart" or nxt.start > sent.tokens[nxt.tok_start].start):
                break  # ... ونظيره الروسي / أمير قطر والرئيس التركي: a new phrase after a country named
            # a place right after a title names where the office is held (ولي عهد أبوظبي الشيخ محمد بن زايد):
            # it stays in the phrase, so the name after it is the holder's, but gives no organisation
            place = nxt.kind == "name" and prev.kind == "title" and nxt.tok_start == prev.tok_end \
                and nxt.is_entity and entity_type_of(nxt.entity_id) == "Place"
            if not (nxt.kind in ("title", "nisba") or self._org_of(nxt) or place):
                break
            chain.append(j)
            j += 1
        return chain

    def _unit_of(self, sent: Sentence, ms: list[Mention], chain: list[int], nxt: Mention) -> bool:
        """Whether definite words after a lone title may name a unit of the organisation named next
        (رئيس المكتب الإعلامي لمنظمة الخوذ البيضاء، المتحدث الرسمي باسم الهيئة العامة لـ...): the head of the unit
        is an official of that organisation. Not of a country (a unit of a state is a body the recognizer names),
        and not of an organisation joined by «و» to the words before it (حث الأمين العام المجتمع الدولي والأمم المتحدة)."""
        title = ms[chain[0]]
        if len(chain) != 1 or title.kind != "title" or title.role in _NO_OFFICE or title.role == "Counterpart":
            return False
        org = self._org_of(nxt) if nxt.kind == "name" and nxt.sentence == sent.index else None
        row = self.gaz.rows.get(org) if org else None
        if org is None or (row is not None and row.type != "Organization"):
            return False
        tok = sent.tokens[nxt.tok_start]
        proclitic = normalize(tok.text[: max(0, nxt.start - tok.start)])
        return not (proclitic and proclitic[0] in self.names.roles.conjunction)

    def _seated(self, sent: Sentence, ms: list[Mention], chain: list[int], covered: set[int]) -> tuple[list[int], int] | None:
        """A home office's title phrase broken by «في» before the state it is held in, then the holder's name:
        «وزير الداخلية اليميني المتطرف في إيطاليا ماتيو سالفيني»، «زعيم الأغلبية في مجلس الشيوخ الأمريكي ميتش ماكونيل»،
        «وزير الإعلام في الحكومة اليمنية فلان». Returns the phrase with its state (and nisbas) and the holder's index.

        Only a lone title, perhaps with definite words of its portfolio or its modifiers: a title with its country
        already named is in a place (وزير الخارجية الأمريكي في السعودية), and an envoy's «في» names his host."""
        office = next((ms[c] for c in chain if ms[c].role not in _NO_OFFICE), None)
        if office is None or office.role not in _SEATED_ROLES or any(ms[c].kind != "title" for c in chain):
            return None
        cues = self.names.roles
        j = chain[-1] + 1
        if j >= len(ms) or ms[j].sentence != sent.index or not ms[j].is_entity:
            return None
        gap = range(ms[chain[-1]].tok_end, ms[j].tok_start)
        seat = [k for k in gap if sent.tokens[k].norm in cues.seat]
        if len(seat) != 1 or seat[0] - gap.start > _MAX_GAP or any(k in covered for k in gap):
            return None
        if not all(sent.tokens[k].norm.startswith(cues.definite) and sent.tokens[k].norm not in cues.former | cues.post
                   and sent.tokens[k].norm not in cues.visit for k in range(gap.start, seat[0])):
            return None  # a visitor's word (وزير الخارجية الزائر في العراق): «في» says where he is, not his office
        body = [sent.tokens[k].norm for k in range(seat[0] + 1, gap.stop)]  # في الحكومة اليمنية: the body, then its nisba
        if not all(w in cues.filler for w in body) or len(body) > 1:
            return None
        place = ms[j]
        row = self.gaz.rows.get(place.entity_id or "")
        if place.kind == "nisba":
            if not body or office.role in _BODY_ONLY_ROLES:
                return None
        elif body or row is None or not (row.type == "Organization" and row.role == "state" or
                                         row.type == "Country" and office.role not in _BODY_ONLY_ROLES):
            return None
        n = j + 1
        while n < len(ms) and ms[n].kind == "nisba" and self._adjacent(sent, ms[n - 1], ms[n]):
            n += 1
        extended = chain + list(range(j, n))
        if n >= len(ms) or not ms[n].person or self._governed(sent, ms[n]) or not (
                self._joined(sent, ms[n - 1], ms[n], covered, False) or self._modified(sent, ms, extended, ms[n], covered)):
            return None
        held = self.gaz.country_of(ms[n].entity_id or "")
        state = place.entity_id if place.kind == "nisba" else self.gaz.country_of(place.entity_id or "")
        if held and state and held != state:
            return None  # a holder the gazetteer places in another state is only in this one (a visiting minister)
        return extended, n

    @staticmethod
    def _portfolio(ms: list[Mention], chain: list[int]) -> bool:
        """Whether a portfolio may follow the phrase so far: a title such as وزير or رئيس هيئة, perhaps with
        its nisba (وزير الدولة الإماراتي للشؤون الخارجية), perhaps after an honorific (معالي وزير التجارة)."""
        office = next((ms[k] for k in chain if ms[k].role not in _NO_OFFICE), ms[chain[0]])
        return all(ms[k].kind in ("title", "nisba") for k in chain) and office.role in _PORTFOLIO_ROLES

    def _roles(self, doc: Document, sentences: list[Sentence], ms: list[Mention],
               roles: list[Role], named: set[str]) -> tuple[set[int], list[TitleRef]]:
        """Offices stated by title phrases, appended to ``roles``.

        Returns the indices (in ``ms``) of the nisbas the phrases absorbed, and the titles with no
        name of their own (الرئيس الصيني) for :func:`~kg.pipeline.link.coreference.resolve_title_refs`.
        """
        absorbed: set[int] = set()
        pending_refs: list[TitleRef] = []
        main = self._main_country(ms)  # the article's, for every title: the mentions stay as they are here
        weak: list[Role] = []  # apposition with no comma: kept only when nothing in the article contradicts it
        shorts: set[tuple[int, str]] = set()  # (sentence, organisation) a title named by its head noun alone
        covered = _covered(ms)
        heads = self._org_heads(sentences, ms)
        i = 0
        while i < len(ms):
            title = ms[i]
            if title.kind != "title":
                i += 1
                continue
            sent = sentences[title.sentence]
            cov = covered.get(sent.index, set())
            chain = self._chain(sent, ms, i, cov)
            j = chain[-1] + 1
            portfolio = self._portfolio(ms, chain)
            k = self._skip_post(sent, ms, chain[-1], j)
            person = ms[k] if k < len(ms) and ms[k].person and (
                self._joined(sent, ms[k - 1], ms[k], cov, portfolio and k == j)
                or k == j and self._modified(sent, ms, chain, ms[k], cov)) and not self._governed(sent, ms[k]) \
                and not self._listed(sent, ms[k]) else None
            seated = self._seated(sent, ms, chain, cov) if person is None else None
            if seated is not None:  # وزير الداخلية في إيطاليا ماتيو سالفيني: the state the office is held in
                chain, k = seated
                j, person = chain[-1] + 1, ms[seated[1]]
            # المتحدث باسم وزارة الخارجية بهرام قاسمي: a state body the text names by its head alone is no organisation
            # of its own; the office is its state's, found as for a state office stated with no country
            generic = {ms[c].entity_id for c in chain if ms[c].kind == "name" and ms[c].entity_id
                       and ms[c].entity_id not in self.gaz.rows and tuple(normalize(w) for w in ms[c].text.split()) in self._state_heads}
            # رئيس الهيئة الوطنية للانتخابات: a state's body new to the gazetteer (role_cues agency, national) is its state's
            agency = {ms[c].entity_id for c in chain if self._state_agency(ms[c])}
            generic |= agency
            orgs = [o for o in (self._org_of(ms[c]) for c in chain) if o and o not in generic]
            if agency:  # رئيس الوكالة الوطنية للتفتيش والإنقاذ لوكالة الأنباء الفرنسية: an outlet spoken to is not whose
                orgs = [o for o in orgs if self._office_org(o).startswith("country/")]
            if any(ms[c].kind == "title" and normalize(ms[c].text.split()[-1]) in self.names.roles.government for c in chain):
                generic.add("")  # المتحدث باسم الحكومة: the government of a state the text leaves to the context
            body = {"state": bool(generic), "agency": bool(agency)}  # how _add_role reads a body the phrase named
            short = None if orgs else self._short_org(sent, ms[chain[-1]].tok_end, cov, heads)
            if short is not None:  # مدير المرصد، رامي عبد الرحمن: the observatory the article named in full
                orgs = [short]
                shorts.add((sent.index, short))
                if person is None and j < len(ms) and ms[j].person and self._right_after(sent, ms[chain[-1]].tok_end + 1, ms[j]):
                    person, k = ms[j], j
            # ولي عهد أبوظبي: the country of the place an office is held in ("" when unknown)
            seats = [self.gaz.country_of(ms[c].entity_id) or "" for c in chain if ms[c].kind == "name" and not self._org_of(ms[c])]
            nisbas = {c for c in chain if ms[c].kind == "nisba"}
            # honorifics (الشيخ، السيد) link a title to its name but hold no office themselves
            titles = [ms[c] for c in chain if ms[c].kind == "title" and ms[c].role not in _NO_OFFICE]
            before = ms[i - 1] if i > 0 and ms[i - 1].person and title.role != "Counterpart" \
                and self._adjacent(sent, ms[i - 1], title) and title.start == sent.tokens[title.tok_start].start \
                else None  # وزعيم: a title joined by a conjunction is not in apposition to the name before
            if titles and self._party_title(titles[-1]) and short is None \
                    and not any(ms[c].kind == "name" and self._org_of(ms[c]) for c in chain):
                absorbed |= nisbas  # رئيس حزب الأمة السوداني: a party no recognizer named, and the nisba is its own
                i = max(j, k + 1 if person else j)
                continue
            if self._is_former(sent, ms, chain + ([k] if person else [])) or self._in_the_past(doc, sent, title.tok_start) \
                    or self._ended(sent, title):
                absorbed |= nisbas  # الرئيس الأمريكي السابق: the nisba still names a country, not an actor
                i = max(j, k + 1 if person else j)
                continue
            if titles and len(titles) > 1 and titles[0].role in _AGENT_ROLES and (before or person):
                # المتحدث باسم الرئيس التركي رجب طيب أردوغان: the agent before, the principal after
                if before is not None:
                    self._add_role(doc, sent, ms, roles, before, titles[0], orgs, named, main, **body)
                    if person is not None:
                        for t in titles[1:]:
                            self._add_role(doc, sent, ms, roles, person, t, orgs, named, main, **body)
                else:
                    self._add_role(doc, sent, ms, roles, person, titles[0], orgs, named, main, **body)
                absorbed |= nisbas
                i = k + 1 if person else j
                continue
            stated_after = person is not None
            comma = before is not None and title.tok_start > before.tok_end
            if person is None and before is not None and (orgs or any(seats) or self._stateless_office(sent, ms, chain, titles)):
                # apposition after the name: لافروف، وزير الخارجية الروسي; a state office with no country
                # takes the one its sentence or article gives (روزنستاين نائب وزير العدل); a place the title
                # names gives the state it is held in (محمد بن زايد آل نهيان ولي عهد أبوظبي)
                person = before
            if titles and person is not None:
                target = roles if stated_after or comma else weak
                for t in titles:
                    self._add_role(doc, sent, ms, target, person, t, orgs, named, main,
                                       seats[0] if seats else None, **body)
                absorbed |= nisbas
                # الرئيسين الروسي فلاديمير بوتين والصيني شي جين بينج: a second nisba + name share the title
                n = k + 1
                while stated_after and n + 1 < len(ms) and ms[n].kind == "nisba" and self._adjacent(sent, ms[n - 1], ms[n]) \
                        and ms[n + 1].kind == "name" and self._adjacent(sent, ms[n], ms[n + 1]) and ms[n + 1].person:
                    for t in titles:
                        self._add_role(doc, sent, ms, roles, ms[n + 1], t, [ms[n].entity_id], named, main)
                    absorbed.add(n)
                    n += 2
            elif titles and orgs and not agency and self.gaz.rows.get(orgs[0]) and (self.gaz.rows[orgs[0]].type == "Country" or (
                    self.gaz.rows[orgs[0]].type == "Organization" and titles[-1].role != "Counterpart")):
                # الرئيس التركي، أمير قطر؛ الأمين العام للأمم المتحدة، المتحدث باسم وزارة الخارجية الأمريكية
                role = titles[-1].role
                if role == "Counterpart":  # his counterpart holds the office of the person just named
                    earlier = [m for m in ms[:i] if m.sentence == title.sentence and m.person]
                    role = self._role_of(roles, earlier[-1].entity_id) if earlier else "Counterpart"
                ev = Evidence(doc.id, sent.index, sent.start, sent.end, sent.text, doc.text[title.start:title.end])
                names = tuple(c for c in chain if ms[c].kind == "name")  # أمير قطر: قطر names the office's state
                pending_refs.append(TitleRef(i, self._office_org(orgs[0]), role, ev, names,
                                             counterpart=titles[-1].role == "Counterpart"))
                absorbed |= nisbas
            elif len(titles) == 1 and len(chain) == 1 and before is None and self._bare(sent, title):
                ev = Evidence(doc.id, sent.index, sent.start, sent.end, sent.text, doc.text[title.start:title.end])
                pending_refs.append(TitleRef(i, None, title.role, ev))  # وقال الوزير: the one minister named
            i = j if j > i else i + 1
        roles.extend(self._uncontradicted(weak, roles, ms, shorts))
        return absorbed, pending_refs

    def _appointed_roles(self, doc: Document, sentences: list[Sentence], ms: list[Mention], roles: list[Role],
                         named: set[str]) -> None:
        """Offices a report of appointments states, appended to ``roles``: a name (or a relative clause right after
        it: جيم جيفري، الذي عين ...), then a title in the accusative with a word with «ل» glued, or «في منصب» and a
        title (:meth:`_appointed_office`: تعيين محمد معيط وزيرا للمالية، رئيسا للوزراء، في منصب وزير الدفاع).
        No title phrase reads them: the accusative is no title of the gazetteer, and the same form
        counts ministers (16 وزيرا) or tells a past office (كان وزيرا للداخلية), so a word of appointing must
        stand before the name in its sentence. The country is found as for any state office stated without
        one (the person's, the sentence's, the list's, the article's).

        Corpus: see role_cues.tsv (appointed, appointment) for the count and the sample."""
        cues = self.names.roles
        main: list[str | None] = []  # the article's country, read at the first appointment only (most articles have none)
        starts = {(m.sentence, m.tok_start): m for m in ms if m.kind in ("name", "nisba", "title") and m.source != TITLE_REF}
        for m in ms:
            if m.kind != "name" or not m.person or m.source == TITLE_REF:
                continue
            sent = sentences[m.sentence]
            toks = sent.tokens
            at = m.tok_end + (m.tok_end < len(toks) and toks[m.tok_end].text in _SEPARATORS)
            # جيم جيفري، الذي عين ممثلا ...: the appointment in a relative clause right after the name
            clause = at + 1 < len(toks) and toks[at].norm in cues.relative and toks[at + 1].norm in cues.appointment
            at += 2 * clause
            if at + 1 >= len(toks) or not (clause or any(t.norm in cues.appointment for t in toks[: m.tok_start])) \
                    or self._in_the_past(doc, sent, m.tok_start):
                continue
            read = self._appointed_office(sent, at, starts)
            if read is None:
                continue
            title, orgs = read
            main = main or [self._main_country(ms)]
            self._add_role(doc, sent, ms, roles, m, title, orgs, named, main[0])

    def _appointed_office(self, sent: Sentence, at: int,
                          starts: dict[tuple[int, int], Mention]) -> tuple[Mention, list[str]] | None:
        """The office an appointment names from token ``at`` on, right after the appointed name, and its
        organisation when stated (empty: a state office, whose country is found as for any other): «في منصب» and a
        title the gazetteer reads (في منصب وزير الدفاع، في منصب مستشار ولي العهد السعودي); or a title in the
        accusative, past accusative fillers (خاصا، جديدا), with «ل» glued to the next word: a minister's title
        (وزيرا للمالية), a title the gazetteer has with that word read with the article (رئيسا للوزراء: رئيس الوزراء,
        its country or organisation after it when named), or a country or organisation named there (رئيسا لكولومبيا،
        ممثلا خاصا للولايات المتحدة). Anything else (مديرا فنيا للفريق، رئيسا للنادي) gives nothing."""
        cues = self.names.roles
        toks = sent.tokens
        if toks[at].norm in cues.seat and toks[at + 1].norm in cues.office_noun:
            title = starts.get((sent.index, at + 2))
            if title is None or title.kind != "title" or title.role in (None, "Counterpart"):
                return None
            return title, self._orgs_at(sent, title.tok_end, starts)
        if toks[at].norm not in cues.appointed:
            return None
        nxt = at + 1
        while nxt < len(toks) and toks[nxt].norm in cues.appointed_filler:
            nxt += 1
        if nxt >= len(toks) or split_prefix(toks[nxt].norm[:1])[1] != FOR:
            return None
        nominal = nominative(toks[at].norm)
        alone = next((e.target for e in self.gaz.lookup((nominal,)) if e.kind == "title"), None)
        if alone == "Minister":  # وزيرا للمالية: the portfolio names no country
            return _title_span(sent, at, at + 1, alone), []
        governed = governed_by_for(toks[nxt].norm)
        for size in (2, 1):  # رئيسا لمجلس الوزراء: رئيس مجلس الوزراء; رئيسا للوزراء: رئيس الوزراء
            if governed is None or nxt + size > len(toks):
                continue
            key = (nominal, governed) + tuple(t.norm for t in toks[nxt + 1 : nxt + size])
            role = next((e.target for e in self.gaz.lookup(key) if e.kind == "title"), None)
            if role and role != "Counterpart":
                return _title_span(sent, at, nxt + size, role), self._orgs_at(sent, nxt + size, starts)
        named = starts.get((sent.index, nxt))
        org = self._org_of(named) if named is not None and named.kind == "name" else None
        if org is None or not alone or alone == "Counterpart" or (alone in _LEADER_ROLES and self._office_org(org) != org):
            return None  # رئيسا لمجلس ... of a state's body: its head leads no state (its title, read above, names it)
        return _title_span(sent, at, at + 1, alone), [org]

    def _orgs_at(self, sent: Sentence, k: int, starts: dict[tuple[int, int], Mention]) -> list[str]:
        """The organisation or state a name or nisba starting at token ``k`` names, as a list (empty: none there)."""
        after = starts.get((sent.index, k))
        org = self._org_of(after) if after is not None and after.kind in ("name", "nisba") else None
        return [org] if org else []

    def _cabinet_roles(self, doc: Document, sentences: list[Sentence], ms: list[Mention], roles: list[Role],
                       named: set[str]) -> None:
        """Offices stated by a government named after the person who heads it, appended to ``roles``: a word of
        government right before the name (لحكومة أردوغان، عقوبات إدارة ترامب). No title phrase reads them: the word
        is no title. Only for a person the gazetteer knows in office: the office is his own there, of his country
        when the article names it, never the sentence's one country (the one the government acts on: عقوبات إدارة
        ترامب على إيران). A new name may head a region's government (حكومة كيم تورا in Catalonia, no office of
        Spain), so it gives none. A past government gives none: a person the gazetteer knows with no current
        office (إدارة أوباما), a past-office word after the name (حكومة ... المستقيلة), an old year in the sentence,
        or a word of dismissal or death right before it (استقالة حكومة ...، خلفا لحكومة ...).

        Corpus: see role_cues.tsv (cabinet) for the count and the sample."""
        cues = self.names.roles
        ended = cues.dismissal | cues.death  # read through a glued conjunction or preposition (واستقالة حكومة ...)
        for m in ms:
            if m.kind != "name" or not m.person or not m.entity_id or m.source == TITLE_REF:
                continue
            sent = sentences[m.sentence]
            toks = sent.tokens
            at = m.tok_start - 1
            if at < 0 or m.start != toks[m.tok_start].start or not any(
                    form in cues.cabinet for _, form in clitic_readings(toks[at].norm)):
                continue
            row = self.gaz.rows.get(m.entity_id)
            if row is None or not (row.role and row.country.startswith("country/")):
                continue  # إدارة أوباما: a head the gazetteer knows out of office; a new name may head a region's government
            after = toks[m.tok_end].norm if m.tok_end < len(toks) else ""
            window = toks[max(0, at - _ENDED_GAP):at]
            if after in cues.former or any(form in ended for t in window for _, form in clitic_readings(t.norm)) \
                    or self._in_the_past(doc, sent, m.tok_start):
                continue
            state = self._home_country(m.entity_id, named)
            if state is None:
                continue
            self._add_role(doc, sent, ms, roles, m, _title_span(sent, at, at + 1, row.role), [state], named, None)

    def _org_heads(self, sentences: list[Sentence], ms: list[Mention]) -> dict[str, list[tuple[int, int, str]]]:
        """The definite head noun of every organisation named in full (two words or more) -> where and which:
        the forms a title may name it by later in the article (مدير المرصد after المرصد السوري لحقوق الإنسان).

        A class noun of a body (role_cues ``body``: منظمة، حركة، جمعية) right before an organisation's name, past
        any quotation marks, is a head too (منظمة "أطباء بلا حدود" ... رئيس بعثة المنظمة في ليبيا)."""
        heads: dict[str, list[tuple[int, int, str]]] = {}
        # a head in the construct state takes the article when it stands alone (مؤتمر ميونخ للأمن: المؤتمر)
        article = min(self.names.roles.definite, key=len, default="")
        for m in ms:
            if not (m.kind == "name" and m.entity_id and entity_type_of(m.entity_id) == "Organization"):
                continue
            words = [normalize(w) for w in m.text.split()]
            if len(words) >= 2:
                head = words[0] if words[0].startswith(self.names.roles.definite) else article + words[0]
                heads.setdefault(head, []).append((m.sentence, m.tok_start, m.entity_id))
            k = m.tok_start - 1
            tokens = sentences[m.sentence].tokens
            while k >= 0 and tokens[k].text in _QUOTES:
                k -= 1
            if k >= 0:
                noun = next((f for _n, f in clitic_readings(tokens[k].norm) if f in self.names.roles.body
                             and not f.startswith(self.names.roles.definite)), None)
                if noun is not None and article + noun != (words[0] if words else ""):
                    heads.setdefault(article + noun, []).append((m.sentence, m.tok_start, m.entity_id))
        return heads

    def _short_org(self, sent: Sentence, at: int, covered: set[int],
                   heads: dict[str, list[tuple[int, int, str]]]) -> str | None:
        """The organisation a title's next word names by its head noun alone (مدير المرصد، رئيس الجمعية): the one
        organisation with that head the article named in full before. None when a definite word follows the
        head (رئيس الجمعية الوطنية is another body), or when two named organisations share the head.

        Corpus: see the commit adding it (n hits, k of m sampled right)."""
        if at >= len(sent.tokens) or at in covered or (at + 1 < len(sent.tokens)
                                                        and sent.tokens[at + 1].norm.startswith(self.names.roles.definite)):
            return None
        before = {org for s, t, org in heads.get(sent.tokens[at].norm, []) if (s, t) < (sent.index, at)}
        return self._office_org(before.pop()) if len(before) == 1 else None

    @staticmethod
    def _right_after(sent: Sentence, at: int, m: Mention) -> bool:
        """Whether ``m`` starts at token ``at``, past at most one separator and any quotation marks."""
        between = [t.text for t in sent.tokens[at : m.tok_start]]
        return m.sentence == sent.index and m.tok_start >= at and all(t in _SEPARATORS | _QUOTES for t in between) \
            and sum(t in _SEPARATORS for t in between) <= 1

    def _possessive_roles(self, doc: Document, sentences: list[Sentence], ms: list[Mention],
                          roles: list[Role]) -> list[Role]:
        """Offices a title with a possessive pronoun gives the name after it: the pronoun's antecedent,
        the nearest state, organisation or office holder just before it, holds the office.

        «أعادت السعودية سفيرها، الأمير خالد بن بندر» (Saudi Arabia's ambassador), «روسيا أكدت على
        لسان وزير خارجيتها سيرغي لافروف», «الملك عبد الله الثاني وولي عهده الأمير حسين» (Jordan's, by
        the king's office). Nothing is read when another name stands between the antecedent and the
        title, or when the antecedent is a person with no office of a state or organisation.
        """
        cues = self.names.roles
        found: list[Role] = []
        by_sentence: dict[int, list[Mention]] = {}
        for m in ms:
            by_sentence.setdefault(m.sentence, []).append(m)
        for sent in sentences:
            here = by_sentence.get(sent.index, [])
            starts = {m.tok_start: m for m in here}
            covered = {t for m in here for t in range(m.tok_start, m.tok_end)}
            # وزير خارجيتها: the head alone may have been read as a title of its own
            heads = {m.tok_start for m in here if m.kind == "title" and m.tok_end == m.tok_start + 1}
            open_to_title = covered - heads
            for i in range(len(sent.tokens)):
                # a clitic never follows the suffix, so a word that does not end in one holds none
                if i in covered or not sent.tokens[i].norm.endswith(POSSESSIVES):
                    continue
                hit = self._possessive_title(sent, i, open_to_title)
                if hit is None:
                    continue
                first, end, role, suffix = hit
                # وزير خارجيتها السابق is no current office, nor one its holder is dismissed from (أقال ... وزير
                # خارجيته), nor the second of two past ones (رئيس وزراء قطر السابق ووزير خارجيتها)
                window = sent.tokens[max(0, first - _POSSESSIVE_GAP - 4):first]
                ended = any(form in cues.dismissal for t in window for _s, form in clitic_readings(t.norm))
                if ended or first > 0 and sent.tokens[first - 1].norm in cues.former:
                    continue
                holder = self._holder_after(doc, sent, starts, end)
                if holder is None:
                    continue
                prior = (sentences[sent.index - 1], by_sentence.get(sent.index - 1, [])) if sent.index else None
                org = self._antecedent(sent, here, first, suffix, roles + found, prior)
                if org is None or org == holder.entity_id:
                    continue
                row = self.gaz.rows.get(holder.entity_id)
                if row and row.country.startswith("country/") and org.startswith("country/") and org != row.country:
                    # رئيس وزرائها شينزو آبي after البيت الأبيض: a person the gazetteer knows as another state's
                    # (an office holder, or a national with no office listed) is not the nearest state's
                    continue
                ev = Evidence(doc.id, sent.index, sent.start, sent.end, sent.text,
                              doc.text[sent.tokens[first].start:sent.tokens[end - 1].end])
                found.append(Role(holder.entity_id, role, org, ev))
            found += self._led_roles(doc, sent, here, starts)
        return found

    def _holder_after(self, doc: Document, sent: Sentence, starts: dict[int, Mention], at: int) -> Mention | None:
        """The person a title or a «led by» word names, right after it past one comma and the holder's own
        titles (سفيرها، الأمير ...); none for a past office, a history or another person joined by «و»."""
        cues = self.names.roles
        commas = 0
        while at < len(sent.tokens):
            if sent.tokens[at].text in _SEPARATORS and commas == 0:
                commas, at = 1, at + 1
            elif at in starts and starts[at].kind == "title" and starts[at].role != "Counterpart" \
                    and starts[at].start == sent.tokens[at].start:  # زعيمها والرئيس ...: another person
                at = starts[at].tok_end
            else:
                break
        holder = starts.get(at)
        if holder is None or not holder.person or holder.source == TITLE_REF \
                or holder.start > sent.tokens[at].start or (
                holder.tok_end < len(sent.tokens) and sent.tokens[holder.tok_end].norm in cues.former) \
                or self._in_the_past(doc, sent, at):
            return None
        return holder

    def _led_roles(self, doc: Document, sent: Sentence, here: list[Mention], starts: dict[int, Mention]) -> list[Role]:
        """An organisation «led by» a person (منظمة بدر بزعامة هادي العامري، الحكومة البريطانية بقيادة تيريزا
        ماي، الحزب الذي يتزعمه ...): its leader holds an office of it (of its state, for a state body). Only an organisation the
        gazetteer knows: a team led by its coach or a club by its captain is no party."""
        found = []
        for m in here:
            at = m.tok_end + (m.tok_end < len(sent.tokens) and sent.tokens[m.tok_end].text in _SEPARATORS)
            relative = at + 1 < len(sent.tokens) and sent.tokens[at].norm in self.names.roles.relative
            if relative:  # حزب الاتحاد الديمقراطي المسيحي الذي تتزعمه المستشارة ميركل
                at += 1
            if m.kind != "name" or not m.entity_id or at >= len(sent.tokens) or sent.tokens[at].norm not in self.names.roles.led:
                continue
            if not relative and sent.tokens[at].norm in self.names.roles.clause:
                continue  # منظمة إجرامية تابعة لحزب الله يترأسها ...: a bare relative clause describes the indefinite noun
            row = self.gaz.rows.get(m.entity_id)
            if (row.type != "Organization" if row else not self._named_body(m)) or self._inside_bloc(sent, m):
                continue
            holder = self._holder_after(doc, sent, starts, at + 1)
            if holder is not None:
                ev = Evidence(doc.id, sent.index, sent.start, sent.end, sent.text, sent.tokens[at].text)
                found.append(Role(holder.entity_id, "Leader", self._office_org(m.entity_id), ev))
        return found

    def _named_body(self, m: Mention) -> bool:
        """Whether an organisation the gazetteer lacks names a party, movement or union by its first word
        (الاتحاد العالمي لعلماء المسلمين، الذي يرأسه ...): such a body has a leader's office, where a new name of
        another kind (a team, a club, a committee of inquiry) may be led by a coach or chaired for a day."""
        words = m.text.split()
        return m.kind == "name" and bool(m.entity_id) and entity_type_of(m.entity_id) == "Organization" \
            and bool(words) and normalize(words[0]) in self.names.roles.body

    def _inside_bloc(self, sent: Sentence, m: Mention) -> bool:
        """Whether a bloc noun stands a few words before ``m`` but not right before it (quotes aside): «تحالف
        فصائل الحشد الشعبي بقيادة العامري» names the bloc's leader, not the organisation's; in «تحالف "سائرون"
        بزعامة الصدر» the name is the bloc's own."""
        words = [t for t in sent.tokens[max(0, m.tok_start - _BLOC_GAP) : m.tok_start] if t.text not in _QUOTES]
        bloc = self.names.roles.alliance
        return any(form in bloc for t in words[:-1] for _s, form in clitic_readings(t.norm))

    def _possessive_title(self, sent: Sentence, i: int, covered: set[int]) -> tuple[int, int, str, str] | None:
        """A title whose last or only noun carries a possessive pronoun at token ``i``: (first token, end,
        role, pronoun). Read as a one-word title (سفيرها), the second word of a construct (وزير خارجيتها،
        ولي عهده، رئيس وزرائها) or a head before its adjective (مديرها التنفيذي)."""
        tok = sent.tokens[i]
        for _stripped, form in clitic_readings(tok.norm):
            reading = possessed(tok.text, form)
            if reading is None:
                continue
            suffix, stem, bare = reading
            if stem in self.names.roles.unpossessed:  # قائده: a team's captain as often as a commander
                continue
            keys: list[tuple[int, tuple[str, ...], int]] = [(i, (stem,), i + 1)]
            if i > 0 and i - 1 not in covered:
                keys += [(i - 1, (prev, bare), i + 1) for _s, prev in clitic_readings(sent.tokens[i - 1].norm)]
            if i + 1 < len(sent.tokens) and i + 1 not in covered:
                keys.append((i, (bare, sent.tokens[i + 1].norm), i + 2))
            for first, key, end in sorted(keys, key=lambda k: -len(k[1])):
                roles = {e.target for e in self.gaz.lookup(key) if e.kind == "title"}
                if len(roles) == 1 and not roles & {"Counterpart", *_NO_OFFICE}:
                    return first, end, roles.pop(), suffix
        return None

    def _antecedent(self, sent: Sentence, here: list[Mention], title_start: int, suffix: str,
                    roles: list[Role], prior: tuple[Sentence, list[Mention]] | None = None) -> str | None:
        """Whose office a possessive title names: the nearest mention before it in the sentence, within a
        few words; a state or organisation (the office goes to the state a body belongs to), or, for the
        masculine pronoun, a person with a stated or known office (his crown prince is his state's).

        A sentence that opens with the title (وأكد مديرها التنفيذي ...) refers to the sentence before: the
        state or organisation that sentence names first, before any person (أسفت منظمة هيومن رايتس ووتش ...).
        """
        before = [m for m in here if m.tok_end <= title_start and m.is_entity and m.kind in ("name", "nisba")]
        if not before and prior is not None and title_start <= _OPENING and suffix == HER:
            sent, here = prior
            named = sorted((m for m in here if m.is_entity and m.kind in ("name", "nisba")), key=lambda m: m.tok_start)
            if not named or named[0].person:
                return None
            before, title_start = named[:1], named[0].tok_end
        if not before:
            return None
        m = max(before, key=lambda m: m.tok_end)
        if title_start - m.tok_end > _POSSESSIVE_GAP:
            return None
        if m.person:
            if suffix != HIS:
                return None
            row = self.gaz.rows.get(m.entity_id)
            if row and row.role and row.country:  # the gazetteer's office holder: his state
                return row.country
            held = Counter(r.organisation for r in roles if r.person == m.entity_id).most_common(2)
            return held[0][0] if len(held) == 1 else None  # one office stated in the article
        # a state or body the article only passes through is no antecedent: one new to the gazetteer (a club
        # whose captain is named), one after a preposition (للقوات الروسية) or a posting (السفارة لدى إسرائيل)
        org = self._org_of(m)
        if org is None or suffix not in (HIS, HER) and entity_type_of(org) != "Organization":
            return None  # زعيمهم: a people's or a movement's leader, never a state's
        tok = sent.tokens[m.tok_start]
        glued = normalize(tok.text[: max(0, m.start - tok.start)])
        if m.kind == "nisba" or org not in self.gaz.rows or split_prefix(glued)[1] \
                or m.tok_start > 0 and sent.tokens[m.tok_start - 1].norm in self.names.roles.post:
            return None
        return self._office_org(org)

    def _stateless_office(self, sent: Sentence, ms: list[Mention], chain: list[int], titles: list[Mention]) -> bool:
        """Whether a title phrase with no country or organisation names a state office, so that it may stand
        after a name in apposition (سوغا كبير أمناء مجلس الوزراء، قابيل، وزير التجارة والصناعة).

        Only state offices, and only a phrase that ends there: a title word without the article is the head
        of the noun after it (روس لادوا، رئيس لجنة الصحة: no state office) unless a portfolio completes it
        (نائب وزير العدل); a definite word after an office that takes no portfolio makes it the head of
        something else (لاجاك رئيس الجمعية); a past-office word after the portfolio makes it a past one,
        and a posting (في ولاية ...) an office of that place.
        """
        if not titles or any(t.role not in _STATE_ROLES for t in titles):
            return False
        cues = self.names.roles
        end = ms[chain[-1]].tok_end
        portfolio = self._portfolio(ms, chain)
        words = 0
        while portfolio and end + words < len(sent.tokens) and sent.tokens[end + words].norm.startswith(cues.definite) \
                and sent.tokens[end + words].norm not in cues.post | cues.former:
            words += 1
        nxt = sent.tokens[end + words].norm if end + words < len(sent.tokens) else ""
        at = end + words + 1  # وزير الصحة في ولاية بلوشستان: an office of a place, not of a state
        posted = nxt in cues.post and any(m.sentence == sent.index and m.tok_start == at and m.is_entity for m in ms)
        if posted or nxt in cues.former or not portfolio and nxt.startswith(cues.definite):
            return False
        last = normalize(ms[chain[-1]].text.split()[-1])
        return words > 0 or last.startswith(cues.definite) or ms[chain[-1]].kind != "title"

    def _bare(self, sent: Sentence, title: Mention) -> bool:
        """A definite singular title standing alone as a party (وقال الوزير إن): not a counterpart, not a
        dual (الرئيسان), no preposition glued to it (سلطات واسعة للرئيس names the office, not a party),
        and no definite word after it that would qualify it (الرئيس التنفيذي للشركة)."""
        cues = self.names.roles
        words = [normalize(w) for w in title.text.split()]
        if title.role == "Counterpart" or not words[0].startswith(cues.definite) or any(w in cues.plural for w in words):
            return False
        if _glued(sent, title)[1] or glued_preposition(sent.tokens[title.tok_start].norm)[1]:
            return False
        nxt = sent.tokens[title.tok_end].norm if title.tok_end < len(sent.tokens) else ""
        return not (nxt.startswith(cues.definite) or nxt in cues.post or nxt in cues.former)

    def _uncontradicted(self, weak: list[Role], roles: list[Role], ms: list[Mention],
                        shorts: frozenset[tuple[int, str]] | set[tuple[int, str]] = frozenset()) -> list[Role]:
        """Offices read from a title after a name with no comma, kept when the article allows them.

        «آبي أحمد رئيس الوزراء الإثيوبي» is apposition, but «استقبل أردوغان الرئيس الروسي» is a
        name and the object of the verb: the reading is dropped when the gazetteer puts the person in
        another country, or when someone else in the article holds that office (one a state gives many at
        once, a minister of any portfolio, does not count: «محمد معيط، وزير المالية» and «عمرو نصار وزير التجارة
        المصري» are both ministers), or when its sentence does not name the office's state or organisation
        (its head noun alone names it: ``shorts``, «نوريكو يوشيدا ممثلة المفوضية في السودان»).
        """
        holders = office_holders(ms, roles, self.gaz)
        kept = []
        for r in weak:
            home = self.gaz.country_of(r.person)
            if home and r.organisation.startswith("country/") and home != r.organisation:
                continue
            if r.role not in _SHARED_ROLES and holders.get((r.organisation, r.role), set()) - {r.person}:
                continue
            # a reading that is itself uncertain takes no country from the rest of the article
            # (روزنستاين نائب وزير العدل in a story about Russians indicted)
            here = self._countries_named(ms, r.evidence.sentence) | {
                m.entity_id for m in ms if m.sentence == r.evidence.sentence and m.is_entity}
            if r.organisation not in here and r.organisation != home and (r.evidence.sentence, r.organisation) not in shorts:
                continue
            kept.append(r)
        return kept

    def _role_of(self, roles: list[Role], person: str) -> str:
        stated = [r.role for r in roles if r.person == person]
        row = self.gaz.rows.get(person)
        return stated[-1] if stated else (row.role if row and row.role else "Official")

    def _state_agency(self, m: Mention) -> bool:
        """Whether ``m`` names a state's administrative body the gazetteer lacks: its first word an agency's noun and
        one of the next words a state's (الهيئة الوطنية للانتخابات، وكالة الحماية المدنية الحكومية، لجنة الأمن القومي),
        none of them a party's (اللجنة الوطنية الديمقراطية)."""
        if m.kind != "name" or not m.entity_id or not m.entity_id.startswith("org/") or m.entity_id in self.gaz.rows:
            return False
        cues = self.names.roles
        words = [normalize(w) for w in m.text.split()]
        return len(words) > 1 and words[0] in cues.agency and any(w in cues.national for w in words[1:_MAX_GAP + 1]) \
            and not any(w in cues.partisan for w in words)

    def _add_role(self, doc: Document, sent: Sentence, ms: list[Mention], roles: list[Role], person: Mention,
                  title: Mention, orgs: list[str], named: set[str], main: str | None, seat: str | None = None,
                  state: bool = False, agency: bool = False) -> None:
        """The office ``title`` gives ``person``; ``seat`` is the country of the place the title phrase names
        (None when it names none): a state office held there is that country's, and nothing is guessed;
        ``main`` is the article's country (:meth:`_main_country`), the last resort for a state office;
        ``state`` says the phrase named a state body by its head alone, so any office in it is a state office;
        ``agency`` that the body is a state's agency (:meth:`_state_agency`), whose head (رئيس) leads no state."""
        role = title.role
        if agency and role in _LEADER_ROLES | _BODY_ONLY_ROLES:
            role = "Official"
        if role == "Counterpart":  # نظيره: the office of the person named just before, in this sentence
            before = [m for m in ms if m.sentence == sent.index and m.end <= title.start
                      and m.person and m.entity_id != person.entity_id]
            role = self._role_of(roles, before[-1].entity_id) if before else "Official"
            role = "Official" if role == "Counterpart" else role
        org = self._office_org(orgs[0]) if orgs else self._home_country(person.entity_id, named)
        if not org and seat is not None:
            org = seat if role in _STATE_ROLES or state else None
        # a counterpart's country is another than the sentence's or the article's: never guessed
        elif not org and (role in _STATE_ROLES or state) and title.role != "Counterpart" \
                and not self.gaz.country_of(person.entity_id):
            # an office the article stated earlier with its country is the one the bare title repeats
            # (وزير التربية الفلسطيني صبري صيدم ... الوزير صيدم, in a sentence that names Israel)
            stated = {r.organisation for r in roles if r.person == person.entity_id}
            org = next(iter(stated)) if len(stated) == 1 else None
            if len(stated) > 1:
                return
            # a spokesperson's sentence names what they speak of, not whose they are; a state agency's the state it
            # serves (المتحدث باسم اللجنة الوطنية المستقلة للانتخابات في موريتانيا)
            if role in _STATE_ROLES or agency:
                # (an agency's only within its title phrase: وقال رئيس لجنة الأمن القومي بروجردي إن الولايات المتحدة ...)
                org = org or self._sentence_country(sent, ms, self._phrase_end(sent, person, title) if agency else None) \
                    or self._list_country(sent, ms, roles, title, person.entity_id)
            if not org and person.entity_id not in self.gaz.rows:
                org = main
        if not org:
            return
        row = self.gaz.rows.get(person.entity_id)
        if row and row.type == "Person" and row.role and row.country.startswith("country/") \
                and org.startswith("country/") and org != row.country:
            return  # the gazetteer's office holder of one state read as another's (الزعيم الكوري الجنوبي كيم جونغ أون)
        if role == "HeadOfGovernment" and self._honorific_chancellor(title, org, row):
            role = "Official"  # المستشار هشام بركات، النائب العام المصري: a judge's or adviser's honorific, no chancellor
        ev = Evidence(doc.id, sent.index, sent.start, sent.end, sent.text, doc.text[title.start:title.end])
        roles.append(Role(person.entity_id, role, org, ev))

    def _honorific_chancellor(self, title: Mention, org: str, row: GazetteerRow | None) -> bool:
        """Whether a chancellor's title (role_cues ``chancellor``: المستشار) is only the honorific Arab usage gives
        judges and advisers: its office is a state's that has no chancellor (role_cues ``chancellery``: Germany,
        Austria) and its holder no head of government the gazetteer knows: the office is then a plain official's."""
        words = self.names.roles.chancellor
        if not any(form in words for _, form in clitic_readings(normalize(title.text.split()[0]))):
            return False
        return normalize(org) not in self.names.roles.chancellery and not (row and row.role == "HeadOfGovernment")

    @staticmethod
    def _phrase_end(sent: Sentence, person: Mention, title: Mention) -> int:
        """Where a title phrase and its holder's name end: at the name when it follows the title (رئيس لجنة الأمن
        القومي علاء الدين بروجردي | إن ...), else at the comma after the title (لاشين إبراهيم رئيس الهيئة الوطنية
        للانتخابات في مصر | ، إن ...), else at the title (سايوغي، رئيس | الوكالة الوطنية ... لوكالة الأنباء الفرنسية:
        the outlet's nisba). What follows is what the holder says, or to whom."""
        if title.end <= person.start:
            return person.end
        return next((t.start for t in sent.tokens if t.start >= title.end and t.text in _SEPARATORS), title.end)

    def _sentence_country(self, sent: Sentence, ms: list[Mention], until: int | None = None) -> str | None:
        """The one country a sentence names, for a state office stated without one
        («يلتقي ترامب خلال زيارته بريطانيا ... رئيسة الوزراء تيريزا ماي»), or only up to character ``until``."""
        named = self._countries_named([m for m in ms if until is None or m.end <= until], sent.index)
        return next(iter(named)) if len(named) == 1 else None

    def _list_country(self, sent: Sentence, ms: list[Mention], roles: list[Role], title: Mention,
                      person: str) -> str | None:
        """The country of the other office holders a list names, for a state office joined to the list by «و»
        with no country of its own: «وفد يضم وزير الخارجية عادل الجبير، ومعالي وزير التجارة ماجد القصبي»
        (the delegation's ministers are all Saudi though the sentence also names Egypt).

        The others are the persons of the sentence whose office is stated or in the gazetteer, and the
        titles with a nisba (الرئيس الفرنسي); there must be two or more, all of one country, and no
        counterpart (ونظيره السعودي) may pair two states.
        """
        here = [m for m in ms if m.sentence == sent.index]
        if not self._conjoined(sent, ms, title) or any(m.kind == "title" and m.role == "Counterpart" for m in here):
            return None  # ونظيره السعودي: the sentence pairs two states
        found = {(r.person, r.organisation) for r in roles if r.evidence.sentence == sent.index and r.person != person}
        titled = {m.tok_end for m in here if m.kind == "title"}
        for m in here:
            row = self.gaz.rows.get(m.entity_id or "") if m.person else None
            if row and row.role and row.country and m.entity_id != person:
                found.add((m.entity_id, row.country))
            elif m.kind == "nisba" and m.entity_id and any(0 <= m.tok_start - e <= 2 for e in titled):
                found.add((m.tok_start, m.entity_id))  # المتحدث باسم الحكومة التركية ونائب رئيس الوزراء ... مع الوزير الأمريكي
        countries = {c for _, c in found}
        if len(found) < 2 or len(countries) != 1 or entity_type_of(next(iter(countries))) != "Country":
            return None  # a list names two or more others (وزيرة ... ووزيرة الدولة، هند الصبيح ... والرئيس الصيني)
        return next(iter(countries))

    @staticmethod
    def _conjoined(sent: Sentence, ms: list[Mention], title: Mention) -> bool:
        """Whether a title phrase is joined to what goes before by «و», glued to the title or to an honorific
        before it (ورئيس البرلمان، ومعالي وزير الدولة) or standing alone."""
        starts = {m.tok_start: m for m in ms if m.sentence == sent.index and m.kind == "title"}
        ends = {m.tok_end: m for m in starts.values() if m.role in _NO_OFFICE}
        first = title
        while first.tok_start in ends:
            first = ends[first.tok_start]
        if first.start > sent.tokens[first.tok_start].start:
            return _glued(sent, first)[0]
        return first.tok_start > 0 and sent.tokens[first.tok_start - 1].norm == AND

    def _main_country(self, ms: list[Mention]) -> str | None:
        """The country an article is about, for a state office stated with no country in its sentence
        («وقال وزير الصحة مات هانكوك» in a story set in Britain): the country the article names at least
        three times and more than twice as often as any other, or the only one it names.

        Not for a person the gazetteer knows without a country (a former president): the gazetteer
        would give the country of a current office. Corpus (1,500 articles): with the apposition of
        :meth:`_stateless_office` it adds 56 offices, 51 right (wrong: a past office the text dates
        only by its year, a former adviser «سابقاً», a UAE minister in an article about Yemen, a
        regional minister, a misread name).
        """
        ranked = self._country_ranks(ms)
        if len(ranked) == 1:
            return ranked[0][0]
        if ranked and ranked[0][1] >= 3 and ranked[0][1] > 2 * ranked[1][1]:
            return ranked[0][0]
        return None

    def _country_ranks(self, ms: list[Mention]) -> list[tuple[str, int]]:
        """The two countries the mentions name most, with how often (persons and peoples left out)."""
        counts = Counter(c for c in (self.gaz.country_of(m.entity_id) for m in ms
                                     if m.is_entity and not m.person and not _people(m) and not self.gaz.is_media(m.entity_id or "")) if c)
        return counts.most_common(2)

    def _leading_country(self, ms: list[Mention]) -> str | None:
        """The country the article names more often than any other, even short of :meth:`_main_country`'s
        margin (a Syrian story naming Russia nearly as often)."""
        ranked = self._country_ranks(ms)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def _home_country(self, person: str, named: set[str]) -> str | None:
        """The gazetteer's country for a title the text gives none, when the article names that country.

        The gazetteer lists one country per person, sometimes the wrong one for the story (a
        monarch's first realm in a list of realms): the text has to name it before it is used.
        """
        country = self.gaz.country_of(person)
        return country if country in named else None

    def _countries_named(self, ms: list[Mention], sentence: int | None = None) -> set[str]:
        """The countries the mentions name (a country, a place in it, its nisba, a state body), in
        the article or in one sentence of it; persons do not count: their country is what is asked."""
        found = (self.gaz.country_of(m.entity_id) for m in ms
                 if m.is_entity and not m.person and (sentence is None or m.sentence == sentence and not _people(m)))
        return {c for c in found if c}


def _glued(sent: Sentence, m: Mention) -> tuple[bool, str | None]:
    """What the proclitics glued before mention ``m`` in its token say: (a conjunction, a preposition)."""
    tok = sent.tokens[m.tok_start]
    return split_prefix(normalize(tok.text[: max(0, m.start - tok.start)]))


def _people(m: Mention) -> bool:
    """Whether a mention is a nisba's oblique plural (وفدا من العسكريين الليبيين): people received, killed or
    met, who name no state an unstated office belongs to, in their sentence or in the article; so is the
    accusative singular after a count (قتل 31 فلسطينيا)."""
    return m.kind == "nisba" and counted_people(normalize(m.text))


def _covered(ms: list[Mention]) -> dict[int, set[int]]:
    """The token positions the mentions take, by sentence: what a title phrase's chain may not run through."""
    covered: dict[int, set[int]] = {}
    for m in ms:
        covered.setdefault(m.sentence, set()).update(range(m.tok_start, m.tok_end))
    return covered


def _title_span(sent: Sentence, start: int, end: int, role: str) -> Mention:
    """A title mention over tokens ``start`` to ``end`` of a sentence, for an office no title phrase reads (an
    appointment's accusative, a government word before its head's name)."""
    first, last = sent.tokens[start], sent.tokens[end - 1]
    return Mention(first.start, last.end, sent.text[first.start - sent.start:last.end - sent.start], "TITLE",
                   sent.index, start, end, kind="title", role=role)


def _quote_regions(sent: Sentence) -> list[int | None]:
    """For each token, the quotation it stands in (numbered from 0; None outside any): a plain double
    mark opens and closes in turn, guillemets and curly marks open and close by their side. A mark
    the sentence never closes (a quotation running over several sentences, or a stray mark) makes
    no quotation: what follows it may be the writer's own words (وقال وزير الخارجية الأمريكي "إن
    الصين ...، خلال زيارته إلى بكين عام 1971.)."""
    regions: list[int | None] = []
    current: int | None = None
    opened = 0
    count = 0
    for k, tok in enumerate(sent.tokens):
        opening = tok.text in _OPENING_QUOTES or tok.text in _PLAIN_QUOTES and current is None
        closing = current is not None and (tok.text in _CLOSING_QUOTES or tok.text in _PLAIN_QUOTES)
        if closing:
            regions.append(current)
            current = None
        elif opening:
            current, count, opened = count, count + 1, k
            regions.append(current)
        else:
            regions.append(current)
    if current is not None:
        regions[opened:] = [None] * (len(regions) - opened)
    return regions


def _part_of(mine: tuple[str, ...], theirs: tuple[str, ...], particles: frozenset[str]) -> bool:
    """Whether the name ``mine`` is a spelling of ``theirs`` (two or more words) or a run of its words;
    one word only as its first or last word, never a particle. A name of two or more words with the
    same first and last word as ``theirs`` and the middle words left out is also a part: Arabic names
    drop the father's and grandfather's names (طارق صالح، طارق محمد صالح of طارق محمد عبد الله صالح)."""
    if not mine:
        return False
    if mine == theirs:
        return len(mine) >= 2
    if len(mine) == 1:
        return len(theirs) >= 2 and mine[0] in (theirs[0], theirs[-1]) and mine[0] not in particles \
            and len(mine[0]) >= 2
    if all(w in particles for w in mine):
        return False
    return contains(theirs, mine) or (mine[0] == theirs[0] and mine[-1] == theirs[-1] and _subsequence(mine, theirs))


def _subsequence(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether the words of ``mine`` occur in ``theirs`` in order, others between them."""
    words = iter(theirs)
    return all(w in words for w in mine)


def _unlinked_person_span(m: Mention) -> bool:
    """A recognizer's person name no entity claims yet: the only spans the article-level span repairs touch."""
    return m.source == "stanza" and m.kind == "name" and not m.entity_id and m.label in ("PER", "PERS")
