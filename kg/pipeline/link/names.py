"""Person-name identity: spelling-variant keys and the cleaning of statistical name spans.

Arabic news spells one foreign name several ways (غوتيريش / جوتيريش، عبد الله / عبدالله، ميركل /
ميركيل), and a statistical recognizer cuts names at hyphens (كيم يونغ-تشول), glues a kinship noun
to them (صهره كوشنر) or takes a quotation mark in ("آر تي). These functions give every spelling of
a name one key and trim a span to the name it holds; the letters and words they use come from
``kg/data/name_variants.tsv`` and ``kg/data/name_prefixes.txt``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.data import data_path, read_tsv
from kg.errors import DataError
from kg.lang.ar.clitics import AND, POSSESSIVES, clitic_readings, definite, definite_word, strip_offset
from kg.lang.ar.normalize import is_arabic, normalize
from kg.records import Document, Mention, Sentence, Token

_QUOTES = frozenset({'"', "'", "«", "»", "“", "”", "‘", "’"})


@dataclass(frozen=True)
class NameVariants:
    """The spelling alternations of ``name_variants.tsv``, normalised."""

    joins: frozenset[str] = frozenset()
    folds: dict[str, str] = field(default_factory=dict)
    skeleton: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> NameVariants:
        path = path or data_path("name_variants.tsv")
        joins, folds, skeleton = set(), {}, {}
        for number, (kind, form, to, _source) in read_tsv(path, 4, min_columns=2):
            form, to = normalize(form), normalize(to)
            if kind == "join":
                joins.add(form)
            elif kind in ("fold", "skeleton") and len(form) == 1 and len(to) <= 1:
                (folds if kind == "fold" else skeleton)[form] = to
            else:
                raise DataError(f"{path}:{number}: expected join WORD, or fold/skeleton LETTER [LETTER]")
        return cls(frozenset(joins), folds, skeleton)

    def key(self, name: str) -> tuple[str, ...]:
        """The words of ``name`` with the spellings of one name made equal: what ids are minted from.

        Hyphens split words (and a hashtag's sign: مايك #بومبيو), a joining particle is glued to the next word, folded letters are made
        one, and a letter written twice counts once (نتنياهو / نتانياهو differ still: only the
        skeleton drops vowels).
        """
        words = normalize(name).replace("-", " ").replace("_", " ").replace("#", " ").split()
        glued: list[str] = []
        for w in words:
            if glued and glued[-1] in self.joins:
                glued[-1] += w
            else:
                glued.append(w)
        return tuple(_squeeze("".join(self.folds.get(c, c) for c in w)) for w in glued)

    def skeleton_key(self, name: str) -> tuple[str, ...]:
        """:meth:`key` without the letters transliterators add or leave out after a word's first letter.

        Coarse on purpose (حسن and حسين share it), so it only compares full names of two or more
        words inside one article.
        """
        return tuple(w[0] + _squeeze("".join(self.skeleton.get(c, c) for c in w[1:])) if w else w
                     for w in self.key(name))


def _squeeze(word: str) -> str:
    """A letter written twice in a row counts once (كوريا / كوريّا after diacritics are dropped)."""
    out = []
    for c in word:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def shown_name(text: str) -> str:
    """A name as an entity is labelled: without the hashtag's sign and the underscores a tweet writes it
    with (حمدي يحيى #المشراقي، #دونالد_ترمب are حمدي يحيى المشراقي، دونالد ترمب)."""
    return " ".join(text.replace("#", " ").replace("_", " ").split())


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``shorter`` is a contiguous run of ``longer``'s words and strictly shorter."""
    n = len(shorter)
    return 0 < n < len(longer) and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _prefix_word(tok: Token, prefixes: frozenset[str], particles: frozenset[str]) -> bool:
    """A kinship or office noun before a name: bare (مراسل), or with a possessive (صهره، زعيمها).

    A bare word that is also a name particle (ابن) is part of the name and stays.
    """
    for _stripped, word in clitic_readings(tok.norm):  # لمراسل، وزعيمه
        if word in prefixes and word not in particles:
            return True
        if any(word.endswith(p) and word[: -len(p)] in prefixes for p in POSSESSIVES):
            return True
    return False


def clean_span(doc: Document, sent: Sentence, m: Mention, prefixes: frozenset[str],
               particles: frozenset[str], held: frozenset[tuple[int, int]] = frozenset()) -> Mention | None:
    """Trim a statistical name span to the name it holds; ``None`` when nothing of a name is left.

    - a quoted name is the part after the quotation mark (منظمة "بيتسليم -> بيتسليم; "آر تي -> آر تي);
    - kinship and office nouns in front go (صهره كوشنر -> كوشنر);
    - a person's name cut at a hyphen written without spaces is completed (كيم يونغ-تشول); a first name
      glued to a hyphen with a space after it (جان- كلود) joins only when no mention holds it (``held``:
      the (sentence, token) pairs of the document's mentions): «ترامب- كيم», a dateline «غزة- إسماعيل».
    """
    tokens = sent.tokens
    start, end = m.tok_start, m.tok_end
    quoted = [i for i in range(start, end) if tokens[i].text in _QUOTES]
    if quoted:
        after = quoted[-1] + 1
        start = after if after < end else start
    while start < end and (not _has_letters(tokens[start].text) or _prefix_word(tokens[start], prefixes, particles)):
        start += 1
    while end > start and not _has_letters(tokens[end - 1].text):
        end -= 1
    if start >= end:
        return None
    if m.label in ("PER", "PERS"):
        while end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end].start == tokens[end - 1].end \
                and tokens[end + 1].start == tokens[end].end and is_arabic(tokens[end + 1].text):
            end += 2
        # and at a hyphen before it: جان-كلود أرنو tagged from كلود on is جان-كلود أرنو; news also writes
        # the hyphen glued to the first name only (جان- كلود بلان), a first name never with the article
        while start >= 2 and start == m.tok_start and tokens[start - 1].text == "-" \
                and tokens[start - 2].end == tokens[start - 1].start and is_arabic(tokens[start - 2].text) \
                and (tokens[start - 1].end == tokens[start].start
                     or not definite_word(tokens[start - 2].norm) and (sent.index, start - 2) not in held):
            start -= 2
    if (start, end) == (m.tok_start, m.tok_end):
        return m
    first = tokens[start]
    # the first token may keep the clitic offset the recognizer already stripped from it
    begin = m.start if start == m.tok_start else first.start
    return replace(m, start=begin, end=tokens[end - 1].end, text=doc.text[begin:tokens[end - 1].end],
                   tok_start=start, tok_end=end)


_QUOTE_REACH = 3  # words a short quoted name may extend past the recognizer's span on either side
_QUOTED_NAME = 5  # the longest quoted run read as one name (longer ones are quotations)


def _within_quotes(tokens: list[Token], start: int, end: int, definite: tuple[str, ...]) -> tuple[int, int]:
    """A span inside a short quoted run grows to the whole run: قناة "إن تي في" with إن تي tagged is إن تي في,
    شبكة "أي تي في بي إي" with تي في بي إي tagged is the whole name."""
    left = start - 1
    while left >= 0 and start - left <= _QUOTE_REACH + 1 and tokens[left].text not in _QUOTES:
        if not _has_letters(tokens[left].text):
            return start, end
        left -= 1
    right = end
    while right < len(tokens) and right - end < _QUOTE_REACH and tokens[right].text not in _QUOTES:
        if not _has_letters(tokens[right].text):
            return start, end
        right += 1
    if left < 0 or right >= len(tokens) or tokens[left].text not in _QUOTES or tokens[right].text not in _QUOTES:
        return start, end
    added = [tokens[i] for i in (*range(left + 1, start), *range(end, right))]
    if right - left - 1 > _QUOTED_NAME or not added or len(added) > _QUOTE_REACH - 1 \
            or any(w.startswith(definite) for t in added for _n, w in clitic_readings(t.norm)):
        return start, end  # a word with the article is a common word, not a transliterated name part
    return left + 1, right


def _joins_place(norm: str) -> bool:
    """Whether a word is و + a definite noun of three letters or more (والجراحي), the second item of a list."""
    return norm.startswith(AND) and definite(norm[1:]) and len(norm) >= 6


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


_SPAN_KINDS = ("stop", "class", "head", "work", "facility", "ending", "joiner", "eponym", "origin", "quoted")


@dataclass(frozen=True)
class SpanCues:
    """Words around a name span (``kg/data/span_cues.tsv``, normalised): where a name ends (``stop``,
    with the calendar's weekdays), which nouns head descriptions (``class``), which organisation nouns
    the recognizer leaves out (``head``), and after which nouns a name names a work (``work``) or a
    facility (``facility``)."""

    stop: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()
    head: frozenset[str] = frozenset()
    work: frozenset[str] = frozenset()
    facility: frozenset[str] = frozenset()
    endings: tuple[str, ...] = ()  # adjective endings (ـي، ـية): منظمة إسلامية
    joiner: frozenset[str] = frozenset()  # transliterated function words inside a foreign name (أوف، ذا)
    times: frozenset[str] = frozenset()  # weekdays (calendar.tsv): ليل الاثنين is a time of day
    definite: tuple[str, ...] = ()  # the article's forms (role_cues.tsv): المنظمة is a class noun too
    eponym: frozenset[str] = frozenset()  # nouns of things named after a person (مستشفى، جامعة، مطار)
    origin: frozenset[str] = frozenset()  # nouns of descent before a nisba (من أصل مغربي): no party
    quoted: frozenset[str] = frozenset()  # organisation nouns before a quoted name (منظمة "...", حزب "...")

    @classmethod
    def load(cls, times: frozenset[str] = frozenset(), definite: tuple[str, ...] = (),
             path: Path | None = None) -> SpanCues:
        """``span_cues.tsv`` (or ``path``), with the weekdays and the article's forms that the run has
        already loaded (``Calendar.weekdays``, ``RoleCues.definite``: normalised), so no file is read twice."""
        path = path or data_path("span_cues.tsv")
        found: dict[str, set[str]] = {k: set() for k in _SPAN_KINDS}
        for number, (kind, word, _why) in read_tsv(path, 3, min_columns=2):
            if kind not in found or len(word.split()) != 1 or (kind == "ending" and len(word) > 3):
                raise DataError(f"{path}:{number}: expected one of {', '.join(_SPAN_KINDS)} and one word")
            found[kind].add(normalize(word))
        return cls(frozenset(found["stop"] | times), frozenset(found["class"]), frozenset(found["head"]),
                   frozenset(found["work"]), frozenset(found["facility"]), tuple(sorted(found["ending"])),
                   frozenset(found["joiner"]), frozenset(times), definite, frozenset(found["eponym"]),
                   frozenset(found["origin"]), frozenset(found["quoted"]))

    def _is(self, words: frozenset[str], tok: Token) -> bool:
        return any(w in words for _n, w in clitic_readings(tok.norm))

    def shape(self, doc: Document, sent: Sentence, m: Mention) -> Mention | None:
        """A span cut and typed by the words around it; ``None`` when it names no party.

        - a person's name tagged up to a particle (فون، بن) goes on to the next word;
        - a name ends before a stop word (حزب الباسك القومي الممثل -> حزب الباسك القومي; المنظمة
          الدولية الثلاثاء -> المنظمة الدولية); one word before a weekday is a time (ليل الاثنين);
        - a name after a work noun is a work or product (طائرة بوينغ، مسلسل "..."): dropped;
        - a name after or starting with a facility noun is a place (مطار شانغي، ولاية أريزونا);
        - a channel or outlet tagged in part inside a short quoted run is the whole run (قناة "إن تي في");
        - any span inside a short quoted run right after an organisation noun is that organisation's whole
          name, article words and all (منظمة "إس أو إس المتوسط"، حزب "الفجر الذهبي"، موقع "إن كي ليدرشيب ووتش"
          tagged «إس أو», «الفجر», «كي ليدرشيب» as a person); not a place's span: موقع is a site too (موقع
          "بونغي ري" is the test site), and a place tagged there stays a place;
        - an organisation noun just before an organisation span belongs to it (جبهة التحرير الساندينية).
        """
        tokens = sent.tokens
        start, end, label = m.tok_start, m.tok_end, m.label
        named = self._quoted_name(tokens, start, end) if label != "LOC" else None
        if named is not None:
            (start, end), label = named, "ORG"
        elif label == "ORG" and self.definite:
            start, end = _within_quotes(tokens, start, end, self.definite)
        end = next((i for i in range(start + 1, end) if self._is(self.stop, tokens[i])), end)
        if label in ("PER", "PERS") and end == m.tok_end and end - start >= 2 and end < len(tokens) \
                and tokens[end - 1].norm in self.joiner and is_arabic(tokens[end].text) \
                and not self._is(self.stop, tokens[end]) and not self._is(self.joiner, tokens[end]):
            end += 1  # a name does not end on its particle: كارل فون tagged before كلاوزفيتز
        if end < m.tok_end and end - start == 1 and self._is_class(tokens[start].norm):
            return None  # المنظمة المسؤولة عن ...: a class noun with a participle describes
        if end - start == 1 and end < len(tokens) and tokens[end].norm.split("-")[0] in self.times:
            return None  # ليل الاثنين، صباح الجمعة: a time of day, not a name
        before = start - 1
        while before >= 0 and tokens[before].text in _QUOTES:
            before -= 1
        if before >= 0 and self._is(self.work, tokens[before]):
            return None
        if (before >= 0 and self._is(self.facility, tokens[before])) or (
                end - start > 1 and self._is(self.facility, tokens[start])):
            label = "LOC"
        elif label == "ORG" and start > 0 and self._is(self.head, tokens[start - 1]) and not self._is(self.head, tokens[start]):
            start -= 1
        if (start, end, label) == (m.tok_start, m.tok_end, m.label):
            return m
        if start < m.tok_start and not self._is(self.head, tokens[start]):
            begin = tokens[start].start
        elif start < m.tok_start:
            first = tokens[start]
            readings = [n for n, w in clitic_readings(first.norm) if w in self.head]
            begin = first.start + strip_offset(first.text, min(readings)) if readings else first.start
        else:
            begin = m.start
        return replace(m, start=begin, end=tokens[end - 1].end, text=doc.text[begin:tokens[end - 1].end],
                       tok_start=start, tok_end=end, label=label)

    def _quoted_name(self, tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
        """The whole quoted run a span stands in when an organisation noun (``quoted``) opens it: the
        writer put the name in quotation marks, so the marks, not the recognizer, say where it begins and
        ends, and a word with the article is part of it (حزب "الفجر الذهبي"; without the noun such a word
        may be a common word, :func:`_within_quotes`). A run of more than five words, or one with
        punctuation inside, is a quotation, not a name; no mark closing it in the sentence, no name."""
        left = start - 1
        while left >= 0 and tokens[left].text not in _QUOTES and start - left <= _QUOTED_NAME:
            left -= 1
        right = end
        while right < len(tokens) and tokens[right].text not in _QUOTES and right - end < _QUOTED_NAME:
            right += 1
        if left < 1 or right >= len(tokens) or tokens[left].text not in _QUOTES \
                or tokens[right].text not in _QUOTES or right - left - 1 > _QUOTED_NAME \
                or not all(_has_letters(t.text) and is_arabic(t.text) for t in tokens[left + 1:right]):
            return None
        return (left + 1, right) if self._is(self.quoted, tokens[left - 1]) else None

    def names_work(self, sent: Sentence, m: Mention) -> bool:
        """Whether a span follows a work noun (quotes between allowed): «سفينة "أكواريوس"» names a ship."""
        before = m.tok_start - 1
        while before >= 0 and sent.tokens[before].text in _QUOTES:
            before -= 1
        return before >= 0 and self._is(self.work, sent.tokens[before])

    def work_names(self, sentences: list[Sentence], mentions: list[Mention]) -> frozenset[str]:
        """The names (normalised) the recognizer tagged right after a work noun: after «سفينة "أكواريوس"»
        a bare «أكواريوس» (استقبلت أكواريوس) is still the ship, not a party. Asked before the spans are
        cleaned; the linker drops the repeats that stay unknown to the gazetteer (a «برنامج مالي» does not
        make every «مالي» of the article a work)."""
        return frozenset(normalize(m.text) for m in mentions if m.source == "stanza" and m.kind == "name"
                         and not m.entity_id and self.names_work(sentences[m.sentence], m))

    def eponyms(self, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """Without the persons a thing is named after, and the titles before them: «مستشفى الشيخ خليفة بن
        زايد»، «جامعة الملك سعود»، «مركز الملك عبد الله ... للحوار» name a hospital, a university, a centre,
        not the sheikh or the king as a party (a corpus sample: 334 such phrases with a title between,
        nearly all of them eponyms). A person's mention right after an eponym noun, or after the noun
        and one title word, goes, and so does that title."""
        if not self.eponym:
            return mentions
        titles = {(m.sentence, m.tok_start): m for m in mentions if m.kind == "title" and m.tok_end - m.tok_start == 1}
        drop: set[int] = set()
        for m in mentions:
            if m.kind != "name" or not (m.label in ("PER", "PERS") or (m.entity_id or "").startswith("person/")):
                continue
            tokens, before = sentences[m.sentence].tokens, m.tok_start - 1
            title = titles.get((m.sentence, before))
            if title is not None:
                before -= 1
            if before >= 0 and self._is(self.eponym, tokens[before]):
                drop.add(id(m))
                if title is not None:
                    drop.add(id(title))
        return [m for m in mentions if id(m) not in drop]

    def origins(self, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """Without the nisbas that say where someone comes from: «من أصل مغربي»، «من أصول تركية» tell a
        person's descent, they do not bring the country into the story as a party (a corpus count: about
        590 such nisbas after an origin noun in the 30k articles)."""
        if not self.origin:
            return mentions
        return [m for m in mentions if not (m.kind == "nisba" and m.tok_start > 0 and self._is(
            self.origin, sentences[m.sentence].tokens[m.tok_start - 1]))]

    @staticmethod
    def unnested(mentions: list[Mention]) -> list[Mention]:
        """Without a recognizer's unlinked name span that lies inside another of its spans of the same
        sentence, or repeats one: cleaning grew that one over a name the recognizer had cut in two
        (مستشفى "تورونتو ساني بروك" tagged «تورونتو» and «ساني بروك» as a person; منظمة "إس أو إس
        المتوسط" tagged «إس أو» and «إس المتوسط», both grown to the whole run), and a piece is no second entity."""
        spans = [(m.sentence, m.tok_start, m.tok_end) for m in mentions if m.source == "stanza" and m.kind == "name"]
        out: list[Mention] = []
        seen: set[tuple[int, int, int]] = set()
        for m in mentions:
            span = (m.sentence, m.tok_start, m.tok_end)
            if m.source == "stanza" and m.kind == "name" and not m.entity_id and (span in seen or any(
                    s == m.sentence and a <= m.tok_start and m.tok_end <= b and (a, b) != span[1:] for s, a, b in spans)):
                continue
            if m.source == "stanza" and m.kind == "name":
                seen.add(span)
            out.append(m)
        return out

    def join(self, doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """Two recognizer spans of one kind with only a joiner between them are one foreign name: the
        recognizer cuts «بروسيدنجز أوف ذا ناشيونال أكاديمي» at ذا."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.source == m.source == "stanza" and prev.label == m.label \
                    and prev.kind == m.kind == "name" and not prev.entity_id and not m.entity_id \
                    and prev.sentence == m.sentence and m.tok_start == prev.tok_end + 1 \
                    and sentences[m.sentence].tokens[prev.tok_end].norm in self.joiner:
                out[-1] = replace(prev, end=m.end, text=doc.text[prev.start:m.end], tok_end=m.tok_end)
                continue
            out.append(m)
        return out

    def split_places(self, doc: Document, sentences: list[Sentence], mentions: list[Mention],
                     whole: Callable[[list[Token]], bool] = lambda tokens: False) -> list[Mention]:
        """A recognizer's place span holding a later word of و + the article is two places: «التحيتا
        والجراحي»، «نينوى والرمادي» are a list of districts the recognizer tagged as one name (a 1,000-article
        run from corpus line 22000: 26 such spans, 10 distinct, every one two places; a place's own name never goes on
        with a conjunction and the article: البوسنة والهرسك and its like are the gazetteer's, and ``whole``
        says so of a span's tokens, which then stay one). Each piece goes on to be cleaned and linked on its
        own (البحرين والكويت: two countries)."""
        out: list[Mention] = []
        for m in mentions:
            tokens = sentences[m.sentence].tokens if m.sentence < len(sentences) else []
            cuts = [i for i in range(m.tok_start + 1, m.tok_end) if _joins_place(tokens[i].norm)] \
                if m.source == "stanza" and m.kind == "name" and m.label == "LOC" and not m.entity_id else []
            if not cuts or whole(tokens[m.tok_start:m.tok_end]):
                out.append(m)
                continue
            bounds = [m.tok_start, *cuts, m.tok_end]
            for a, b in zip(bounds, bounds[1:]):
                begin = m.start if a == m.tok_start else tokens[a].start + strip_offset(tokens[a].text, 1)
                end = tokens[b - 1].end if b < m.tok_end else m.end
                out.append(replace(m, start=begin, end=end, text=doc.text[begin:end], tok_start=a, tok_end=b))
        return out

    def _is_class(self, word: str) -> bool:
        article = next((d for d in self.definite if word.startswith(d)), "")
        return word[len(article):] in self.classes

    def describes(self, words: list[str]) -> bool:
        """Whether a span is a description, not a name: a class noun with stop words only (المنظمة
        المسؤولة), or an indefinite class noun with indefinite adjectives only (منظمة إسلامية)."""
        if len(words) < 2:
            return False
        if not self._is_class(words[0]):
            return False
        rest = words[1:]
        if all(w in self.stop for w in rest):
            return True
        definite = self.definite or ("-",)
        return not words[0].startswith(definite) and all(not w.startswith(definite) and w.endswith(self.endings)
                                                          for w in rest)
