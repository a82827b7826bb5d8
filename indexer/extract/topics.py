"""Tag an article with topic slugs from weighted term rules kept in data/topics.tsv."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from indexer.extract.found import Found
from indexer.extract.tables import read_tsv
from indexer.extract.terms import Term, TermIndex, make_term
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


@dataclass(frozen=True)
class Rule:
    """What a topic term stands for."""

    slugs: tuple[str, ...]
    weight: float
    key: str | None = None  # terms sharing a key count as one term


@cache
def topic_index(language: str) -> TermIndex:
    """Return the topic term index for a language (English terms apply to all)."""
    terms: dict[tuple[str, ...], Term] = {}
    rows = sorted(read_tsv("topics.tsv"), key=lambda row: row[2] != "en")
    for slugs, weight, lang, written in rows:
        if lang != "en" and lang != language:
            continue
        rule = Rule(tuple(slugs.split(",")), float(weight))
        assert all(s == IGNORED or s in TOPIC_SLUGS for s in rule.slugs), slugs
        for text in written.split(";"):
            if text.strip():
                # case does not matter for topic terms; the article's language overrides English
                term = make_term(text.strip().lower(), rule)
                terms[tuple(w.rstrip("*") for w in term.words)] = term
    makers = Rule((MAKER_SLUG,), MAKER_WEIGHT, MAKER_KEY)
    for row in read_tsv("arms_makers.tsv"):
        for name in row[0].split(";"):
            if name.strip():
                # written case kept: "KAI" the company, not "Kai" the given name
                term = make_term(name.strip(), makers)
                terms.setdefault(tuple(w.rstrip("*") for w in term.words), term)
    return TermIndex(terms.values())


def extract_topics(
    headline: str | None, paragraphs: tuple[str, ...], language: str
) -> Found[tuple[str, ...]]:
    """Return the topic slugs whose terms score at least THRESHOLD, in taxonomy order."""
    counts: dict[tuple[str, str], float] = defaultdict(float)
    weights: dict[tuple[str, str], float] = {}
    index = topic_index(language)
    texts = [(headline, HEADLINE_FACTOR)] if headline else []
    texts += [(p, 1.0) for p in paragraphs]
    for text, factor in texts:
        for match in index.find(text):
            rule = match.term.payload
            assert isinstance(rule, Rule)
            for slug in rule.slugs:
                if slug != IGNORED:
                    key = (slug, rule.key or " ".join(match.term.words))
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
