"""``kg serve``: a local SPARQL endpoint (Oxigraph, in memory) on loopback, plus the HTML view.

    GET  /             graph.html of the build folder (when there is one)
    GET  /query?query= SPARQL 1.1 Protocol; POST /query with application/sparql-query or a form
                       field ``query``. SELECT/ASK answer SPARQL JSON results, CONSTRUCT/DESCRIBE
                       N-Triples.

Read-only: there is no update endpoint, and federated queries (SERVICE) are refused. Binding to
127.0.0.1 only is deliberate (a graph of who met whom can be sensitive); put a reverse proxy in
front to share it. Ctrl-C stops it cleanly.
"""

from __future__ import annotations

import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import InputError
from kg.rdf.engines import OxigraphEngine, find_graph
from kg.rdf.query import is_federated


def _graph_file(path: Path) -> tuple[Path, Path | None]:
    """The graph to load and the HTML page to serve, from a graph file or a build folder."""
    graph = find_graph(path)
    html = graph.with_name("graph.html")
    return graph, html if html.is_file() else None


def make_server(path: Path, port: int = 7878) -> tuple[ThreadingHTTPServer, int]:
    """A ready-to-run server for the graph at ``path`` and the number of triples it holds."""
    import pyoxigraph as ox

    graph, html = _graph_file(path)
    store = OxigraphEngine(graph).store
    triples = len(store)

    class Handler(BaseHTTPRequestHandler):
        server_version = "silat-serve"

        def _reply(self, code: int, body: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _query(self, text: str | None) -> None:
            if not text:
                return self._reply(400, b"missing 'query'\n", "text/plain; charset=utf-8")
            if is_federated(text):  # never from a server: any page that reaches it could exfiltrate the graph
                return self._reply(403, b"federated queries (SERVICE) are refused by kg serve\n", "text/plain; charset=utf-8")
            try:
                result = store.query(text, use_default_graph_as_union=True)
            except SyntaxError as exc:
                return self._reply(400, f"malformed query: {exc}\n".encode(), "text/plain; charset=utf-8")
            except Exception as exc:  # evaluation errors: the server keeps serving
                return self._reply(500, f"{type(exc).__name__}: {exc}\n".encode(), "text/plain; charset=utf-8")
            if isinstance(result, bool):
                body = (b'{"head":{},"boolean":' + (b"true" if result else b"false") + b"}")
                return self._reply(200, body, "application/sparql-results+json")
            if isinstance(result, ox.QuerySolutions):
                return self._reply(200, result.serialize(format=ox.QueryResultsFormat.JSON),
                                   "application/sparql-results+json")
            return self._reply(200, ox.serialize(result, format=ox.RdfFormat.N_TRIPLES), "application/n-triples")

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if url.path in ("/", "/graph.html"):
                if html is None:
                    return self._reply(404, b"no graph.html beside this graph\n", "text/plain; charset=utf-8")
                return self._reply(200, html.read_bytes(), "text/html; charset=utf-8")
            if url.path == "/query":
                return self._query(urllib.parse.parse_qs(url.query).get("query", [None])[0])
            return self._reply(404, b"not found: try / or /query\n", "text/plain; charset=utf-8")

        def do_POST(self):
            if urllib.parse.urlsplit(self.path).path != "/query":
                return self._reply(404, b"not found: POST /query\n", "text/plain; charset=utf-8")
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
            if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
                return self._query(urllib.parse.parse_qs(body).get("query", [None])[0])
            return self._query(body)

        def log_message(self, *args):  # quiet: one line per request on a busy page is noise
            pass

    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    except OSError as exc:
        raise InputError(f"127.0.0.1:{port}: cannot listen ({exc.strerror}); pick another --port") from None
    return server, triples


def serve(path: Path, port: int = 7878) -> None:
    server, triples = make_server(path, port)
    host, bound = server.server_address[:2]
    print(f"serving {triples:,} triples: SPARQL http://{host}:{bound}/query, view http://{host}:{bound}/ "
          f"(Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    print("stopped", file=sys.stderr)
