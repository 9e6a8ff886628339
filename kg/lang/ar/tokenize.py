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
# The rule stages compare mentions with the tokens between them, so their cost grows with the square
# of a sentence's length. Real news stays far below this (5,000 corpus articles: 99.99% of sentences
# under 188 tokens, the longest 344); a run of text with no full stop (a table, a feed without
# punctuation, a hostile input) is cut into pieces of at most this many tokens, so time stays linear.
MAX_SENTENCE_TOKENS = 300
COMMAS = frozenset(",\u060c")  # the Latin and the Arabic comma: a list's joints and a clause's edges
_SOFT_BREAKS = frozenset("،؛,;:")


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
        # a sentence spans its tokens: every non-space character is in one, so no space is kept
        for tokens in _capped(tokenize(text[start:end], start)):
            first, last = tokens[0].start, tokens[-1].end
            sent = Sentence(len(sentences), first, last, text[first:last])
            sent.tokens = tokens
            sentences.append(sent)
    return sentences


def _capped(tokens: list[Token]) -> list[list[Token]]:
    """``tokens`` in pieces of at most :data:`MAX_SENTENCE_TOKENS`, each ended after the last comma or
    semicolon of its second half when there is one (a clause boundary), else at the cap.

    >>> [len(p) for p in _capped(tokenize("كلمة " * 700))]
    [300, 300, 100]
    """
    pieces, start = [], 0
    while len(tokens) - start > MAX_SENTENCE_TOKENS:
        cut = next((i + 1 for i in range(start + MAX_SENTENCE_TOKENS - 1, start + MAX_SENTENCE_TOKENS // 2, -1)
                    if tokens[i].text in _SOFT_BREAKS), start + MAX_SENTENCE_TOKENS)
        pieces.append(tokens[start:cut])
        start = cut
    if start < len(tokens):
        pieces.append(tokens[start:])
    return pieces
