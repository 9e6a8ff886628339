"""The words that shape how an office title phrase reads (``kg/data/role_cues.tsv``).

Kept apart from the gazetteer because they name nothing: they only tell the linker whether a
title phrase goes on past them (a filler such as الحالي), ends in a past office (السابق), or
names the post of a sending official (لدى، في), or names more than one holder (الرئيسان:
a bare title refers to one person only); ``definite`` gives the article's forms, which
mark the nouns of a portfolio (وزير البيئة والمياه).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.data import data_path, read_tsv
from kg.errors import DataError
from kg.lang.ar.normalize import normalize

_KINDS = ("former", "filler", "post", "definite", "plural", "dismissal", "led", "unpossessed", "alliance",
          "party", "death", "government", "relative", "appointed", "appointment", "appointed_filler", "office_noun",
          "modifier", "conjunction", "seat", "special", "nisba", "phrase", "rank", "visit", "body", "clause", "cabinet",
          "agency", "national", "partisan", "chancellor", "chancellery")


@dataclass(frozen=True)
class RoleCues:
    """Normalised single words, one set per kind (see the data file's header)."""

    former: frozenset[str] = frozenset()
    filler: frozenset[str] = frozenset()
    post: frozenset[str] = frozenset()
    plural: frozenset[str] = frozenset()  # title words naming two or more holders (الرئيسان): never one person
    dismissal: frozenset[str] = frozenset()  # words before a title that end its holder's office (أقال، إقالة)
    led: frozenset[str] = frozenset()  # words between an organisation and the person who leads it (بقيادة)
    relative: frozenset[str] = frozenset()  # a relative pronoun that may stand before a «led by» verb (الذي يتزعمه)
    unpossessed: frozenset[str] = frozenset()  # title words read as no office with a possessive pronoun (قائده)
    alliance: frozenset[str] = frozenset()  # nouns of a bloc whose leader a «led by» names (تحالف، ائتلاف)
    government: frozenset[str] = frozenset()  # a title's last word naming a state's government (باسم الحكومة)
    death: frozenset[str] = frozenset()  # nouns of a holder's death right before a title (مقتل القيادي في ...)
    party: frozenset[str] = frozenset()  # a title's last word that heads the party named after it (رئيس حزب ...)
    appointed: frozenset[str] = frozenset()  # a title in the accusative after a name, «as minister» (وزيرا للمالية)
    appointment: frozenset[str] = frozenset()  # words of appointing someone to an office (تعيين، عين)
    appointed_filler: frozenset[str] = frozenset()  # accusative words between such a title and its «ل» (ممثلا خاصا جديدا ل...)
    office_noun: frozenset[str] = frozenset()  # «post» after «في» before an office's title (تعيين فلان في منصب وزير الدفاع)
    definite: tuple[str, ...] = ()  # the article's forms at a word's start, for str.startswith
    modifier: tuple[str, ...] = ()  # the article's forms that may start a modifier before a holder's name
    conjunction: frozenset[str] = frozenset()  # a proclitic joining an organisation to what goes before (والأمم)
    special: frozenset[str] = frozenset()  # «special» between an envoy's phrase and his post (الخاص إلى اليمن)
    seat: frozenset[str] = frozenset()  # «in» before the state or state body a home office is held in (وزير الداخلية في إيطاليا)
    nisba: tuple[str, ...] = ()  # a nisba's endings, for str.endswith: a modifier word (الكردي، العراقية)
    phrase: tuple[str, ...] = ()  # the form opening a «لل» phrase of a modifier (للأمن القومي)
    rank: frozenset[str] = frozenset()  # ranks between an organisation and the holder's name (المقدم، اللواء)
    visit: frozenset[str] = frozenset()  # a visitor's word before a seat's «في»: where he is, not his office (الزائر)
    body: frozenset[str] = frozenset()  # the first word of a party's or movement's name the gazetteer lacks (حزب، الاتحاد)
    clause: frozenset[str] = frozenset()  # a «led by» verb that needs a relative pronoun before it (يترأسها)
    cabinet: frozenset[str] = frozenset()  # a government named by the person who heads it (حكومة تسيبراس، إدارة ترامب)
    agency: frozenset[str] = frozenset()  # the first word of an administrative body's name (الهيئة، الوكالة، اللجنة)
    national: frozenset[str] = frozenset()  # a word that makes such a body a state's (الوطنية، الحكومية، الاتحادية)
    partisan: frozenset[str] = frozenset()  # a word that makes it a party's instead (اللجنة الوطنية الديمقراطية)
    chancellor: frozenset[str] = frozenset()  # a head-of-government title that is an honorific elsewhere (المستشار)
    chancellery: frozenset[str] = frozenset()  # the states (ids, normalised) whose head of government it names


def load_role_cues(path: Path | None = None) -> RoleCues:
    path = path or data_path("role_cues.tsv")
    found: dict[str, set[str]] = {k: set() for k in _KINDS}
    for number, (kind, form, _source) in read_tsv(path, 3):
        if kind not in found:
            raise DataError(f"{path}:{number}: unknown kind {kind!r} (expected one of {', '.join(_KINDS)})")
        if len(form.split()) != 1 or not any(c.isalpha() for c in form):
            # a lone # is a comment only at the start of a line: in the form column it was read as a cue
            raise DataError(f"{path}:{number}: {form!r} must be one word")
        found[kind].add(normalize(form))
    definite = tuple(sorted(found.pop("definite")))
    prefixes = {k: tuple(sorted(found.pop(k))) for k in ("modifier", "nisba", "phrase")}
    return RoleCues(**{k: frozenset(v) for k, v in found.items()}, definite=definite, **prefixes)
