"""Federated queries (SERVICE) never leave the machine unless the user asks (reliability issue, cause 2).

A loopback HTTP server stands in for "another endpoint" and counts the requests it receives: a
refused query must reach it zero times; with --allow-service the real rdflib engine does reach it,
which shows the test would catch a leak."""

from __future__ import annotations

import json
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.cli import main
from kg.rdf.serve import make_server

TTL = """@prefix ex: <http://example.org/> .
ex:a ex:says "a sentence of the graph"@ar .
"""


@pytest.fixture
def listener():
    """A loopback endpoint answering empty SPARQL results; ``hits`` lists the paths it was asked for."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = json.dumps({"head": {"vars": []}, "results": {"bindings": []}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", hits
    server.shutdown()
    server.server_close()


def _query(url: str) -> str:
    return f"SELECT ?s ?o WHERE {{ ?s ?p ?o . SERVICE <{url}> {{ ?x ?y ?o }} }}"


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_kg_query_refuses_service_in_one_line_and_sends_nothing(tmp_path, listener, capsys, engine):
    url, hits = listener
    graph = tmp_path / "g.ttl"
    graph.write_text(TTL, encoding="utf-8")
    assert main(["query", str(graph), _query(url), "--engine", engine]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "SERVICE" in err and "--allow-service" in err
    assert hits == []


def test_allow_service_lets_the_query_reach_the_endpoint(tmp_path, listener):
    url, hits = listener
    graph = tmp_path / "g.ttl"
    graph.write_text(TTL, encoding="utf-8")
    assert main(["query", str(graph), _query(url), "--engine", "rdflib", "--allow-service"]) == 0
    assert hits, "rdflib evaluated SERVICE without calling the endpoint: the refusal test proves nothing"


def test_kg_serve_refuses_service_whatever_the_client_asks(tmp_path, listener):
    url, hits = listener
    graph = tmp_path / "g.ttl"
    graph.write_text(TTL, encoding="utf-8")
    server, _ = make_server(graph, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        req = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=_query(url).encode(),
                                     headers={"Content-Type": "application/sparql-query"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(req, timeout=10)
        assert refused.value.code == 403
        ok = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=b"SELECT * WHERE { ?s ?p ?o }",
                                    headers={"Content-Type": "application/sparql-query"})
        assert json.loads(urllib.request.urlopen(ok, timeout=10).read())["results"]["bindings"]
    finally:
        server.shutdown()
        server.server_close()
    assert hits == []
