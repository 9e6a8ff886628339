"""Build ``kg/data/gazetteer.tsv`` from the public sources in ``shared/gazetteer-sources``.

Run ``kg gazetteer build [--sources DIR]``; the output is deterministic (sorted rows), so a re-run
on the same sources gives the same bytes. Sources and licences: ``kg/data/README.md``.

- CLDR v37 territory names (ar, en) give one Country row per ISO 3166 code.
- Wikidata dumps of heads of state/government and foreign ministers give country QIDs and
  people with QIDs; their Arabic names come from ArWikiCats' English→Arabic name table.
- ArWikiCats nationalities give the nisba adjectives (الصيني، الصينية) of each country.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

from kg.errors import DataError
from kg.lang.ar.normalize import normalize

COLUMNS = ("id", "type", "qid", "label_ar", "label_en", "aliases_ar", "nisba_ar", "country", "role", "forum", "source")
# CLDR codes that are not countries (continents are numeric; these are groupings or pseudo-codes).
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"})
_HEAD_OF_GOVERNMENT = re.compile(r"prime minister|premier|chancellor|chairman of the council|minister of state|chief minister", re.I)
_MONARCH = re.compile(r"\b(king|emir|sultan|monarch|emperor|druk gyalpo|ngwenyama)\b", re.I)


def slug(text: str) -> str:
    """ASCII slug for IRIs.

    >>> slug("Recep Tayyip Erdoğan"), slug("Bilawal Bhutto-Zardari")
    ('recep-tayyip-erdogan', 'bilawal-bhutto-zardari')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _load_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: cannot read gazetteer source ({exc})") from None


def _load_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise DataError(f"{path}: cannot read gazetteer source ({exc})") from None


def _territories(path: Path, lang: str) -> dict[str, str]:
    return _load_json(path)["main"][lang]["localeDisplayNames"]["territories"]


def _name_key(name: str) -> str:
    name = name.lower().replace("&", "and").replace("the ", "").replace("people's republic of ", "")
    return re.sub(r"[^a-z]", "", name)


def build_rows(sources: Path) -> list[dict[str, str]]:
    ar = _territories(sources / "cldr-territories-ar.json", "ar")
    en = _territories(sources / "cldr-territories-en.json", "en")
    leaders = _load_csv(sources / "world-leaders.wikidata.csv")
    ministers = _load_csv(sources / "foreign-ministers.wikidata.csv")
    nationalities = _load_json(sources / "arwikicats-nationalities.json")
    peoples = _load_json(sources / "arwikicats-peoples.json")

    countries: dict[str, dict[str, str]] = {}
    by_en: dict[str, str] = {}
    by_ar: dict[str, str] = {}
    for code, name_ar in ar.items():
        base = code.split("-")[0]
        if not re.fullmatch(r"[A-Z]{2}", base) or base in _NOT_COUNTRIES or base not in en:
            continue
        row = countries.setdefault(base, {
            "id": f"country/{base}", "type": "Country", "qid": "", "label_ar": ar[base],
            "label_en": en[base], "aliases": set(), "nisba": set(), "source": "CLDR v37",
        })
        row["aliases"].add(name_ar)
        by_ar[normalize(name_ar)] = base
        by_en[_name_key(en.get(code, en[base]))] = base

    # Country QIDs from the Wikidata dumps, joined on English names.
    qid_to_code: dict[str, str] = {}
    for rec in leaders:
        key, qid = _name_key(rec["country"]), rec["countryid"]
        if key in by_en and qid:
            qid_to_code[qid] = by_en[key]
    for rec in ministers:
        key, qid = _name_key(rec["countryLabel"]), rec["country"]
        if key in by_en and qid:
            qid_to_code.setdefault(qid, by_en[key])
    for qid, code in qid_to_code.items():
        row = countries[code]
        if not row["qid"] or int(qid[1:]) < int(row["qid"][1:]):
            row["qid"] = qid
        row["source"] = "CLDR v37; Wikidata (QID)"

    # Nisba adjectives from ArWikiCats, joined on the Arabic or English country name.
    for entry in nationalities.values():
        code = by_ar.get(normalize(entry.get("ar", ""))) or by_en.get(_name_key(entry.get("en", "")))
        if not code:
            continue
        row = countries[code]
        for form in ("male", "female", "the_male", "the_female"):
            if entry.get(form) and " " not in entry[form]:
                row["nisba"].add(entry[form])
        row["source"] = row["source"] + "; ArWikiCats (nisba)" if "ArWikiCats" not in row["source"] else row["source"]

    # People from the Wikidata dumps whose Arabic name ArWikiCats knows.
    people: dict[str, dict[str, str]] = {}
    offices = [
        (rec["officeholder"], rec["officeholderLabel"], rec["countryid"], rec["positionLabel"],
         "Wikidata heads of state/government (Oct 2022)")
        for rec in leaders
    ] + [
        (rec["person"], rec["name"], rec["country"], "Minister of Foreign Affairs", "Wikidata foreign ministers (Dec 2022)")
        for rec in ministers
    ]
    for qid, name_en, country_qid, position, source in offices:
        name_ar = peoples.get(name_en.lower()) if name_en else None
        if not (qid and name_ar):
            continue
        role = ("ForeignMinister" if "Foreign" in position else "HeadOfGovernment" if _HEAD_OF_GOVERNMENT.search(position)
                else "Monarch" if _MONARCH.search(position) else "HeadOfState")
        code = qid_to_code.get(country_qid)
        pid = f"person/{slug(name_en)}"
        people.setdefault(pid, {
            "id": pid, "type": "Person", "qid": qid, "label_ar": name_ar, "label_en": name_en,
            "aliases": {name_ar}, "nisba": set(), "country": f"country/{code}" if code else "",
            "role": role, "source": f"{source}; ArWikiCats (Arabic name)",
        })

    rows = []
    for row in list(countries.values()) + list(people.values()):
        rows.append({
            "id": row["id"], "type": row["type"], "qid": row["qid"], "label_ar": row["label_ar"],
            "label_en": row["label_en"], "aliases_ar": "|".join(sorted(row["aliases"] - {row["label_ar"]})),
            "nisba_ar": "|".join(sorted(row["nisba"])), "country": row.get("country", ""),
            "role": row.get("role", ""), "forum": "", "source": row["source"],
        })
    return sorted(rows, key=lambda r: r["id"])


HEADER = (
    "# Generated by `kg gazetteer build` from shared/gazetteer-sources (CLDR v37, Unicode licence;\n"
    "# Wikidata, CC0; ArWikiCats, MIT). Do not edit: add rows to curated.tsv instead.\n"
)


def write_gazetteer(sources: Path, out: Path) -> tuple[Path, int]:
    """Write the generated gazetteer atomically to ``out`` (never into the installed package unless named);
    returns its path and row count."""
    from kg.io import atomic_write_text

    if not sources.is_dir():
        raise DataError(f"{sources}: gazetteer sources directory not found (expected shared/gazetteer-sources)")
    rows = build_rows(sources)
    lines = [HEADER + "# " + "\t".join(COLUMNS)]
    lines += ["\t".join(r[c] for c in COLUMNS) for r in rows]
    atomic_write_text(out, "\n".join(lines) + "\n")
    return out, len(rows)
