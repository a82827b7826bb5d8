"""Tag an article with topic slugs from weighted term rules kept in data/topics.tsv."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from indexer.extract.found import Found
from indexer.extract.tables import read_tsv
from indexer.extract.terms import TermIndex, make_term, trie_pattern
from indexer.fields import TOPIC_SLUGS

THRESHOLD = 2.0
HEADLINE_FACTOR = 2.0
MAX_COUNT = 2  # occurrences of one term that add to the score
IGNORED = "-"
# Arms makers named in arms_makers.tsv: a weak sign of the defense-industry topic, all names
# together counted as one term (at most MAX_COUNT times), so they only support industry words.
MAKER_SLUG = "defense-industry"
MAKER_WEIGHT = 0.4
MAKER_KEY = "(arms maker)"
# Languages written without spaces, or with particles and clitics glued to their words (Korean
# 방산협력을, Arabic والدفاع, Hebrew בטילים): their terms are found as substrings of the text.
SUBSTRING_LANGUAGES = frozenset({"ar", "bn", "fa", "he", "hi", "ja", "ko", "th", "zh"})
# One-for-one character folds applied to terms and texts alike (offsets stay valid): Greek
# accents (capitals drop them), Romanian cedilla letters, Arabic alef and Persian ye/kaf variants,
# the Persian zero-width non-joiner, Hebrew gershayim and the Turkish dotted capital I.
FOLD = str.maketrans(
    "άέήίόύώϊϋΐΰΆΈΉΊΌΎΏşţŞŢأإآيك\u200c״׳İ",
    "αεηιουωιυιυΑΕΗΙΟΥΩșțȘȚااایک \"'i",
)
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Rule:
    """What a topic term stands for."""

    slugs: tuple[str, ...]
    weight: float
    key: str | None = None  # terms sharing a key count as one term


@dataclass(frozen=True)
class TopicMatcher:
    """All topic terms for one language: a word index and, for unspaced scripts, a substring regex."""

    words: TermIndex
    pattern: re.Pattern[str] | None
    substrings: dict[str, tuple[Rule, ...]]

    def find(self, text: str) -> Iterator[tuple[str, tuple[Rule, ...]]]:
        """Yield (term, rules) for each topic term found in text."""
        folded = text.translate(FOLD)
        for match in self.words.find(folded):
            rules = match.term.payload
            assert isinstance(rules, tuple)
            yield " ".join(match.term.words), rules
        if self.pattern is not None:
            for match in self.pattern.finditer(SPACES.sub(" ", folded.casefold())):
                term = match.group().replace(" ", "")
                yield term, self.substrings[term]


@cache
def topic_rows() -> dict[str, tuple[tuple[str, Rule], ...]]:
    """Return each language's (term, rule) rows from topics.tsv, checked against the taxonomy."""
    rows: dict[str, list[tuple[str, Rule]]] = defaultdict(list)
    for slugs, weight, language, term in read_tsv("topics.tsv"):
        rule = Rule(tuple(slugs.split(",")), float(weight))
        assert all(s == IGNORED or s in TOPIC_SLUGS for s in rule.slugs), slugs
        rows[language].append((term.translate(FOLD).casefold(), rule))
    return {language: tuple(found) for language, found in rows.items()}


@cache
def topic_matcher(language: str) -> TopicMatcher:
    """Return the topic matcher for a language (English terms apply to all), built once."""
    rows = topic_rows()
    own = rows.get(language, ()) if language != "en" else ()
    substrings: dict[str, list[Rule]] = defaultdict(list)
    written: set[str] = set()
    if language in SUBSTRING_LANGUAGES:
        for term, rule in own:
            substrings[term.replace(" ", "")].append(rule)
            written.add(term)
        own = ()
    grouped: dict[tuple[str, ...], tuple[str, list[Rule]]] = {}
    for source in (rows["en"], own):
        fresh: set[tuple[str, ...]] = set()
        for text, rule in source:
            key = tuple(w.rstrip("*") for w in make_term(text, None).words)
            if key not in fresh:  # the article's language overrides English for the same term
                grouped[key] = (text, [])
                fresh.add(key)
            if rule not in grouped[key][1]:  # "155 mm" and "155-mm" are one term
                grouped[key][1].append(rule)
    terms = [make_term(text, tuple(rules)) for text, rules in grouped.values()]
    seen = set(grouped)
    makers = (Rule((MAKER_SLUG,), MAKER_WEIGHT, MAKER_KEY),)
    for row in read_tsv("arms_makers.tsv"):
        for name in row[0].split(";"):
            # written case kept: "KAI" the company, not "Kai" the given name
            term = make_term(name.strip(), makers)
            key = tuple(w.rstrip("*") for w in term.words)
            if key and key not in seen:
                seen.add(key)
                terms.append(term)
    pattern = re.compile(trie_pattern(written)) if written else None
    return TopicMatcher(
        TermIndex(terms), pattern, {term: tuple(rules) for term, rules in substrings.items()}
    )


def extract_topics(
    headline: str | None, paragraphs: tuple[str, ...], language: str
) -> Found[tuple[str, ...]]:
    """Return the topic slugs whose terms score at least THRESHOLD, in taxonomy order."""
    counts: dict[tuple[str, str], float] = defaultdict(float)
    weights: dict[tuple[str, str], float] = {}
    matcher = topic_matcher(language)
    texts = [(headline, HEADLINE_FACTOR)] if headline else []
    texts += [(p, 1.0) for p in paragraphs]
    for text, factor in texts:
        for term, rules in matcher.find(text):
            for rule in rules:
                for slug in rule.slugs:
                    if slug != IGNORED:
                        key = (slug, rule.key or term)
                        counts[key] += factor
                        weights[key] = rule.weight
    scores: dict[str, float] = defaultdict(float)
    terms: dict[str, list[str]] = defaultdict(list)
    for key, count in counts.items():
        scores[key[0]] += weights[key] * min(count, MAX_COUNT)
        terms[key[0]].append(key[1])
    chosen = tuple(slug for slug in TOPIC_SLUGS if scores[slug] >= THRESHOLD)
    evidence = "; ".join(f"{s}={scores[s]:g} ({', '.join(terms[s])})" for s in chosen)
    return Found(chosen, evidence)
