"""Datelines, explicit dates and relative dates in Arabic news, resolved to :class:`PartialDate`.

Wire copy opens with ``PLACE DAY MONTH YEAR (AGENCY)`` (``موسكو أول أبريل 2025 (شينخوا)``);
relative words in the body (``أمس (الأربعاء)``, ``اليوم الإثنين``) are resolved against that date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from pathlib import Path

from kg.data import data_path, read_tsv
from kg.errors import DataError
from kg.lang.ar.normalize import normalize, normalize_with_offsets
from kg.records import Dateline, PartialDate, Token


def _alternation(forms) -> str:
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


@dataclass(frozen=True)
class Calendar:
    """Month names (Egyptian/Gulf and Levantine), weekdays, relative day words and ordinals, with the
    date patterns compiled from them. Loaded once per run (``calendar.tsv``) and passed to whoever reads dates."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    ordinals: dict[str, int]
    patterns: dict[str, re.Pattern]

    @classmethod
    def load(cls, path: Path | None = None) -> "Calendar":
        path = path or data_path("calendar.tsv")
        tables: dict[str, dict[str, int]] = {"month": {}, "weekday": {}, "relative": {}, "ordinal": {}}
        for number, (form, kind, value) in read_tsv(path, 3):
            if kind not in tables or not value.lstrip("-").isdigit():
                raise DataError(f"{path}:{number}: unknown kind {kind!r} or non-numeric value {value!r}")
            tables[kind][normalize(form)] = int(value)
        return cls(tables["month"], tables["weekday"], tables["relative"], tables["ordinal"],
                   _compile(tables["month"], tables["ordinal"]))


def _compile(months: dict[str, int], ordinals: dict[str, int]) -> dict[str, re.Pattern]:
    month = _alternation(months)
    ordinal = _alternation(ordinals)
    day = rf"(?P<day>\d{{1,2}}|{ordinal})"
    return {
        "dateline": re.compile(
            rf"^(?P<place>[^\d\s()،,:]+(?: [^\d\s()،,:]+){{0,3}}) {day} (?P<month>{month}) "
            rf"(?P<year>\d{{4}})(?: \((?P<agency>[^()]{{1,40}})\))?"
        ),
        "full": re.compile(rf"(?<!\S){day}(?: و\d{{1,2}})? (?:من )?(?P<month>{month})(?: (?:من )?(?:عام |العام )?(?P<year>\d{{4}}))?"),
        "month_year": re.compile(rf"(?<!\S)(?:شهر )?ب?(?P<month>{month}) (?:من )?(?:عام |العام )?(?P<year>\d{{4}})"),
        "month_past": re.compile(rf"(?<!\S)ف?ي? ?(?P<month>{month}) الماضي"),
        "year": re.compile(r"(?<!\S)(?:في |ف?ي? ?)?(?:عام|العام|عامي|سنة) (?P<year>(?:19|20)\d\d)"),
    }


def _day(cal: Calendar, value: str) -> int:
    return int(value) if value.isdigit() else cal.ordinals[value]


def _safe(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        if day:
            dt.date(year, month or 1, day)
        return PartialDate(year, month, day)
    except ValueError:
        return None


def parse_dateline(cal: Calendar, text: str, search_chars: int = 800) -> Dateline | None:
    """Find the wire dateline among the first lines of ``text``; offsets are into ``text``.

    >>> cal = Calendar.load()
    >>> d = parse_dateline(cal, "موسكو أول أبريل 2025 (شينخوا) اتفق وزير الخارجية")
    >>> d.place, d.date.iso(), d.agency
    ('موسكو', '2025-04-01', 'شينخوا')
    >>> d = parse_dateline(cal, "الأمم المتحدة 22 سبتمبر 2022 (شينخوا) التقى")
    >>> d.place, d.date.iso()
    ('الأمم المتحدة', '2022-09-22')
    >>> parse_dateline(cal, "دوشنبه 16 سبتمبر 2021 (شينخوا) تعهد").place
    'دوشنبه'
    >>> parse_dateline(cal, "أكد وزير الخارجية الروسي اليوم") is None
    True
    """
    pattern = cal.patterns["dateline"]
    offset = 0
    for line in text[:search_chars].split("\n"):
        norm, offs = normalize_with_offsets(line)
        m = pattern.match(norm)
        if m:
            date = _safe(int(m["year"]), cal.months[m["month"]], _day(cal, m["day"]))
            agency = line[offs[m.start("agency")]:offs[m.end("agency")]] if m["agency"] else None
            return Dateline(line[: offs[m.end("place")]], date, agency, offset, offset + offs[m.end()])
        offset += len(line) + 1
    return None


def parse_published(value: str | None) -> PartialDate | None:
    """A ``published`` field in ISO 8601 or RFC 2822 form.

    >>> parse_published("Sun, 18 Feb 2018 21:35:43 +0400").iso(), parse_published("2021-09-16T10:00:00Z").iso()
    ('2018-02-18', '2021-09-16')
    >>> parse_published("yesterday") is None
    True
    """
    if not value:
        return None
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return PartialDate.from_date(parsed.date())


def _weekday_before(ref: dt.date, weekday: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.isoweekday() - weekday) % 7)


def resolve_relative(cal: Calendar, tokens: list[Token], ref: PartialDate | None) -> PartialDate | None:
    """The date named by ``أمس``/``اليوم``/a weekday in ``tokens``, relative to ``ref``.

    A weekday alone (``الخميس``) means the latest such day on or before the reference date.

    >>> from kg.lang.ar.tokenize import tokenize
    >>> cal, ref = Calendar.load(), PartialDate(2022, 9, 22)
    >>> resolve_relative(cal, tokenize("التقى وانغ يي هنا أمس (الأربعاء) مع لافروف"), ref).iso()
    '2022-09-21'
    >>> resolve_relative(cal, tokenize("اليوم الإثنين"), PartialDate(2023, 9, 18)).iso()
    '2023-09-18'
    >>> resolve_relative(cal, tokenize("عقد الوزيران، الخميس، اجتماعا"), PartialDate(2023, 5, 6)).iso()
    '2023-05-04'
    """
    if not ref or not ref.as_date():
        return None
    base = ref.as_date()
    norms = [t.norm for t in tokens]
    for i, norm in enumerate(norms):
        bare = norm[1:] if norm[:1] in "وف" and norm[1:] in cal.relative else norm
        if bare in cal.relative:
            if bare == normalize("أمس") and i > 0 and norms[i - 1] == normalize("أول"):
                return PartialDate.from_date(base - dt.timedelta(days=2))
            return PartialDate.from_date(base + dt.timedelta(days=cal.relative[bare]))
    for norm in norms:
        if norm in cal.weekdays:
            return PartialDate.from_date(_weekday_before(base, cal.weekdays[norm]))
    return None


def explicit_date(cal: Calendar, text: str, ref: PartialDate | None, context_year: int | None = None) -> PartialDate | None:
    """The first explicit date written in ``text`` (day-month-year, month-year, or a year).

    A day and month without a year take the year that puts them nearest ``ref``, else
    ``context_year`` (the latest year the article names).

    >>> cal = Calendar.load()
    >>> explicit_date(cal, "في موسكو يومي 20 و21 مارس 2023", None).iso()
    '2023-03-20'
    >>> explicit_date(cal, "وفي 20 مارس الماضي، زار الرئيس", None, 2023).iso()
    '2023-03-20'
    >>> explicit_date(cal, "وفي 20 ديسمبر، زار", PartialDate(2023, 3, 2)).iso()
    '2022-12-20'
    >>> explicit_date(cal, "القمة المقررة في 25 مايو", PartialDate(2018, 5, 23)).iso()
    '2018-05-25'
    >>> explicit_date(cal, "في عامي 2017 و2019", None).iso()
    '2017'
    >>> explicit_date(cal, "في أكتوبر 2024", None).iso()
    '2024-10'
    """
    text = normalize(text)
    pats = cal.patterns
    m = pats["full"].search(text)
    if m:
        month = cal.months[m["month"]]
        day = _day(cal, m["day"])
        if m["year"]:
            return _safe(int(m["year"]), month, day)
        if ref:
            # the year that puts the date nearest the reference (news talks of the recent past and near future)
            anchor = dt.date(ref.year, ref.month or 7, ref.day or 1)
            options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe(y, month, day))]
            return min(options, key=lambda d: abs((dt.date(d.year, month, day) - anchor).days), default=None)
        if context_year:
            return _safe(context_year, month, day)
    m = pats["month_year"].search(text)
    if m:
        return _safe(int(m["year"]), cal.months[m["month"]], None)
    m = pats["month_past"].search(text)
    if m and ref:
        month = cal.months[m["month"]]
        return _safe(ref.year if month < (ref.month or 13) else ref.year - 1, month, None)
    m = pats["year"].search(text)
    if m:
        return _safe(int(m["year"]), None, None)
    return None


def years_named(text: str) -> list[int]:
    """Four-digit years (1900–2099) named in a text, to date day-month expressions without a year."""
    return [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
