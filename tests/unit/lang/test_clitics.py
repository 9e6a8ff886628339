from kg.lang.ar.clitics import clitic_readings, strip_offset
from kg.lang.ar.normalize import normalize


def test_clitic_readings_cover_conjunction_and_prepositions():
    assert "لافروف" in [f for _, f in clitic_readings(normalize("ولافروف"))]
    assert "موسكو" in [f for _, f in clitic_readings(normalize("بموسكو"))]
    assert "اوكرانيا" in [f for _, f in clitic_readings(normalize("لأوكرانيا"))]
    assert "الصين" in [f for _, f in clitic_readings(normalize("والصين"))]
    assert "الامم" in [f for _, f in clitic_readings(normalize("للأمم"))]
    assert clitic_readings("لبنان")[0] == (0, "لبنان")  # the unstripped reading always comes first


def test_strip_offset_points_past_the_clitics_in_the_original_text():
    for written, name in (("ولافروف", "لافروف"), ("بموسكو", "موسكو"), ("لأوكرانيا", "أوكرانيا")):
        stripped = next(n for n, f in clitic_readings(normalize(written)) if f == normalize(name))
        assert written[strip_offset(written, stripped):] == name


def test_plural_nisbas_inflect_every_word_and_skip_feminine_forms():
    from kg.lang.ar.clitics import plural_nisba, plural_nisbas
    assert plural_nisbas(["الفلسطيني", "الفلسطينية", "الكوري الشمالي"]) == [
        "الفلسطينيون", "الفلسطينيين", "الكوريون الشماليون", "الكوريين الشماليين"]
    assert plural_nisba(normalize("فلسطينيون")) and plural_nisba(normalize("الفلسطينيين"))
    assert not plural_nisba(normalize("الفلسطيني"))


def test_only_the_oblique_plural_nisba_is_oblique():
    from kg.lang.ar.clitics import oblique_plural_nisba
    assert oblique_plural_nisba(normalize("الفلسطينيين")) and oblique_plural_nisba(normalize("فلسطينيين"))
    assert not oblique_plural_nisba(normalize("الفلسطينيون")) and not oblique_plural_nisba(normalize("الفلسطيني"))
