"""Gazetteer recognizer: longest match of gazetteer forms over tokens, clitic-aware.

Only the first token of a candidate may carry proclitics (و، ف، ب، ل، ك): ``ولافروف`` matches
لافروف and ``للأمم المتحدة`` matches الأمم المتحدة (see :meth:`Gazetteer.match`).
"""

from __future__ import annotations

from kg.lang.ar.clitics import adverb_nisbas, strip_offset, with_article
from kg.pipeline.gazetteer import Entry, Gazetteer
from kg.records import Document, Mention, Sentence, Token

_KIND_ORDER = {"name": 0, "title": 1, "group": 2, "nisba": 3}
_LABEL = {"Person": "PER", "Country": "LOC", "Place": "LOC", "Organization": "ORG"}


class GazetteerRecognizer:
    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer, whole_names: frozenset[str] = frozenset()):
        self.gazetteer = gazetteer
        # names whose first letter only looks like a clitic (whole_names.txt): the rest is another entry's
        # form (كلاوس is no ك + لاوس, Laos; كابل no ك + ابل, Apple), so they are matched unstripped only
        self.whole_names = whole_names

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        mentions: list[Mention] = []
        for sent in sentences:
            tokens = sent.tokens
            i = 0
            while i < len(tokens):
                whole = [(0, tokens[i].norm)] if tokens[i].norm in self.whole_names else None
                found = self.gazetteer.match(tokens, i, whole)
                if not found:
                    counted = self._counted_nisba(tokens, i)
                    if counted is not None:
                        mentions.append(self._mention(doc, sent, i, 1, 0, tokens[i].norm, counted))
                    i += 1
                    continue
                length, stripped, form, entries = found
                entry = min(entries, key=lambda e: _KIND_ORDER[e.kind])
                if entry.kind == "title":
                    length = self._title_end(tokens, i, length)
                mentions.append(self._mention(doc, sent, i, length, stripped, form, entry))
                i += length
        return mentions

    def _counted_nisba(self, tokens: list[Token], i: int) -> Entry | None:
        """A state's people counted in digits, the nisba in the accusative singular a count of 11 to 99 takes
        (قتل 31 فلسطينيا، إصابة 16 يمنيا): the nisba of that state, as the plural is (فلسطينيين). The same
        form anywhere else is the adverb (المدعومة إيرانيا), which names no one by itself. Any number of digits
        is taken (a year before such a form would be read too): written numbers other than 11 to 99 take
        another form, so the accusative singular after digits is this count in practice."""
        if i == 0 or not tokens[i - 1].norm.isdigit():
            return None
        for form in adverb_nisbas(tokens[i].norm):
            for entry in self.gazetteer.lookup((form,)):
                if entry.kind == "nisba" and self.gazetteer.rows[entry.target].type == "Country":
                    return entry
        return None

    def _title_end(self, tokens, i: int, length: int) -> int:
        """A title's length, given back the words an organisation's name starts with: in «رئيس بعثة الأمم
        المتحدة في ليبيا» the title رئيس بعثة (a head of mission) ends before بعثة, which begins the
        mission's name; the mention keeps the longer title's office. A state body's head + nisba form
        (وزيرة الخارجية الكندية) takes nothing back: the title reads it."""
        for j in range(i + 1, i + length):
            inner = self.gazetteer.match(tokens, j, [(0, tokens[j].norm)])
            if inner and j + inner[0] > i + length and any(e.kind == "name" for e in inner[3]) \
                    and tuple(t.norm for t in tokens[j : j + inner[0]]) not in self.gazetteer.body_forms:
                return j - i
        return length

    def _mention(self, doc, sent, i, length, stripped, form, entry: Entry) -> Mention:
        first, last = sent.tokens[i], sent.tokens[i + length - 1]
        start = first.start + strip_offset(first.text, stripped)
        end = last.end
        text = doc.text[start:end]
        text = with_article(text, form, first.norm[stripped:])
        label = "TITLE" if entry.kind == "title" else "GROUP" if entry.kind == "group" else (
            _LABEL.get(self.gazetteer.rows[entry.target].type, "MISC"))
        return Mention(start=start, end=end, text=text, label=label, sentence=sent.index, tok_start=i,
                       tok_end=i + length, source="gazetteer", **entry.referent())
