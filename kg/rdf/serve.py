"""``kg serve``: a local SPARQL endpoint (Oxigraph, in memory) on loopback, plus the HTML view.

    GET  /             graph.html of the build folder (when there is one)
    GET  /sparql       a query page: the named queries, a text box, results as a table, CSV download
    GET  /query?query= SPARQL 1.1 Protocol; POST /query with application/sparql-query or a form
                       field ``query``. SELECT answers SPARQL JSON results (or CSV, TSV, XML if
                       the Accept header asks), ASK a SPARQL JSON boolean, CONSTRUCT/DESCRIBE
                       N-Triples (or Turtle, JSON-LD if asked).

Read-only: there is no update endpoint, and federated queries (SERVICE) are refused. Binding to
127.0.0.1 only is deliberate (a graph of who met whom can be sensitive); put a reverse proxy in
front to share it. Loopback alone is not enough against a web page the user opens: through DNS
rebinding its own host name can resolve to 127.0.0.1, so a request whose Host is not a loopback
name is refused (421), and so is a cross-origin request (an Origin other than this server's,
unless ``--cors ORIGIN`` names it). Each query runs in a forked child process (kg.rdf.isolate)
killed after ``--timeout`` seconds or as soon as its client hangs up, so an abandoned endless
query stops burning CPU. Request bodies over 1 MB are refused (413), a silent client is dropped
after 30 s, and the listen backlog holds a burst of parallel clients. Ctrl-C stops it cleanly.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kg.data import data_path
from kg.errors import InputError, QueryError, QueryTimeout
from kg.rdf.engines import OxigraphEngine, find_graph, names_dataset
from kg.rdf.isolate import ChunkedBytes, stream_in_child
from kg.rdf.query import is_federated, named_queries

MAX_BODY = 1 << 20  # bytes of a POSTed query or form
SOCKET_TIMEOUT = 30.0  # seconds a client may stay silent while sending its request or reading the answer
BACKLOG = 128  # connections the kernel queues before accept (ThreadingHTTPServer's default is 5)
QUERY_TIMEOUT = 60.0  # default of --timeout


class _Server(ThreadingHTTPServer):
    request_queue_size = BACKLOG
    daemon_threads = True


def _graph_file(path: Path) -> tuple[Path, Path | None]:
    """The graph to load and the HTML page to serve, from a graph file or a build folder."""
    graph = find_graph(path)
    html = graph.with_name("graph.html")
    return graph, html if html.is_file() else None


def query_page() -> bytes:
    """The query page (kg/data/html/query.html) with the shipped named queries inlined as JSON (``</``
    escaped, so no query text can end the script element)."""
    import json

    queries = {name: path.read_text(encoding="utf-8") for name, path in named_queries().items()}
    blob = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    page = data_path("html/query.html").read_text(encoding="utf-8")
    return page.replace("/*NAMED_QUERIES*/", blob).encode("utf-8")


def _negotiate(accept: str, offers: dict[str, Any]) -> tuple[str, Any]:
    """The first of ``offers`` (media type -> format) the Accept header names, else the first offer."""
    wanted = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    for media in wanted:
        if media in offers:
            return media, offers[media]
    media = next(iter(offers))
    return media, offers[media]


def _answer(store: Any, text: str, accept: str, emit) -> None:
    """Run ``text`` on ``store`` (in the child): emit ("head", status, content type), then body chunks."""
    import pyoxigraph as ox

    try:
        result = store.query(text, use_default_graph_as_union=not names_dataset(text))
    except SyntaxError as exc:
        emit(("head", 400, "text/plain; charset=utf-8"))
        emit(f"malformed query: {exc}\n".encode())
        return
    except Exception as exc:  # evaluation errors: the server keeps serving
        emit(("head", 500, "text/plain; charset=utf-8"))
        emit(f"{type(exc).__name__}: {exc}\n".encode())
        return
    sink = ChunkedBytes(emit)
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        offers = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                  "application/json": ox.QueryResultsFormat.JSON,
                  "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                  "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV}
        if isinstance(result, ox.QueryBoolean):  # CSV/TSV have no boolean form
            offers = {k: v for k, v in offers.items() if "sparql" in k or "json" in k}
        media, fmt = _negotiate(accept, offers)
        emit(("head", 200, media if media != "application/json" else "application/sparql-results+json"))
        result.serialize(output=sink, format=fmt)
    else:
        offers = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                  "application/ld+json": ox.RdfFormat.JSON_LD}
        media, fmt = _negotiate(accept, offers)
        emit(("head", 200, media))
        ox.serialize(result, output=sink, format=fmt)
    sink.flush()


def make_server(path: Path, port: int = 7878, timeout: float | None = QUERY_TIMEOUT,
                cors: str | None = None) -> tuple[ThreadingHTTPServer, int]:
    """A ready-to-run server for the graph at ``path`` and the number of triples it holds.

    ``timeout``: seconds each query may run (None: no limit). ``cors``: one origin whose pages may
    read the answers (Access-Control-Allow-Origin); every other cross-origin request is refused.
    """
    graph, html = _graph_file(path)
    store = OxigraphEngine(graph).store
    page = query_page()
    triples = len(store)
    # query processes running at once; more clients wait for a turn (within their timeout)
    slots = threading.BoundedSemaphore(max(2, os.cpu_count() or 2))

    class Handler(BaseHTTPRequestHandler):
        server_version = "silat-serve"
        timeout = SOCKET_TIMEOUT

        def _start(self, code: int, ctype: str, length: int | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            if length is not None:
                self.send_header("Content-Length", str(length))
            if cors and self.headers.get("Origin") == cors:
                self.send_header("Access-Control-Allow-Origin", cors)
                self.send_header("Vary", "Origin")
            self.end_headers()

        def _reply(self, code: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
            self._start(code, ctype, len(body))
            self.wfile.write(body)

        def _allowed(self) -> bool:
            """Refuse (and say why) a request for another host name or from another site's page."""
            host = (self.headers.get("Host") or "").lower()
            if host not in self.server.loopback_hosts:
                self.close_connection = True
                self._reply(421, f"kg serve answers only to {', '.join(sorted(self.server.loopback_hosts))}; "
                                 f"Host {host or '(none)'} refused\n".encode())
                return False
            origin = self.headers.get("Origin")
            if origin is not None and origin not in self.server.own_origins and origin != cors:
                self.close_connection = True
                self._reply(403, f"cross-origin request from {origin} refused (kg serve --cors ORIGIN allows one)\n"
                            .encode())
                return False
            return True

        def _client_gone(self) -> bool:
            try:
                return self.connection.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
            except BlockingIOError:
                return False
            except OSError:
                return True

        def _query(self, text: str | None) -> None:
            if not text:
                return self._reply(400, b"missing 'query'\n")
            if is_federated(text):  # never from a server: any page that reaches it could exfiltrate the graph
                return self._reply(403, b"federated queries (SERVICE) are refused by kg serve\n")
            accept = self.headers.get("Accept") or ""
            if not slots.acquire(timeout=timeout):
                return self._reply(503, b"busy: too many queries running; try again\n")
            started = False
            try:
                work = lambda emit: _answer(store, text, accept, emit)  # noqa: E731 (a closure over the store, for the fork)
                with contextlib.closing(stream_in_child(work, timeout, self._client_gone, self.connection)) as items:
                    for item in items:
                        if isinstance(item, tuple):
                            _, code, ctype = item
                            self.close_connection = True  # no Content-Length: the body ends when the socket closes
                            self._start(code, ctype)
                            started = True
                        else:
                            self.wfile.write(item)
            except QueryTimeout:
                if not started:
                    self._reply(503, f"the query ran past the {timeout:g} s limit of this server and was stopped\n"
                                .encode())
            except QueryError as exc:
                if not started:
                    self._reply(500, f"{exc}\n".encode())
            except OSError:  # the client hung up mid-answer: the child is already killed
                self.close_connection = True
            finally:
                slots.release()

        def do_GET(self):
            if not self._allowed():
                return
            url = urllib.parse.urlsplit(self.path)
            if url.path in ("/", "/graph.html"):
                if html is None:
                    return self._reply(404, b"no graph.html beside this graph\n")
                return self._reply(200, html.read_bytes(), "text/html; charset=utf-8")
            if url.path == "/sparql":
                return self._reply(200, page, "text/html; charset=utf-8")
            if url.path == "/query":
                return self._query(urllib.parse.parse_qs(url.query).get("query", [None])[0])
            return self._reply(404, b"not found: try /, /sparql or /query\n")

        def do_POST(self):
            if not self._allowed():
                return
            if urllib.parse.urlsplit(self.path).path != "/query":
                self.close_connection = True
                return self._reply(404, b"not found: POST /query\n")
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0 or length > MAX_BODY:
                self.close_connection = True  # the body is not read: the connection cannot be reused
                code, what = (413, f"request body over {MAX_BODY:,} bytes") if length > 0 else (400, "bad Content-Length")
                return self._reply(code, f"{what}; refused\n".encode())
            body = self.rfile.read(length).decode("utf-8", "replace")
            if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
                return self._query(urllib.parse.parse_qs(body).get("query", [None])[0])
            return self._query(body)

        def do_OPTIONS(self):  # CORS preflight: answered only for the --cors origin
            if not self._allowed():
                return
            self.send_response(204 if cors and self.headers.get("Origin") == cors else 403)
            if cors and self.headers.get("Origin") == cors:
                self.send_header("Access-Control-Allow-Origin", cors)
                self.send_header("Access-Control-Allow-Methods", "GET, POST")
                self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):  # quiet: one line per request on a busy page is noise
            pass

    try:
        server = _Server(("127.0.0.1", port), Handler)
    except OSError as exc:
        raise InputError(f"127.0.0.1:{port}: cannot listen ({exc.strerror}); pick another --port") from None
    bound = server.server_address[1]
    server.loopback_hosts = {f"{name}:{bound}" for name in ("127.0.0.1", "localhost", "[::1]")} | (
        {"127.0.0.1", "localhost", "[::1]"} if bound == 80 else set())
    server.own_origins = {f"http://{host}" for host in server.loopback_hosts}
    return server, triples


def serve(path: Path, port: int = 7878, timeout: float | None = QUERY_TIMEOUT, cors: str | None = None) -> None:
    server, triples = make_server(path, port, timeout, cors)
    host, bound = server.server_address[:2]
    limit = f"queries stopped after {timeout:g} s" if timeout else "no query time limit"
    print(f"serving {triples:,} triples: SPARQL http://{host}:{bound}/query, view http://{host}:{bound}/, "
          f"query page http://{host}:{bound}/sparql "
          f"({limit}; Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    print("stopped", file=sys.stderr)
