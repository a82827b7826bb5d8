"""One person, one facet value: spellings grouped by person key, with a canonical name each.

    >>> from indexer.extract.personkey import keyed_name
    >>> written = {"Volodymyr Zelensky": [0, 1], "Wolodymyr Selenskyj": [2], "Zelenskyy": [3]}
    >>> people = build_people(
    ...     [(keyed_name(name), docs) for name, docs in written.items()],
    ...     english=np.array([True, True, False, True]),
    ... )
    >>> people.resolve("zelenski"), people.postings.counts(np.ones(4, dtype=bool))
    ('Volodymyr Zelensky', {'Volodymyr Zelensky': 4})

The index holds each person of an article as "<key>\\t<name as written>"
(indexer.extract.personkey.keyed_name), so the keys are computed once, at index time. Per index
generation this module groups the spellings (no Whoosh here, the engine reads the postings):

- spellings with one key are one person (Zelensky, Zelenskyy, Selenskyj; Błaszczak, Blaszczak);
- a one-word key (a surname-only mention, "Zelensky") joins the full name whose last word has
  that key, but only when exactly one full name in the index does: "Kim" alone stays apart
  when Kim Jong-un and Kim Yo-jong are both indexed (their last words differ, so nothing joins);
  the merge is by index-wide data, so it is done here, not per article;
- the canonical name is the most used spelling of the full name: spellings that differ only in
  accents are one form, and the form in the most articles wins (ties: the form English
  articles use most, then alphabetical); within the form, the spelling with diacritics.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from indexer.extract.personkey import person_key, split_keyed
from searchapp.facetcounts import FacetPostings
from searchapp.labels import fold


@dataclass(frozen=True)
class Spelling:
    """One way the index writes a person's name, with the articles that write it so."""

    name: str
    key: str
    docs: np.ndarray  # int32 document numbers
    english: int  # how many of those articles are in English


@dataclass(frozen=True)
class People:
    """The people of one index generation: canonical names, their spellings and articles."""

    canonical: dict[str, str]  # person key -> canonical name (surname-only keys merged)
    spellings: dict[str, tuple[str, ...]]  # canonical name -> its other spellings
    terms: dict[str, tuple[str, ...]]  # canonical name -> its index terms ("key\tname")
    surnames: dict[str, str]  # last word's key -> the one full key ending with it
    folded: dict[str, str]  # folded spelling -> canonical name, for prefixes
    postings: FacetPostings  # canonical name -> its articles

    def resolve(self, typed: str) -> str | None:
        """Return the canonical name a typed name means (any spelling, a surname), or None."""
        key = person_key(typed)
        if key in self.canonical:
            return self.canonical[key]
        full = self.surnames.get(key)
        return self.canonical[full] if full is not None else None

    def with_prefix(self, typed: str) -> list[str]:
        """Return the people one of whose spellings has a word starting with ``typed``."""
        start = fold(typed)
        if not start:
            return []
        inner = (f" {start}", f"-{start}")  # "zel" finds Volodymyr Zelensky, "kam" Kosiniak-Kamysz
        return list(
            dict.fromkeys(
                name
                for f, name in self.folded.items()
                if f.startswith(start) or inner[0] in f or inner[1] in f
            )
        )

    def aliases(self, name: str) -> tuple[str, ...]:
        """Return the other spellings of a canonical name (none for an unknown name)."""
        return self.spellings.get(name, ())


def _last_word(key: str) -> str:
    return key.rsplit(" ", 1)[-1]


def _surnames(keys: Iterable[str]) -> dict[str, str]:
    """Return last word -> full key, for the last words exactly one full key ends with."""
    found: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if " " in key:
            found[_last_word(key)].add(key)
    return {word: next(iter(full)) for word, full in found.items() if len(full) == 1}


def _marks(name: str) -> int:
    return sum(1 for c in name if not c.isascii())


def canonical_name(spellings: list[Spelling]) -> str:
    """Return the spelling to show for one person (see the module's docstring)."""
    forms: dict[str, list[Spelling]] = defaultdict(list)
    for spelling in spellings:
        forms[fold(spelling.name)].append(spelling)

    def weight(form: str) -> tuple[int, int, str]:
        group = forms[form]
        return (-sum(len(s.docs) for s in group), -sum(s.english for s in group), form)

    best = forms[min(forms, key=weight)]
    return min(best, key=lambda s: (-_marks(s.name), -len(s.docs), s.name)).name


def build_people(terms: Iterable[tuple[str, Iterable[int]]], english: np.ndarray) -> People:
    """Group the person terms of an index (term, document numbers) into people."""
    by_key: dict[str, list[Spelling]] = defaultdict(list)
    raw_terms: dict[str, list[str]] = defaultdict(list)
    for term, docnums in terms:
        key, name = split_keyed(term)
        docs = np.fromiter(docnums, dtype=np.int32)
        by_key[key].append(Spelling(name, key, docs, int(english[docs].sum()) if len(docs) else 0))
        raw_terms[key].append(term)
    surnames = _surnames(by_key)
    # Each key's group: its own key, or the full key a surname-only key joins.
    group_of = {key: key if " " in key else surnames.get(key, key) for key in by_key}
    members: dict[str, list[str]] = defaultdict(list)
    for key, group in group_of.items():
        members[group].append(key)
    canonical: dict[str, str] = {}
    spellings: dict[str, tuple[str, ...]] = {}
    group_terms: dict[str, tuple[str, ...]] = {}
    folded: dict[str, str] = {}
    docs_of: dict[str, np.ndarray] = {}
    for group, keys in members.items():
        name = canonical_name(by_key[group])
        every = [s for key in keys for s in by_key[key]]
        for key in keys:
            canonical[key] = name
        spellings[name] = tuple(dict.fromkeys(s.name for s in every if s.name != name))
        group_terms[name] = tuple(t for key in keys for t in raw_terms[key])
        folded.update({fold(s.name): name for s in every})
        docs_of[name] = np.unique(np.concatenate([s.docs for s in every]))
    postings = FacetPostings.from_terms(docs_of.items())
    return People(canonical, spellings, group_terms, surnames, folded, postings)
