"""Rebuild `officials.tsv` from the reference snapshots (run by hand, not at import time).

    python -m kg.data.build_officials /path/to/shared/data/officials > kg/data/officials.tsv
    python -m kg.data.build_officials --us-terms /path/to/shared/data/officials > kg/data/us_terms.tsv

Sources (see README.md): CIA World Leaders 2019 (person, title, country), Wikidata world
leaders 2021 (Wikidata ids), congress-legislators `legislators-current.yaml` and
`executive.yaml` (US Congress, presidents and vice presidents).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from kg.names import name_key

#: Presidents and vice presidents whose Wikidata ids executive.yaml lacks (general knowledge).
EXECUTIVE_WIKIDATA = {"Donald Trump": "Q22686", "Joseph R. Biden": "Q6279", "Barack Obama": "Q76",
                      "George W. Bush": "Q207", "Bill Clinton": "Q1124", "Mike Pence": "Q24313",
                      "Kamala D. Harris": "Q10853588"}
#: Full names for executive.yaml entries whose first/last give an unusual form.
EXECUTIVE_NAMES = {("Joseph", "Biden"): "Joe Biden", ("William", "Clinton"): "Bill Clinton",
                   ("Michael", "Pence"): "Mike Pence", ("Donald", "Trump"): "Donald Trump"}


def cia_name(raw: str) -> tuple[str, list[str]]:
    """'Rick HOUENIPWELA' -> 'Rick Houenipwela'; '(a.k.a. David LEE)' becomes an alias."""
    aliases = [_capitalise(a) for a in re.findall(r"\(a\.k\.a\. ([^)]*)\)", raw)]
    raw = re.sub(r"\([^)]*\)", "", raw)
    raw = re.sub(r"^(Judge|Dr\.|Gen\.|Sir)\s+", "", raw.strip())
    return _capitalise(raw).strip(" ,"), aliases


def _capitalise(text: str) -> str:
    def word(w: str) -> str:
        if any(c.islower() for c in w) or len(w) == 1:
            return w
        return re.sub(r"[A-ZÀ-Þ]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), w)
    return " ".join(word(w) for w in text.split())


def main(src: Path) -> None:
    import pycountry
    import yaml

    rows: dict[tuple[str, str], dict] = {}

    def alpha2(country: str) -> str:
        fixes = {"Burma": "MM", "Korea, North": "KP", "Korea, South": "KR", "Congo, Democratic Republic of the": "CD",
                 "Congo, Republic of the": "CG", "Kosovo": "XK", "Taiwan": "TW", "Russia": "RU", "Iran": "IR",
                 "Syria": "SY", "Laos": "LA", "Vietnam": "VN", "Turkey": "TR", "Bolivia": "BO", "Venezuela": "VE",
                 "Tanzania": "TZ", "Moldova": "MD", "Cote d'Ivoire": "CI", "Ivory Coast": "CI", "Macedonia": "MK",
                 "Czechia": "CZ", "Czech Republic": "CZ", "Swaziland": "SZ", "Eswatini": "SZ", "Bahamas, The": "BS",
                 "The Bahamas": "BS", "Gambia, The": "GM", "The Gambia": "GM", "Micronesia, Federated States of": "FM",
                 "Federated States of Micronesia": "FM", "Holy See (Vatican City)": "VA", "Vatican City": "VA",
                 "East Timor": "TL", "Timor-Leste": "TL", "Cabo Verde": "CV", "Cape Verde": "CV", "Brunei": "BN",
                 "People's Republic of China": "CN", "State of Palestine": "PS", "Kingdom of Denmark": "DK",
                 "Kingdom of the Netherlands": "NL", "Republic of Ireland": "IE", "United States of America": "US",
                 "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG", "North Korea": "KP",
                 "South Korea": "KR", "Sao Tome and Principe": "ST", "São Tomé and Príncipe": "ST", "Palestine": "PS"}
        if country in fixes:
            return fixes[country]
        try:
            return pycountry.countries.lookup(country).alpha_2
        except LookupError:
            return ""

    def add(name, country, title, source, wikidata="", aliases=(), party="", bioguide="", years=""):
        key = (name, country)
        row = rows.setdefault(key, {"name": name, "aliases": [], "wikidata": "", "country": country,
                                    "titles": [], "party": "", "bioguide": "", "source": [], "years": ""})
        row["wikidata"] = row["wikidata"] or wikidata
        for a in aliases:
            if a not in row["aliases"] and a != name:
                row["aliases"].append(a)
        if title and title not in row["titles"]:
            row["titles"].append(title)
        row["party"] = row["party"] or party
        row["bioguide"] = row["bioguide"] or bioguide
        row["years"] = row["years"] or years
        if source not in row["source"]:
            row["source"].append(source)

    with open(src / "wikidata_world_leaders_2021.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            a2 = alpha2(r["country"])
            if a2 and r["officeholderLabel"] and not re.fullmatch(r"Q\d+", r["officeholderLabel"]):
                title = re.sub(r"\s+of\s+.*$", "", r["positionLabel"]).strip() or r["positionLabel"]
                add(r["officeholderLabel"], a2, title, "wikidata2021", r["officeholder"],
                    years=f"{r['start_year']}-{r['end_year']}")
    with open(src / "cia_world_leaders_2019.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            a2 = alpha2(r["country"])
            if not a2 or not r["person"].strip():
                continue
            name, aliases = cia_name(r["person"])
            title = r["title"].replace(" & ", " and ")
            # Merge with the Wikidata row of the same person where the folded names agree.
            existing = next((k for k in rows if k[1] == a2 and name_key(k[0]) == name_key(name)), None)
            add(existing[0] if existing else name, a2, title, "cia2019", aliases=aliases + ([name] if existing else []))
    for fname, source in (("executive.yaml", "executive"), ("legislators-current.yaml", "congress")):
        with open(src / fname, encoding="utf-8") as f:
            people = yaml.safe_load(f)
        for p in people:
            terms = p.get("terms") or []
            if source == "executive" and not any(t["start"] >= "1981" for t in terms):
                continue
            n = p["name"]
            name = EXECUTIVE_NAMES.get((n["first"], n["last"])) or n.get("official_full") or f"{n['first']} {n['last']}"
            aliases = []
            if n.get("nickname"):
                aliases.append(f"{n['nickname']} {n['last']}")
            aliases.append(f"{n['first']} {n['last']}")
            if n.get("official_full") and n["official_full"] != name:
                aliases.append(n["official_full"])
            wikidata = p["id"].get("wikidata") or EXECUTIVE_WIKIDATA.get(name, "") or EXECUTIVE_WIKIDATA.get(n.get("official_full", ""), "")
            kinds = {"prez": "President", "viceprez": "Vice President", "sen": "Senator", "rep": "Representative"}
            titles = list(dict.fromkeys(kinds[t["type"]] for t in reversed(terms)))
            last = terms[-1]
            years = f"{terms[0]['start'][:4]}-{last['end'][:4]}"
            for title in titles:
                add(name, "US", title, source, wikidata, aliases, party=last.get("party", ""),
                    bioguide=p["id"].get("bioguide", ""), years=years)
            if last.get("state"):
                rows[(name, "US")]["state"] = last["state"]

    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    print("# Officials known to the reference data (2019-2025 snapshots; see README.md). Posts change:")
    print("# titles are what the source listed, not what the person holds today.")
    print("# name\taliases\twikidata\tcountry\ttitles\tparty\tbioguide\tsource\tyears")
    # Andorra's co-princes hold their posts by virtue of a foreign office: list their own country first.
    for row in sorted(rows.values(), key=lambda r: "co-prince" in " ".join(r["titles"]).lower()):
        out.writerow([row["name"], "|".join(row["aliases"]), row["wikidata"], row["country"],
                      "|".join(row["titles"]), row["party"], row["bioguide"],
                      "|".join(row["source"]), row["years"]])


def us_terms(src: Path) -> None:
    """Every term of every US president and vice president, from `executive.yaml`."""
    import yaml

    with open(src / "executive.yaml", encoding="utf-8") as f:
        people = yaml.safe_load(f)
    kinds = {"prez": "President", "viceprez": "Vice President"}
    print("# Terms of US presidents and vice presidents, from congress-legislators' executive.yaml")
    print("# (public domain; see README.md), so that \"President Truman\" in a 2022 article is a former")
    print("# holder and \"President Moon\" is not the US president. Rebuild: python -m kg.data.build_officials")
    print("# --us-terms /path/to/shared/data/officials > kg/data/us_terms.tsv")
    print("# name\tsurname\ttitle\tstart\tend")
    for p in people:
        n = p["name"]
        for t in p["terms"]:
            print("\t".join([f"{n['first']} {n['last']}", n["last"], kinds[t["type"]], t["start"],
                             t["end"]]))


if __name__ == "__main__":
    if sys.argv[1] == "--us-terms":
        us_terms(Path(sys.argv[2]))
    else:
        main(Path(sys.argv[1]))
