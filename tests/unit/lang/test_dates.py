import pytest

from kg.lang.ar.dates import Calendar, explicit_date, parse_dateline, parse_published, resolve_relative, time_ago, years_named
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


@pytest.mark.parametrize("text", [
    "قال الوزير إن بلاده سترد.\nوفي 13 نوفمبر 2015 شهدت فرنسا أسوأ اعتداء في تاريخها",
    "قال الوزير إن بلاده سترد.\nولد الوزير في 20 نوفمبر 1948 في بالتيمور",
])
def test_a_dated_line_of_the_story_is_no_dateline(cal, text):
    # a line further down that opens on a date (with no agency) tells the story: taken for the dateline, its
    # date would replace the published day that every weekday and أمس is counted from
    assert parse_dateline(cal, text) is None


@pytest.mark.parametrize("text,ref,iso", [
    ("التقى هنا أمس (الأربعاء) مع", PartialDate(2022, 9, 22), "2022-09-21"),
    ("اتفق الوزيران اليوم (الثلاثاء)", PartialDate(2025, 4, 1), "2025-04-01"),
    ("اليوم الإثنين", PartialDate(2023, 9, 18), "2023-09-18"),
    ("عقدا، الخميس، اجتماعا", PartialDate(2023, 5, 6), "2023-05-04"),
    ("التقى الوزيران أول أمس في موسكو", PartialDate(2018, 6, 24), "2018-06-22"),  # the two-word row of calendar.tsv
    ("وأول أمس التقى الوزيران", PartialDate(2018, 6, 24), "2018-06-22"),
])
def test_relative_dates(cal, text, ref, iso):
    assert resolve_relative(cal, tokenize(text), ref).iso() == iso


def test_a_fronted_weekday_after_a_conjunction_dates_its_clause(cal):
    # «والأحد، رفضت»: the day opens the clause glued to و
    assert resolve_relative(cal, tokenize("والأحد، رفضت الحركة دعوة الرئيس"), PartialDate(2018, 6, 20)).iso() == "2018-06-17"


@pytest.mark.parametrize("text", ["خلال اليوم الثاني من زيارته", "وفي اليوم التالي أعلن استقالته", "في اليوم نفسه",
                                  "بمناسبة اليوم العالمي للاجئين"])
def test_today_before_an_ordinal_or_a_story_adjective_is_no_date(cal, text):
    assert resolve_relative(cal, tokenize(text), PartialDate(2018, 6, 20)) is None


@pytest.mark.parametrize("text, iso", [("تسميم العميل في الرابع من مارس الجاري", "2018-03-04"),
                                       ("في وقت سابق من مارس الحالي", "2018-03")])
def test_the_month_of_the_news_with_or_without_its_day(cal, text, iso):
    assert explicit_date(cal, text, PartialDate(2018, 3, 17)).iso() == iso


@pytest.mark.parametrize("text, iso", [
    ("قطعت علاقاتها في الخامس من حزيران/يونيو 2017", "2017-06-05"),  # an ordinal day before من and its month
    ("في كانون الثاني يناير الماضي", "2018-01"),  # the month's own second word, no من: no day
    ("في الأسبوع الأول من يونيو", "2018-06"),  # a part of the month
])
def test_a_day_written_as_an_ordinal_word(cal, text, iso):
    assert explicit_date(cal, text, PartialDate(2018, 7, 5)).iso() == iso


def test_an_ordinal_date_naming_an_event_dates_nothing(cal):
    assert explicit_date(cal, "منذ هجمات الحادي عشر من سبتمبر", PartialDate(2018, 7, 5)) is None
    assert parse_dateline(cal, "دمشق كانون الثاني يناير 2017 (سانا) قال") is None


@pytest.mark.parametrize("text", ["وصل في أبريل الجاري", "في الرابع من أبريل الجاري"])
def test_another_month_of_the_news_is_a_slip_and_no_date(cal, text):
    # «أبريل الجاري» in a March article: neither this month nor April read bare
    assert explicit_date(cal, text, PartialDate(2018, 3, 17)) is None


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



@pytest.mark.parametrize("text,ref,iso", [
    ("وقع الطرفان اتفاقا في يوليو الماضي", PartialDate(2018, 6, 24), "2017-07"),
    ("وقع الطرفان اتفاقا في يوليو المنصرم", PartialDate(2018, 6, 24), "2017-07"),  # المنصرم reads as الماضي
    ("زار الوزير موسكو في شهر مارس المنصرم", PartialDate(2018, 6, 24), "2018-03"),
    ("التقيا الشهر المنصرم", PartialDate(2018, 6, 24), "2018-05"),
    # the past few days: the week ending on the reference day, its month when it lies in one
    ("نفذت القوات ضربات في الأيام الماضية", PartialDate(2018, 5, 11), "2018-05"),
    ("تكثفت المحادثات خلال الأيام القليلة الماضية", PartialDate(2018, 7, 3), "2018"),
])
def test_a_month_or_period_before_the_reference(cal, text, ref, iso):
    assert explicit_date(cal, text, ref).iso() == iso


@pytest.mark.parametrize("text,iso", [
    ("ومنذ 2015 قدمت الولايات المتحدة دعما للتحالف", "2015"),
    ("وفي 2013، وقع البلدان اتفاقا", "2013"),
    ("وقال الوزير، منذ 2016، إن", "2016"),
])
def test_a_bare_year_opening_a_clause_dates_it(cal, text, iso):
    assert explicit_date(cal, text, PartialDate(2018, 3, 21)).iso() == iso


@pytest.mark.parametrize("text", [
    "هي أول زيارة منذ 2011",  # a comparison: the visit is not of 2011
    "انسحبت من الاتفاق المبرم في 2015",  # the agreement's year, not the withdrawal's
])
def test_a_bare_year_inside_a_clause_is_no_date(cal, text):
    assert explicit_date(cal, text, PartialDate(2018, 3, 21)) is None


def test_year_words_are_matched_as_normalised_data(cal):
    # سنة ends in ta marbuta, which normalisation folds: written in a pattern it never matched
    assert explicit_date(cal, "تأسست المنظمة سنة 1945", None) == PartialDate(1945)
    assert explicit_date(cal, "في 14 مايو سنة 1948", None) == PartialDate(1948, 5, 14)


def test_no_arabic_word_in_the_date_code():
    """The date patterns take their words from calendar.tsv; only proclitic letters stay in code."""
    import ast
    import re

    import kg.lang.ar.dates as dates

    tree = ast.parse(open(dates.__file__, encoding="utf-8").read())
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    words = [w for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
             for w in re.findall(r"[\u0621-\u064a]{2,}", n.value)]
    assert words == []


@pytest.mark.parametrize("text,iso", [
    ("زار الوزير موسكو قبل يومين", "2018-07-03"),
    ("وقبل 10 أيام، وقع الطرفان", "2018-06-25"),
    ("قبل أسبوعين", "2018-06"),  # the seven days around 21 June (18 to 24 June) lie in June
    ("قبل أسبوع", "2018"),  # 25 June to 1 July: two months, so only the year
    ("قبل خمسة أسابيع", "2018"),  # 28 May to 3 June: two months, so only the year
    ("قبل ستة أسابيع", "2018-05"),
    ("قبل شهرين", "2018-05"),
    ("قبل ثلاث سنوات", "2015"),
])
def test_a_time_counted_back_from_the_reference(cal, text, iso):
    assert explicit_date(cal, text, PartialDate(2018, 7, 5)).iso() == iso


@pytest.mark.parametrize("text", ["قبل يومين من القمة", "قبل عام على الانتخابات", "قبل عام 2016", "قبل القمة"])
def test_a_time_counted_from_something_else_is_no_date(cal, text):
    assert time_ago(cal, text, PartialDate(2018, 7, 5)) is None


@pytest.mark.parametrize("text,iso", [
    # the Levantine name without its article, as the second of a pair: read as a month, the year after it kept
    ("بعد أن قامت بسحبه في نوفمبر/تشرين ثاني من عام 2017", "2017-11"),
    ("في يناير/ كانون ثاني الماضي", "2018-01"),
    ("في 2 أكتوبر/تشرين أول الجاري", "2018-10-02"),
])
def test_levantine_month_names_without_the_article(cal, text, iso):
    assert explicit_date(cal, text, PartialDate(2018, 10, 9)).iso() == iso


def test_a_gap_counted_back_from_a_later_event(cal):
    from kg.lang.ar.dates import count_back, gap_before
    assert count_back(gap_before(cal, "بعد يومين من إعلان"), PartialDate(2018, 8, 10)).iso() == "2018-08-08"
    assert count_back(gap_before(cal, "عقب ثلاثة أشهر على"), PartialDate(2018, 2, 10)).iso() == "2017-11"
    # days not counted: no day
    assert count_back(gap_before(cal, "بعد أيام من"), PartialDate(2018, 8, 10)) is None
