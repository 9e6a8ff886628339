"""How the graph's node ids are minted: stable, readable where possible, hashes where not.

Ids are the local part of IRIs under ``res:`` (``person/wang-yi``, ``event/<hash>``); they depend only
on what the text says, never on input order or counters, so re-running a build or adding articles
keeps every existing IRI.
"""

from __future__ import annotations

import hashlib

from kg.lang.ar.normalize import normalize

_KIND = {"Person": "person", "Organization": "org", "Place": "place", "Country": "country"}
TYPE_OF_KIND = {v: k for k, v in _KIND.items()}


def new_entity_id(entity_type: str, text: str) -> str:
    """A stable id for an entity no gazetteer knows: its type plus a hash of its normalised name.

    >>> new_entity_id("Person", "يوسف العثيمين") == new_entity_id("Person", "يُوسُف العثيمين")
    True
    >>> new_entity_id("Organization", "حماس")
    'org/ar-cc9a3644ed78'
    """
    digest = hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()[:12]
    return f"{_KIND[entity_type]}/ar-{digest}"


def entity_type_of(entity_id: str) -> str:
    """The entity type an id's kind prefix names (``person/...`` -> Person).

    >>> entity_type_of("org/sco"), entity_type_of("country/CN")
    ('Organization', 'Country')
    """
    return TYPE_OF_KIND[entity_id.split("/", 1)[0]]


def event_id(key: tuple) -> str:
    """An event's id: a hash of what makes two reports the same event (:meth:`kg.records.Event.key`)."""
    digest = hashlib.sha1("|".join(map(str, key)).encode("utf-8")).hexdigest()[:16]
    return f"event/{digest}"


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
