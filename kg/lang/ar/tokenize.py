"""Sentence splitting and tokenisation that keep character offsets into the original text.

The tokenizer is the project's own (Stanza's Arabic tokenizer needs a model we cannot download):
a run of letters, digits and Arabic marks is one token, every other non-space character is a
token of its own. This keeps clitics attached (بالقاهرة is one token), as ANERcorp does.
"""

from __future__ import annotations

import re

from kg.lang.ar.normalize import normalize
from kg.records import Sentence, Token

_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+|[^\w\s]", re.UNICODE)
# A sentence ends at . ! ? ؟ (followed by space, a closing quote or the end) or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?؟…])[\"'”»)]*(?=\s|$)|\n+")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets shifted by ``offset``.

    >>> [t.text for t in tokenize("التقى وانغ يي، أمس (الأربعاء).")]
    ['التقى', 'وانغ', 'يي', '،', 'أمس', '(', 'الأربعاء', ')', '.']
    """
    return [
        Token(m.group(), m.start() + offset, m.end() + offset, normalize(m.group()))
        for m in _TOKEN.finditer(text)
    ]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; each one's ``text`` equals ``text[start:end]``.

    >>> s = split_sentences("زار بوتين الصين. ثم عاد.\\nعنوان")
    >>> [(x.text, x.start) for x in s]
    [('زار بوتين الصين.', 0), ('ثم عاد.', 17), ('عنوان', 25)]
    """
    sentences: list[Sentence] = []
    pos = 0
    pieces = []
    for m in _BOUNDARY.finditer(text):
        pieces.append((pos, m.end()))
        pos = m.end()
    pieces.append((pos, len(text)))
    for start, end in pieces:
        # trim surrounding whitespace without losing offsets
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            sent = Sentence(len(sentences), start, end, text[start:end])
            sent.tokens = tokenize(sent.text, start)
            if sent.tokens:
                sentences.append(sent)
    return sentences
