"""Tell close languages apart where langdetect names a neighbour: Malay, Serbian, Bosnian."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from indexer.extract.tables import read_tsv

TABLE = "close_languages.tsv"
SAMPLE_CHARS = 3000  # more text than langdetect reads: the features are single words
MIN_VOTES = 3  # a candidate needs this many of its own features...
MARGIN = 2  # ...and this many times the detected language's own
WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Group:
    """Close languages and their features: whole words, word starts and letters."""

    languages: frozenset[str]
    words: dict[str, frozenset[str]]
    starts: dict[str, frozenset[str]]
    letters: dict[str, frozenset[str]]


@cache
def groups() -> tuple[Group, ...]:
    """Return the groups of close languages from the data table."""
    rows: dict[str, list[tuple[str, ...]]] = {}
    for row in read_tsv(TABLE):
        rows.setdefault(row[0], []).append(row)
    found = []
    for name, members in rows.items():
        tables: dict[str, dict[str, set[str]]] = {"word": {}, "start": {}, "letter": {}}
        for _, kind, features, marks in members:
            for feature in features.casefold().split():
                key = "start" if kind == "word" and feature.endswith("*") else kind
                tables[key].setdefault(feature.rstrip("*"), set()).update(marks.split())
        frozen = [{k: frozenset(v) for k, v in t.items()} for t in tables.values()]
        found.append(Group(frozenset(name.split()), *frozen))
    return tuple(found)


def refine(detected: str, text: str) -> tuple[str, str] | None:
    """Return a close language the text's features show instead of the detected one, and why."""
    for group in groups():
        if detected in group.languages:
            votes = _votes(group, text[:SAMPLE_CHARS].casefold())
            return _winner(detected, group, votes)
    return None


def _votes(group: Group, text: str) -> Counter[frozenset[str]]:
    """Count the features found in a text, by the set of languages each marks."""
    votes: Counter[frozenset[str]] = Counter()
    for letter, marks in group.letters.items():
        votes[marks] += text.count(letter)
    lengths = sorted({len(start) for start in group.starts})
    for word in WORD_RE.findall(text):
        if word in group.words:
            votes[group.words[word]] += 1
            continue
        for length in lengths:
            if length <= len(word) and (marks := group.starts.get(word[:length])):
                votes[marks] += 1
                break
    return votes


def _winner(detected: str, group: Group, votes: Counter[frozenset[str]]) -> tuple[str, str] | None:
    """Return the candidate that beats the detected language on features it alone has, and why."""
    best: tuple[int, str, str] | None = None
    for candidate in sorted(group.languages - {detected}):
        own = sum(n for marks, n in votes.items() if candidate in marks and detected not in marks)
        other = sum(n for marks, n in votes.items() if detected in marks and candidate not in marks)
        total = sum(n for marks, n in votes.items() if candidate in marks)
        if own >= MIN_VOTES and own > MARGIN * other and (best is None or total > best[0]):
            best = (total, candidate, f"{candidate}: {own} features against {other} for {detected}")
    return (best[1], best[2]) if best else None
