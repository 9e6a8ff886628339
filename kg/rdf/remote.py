"""Talking to a real triple store: SPARQL 1.1 Graph Store HTTP Protocol uploads and remote queries.

Standard library HTTP (urllib) with Basic and Digest authentication (Virtuoso's
``/sparql-graph-crud-auth`` wants Digest). Every failure is one line naming the URL: unreachable,
401/403, 404, 5xx, timeout. An upload is reported only after the store answered 200/201/204, and
the file is streamed, never held in memory whole.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from kg.errors import QueryError, StoreError
from kg.rdf.engines import Term, bind_values


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    handlers: list = []
    if user is not None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, user, password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(manager), urllib.request.HTTPDigestAuthHandler(manager)]
    return urllib.request.build_opener(*handlers)


def _send(request: urllib.request.Request, user, password, timeout: float) -> bytes:
    where = request.full_url.split("?")[0]
    try:
        with _opener(request.full_url, user, password).open(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip().splitlines()
        detail = f": {body[0][:200]}" if body else ""
        reason = {401: "authentication required or refused (give --user/--password)",
                  403: "forbidden for these credentials", 404: "no such endpoint"}.get(exc.code, exc.reason)
        raise StoreError(f"{where}: HTTP {exc.code} {reason}{detail}") from None
    except urllib.error.URLError as exc:
        raise StoreError(f"{where}: store not reachable ({exc.reason})") from None
    except TimeoutError:
        raise StoreError(f"{where}: no answer within {timeout:g} s") from None


class RemoteEngine:
    """A SPARQL endpoint queried over HTTP (SPARQL 1.1 Protocol, POST, JSON results)."""

    name = "endpoint"

    def __init__(self, url: str, user: str | None = None, password: str | None = None, timeout: float = 60.0):
        if not url.startswith(("http://", "https://")):
            raise StoreError(f"{url}: an endpoint URL starts with http:// or https://")
        self.url, self.user, self.password, self.timeout = url, user, password, timeout

    def select(self, text: str, bindings: dict[str, Term]):
        if bindings:
            text = bind_values(text, bindings)
        request = urllib.request.Request(self.url, data=text.encode("utf-8"), method="POST", headers={
            "Content-Type": "application/sparql-query; charset=utf-8", "Accept": "application/sparql-results+json"})
        try:
            raw = _send(request, self.user, self.password, self.timeout)
        except StoreError as exc:
            if " HTTP 400 " in str(exc):
                raise QueryError(f"malformed SPARQL query (endpoint said: {str(exc).split(': HTTP 400 ', 1)[1]})") from None
            raise
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            raise StoreError(f"{self.url}: answer is not SPARQL JSON results") from None
        if "boolean" in data:
            return ["ask"], [[str(data["boolean"]).lower()]]
        header = data["head"]["vars"]
        return header, [[row.get(h, {}).get("value", "") for h in header] for row in data["results"]["bindings"]]
