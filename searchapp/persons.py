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
  that key, but only when exactly one full name in the index does: "Nowak" alone stays apart
  when Anna Nowak and Piotr Nowak are both indexed. Only the last word counts, so a family name
  written first (Kim Jong-un) is not joined by "Kim". The merge needs the whole index, so it is
  done here, per generation, not per article; a typed surname resolves the same way;
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
from searchapp.facetcounts import FacetPostings, as_array
from searchapp.labels import fold


@dataclass(frozen=True)
class Spelling:
    """One way the index writes a person's name, with how many articles write it so."""

    name: str
    term: str  # the index term, "key\tname"
    articles: int
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
    if len(spellings) == 1:
        return spellings[0].name
    forms: dict[str, list[Spelling]] = defaultdict(list)
    for spelling in spellings:
        forms[fold(spelling.name)].append(spelling)

    def weight(form: str) -> tuple[int, int, str]:
        group = forms[form]
        return (-sum(s.articles for s in group), -sum(s.english for s in group), form)

    best = forms[min(forms, key=weight)]
    return min(best, key=lambda s: (-_marks(s.name), -s.articles, s.name)).name


def _read(
    terms: Iterable[tuple[str, Iterable[int]]], english: np.ndarray
) -> tuple[dict[str, list[int]], list[Spelling], np.ndarray, np.ndarray]:
    """Return key -> spelling numbers, the spellings, and each posting's document and spelling."""
    by_key: dict[str, list[int]] = defaultdict(list)
    texts: list[str] = []
    docs: list[np.ndarray] = []
    for term, docnums in terms:
        by_key[split_keyed(term)[0]].append(len(texts))
        texts.append(term)
        docs.append(as_array(docnums).astype(np.int32, copy=False))
    sizes = np.array([len(d) for d in docs], dtype=np.int64)
    posting_doc = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int32)
    spelling_of = np.repeat(np.arange(len(docs), dtype=np.int32), sizes)
    in_english = np.bincount(spelling_of, weights=english[posting_doc], minlength=len(docs))
    spellings = [
        Spelling(split_keyed(term)[1], term, int(size), int(count))
        for term, size, count in zip(texts, sizes, in_english, strict=True)
    ]
    return by_key, spellings, posting_doc, spelling_of


def build_people(terms: Iterable[tuple[str, Iterable[int]]], english: np.ndarray) -> People:
    """Group the person terms of an index (term, document numbers) into people."""
    by_key, spellings, posting_doc, spelling_of = _read(terms, english)
    surnames = _surnames(by_key)
    # Each key's group: its own key, or the full key a surname-only key joins.
    members: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        members[key if " " in key else surnames.get(key, key)].append(key)
    canonical: dict[str, str] = {}
    others: dict[str, tuple[str, ...]] = {}
    group_terms: dict[str, tuple[str, ...]] = {}
    folded: dict[str, str] = {}
    names: list[str] = []  # person number -> canonical name
    value_of = [0] * len(spellings)  # spelling number -> person number
    for number, (group, keys) in enumerate(members.items()):
        name = canonical_name([spellings[i] for i in by_key[group]])
        names.append(name)
        indexes = [i for key in keys for i in by_key[key]]
        for i in indexes:
            value_of[i] = number
            folded[fold(spellings[i].name)] = name
        canonical.update(dict.fromkeys(keys, name))
        others[name] = tuple(spellings[i].name for i in indexes if spellings[i].name != name)
        group_terms[name] = tuple(spellings[i].term for i in indexes)
    # Postings grouped by person, each article once even when it holds two spellings.
    posting_value = np.array(value_of, dtype=np.int32)[spelling_of]
    order = np.lexsort((posting_doc, posting_value))
    posting_value, posting_doc = posting_value[order], posting_doc[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (posting_value[1:] != posting_value[:-1]) | (posting_doc[1:] != posting_doc[:-1])
    postings = FacetPostings(names, posting_doc[first], posting_value[first])
    return People(canonical, others, group_terms, surnames, folded, postings)
