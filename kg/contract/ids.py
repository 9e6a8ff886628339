"""How the graph's node ids are minted: stable, readable where possible, hashes where not.

Ids are the local part of IRIs under ``res:`` (``person/wang-yi``, ``event/<hash>``); they depend only
on what the text says, never on input order or counters, so re-running a build or adding articles
keeps every existing IRI.
"""

from __future__ import annotations

import hashlib
import re

from kg.lang.ar.normalize import normalize

_KIND = {"Person": "person", "Organization": "org", "Place": "place", "Country": "country"}
TYPE_OF_KIND = {v: k for k, v in _KIND.items()}


def digest(text: str, length: int) -> str:
    """The first ``length`` hex digits of the SHA-1 of ``text``: every hashed id part is minted here."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def safe_document_id(key: str) -> str:
    """A document id usable in IRIs that keeps the key readable (Arabic included) and never merges two keys.

    Letters and digits of any script, ``_``, ``-`` and ``.`` are kept as they are; any other
    character is replaced by ``_`` and a hash of the original key is appended, so ``a b`` and
    ``a_b`` stay two documents.

    >>> safe_document_id("000_f721e5f16c0b10e3"), safe_document_id("مقال-1")
    ('000_f721e5f16c0b10e3', 'مقال-1')
    >>> safe_document_id("a b") != safe_document_id("a_b")
    True
    """
    if _SAFE.fullmatch(key):
        return key
    return f"{_UNSAFE.sub('_', key).strip('_')}-{digest(key, 8)}".lstrip("-")


_SAFE = re.compile(r"[\w.-]+")
_UNSAFE = re.compile(r"[^\w.-]+")


def new_entity_id(entity_type: str, text: str) -> str:
    """A stable id for an entity no gazetteer knows: its type plus a hash of its normalised name.

    >>> new_entity_id("Person", "يوسف العثيمين") == new_entity_id("Person", "يُوسُف العثيمين")
    True
    >>> new_entity_id("Organization", "حماس")
    'org/ar-cc9a3644ed78'
    """
    return f"{_KIND[entity_type]}/ar-{digest(normalize(text), 12)}"


def entity_type_of(entity_id: str) -> str:
    """The entity type an id's kind prefix names (``person/...`` -> Person).

    >>> entity_type_of("org/sco"), entity_type_of("country/CN")
    ('Organization', 'Country')
    """
    return TYPE_OF_KIND[entity_id.split("/", 1)[0]]


def event_id(key: tuple) -> str:
    """An event's id: a hash of what makes two reports the same event (:meth:`kg.records.Event.key`)."""
    return f"event/{digest('|'.join(map(str, key)), 16)}"


def document_id(doc_id: str) -> str:
    return f"doc/{doc_id}"


def sentence_id(doc_id: str, start: int, end: int) -> str:
    """A sentence by its document and character span: ``sentence/<doc>/<start>-<end>``."""
    return f"sentence/{doc_id}/{start}-{end}"


def post_id(person: str, role: str, org: str) -> str:
    """An office held (org:Post): ``post/wang-yi/ForeignMinister/country-CN``.

    >>> post_id("person/wang-yi", "ForeignMinister", "country/CN")
    'post/wang-yi/ForeignMinister/country-CN'
    """
    return f"post/{person.split('/', 1)[1]}/{role}/{org.replace('/', '-')}"
