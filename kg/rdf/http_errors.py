"""One wording for every failure of a store or endpoint, whichever command and HTTP client met it:
``URL: HTTP 401 authentication refused ...``, ``URL: store not reachable (connection refused)``."""

from __future__ import annotations

import http.client
import socket
import ssl
from collections.abc import Iterator

import requests


def status_message(url: str, status: int, reason: str = "", body: bytes | str = b"", *,
                   credentials: bool = False, challenge: str = "") -> str:
    """One line for an HTTP answer that is not a success: ``URL: HTTP 401 reason: first body line``.

    Shared wording for every client of a store (push today; the SPARQL endpoint client may import it),
    so a user reads the same message whatever command hit the store. ``credentials`` says whether the
    request carried --user/--password (401 then means refused, not missing); ``challenge`` is the
    store's ``WWW-Authenticate`` header, named so a user can tell Basic from Digest.
    """
    if status == 401:
        what = "authentication refused (check --user/--password)" if credentials \
            else "authentication required (give --user/--password)"
        schemes = [s for s in ("Basic", "Digest") if s.lower() in challenge.lower()]
        if schemes:
            what += f"; the store asks for {' or '.join(schemes)}"
    elif status == 403:
        what = "forbidden for these credentials" if credentials else "forbidden (give --user/--password?)"
    elif status == 404:
        what = "no such endpoint"
    elif 300 <= status < 400:
        what = "redirected (give the final URL; redirects are not followed)"
    else:
        what = reason or http.client.responses.get(status, "unexpected answer")
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return f"{url}: HTTP {status} {what}" + (f": {first[:200]}" if first else "")


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and everything it wraps (requests wraps urllib3, which wraps http.client and socket errors)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        e = todo.pop(0)
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [a for a in e.args if isinstance(a, BaseException)]
        todo += [x for x in (getattr(e, "reason", None), e.__cause__, e.__context__) if isinstance(x, BaseException)]


def connection_message(url: str, exc: BaseException, timeout: float) -> str:
    """One line for a request that got no HTTP answer: refused, dropped, garbage, TLS, timeout.

    requests nests the cause three libraries deep and its own text runs to several lines with object
    reprs; a user needs the cause in words and the URL.
    """
    causes = list(_causes(exc))
    if isinstance(exc, requests.Timeout) or any(isinstance(c, (socket.timeout, TimeoutError)) for c in causes):
        return f"{url}: no answer within {timeout:g} s"
    for c in causes:
        if isinstance(c, http.client.RemoteDisconnected):
            return f"{url}: the store closed the connection without answering"
        if isinstance(c, http.client.BadStatusLine):
            line = str(c.args[0] if c.args else "").strip()[:80]
            return f"{url}: the store's answer is not HTTP (status line {line!r})"
        if isinstance(c, http.client.HTTPException):
            return f"{url}: malformed HTTP answer from the store ({type(c).__name__})"
        if isinstance(c, ssl.SSLError):
            return f"{url}: TLS failed ({c.reason or c})"
        if isinstance(c, socket.gaierror):
            return f"{url}: store not reachable (unknown host)"
        if isinstance(c, ConnectionRefusedError):
            return f"{url}: store not reachable (connection refused)"
        if isinstance(c, ConnectionResetError):
            return f"{url}: the store reset the connection"
        if isinstance(c, BrokenPipeError):
            return f"{url}: the store closed the connection during the upload"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return f"{url}: the store's answer broke off"
    last = causes[-1]
    first = (str(last).strip().splitlines() or [""])[0][:200]
    return f"{url}: store not reachable ({first or type(last).__name__})"
