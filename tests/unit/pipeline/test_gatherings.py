"""A meeting named only by a noun (القمة بين، اللقاء بين) is the meeting the article tells of elsewhere (step mod181,
annotate.settle_gatherings): planned when the article reports a planned meeting of the same parties and none
of theirs as held; asserted when a verb tells it as held."""
from __future__ import annotations

import pytest

TO_COME = ("لم تكن جنيف مطروحة لاستضافة القمة بين الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين. "
           "وقال مسؤول إن ترامب سيلتقي بوتين في هلسنكي.")
HELD = ("التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين في هلسنكي. "
        "وقال مسؤول إن القمة بين ترامب وبوتين كانت مثمرة. وقال إن ترامب سيلتقي بوتين مجددا في الخريف.")


def _modalities(text: str, resources) -> set[str]:
    from kg.pipeline.extract import extract
    from kg.pipeline.ingest import make_document

    x = extract(make_document(text, "t", "t", resources.calendar, published="2018-07-10"), resources)
    return {e.modality for e in x.events if e.type == "Meeting"
            and {"person/donald-trump", "person/vladimir-putin"} <= set(e.participants)}


@pytest.mark.parametrize("text, expected", [(TO_COME, {"Planned"}), (HELD, {"Asserted", "Planned"})])
def test_a_summit_named_by_a_noun_takes_the_articles_modality(resources, text, expected):
    assert _modalities(text, resources) == expected


# told as it happens: the future was said of the news day itself («حيث ستعقد القمة بينهما اليوم»), and the
# noun mentions after it are of the summit held (the review of step 25, a live report of a summit's day)
SAME_DAY = ("ووصل ترامب وبوتين إلى هلسنكي حيث سيلتقي ترامب بوتين اليوم. "
            "وتلا ذلك اجتماع ثنائي بين ترامب وبوتين اقتصرت المشاركة فيه على المترجمين.")


def test_a_summit_planned_for_the_news_day_leaves_its_noun_mentions_asserted(resources):
    assert "Asserted" in _modalities(SAME_DAY, resources)


# a planned date known only to the month of the news day is still to come (the third review of step 25): only a
# planned day on or before the news day leaves the noun mentions asserted
THIS_MONTH = ("ومن المقرر أن يلتقي ترامب بوتين في يوليو الجاري. "
              "وأثارت القمة بين ترامب وبوتين اهتماما واسعا.")


def test_a_summit_planned_for_the_news_month_plans_its_noun_mentions(resources):
    assert _modalities(THIS_MONTH, resources) == {"Planned"}
