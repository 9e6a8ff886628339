"""``kg serve`` and ``kg query`` as subprocesses: every query form over HTTP, queries stopped by a
time limit, by a client hanging up and by Ctrl-C, and the server's guards against DNS rebinding,
other sites' pages, huge bodies and bursts of clients (reliability issue, causes 3, 6, 7)."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests import browser
from tests.integration.test_store import _free_port, kg
from tests.paths import ROOT

ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
JP = "https://w3id.org/silat/id/country/JP"


def _children(pid: int) -> list[int]:
    """The live child processes of ``pid`` (Linux /proc), i.e. the server's running queries."""
    kids = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids += [int(k) for k in (task / "children").read_text().split()]
    return kids


@pytest.fixture(scope="module")
def server(seeds_build):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(seeds_build[0]), "--port", str(port),
                             "--timeout", "3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    ready = proc.stdout.readline()
    assert ready.startswith("serving "), ready + proc.stderr.read()
    yield proc, port
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=10)
    assert proc.returncode == 0 and "stopped" in proc.stderr.read()


def _post(port: int, query: str, headers: dict[str, str] | None = None, host: str | None = None,
          timeout: float = 20) -> tuple[int, str, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.putrequest("POST", "/query", skip_host=host is not None)
        if host is not None:
            conn.putheader("Host", host)
        body = query.encode()
        for k, v in {"Content-Type": "application/sparql-query", "Content-Length": str(len(body)), **(headers or {})}.items():
            conn.putheader(k, v)
        conn.endheaders(body)
        r = conn.getresponse()
        return r.status, r.getheader("Content-Type") or "", r.read()
    finally:
        conn.close()


def test_serve_answers_every_query_form(server):
    port = server[1]
    status, ctype, body = _post(port, f"ASK {{ <{JP}> ?p ?o }}")
    assert (status, ctype, json.loads(body)) == (200, "application/sparql-results+json", {"head": {}, "boolean": True})
    for query in (f"DESCRIBE <{JP}>", f"CONSTRUCT WHERE {{ <{JP}> ?p ?o }}"):
        status, ctype, body = _post(port, query)
        assert (status, ctype) == (200, "application/n-triples")
        assert len(list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))) >= 4
        status, ctype, body = _post(port, query, {"Accept": "text/turtle"})
        assert (status, ctype) == (200, "text/turtle") and list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    status, ctype, body = _post(port, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", {"Accept": "text/csv"})
    assert (status, ctype) == (200, "text/csv") and body.decode().split("\r\n")[0] == "s"


def test_kg_query_endpoint_prints_every_form_as_locally(server, seeds_build):
    endpoint = f"http://127.0.0.1:{server[1]}/query"
    for query, fmt in ((f"ASK {{ <{JP}> ?p ?o }}", "json"), (f"DESCRIBE <{JP}>", "nt"), ("meetings", "csv")):
        remote = kg("query", "--endpoint", endpoint, query, "--format", fmt)
        local = kg("query", seeds_build[0] / "graph.ttl", query, "--format", fmt, "--engine", "oxigraph")
        assert remote.returncode == 0 and remote.stderr == "", remote.stderr
        assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines()) and remote.stdout


def test_an_endless_query_is_stopped_by_the_server_timeout(server):
    proc, port = server
    start = time.monotonic()
    status, _, body = _post(port, ENDLESS)
    assert status == 503 and b"3 s" in body and time.monotonic() - start < 8
    time.sleep(0.5)
    assert _children(proc.pid) == []


def test_an_endless_query_stops_when_its_client_hangs_up(server):
    proc, port = server
    with socket.create_connection(("127.0.0.1", port)) as s:
        body = ENDLESS.encode()
        s.sendall(b"POST /query HTTP/1.0\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/sparql-query\r\n"
                  b"Content-Length: %d\r\n\r\n%s" % (port, len(body), body))
        deadline = time.monotonic() + 2
        while not _children(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _children(proc.pid), "the query never started: the test would prove nothing"
    time.sleep(1)  # well before the 3 s limit
    assert _children(proc.pid) == []


@pytest.mark.parametrize("host", ["evil.example:1234", "rebound.example", "127.0.0.1:1", ""])
def test_a_host_that_is_not_loopback_is_refused(server, host):
    status, _, body = _post(server[1], "ASK {}", host=host)
    assert status == 421 and b"Host" in body


def test_loopback_hosts_and_own_origin_are_served_other_origins_refused(server):
    port = server[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"):
        assert _post(port, "ASK {}", host=host)[0] == 200
    assert _post(port, "ASK {}", {"Origin": f"http://127.0.0.1:{port}"})[0] == 200
    status, _, body = _post(port, "ASK {}", {"Origin": "http://evil.example"})
    assert status == 403 and b"cross-origin" in body


def test_a_body_over_one_megabyte_is_refused_before_it_is_read(server):
    port = server[1]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"POST /query HTTP/1.0\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/sparql-query\r\n"
                  b"Content-Length: %d\r\n\r\n" % (port, 2 << 20))  # announces 2 MB, sends none of it
        assert s.recv(100).startswith(b"HTTP/1.0 413 ")


def test_a_silent_client_does_not_stop_the_others_and_thirty_parallel_clients_are_all_answered(server):
    port = server[1]
    silent = socket.create_connection(("127.0.0.1", port))  # connects, never sends a request
    try:
        query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        with ThreadPoolExecutor(30) as pool:
            answers = list(pool.map(lambda _: _post(port, query, timeout=60), range(30)))
        assert [a[0] for a in answers] == [200] * 30
        assert len({a[2] for a in answers}) == 1
    finally:
        silent.close()


def test_kg_query_stops_at_once_on_ctrl_c(seeds_build):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", str(seeds_build[0] / "graph.ttl"), ENDLESS,
                             "--engine", "oxigraph"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, start_new_session=True)
    time.sleep(2)  # loaded and deep in the query
    start = time.monotonic()
    import os

    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    out, err = proc.communicate(timeout=10)
    assert time.monotonic() - start < 2
    assert proc.returncode == 130 and err == "kg: interrupted\n" and out == ""


def test_a_form_query_and_a_get_query_work(server):
    port = server[1]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/query?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}))
    assert json.loads(conn.getresponse().read())["boolean"] is True
    conn.close()


def test_the_query_page_lists_the_named_queries_and_is_self_contained(server):
    conn = http.client.HTTPConnection("127.0.0.1", server[1], timeout=20)
    conn.request("GET", "/sparql")
    r = conn.getresponse()
    page = r.read().decode("utf-8")
    assert r.status == 200 and r.getheader("Content-Type").startswith("text/html")
    for name in ("events", "meetings", "meetings-evidence", "timeline"):
        assert f'"{name}": "' in page
    assert "<script src" not in page and "<link" not in page  # nothing fetched from elsewhere


@pytest.mark.skipif(browser.available() is not None and not os.environ.get("SILAT_REQUIRE_BROWSER"),
                    reason=str(browser.available()))
def test_the_query_page_runs_every_form_in_a_real_browser(server, seeds_build):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    local = kg("query", seeds_build[0] / "graph.ttl", "meetings", "--format", "csv").stdout
    with browser.chromium(loopback=True) as driver:
        driver.get(f"http://localhost:{server[1]}/sparql")
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))

        def run(text: str | None = None) -> str:
            if text is not None:
                driver.execute_script("document.getElementById('text').value = arguments[0]", text)
            before = driver.execute_script("return document.body.dataset.done || ''")
            driver.find_element(By.ID, "run").click()
            WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.done || ''") != before)
            return driver.find_element(By.ID, "status").text

        Select(driver.find_element(By.ID, "named")).select_by_value("meetings")
        assert "meetings" in driver.find_element(By.ID, "text").get_attribute("value").lower()
        rows = local.count("\n") - 1
        assert run().startswith(f"{rows} rows")
        cells = driver.find_elements(By.CSS_SELECTOR, "#out tbody tr")
        assert len(cells) == rows and "res:event/" in cells[0].text
        assert run(f"ASK {{ <{JP}> ?p ?o }}").startswith("ASK") and driver.find_element(By.ID, "out").text == "true"
        assert run(f"DESCRIBE <{JP}>").startswith("graph (Turtle)") and "اليابان" in driver.find_element(By.ID, "out").text
        assert run("SELECT nonsense WHERE {").startswith("400:")
