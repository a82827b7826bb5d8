"""Typed field terms at the top of a query become filters, so the box, ticks and chips agree.

    >>> lift("drones country:PL -country:RU", Selection())
    ('drones', Selection(filters={'country': ('PL',)}, modes={}, excluded={'country': ('RU',)}))

Only terms AND-ed at the top level are lifted (``a OR country:PL`` is not a filter), and only
when the result means exactly what was typed: ``country:PL country:KR`` is "all of" Poland and
South Korea, so it becomes that; a typed value next to two ticked "any of" values stays typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from searchapp.exceptions import InvalidRequest
from searchapp.filters import (
    FACETS,
    MAX_FILTER_VALUES,
    MULTI_VALUED,
    Selection,
    check_conflicts,
    distinct,
    normalize_filter,
)
from searchapp.labels import fold
from searchapp.query import Group, Node, Not, Term, parse_query

# Facets whose typed value is matched against the index (person:zelenski means the person whose
# canonical name is "Volodymyr Zelensky"); lifted only when the index holds it, as the resolver says.
RESOLVED = ("person", "source")
Resolver = Callable[[str, str], str | None]  # (facet, typed value) -> stored value or None

_AND_BEFORE = re.compile(r"(?:^|\s)(?:AND|&&)\s*$")
_AND_AFTER = re.compile(r"^\s*(?:AND|&&)(?=\s|$)")
_NOT_BEFORE = re.compile(r"(?:(?:^|\s)NOT\s+|[-!+])$")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_DANGLING = re.compile(r"^(?:\s*(?:AND|OR|&&|\|\|)(?=\s|$))+|(?:(?<=\s)(?:AND|OR|&&|\|\|)\s*)+$")


@dataclass(frozen=True)
class Typed:
    """A field term typed at the top level, with the stored value it names."""

    term: Term
    name: str
    value: str
    negated: bool


def _top_terms(query: Node | None) -> Iterator[tuple[Term, bool]]:
    if query is None:
        return
    children = query.children if isinstance(query, Group) and query.op == "and" else (query,)
    for child in children:
        negated = isinstance(child, Not)
        term = child.child if isinstance(child, Not) else child
        if isinstance(term, Term) and term.field in FACETS and term.kind != "prefix":
            yield term, negated


def _stored_value(name: str, text: str, resolve: Resolver | None) -> str | None:
    if name in RESOLVED:
        return resolve(name, text) if resolve is not None else None
    try:
        return normalize_filter(name, text)
    except InvalidRequest:
        return None  # left in the query, whose compiler reports it


def resolve_selection(selection: Selection, resolve: Resolver) -> Selection:
    """Return the selection with people and outlets in their stored form (person=Zelenskyy)."""

    def stored(name: str, values: tuple[str, ...]) -> tuple[str, ...]:
        if name not in RESOLVED:
            return values
        return distinct([resolve(name, v) or v for v in values])

    resolved = Selection(
        {name: stored(name, values) for name, values in selection.filters.items()},
        selection.modes,
        {name: stored(name, values) for name, values in selection.excluded.items()},
    )
    check_conflicts(resolved)  # person=Zelensky&not_person=Selenskyj: one person both ways
    return resolved


def _merge(name: str, typed: list[Typed], selection: Selection) -> Selection | None:
    """Return the selection with one facet's typed terms added, or None if it cannot say it."""
    chosen = selection.filters.get(name, ())
    excluded = selection.excluded.get(name, ())
    wanted = distinct([t.value for t in typed if not t.negated])
    dropped = distinct([t.value for t in typed if t.negated])
    values = distinct([*chosen, *wanted])
    unwanted = distinct([*excluded, *dropped])
    if {fold(v) for v in values} & {fold(v) for v in unwanted}:
        return None
    if max(len(values), len(unwanted)) > MAX_FILTER_VALUES:
        return None
    modes = dict(selection.modes)
    if wanted and chosen:
        anded = name in MULTI_VALUED and (modes.get(name) == "all" or len(chosen) == 1)
        if not anded and {fold(v) for v in chosen} != {fold(v) for v in wanted}:
            return None
    if wanted and name not in MULTI_VALUED and len(values) > 1:
        return None  # two years at once: nothing matches, and no filter says so
    if name in MULTI_VALUED and len(values) > 1 and wanted:
        modes[name] = "all"
    filters = {**selection.filters, name: values} if values else dict(selection.filters)
    excluded_all = {**selection.excluded, name: unwanted} if unwanted else dict(selection.excluded)
    return Selection(filters, modes, excluded_all)


def _without(text: str, terms: list[Term]) -> str:
    """Return the query text with the terms (and their NOT / AND connectors) cut out."""
    for term in sorted(terms, key=lambda t: t.start, reverse=True):
        start, end = term.start, term.end
        if negation := _NOT_BEFORE.search(text[:start]):
            start = negation.start()
        if connector := _AND_BEFORE.search(text[:start]):
            start = connector.start()
        elif connector := _AND_AFTER.match(text[end:]):
            end += connector.end()
        text = text[:start] + " " + text[end:]
    while _EMPTY_PARENS.search(text):
        text = _EMPTY_PARENS.sub(" ", text)
    return " ".join(_DANGLING.sub("", " ".join(text.split())).split())


def lift(q: str, selection: Selection, resolve: Resolver | None = None) -> tuple[str, Selection]:
    """Return the query text left after lifting its top-level field terms, and the filters."""
    query = parse_query(q) if q else None
    by_facet: dict[str, list[Typed]] = {}
    for term, negated in _top_terms(query):
        value = _stored_value(term.field or "", term.text, resolve)
        if value is not None:
            by_facet.setdefault(term.field or "", []).append(
                Typed(term, term.field or "", value, negated)
            )
    lifted: list[Term] = []
    for name, typed in by_facet.items():
        merged = _merge(name, typed, selection)
        if merged is not None:
            selection = merged
            lifted += [t.term for t in typed]
    if not lifted:
        return q, selection
    return _without(q, lifted), selection
