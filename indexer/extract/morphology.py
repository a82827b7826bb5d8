"""Bring Russian and Ukrainian names to the nominative with pymorphy3 and its dictionaries.

"з Володимиром Зеленським" gives "Володимир Зеленський", "Владимира Путина" gives "Владимир
Путин": the case (and gender) every word of the name can share is read from the dictionary, and
each word is inflected back. The analyzers load lazily, once per process (~0.1 s each).
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache
from typing import Any

from indexer.extract.inflection import word_nominative

LANGUAGES = frozenset({"ru", "uk"})
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
NOMINATIVE = "nomn"
PLACE_TAG = "Geox"
SPLIT_HALF = 2  # words each of two names read as one run must have
MALE = frozenset({"masc", ""})  # genders whose foreign names the ending rules bring back
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


@cache
def _analyzer(language: str) -> Any:
    """Return the pymorphy3 analyzer of a language (loaded on first use)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=50_000)
def _parses(word: str, language: str) -> tuple[Any, ...]:
    """Return the dictionary's analyses of one word."""
    return tuple(_analyzer(language).parse(word.translate(APOSTROPHES)))


def _is_name_parse(parse: Any) -> bool:
    """Tell whether an analysis reads the word as a given name, surname or patronymic."""
    return bool(NAME_TAGS & parse.tag.grammemes)


def has_morphology(language: str) -> bool:
    """Tell whether names of a language are normalized through a dictionary."""
    return language in LANGUAGES


def drop_places(words: tuple[str, ...], language: str) -> tuple[str, ...]:
    """Drop place words that open a run of name words ("України Володимиром Зеленським")."""
    start = 0
    while start < len(words) - 1 and (
        _is_thing(words[start], language) or _place_apart(words[start], words[start + 1], language)
    ):
        start += 1
    return words[start:]


def _place_apart(word: str, following: str, language: str) -> bool:
    """Tell whether a word may be a place and shares no case with the name after it."""
    parses = _parses(word, language)
    if not any(PLACE_TAG in p.tag.grammemes for p in parses):
        return False
    mine = {str(p.tag.case) for p in parses if _is_name_parse(p)}
    theirs = {str(p.tag.case) for p in _parses(following, language) if _is_name_parse(p)}
    return bool(theirs) and not mine & theirs  # "Астану Сергей Шойгу": Astana, then the man


def may_be_name(word: str, language: str) -> bool:
    """Tell whether the dictionary reads a word as a name, or does not know it at all."""
    if not _analyzer(language).word_is_known(word.translate(APOSTROPHES).casefold()):
        return True
    return any(_is_name_parse(p) for p in _parses(word, language))


def _is_thing(word: str, language: str) -> bool:
    """Tell whether the dictionary knows a word only as a place or thing, never as a person."""
    if not _analyzer(language).word_is_known(word.translate(APOSTROPHES).casefold()):
        return False
    parses = _parses(word, language)
    return not any(_is_name_parse(p) or "anim" in p.tag.grammemes for p in parses)


def split_by_case(words: tuple[str, ...], language: str) -> tuple[tuple[str, ...], ...]:
    """Split a run of two names whose cases cannot agree ("Сергеем Шойгу Александр Лукашенко")."""
    if (
        len(words) < 2 * SPLIT_HALF
        or not has_morphology(language)
        or _shared_forms(words, language)
    ):
        return (words,)
    for cut in range(SPLIT_HALF, len(words) - SPLIT_HALF + 1):
        left, right = words[:cut], words[cut:]
        if _named(left, language) and _named(right, language):
            return (left, right)
    return (words,)


def _named(words: tuple[str, ...], language: str) -> bool:
    """Tell whether every word reads as a name and the words share a case."""
    return all(_name_word(w, language) for w in words) and bool(_shared_forms(words, language))


def _name_word(word: str, language: str) -> bool:
    """Tell whether the dictionary reads a word as a given name, surname or patronymic."""
    return any(_is_name_parse(p) for p in _parses(word, language))


def name_nominative(words: tuple[str, ...], language: str) -> tuple[str, ...]:
    """Return a name's words in the nominative; as written when the dictionary cannot tell."""
    shared = _shared_forms(words, language)
    if not shared or any(case == NOMINATIVE for case, _ in shared):
        return words
    case, gender = max(shared, key=lambda form: shared[form])
    return tuple(_inflect(word, case, gender, language) for word in words)


def _foreign_nominative(word: str, case: str, gender: str, language: str) -> str:
    """Return a word the dictionary does not know as a name in the nominative, by its ending."""
    if gender not in MALE or not any(p.tag.case == case for p in _parses(word, language)):
        return word  # "Троельсом" is read as some instrumental noun: its ending can be trusted
    return word_nominative(word, language, case) or word


def _shared_forms(words: tuple[str, ...], language: str) -> Counter[tuple[str, str]]:
    """Return (case, gender) pairs every name-like word allows, scored by the analyses."""
    shared: Counter[tuple[str, str]] | None = None
    for word in words:
        forms: Counter[tuple[str, str]] = Counter()
        for parse in _parses(word, language):
            if _is_name_parse(parse) and parse.tag.case:
                forms[(str(parse.tag.case), str(parse.tag.gender or ""))] += parse.score
        if not forms:
            continue  # a foreign word the dictionary does not know as a name: keep it
        shared = forms if shared is None else _agree(shared, forms)
    return shared or Counter()


def _agree(
    shared: Counter[tuple[str, str]], forms: Counter[tuple[str, str]]
) -> Counter[tuple[str, str]]:
    """Return the forms two words share; a word of either gender ("Шойгу") takes the other's."""
    agreed: Counter[tuple[str, str]] = Counter()
    for (case, gender), score in forms.items():
        for (other_case, other_gender), other in shared.items():
            if case == other_case and (gender == other_gender or "" in (gender, other_gender)):
                agreed[(case, gender or other_gender)] += score + other
    return agreed


def _inflect(word: str, case: str, gender: str, language: str) -> str:
    """Return one word in the nominative, written with the original's capitals."""
    for parse in _parses(word, language):
        tag = parse.tag
        kind = (str(tag.case or ""), str(tag.gender or ""))
        if kind[0] == case and kind[1] in (gender, "") and _is_name_parse(parse):
            changed = parse.inflect({NOMINATIVE})
            if changed is not None:
                return _recase(changed.word, word)
    if not any(_is_name_parse(p) for p in _parses(word, language)):
        return _foreign_nominative(word, case, gender, language)
    return word


def _recase(new: str, original: str) -> str:
    """Write a dictionary form with capitals where the original has them, part by part."""
    parts = new.split("-")
    originals = original.split("-")
    if len(parts) != len(originals):
        return new.capitalize()
    out = [p.capitalize() if o[:1].isupper() else p for p, o in zip(parts, originals, strict=True)]
    text = "-".join(out)
    return text.replace("'", "’") if "’" in original else text
