"""Find the people an article is about: full names shown to be people by a role or a verb."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from indexer.extract.found import Found
from indexer.extract.names import (
    Word,
    is_heading,
    is_name_word,
    is_role,
    lowercase_words,
    name_continuation,
    nouns_after_articles,
    speech_verbs,
    tokenize,
)
from indexer.extract.tables import read_words

STOPS = frozenset('.!?;:"“”«»()[]')
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "prof", "lt", "col", "sr", "sra", "st"})
ROLE_REACH = 6  # tokens back from a name to its role word
APPOSITION_REACH = 8  # tokens after "Name," to the role word of an apposition
MIN_WORDS, MAX_WORDS = 2, 4


@dataclass(frozen=True)
class Mention:
    """A run of name words in a paragraph, and whether its context shows a person."""

    words: tuple[str, ...]
    evidence: str | None  # the role or verb that shows a person, or None

    @property
    def name(self) -> str:
        """Return the name as written."""
        return " ".join(self.words)


def extract_people(
    paragraphs: Iterable[str], language: str, exclude: Sequence[str] = ()
) -> Found[tuple[str, ...]]:
    """Return full names of people mentioned, one per person, in order of first mention."""
    paragraphs = [p for p in paragraphs if not is_heading(p)]
    common = lowercase_words(paragraphs) | nouns_after_articles(paragraphs, language)
    mentions = [m for p in paragraphs for m in find_mentions(p, language, common)]
    singles = [m for m in mentions if len(m.words) == 1]
    people: list[Mention] = []
    for mention in mentions:
        if not MIN_WORDS <= len(mention.words) <= MAX_WORDS:
            continue
        evidence = mention.evidence or _surname_evidence(mention, singles)
        if evidence:
            people.append(Mention(mention.words, evidence))
    names = merge(people, exclude)
    return Found(tuple(m.name for m in names), "; ".join(f"{m.name} ({m.evidence})" for m in names))


def _surname_evidence(mention: Mention, singles: list[Mention]) -> str | None:
    """Return evidence from another mention by one name ("Kaliňák said", "Minister Lee")."""
    ends = {mention.words[-1], mention.words[0]}
    for single in singles:
        if single.words[0] in ends and single.evidence:
            return f"{single.words[0]}: {single.evidence}"
    return None


def merge(people: list[Mention], exclude: Sequence[str]) -> list[Mention]:
    """Keep one entry per person: the longest form, first seen; drop excluded names (authors)."""
    excluded = {_key(name) for name in exclude}
    kept: list[Mention] = []
    for person in people:
        key = _key(person.name)
        if key in excluded:
            continue
        if any(_contains(other, person) for other in people if other is not person):
            continue
        if any(_key(k.name) == key for k in kept):
            continue
        kept.append(person)
    return kept


def _contains(longer: Mention, shorter: Mention) -> bool:
    """Tell whether a longer name contains the shorter one's words in order."""
    a, b = [_key(w) for w in longer.words], [_key(w) for w in shorter.words]
    if len(a) <= len(b):
        return False
    return any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1))


def _key(text: str) -> str:
    """Return a comparison key: case and diacritics folded."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def find_mentions(paragraph: str, language: str, common: frozenset[str]) -> list[Mention]:
    """Return the runs of name words in a paragraph with the evidence around each."""
    words = tokenize(paragraph)
    mentions = []
    index = 0
    while index < len(words):
        if not is_name_word(words[index].text, language, common):
            index += 1
            continue
        end = index + 1
        while end < len(words) and not words[end - 1].possessive:
            step = name_continuation(words, end, language, common)
            if not step:
                break
            end += step
        if not _is_organisation(words, end):
            written = paragraph[words[index].start : words[end - 1].end]
            mentions.append(Mention(tuple(written.split()), _evidence(words, index, end, language)))
        index = end
    return mentions


def _is_organisation(words: list[Word], end: int) -> bool:
    """Tell whether a run continues into an organisation word ("Cluster Munitions Monitor")."""
    if end >= len(words) or words[end - 1].possessive:
        return False
    following = words[end].text
    return following[:1].isupper() and following.casefold() in read_words("nonname.tsv")


def _evidence(words: list[Word], start: int, end: int, language: str) -> str | None:
    """Return the role or speech verb around a run that shows it names a person."""
    return (
        _role_before(words, start, language)
        or _apposition(words, end, language)
        or _speech_near(words, start, end, language)
    )


def _role_before(words: list[Word], start: int, language: str) -> str | None:
    """Return a role word shortly before the run ("Deputy Minister of Defense of Ukraine, X")."""
    index = start - 1
    steps = 0
    while index >= 0 and steps < ROLE_REACH:
        word = words[index]
        if word.text in STOPS:
            before = words[index - 1].folded if index > 0 else ""
            if not (word.text == "." and before in ABBREVIATIONS):
                return None
        elif is_role(word.text, language) and not word.possessive:
            return word.text
        index -= 1
        steps += 1
    return None


def _apposition(words: list[Word], end: int, language: str) -> str | None:
    """Return the role of an apposition after the run ("X, the Director of …", "X, Belma's CEO")."""
    index = end
    if index < len(words) and words[index].text == "(":
        while index < len(words) and words[index].text != ")":
            index += 1
        index += 1
    if index >= len(words) or words[index].text != ",":
        return None
    for word in words[index + 1 : index + 1 + APPOSITION_REACH]:
        if word.text in STOPS or word.text == ",":
            return None
        if is_role(word.text, language):
            return word.text
    return None


def _speech_near(words: list[Word], start: int, end: int, language: str) -> str | None:
    """Return a speech verb right after or right before the run ("X said", "said X")."""
    verbs = speech_verbs(language)
    after = [w for w in words[end : end + 3] if w.text != ","]
    if after and after[0].folded in verbs:
        return after[0].text
    if (
        len(after) >= 2
        and after[0].folded in read_words("auxiliaries.tsv")
        and after[1].folded in verbs
    ):
        return after[1].text
    before = [w for w in words[max(0, start - 3) : start] if w.text != ","]
    if before and before[-1].folded in verbs:
        return before[-1].text
    if len(before) >= 2 and before[-1].folded == "to" and before[-2].folded == "according":
        return "according to"
    return None
