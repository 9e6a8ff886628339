"""Querying a remote SPARQL endpoint (``kg query --endpoint``); uploads are ``kg.rdf.push``.

Standard library HTTP (urllib) with Basic and Digest authentication. Every failure is one line
naming the URL: unreachable, 401/403, 404, 5xx, timeout.
"""

from __future__ import annotations

import urllib.error
import urllib.request

from kg.errors import QueryError, StoreError, one_line
from kg.rdf.engines import Result, Selects, Term, bind_values, guard_errors, oxigraph_result
from kg.rdf.http_errors import connection_message, status_message


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    handlers: list = []
    if user is not None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, user, password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(manager), urllib.request.HTTPDigestAuthHandler(manager)]
    return urllib.request.build_opener(*handlers)


def _open(request: urllib.request.Request, user, password, timeout: float):
    """The open response to ``request`` (the caller reads and closes it); failures as one-line StoreErrors."""
    where = request.full_url.split("?")[0]
    try:
        return _opener(request.full_url, user, password).open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        raise StoreError(status_message(where, exc.code, exc.reason or "", exc.read(), credentials=user is not None,
                                        challenge=exc.headers.get("WWW-Authenticate", ""))) from None
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(connection_message(where, exc, timeout)) from None


# SPARQL results for SELECT/ASK, RDF for CONSTRUCT/DESCRIBE: the endpoint picks what fits the query.
ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
          "application/sparql-results+xml;q=0.5")


class RemoteEngine(Selects):
    """A SPARQL endpoint queried over HTTP (SPARQL 1.1 Protocol, POST).

    The answer is parsed by pyoxigraph as it arrives (SPARQL JSON or XML results, N-Triples or
    Turtle), so every query form works and a large answer streams instead of being read whole.
    ``timeout`` bounds each wait on the socket; ``kg query --timeout`` bounds the whole query.
    """

    name = "endpoint"

    def __init__(self, url: str, user: str | None = None, password: str | None = None, timeout: float = 60.0):
        if not url.startswith(("http://", "https://")):
            raise StoreError(f"{url}: an endpoint URL starts with http:// or https://")
        self.url, self.user, self.password, self.timeout = url, user, password, timeout

    def run(self, text: str, bindings: dict[str, Term]) -> Result:
        import pyoxigraph as ox

        if bindings:
            text = bind_values(text, bindings)
        request = urllib.request.Request(self.url, data=text.encode("utf-8"), method="POST", headers={
            "Content-Type": "application/sparql-query; charset=utf-8", "Accept": ACCEPT})
        try:
            response = _open(request, self.user, self.password, self.timeout)
        except StoreError as exc:
            if " HTTP 400 " in str(exc):
                raise QueryError(f"malformed SPARQL query (endpoint said: {str(exc).split(': HTTP 400 ', 1)[1]})") from None
            raise
        ctype = response.headers.get_content_type()
        results = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                   "application/sparql-results+xml": ox.QueryResultsFormat.XML}
        graphs = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                  "text/plain": ox.RdfFormat.N_TRIPLES}
        try:
            if ctype in results:
                return oxigraph_result(ox.parse_query_results(response, format=results[ctype]))
            if ctype in graphs:
                return Result("graph", triples=guard_errors(q.triple for q in ox.parse(response, format=graphs[ctype])))
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{self.url}: answer is not readable {ctype} ({one_line(exc)})") from None
        raise StoreError(f"{self.url}: answered {ctype}, not SPARQL results or RDF")
