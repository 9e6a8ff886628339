import pytest

from kg.lang.ar.dates import Calendar, explicit_date, parse_dateline, parse_published, resolve_relative, years_named
from kg.lang.ar.tokenize import tokenize
from kg.records import PartialDate


@pytest.fixture(scope="module")
def cal():
    return Calendar.load()


@pytest.mark.parametrize("text,place,iso,agency", [
    ("موسكو أول أبريل 2025 (شينخوا) اتفق", "موسكو", "2025-04-01", "شينخوا"),
    ("الأمم المتحدة 22 سبتمبر 2022 (شينخوا) التقى عضو مجلس الدولة وزير الخارجية الصيني وانغ يي هنا الـ77",
     "الأمم المتحدة", "2022-09-22", "شينخوا"),
    ("دوشنبه 16 سبتمبر 2021 تعهد", "دوشنبه", "2021-09-16", None),
    ("الصفحة الرئيسية\n\nالقاهرة 3 كانون الثاني 2019 (أ ف ب) قال", "القاهرة", "2019-01-03", "أ ف ب"),
])
def test_datelines(cal, text, place, iso, agency):
    d = parse_dateline(cal, text)
    assert (d.place, d.date.iso(), d.agency) == (place, iso, agency)
    assert text[d.start:d.end].startswith(place)


def test_no_dateline_in_plain_copy(cal):
    assert parse_dateline(cal, "أكد وزير الخارجية الروسي، سيرجي لافروف، اليوم الإثنين") is None


@pytest.mark.parametrize("text,ref,iso", [
    ("التقى هنا أمس (الأربعاء) مع", PartialDate(2022, 9, 22), "2022-09-21"),
    ("اتفق الوزيران اليوم (الثلاثاء)", PartialDate(2025, 4, 1), "2025-04-01"),
    ("اليوم الإثنين", PartialDate(2023, 9, 18), "2023-09-18"),
    ("عقدا، الخميس، اجتماعا", PartialDate(2023, 5, 6), "2023-05-04"),
])
def test_relative_dates(cal, text, ref, iso):
    assert resolve_relative(cal, tokenize(text), ref).iso() == iso


def test_relative_date_needs_a_reference(cal):
    assert resolve_relative(cal, tokenize("اليوم الإثنين"), None) is None


def test_explicit_dates_carry_precision(cal):
    assert explicit_date(cal, "يومي 20 و21 مارس 2023", None).precision == "day"
    assert explicit_date(cal, "في أكتوبر 2024", None).precision == "month"
    assert explicit_date(cal, "في عامي 2017 و2019", None).precision == "year"
    assert explicit_date(cal, "لا تاريخ هنا", None) is None


def test_a_day_and_month_without_a_year_take_the_context_year(cal):
    assert explicit_date(cal, "في 20 مارس", None, context_year=2023) == PartialDate(2023, 3, 20)


def test_published_dates_and_years_named_need_no_calendar():
    assert parse_published("2021-09-16T10:00:00Z") == PartialDate(2021, 9, 16)
    assert parse_published("") is None
    assert 2023 in years_named("التقى الوزيران في عام 2023")

