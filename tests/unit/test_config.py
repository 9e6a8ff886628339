from pathlib import Path

import pytest

from kg.config import FORMATS, BuildConfig, shared_dir
from kg.errors import KgError


def test_ttl_always_comes_first_and_formats_are_not_repeated():
    assert BuildConfig([Path("in")], Path("out"), formats=["nt"]).formats == ["ttl", "nt"]
    assert BuildConfig([Path("in")], Path("out"), formats=["trig", "ttl", "nt", "trig"]).formats == ["ttl", "trig", "nt"]
    assert BuildConfig([Path("in")], Path("out")).formats == ["ttl"]
    assert set(FORMATS) == {"ttl", "nt", "jsonld", "trig"}


@pytest.mark.parametrize("formats", [["xml"], ["ttl", "rdfxml"], []])
def test_a_bad_format_is_a_kg_error(formats):
    with pytest.raises(KgError, match="choose from"):
        BuildConfig([Path("in")], Path("out"), formats=formats)


def test_build_config_is_the_same_class_from_kg_build():
    from kg.builder import BuildConfig as FromBuild

    assert FromBuild is BuildConfig
    assert BuildConfig([Path("in")], Path("out")).gazetteers == ()


def test_the_shared_folder_comes_from_the_option_then_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SILAT_SHARED", str(tmp_path))
    assert shared_dir("elsewhere") == Path("elsewhere")
    assert shared_dir() == tmp_path
