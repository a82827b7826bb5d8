"""Score extracted partner pairs and equipment against gold annotations: P/R/F1 per field and language.

Usage: python benchmarks/score_cooperation.py GOLD.jsonl [GOLD.jsonl ...] --out OUT.jsonl

GOLD rows name their article in "file" and carry "pairs" and "equipment" (rows without a field
are not scored for it); OUT is `entente extract` output, matched on the file name of "source".
Figures are micro-averaged over all values; equipment compares names ignoring case.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePath

FIELDS = ("pairs", "equipment")


@dataclass
class Tally:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], found: set[str]) -> None:
        """Count one article's values."""
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    def figures(self) -> tuple[float, float, float]:
        """Return precision, recall and F1 (1.0 when there was nothing to find or find)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _norm(field: str, values: list[str]) -> set[str]:
    if field == "pairs":
        return {"-".join(sorted(v.upper().split("-"))) for v in values}
    return {v.casefold().strip() for v in values}


def read_jsonl(paths: list[str]) -> list[dict[str, object]]:
    """Return the rows of JSON Lines files."""
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def score(gold: list[dict], out: list[dict]) -> dict[str, dict[str, Tally]]:
    """Return field → language ("all" included) → tally."""
    found = {PurePath(str(row["source"]).split("#")[0]).name: row for row in out}
    tallies: dict[str, dict[str, Tally]] = {f: defaultdict(Tally) for f in FIELDS}
    for row in gold:
        extracted = found.get(str(row["file"]), {})
        for field in FIELDS:
            if field not in row:
                continue
            g = _norm(field, list(row[field] or []))
            e = _norm(field, list(extracted.get(field) or []))
            for key in ("all", str(row.get("language") or "und")):
                tallies[field][key].add(g, e)
    return tallies


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    tallies = score(read_jsonl(args.gold), read_jsonl([args.out]))
    for field in FIELDS:
        print(f"## {field}")
        print(f"{'lang':6} {'P':>6} {'R':>6} {'F1':>6}  tp fp fn")
        by_lang = tallies[field]
        for lang in ["all", *sorted(k for k in by_lang if k != "all")]:
            t = by_lang[lang]
            p, r, f = t.figures()
            print(f"{lang:6} {p:6.3f} {r:6.3f} {f:6.3f}  {t.tp} {t.fp} {t.fn}")
        print()


if __name__ == "__main__":
    main()
