"""Find the people an article is about: full names shown to be people by a role or a verb."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from indexer.extract.found import Found
from indexer.extract.inflection import fold, nominative, oblique_endings, oblique_score, same_word
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
from indexer.extract.tables import read_tsv, read_words

STOPS = frozenset('.!?;:"“”«»()[]')
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "prof", "lt", "col", "sr", "sra", "st"})
ROLE_REACH = 6  # tokens back from a name to its role word
APPOSITION_REACH = 8  # tokens after "Name," to the role word of an apposition
MIN_WORDS, MAX_WORDS = 2, 4
SUFFIXES = frozenset({"jr", "sr"})  # generational suffixes written with a period
ORIGIN_WORDS = 3  # capitalized words in an "of the United Kingdom" after a name
# What may stand between two names of one list: a comma, "and", an "of Latvia" before either.
LIST_JOIN = re.compile(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})?"
    r"\s*(?:,|,?\s+(?:and|or|as well as|und|et|y|e|i|oraz)\s+|,\s*(?:and|und|et|y|i|oraz)\s+)\s*"
)


@dataclass(frozen=True)
class Mention:
    """A run of name words in a paragraph, and whether its context shows a person."""

    words: tuple[str, ...]
    evidence: str | None  # the role or verb that shows a person, or None
    start: int = 0  # character span in the paragraph
    end: int = 0
    subject: bool = False  # a speech verb follows: "A, B and C said" speaks for all three

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
    mentions = [
        m for p in paragraphs for m in coordinate(p, find_mentions(p, language, common), language)
    ]
    singles = [m for m in mentions if len(m.words) == 1]
    people: list[Mention] = []
    for mention in mentions:
        if not MIN_WORDS <= len(mention.words) <= MAX_WORDS:
            continue
        evidence = mention.evidence or _surname_evidence(mention, singles, language)
        if evidence:
            people.append(Mention(mention.words, evidence))
    names = merge(people, exclude, language)
    return Found(tuple(m.name for m in names), "; ".join(f"{m.name} ({m.evidence})" for m in names))


def _surname_evidence(mention: Mention, singles: list[Mention], language: str) -> str | None:
    """Return evidence from another mention by one name ("Kaliňák said", "Minister Lee")."""
    ends = (mention.words[-1], mention.words[0])
    for single in singles:
        if single.evidence and any(same_word(single.words[0], e, language) for e in ends):
            return f"{single.words[0]}: {single.evidence}"
    return None


def coordinate(paragraph: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Share a speech verb along a list of names ("A of Poland, B and C said")."""
    result = list(mentions)
    chain: list[int] = []
    for index, mention in enumerate(mentions):
        if chain and not LIST_JOIN.fullmatch(paragraph[mentions[chain[-1]].end : mention.start]):
            _share(result, chain, language)
            chain = []
        chain.append(index)
    _share(result, chain, language)
    return result


def _share(mentions: list[Mention], chain: list[int], language: str) -> None:
    """Share evidence along a list: the verb of its last name, the plural role of its first."""
    if len(chain) < 2:
        return
    first, last = mentions[chain[0]], mentions[chain[-1]]
    if last.subject:
        source, members = last, chain[:-1]
    elif first.evidence and _is_plural_role(first.evidence, language):
        source, members = first, chain[1:]
    else:
        return
    for index in members:
        if not mentions[index].evidence and len(mentions[index].words) >= MIN_WORDS:
            evidence = f"with {source.name}: {source.evidence}"
            mentions[index] = replace(mentions[index], evidence=evidence)


def _is_plural_role(word: str, language: str) -> bool:
    """Tell whether a role word is plural ("ministers", "leaders")."""
    folded = word.casefold()
    return folded.endswith("s") and is_role(folded[:-1], language)


def merge(people: list[Mention], exclude: Sequence[str], language: str = "en") -> list[Mention]:
    """Keep one entry per person: the longest form, first seen; drop excluded names (authors)."""
    excluded = {fold(name) for name in exclude}
    people = _nominative_forms(people, language)
    kept: list[Mention] = []
    for person in people:
        key = fold(person.name)
        if key in excluded:
            continue
        if any(_contains(other, person, language) for other in people if other is not person):
            continue
        if any(fold(k.name) == key for k in kept):
            continue
        kept.append(person)
    return kept


def _nominative_forms(people: list[Mention], language: str) -> list[Mention]:
    """Write each person as the least inflected form the article uses ("Duda", not "Dudy")."""
    if not oblique_endings(language):
        return people
    result = []
    for person in people:
        forms = [o for o in people if _same_name(o.words, person.words, language)]
        best = min(forms, key=lambda o: (oblique_score(o.words, language), len(o.name)))
        result.append(replace(person, words=best.words))
    return result


def _same_name(a: tuple[str, ...], b: tuple[str, ...], language: str) -> bool:
    """Tell whether two names are word for word the same, cases aside."""
    return len(a) == len(b) and all(same_word(x, y, language) for x, y in zip(a, b, strict=True))


def _contains(longer: Mention, shorter: Mention, language: str) -> bool:
    """Tell whether a longer name contains the shorter one's words in order."""
    a, b = longer.words, shorter.words
    if len(a) <= len(b):
        return False
    return any(_same_name(a[i : i + len(b)], b, language) for i in range(len(a) - len(b) + 1))


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
        end += _surname_role(words, end, language, common)
        if not _is_organisation(words, end):
            stop = words[end - 1].end
            if words[end - 1].folded in SUFFIXES and paragraph[stop : stop + 1] == ".":
                stop += 1  # "Ferdinand Marcos Jr."
            written = paragraph[words[index].start : stop]
            role = _role_before(words, index, language, common)
            speech = _speech_near(words, index, end, language)
            evidence = role or _apposition(words, end, language) or speech
            name = nominative(tuple(written.split()), role, language)
            span = (words[index].start, stop)
            mentions.append(Mention(name, evidence, *span, subject=_speaks(words, end, language)))
        index = end
    return mentions


def _is_organisation(words: list[Word], end: int) -> bool:
    """Tell whether a run continues into an organisation word ("Cluster Munitions Monitor")."""
    if end >= len(words) or words[end - 1].possessive:
        return False
    following = words[end].text
    return following[:1].isupper() and following.casefold() in read_words("nonname.tsv")


def _surname_role(words: list[Word], end: int, language: str, common: frozenset[str]) -> int:
    """Return 1 when a role word that is also a surname ends the run ("Ellen Lord said")."""
    if end >= len(words) or words[end - 1].possessive:
        return 0
    word = words[end]
    if not word.text[:1].isupper() or word.folded not in read_words("surname_roles.tsv"):
        return 0
    after = words[end + 1].text if end + 1 < len(words) else ""
    return 0 if after and is_name_word(after, language, common) else 1


def _role_before(
    words: list[Word], start: int, language: str, common: frozenset[str]
) -> str | None:
    """Return a role word shortly before the run ("Deputy Minister of Defense of Ukraine, X")."""
    index = start - 1
    steps = 0
    while index >= 0 and steps < ROLE_REACH:
        word = words[index]
        if word.text in STOPS:
            before = words[index - 1].folded if index > 0 else ""
            if not (word.text == "." and before in ABBREVIATIONS):
                return None
        elif _is_role_here(words, index, language, start):
            return None if _complement(words, index, start, language) else word.text
        elif is_name_word(word.text, language, common) and not _capitalizes_nouns(language):
            return None  # another name stands between: the role is that one's
        index -= 1
        steps += 1
    return None


def _capitalizes_nouns(language: str) -> bool:
    """Tell whether a language writes common nouns with a capital (German)."""
    return any(row[0] == language for row in read_tsv("determiners.tsv"))


def _is_role_here(words: list[Word], index: int, language: str, run: int = -1) -> bool:
    """Tell whether a word is a role here, not the start of a firm's name ("General Dynamics")."""
    # institution words that lead straight to the run keep the role: "Prezes Rady Ministrów X"
    word = words[index]
    if not is_role(word.text, language) or word.possessive:
        return False
    at = index + 1
    while (
        at < len(words)
        and at != run
        and words[at].text[:1].isupper()
        and words[at].folded in read_words("nonname.tsv")
        and not is_role(words[at].text, language)
    ):
        at += 1
    return at == index + 1 or at == run


def _complement(words: list[Word], role: int, start: int, language: str) -> bool:
    """Tell whether the run is what the role is of ("president of Hyundai Rotem")."""
    joins = {
        w
        for row in read_tsv("complements.tsv")
        if row[0] in ("en", language)
        for w in row[1].split()
    }
    return start == role + 2 and words[role + 1].folded in joins


def _apposition(words: list[Word], end: int, language: str) -> str | None:
    """Return the role of an apposition after the run ("X, the Director of …", "X, Belma's CEO")."""
    index = end
    if index < len(words) and words[index].text == "(":
        while index < len(words) and words[index].text != ")":
            index += 1
        index += 1
    if index >= len(words) or words[index].text != ",":
        return None
    for at in range(index + 1, min(len(words), index + 1 + APPOSITION_REACH)):
        if words[at].text in STOPS or words[at].text == ",":
            return None
        if _is_role_here(words, at, language) or (
            is_role(words[at].text, language) and words[at].possessive
        ):
            return words[at].text
    return None


def _speaks(words: list[Word], end: int, language: str) -> bool:
    """Tell whether a speech verb follows the run: the name is the speaker."""
    return _speech_after(words, end, language) is not None


def _speech_after(words: list[Word], end: int, language: str) -> str | None:
    """Return the speech verb after a run, past an "of Estonia" and an auxiliary ("X has said")."""
    end += _origin(words, end)
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
    return None


def _origin(words: list[Word], end: int) -> int:
    """Return how many tokens an "of Estonia" / "from the Netherlands" after a name takes."""
    if end + 1 >= len(words) or words[end].folded not in ("of", "from"):
        return 0
    at = end + 1 + (words[end + 1].folded == "the")
    steps = 0
    while at + steps < len(words) and steps < ORIGIN_WORDS and words[at + steps].text[:1].isupper():
        steps += 1
    return at + steps - end if steps else 0


def _speech_near(words: list[Word], start: int, end: int, language: str) -> str | None:
    """Return a speech verb right after or right before the run ("X said", "said X")."""
    verbs = speech_verbs(language)
    if (verb := _speech_after(words, end, language)) is not None:
        return verb
    before = [w for w in words[max(0, start - 3) : start] if w.text != ","]
    if before and before[-1].folded in verbs:
        return before[-1].text
    if len(before) >= 2 and before[-1].folded == "to" and before[-2].folded == "according":
        return "according to"
    return None
