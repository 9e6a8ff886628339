"""Arabic normalisation for matching only: what is stored or shown keeps the original text.

Folding rules (one place, used by every matcher): diacritics and Quranic marks, tatweel and bidi
or zero-width controls are dropped; alef variants fold to ا, ى to ي, ة to ه, ؤ to و, ئ to ي;
Persian/Urdu letters and Arabic-Indic digits fold to their Arabic/ASCII equivalents.
"""

from __future__ import annotations

import re

_DROP = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"  # diacritics, marks, tatweel
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]"  # zero-width and bidi controls
)
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ئ": "ي", "ی": "ي", "ې": "ي",
        "ة": "ه", "ۀ": "ه", "ە": "ه",
        "ؤ": "و",
        "ک": "ك", "گ": "غ", "پ": "ب", "چ": "ج", "ڤ": "ف",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)

ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def normalize(text: str) -> str:
    """Fold an Arabic string for comparison.

    >>> normalize("الصِّينُ") == normalize("الصين")
    True
    >>> normalize("إيران"), normalize("مصطفى"), normalize("القاهرة")
    ('ايران', 'مصطفي', 'القاهره')
    >>> normalize("ســـوريا\u200f")
    'سوريا'
    """
    return _DROP.sub("", text).translate(_FOLD).casefold()


def is_dropped(ch: str) -> bool:
    """Whether normalisation drops this character (a diacritic, tatweel, a bidi or zero-width mark)."""
    return bool(_DROP.match(ch))


def is_arabic(text: str, minimum: int = 1) -> bool:
    """True when ``text`` holds at least ``minimum`` Arabic letters."""
    count = 0
    for _ in ARABIC_LETTER.finditer(text):
        count += 1
        if count >= minimum:
            return True
    return False


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalize(text)`` plus, for each output character, its index in ``text`` (and len at the end).

    >>> norm, offs = normalize_with_offsets("الـ77 مَعَ")
    >>> norm, offs[norm.index("مع")]
    ('ال77 مع', 6)
    """
    out: list[str] = []
    offsets: list[int] = []
    folds = {ch: normalize(ch) for ch in set(text)}  # each distinct character folded once
    for i, ch in enumerate(text):
        folded = folds[ch]
        out.append(folded)
        offsets.extend([i] * len(folded))
    offsets.append(len(text))
    return "".join(out), offsets
