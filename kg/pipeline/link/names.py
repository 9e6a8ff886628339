"""Person-name identity: spelling-variant keys and the cleaning of statistical name spans.

Arabic news spells one foreign name several ways (غوتيريش / جوتيريش، عبد الله / عبدالله، ميركل /
ميركيل), and a statistical recognizer cuts names at hyphens (كيم يونغ-تشول), glues a kinship noun
to them (صهره كوشنر) or takes a quotation mark in ("آر تي). These functions give every spelling of
a name one key and trim a span to the name it holds; the letters and words they use come from
``kg/data/name_variants.tsv`` and ``kg/data/name_prefixes.txt``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.data import data_path, read_tsv
from kg.errors import DataError
from kg.lang.ar.clitics import clitic_readings
from kg.lang.ar.normalize import is_arabic, normalize
from kg.records import Document, Mention, Sentence, Token

# possessive pronouns a kinship or office noun carries before a name (صهره، زعيمها، شقيقهم)
_POSSESSIVES = ("هما", "هم", "ها", "ه")
_QUOTES = {'"', "'", "«", "»", "“", "”", "‘", "’"}


@dataclass(frozen=True)
class NameVariants:
    """The spelling alternations of ``name_variants.tsv``, normalised."""

    joins: frozenset[str] = frozenset()
    folds: dict[str, str] = field(default_factory=dict)
    skeleton: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> NameVariants:
        path = data_path("name_variants.tsv")
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

        Hyphens split words, a joining particle is glued to the next word, folded letters are made
        one, and a letter written twice counts once (نتنياهو / نتانياهو differ still: only the
        skeleton drops vowels).
        """
        words = normalize(name).replace("-", " ").replace("_", " ").split()
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
        if any(word.endswith(p) and word[: -len(p)] in prefixes for p in _POSSESSIVES):
            return True
    return False


def clean_span(doc: Document, sent: Sentence, m: Mention, prefixes: frozenset[str],
               particles: frozenset[str]) -> Mention | None:
    """Trim a statistical name span to the name it holds; ``None`` when nothing of a name is left.

    - a quoted name is the part after the quotation mark (منظمة "بيتسليم -> بيتسليم; "آر تي -> آر تي);
    - kinship and office nouns in front go (صهره كوشنر -> كوشنر);
    - a person's name cut at a hyphen written without spaces is completed (كيم يونغ-تشول).
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
    if (start, end) == (m.tok_start, m.tok_end):
        return m
    first = tokens[start]
    # the first token may keep the clitic offset the recognizer already stripped from it
    begin = m.start if start == m.tok_start else first.start
    return replace(m, start=begin, end=tokens[end - 1].end, text=doc.text[begin:tokens[end - 1].end],
                   tok_start=start, tok_end=end)


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)
