"""Article text and records are untrusted: nothing in them may run, link or break the page.

The integration tier opens the same page in Chromium (tests/integration/test_html.py)."""

from __future__ import annotations

import json
import re

import pytest

from kg.builder import BuildConfig, run_build

HOSTILE_URL = "javascript:alert(document.domain)"
# a meeting the gazetteer recognizer finds, in a sentence that carries markup
HOSTILE_TEXT = ("بكين 3 مارس 2024 (شينخوا) التقى وزير الخارجية الصيني وانغ يي نظيره الروسي سيرجي لافروف "
                "<!--<script> اليوم في بكين </script><script>window.pwned = 1</script> & بحثا التعاون.")


def hostile_build(folder):
    corpus = folder / "hostile.jsonl"
    record = {"id": "h1", "text": HOSTILE_TEXT, "url": HOSTILE_URL, "title": "</title><script>window.pwned = 2</script>"}
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    run_build(BuildConfig([corpus], folder / "out", ner="gazetteer", quiet=True))
    return folder / "out" / "graph.html"


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory):
    return hostile_build(tmp_path_factory.mktemp("hostile")).read_text(encoding="utf-8")


def test_no_text_can_end_or_extend_the_data_element(hostile_page):
    m = re.search(r'<script type="application/json" id="silat-data">(.*?)</script>', hostile_page, re.S)
    assert m
    assert not re.search("[<>&]", m.group(1))
    data = json.loads(m.group(1))
    # the text itself is kept as written: escaping is only how it is embedded
    assert any("<!--<script>" in s["text"] and "&" in s["text"] for s in data["sources"])
    assert "window.pwned = 1" not in hostile_page.replace(m.group(1), "")


def test_only_web_urls_become_links(hostile_page):
    data = json.loads(re.search(r'id="silat-data">(.*?)</script>', hostile_page, re.S).group(1))
    assert data["sources"] and all(s["url"] is None for s in data["sources"])
    assert "alert(document.domain)" not in hostile_page
