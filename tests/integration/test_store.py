"""Push and remote query round-trips against a real Oxigraph server (the `oxigraph` binary from PyPI)."""

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from tests.helpers import wait_for_http
from tests.paths import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    beside = Path(sys.executable).parent / "oxigraph"  # pip puts it beside python even when PATH lags
    binary = shutil.which("oxigraph") or (str(beside) if beside.is_file() else None)
    assert binary, "the oxigraph server binary is missing: pip install oxigraph (the test extra installs it)"
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_for_http(f"{base}/query?query=ASK%7B%7D", proc, "oxigraph serve")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def test_push_then_every_named_query_matches_the_local_file(oxigraph_server, seeds_build):
    graph = seeds_build[0] / "graph.ttl"
    r = kg("push", graph, "--store", f"{oxigraph_server}/store")
    assert r.returncode == 0 and "pushed" in r.stdout, r.stderr
    for name, extra in (("meetings", ()), ("visits", ()), ("stances", ()), ("timeline", ("--param", "entity=لافروف"))):
        remote = kg("query", "--endpoint", f"{oxigraph_server}/query", name, "--format", "csv", *extra)
        local = kg("query", graph, name, "--format", "csv", *extra)
        assert remote.returncode == 0, remote.stderr
        assert remote.stdout == local.stdout and remote.stdout.count("\n") > 1, name
    # PUT replaces: pushing twice leaves the same number of triples
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    first = kg("query", "--endpoint", f"{oxigraph_server}/query", count, "--format", "csv").stdout
    kg("push", graph, "--store", f"{oxigraph_server}/store")
    assert kg("query", "--endpoint", f"{oxigraph_server}/query", count, "--format", "csv").stdout == first


def test_named_graph_push(oxigraph_server, seeds_build):
    r = kg("push", seeds_build[0] / "graph.ttl", "--store", f"{oxigraph_server}/store", "--graph", "https://example.org/g1")
    assert r.returncode == 0, r.stderr
    ask = "ASK { GRAPH <https://example.org/g1> { ?s a <https://w3id.org/silat/ontology#Meeting> } }"
    assert kg("query", "--endpoint", f"{oxigraph_server}/query", ask, "--format", "csv").stdout == "true\n"


class _Refusing(http.server.BaseHTTPRequestHandler):
    """A real HTTP server that answers like a store refusing us (401, 403) or failing (500).

    It reads the whole request body before answering, as a real server does: answering with the
    upload still unread made the client's send fail now and then with "Broken pipe" or a connection
    reset (the socket closed on unread data) instead of reading the status.
    """

    def _read_body(self) -> int:
        remaining = int(self.headers.get("Content-Length") or 0)
        received = 0
        while received < remaining:
            chunk = self.rfile.read(min(remaining - received, 1 << 16))
            if not chunk:  # the client went away mid-upload
                break
            received += len(chunk)
        return received

    def do_PUT(self):
        self._read_body()
        if "slow" in self.path:
            time.sleep(3)
        code = 401 if "auth" in self.path else 403 if "forbidden" in self.path else 500
        body = b"store says no\n"
        try:
            self.send_response(code)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (the timeout case)
            pass

    do_POST = do_PUT

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def refusing_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Refusing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("where,needle", [
    ("down", "store not reachable"),
    ("missing", "HTTP 404"),
    ("auth", "HTTP 401"),
    ("forbidden", "HTTP 403"),
    ("fail", "HTTP 500"),
    ("slow", "no answer within 1 s"),
])
def test_store_errors_are_one_line_and_never_success(oxigraph_server, refusing_server, seeds_build, where, needle):
    url = {"down": f"http://127.0.0.1:{_free_port()}/store", "missing": f"{oxigraph_server}/nothing",
           "auth": f"{refusing_server}/auth", "forbidden": f"{refusing_server}/forbidden",
           "fail": f"{refusing_server}/store", "slow": f"{refusing_server}/slow"}[where]
    r = kg("push", seeds_build[0] / "graph.ttl", "--store", url, "--timeout", "1")
    assert r.returncode != 0 and "pushed" not in r.stdout
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_malformed_remote_query_is_a_query_error(oxigraph_server):
    r = kg("query", "--endpoint", f"{oxigraph_server}/query", "SELECT nonsense WHERE {")
    assert r.returncode != 0 and "malformed SPARQL" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_serve_answers_sparql_and_the_page_and_stops_on_ctrl_c(seeds_build):
    import signal

    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(seeds_build[0]), "--port", str(_free_port())],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        ready = proc.stdout.readline()
        assert ready.startswith("serving "), ready + proc.stderr.read()
        endpoint = ready.split("SPARQL ")[1].split(",")[0]
        page = urllib.request.urlopen(endpoint.replace("/query", "/"), timeout=5).read().decode("utf-8")
        assert "<html" in page.lower()
        remote = kg("query", "--endpoint", endpoint, "meetings", "--format", "csv")
        local = kg("query", seeds_build[0] / "graph.ttl", "meetings", "--format", "csv")
        assert remote.returncode == 0 and remote.stdout == local.stdout, remote.stderr
        bad = kg("query", "--endpoint", endpoint, "SELECT nonsense WHERE {")
        assert bad.returncode != 0 and "malformed SPARQL" in bad.stderr
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
    assert proc.returncode == 0 and "stopped" in proc.stderr.read()
