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


def is_arabic(text: str, minimum: int = 1) -> bool:
    """True when ``text`` holds at least ``minimum`` Arabic letters."""
    count = 0
    for _ in ARABIC_LETTER.finditer(text):
        count += 1
        if count >= minimum:
            return True
    return False


# Proclitics in the order they attach: conjunction, then preposition (the future marker س is
# handled by the trigger matcher, since it only attaches to verbs).
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def clitic_readings(norm: str) -> list[tuple[int, str]]:
    """Possible (letters stripped, remaining form) readings of a normalised token, unstripped first.

    ``لل`` + noun reads as ل + ال + noun, so ``للامم`` gives ``الامم``.

    >>> [f for _, f in clitic_readings("ولافروف")]
    ['ولافروف', 'لافروف', 'افروف']
    >>> [f for _, f in clitic_readings("بموسكو")][:2]
    ['بموسكو', 'موسكو']
    >>> ('الصين' in [f for _, f in clitic_readings("والصين")], 'الامم' in [f for _, f in clitic_readings("للامم")])
    (True, True)
    """
    readings: list[tuple[int, str]] = [(0, norm)]
    seen = {norm}

    def add(strip: int, form: str) -> None:
        if len(form) >= 2 and form not in seen:
            seen.add(form)
            readings.append((strip, form))

    conj_options = [(0, norm)]
    if norm[:1] in _CONJ:
        conj_options.append((1, norm[1:]))
    for c_len, rest in conj_options:
        add(c_len, rest)
        if rest[:1] in _PREP:
            after = rest[1:]
            add(c_len + 1, after)
            if rest[:1] == "ل" and after.startswith("ل"):
                # لل + noun = ل + ال + noun: the article's alef is elided after ل
                add(c_len + 1, "ا" + after)
    return readings


def strip_offset(original: str, letters: int) -> int:
    """Index in ``original`` after ``letters`` base letters, skipping marks that normalisation drops.

    >>> strip_offset("وَالصين", 1)
    2
    """
    count = 0
    i = 0
    while i < len(original) and count < letters:
        if not _DROP.match(original[i]):
            count += 1
        i += 1
    while i < len(original) and _DROP.match(original[i]):
        i += 1
    return i


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalize(text)`` plus, for each output character, its index in ``text`` (and len at the end).

    >>> norm, offs = normalize_with_offsets("الـ77 مَعَ")
    >>> norm, offs[norm.index("مع")]
    ('ال77 مع', 6)
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = normalize(ch)
        out.append(folded)
        offsets.extend([i] * len(folded))
    offsets.append(len(text))
    return "".join(out), offsets
