"""Read author names from byline lines, kept apart from the people an article is about."""

from __future__ import annotations

import re

from indexer.extract.found import Found
from indexer.extract.tables import read_words
from indexer.parse import ParsedDoc

PREFIX_RE = re.compile(
    r"^(?:by|written by|reporting by|words by|story by|von|par|por|autor(?:ka)?|author|text|tekst)"
    r"\s*[:\-]?\s+",
    re.IGNORECASE,
)
NOISE_RE = re.compile(r"<[^>]*>|\S+@\S+|https?://\S+|\([^)]*\)")
# Where the names stop: a separator before a date, an outlet or a role.
TAIL_RE = re.compile(r"\s+(?:[|•·–—/]|-\s).*$|\s+\d.*$")
SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bi\b|\bet\b|\by\b)\s*")
NAME_WORD_RE = re.compile(r"^[^\W\d_][\w'’.-]*$")
MAX_WORDS = 4


def extract_authors(doc: ParsedDoc) -> Found[tuple[str, ...]]:
    """Return the names in the article's bylines, in order."""
    names: list[str] = []
    for line in doc.bylines:
        for name in parse_byline(line):
            if name not in names:
                names.append(name)
    return Found(tuple(names), " / ".join(doc.bylines))


def parse_byline(line: str) -> list[str]:
    """Return the names in one byline; "Given, Family" with one word each becomes "Family Given"."""
    text = PREFIX_RE.sub("", line.strip(), count=1)
    text = NOISE_RE.sub(" ", text)
    text = TAIL_RE.sub("", " ".join(text.split())).strip(" ,;")
    parts = [p.strip() for p in SPLIT_RE.split(text) if p.strip()]
    if "," in text and len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
        parts = [f"{parts[1]} {parts[0]}"]
    return [name for part in parts if (name := _name(part))]


def _name(part: str) -> str | None:
    """Return the leading capitalized words of a part (particles allowed inside) as a name."""
    words: list[str] = []
    tokens = part.split()
    for index, word in enumerate(tokens):
        if not NAME_WORD_RE.match(word):
            break
        if not word[0].isupper():
            following = tokens[index + 1 : index + 2]
            if not (words and word in read_words("particles.tsv") and following):
                break
        words.append(word)
    while words and not words[-1][0].isupper():
        words.pop()
    capitalized = [w for w in words if w[0].isupper()]
    return " ".join(words) if 1 <= len(capitalized) <= MAX_WORDS else None
