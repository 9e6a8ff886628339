"""Datelines, explicit dates and relative dates in Arabic news, resolved to :class:`PartialDate`.

Wire copy opens with ``PLACE DAY MONTH YEAR (AGENCY)`` (``موسكو أول أبريل 2025 (شينخوا)``);
relative words in the body (``أمس (الأربعاء)``, ``اليوم الإثنين``) are resolved against that date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kg.data import data_path, read_tsv
from kg.errors import DataError
from kg.lang.ar.clitics import without_conjunction
from kg.lang.ar.normalize import normalize, normalize_with_offsets
from kg.records import Dateline, PartialDate, Token


def _alternation(forms) -> str:
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


# Kinds of calendar.tsv rows: a table of forms to numbers each.
PERIODS = {"period-week": "week", "period-month": "month", "period-year": "year"}
# Units of a time counted back from the reference date (قبل يومين), with the count each word says.
DURATIONS = {"duration-hour": "hour", "duration-day": "day", "duration-week": "week", "duration-month": "month",
             "duration-year": "year"}
_KINDS = ("month", "weekday", "relative", "ordinal", *PERIODS, "month-lead", "month-word", "year-word", "year-lead", "of",
          "past", "background", "auxiliary", "particle", "ago", "ago-from", "about", *DURATIONS, "count", "prior", "daytime", "since",
          "current", "day-noun", "this", "ordinal-of", "ordinal-part", "ordinal-name", "next-day")


@dataclass(frozen=True)
class Calendar:
    """Month names (Egyptian/Gulf and Levantine), weekdays, relative day words and ordinals, with the
    date patterns compiled from them. Loaded once per run (``calendar.tsv``) and passed to whoever reads dates.

    Besides dates, it lists what tells that a clause speaks of a past it does not date (``background``:
    حينها، آنذاك، في مطلع السبعينات; the pluperfect كان ... قد from ``auxiliary`` and ``particle``):
    such a clause never takes the article's date.
    """

    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    ordinals: dict[str, int]
    patterns: dict[str, re.Pattern]
    periods: dict[str, tuple[str, int]] = field(default_factory=dict)  # الشهر الماضي -> (month, -1)
    auxiliaries: frozenset[str] = frozenset()  # كان، كانت
    particles: frozenset[str] = frozenset()  # قد
    durations: dict[str, tuple[str, int]] = field(default_factory=dict)  # يومين -> (day, 2)
    counts: dict[str, int] = field(default_factory=dict)  # ثلاثة -> 3
    priors: frozenset[str] = frozenset()  # بعد، عقب: what follows happened before the clause's event
    daytimes: frozenset[str] = frozenset()  # ظهر: بعد ظهر الجمعة is a time of day, no earlier event
    sinces: frozenset[str] = frozenset()  # منذ: what follows is when a state began, not the clause's event
    currents: frozenset[str] = frozenset()  # حاليا: a present under way, not the day's programme
    day_nouns: frozenset[str] = frozenset()  # التالي: اليوم التالي is a day of the story, not today
    # the words of a time phrase (weekdays, relative days, months, the words of periods: المقبل), read once
    time_words: frozenset[str] = frozenset()
    ordinal_parts: frozenset[str] = frozenset()  # الأسبوع: الأسبوع الأول من يونيو is a part of June, not its 1st
    ordinal_names: frozenset[str] = frozenset()  # هجمات: هجمات الحادي عشر من سبتمبر names an event, dates no clause
    next_days: dict[str, int] = field(default_factory=dict)  # غداة: the morrow of what follows, a day after it

    @cached_property
    def month_words(self) -> frozenset[str]:
        """Each word of the month names (كانون and الثاني of «كانون الثاني»), read once per calendar: a
        timeline head (:func:`date_head`) is tested against them on every sentence."""
        return frozenset(w for form in self.months for w in form.split())

    @classmethod
    def load(cls, path: Path | None = None) -> "Calendar":
        path = path or data_path("calendar.tsv")
        tables: dict[str, dict[str, int]] = {kind: {} for kind in _KINDS}
        for number, (form, kind, value) in read_tsv(path, 3):
            if kind not in tables or not value.lstrip("-").isdigit():
                raise DataError(f"{path}:{number}: unknown kind {kind!r} or non-numeric value {value!r}")
            tables[kind][normalize(form)] = int(value)
        periods = {form: (unit, offset) for kind, unit in PERIODS.items() for form, offset in tables[kind].items()}
        durations = {form: (unit, n) for kind, unit in DURATIONS.items() for form, n in tables[kind].items()}
        return cls(tables["month"], tables["weekday"], tables["relative"], {**tables["ordinal"], **tables["ordinal-of"]},
                   _compile(tables, periods),
                   periods, frozenset(tables["auxiliary"]), frozenset(tables["particle"]), durations, tables["count"],
                   frozenset(tables["prior"]) | frozenset(tables["next-day"]), frozenset(tables["daytime"]),
                   frozenset(tables["since"]),
                   frozenset(tables["current"]), frozenset(tables["day-noun"]),
                   frozenset(tables["weekday"]) | frozenset(tables["relative"]) | frozenset(tables["month"])
                   | frozenset(w for form in periods for w in form.split()), frozenset(tables["ordinal-part"]),
                   frozenset(tables["ordinal-name"]), tables["next-day"])


def _compile(tables: dict[str, dict[str, int]], periods: dict[str, tuple[str, int]]) -> dict[str, re.Pattern]:
    """The date patterns, every word in them from ``calendar.tsv`` (only the proclitics و، ف، ب، ل are
    written here, as in :mod:`kg.lang.ar.clitics`)."""
    def words(*kinds: str) -> str:
        forms = [form for kind in kinds for form in tables[kind]]
        return _alternation(forms) if forms else r"(?!x)x"  # an empty kind matches nothing

    months = words("month")
    # a month may be written twice, in both calendars' names: حزيران/يونيو، يوليو/تموز
    month = rf"(?P<month>{months})(?: ?/ ?(?:{months}))?"
    day = rf"(?P<day>\d{{1,2}}|{words('ordinal')})"
    of, month_word = rf"(?:(?:{words('of')}) )?", rf"(?:(?:{words('month-word')}) )?"
    year = rf"(?:(?:{words('year-word')}) )?(?P<year>\d{{4}})"
    return {
        "dateline": re.compile(
            rf"^(?P<place>[^\d\s()\u060c,:]+(?: [^\d\s()\u060c,:]+){{0,3}}) {day} {month} "
            rf"(?P<year>\d{{4}})(?: \((?P<agency>[^()]{{1,40}})\))?"
        ),
        # a dateline with no date, the agency in brackets and a dash after (دبي، الإمارات العربية المتحدة
        # (CNN)-- ...): a place and its country, at most four words each
        "dateline_place": re.compile(
            r"^(?P<place>[^\d\s()\u060c,:-]+(?: [^\d\s()\u060c,:-]+){0,3}"
            r"(?:[\u060c,] ?[^\d\s()\u060c,:-]+(?: [^\d\s()\u060c,:-]+){0,3})?) ?\((?P<agency>[^()]{1,40})\) ?[-\u2013\u2014]+"
        ),
        # 20 مارس، يومي 20 و21 مارس، 28-29 حزيران (a span: its first day)، 20 من مارس من عام 2023
        # الخامس من حزيران/يونيو: an ordinal-of day only with من (كانون الثاني يناير is one month, not its 2nd)
        "full": re.compile(rf"(?<!\S)(?:{day}(?: و\d{{1,2}}| ?- ?\d{{1,2}})? {of}|(?P<oday>{words('ordinal-of')}) "
                           rf"(?:{words('of')}) ){month}(?: {of}{year})?"),
        "month_year": re.compile(rf"(?<!\S){month_word}ب?{month} {of}{year}"),
        "month_past": re.compile(rf"(?<!\S){month_word}{month} (?:{words('past')})"),
        # the month the news is in, its day written as a word or not at all (في الرابع من مارس الجاري، في
        # وقت سابق من أبريل الحالي): the reference's month, when it is the one named
        "month_this": re.compile(rf"(?<!\S){month_word}ب?{month} (?:{words('this')})(?!\w)"),
        # a month alone only after a word that makes it a date (في يونيو، خلال شهر مايو), or written in
        # both calendars: مارس alone is also a verb (مارس ضغوطا)
        "month_bare": re.compile(
            rf"(?<!\w)(?:و?(?:{words('month-lead', 'month-word')}) {month_word}{month}(?!\w)"
            rf"|(?P<month2>{months}) ?/ ?(?:{months})(?!\w))"),
        "period": re.compile(rf"(?<!\w)(?:ف|و)?(?P<period>{_alternation(periods) or r'(?!x)x'})(?!\w)"),
        "background": re.compile(rf"(?<!\w)(?:ف|و|ب|ل)?(?:{words('background')})(?!\w)"),
        # قبل يومين، قبل ثلاثة أيام، قبل نحو أسبوعين: counted back from the reference date, unless
        # من or على follows (قبل يومين من القمة: counted from something else) or a year's number
        "ago": re.compile(
            rf"(?<!\w)(?:ف|و)?(?:{words('ago')}) (?:(?:{words('about')}) )?(?:(?P<count>\d{{1,2}}|{words('count')}) )?"
            rf"(?P<unit>{words(*DURATIONS)})(?!\w)(?! ?\d)(?! (?:{words('ago-from')})(?!\w))"),
        # بعد يومين من إعلان، عقب ثلاثة أيام على الهجوم: at a prior word, the earlier event counted
        # back from the later one (the gap, then من or على)
        "gap": re.compile(
            rf"(?:ف|و)?(?:{words('prior')}) (?:(?:{words('about')}) )?(?:(?P<count>\d{{1,2}}|{words('count')}) )?"
            rf"(?P<unit>{words(*DURATIONS)}) (?:{words('ago-from')})(?!\w)"),
        "year": re.compile(rf"(?<!\S)(?:{words('year-word')}) (?P<year>(?:19|20)\d\d)"),
        # وفي 2013، ... / ومنذ 2015 قدم: a bare year opening a clause (a year-lead word, no year-word)
        "year_lead": re.compile(
            rf"(?:^|[.\u060c,:] ?)(?:و|ف)?(?:{words('year-lead')}) (?P<year>(?:19|20)\d\d)(?![\d/])"),
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
    >>> d = parse_dateline(cal, "دبي، الإمارات العربية المتحدة (CNN)-- وصف الوزير")
    >>> d.place, d.date, d.agency
    ('دبي، الإمارات العربية المتحدة', None, 'CNN')
    >>> parse_dateline(cal, "أكد وزير الخارجية الروسي اليوم") is None
    True
    """
    pattern, undated = cal.patterns["dateline"], cal.patterns["dateline_place"]
    offset, first = 0, True
    for line in text[:search_chars].split("\n"):
        norm = normalize(line)
        m = pattern.match(norm) or undated.match(norm)
        # a dated line with no agency opens the text, or it is a line of the story that starts on a date
        # (في 13 نوفمبر 2015، شهدت فرنسا; ولد بولتون في 20 نوفمبر 1948): no dateline, whose date would
        # replace the published one as the day every weekday and أمس is counted from (corpus, 14,730
        # articles from line 6000: 38 such dated lines, 36 of them years or months off the published day)
        if m and (m["agency"] or first):  # the offsets (a Python step per character) only for the line that holds the dateline
            offs = normalize_with_offsets(line)[1]
            date = _safe(int(m["year"]), cal.months[m["month"]], _day(cal, m["day"])) if "year" in m.re.groupindex else None
            agency = line[offs[m.start("agency")]:offs[m.end("agency")]] if m["agency"] else None
            return Dateline(line[: offs[m.end("place")]], date, agency, offset, offset + offs[m.end()])
        first = first and not line.strip()
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


def _weekday_after(ref: dt.date, weekday: int) -> dt.date:
    return ref + dt.timedelta(days=(weekday - ref.isoweekday()) % 7)


def resolve_relative(cal: Calendar, tokens: list[Token], ref: PartialDate | None,
                     forward: bool = False) -> PartialDate | None:
    """The date named by ``أمس``/``اليوم``/a weekday in ``tokens``, relative to ``ref``.

    A weekday alone (``الخميس``, or fronted after و: ``والأحد، رفضت``) means the latest such day on or before the reference date; with
    ``forward`` (a planned event: سيجتمع ... يوم الأربعاء) the first such day on or after it.
    ``اليوم`` before an ordinal or an adjective of the story (calendar.tsv ``day-noun``: اليوم التالي،
    اليوم الثاني من زيارته، في اليوم نفسه، اليوم العالمي) is a day of the story, not today.

    >>> from kg.lang.ar.tokenize import tokenize
    >>> cal, ref = Calendar.load(), PartialDate(2022, 9, 22)
    >>> resolve_relative(cal, tokenize("التقى وانغ يي هنا أمس (الأربعاء) مع لافروف"), ref).iso()
    '2022-09-21'
    >>> resolve_relative(cal, tokenize("اليوم الإثنين"), PartialDate(2023, 9, 18)).iso()
    '2023-09-18'
    >>> resolve_relative(cal, tokenize("عقد الوزيران، الخميس، اجتماعا"), PartialDate(2023, 5, 6)).iso()
    '2023-05-04'
    >>> resolve_relative(cal, tokenize("سيجتمع الوزيران يوم الأربعاء"), PartialDate(2018, 7, 5), forward=True).iso()
    '2018-07-11'
    >>> resolve_relative(cal, tokenize("والأحد، رفضت الحركة الدعوة"), ref).iso()
    '2022-09-18'
    >>> resolve_relative(cal, tokenize("في اليوم التالي لزيارته"), ref) is None
    True
    """
    if not ref or not ref.as_date():
        return None
    base = ref.as_date()
    norms = [t.norm for t in tokens]
    longest = max((form.count(" ") + 1 for form in cal.relative), default=1)
    for i in range(len(norms)):
        for n in range(min(longest, len(norms) - i), 0, -1):  # أول أمس before أمس
            words = " ".join(norms[i:i + n])
            bare = without_conjunction(words, cal.relative)  # وأمس، فأول أمس
            if bare in cal.relative and not (cal.relative[bare] == 0 and i + n < len(norms)
                                             and norms[i + n] in cal.day_nouns):  # اليوم التالي: no today
                return PartialDate.from_date(base + dt.timedelta(days=cal.relative[bare]))
    for norm in norms:
        day = without_conjunction(norm, cal.weekdays)  # والأحد، رفضت: a fronted day after و
        if day in cal.weekdays:
            step = _weekday_after if forward else _weekday_before
            return PartialDate.from_date(step(base, cal.weekdays[day]))
    return None


def _span(first: dt.date, last: dt.date) -> PartialDate | None:
    """As much of a date as a span of days pins down: its month when it lies in one, else its year."""
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    return PartialDate(first.year) if first.year == last.year else None


def _period(cal: Calendar, form: str, ref: PartialDate) -> PartialDate | None:
    """الأسبوع الماضي، الشهر المقبل، العام الماضي against the reference date, to the precision the
    period gives: a week is the seven days before (or after) the week ending on the reference day,
    so it names a month only when it lies in one."""
    unit, offset = cal.periods[form]
    if unit == "year":
        return PartialDate(ref.year + offset)
    if ref.month is None:
        return None
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + offset
        return PartialDate(index // 12, index % 12 + 1)
    base = ref.as_date()
    if base is None:
        return None
    last = base + dt.timedelta(days=7 * offset)
    first = last - dt.timedelta(days=6) if offset <= 0 else base + dt.timedelta(days=1)
    return _span(first, last)


def _counted_back(cal: Calendar, norm: str) -> tuple[str, int] | None:
    """The unit and count of a time counted back in a normalised text (قبل ثلاثة أيام -> day, 3);
    count 0 when none is said (قبل أيام)."""
    m = cal.patterns["ago"].search(norm)
    return _unit_count(cal, m) if m else None


def _unit_count(cal: Calendar, m: re.Match) -> tuple[str, int]:
    """The unit and count a match of a counted time holds (يومين: day, 2; ثلاثة أسابيع: week, 3)."""
    unit, n = cal.durations[m["unit"]]
    count = m["count"]
    return unit, (n if not count else int(count) if count.isdigit() else cal.counts[count])


def time_ago(cal: Calendar, text: str, ref: PartialDate | None) -> PartialDate | None:
    """The date of a time counted back from ``ref`` in ``text`` (قبل يومين، قبل ثلاثة أسابيع، قبل
    نحو عامين), as precisely as it says: days exactly; a week back is the seven days around it (their
    month when they lie in one, else the year), as الأسبوع الماضي is; months and years on the
    calendar. Hours give none (the news day stands), nor does a count not said (قبل أيام: an undated
    past, see :func:`background`).

    >>> cal, ref = Calendar.load(), PartialDate(2018, 7, 2)
    >>> [time_ago(cal, t, ref).iso() for t in ("زاره قبل يومين", "قبل ثلاثة أسابيع", "قبل نحو عامين")]
    ['2018-06-30', '2018-06', '2016']
    >>> time_ago(cal, "قبل يومين من القمة", ref), time_ago(cal, "قبل أيام", ref), time_ago(cal, "قبل عام 2016", ref)
    (None, None, None)
    """
    found = _counted_back(cal, normalize(text))
    return count_back(found, ref) if found else None


def count_back(found: tuple[str, int], ref: PartialDate | None) -> PartialDate | None:
    """``ref`` less a time (unit and count, see :func:`time_ago`), as precisely as the two allow."""
    unit, n = found
    if not n or unit == "hour" or ref is None:
        return None
    if unit == "year":
        return PartialDate(ref.year - n)
    if ref.month is None:
        return None
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 - n
        return PartialDate(index // 12, index % 12 + 1)
    base = ref.as_date()
    if base is None:
        return None
    if unit == "day":
        return PartialDate.from_date(base - dt.timedelta(days=n))
    middle = base - dt.timedelta(days=7 * n)
    return _span(middle - dt.timedelta(days=3), middle + dt.timedelta(days=3))


def gap_before(cal: Calendar, text: str) -> tuple[str, int] | None:
    """The time by which the event ``text`` opens on precedes the one its clause reports: «جاء ذلك
    بعد يومين من إعلان واشنطن عقوبات» (the announcement two days before), as a unit and count for
    :func:`count_back`; None when ``text`` opens on no counted gap (بعد إعلان، بعد أيام من).

    >>> cal = Calendar.load()
    >>> gap_before(cal, "بعد يومين من إعلان"), gap_before(cal, "عقب ثلاثة أسابيع على"), gap_before(cal, "بعد إعلان")
    (('day', 2), ('week', 3), None)

    A word of the morrow (غداة: «انعقدت القمة غداة ضربات شنتها») is such a word with its gap in it, a day.

    >>> gap_before(cal, "غداة ضربات شنتها")
    ('day', 1)
    """
    first = without_conjunction(normalize(text).split(" ", 1)[0], cal.next_days)
    if first in cal.next_days:
        return "day", cal.next_days[first]
    m = cal.patterns["gap"].match(normalize(text))
    return _unit_count(cal, m) if m else None


def counted_back_at(cal: Calendar, text: str) -> bool:
    """Whether ``text`` opens with a time counted back (وقبل أسبوعين، ...): its قبل is no schedule.

    >>> cal = Calendar.load()
    >>> counted_back_at(cal, "وقبل أسبوعين، التقى"), counted_back_at(cal, "قبل القمة")
    (True, False)
    """
    m = cal.patterns["ago"].match(normalize(text))
    return m is not None


def _month_alone(month: int, ref: PartialDate, forward: bool | None) -> PartialDate:
    """A month named without a year (في حزيران/يونيو): the occurrence nearest the reference month,
    or the latest on or before it for a past event, or the first on or after it for a planned one."""
    if ref.month is None:
        return PartialDate(ref.year, month)
    back = PartialDate(ref.year if month <= ref.month else ref.year - 1, month)
    ahead = PartialDate(ref.year if month >= ref.month else ref.year + 1, month)
    if forward is None:
        return back if (ref.month - month) % 12 <= (month - ref.month) % 12 else ahead
    return ahead if forward else back


def explicit_date(cal: Calendar, text: str, ref: PartialDate | None, context_year: int | None = None,
                  forward: bool | None = None) -> PartialDate | None:
    """The first explicit date written in ``text`` (day-month-year, month-year, a month, a period
    such as الشهر الماضي, or a year).

    A day and month without a year take the year that puts them nearest ``ref``, else
    ``context_year`` (the latest year the article names). A month alone takes the nearest year too,
    or the one before or after ``ref`` as ``forward`` says (a past or a planned event).

    >>> cal = Calendar.load()
    >>> explicit_date(cal, "في موسكو يومي 20 و21 مارس 2023", None).iso()
    '2023-03-20'
    >>> explicit_date(cal, "في قمة للاتحاد في 28-29 حزيران/يونيو الجاري", PartialDate(2018, 6, 18)).iso()
    '2018-06-28'
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
    >>> explicit_date(cal, "وقعوا اتفاقا في يوليو/تموز الماضي", PartialDate(2018, 6, 24)).iso()
    '2017-07'
    >>> explicit_date(cal, "التقى كيم في حزيران/يونيو", PartialDate(2018, 7, 5)).iso()
    '2018-06'
    >>> explicit_date(cal, "تسميم العميل في الرابع من مارس الجاري", PartialDate(2018, 3, 17)).iso()
    '2018-03-04'
    >>> explicit_date(cal, "قطعت علاقاتها في الخامس من حزيران/يونيو 2017", None).iso()
    '2017-06-05'
    >>> explicit_date(cal, "في الأسبوع الأول من يونيو", PartialDate(2018, 7, 5)).iso()
    '2018-06'
    >>> explicit_date(cal, "في كانون الثاني يناير الماضي", PartialDate(2018, 7, 5)).iso()
    '2018-01'
    >>> explicit_date(cal, "منذ هجمات الحادي عشر من سبتمبر", PartialDate(2018, 7, 5)) is None
    True
    >>> explicit_date(cal, "تسميم العميل في الرابع من أبريل الجاري", PartialDate(2018, 3, 17)) is None
    True
    >>> explicit_date(cal, "في القمة (الشهر الماضي في كندا)", PartialDate(2018, 7, 22)).iso()
    '2018-06'
    >>> explicit_date(cal, "أعلنت الأسبوع الماضي", PartialDate(2018, 6, 8)).iso()
    '2018'
    >>> explicit_date(cal, "ومنذ 2015 قدم الجيش دعما", None).iso(), explicit_date(cal, "أول زيارة منذ 2011", None)
    ('2015', None)
    """
    text = normalize(text)
    pats = cal.patterns
    m = pats["full"].search(text)
    if m:
        month = cal.months[m["month"]]
        written = m["day"] or m["oday"]
        day = _day(cal, written)
        if not written.isdigit():
            before = text[: m.start()].split()
            head = before[-1] if before else ""
            if without_conjunction(head, cal.ordinal_names) in cal.ordinal_names:
                return None  # هجمات الحادي عشر من سبتمبر: the name of an event, not a date of the clause
            if without_conjunction(head, cal.ordinal_parts) in cal.ordinal_parts:
                day = None  # الأسبوع الأول من يونيو: a part of the month, so the month only
            this = pats["month_this"].match(text, m.start("month"))
            if this and ref and month != ref.month:
                return None  # في الرابع من أبريل الجاري in a March article: a slip of the copy, as below
        if m["year"]:
            return _safe(int(m["year"]), month, day)
        if day is None:
            return _month_alone(month, ref, forward) if ref else _safe(context_year, month, None) if context_year else None
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
    m = pats["month_this"].search(text)
    if m and ref:  # another month «الجاري» is a slip of the copy: no date, not that month read bare
        return PartialDate(ref.year, ref.month) if cal.months[m["month"]] == ref.month else None
    m = pats["period"].search(text)
    if m and ref:
        found = _period(cal, m["period"], ref)
        if found:
            return found
    ago = time_ago(cal, text, ref)
    if ago:
        return ago
    m = pats["month_bare"].search(text)
    if m and ref:
        return _month_alone(cal.months[m["month"] or m["month2"]], ref, forward)
    found = [m for m in (pats["year"].search(text), pats["year_lead"].search(text)) if m]
    if found:
        return _safe(int(min(found, key=lambda m: m.start("year"))["year"]), None, None)
    return None


def background(cal: Calendar, text: str, tokens: list[Token]) -> bool:
    """Whether a clause speaks of a past it does not date: a word such as حينها or السبعينات, a
    year written as a bare number (حرب 1973), the pluperfect (كانت ... قد وقعت), or a time counted
    back by days, weeks, months or years it does not count (قبل أيام): it happened before the
    news, so the article's date is not its date.

    >>> from kg.lang.ar.tokenize import tokenize
    >>> cal = Calendar.load()
    >>> t = "وكانت روسيا والأردن قد وقعوا اتفاقا"
    >>> background(cal, t, tokenize(t)), background(cal, "في مطلع السبعينات", []), background(cal, "التقى أمس", [])
    (True, True, False)
    """
    norm = normalize(text)
    if cal.patterns["background"].search(norm) or years_named(norm):
        return True
    back = _counted_back(cal, norm)
    if back and back[0] != "hour":
        return True  # قبل أيام، قبل سنوات: before the news by a time not said
    seen_aux = False
    for tok in tokens:
        form = without_conjunction(tok.norm, cal.auxiliaries)
        if form in cal.auxiliaries:
            seen_aux = True
        elif seen_aux and form in cal.particles:
            return True
    return False


def names_week(cal: Calendar, text: str) -> bool:
    """Whether ``text`` dates by a week (الأسبوع الماضي، قبل أسبوعين): too short a time to hold an
    event told as earlier than the one it dates.

    >>> cal = Calendar.load()
    >>> names_week(cal, "ضاعفت الأسبوع الماضي الرسوم"), names_week(cal, "قبل أسبوعين"), names_week(cal, "في يونيو")
    (True, True, False)
    """
    norm = normalize(text)
    m = cal.patterns["period"].search(norm)
    if m and cal.periods[m["period"]][0] == "week":
        return True
    back = _counted_back(cal, norm)
    return bool(back and back[0] == "week")


HEAD_TOKENS = 8  # the most words of a timeline entry's date head («- 31 مارس - 1 أبريل 2018:» is 8 with its marks)


def date_head(cal: Calendar, tokens: list[Token]) -> tuple[int, bool] | None:
    """The date a line opens with as a timeline entry's head, as (its end, whether it is the whole line):
    tokens that are only time words, numbers and marks (:func:`time_word`), before a colon (an entry,
    «30 يناير 2013: الطيران الإسرائيلي يقصف ...») or making up the line (a heading over the day's items,
    «8 أكتوبر»). Why: a timeline page lists dated acts, and each is dated by its head, not by the day the
    page was published (audit s40: three items of one page stamped with its day). Whether the text there
    names a date at all is the caller's to read (:func:`explicit_date`).

    >>> from kg.lang.ar.tokenize import tokenize
    >>> cal = Calendar.load()
    >>> date_head(cal, tokenize("- 25-28 مارس 2018: كيم يزور الصين")), date_head(cal, tokenize("8 أكتوبر"))
    ((6, False), (2, True))
    >>> date_head(cal, tokenize("7 كانون الأول/ديسمبر2015: مقتل")), date_head(cal, tokenize("وقال الوزير: نرفض"))
    ((5, False), None)
    """
    month_words = cal.month_words

    def dateish(tok: Token) -> bool:
        # a year glued to its month («ديسمبر2015») is the month's word
        return time_word(cal, tok.norm) or not any(ch.isalpha() for ch in tok.text) \
            or without_conjunction(re.sub(r"\d+$", "", tok.norm), month_words) in month_words

    for k, tok in enumerate(tokens[: HEAD_TOKENS + 1]):
        if tok.text == ":":
            return (k, False) if k and all(dateish(t) for t in tokens[:k]) else None
        if not dateish(tok):
            return None
    return (len(tokens), True) if tokens and len(tokens) <= HEAD_TOKENS else None


def time_word(cal: Calendar, norm: str) -> bool:
    """Whether a normalised word belongs to a time phrase: a weekday, a relative day, a month, a word
    of a period (الأسبوع المقبل) or a number, a conjunction glued or not.

    >>> cal = Calendar.load()
    >>> [time_word(cal, w) for w in ("الاحد", "والمقبل", "يونيو", "12", "محادثات")]
    [True, True, True, True, False]
    """
    word = without_conjunction(norm, cal.time_words)
    return word in cal.time_words or word.isdigit()


def prior_word(cal: Calendar, tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a phrase that tells an earlier event (بعد لقاءات، عقب اجتماعه، إثر
    زيارة), not a time of day (بعد ظهر الجمعة).

    >>> from kg.lang.ar.tokenize import tokenize
    >>> cal, toks = Calendar.load(), tokenize("هددت موسكو بعد إخضاع طائرة للتفتيش وبعد ظهر الجمعة")
    >>> [k for k in range(len(toks)) if prior_word(cal, toks, k)]
    [2]
    """
    if without_conjunction(tokens[k].norm, cal.priors) not in cal.priors:
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].norm not in cal.daytimes


def since_word(cal: Calendar, tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a phrase of when something began (منذ): «أول زيارة منذ عام 2011»,
    «المفاوضات المتعثرة منذ أغسطس 2016» date the start of a state, not the event before them.

    >>> from kg.lang.ar.tokenize import tokenize
    >>> cal, toks = Calendar.load(), tokenize("أول زيارة منذ عام 2011 ومنذ ذلك الحين")
    >>> [k for k in range(len(toks)) if since_word(cal, toks, k)]
    [2, 5]
    """
    return without_conjunction(tokens[k].norm, cal.sinces) in cal.sinces


def years_named(text: str) -> list[int]:
    """Four-digit years (1900–2099) named in a text, to date day-month expressions without a year."""
    return [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
