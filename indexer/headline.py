"""Choose an article's headline among the lines above its body: a score, not line rules."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("extract") / "data"
HEADLINE_RULES = DATA / "headlines.tsv"
CALENDAR = DATA / "calendar.tsv"

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
    for line in HEADLINE_RULES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, value = line.split("\t", 1)
            rules[kind].extend(value.split() if kind == "stop" else [value.strip()])
    return {kind: tuple(values) for kind, values in rules.items()}


@cache
def _rule(kind: str) -> re.Pattern[str]:
    """Return one pattern matching any of the headline rules of a kind."""
    return re.compile("|".join(f"(?:{p})" for p in headline_rules()[kind]), re.IGNORECASE)


@cache
def _date_re() -> re.Pattern[str]:
    """Return a pattern for a written date: a month or day name beside a number."""
    names = "|".join(
        sorted(
            {
                w
                for line in CALENDAR.read_text(encoding="utf-8").splitlines()
                if not line.startswith("#")
                for w in line.split()
            },
            key=len,
            reverse=True,
        )
    )
    return re.compile(rf"(?i:\b(?:{names})\b)\.?,?\s+\d|\d\.?\s+(?i:(?:{names}))\b")


def content_keys(text: str) -> frozenset[str]:
    """Return the first letters of a text's content words and numbers, for comparing texts."""
    stop = headline_rules()["stop"]
    return frozenset(
        word[:KEY_CHARS]
        for word in re.findall(r"[^\W_]+", text.casefold())
        if (len(word) >= 4 or (word.isdigit() and len(word) >= 2)) and word not in stop
    )


def headline_score(line: str, body_keys: frozenset[str]) -> float:
    """Score how much a line reads as the article's headline rather than site chrome."""
    keys = content_keys(line)
    score = OVERLAP_WEIGHT * len(keys & body_keys) / (len(keys) + 1)
    words = len(re.findall(r"[^\W\d_]{2,}", line))
    score += 1.0 if 5 <= words <= 25 else 0.5 if words >= 3 else 0.0
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        score -= CAPS_PENALTY
    elif is_weak_headline(line):
        score -= WEAK_PENALTY
    score -= CHROME_PENALTY if _rule("chrome").search(line) else 0.0
    score -= SHAPE_PENALTY if _rule("shape").search(line) else 0.0
    return score - (DATE_PENALTY if _date_re().search(line) else 0.0)


def choose_headline(
    lines: list[str], body: list[str], places: list[int], anchor: int, others: list[str]
) -> int | None:
    """Return the index of the headline among candidate lines, or None when none is good."""
    if not lines:
        return None
    body_keys = content_keys(" ".join(body))
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
