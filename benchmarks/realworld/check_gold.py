"""Check the real-world gold sets: keys, verbatim strings, codes, slugs, file layout, counts."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

KEYS = {
    "file", "title", "date", "date_evidence", "language", "countries", "people", "authors",
    "topics", "url", "outlet", "event", "notes", "pairs", "equipment",
}  # fmt: skip
TOPICS = set(
    "air-defense ammunition armored-vehicles tanks artillery missiles drones naval aircraft "
    "landmines demining cybersecurity training joint-exercises defense-industry procurement "
    "military-aid peacekeeping border-security arms-control intelligence space".split()
)
ISO_ALPHA2 = set(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
    DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
    GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
    KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU
    MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
    PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
    TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
    ZM ZW""".split()
)
# Rounds 1 and 2 split each language's articles by the parity of NN; rounds 3 and 4 have their own
# folders with no parity rule (dev3 training; test3 and test4 blind sets).
PARITY_SPLITS = ("dev", "test", "dev2", "test2")
SPLITS = (*PARITY_SPLITS, "dev3", "test3", "test4")
NAME_RE = re.compile(r"^([a-z]{2,3})-(\d{2,})-[A-Za-z0-9._-]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SCRIPTS = (
    "LATIN CYRILLIC GREEK HANGUL HIRAGANA KATAKANA CJK ARABIC HEBREW DEVANAGARI THAI "
    "ARMENIAN GEORGIAN BENGALI TAMIL".split()
)


def script_of(text: str) -> str:
    """Dominant writing system of the letters of a text (kana with Han counts as Japanese)."""
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            first = unicodedata.name(ch, "UNKNOWN").split()[0]
            counts[first if first in SCRIPTS else "OTHER"] += 1
    kana = counts.pop("HIRAGANA", 0) + counts.pop("KATAKANA", 0)
    han = counts.pop("CJK", 0)
    if kana and kana * 10 >= kana + han:
        counts["KANA+HAN"] = kana + han
    elif han or kana:
        counts["HAN"] = han + kana
    return counts.most_common(1)[0][0].title() if counts else "none"


def check_row(row: dict, split: str, art_dir: Path, where: str) -> list[str]:
    """Problems of one gold row."""
    probs: list[str] = []
    keys = set(row)
    if keys != KEYS:
        miss, extra = sorted(KEYS - keys), sorted(keys - KEYS)
        probs.append(f"{where}: missing keys {miss}, extra keys {extra}")
    name = str(row.get("file", ""))
    path = art_dir / name
    if not name or not path.is_file():
        return [*probs, f"{where}: file not found: {path}"]
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [*probs, f"{where}: {name} is not UTF-8"]
    if unicodedata.normalize("NFC", text) != text:
        probs.append(f"{where}: {name} is not NFC")
    m = NAME_RE.match(path.stem)
    if not m:
        probs.append(f"{where}: file name not <lang>-<NN>-<slug>: {name}")
    elif split in PARITY_SPLITS and (int(m.group(2)) % 2 == 1) != split.startswith("dev"):
        probs.append(f"{where}: NN {m.group(2)} of {name} is in the wrong split ({split})")
    lang = row.get("language")
    if not isinstance(lang, str) or len(lang) < 2 or not lang.isalpha():
        probs.append(f"{where}: bad language code {lang!r}")
    elif m and m.group(1) != lang:
        probs.append(f"{where}: language {lang!r} differs from file prefix {m.group(1)!r}")
    notes = str(row.get("notes") or "")
    for key in ("title", "date_evidence"):
        val = row.get(key)
        if val is not None and (not isinstance(val, str) or val not in text):
            probs.append(f"{where}: {key} not verbatim in file: {val!r}")
    for key in ("people", "authors"):
        vals = row.get(key)
        if not isinstance(vals, list):
            probs.append(f"{where}: {key} is not a list")
            continue
        for val in vals:
            if not isinstance(val, str) or (val not in text and val not in notes):
                probs.append(f"{where}: {key[:-1]} not in file nor in notes: {val!r}")
        if len(set(map(str, vals))) != len(vals):
            probs.append(f"{where}: duplicate {key}")
    date = row.get("date")
    if date is not None and not (isinstance(date, str) and DATE_RE.match(date)):
        probs.append(f"{where}: date not YYYY-MM-DD or null: {date!r}")
    if date is not None and row.get("date_evidence") is None:
        probs.append(f"{where}: date given but date_evidence is null")
    countries = row.get("countries")
    if not isinstance(countries, list):
        probs.append(f"{where}: countries is not a list")
    else:
        bad = [c for c in countries if c not in ISO_ALPHA2]
        if bad:
            probs.append(f"{where}: not ISO 3166-1 alpha-2: {bad}")
    pairs = row.get("pairs")
    if not isinstance(pairs, list):
        probs.append(f"{where}: pairs is not a list")
    else:
        for pair in pairs:
            parts = pair.split("-") if isinstance(pair, str) else []
            if (
                len(parts) != 2
                or parts[0] == parts[1]
                or parts != sorted(parts)
                or not all(c in ISO_ALPHA2 for c in parts)
            ):
                probs.append(f"{where}: pair not two sorted hyphen-joined ISO codes: {pair!r}")
            elif isinstance(countries, list) and not all(c in countries for c in parts):
                probs.append(f"{where}: pair code not in countries: {pair!r}")
        if len(set(map(str, pairs))) != len(pairs):
            probs.append(f"{where}: duplicate pairs")
    equipment = row.get("equipment")
    if not isinstance(equipment, list):
        probs.append(f"{where}: equipment is not a list")
    else:
        for item in equipment:
            if not isinstance(item, str) or not item.strip():
                probs.append(f"{where}: equipment entry not a non-empty string: {item!r}")
        if len(set(map(str, equipment))) != len(equipment):
            probs.append(f"{where}: duplicate equipment")
    topics = row.get("topics")
    if not isinstance(topics, list):
        probs.append(f"{where}: topics is not a list")
    else:
        bad = [t for t in topics if t not in TOPICS]
        if bad:
            probs.append(f"{where}: unknown topic slugs: {bad}")
    return probs


def main(argv: list[str]) -> int:
    """Check every gold.*.jsonl of every split; `--batch NAME` limits to one batch."""
    root = Path(__file__).resolve().parent
    batch = argv[argv.index("--batch") + 1] if "--batch" in argv else None
    problems: list[str] = []
    urls: dict[str, str] = {}
    # later rounds' numbers continue each language's count
    for split in SPLITS:
        art_dir = root / split / "articles"
        rows_seen: set[str] = set()
        counts: Counter[tuple[str, str]] = Counter()
        for gold in sorted((root / split).glob("gold.*.jsonl")):
            mine = batch is None or gold.name == f"gold.{batch}.jsonl"
            for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                where = f"{split}/{gold.name}:{n}"
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    problems.append(f"{where}: invalid JSON: {err}")
                    continue
                name = str(row.get("file", ""))
                if name in rows_seen and mine:
                    problems.append(f"{where}: second row for {name}")
                rows_seen.add(name)
                url = row.get("url")
                if url and url in urls and mine:
                    problems.append(f"{where}: same url as {urls[url]}: {url}")
                if url:
                    urls.setdefault(url, where)
                if not mine:
                    continue
                problems += check_row(row, split, art_dir, where)
                path = art_dir / name
                if path.is_file():
                    text = path.read_text(encoding="utf-8", errors="replace")
                    counts[(str(row.get("language")), script_of(text))] += 1
        if batch is None and art_dir.is_dir():
            for path in sorted(p for p in art_dir.iterdir() if p.is_file()):
                if path.name not in rows_seen:
                    problems.append(f"{split}/articles/{path.name}: no gold row")
        total = sum(counts.values())
        print(f"== {split}: {total} articles" + (f" (batch {batch})" if batch else ""))
        for (lang, script), k in sorted(counts.items()):
            print(f"  {lang:4} {script:10} {k}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
