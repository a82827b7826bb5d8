"""Kinds of lines: line rules from data, and the shapes of prose, headlines, dates and bylines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from indexer.extract.tables import read_tsv, read_words
from indexer.headline import CJK_PER_WORD, cjk_letters, word_count
from indexer.regexfold import Gate, first_letters, re_fold

DATA = Path(__file__).with_name("extract") / "data"
LINE_RULES = DATA / "lines.tsv"
DATE_FILLER = DATA / "date_filler.tsv"
DATE_LABELS = DATA / "date_labels.tsv"
# date_labels.tsv kinds as line kinds, and what must follow a label: a date within two words.
LABEL_KINDS = {"published": "label", "updated": "updated", "today": "widget", "photo": "caption"}
# What a photo label ends: a credit of a few words closing a short line ("… - Photo: J. Doe");
# a long paragraph that ends so is left to the body.
PHOTO_CREDIT = r"\s*[:：/]\s*[^\s.!?][^!?]{0,60}$"
LABEL_DATE = r"(?:\s+on)?\s*[:\-–|：]?\s*(?:[^\W\d_]{2,}\.?,?\s+){0,2}\d"

FIRST_LETTERS = 4096  # alternations kept, one per first letter met
ANCHORED_NEEDS = 4  # a rule tried at the line's start is gated only on this few needed words
# A line is prose (the body has begun) when it is this long or has this many words.
PROSE_CHARS = 200
PROSE_WORDS = 30
BYLINE_CHARS = 120
LEADING_DATE_RE = re.compile(
    r"^(?:[^\W\d_]{3,}\.?,?\s+){0,2}[\d./\-–:, ]+"
    r"(?:(?:[AP]M|GMT\s*[+\-]?\d*|UTC\s*[+\-]?\d*)\b\s*)?",
    re.IGNORECASE,
)
SENTENCE_END_RE = re.compile(r"[^\W\d_]{2,}[.!?…][\"'”’)]*$")
CLOSERS = "\"'”’)"
# A line of links: "News|Contact|About" (a paragraph of prose never has this many bars).
# Bullets and middle dots count only between spaces: Catalan writes "col·laboració".
MENU_SEPARATOR_RE = re.compile(r"\||\s[•·]\s")
MENU_SEPARATORS = 3
# A sentence of hanzi or kana ends with a full stop: a line with one is prose, not a headline.
SPACED_WORD_RE = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,}")
SPACED_WORDS_RE = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")
MIN_CJK_TITLE = 6  # hanzi and kana a headline has at least ("星洲网" is a site's name)
FULL_STOP_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff][。！？]")
# A programme's or report's name with its year: one long word, then the year.
NAMED_YEAR_RE = re.compile(r"^([^\W\d_]{6,})\s+(?:19|20)\d\d$")
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A line with a year and at most this many words besides is a date line, not a headline.
DATE_LINE_WORDS = 4
DATE_LINE_CHARS = 60
# A line that ends a sentence and has this many words is prose, not a deck.
PROSE_SENTENCE_WORDS = 12


@cache
def line_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Return the (kind, pattern) line rules from the data file."""
    rules = []
    for kind, pattern, *_ in read_tsv(LINE_RULES.name):
        rules.append((kind, re.compile(pattern, re.IGNORECASE)))
    return tuple(rules) + label_rules()


LABEL_SHAPES = {
    "label": "^(?:LABELS)" + LABEL_DATE,
    "updated": "^(?:LABELS)" + LABEL_DATE,
    "widget": "^(?:LABELS)" + LABEL_DATE,
    "caption": r"^(?=.{0,150}$)(?:.*[.|\-–—,]\s*)?(?:LABELS)" + PHOTO_CREDIT,
}


@cache
def label_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Return a rule per kind of date label (date_labels.tsv): the label, then a date."""
    labels: dict[str, set[str]] = {}
    for kind, _language, label, *_ in read_tsv(DATE_LABELS.name):
        if kind in LABEL_KINDS:
            labels.setdefault(LABEL_KINDS[kind], set()).add(label)
    return tuple(
        (kind, re.compile(LABEL_SHAPES[kind].replace("LABELS", _alternation(words)), re.IGNORECASE))
        for kind, words in labels.items()
    )


def _alternation(labels: set[str]) -> str:
    """Return a regex matching any of the labels, longest first, spaces as any white space."""
    ordered = sorted(labels, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, label.split())) for label in ordered)


@dataclass(frozen=True)
class _Rules:
    """The line rules prepared for speed, with the same answers as trying them in order.

    Rules anchored at the line's start whose first letters are known are one alternation,
    tried once (its first alternative that matches is the first such rule), made of the rules
    that can begin with the line's first letter; the others keep their order, each gated on the
    words its matches need."""

    kinds: tuple[str, ...]
    anchored: tuple[tuple[int, str, frozenset[str]], ...]  # (number, regex, first letters)
    ordered: tuple[tuple[int, Gate], ...]  # (rule number, gate), in rule order
    by_first: dict[str, re.Pattern[str]]  # the alternation for each first letter, built once


@cache
def _rules() -> _Rules:
    """Return the line rules prepared for classify."""
    rules = line_rules()
    anchored, ordered = [], []
    for number, (_, pattern) in enumerate(rules):
        gate = Gate.of(pattern)
        first = first_letters(pattern.pattern, pattern.flags) if gate.anchored else None
        if gate.anchored and sum(map(len, gate.needs)) > ANCHORED_NEEDS:
            gate = Gate(pattern, (), anchored=True)  # one try at the start costs less
        if first is None:
            ordered.append((number, gate))
        else:
            anchored.append((number, pattern.pattern, first))
    return _Rules(tuple(kind for kind, _ in rules), tuple(anchored), tuple(ordered), {})


def _anchored(rules: _Rules, letter: str) -> re.Pattern[str]:
    """Return the alternation of the anchored rules a line starting with letter can match."""
    found = rules.by_first.get(letter)
    if found is None:
        if len(rules.by_first) > FIRST_LETTERS:
            rules.by_first.clear()
        branches = [
            f"(?P<r{number}>{pattern})"
            for number, pattern, first in rules.anchored
            if letter in first
        ]
        found = rules.by_first[letter] = re.compile("|".join(branches) or "(?!)", re.IGNORECASE)
    return found


def classify(line: str) -> str | None:
    """Return the kind of the first line rule that matches, or None for ordinary text."""
    rules = _rules()
    folded = re_fold(line)
    first = _anchored(rules, folded[:1]).match(line)
    limit = int(first.lastgroup[1:]) if first and first.lastgroup else len(rules.kinds)
    for number, gate in rules.ordered:
        if number > limit:
            break
        if gate.search(line, folded):
            return rules.kinds[number]
    return rules.kinds[limit] if first else None


def ends_sentence(line: str) -> bool:
    """Tell whether a line ends a sentence: two letters, a stop, maybe closing quotes.

    Searched from just before the stop: the same answer as searching the whole line, without
    trying every word of a long one."""
    return bool(SENTENCE_END_RE.search(line, max(0, len(line.rstrip(CLOSERS)) - 3)))


def is_prose(line: str) -> bool:
    """Tell whether a line reads as a body paragraph rather than a heading."""
    words = word_count(line)
    if len(MENU_SEPARATOR_RE.findall(line)) >= MENU_SEPARATORS:
        return False
    if len(line) >= PROSE_CHARS or words >= PROSE_WORDS:
        return True
    return words >= PROSE_SENTENCE_WORDS and bool(
        ends_sentence(line) or (not line.isascii() and FULL_STOP_RE.search(line))
    )


@cache
def filler_words() -> frozenset[str]:
    """Return the words of date_filler.tsv: times, zones, "ago" words, "on", "le", "r."."""
    return read_words(DATE_FILLER.name)


@cache
def date_filler() -> frozenset[str]:
    """Return the words that may stand beside a date on a date line, in every language.

    Times and "ago" words from date_filler.tsv, the date labels of date_labels.tsv, and the
    month and weekday names of the labels' languages (dateparser's tables)."""
    from indexer.extract.monthnames import months, name_key, shared_months, weekdays

    words = set(filler_words())
    languages = set()
    for _kind, language, label, *_ in read_tsv(DATE_LABELS.name):
        languages.add(language)
        words.update(word.casefold() for word in label.split())
    words.update(shared_months())
    for language in languages:
        words.update(months(language))
        words.update(weekdays(language))
    return frozenset(name_key(word) for word in words)


@lru_cache(maxsize=8192)
def _date_key(word: str) -> str:
    """Return a word's look-up form among the date words: case folded, marks and dots off."""
    from indexer.extract.monthnames import name_key

    return name_key(word)


def is_date_line(line: str) -> bool:
    """Tell whether a short line is mostly a date ("le lundi 16 février 2015")."""
    words = [w for w in SPACED_WORDS_RE.findall(line) if _date_key(w) not in date_filler()]
    # hanzi and kana count by pairs: "2024年7月8日 星期一" is a date, a headline is not
    cjk = cjk_letters(line) // CJK_PER_WORD
    if is_named_year(line):
        return False
    return (
        bool(YEAR_RE.search(line))
        and len(line) <= DATE_LINE_CHARS
        and len(words) + cjk <= DATE_LINE_WORDS
    )


def is_named_year(line: str) -> bool:
    """Tell whether a line is a long word and a year ("Jahresbericht 2022"): a title, no date."""
    found = NAMED_YEAR_RE.match(line)
    return bool(found) and _date_key(found.group(1)) not in date_filler()


def is_title_like(line: str) -> bool:
    """Tell whether a line could be a headline: a few words of text, not a date or a number."""
    cjk = cjk_letters(line)
    words = len(SPACED_WORD_RE.findall(line)) + cjk // CJK_PER_WORD
    if is_named_year(line):
        return True
    return (
        words >= 2
        and (cjk == 0 or cjk >= MIN_CJK_TITLE)
        and len(line) <= 250
        and not is_prose(line)
        and not is_date_line(line)
    )


def is_byline(line: str) -> bool:
    """Tell whether a line that starts like a byline names someone ("By 2030, …" does not)."""
    words = line.split()
    return (
        len(line) <= BYLINE_CHARS
        and len(words) >= 2
        and not line.endswith(".")
        and any(word[:1].isupper() for word in words[1:])
        and not words[1][:1].isdigit()
    )
