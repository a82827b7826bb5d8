"""Load the rule tables kept as data files in indexer/extract/data."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of a tab-separated data file, skipping blank lines and # comments."""
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def read_words(name: str) -> frozenset[str]:
    """Return the case-folded words of a data file, several per line allowed."""
    return frozenset(
        word.casefold() for row in read_tsv(name) for cell in row for word in cell.split()
    )


@cache
def nonname_words() -> frozenset[str]:
    """Return the words never part of a person's name: function, calendar, firm and brand words."""
    return read_words("nonname.tsv") | read_words("calendar.tsv") | read_words("brands.tsv")
