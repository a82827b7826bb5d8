"""Recognize words that can make up a personal name, and the role and speech words around them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from indexer.extract.gazetteer import VOID, find_places, is_place_word
from indexer.extract.tables import nonname_words, read_tsv, read_words

TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")
POSSESSIVE_RE = re.compile(r"^(.+)['’]s$")
# A case suffix written after an apostrophe on a name, as Turkish does: "Aliyev’in", "Güler'e".
NAME_SUFFIX_RE = re.compile(r"^([^\W\d_][^'’]+)['’]([^\W\d_A-Z]{1,5})$")
# An elided article or preposition written onto a name: "d'Emmanuel", "l'Ukraine", "dell'Italia".
ELISION_RE = re.compile(r"^(?:[dljnscmt]|qu|dell|dall|nell|sull|all|un)['’](?=[^\W\d_])")
MIN_SUFFIXED = 8  # a word this long with a common-noun ending is not a name ("Clement" is)
ARABIC_ARTICLE_RE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd)-[A-ZÀ-Ý]")


class Word(NamedTuple):
    """One token of a paragraph, with its place; possessive "'s" is split off and noted.

    A named tuple rather than a dataclass: an article makes thousands, and a tuple is made fast.
    """

    text: str
    possessive: bool = False
    start: int = 0
    end: int = 0

    @property
    def folded(self) -> str:
        """Return the case-folded token."""
        return self.text.casefold()


MIN_PLURAL_STEM = 4  # a role this short gets no plural form ("re" is not "rei")


@cache
def roles(language: str) -> frozenset[str]:
    """Return role words for English and the article's language, their plurals included."""
    return singular_roles(language) | plural_roles(language)


@cache
def singular_roles(language: str) -> frozenset[str]:
    """Return the role words of roles.tsv for English and the article's language."""
    return frozenset(
        word.casefold()
        for row in read_tsv("roles.tsv")
        if row[0] in ("en", language) or language == "und"
        for word in row[1].split()
        if not word.endswith("*")
    )


@cache
def plural_roles(language: str) -> frozenset[str]:
    """Return the plurals of role words ("ministers", "bakanlar") not listed as roles."""
    words = singular_roles(language)
    return (
        frozenset(
            word + ending
            for word in words
            if len(word) >= MIN_PLURAL_STEM and word.isalpha()
            for ending in plural_endings(language)
        )
        - words
    )


@cache
def plural_endings(language: str) -> tuple[str, ...]:
    """Return the endings of plural role words in English and a language (role_plurals.tsv)."""
    return tuple(
        ending
        for row in read_tsv("role_plurals.tsv")
        if row[0] in ("en", language)
        for ending in row[1].split()
    )


@cache
def role_stems(language: str) -> tuple[str, ...]:
    """Return the stems of the language's roles that take any case ending ("министр*")."""
    return tuple(
        word.casefold().rstrip("*")
        for row in read_tsv("roles.tsv")
        if row[0] == language
        for word in row[1].split()
        if word.endswith("*")
    )


@cache
def speech_verbs(language: str) -> frozenset[str]:
    """Return speech verbs for English and the article's language."""
    return frozenset(
        word.casefold()
        for row in read_tsv("speech.tsv")
        if row[0] in ("en", language) or language == "und"
        for word in row[1].split()
    )


@cache
def action_verbs(language: str) -> frozenset[str]:
    """Return verbs of officials acting ("signed", "met") for English and the language."""
    return frozenset(
        word.casefold()
        for row in read_tsv("actions.tsv")
        if row[0] in ("en", language) or language == "und"
        for word in row[1].split()
    )


@cache
def _role_suffixes() -> tuple[str, ...]:
    """Return the endings that make a compound word a role."""
    return tuple(row[0].casefold() for row in read_tsv("role_suffixes.tsv"))


@cache
def _noun_suffixes(language: str) -> tuple[str, ...]:
    """Return the endings of common nouns in a language (English applies to all)."""
    return tuple(
        ending
        for row in read_tsv("noun_suffixes.tsv")
        if row[0] in ("en", language)
        for ending in row[1].split()
    )


def is_common_noun(word: str, language: str) -> bool:
    """Tell whether a capitalized word is an office or subject noun ("Acquisition")."""
    folded = word.casefold()
    return len(folded) >= MIN_SUFFIXED and folded.endswith(_noun_suffixes(language))


@lru_cache(maxsize=65_536)
def is_role(word: str, language: str) -> bool:
    """Tell whether a word is a role, rank or honorific."""
    folded = word.casefold().rstrip(".")
    return (
        folded in roles(language)
        or folded.startswith(role_stems(language))
        or (len(folded) > 8 and folded.endswith(_role_suffixes()))
    )


def is_heading(paragraph: str) -> bool:
    """Tell whether a paragraph is written in title case (a headline or subheading)."""
    long_words = [w for w in re.findall(r"[^\W\d_]+", paragraph) if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def lowercase_words(paragraphs: Iterable[str]) -> frozenset[str]:
    """Return words the article writes in lower case: common words, not names."""
    return frozenset(
        w for p in paragraphs for w in re.findall(r"(?<![\w'’-])[^\W\d_A-Z][\w]*", p) if w.islower()
    )


def nouns_after_articles(paragraphs: Iterable[str], language: str) -> frozenset[str]:
    """Return capitalized words that follow an article somewhere: nouns in German, not names."""
    articles = {
        w for row in read_tsv("determiners.tsv") if row[0] == language for w in row[1].split()
    }
    if not articles:
        return frozenset()
    found = set()
    for paragraph in paragraphs:
        words = ["", *paragraph.split()]
        for prev, before, word in zip(words, words[1:], words[2:], strict=False):
            # after a comma "die" is a relative pronoun: ", die Pistorius vereinbart hatte"
            if before.casefold() in articles and not prev.endswith(","):
                found.add(word.strip(".,;:!?()\"'„“”").casefold())
    return frozenset(found)


def tokenize(paragraph: str) -> list[Word]:
    """Split a paragraph into words and punctuation, splitting off elisions and possessive 's."""
    if "'" not in paragraph and "’" not in paragraph:  # most paragraphs: nothing to split off
        new = tuple.__new__
        return [
            new(Word, (m.group(), False, m.start(), m.end())) for m in TOKEN_RE.finditer(paragraph)
        ]
    words = []
    for match in TOKEN_RE.finditer(paragraph):
        token, start = match.group(), match.start()
        if "'" not in token and "’" not in token:
            words.append(Word(token, False, start, match.end()))
            continue  # most words: no elision, possessive or suffix to split off
        if elision := ELISION_RE.match(token):
            words.append(Word(elision.group(), False, start, start + elision.end()))
            token, start = token[elision.end() :], start + elision.end()
        found = POSSESSIVE_RE.match(token)
        if not found and token[:1].isupper() and (suffixed := NAME_SUFFIX_RE.match(token)):
            found = suffixed if suffixed.group(2).islower() else None
        if found:
            words.append(Word(found.group(1), True, start, start + len(found.group(1))))
        else:
            words.append(Word(token, False, start, match.end()))
    return words


def name_continuation(words: list[Word], at: int, language: str, common: frozenset[str]) -> int:
    """Return how many tokens at `at` continue a name: a name word, particles, an initial."""
    if is_name_word(words[at].text, language, common):
        return 1
    if _is_join(words, at, language, common):
        return 2
    steps = 0
    # particles: "de", "da", "von der", "van den" (der/den only after von/van)
    while at + steps < len(words) and _is_particle(words, at + steps, steps, language):
        steps += 1
    if steps and at + steps < len(words) and is_name_word(words[at + steps].text, language, common):
        return steps + 1
    # an initial: "Tore O. Sandvik"
    if (
        len(words[at].text) == 1
        and words[at].text.isupper()
        and at + 2 < len(words)
        and words[at + 1].text == "."
        and is_name_word(words[at + 2].text, language, common)
    ):
        return 3
    return 0


def _is_join(words: list[Word], at: int, language: str, common: frozenset[str]) -> bool:
    """Tell whether a conjunction joins one last surname here ("Azevedo e Silva")."""
    joins = {row[1] for row in read_tsv("name_joins.tsv") if row[0] == language}
    return (
        words[at].text in joins
        and at + 1 < len(words)
        and is_name_word(words[at + 1].text, language, common)
        and (at + 2 >= len(words) or not is_name_word(words[at + 2].text, language, common))
    )


def _is_particle(words: list[Word], at: int, position: int, language: str) -> bool:
    """Tell whether a word is a name particle here; "der"/"den" only after "von"/"van"."""
    word = words[at].text
    if word in ("der", "den"):
        return position > 0 and words[at - 1].text in ("von", "van")
    return word in read_words("particles.tsv") and word not in _not_particles(language)


@cache
def _not_particles(language: str) -> frozenset[str]:
    """Return the particles that are a preposition in a language (Indonesian "di" is "at")."""
    return frozenset(
        w for row in read_tsv("not_particles.tsv") if row[0] == language for w in row[1].split()
    )


def is_name_word(word: str, language: str, common: frozenset[str]) -> bool:
    """Tell whether a token can be part of a personal name."""
    if ARABIC_ARTICLE_RE.match(word):
        word = word.split("-", 1)[1]  # "al-Sisi"
    if not word[:1].isupper():
        return False
    return word.casefold() not in common and _may_be_name_word(word, language)


@lru_cache(maxsize=65_536)
def _may_be_name_word(word: str, language: str) -> bool:
    """Tell whether a capitalized word can be part of a name, whatever the article says."""
    if any(c.isdigit() for c in word) or len(word) < 2:
        return False
    if word.isupper() or sum(map(str.isupper, word)) > sum(map(str.islower, word)):
        return (
            False  # acronyms: NATO, ROK, CEO, a party's "PiS"-like "OĽaNO" ("McDonald" is a name)
        )
    folded = word.casefold()
    if folded in nonname_words() or is_role(word, language):
        return False
    if is_common_noun(word, language):
        return False
    return not any(is_place(part, language) for part in re.split(r"[-'’]", word) if part)


@lru_cache(maxsize=65_536)
def is_place(token: str, language: str, given: bool = False) -> bool:
    """Tell whether a whole word is a country name in any form the gazetteer knows."""
    if is_place_word(token, language):
        return True
    return any(
        m.term.payload.code != VOID
        and (given or "given" not in m.term.payload.flags)  # "Paris", "Jordan": given names too
        and m.start == 0
        and m.end == len(token)
        for m in find_places(token, language)
    )
