"""Gazetteer recognizer: longest match of gazetteer forms over tokens, clitic-aware.

Only the first token of a candidate may carry proclitics (و، ف، ب، ل، ك): ``ولافروف`` matches
لافروف and ``للأمم المتحدة`` matches الأمم المتحدة (see :meth:`Gazetteer.match`).
"""

from __future__ import annotations

from kg.lang.ar.clitics import strip_offset
from kg.pipeline.gazetteer import Entry, Gazetteer
from kg.records import Document, Mention, Sentence

_KIND_ORDER = {"name": 0, "title": 1, "group": 2, "nisba": 3}
_LABEL = {"Person": "PER", "Country": "LOC", "Place": "LOC", "Organization": "ORG"}


class GazetteerRecognizer:
    name = "gazetteer"

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        mentions: list[Mention] = []
        for sent in sentences:
            tokens = sent.tokens
            i = 0
            while i < len(tokens):
                found = self.gazetteer.match(tokens, i)
                if not found:
                    i += 1
                    continue
                length, stripped, form, entries = found
                entry = min(entries, key=lambda e: _KIND_ORDER[e.kind])
                mentions.append(self._mention(doc, sent, i, length, stripped, form, entry))
                i += length
        return mentions

    def _mention(self, doc, sent, i, length, stripped, form, entry: Entry) -> Mention:
        first, last = sent.tokens[i], sent.tokens[i + length - 1]
        start = first.start + strip_offset(first.text, stripped)
        end = last.end
        text = doc.text[start:end]
        if form.startswith("ال") and not first.norm[stripped:].startswith("ال"):
            # لل + noun: the article's alef was elided; show the noun with its article restored
            text = "ا" + text
        label = "TITLE" if entry.kind == "title" else "GROUP" if entry.kind == "group" else (
            _LABEL.get(self.gazetteer.rows[entry.target].type, "MISC"))
        return Mention(start=start, end=end, text=text, label=label, sentence=sent.index, tok_start=i,
                       tok_end=i + length, source="gazetteer", **entry.referent())
