"""Find the role phrase that shows a run of name words is a person ("Minister X", "X, the CEO")."""

from __future__ import annotations

from functools import cache

from indexer.extract.coordination import and_words
from indexer.extract.names import Word, is_name_word, is_role, plural_roles
from indexer.extract.tables import nonname_words, read_tsv

STOPS = frozenset('.!?;:"“”«»()[]')
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gen", "prof", "lt", "col", "sr", "sra", "st"})
LIST_REACH = 5  # tokens from one name of a list to the next ("A, et ivoirien, B")
ROLE_REACH = 8  # tokens back from a name to its role word
APPOSITION_REACH = 8  # tokens after "Name," to the role word of an apposition


def listed(words: list[Word], end: int, language: str, common: frozenset[str]) -> bool:
    """Tell whether another name follows the run in a list ("ministers A and B")."""
    joins = {",", *and_words(language)}
    at = end
    while at < len(words) and at - end < LIST_REACH and words[at].text not in STOPS:
        if is_name_word(words[at].text, language, common):
            return any(w.folded in joins for w in words[end:at])
        if not (words[at].folded in joins or words[at].text.islower()):
            return False
        at += 1  # "les présidents sénégalais, A, et ivoirien, B": an adjective in between
    return False


def role_before(words: list[Word], start: int, language: str, common: frozenset[str]) -> str | None:
    """Return a role word shortly before the run ("Deputy Minister of Defense of Ukraine, X")."""
    index = start - 1
    steps = 0
    while index >= 0 and steps < ROLE_REACH:
        word = words[index]
        if word.text == ")" and "(" in (w.text for w in words[max(0, index - 4) : index]):
            while words[index].text != "(":
                index -= 1  # a parenthesis between: "Menteri Pertahanan (Menhan) Prabowo"
        elif word.text in STOPS:
            before = words[index - 1].folded if index > 0 else ""
            abbreviated = before in ABBREVIATIONS or (
                index > 0 and is_role(words[index - 1].text, language)
            )
            if not (word.text == "." and abbreviated):  # "Adm. X", "Н. Пр. X": a role's period
                return None
        elif is_role_here(words, index, language, start):
            return None if complement(words, index, start, language) else word.text
        elif is_name_word(word.text, language, common) and not capitalizes_nouns(language):
            return None  # another name stands between: the role is that one's
        index -= 1
        steps += 1
    return None


@cache
def role_after_reach() -> dict[str, int]:
    """Return how many words after a name its role may stand, per language (role_after.tsv)."""
    return {row[0]: int(row[1]) for row in read_tsv("role_after.tsv")}


def role_after(words: list[Word], end: int, language: str) -> str | None:
    """Return a role written after the name, where the language does so ("… miniszter")."""
    reach = role_after_reach().get(language)
    if reach is None:
        return None
    for at in range(end, min(len(words), end + reach + 1)):
        if is_role(words[at].text, language):
            return words[at].text
        if not words[at].text.islower():
            return None
    return None


def capitalizes_nouns(language: str) -> bool:
    """Tell whether a language writes common nouns with a capital (German)."""
    return any(row[0] == language for row in read_tsv("determiners.tsv"))


def is_role_here(words: list[Word], index: int, language: str, run: int = -1) -> bool:
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
        and words[at].folded in nonname_words()
        and not is_role(words[at].text, language)
    ):
        at += 1
    if at + 1 == run and words[at].text == ",":
        at += 1  # "Υπουργός Εθνικής Άμυνας, Νίκος Δένδιας"
    return at == index + 1 or at == run


def complement(words: list[Word], role: int, start: int, language: str) -> bool:
    """Tell whether the run is what the role is of ("president of Hyundai Rotem")."""
    joins = {
        w
        for row in read_tsv("complements.tsv")
        if row[0] in ("en", language)
        for w in row[1].split()
    }
    return start == role + 2 and words[role + 1].folded in joins


def is_role_complement(words: list[Word], start: int, language: str) -> bool:
    """Tell whether a run is what a role just before it is of ("head of Kestrel Marrow")."""
    return (
        start >= 2
        and is_role_here(words, start - 2, language, start)
        and complement(words, start - 2, start, language)
    )


def apposition(words: list[Word], end: int, language: str) -> str | None:
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
        if words[at].folded in plural_roles(language):
            continue  # "X, attended by senior officers": a plural is not X's role
        if is_role_here(words, at, language) or (
            is_role(words[at].text, language) and words[at].possessive
        ):
            return words[at].text
    return None
