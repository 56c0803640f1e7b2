#!/usr/bin/env python3
"""Builds the embedded directory data of Chancery.Cables (src/Chancery.Cables/Data/*.tsv).

Inputs (read only, never copied): the reference lists (routing indicators, subject and organization
TAGS), the developer corpus (TAGS lines, envelopes, expected metadata) and the hand-written lists in
curated/ (meanings of tags, country names of geographic codes). Output: four TSV files holding single
codes, names and RI/address pairs only, never cable text. See README.md.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(REPO, "src", "Chancery.Cables", "Data")

MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}
ID_RE = re.compile(r"^(\d{2})([A-Z][A-Z]*?)(\d+)$")
DTG_RE = re.compile(r"^[ZOPR](?: [ZOPR])? (\d{2})(\d{4})Z ([A-Z]{3}) (\d{2,4})\b")
ADDR_RE = re.compile(r"^(?:(?:TO|INFO|XMT) +)?([A-Z]{4,7})/(.+?)\s*$")
PREC_TAIL = re.compile(r"(?:\s+(?:NIACT\s+)?(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH))?(?:\s+\d{4})?\s*$")
OFFICE_WORDS = ("AMEMBASSY", "AMCONSUL", "USOFFICE", "USMISSION", "USINT", "USLO", "AMEMB", "AMCONGEN", "USDEL")
# Minimum number of cables a corpus-only fact needs before it is trusted (one cable can be a typo).
MIN_SEEN = 2


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\r\n").rstrip("\\").rstrip() for line in f]


def read_tsv(path):
    rows = []
    for line in read_lines(path):
        if line and not line.startswith("#"):
            cells = line.split("\t")
            rows.append((cells + [""])[:2])
    return rows


def read_tsv3(path):
    return [tuple(line.split("\t")) for line in read_lines(path) if line and not line.startswith("#")]


def edit_distance(a, b):
    """Edit distance where swapping two neighbouring letters counts as one edit."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def place_words(pla):
    words = pla.split()
    if len(words) > 1 and words[0] in OFFICE_WORDS:
        words = words[1:]
    return ["".join(c for c in w if c.isalpha()) for w in words]


def derive_station(pla):
    """The canonical station name an address would have by the usual rule: office word dropped, spaces removed."""
    return "".join(place_words(pla))


def resolve_station(pla, known):
    """The known station an address names: exactly, by its first words (AMEMBASSY MEXICO CITY -> MEXICO), or
    misspelled (AMEMBASSY QUINTO -> QUITO: one edit, two for long names). None when it names no known station."""
    words = place_words(pla)
    candidate = "".join(words)
    if candidate in known:
        return candidate
    for k in range(len(words) - 1, 0, -1):
        if "".join(words[:k]) in known:
            return "".join(words[:k])
    if len(candidate) < 5:
        return None
    limit = 2 if len(candidate) >= 8 else 1
    close = [k for k in known if abs(len(k) - len(candidate)) <= limit and edit_distance(candidate, k) <= limit]
    return close[0] if len(close) == 1 else None


def corpus_dir(args):
    if args:
        return args[0]
    env = os.environ.get("CHANCERY_CORPUS")
    return env or os.path.normpath(os.path.join(REPO, "..", "shared", "corpus"))


def parse_date(lines, expected):
    for line in lines[:60]:
        m = DTG_RE.match(line.strip())
        if m and m.group(3) in MONTHS:
            year = int(m.group(4))
            if year < 100:
                year += 1900 if year >= 50 else 2000
            try:
                return datetime.date(year, MONTHS[m.group(3)], int(m.group(1)))
            except ValueError:
                pass
    created = expected.get("created")
    if created:
        try:
            return datetime.date.fromisoformat(created[:10])
        except ValueError:
            return None
    return None


def expected_fields(corpus, ref_id):
    path = os.path.join(corpus, "expected", ref_id + ".json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for source in data.get("sources", []):
        if source.get("kind") == "wikileaks-cable-viewer-metadata":
            return source.get("fields", {})
    return {}


def tags_of(lines):
    for line in lines:
        s = line.strip()
        if s.startswith("TAGS") and len(s) > 4 and s[4] in ": ":
            s = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", s[4:].lstrip(": "))
            return {t.upper() for t in re.split(r"[\s,;]+", s) if t}
    return set()


def scan_corpus(corpus):
    tag_counts = collections.Counter()
    fm_votes = collections.defaultdict(collections.Counter)   # PLA -> station -> cables
    id_stations = []                                          # (station of the id, FM address or None)
    origin_names = collections.defaultdict(collections.Counter)
    ri_seen = collections.defaultdict(list)                   # RI -> [(date, PLA)]
    for path in sorted(glob.glob(os.path.join(corpus, "cables", "*.txt"))):
        ref_id = os.path.basename(path)[:-4]
        lines = read_lines(path)
        expected = expected_fields(corpus, ref_id)
        tag_counts.update(tags_of(lines))
        m = ID_RE.match(ref_id)
        station = m.group(2) if m else None
        fm = next((" ".join(line[3:].split()) for line in lines[:400] if line.startswith("FM ")), None)
        if station:
            id_stations.append((station, fm))
            if expected.get("origin"):
                origin_names[station][expected["origin"]] += 1
        date = parse_date(lines, expected)
        in_header = False
        for line in lines[:400]:
            s = line.strip()
            if s.startswith("FM "):
                pla = " ".join(s[3:].split())
                if station and pla:
                    fm_votes[pla][station] += 1
                in_header = True
                continue
            if not in_header:
                continue
            if not s:
                break
            a = ADDR_RE.match(s)
            if a and date:
                pla = " ".join(PREC_TAIL.sub("", a.group(2)).split())
                if pla:
                    ri_seen[a.group(1)].append((date, pla))
    return tag_counts, fm_votes, id_stations, origin_names, ri_seen


def build_tags(ref, corpus_tags):
    subject = set(read_lines(os.path.join(ref, "subject-tags.txt"))) - {""}
    organizations = [t.strip() for t in read_lines(os.path.join(ref, "organization-tags.txt")) if t.strip()]
    subject_meanings = dict(read_tsv(os.path.join(HERE, "curated", "subject-tags.tsv")))
    program_meanings = dict(read_tsv(os.path.join(HERE, "curated", "program-tags.tsv")))
    geo_names = dict(read_tsv(os.path.join(HERE, "curated", "geographic-codes.tsv")))
    rows = {}
    for tag in sorted(subject | set(subject_meanings)):
        kind = "Program" if tag.startswith("K") else "Subject"
        rows[tag] = (kind, subject_meanings.get(tag, program_meanings.get(tag, "")))
    for tag, meaning in program_meanings.items():
        rows[tag] = ("Program", meaning)
    # Program TAGS the corpus shows in several cables are real even where their meaning is not known here.
    for tag, n in corpus_tags.items():
        if re.fullmatch(r"K[A-Z]{3}", tag) and n >= MIN_SEEN * 2 and tag not in rows:
            rows[tag] = ("Program", "")
    for code, name in geo_names.items():
        rows[code] = ("Geographic", name)
    for tag in organizations:
        rows.setdefault(tag, ("Organization", ""))
    return rows


def build_stations(ref, fm_votes, id_stations, origin_names, ri_seen):
    acp = [line.split(",", 1) for line in read_lines(os.path.join(ref, "routing-indicators.csv")) if "," in line]
    # Range rows ("RHOOAAA THRU RHOOAAZ") are not single indicators and are left out.
    acp = [(ri, name.strip('"')) for ri, name in acp if ri.isalpha()]

    # Addresses the corpus pairs with an originating station (FM line + the file's reference id).
    addresses = {}
    for pla, votes in fm_votes.items():
        station, n = votes.most_common(1)[0]
        if n >= MIN_SEEN or derive_station(pla) == station:
            addresses[pla] = station
    stations = {s for s in addresses.values()}
    # Reference ids name stations too, when several cables agree and no cable's FM address says otherwise
    # (08EFTOLONDON2883 comes FM AMEMBASSY LONDON, which the other London cables map to LONDON).
    id_counts = collections.Counter(station for station, _ in id_stations)
    contradicted = {station for station, fm in id_stations if fm in addresses and addresses[fm] != station}
    stations |= {s for s, n in id_counts.items() if n >= MIN_SEEN and s not in contradicted}
    # Embassies and consulates on the State network, and those seen as addressees in several cables, are
    # stations even when no cable from them is here (06ALMATY... ids exist, no Almaty cable is in the corpus),
    # unless the address is a longer or misspelled form of a known station.
    addressee_counts = collections.Counter(pla for obs in ri_seen.values() for _, pla in obs)
    candidates = [name for ri, name in acp if ri.startswith("RUEH") and name.split()[0] in ("AMEMBASSY", "AMCONSUL")]
    candidates += [pla for pla, n in addressee_counts.items()
                   if n > MIN_SEEN and pla not in addresses and pla.split()[0] in ("AMEMBASSY", "AMCONSUL")]
    for pla in candidates:
        if resolve_station(pla, stations) is None:
            stations.add(derive_station(pla))
    # Addresses seen only as addressees or in ACP 117 map to the station they name.
    for pla in list(addressee_counts) + [name for ri, name in acp if ri.startswith("RUEH")]:
        if pla not in addresses and pla.split()[0] in OFFICE_WORDS:
            station = resolve_station(pla, stations)
            if station:
                addresses[pla] = station

    acp_by_ri = collections.defaultdict(list)
    for ri, name in acp:
        acp_by_ri[ri].append(name)
    ri_rows = []
    for ri in sorted(set(acp_by_ri) | set(ri_seen)):
        ri_rows.extend(routing_rows(ri, ri_seen.get(ri, []), acp_by_ri.get(ri, []), addresses))

    names = {}
    for station in stations:
        votes = origin_names.get(station)
        names[station] = votes.most_common(1)[0][0] if votes else ""
    return ri_rows, addresses, names


def move_boundary(before, after):
    """The first day of the later station when one RI moved between two stations, or None when the
    sightings do not show a move (they interleave: the RI served both at once). A few late sightings of
    the old address (drafters keep old addresses for a while) are tolerated."""
    best = None
    for candidate in sorted({d for d, _ in after}):
        errors = sum(1 for d, _ in before if d >= candidate) + sum(1 for d, _ in after if d < candidate)
        if best is None or errors < best[0]:
            best = (errors, candidate)
    if best is None or best[0] > max(1, min(len(before), len(after)) // 3):
        return None
    return best[1]


def routing_rows(ri, observations, acp_names, addresses):
    """The rows of one routing indicator: stations it delivered to (with validity periods when the corpus
    shows it moving from one station to another), other addresses it served, and the ACP 117 entries."""
    by_station = collections.defaultdict(list)
    unmapped = collections.Counter()
    for date, pla in observations:
        if pla in addresses:
            by_station[addresses[pla]].append((date, pla))
        else:
            unmapped[pla] += 1
    trusted = {k: v for k, v in by_station.items() if len(v) >= MIN_SEEN} or by_station
    ordered = sorted(trusted.items(), key=lambda kv: sorted(d for d, _ in kv[1])[len(kv[1]) // 2])
    boundaries = [move_boundary(a[1], b[1]) for a, b in zip(ordered, ordered[1:])]
    moved = len(ordered) > 1 and all(b is not None for b in boundaries)
    rows = []
    for i, (station, obs) in enumerate(ordered):
        pla = collections.Counter(p for _, p in obs).most_common(1)[0][0]
        start = until = ""
        if moved and i > 0:
            start = boundaries[i - 1].isoformat()
        if moved and i + 1 < len(ordered):
            until = (boundaries[i] - datetime.timedelta(days=1)).isoformat()
        rows.append((ri, pla, station, start, until, "corpus"))
    if moved:  # the most recent station first: it is the answer when no date is given
        rows.reverse()
    for pla, n in unmapped.most_common():
        if n >= MIN_SEEN or (not rows and not acp_names):
            rows.append((ri, pla, "", "", "", "corpus"))
    for name in acp_names:
        if name not in {r[1] for r in rows}:
            rows.append((ri, name, addresses.get(name, ""), "", "", "acp117"))
    return rows


def write_tsv(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + "\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def main(args):
    corpus = corpus_dir(args)
    ref = os.path.normpath(os.path.join(corpus, "..", "reference"))
    if not os.path.isdir(os.path.join(corpus, "cables")) or not os.path.isdir(ref):
        sys.exit(f"corpus or reference not found at {corpus}")
    os.makedirs(OUT, exist_ok=True)
    tag_counts, fm_votes, id_stations, origin_names, ri_seen = scan_corpus(corpus)
    for ri, pla, date in read_tsv3(os.path.join(HERE, "curated", "routing-facts.tsv")):
        ri_seen[ri].append((datetime.date.fromisoformat(date), pla))
    tags = build_tags(ref, tag_counts)
    write_tsv("tags.tsv", ["tag", "kind", "meaning"], [(t, k, m) for t, (k, m) in sorted(tags.items())])
    ri_rows, addresses, names = build_stations(ref, fm_votes, id_stations, origin_names, ri_seen)
    write_tsv("routing-indicators.tsv", ["ri", "address", "station", "from", "until", "source"], ri_rows)
    write_tsv("addresses.tsv", ["address", "station"], sorted(addresses.items()))
    write_tsv("stations.tsv", ["station", "name"], sorted(names.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
