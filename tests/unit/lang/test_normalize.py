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
