"""Score `entente extract` output against gold, overall and per language, with the shared scorer.

Usage: python benchmarks/score_languages.py GOLD.jsonl [GOLD.jsonl ...] --out OUT.jsonl
       [--scorer ../shared/acceptance/score_extraction.py] [--table FILE.md]

The gold files are concatenated; each language's rows are scored by the shared scorer on their
own, and its figures are gathered in one Markdown table (written to --table, and printed).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

FIGURES = re.compile(r"^(\w+)\s+(?:accuracy ([\d.]+)|P ([\d.]+) R ([\d.]+) F1 ([\d.]+))")
INVENTED = re.compile(r"invented dates: (\d+)")
COLUMNS = (
    "date",
    "invented",
    "title",
    "language",
    "countries",
    "country R",
    "people",
    "authors",
    "topics",
)


def score(scorer: Path, gold_rows: list[str], out: Path) -> dict[str, str]:
    """Return the scorer's figures for these gold rows (F1 for sets, accuracy otherwise)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        handle.write("\n".join(gold_rows) + "\n")
    printed = subprocess.run(
        [sys.executable, str(scorer), handle.name, str(out)], capture_output=True, text=True
    ).stdout
    Path(handle.name).unlink()
    found: dict[str, str] = {}
    for line in printed.splitlines():
        if (match := FIGURES.match(line)) is not None:
            name, accuracy, _, recall, f1 = match.groups()
            found[name] = accuracy or f1
            if name == "countries":
                found["country R"] = recall
        elif (match := INVENTED.search(line)) is not None:
            found["invented"] = match.group(1)
    return found


def main() -> int:
    """Print and write the per-language table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="entente extract output")
    parser.add_argument(
        "--scorer", type=Path, default=Path("../shared/acceptance/score_extraction.py")
    )
    parser.add_argument("--table", type=Path, default=None)
    args = parser.parse_args()
    rows = [
        line
        for path in args.gold
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    by_language: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_language[json.loads(row)["language"]].append(row)
    lines = [
        "| set | n | " + " | ".join(COLUMNS) + " |",
        "|---|---|" + "---|" * len(COLUMNS),
    ]
    for name, subset in [("all", rows), *sorted(by_language.items())]:
        figures = score(args.scorer, subset, args.out)
        lines.append(
            f"| {name} | {len(subset)} | " + " | ".join(figures.get(c, "") for c in COLUMNS) + " |"
        )
    table = "\n".join(lines) + "\n"
    print(table)
    if args.table:
        args.table.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
