"""Choose an article's headline among the lines above its body: a score, not line rules."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from indexer.extract.tables import read_tsv

DATA = Path(__file__).with_name("extract") / "data"
HEADLINE_RULES = DATA / "headlines.tsv"

WEAK_HEADLINE_WORDS = 4  # a capitalized line this short may be the outlet's name, not a headline
# Headline scoring: weights of the features, the lowest score a headline may have, and how far
# below the best candidate an earlier one may score and still win (a deck follows the headline).
OVERLAP_WEIGHT = 3.0
CAPS_PENALTY, WEAK_PENALTY, CHROME_PENALTY, SHAPE_PENALTY, DATE_PENALTY = 2.0, 1.0, 3.0, 1.0, 1.5
ANCHOR_BONUS = 0.3  # the line right above the byline, date line or body
REPEAT_PENALTY = 1.5  # the line recurs inside a menu or outlet line: the site's name
HEADLINE_FLOOR = -1.0
HEADLINE_MARGIN = 1.0
KEY_CHARS = 5  # words are compared by their first letters, so "Ukraine" matches "Ukrainy"
NGRAM_CJK, NGRAM_THAI = 2, 3
BODY_KEY_CHARS = 4000  # the headline's words come early in the body; the rest only costs time
CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
THAI = "\u0e01-\u0e4e"
# Letters of scripts without spaces, and how many of them make a word on average.
CJK_LETTER_RE = re.compile(f"[{CJK}]")
THAI_LETTER_RE = re.compile(f"[{THAI}]")
CJK_PER_WORD, THAI_PER_WORD = 2, 5
TOKEN_RE = re.compile(r"[^\W_]+")
# Inside a token: runs of one unspaced script, or words of any other letters and digits.
KEY_WORD_RE = re.compile(f"[{CJK}]+|[{THAI}]+|[^\\W_{CJK}{THAI}]+")
WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]+|[\u0e31-\u0e4e.]+)*")
NEAR_DIGIT_BEFORE = re.compile(r"\d\.?,?\s*$")
NEAR_DIGIT_AFTER = re.compile(r"\.?,?\s*\d")


def cjk_letters(line: str) -> int:
    """Return how many hanzi and kana a line holds (none in plain ASCII, found at once)."""
    return 0 if line.isascii() else len(CJK_LETTER_RE.findall(line))


def word_count(line: str) -> int:
    """Return a line's length in words, letters of unspaced scripts counted as word parts."""
    if line.isascii():
        return len(line.split())
    cjk = len(CJK_LETTER_RE.findall(line))
    thai = len(THAI_LETTER_RE.findall(line))
    return len(line.split()) + cjk // CJK_PER_WORD + thai // THAI_PER_WORD


def is_weak_headline(line: str) -> bool:
    """Tell whether a title-like line reads like an outlet name ("THE DAILY LEDGER")."""
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    words = re.findall(r"[^\W\d_]+", line)
    long_words = [w for w in words if len(w) > 3]
    return len(words) <= WEAK_HEADLINE_WORDS and all(w[0].isupper() for w in long_words)


@cache
def headline_rules() -> dict[str, tuple[str, ...]]:
    """Return the chrome and shape patterns and the stop words of the headline scorer."""
    rules: dict[str, list[str]] = {"chrome": [], "shape": [], "stop": []}
    for kind, value, *_ in read_tsv(HEADLINE_RULES.name):
        rules[kind].extend(value.split() if kind == "stop" else [value])
    return {kind: tuple(values) for kind, values in rules.items()}


@cache
def _stop_words() -> frozenset[str]:
    """Return the headline scorer's stop words as a set."""
    return frozenset(headline_rules()["stop"])


@cache
def _rule(kind: str) -> re.Pattern[str]:
    """Return one pattern matching any of the headline rules of a kind."""
    return re.compile("|".join(f"(?:{p})" for p in headline_rules()[kind]), re.IGNORECASE)


@cache
def _month_names() -> frozenset[str]:
    """Return month names in every language (dateparser's tables) and the English short ones."""
    from indexer.extract.monthnames import months, shared_months

    return frozenset(shared_months()) | frozenset(months("en"))


def has_written_date(line: str) -> bool:
    """Tell whether a line holds a month name beside a number ("May 2", "2 maja", "27 กันยายน")."""
    from indexer.extract.monthnames import name_key

    for word in WORD_RE.finditer(line):
        if name_key(word.group()).rstrip(".") not in _month_names():
            continue
        before, after = line[max(0, word.start() - 3) : word.start()], line[word.end() :][:3]
        if NEAR_DIGIT_BEFORE.search(before) or NEAR_DIGIT_AFTER.match(after):
            return True
    return False


def content_keys(text: str) -> frozenset[str]:
    """Return the first letters of a text's content words and numbers, for comparing texts.

    Scripts without spaces give runs of letters, not words: they are compared by their
    character n-grams (pairs of hanzi and kana, Thai triples)."""
    stop = _stop_words()
    tokens = TOKEN_RE.findall(text.casefold())
    # ASCII tokens hold no hanzi, kana or Thai: each is a word as it stands
    keys = {
        token[:KEY_CHARS]
        for token in tokens
        if token.isascii()
        and (len(token) >= 4 or (len(token) >= 2 and token.isdigit()))
        and token not in stop
    }
    for token in tokens if not text.isascii() else ():
        if token.isascii():
            continue
        for word in KEY_WORD_RE.findall(token):
            if CJK_LETTER_RE.match(word) or THAI_LETTER_RE.match(word):
                size = NGRAM_CJK if CJK_LETTER_RE.match(word) else NGRAM_THAI
                keys.update(word[i : i + size] for i in range(max(1, len(word) - size + 1)))
            elif (len(word) >= 4 or (word.isdigit() and len(word) >= 2)) and word not in stop:
                keys.add(word[:KEY_CHARS])
    return frozenset(keys)


def headline_score(line: str, body_keys: frozenset[str]) -> float:
    """Score how much a line reads as the article's headline rather than site chrome."""
    keys = content_keys(line)
    score = OVERLAP_WEIGHT * len(keys & body_keys) / (len(keys) + 1)
    words = len(re.findall(r"[^\W\d_]{2,}", line)) + cjk_letters(line) // CJK_PER_WORD
    score += 1.0 if 5 <= words <= 25 else 0.5 if words >= 3 else 0.0
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        score -= CAPS_PENALTY
    elif is_weak_headline(line):
        score -= WEAK_PENALTY
    score -= CHROME_PENALTY if _rule("chrome").search(line) else 0.0
    score -= SHAPE_PENALTY if _rule("shape").search(line) else 0.0
    return score - (DATE_PENALTY if has_written_date(line) else 0.0)


def choose_headline(
    lines: list[str], body: list[str], places: list[int], anchor: int, others: list[str]
) -> int | None:
    """Return the index of the headline among candidate lines, or None when none is good."""
    if not lines:
        return None
    body_keys = content_keys(" ".join(body)[:BODY_KEY_CHARS])
    others = [other.casefold() for other in others]
    scores = [
        headline_score(line, body_keys)
        - (REPEAT_PENALTY if any(line.casefold() in other for other in others) else 0.0)
        for line in lines
    ]
    above = [i for i, place in enumerate(places) if place < anchor]
    if above:
        scores[above[-1]] += ANCHOR_BONUS
    best = max(scores)
    if best < HEADLINE_FLOOR:
        return None
    return next(i for i, score in enumerate(scores) if score >= best - HEADLINE_MARGIN)
