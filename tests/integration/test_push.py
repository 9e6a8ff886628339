"""`kg push` against real servers: Apache httpd demanding Digest or Basic in front of the real Oxigraph
server (what is stored is counted there), and real sockets that refuse early, drop or answer garbage.

Apache is Debian's `apache2` (mod_auth_digest, mod_auth_basic, mod_proxy_http), started on a free
loopback port with a config written here. Skipped where Apache is not installed, except in CI
(.ci/run installs it and sets SILAT_REQUIRE_APACHE), where a missing Apache fails instead.
"""

import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import urllib.parse
import urllib.request
from base64 import b64encode
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.helpers import wait_for_http
from tests.integration.test_store import _free_port, kg, oxigraph_server  # noqa: F401 (a fixture)

APACHE = shutil.which("apache2") or "/usr/sbin/apache2"
MODULES = Path("/usr/lib/apache2/modules")
_MISSING = None if Path(APACHE).is_file() and (MODULES / "mod_auth_digest.so").is_file() else \
    "Apache httpd is not installed (apt-get install apache2)"
if _MISSING and os.environ.get("SILAT_REQUIRE_APACHE"):
    raise RuntimeError(f"SILAT_REQUIRE_APACHE is set but {_MISSING}")
needs_apache = pytest.mark.skipif(_MISSING is not None, reason=_MISSING or "")

USER, PASSWORD, REALM = "silat", "s3cret pass", "silat store"

_CONF = """
ServerRoot "{root}"
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile "{root}/httpd.pid"
ErrorLog "{root}/error.log"
LogLevel warn
# method, request line, status, bytes received (mod_logio): shows whether an upload went once or twice
LogFormat "%m %>s %I %r" silat
CustomLog "{root}/access.log" silat
{user}
LoadModule mpm_event_module {mods}/mod_mpm_event.so
LoadModule authn_core_module {mods}/mod_authn_core.so
LoadModule authn_file_module {mods}/mod_authn_file.so
LoadModule authz_core_module {mods}/mod_authz_core.so
LoadModule authz_user_module {mods}/mod_authz_user.so
LoadModule auth_basic_module {mods}/mod_auth_basic.so
LoadModule auth_digest_module {mods}/mod_auth_digest.so
LoadModule proxy_module {mods}/mod_proxy.so
LoadModule proxy_http_module {mods}/mod_proxy_http.so
LimitRequestBody 0

# Digest on every method (the HEAD kg sends first is challenged too)
<Location "/digest/">
    AuthType Digest
    AuthName "{realm}"
    AuthDigestProvider file
    AuthUserFile "{root}/digest.users"
    Require valid-user
</Location>
ProxyPass "/digest/" "{oxigraph}/"

# Digest on writes only: the upload itself is challenged and must be resent, signed, from the start
<Location "/digest-writes/">
    AuthType Digest
    AuthName "{realm}"
    AuthDigestProvider file
    AuthUserFile "{root}/digest.users"
    <RequireAny>
        Require method GET HEAD OPTIONS
        Require valid-user
    </RequireAny>
</Location>
ProxyPass "/digest-writes/" "{oxigraph}/"

<Location "/basic/">
    AuthType Basic
    AuthName "{realm}"
    AuthBasicProvider file
    AuthUserFile "{root}/basic.users"
    Require valid-user
</Location>
ProxyPass "/basic/" "{oxigraph}/"

<Location "/basic-writes/">
    AuthType Basic
    AuthName "{realm}"
    AuthBasicProvider file
    AuthUserFile "{root}/basic.users"
    <RequireAny>
        Require method GET HEAD OPTIONS
        Require valid-user
    </RequireAny>
</Location>
ProxyPass "/basic-writes/" "{oxigraph}/"
"""


@pytest.fixture(scope="module")
def apache(oxigraph_server):  # noqa: F811 (the imported fixture)
    """Apache httpd on a free loopback port proxying /digest/, /digest-writes/, /basic/, /basic-writes/ to Oxigraph:
    ``.url`` and ``.log``, its access log."""
    if _MISSING:
        pytest.skip(_MISSING)
    # not pytest's tmp_path: that is private to its user, and Apache started as root reads the
    # password files as `nobody`
    root = Path(tempfile.mkdtemp(prefix="silat-apache-"))
    root.chmod(0o755)
    ha1 = hashlib.md5(f"{USER}:{REALM}:{PASSWORD}".encode()).hexdigest()
    (root / "digest.users").write_text(f"{USER}:{REALM}:{ha1}\n")
    sha = b64encode(hashlib.sha1(PASSWORD.encode()).digest()).decode()
    (root / "basic.users").write_text(f"{USER}:{{SHA}}{sha}\n")
    port = _free_port()
    (root / "httpd.conf").write_text(_CONF.format(
        root=root, port=port, mods=MODULES, realm=REALM, oxigraph=oxigraph_server,
        user="User nobody\nGroup nogroup" if os.geteuid() == 0 else ""))
    proc = subprocess.Popen([APACHE, "-f", str(root / "httpd.conf"), "-DFOREGROUND"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    wait_for_http(f"{base}/digest-writes/query?query=ASK%7B%7D", proc, "apache2",
                  lambda: f"{proc.stderr.read()} {(root / 'error.log').read_text()}")
    yield SimpleNamespace(url=base, log=root / "access.log")
    proc.terminate()
    proc.wait(timeout=10)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def big_graph(tmp_path_factory) -> tuple[Path, int]:
    """A few MB of N-Triples (so a resend after a challenge really streams the file again), and its triple count."""
    path = tmp_path_factory.mktemp("big") / "big.nt"
    n = 40_000
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(f'<https://example.org/s{i}> <https://example.org/p> "وزير الخارجية {i} '
                    f'{"x" * 60}"@ar .\n')
    assert path.stat().st_size > 4_000_000
    return path, n


def _count(oxigraph: str, graph: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    request = urllib.request.Request(f"{oxigraph}/query?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "text/csv"})
    return int(urllib.request.urlopen(request, timeout=10).read().decode().split()[1])


@needs_apache
@pytest.mark.parametrize("where,auth", [
    ("digest", "auto"), ("digest", "digest"), ("digest-writes", "auto"), ("basic", "auto"), ("basic", "basic"),
    ("basic-writes", "auto"),
])
def test_authenticated_push_stores_every_triple(apache, oxigraph_server, big_graph, where, auth):  # noqa: F811
    path, n = big_graph
    graph = f"https://example.org/{where}-{auth}"
    r = kg("push", path, "--store", f"{apache.url}/{where}/store", "--graph", graph, "--user", USER,
           "--password", PASSWORD, "--auth", auth, "--timeout", "30")
    assert r.returncode == 0 and "pushed" in r.stdout, r.stderr
    assert _count(oxigraph_server, graph) == n


@needs_apache
@pytest.mark.parametrize("where,statuses", [("digest", ["2xx"]), ("digest-writes", ["401", "2xx"])])
def test_digest_upload_is_sent_signed_and_resent_whole_after_a_challenge(apache, big_graph, where, statuses):
    """Where the store challenges the empty HEAD, the upload goes once, already signed; where only
    writes are challenged, the store answers 401 before reading the upload and the file is sent
    again from its first byte (requests rewinds it), so the stored upload is the whole file."""
    path, _ = big_graph
    graph = f"https://example.org/once-{where}"
    r = kg("push", path, "--store", f"{apache.url}/{where}/store", "--graph", graph, "--user", USER,
           "--password", PASSWORD, "--timeout", "30")
    assert r.returncode == 0, r.stderr
    puts = [line.split() for line in apache.log.read_text().splitlines()
            if line.startswith("PUT ") and urllib.parse.quote(graph, safe="") in line]
    assert [p[1] if p[1] == "401" else p[1][0] + "xx" for p in puts] == statuses
    assert int(puts[-1][2]) > path.stat().st_size


@needs_apache
def test_authenticated_push_of_the_seeds_matches_the_file(apache, oxigraph_server, seeds_build):  # noqa: F811
    import rdflib

    path = seeds_build[0] / "graph.ttl"
    graph = "https://example.org/seeds-digest"
    r = kg("push", path, "--store", f"{apache.url}/digest/store", "--graph", graph, "--user", USER, "--password", PASSWORD)
    assert r.returncode == 0, r.stderr
    assert _count(oxigraph_server, graph) == len(rdflib.Graph().parse(path))


@needs_apache
@pytest.mark.parametrize("where", ["digest", "digest-writes", "basic"])
def test_wrong_password_is_one_line_and_stores_nothing(apache, oxigraph_server, big_graph, where):  # noqa: F811
    graph = f"https://example.org/refused-{where}"
    r = kg("push", big_graph[0], "--store", f"{apache.url}/{where}/store", "--graph", graph, "--user", USER,
           "--password", "wrong", "--timeout", "30")
    assert r.returncode != 0 and "pushed" not in r.stdout
    assert "HTTP 401 authentication refused" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert _count(oxigraph_server, graph) == 0


@needs_apache
def test_no_credentials_for_a_digest_store_is_one_line(apache, big_graph):
    r = kg("push", big_graph[0], "--store", f"{apache.url}/digest/store", "--timeout", "30")
    assert r.returncode != 0 and "HTTP 401 authentication required" in r.stderr and "Digest" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr


class _RawServer:
    """A real TCP server on loopback that reads the request head only and then misbehaves as told.

    ``answer`` is sent as soon as the head is read (the body, megabytes, is never read) and the
    socket closed at once: a store refusing early, as a proxy or a store checking credentials before
    the upload does. Empty ``answer``: it drops the connection mid-upload.
    """

    def __init__(self, answer: bytes):
        self.answer = answer
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    head += chunk
                if self.answer:
                    conn.sendall(self.answer)

    def close(self) -> None:
        self.sock.close()


def _http(code: int, reason: str) -> bytes:
    body = b"store says no\n"
    return (f"HTTP/1.1 {code} {reason}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n"
            f"Connection: close\r\n\r\n").encode() + body


@pytest.mark.parametrize("code,reason", [(401, "Unauthorized"), (403, "Forbidden"), (500, "Internal Server Error")])
def test_store_answering_before_reading_the_upload_is_named_by_its_status(big_graph, code, reason):
    server = _RawServer(_http(code, reason))
    try:
        for _ in range(3):  # it used to depend on timing; any run must name the status
            r = kg("push", big_graph[0], "--store", f"{server.url}/store", "--timeout", "10")
            assert r.returncode != 0 and "pushed" not in r.stdout
            assert f"HTTP {code}" in r.stderr and "Broken pipe" not in r.stderr, r.stderr
            assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    finally:
        server.close()


@pytest.mark.parametrize("answer,needle", [
    (b"garbage\r\n\r\n", "not HTTP"),
    (b"", "the store"),  # dropped mid-upload: reset, or closed without answering
])
def test_broken_store_is_one_line_never_success(big_graph, seeds_build, answer, needle):
    server = _RawServer(answer)
    try:
        for path in (seeds_build[0] / "graph.ttl", big_graph[0]):
            r = kg("push", path, "--store", f"{server.url}/store", "--timeout", "10")
            assert r.returncode != 0 and "pushed" not in r.stdout
            assert needle in r.stderr and server.url in r.stderr, r.stderr
            assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr, r.stderr
    finally:
        server.close()


@pytest.mark.parametrize("store,needle", [
    ("notaurl", "--store notaurl: a store URL starts with http:// or https://"),
    ("file:///tmp/silat-store", "--store file:///tmp/silat-store: a store URL starts with http:// or https://"),
    ("http://", "--store http://: a store URL starts with http:// or https://"),
])
def test_store_that_is_not_an_http_url_is_refused(seeds_build, store, needle):
    r = kg("push", seeds_build[0] / "graph.ttl", "--store", store)
    assert r.returncode != 0 and "pushed" not in r.stdout
    assert r.stderr.strip() == f"kg: error: {needle}"


def test_store_that_never_reads_the_upload_times_out_in_one_line(big_graph):
    """A store that takes the connection and then neither reads nor answers: the upload stalls once
    the socket buffers are full, and --timeout must end it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(sock.accept()[0]), daemon=True).start()
    try:
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/store"
        r = kg("push", big_graph[0], "--store", url, "--timeout", "1")
        assert r.returncode != 0 and "no answer within 1 s" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    finally:
        for s in held:
            s.close()
        sock.close()
