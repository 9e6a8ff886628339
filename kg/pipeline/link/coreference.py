"""Within-document reference of titles that stand without a name.

News names a person once in full («وزير الخارجية الروسي سيرغي لافروف») and then by office alone:
«وأكد الوزير الروسي»، «أمير قطر»، «المبعوث الأممي»، sometimes before the full name. The guidelines
annotate the most specific named actor, so such a title stands for the person, not for their country.

The linker reads the title phrases (:meth:`kg.pipeline.link.linker.Linker._roles`) and hands over the
ones with no name as :class:`TitleRef`; this stage, run when linking of a document finishes, decides
which of them refer to whom:

- a title with its state or organisation (الرئيس التركي، أمير قطر، الأمين العام للأمم المتحدة) is the
  one person the document names holding that office there (from the offices title phrases state and
  the gazetteer's office holders the document names);
- a counterpart (نظيره الصيني) holds the office of the person named before it; when nobody of that
  country holds it, the one person of that country the document names;
- a bare title (الوزير، الرئيس) is the one person the document names, before it, holding that office
  anywhere: news uses a bare title only for someone it has just introduced.

When none or several fit, the title refers to nobody, as before. The resolved mention keeps the
title's own span and text (evidence points at the title words) and links to the person.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.pipeline.gazetteer import Gazetteer
from kg.records import Evidence, Mention, Role

SOURCE = "title-ref"  # the mention source of a title resolved to a person


@dataclass(frozen=True)
class TitleRef:
    """A title phrase with no name of its own, waiting for the official it refers to.

    ``organisation`` is the state or organisation the phrase names (None for a bare title);
    ``names`` are the phrase's mentions that name it by a proper name (قطر in أمير قطر): once the
    title is a person's, they name the office's country, not a party to the sentence.
    """

    index: int
    organisation: str | None
    role: str
    evidence: Evidence
    names: tuple[int, ...] = ()
    counterpart: bool = False


def _fits(title_role: str, held: str) -> bool:
    """Whether a bare title names an office held: the same office, or a minister of any portfolio
    for «الوزير» (``Minister`` is the general office of which ``ForeignMinister`` is one)."""
    return held == title_role or title_role == "Minister" and held.endswith("Minister")


def office_holders(mentions: list[Mention], roles: list[Role], gaz: Gazetteer) -> dict[tuple[str, str], set[str]]:
    """Who holds which office in the document, (organisation, role) -> persons: the offices its title
    phrases state, and the gazetteer's office of each person it names (not through a resolved title).
    One table for the title references here and for the linker's check of a weak office reading."""
    by_office: dict[tuple[str, str], set[str]] = {}
    for r in roles:
        by_office.setdefault((r.organisation, r.role), set()).add(r.person)
    for m in mentions:
        row = gaz.rows.get(m.entity_id or "") if m.person and m.source != SOURCE else None
        if row and row.role and row.country:
            by_office.setdefault((row.country, row.role), set()).add(m.entity_id)
    return by_office


def _holders(mentions: list[Mention], roles: list[Role], gaz: Gazetteer) -> tuple[dict, dict, dict[str, int]]:
    """Who holds what in the document: :func:`office_holders`, organisation -> persons, and each
    person's first own mention (its offset), from stated offices and the gazetteer's holders."""
    by_org: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if m.person and m.source != SOURCE:
            first[m.entity_id] = min(first.get(m.entity_id, m.start), m.start)
    for r in roles:
        by_org.setdefault(r.organisation, set()).add(r.person)
    for pid in first:
        country = gaz.country_of(pid)
        if country:
            by_org.setdefault(country, set()).add(pid)
    return office_holders(mentions, roles, gaz), by_org, first


def resolve_title_refs(mentions: list[Mention], roles: list[Role], refs: list[TitleRef],
                       gaz: Gazetteer) -> list[Mention]:
    """The article's mentions with each title in ``refs`` that refers to one person added as a mention
    of that person; a resolved title with a state also states the person's office (appended to
    ``roles``): «الرئيس الأمريكي» with Trump named in the article."""
    if not refs:
        return mentions
    by_office, by_org, first = _holders(mentions, roles, gaz)
    added: list[Mention] = []
    absorbed: set[int] = set()
    stated = {(r.person, r.organisation) for r in roles}
    for ref in refs:
        title = mentions[ref.index]
        if ref.organisation is None:
            # a bare title: the one holder of that office anywhere, named before it
            held = {p for (_, role), ps in by_office.items() if _fits(ref.role, role) for p in ps}
            candidates = sorted(p for p in held if first.get(p, title.start) < title.start)
            if len(held) != 1 or len(candidates) != 1:
                continue
            pick = candidates
        else:
            pick = sorted(by_office.get((ref.organisation, ref.role), set()))
            candidates = pick or (sorted(by_org.get(ref.organisation, set())) if ref.counterpart else [])
            if len(candidates) != 1:
                continue
        person = candidates[0]
        added.append(Mention(title.start, title.end, title.text, "PER", title.sentence, title.tok_start,
                             title.tok_end, kind="name", entity_id=person, source=SOURCE))
        absorbed.update(ref.names)
        if ref.organisation and pick and (person, ref.organisation) not in stated:
            roles.append(Role(person, ref.role, ref.organisation, ref.evidence))
            stated.add((person, ref.organisation))
    out = [replace(m, in_title=True) if k in absorbed else m for k, m in enumerate(mentions)]
    return sorted(out + added, key=lambda m: (m.start, -m.end))
