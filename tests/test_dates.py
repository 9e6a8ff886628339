import pytest

from kg.lang.ar.dates import explicit_date, parse_dateline, resolve_relative
from kg.lang.ar.tokenize import tokenize
from kg.records import PartialDate


@pytest.mark.parametrize("text,place,iso,agency", [
    ("موسكو أول أبريل 2025 (شينخوا) اتفق", "موسكو", "2025-04-01", "شينخوا"),
    ("الأمم المتحدة 22 سبتمبر 2022 (شينخوا) التقى عضو مجلس الدولة وزير الخارجية الصيني وانغ يي هنا الـ77", "الأمم المتحدة", "2022-09-22", "شينخوا"),
    ("دوشنبه 16 سبتمبر 2021 تعهد", "دوشنبه", "2021-09-16", None),
    ("الصفحة الرئيسية\n\nالقاهرة 3 كانون الثاني 2019 (أ ف ب) قال", "القاهرة", "2019-01-03", "أ ف ب"),
])
def test_datelines(text, place, iso, agency):
    d = parse_dateline(text)
    assert (d.place, d.date.iso(), d.agency) == (place, iso, agency)
    assert text[d.start:d.end].startswith(place)


def test_no_dateline_in_plain_copy():
    assert parse_dateline("أكد وزير الخارجية الروسي، سيرجي لافروف، اليوم الإثنين") is None


@pytest.mark.parametrize("text,ref,iso", [
    ("التقى هنا أمس (الأربعاء) مع", PartialDate(2022, 9, 22), "2022-09-21"),
    ("اتفق الوزيران اليوم (الثلاثاء)", PartialDate(2025, 4, 1), "2025-04-01"),
    ("اليوم الإثنين", PartialDate(2023, 9, 18), "2023-09-18"),
    ("عقدا، الخميس، اجتماعا", PartialDate(2023, 5, 6), "2023-05-04"),
])
def test_relative_dates(text, ref, iso):
    assert resolve_relative(tokenize(text), ref).iso() == iso


def test_relative_date_needs_a_reference():
    assert resolve_relative(tokenize("اليوم الإثنين"), None) is None


def test_explicit_dates_carry_precision():
    assert explicit_date("يومي 20 و21 مارس 2023", None).precision == "day"
    assert explicit_date("في أكتوبر 2024", None).precision == "month"
    assert explicit_date("في عامي 2017 و2019", None).precision == "year"
    assert explicit_date("لا تاريخ هنا", None) is None
