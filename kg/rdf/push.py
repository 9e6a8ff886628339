"""``kg push``: upload a graph file to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Uses requests rather than urllib because urllib's Basic/Digest handlers resend a challenged request
with an already-consumed file body (the store waited for bytes that never came, or stored nothing),
and report a store that refused before reading the upload as "Broken pipe". requests (through
urllib3) reads the answer even when the store stopped reading the upload, and its Digest handler
rewinds a file body (``tell``/``seek``) before answering the challenge, so the file is streamed from
disk, never held in memory, and still resent whole.

Authentication (``auth``): ``basic`` sends the credentials with the upload (no round trip; only
safe over https or on a trusted network); ``digest`` first asks the store with an empty ``HEAD``
so it learns the challenge and sends the upload once, already signed; ``auto`` (the default) does
the same ``HEAD`` and answers the scheme the store names, Digest when it offers both.

Every failure is one line naming the URL (wording in :mod:`kg.rdf.http_errors`, shared with `kg query --endpoint`):
an upload is reported only after the store answered 2xx; redirects are not followed, since
requests would turn a redirected PUT into a GET and report success without uploading.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import BinaryIO

import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg.errors import StoreError
from kg.rdf.http_errors import connection_message, status_message

CONTENT_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".jsonld": "application/ld+json",
                 ".trig": "application/trig", ".nq": "application/n-quads"}
AUTH_SCHEMES = ("auto", "basic", "digest")


def _store_url(store: str, graph: str | None) -> str:
    """The Graph Store request URL: ``?default`` or ``?graph=IRI`` added to the endpoint."""
    parts = urllib.parse.urlsplit(store)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise StoreError(f"--store {store}: a store URL starts with http:// or https://")
    target = "default" if not graph or graph == "default" else "graph=" + urllib.parse.quote(graph, safe="")
    return f"{store}{'&' if '?' in store else '?'}{target}"


def _authenticate(session: requests.Session, url: str, where: str, user: str, password: str, scheme: str,
                  timeout: float) -> AuthBase:
    """The auth to upload with; for Digest already holding the store's nonce, so the upload goes once.

    An empty ``HEAD`` costs nothing and gets the challenge; sending a GB upload only to be told to
    sign it would send it twice. When the store refuses the credentials on this ``HEAD`` the upload
    is not attempted. When ``HEAD`` is not challenged (a store may only protect writes), the upload
    itself is challenged and requests' Digest handler rewinds and resends the file.
    """
    if scheme == "basic":
        return HTTPBasicAuth(user, password)
    digest = HTTPDigestAuth(user, password)
    probe = session.head(url, auth=digest, timeout=timeout, allow_redirects=False)
    challenge = probe.headers.get("WWW-Authenticate", "")
    if probe.status_code == 401:
        if "digest" not in challenge.lower() and "basic" in challenge.lower() and scheme == "auto":
            basic = HTTPBasicAuth(user, password)
            retry = session.head(url, auth=basic, timeout=timeout, allow_redirects=False)
            if retry.status_code != 401:
                return basic
            challenge = retry.headers.get("WWW-Authenticate", challenge)
        raise StoreError(status_message(where, 401, body=probe.text, credentials=True, challenge=challenge))
    return digest


def _upload(session: requests.Session, method: str, url: str, body: BinaryIO, size: int, content_type: str,
            auth: AuthBase | None, timeout: float) -> requests.Response:
    """One PUT/POST of the open file; Content-Length is given so the store can refuse a size before the upload."""
    return session.request(method, url, data=body, auth=auth, timeout=timeout, allow_redirects=False,
                           headers={"Content-Type": content_type, "Content-Length": str(size)})


def push(graph_file: Path, store: str, graph: str | None = None, user: str | None = None,
         password: str | None = None, timeout: float = 600.0, replace: bool = True, auth: str = "auto") -> None:
    """Upload ``graph_file`` to the Graph Store endpoint ``store`` (PUT replaces, POST adds).

    Returns only once the store answered 2xx; anything else raises :class:`StoreError` (one line).
    ``auth`` is ``auto``, ``basic`` or ``digest`` and matters only with ``user``.
    """
    if auth not in AUTH_SCHEMES:
        raise StoreError(f"--auth {auth}: expected one of {', '.join(AUTH_SCHEMES)}")
    url = _store_url(store, graph)
    where = store.split("?")[0]
    graph_file = Path(graph_file)
    if not graph_file.is_file():
        raise StoreError(f"{graph_file}: no such graph file")
    ctype = CONTENT_TYPES.get(graph_file.suffix.lower())
    if not ctype:
        raise StoreError(f"{graph_file}: unknown RDF format (expected {', '.join(CONTENT_TYPES)})")
    method = "PUT" if replace else "POST"
    with requests.Session() as session, graph_file.open("rb") as body:
        size = graph_file.stat().st_size
        try:
            credentials = None if user is None else _authenticate(session, url, where, user, password or "", auth, timeout)
            response = _upload(session, method, url, body, size, f"{ctype}; charset=utf-8", credentials, timeout)
            challenge = response.headers.get("WWW-Authenticate", "")
            if (response.status_code == 401 and auth == "auto" and isinstance(credentials, HTTPDigestAuth)
                    and "basic" in challenge.lower() and "digest" not in challenge.lower()):
                body.seek(0)  # the store protects only writes, with Basic: resend signed that way
                credentials = HTTPBasicAuth(user or "", password or "")
                response = _upload(session, method, url, body, size, f"{ctype}; charset=utf-8", credentials, timeout)
        except requests.RequestException as exc:
            raise StoreError(connection_message(where, exc, timeout)) from None
        if not 200 <= response.status_code < 300:
            raise StoreError(status_message(where, response.status_code, response.reason or "", response.content,
                                            credentials=user is not None,
                                            challenge=response.headers.get("WWW-Authenticate", "")))
