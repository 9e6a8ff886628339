"""Organisation names of the form head noun + nisbas + «لل» genitive, read from their shape.

News writes many organisations as a definite head noun, one or more nisba adjectives and a genitive
with «ل»: «الجمعية التونسية للنساء الديمقراطيات», «الاتحاد الأميركي للحريات المدنية». The statistical
recognizer tags few of them whole (it cuts them at the nisba, or reads the nisba as a country), so the
organisation and its relations are lost. The shape alone is a strong cue (a corpus sample: 22 of 25 such
phrases named an organisation); the words come from ``kg/data/org_phrases.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.data import DataError, data_path, read_tsv
from kg.lang.ar.clitics import AND, FOR, clitic_readings, strip_offset, with_article
from kg.lang.ar.normalize import normalize
from kg.records import Document, Mention, Sentence

_KINDS = ("head", "owner", "not-nisba", "adjective", "article", "ending", "link", "linked", "construct", "open",
          "not-genitive")
_MAX_ADJECTIVES = 3  # nisbas between the head and the genitive (الشركة الوطنية السعودية للنقل)
_MAX_TAIL = 2  # adjectives after the genitive's noun (للنساء الديمقراطيات، للأمم المتحدة)


@dataclass(frozen=True)
class OrgPhrases:
    """The words of ``org_phrases.tsv`` (normalised) and the nisba endings they are read with."""

    heads: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()
    not_nisba: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    article: str = ""  # the definite article, normalised (taken from the head rows)
    endings: tuple[str, ...] = ()  # normalised nisba endings (ـي، ـية، ـيين، ـيات)
    links: frozenset[str] = frozenset()  # prepositions inside a name's genitive (للدفاع عن، للرقابة على)
    linked: frozenset[str] = frozenset()  # genitive nouns that take a link preposition (الدفاع، الرقابة)
    construct: frozenset[str] = frozenset()  # nouns in construct after a link word (عن حقوق الإنسان)
    open: frozenset[str] = frozenset()  # prepositions after which a name may go on or not (في): no phrase
    not_genitive: frozenset[str] = frozenset()  # nouns after «لل» of a purpose or a time (للاجتماع، للمرة)

    @classmethod
    def load(cls, path: Path | None = None) -> OrgPhrases:
        path = path or data_path("org_phrases.tsv")
        found: dict[str, set[str]] = {k: set() for k in _KINDS}
        for number, (kind, word, _source) in read_tsv(path, 3, min_columns=2):
            if kind not in found or len(word.split()) != 1 or (kind == "article" and found[kind]):
                raise DataError(f"{path}:{number}: expected one of {', '.join(_KINDS)} and one word (one article)")
            found[kind].add(normalize(word))
        return cls(frozenset(found["head"]), frozenset(found["owner"] | found["head"]), frozenset(found["not-nisba"]),
                   frozenset(found["adjective"]), next(iter(found["article"]), ""),
                   tuple(sorted(found["ending"], key=len, reverse=True)), frozenset(found["link"]),
                   frozenset(found["linked"]), frozenset(found["construct"]), frozenset(found["open"]),
                   frozenset(found["not-genitive"]))

    def _nisba(self, word: str) -> bool:
        """A definite nisba; never a head or an owner noun (الجمعية ends like one: «... والجمعية» starts a new name)."""
        return word.startswith(self.article) and len(word) > len(self.article) + 2 \
            and word.endswith(self.endings) and word not in self.not_nisba and word not in self.owners

    def find(self, doc: Document, sent: Sentence, held: frozenset[int] = frozenset()) -> list[Mention]:
        """The phrases of one sentence, as ORG mentions spanning the name as written. ``held`` are the
        tokens a gazetteer name, title or group holds: a genitive on one (الاتحاد الدولي للعراق, "the
        federation's ... for Iraq") makes no name, and the name's tail stops before one."""
        if not self.heads or not self.article:
            return []
        tokens, out, i = sent.tokens, [], 0
        while i < len(tokens):
            head = next(((n, w) for n, w in clitic_readings(tokens[i].norm) if w in self.heads), None)
            if head is None:
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and j - i <= _MAX_ADJECTIVES and self._nisba(tokens[j].norm):
                j += 1
            if j == i + 1 or j >= len(tokens) or j in held or not self._genitive(tokens[j].norm):
                i += 1
                continue
            end = self._tail(tokens, j + 1, held)
            if end + 1 < len(tokens) and tokens[end].norm in self.open and end + 1 not in held \
                    and tokens[end + 1].norm.startswith(self.article):
                i = end  # للتحكم في الفيضانات or في الآونة الأخيرة: where the name ends is not known
                continue
            first, last = tokens[i], tokens[end - 1]
            start = first.start + strip_offset(first.text, head[0])
            text = with_article(doc.text[start:last.end], head[1], first.norm[head[0]:])
            out.append(Mention(start=start, end=last.end, text=text, label="ORG", sentence=sent.index,
                               tok_start=i, tok_end=end, source="phrase"))
            i = end
        return out

    def _tail(self, tokens: list, k: int, held: frozenset[int]) -> int:
        """Where the name ends after its genitive noun (at ``k - 1``): its adjectives (للنساء الديمقراطيات،
        للأمم المتحدة), a definite noun or nisba joined by «و» (للتنمية والإصلاح، للحقوق الاقتصادية
        والاجتماعية), and a preposition of the name with its definite noun (للدفاع عن الحقوق، للرقابة على
        الصادرات); never a gazetteer name or an owner noun (للانتخابات في البلاد)."""
        end, steps, linked = k, 0, False
        while end < len(tokens) and end not in held and steps < _MAX_TAIL:
            norm, steps = tokens[end].norm, steps + 1
            if self._nisba(norm) or norm in self.adjectives:
                end += 1
            elif norm.startswith(AND) and norm[len(AND):].startswith(self.article) \
                    and norm[len(AND):] not in self.owners \
                    and (end == k or self._nisba(norm[len(AND):])):  # للتنمية والإصلاح، الاقتصادية والاجتماعية
                end += 1  # never «والوكالة»: a head after و starts the next name (للتصدير والوكالة الروسية)
            elif norm in self.links and not linked and end == k and self._takes_link(tokens[k - 1].norm) \
                    and end + 1 < len(tokens) and end + 1 not in held and self._noun_of_link(tokens[end + 1].norm):
                end, linked = end + 2, True
                if tokens[end - 1].norm in self.construct and end < len(tokens) and end not in held \
                        and tokens[end].norm.startswith(self.article):
                    end += 1  # حقوق الإنسان
            else:
                break
        return end

    def _takes_link(self, genitive: str) -> bool:
        """Whether the genitive noun is one that a name continues after with its preposition (للدفاع عن،
        للرقابة على): after any other the preposition is the verb's (أعلنت الهيئة الوطنية للانتخابات عن الفائز،
        حصل الاتحاد السعودي للكرة على الجائزة) and the name ends before it."""
        return any(w in self.linked for n, w in clitic_readings(genitive) if n == len(FOR) and genitive.startswith(FOR))

    def _noun_of_link(self, norm: str) -> bool:
        """A noun after a link word that continues a name: definite and no owner (الفيضانات), or in construct
        before a definite one (حقوق of «عن حقوق الإنسان»: no article, no clitic)."""
        return norm.startswith(self.article) and norm not in self.owners or norm in self.construct

    def _genitive(self, norm: str) -> bool:
        """«لل» + a noun that is no owner (للنساء، للحريات; not للاتحاد، للرئيس): ل with the article."""
        nouns = [w for n, w in clitic_readings(norm) if n == len(FOR) and norm.startswith(FOR)
                 and w.startswith(self.article) and w != norm]
        return bool(nouns) and len(nouns[0]) > len(self.article) + 1 \
            and nouns[0] not in self.owners and nouns[0] not in self.not_nisba and nouns[0] not in self.not_genitive

    def add(self, doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with the phrases added where no gazetteer name, title or group holds a word of
        them: a phrase takes the place of the recognizer's spans inside it or overlapping it as an
        organisation, and of the gazetteer's nisbas and country names in its adjective slots
        (السعودية of «الشركة الوطنية السعودية للنقل البحري» names no party)."""
        drop: set[int] = set()
        added: list[Mention] = []
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:  # once, not once per sentence: a long article has thousands of both
            by_sentence.setdefault(m.sentence, []).append(m)
        for sent in sentences:
            here = by_sentence.get(sent.index, [])
            held = frozenset(t for m in here if m.source == "gazetteer" and m.kind != "nisba"
                             for t in range(m.tok_start, m.tok_end))
            for p in self.find(doc, sent, held):
                over = [m for m in here if m.tok_start < p.tok_end and p.tok_start < m.tok_end]
                if any(not self._yields(p, m) for m in over):
                    continue
                drop |= {id(m) for m in over}
                added.append(p)
        return sorted([m for m in mentions if id(m) not in drop] + added, key=lambda m: (m.start, m.end))

    @staticmethod
    def _yields(p: Mention, m: Mention) -> bool:
        """Whether mention ``m`` gives way to phrase ``p``."""
        inside = p.tok_start < m.tok_start and m.tok_end <= p.tok_end
        if m.source == "gazetteer":  # a nisba or a country read off a nisba slot (find keeps names off the rest)
            return inside and m.kind in ("nisba", "name") and m.tok_end - m.tok_start == 1
        if m.tok_start <= p.tok_start and p.tok_end <= m.tok_end:
            return False  # the recognizer's whole span (للحماية المدينة: a misspelt adjective the shape misses)
        return inside or m.label == "ORG"

