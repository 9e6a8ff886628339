from kg.lang.ar.clitics import clitic_readings
from kg.lang.ar.normalize import normalize, normalize_with_offsets


def test_folds_diacritics_tatweel_alef_yaa_taa_and_bidi():
    assert normalize("الصِّينُ") == normalize("الصين")
    assert normalize("أ إ آ ٱ") == "ا ا ا ا"
    assert normalize("مصطفى") == normalize("مصطفي")
    assert normalize("القاهرة") == normalize("القاهره")
    assert normalize("روســـيا\u200f\u202b") == "روسيا"


def test_offsets_point_into_the_original():
    text = "الـ77 مَعَ لافروف"
    norm, offs = normalize_with_offsets(text)
    i = norm.index("لافروف")
    assert text[offs[i]:offs[i] + 6] == "لافروف"


def test_clitic_readings_cover_conjunction_and_prepositions():
    assert "لافروف" in [f for _, f in clitic_readings(normalize("ولافروف"))]
    assert "موسكو" in [f for _, f in clitic_readings(normalize("بموسكو"))]
    assert "اوكرانيا" in [f for _, f in clitic_readings(normalize("لأوكرانيا"))]
    assert "الصين" in [f for _, f in clitic_readings(normalize("والصين"))]
    assert "الامم" in [f for _, f in clitic_readings(normalize("للأمم"))]
    assert clitic_readings("لبنان")[0] == (0, "لبنان")  # the unstripped reading always comes first
