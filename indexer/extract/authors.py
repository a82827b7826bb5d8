"""Read author names from byline lines, kept apart from the people an article is about."""

from __future__ import annotations

import re

from indexer.extract.found import Found
from indexer.extract.gazetteer import UNIVERSAL, is_place_word
from indexer.extract.tables import read_words
from indexer.parse import ParsedDoc

PREFIX_RE = re.compile(
    r"^(?:\([^)]{1,40}\)\s*)?(?:by|written by|(?:with )?(?:additional )?reporting by|reported by"
    r"|writing by|compiled by|words by|story by|posted by|(?-i:di)|texto|testo"
    r"|von|ein beitrag von|par|por|escrito por|autor(?:ka)?|author|text|tekst|reporter"
    r"|napsala?|napísala?)\s*[:\-]?\s+",
    re.IGNORECASE,
)
# A role between the keyword and the name: "By Washington correspondent Jane Doe".
ROLE_RE = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}?(?:correspondent|reporter|staff writer|writer|editor)s?\s+(?=[A-Z])",
    re.IGNORECASE,
)
# Clauses of a credit line: "Reporting by A; Editing by B", "Written by A. Additional reporting by B"
CLAUSE_RE = re.compile(r"\s*;\s*|\.\s+(?=(?:[\w-]+\s+){0,2}by\s)")
# Clauses that credit someone other than an author.
EDITING_RE = re.compile(
    r"^(?:editing|edited|graphics|photos?|photography|video|translation|translated|fact-checking)\b",
    re.IGNORECASE,
)
NOISE_RE = re.compile(r"<[^>]*>|\S+@\S+|https?://\S+|\([^)]*\)")
# Where the names stop: a separator before a date, an outlet or a role.
TAIL_RE = re.compile(r"\s+(?:[|•·–—/]|-\s).*$|\s+\d.*$")
SPLIT_RE = re.compile(r"\s*(?:,|;|&|\b(?:and|und|i|et|y|e|a|en)\b)\s*")
NAME_WORD_RE = re.compile(r"^[^\W\d_][\w'’.-]*$")
MIN_WORDS = 2  # one word is an agency or outlet ("Reuters"), not a name
MAX_WORDS = 4


def extract_authors(doc: ParsedDoc) -> Found[tuple[str, ...]]:
    """Return the names in the article's bylines, in order."""
    names: list[str] = []
    for line in doc.bylines:
        clauses = [c for c in CLAUSE_RE.split(line) if c and not EDITING_RE.match(c)]
        for name in (n for clause in clauses for n in parse_byline(clause)):
            if name not in names:
                names.append(name)
    return Found(tuple(names), " / ".join(doc.bylines))


def parse_byline(line: str) -> list[str]:
    """Return the names in one byline; "Given, Family" with one word each becomes "Family Given"."""
    text = PREFIX_RE.sub("", line.strip(), count=1)
    text = ROLE_RE.sub("", text, count=1)
    text = NOISE_RE.sub(" ", text)
    text = TAIL_RE.sub("", " ".join(text.split())).strip(" ,;")
    parts = [p.strip() for p in SPLIT_RE.split(text) if p.strip()]
    if "," in text and len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
        parts = [f"{parts[1]} {parts[0]}"]
    return [name for part in parts if (name := _name(part))]


def as_written(name: str) -> str:
    """Return a name set in capitals ("ELLEN BRADY") in ordinary case, others unchanged."""
    if not name.isupper():
        return name
    return " ".join(
        re.sub(r"(?<=\b\w['’])\w", lambda m: m[0].upper(), w.capitalize()) for w in name.split()
    )


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
    if not MIN_WORDS <= len(capitalized) <= MAX_WORDS or is_place_word(words[0], UNIVERSAL):
        return None
    return as_written(" ".join(words))
