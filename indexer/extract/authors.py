"""Read author names from byline lines, kept apart from the people an article is about."""

from __future__ import annotations

import re
from functools import cache

from indexer.extract.bylines import is_name_line
from indexer.extract.coordination import and_words
from indexer.extract.data import bylines as rules
from indexer.extract.found import Found
from indexer.extract.gazetteer import UNIVERSAL, is_place_word
from indexer.extract.labelbylines import labelled_bylines
from indexer.extract.tables import read_tsv, read_words
from indexer.parse import ParsedDoc

LABEL_END_RE = re.compile(r"^\s*[:：/|\-]?\s*")  # what may follow a byline's opening word
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
NOISE_RE = re.compile(r"<[^>]*>|\S+@\S+|https?://\S+|\([^)]*\)|（[^）]*）")
# Where the names stop: a separator before a date, an outlet or a role.
TAIL_RE = re.compile(r"\s+(?:[|•·–—]|-\s).*$|\s*\d.*$")
SPLIT_RE = re.compile(
    rf"\s*(?:,|;|&|/|、|，|،|\b(?:{'|'.join(map(re.escape, and_words()))})\b|\sو)\s*"
)
NAME_WORD_RE = re.compile(r"^[^\W\d_][\w'’.-]*$")
MIN_WORDS = 2  # one word is an agency or outlet ("Reuters"), not a name
MAX_WORDS = 4
# Names in scripts without capitals: one block of Hangul or Han, or a few words of Thai,
# Arabic, Hebrew or Devanagari (combining marks included).
CASELESS_NAME_RES = (
    re.compile(rf"[가-힣]{{{rules.HANGUL_NAME[0]},{rules.HANGUL_NAME[1]}}}"),
    # a space may part family and given name ("孙 飞", "竹内 修")
    re.compile(
        rf"(?=.{{{rules.HAN_NAME[0]},{rules.HAN_NAME[1] + 1}}}$)[\u4e00-\u9fff\u3005]+(?: [\u4e00-\u9fff\u3005]+)?"
    ),
    re.compile(
        rf"(?=.{{{rules.KANA_HAN_NAME[0]},{rules.KANA_HAN_NAME[1] + 1}}}$)"
        r"[\u4e00-\u9fff\u3005\u3040-\u30ff]+(?: [\u4e00-\u9fff\u3005\u3040-\u30ff]+)?"
    ),
    re.compile(r"[\u0e00-\u0e7f]+(?: [\u0e00-\u0e7f]+){0,2}"),
    re.compile(r"[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+){1,3}"),
    re.compile(r"[\u0590-\u05ff'\"׳״-]+(?: [\u0590-\u05ff'\"׳״-]+){1,3}"),
    re.compile(r"[\u0900-\u097f]+(?: [\u0900-\u097f]+){1,3}"),
)


def extract_authors(doc: ParsedDoc, language: str = "und") -> Found[tuple[str, ...]]:
    """Return the names in the article's bylines, in order.

    Bare name lines (a name under the headline, a sign-off) count only when the page has no
    byline with a label: a menu item such as "Foreign Affairs" reads like a name too.
    """
    labelled = [line for line in doc.bylines if not is_name_line(line)]
    labelled += labelled_bylines(doc, language)
    names = _names(labelled)
    lines = labelled
    if not names:
        lines = list(doc.bylines)
        names = _names(lines)
    return Found(tuple(names), " / ".join(lines))


def _names(lines: list[str]) -> list[str]:
    """Return the author names of byline lines, each once, credits for others left out."""
    names: list[str] = []
    for line in lines:
        clauses = [c for c in CLAUSE_RE.split(line) if c and not EDITING_RE.match(c)]
        for name in (n for clause in clauses for n in parse_byline(clause)):
            if name not in names:
                names.append(name)
    return names


@cache
def opener_re() -> re.Pattern[str]:
    """Return the byline rule of lines.tsv, the one list of the words that open a byline line."""
    pattern = next(row[1] for row in read_tsv("lines.tsv") if row[0] == "byline")
    return re.compile(pattern, re.IGNORECASE)


@cache
def prefix_re() -> re.Pattern[str]:
    """Return the pattern of a byline's opening label of data/bylines.py, in every language."""
    labels = {label.rstrip(":/|") for group in rules.AUTHOR_LABELS.values() for label in group}
    words = sorted((re.escape(label) for label in labels), key=len, reverse=True)
    return re.compile(
        rf"^(?:\([^)]{{1,40}}\)\s*)?(?:{'|'.join(words)})\s*[:：/|\-]?\s*", re.IGNORECASE
    )


def _without_label(line: str) -> str:
    """Return a byline without its opening word or label ("By", "Autor:", "Napsal")."""
    if opened := opener_re().match(line):
        return LABEL_END_RE.sub("", line[opened.end("opener") :], count=1)
    return prefix_re().sub("", line, count=1)


@cache
def reporter_re() -> re.Pattern[str]:
    """Return the pattern of a reporter word after a name ("기자", "記者", "संवाददाता")."""
    words = sorted({w for group in rules.REPORTER_AFTER.values() for w in group}, key=len)[::-1]
    return re.compile(rf",?\s*(?:{'|'.join(words)})(?=\s|$|[,、，=])")


def parse_byline(line: str) -> list[str]:
    """Return the names in one byline; "Given, Family" with one word each becomes "Family Given"."""
    text = _without_label(line.strip())
    text = ROLE_RE.sub("", text, count=1)
    text = reporter_re().sub(",", NOISE_RE.sub(" ", text))
    text = TAIL_RE.sub("", " ".join(text.split())).strip(" ,;")
    parts = [p.strip() for p in SPLIT_RE.split(text) if p.strip()]
    if "," in text and len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
        if all(NAME_WORD_RE.match(p) and p[0].isupper() for p in parts):
            parts = [f"{parts[1]} {parts[0]}"]
    names = [_name(part) or _caseless_name(part) for part in parts]
    return [name for name in names if name and not _newsroom(name)]


def _newsroom(name: str) -> bool:
    """Tell whether a credit names an agency or a newsroom rather than a person."""
    words = name.casefold().split()
    return name.casefold() in rules.AGENCIES or any(w in rules.NOT_PERSON_WORDS for w in words)


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
    return " ".join(words)  # as the page writes it, capitals kept


def _caseless_name(part: str) -> str | None:
    """Return a part that is wholly a name in a script without capitals, or None."""
    part = part.strip(" :：-–—=")
    if part in rules.NOT_NAMES_BEFORE_REPORTER:
        return None
    return part if any(p.fullmatch(part) for p in CASELESS_NAME_RES) else None
