"""Parsed queries (query.py trees) compiled to Whoosh queries, each with its cost checked."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from whoosh import query as Q
from whoosh.analysis import Analyzer
from whoosh.reading import IndexReader
from whoosh.support.charset import accent_map

from indexer import fields as F
from indexer.extract.equipment import canonical_equipment
from indexer.extract.personkey import split_keyed
from indexer.fields import FACET_FIELDS
from searchapp.exceptions import InvalidRequest
from searchapp.labels import fold
from searchapp.phrases import CachedPhrase
from searchapp.query import Node, Not, Term, leaves
from searchapp.request import UNDATED_YEAR, normalize_filter
from searchapp.shared import SharedData

TEXT_FIELDS = (F.TITLE, F.BODY, F.PEOPLE_TEXT)
FIELD_TEXT = {"title": (F.TITLE,), "body": (F.BODY,)}
MAX_EXPANSION = 1_000
# The work one search may do, in postings read (a phrase's positions count twice): about 15
# common words on 100k articles. Bigger queries get a 400 that says why.
MAX_POSTINGS = 2_000_000
PHRASE_COST = 2


class QueryCompiler:
    """Turn parsed queries into Whoosh queries over one reader, refusing too costly ones."""

    def __init__(self, reader: IndexReader, analyzer: Analyzer, shared: SharedData) -> None:
        self.reader = reader
        self.analyzer = analyzer
        self.shared = shared
        self._cost: tuple[Q.Query, int] | None = None  # this thread's last query and its cost

    def tokens(self, text: str) -> list[str]:
        """Return the indexed forms (stemmed, folded) of the words in ``text``."""
        return [token.text for token in self.analyzer(text, mode="query")]

    def compile(self, node: Node | None) -> Q.Query | None:
        """Return the Whoosh query for a parsed query tree (None: nothing to search)."""
        try:
            self._check_expansions(node)
            compiled = self._compile(node)
        except RecursionError as error:
            raise InvalidRequest("q", "the query is nested too deeply; simplify it") from error
        if compiled is not None and (cost := self.cost(compiled)) > MAX_POSTINGS:
            raise InvalidRequest(
                "q",
                f"this search would read about {cost:,} index entries, more than the "
                f"{MAX_POSTINGS:,} one search may; drop some common words, use a phrase, or "
                "narrow it with a filter",
            )
        return compiled

    def cost(self, q: Q.Query) -> int:
        """Estimate the work of a query: the postings its terms make the searcher read."""
        # Asked when the query is compiled and again when it runs: computed once (a prefix
        # may expand to a thousand words).
        if self._cost is None or self._cost[0] != q:
            self._cost = (q, self._estimate(q))
        return self._cost[1]

    def _estimate(self, q: Q.Query) -> int:
        total = 0
        for leaf in q.leaves():
            if isinstance(leaf, Q.Every):
                total += self.reader.doc_count_all()
            elif isinstance(leaf, Q.Phrase):
                words = sum(self._frequency(leaf.fieldname, w) for w in leaf.words)
                total += PHRASE_COST * words
            else:
                total += sum(
                    self._frequency(field, text) for field, text in leaf.expanded_terms(self.reader)
                )
        return total

    def _frequency(self, field: str, text: str | bytes) -> int:
        return self.shared.doc_frequency(self.reader, field, text)

    def _compile(self, node: Node | None) -> Q.Query | None:
        if node is None:
            return None
        if isinstance(node, Term):
            return self._term(node)
        if isinstance(node, Not):
            child = self._compile(node.child)
            return Q.AndNot(Q.Every(), child) if child is not None else None
        if node.op == "or":
            parts = _distinct(map(self._compile, node.children))
            return Q.Or(parts) if parts else None
        kept = _distinct(self._compile(c) for c in node.children if not isinstance(c, Not))
        excluded = _distinct(self._compile(c.child) for c in node.children if isinstance(c, Not))
        if not kept and not excluded:
            return None
        base = Q.And(kept) if kept else Q.Every()
        return Q.AndNot(base, Q.Or(excluded)) if excluded else base

    def _term(self, term: Term) -> Q.Query | None:
        if term.field in FACET_FIELDS:
            return self._keyword(term)
        fields = FIELD_TEXT.get(term.field or "", TEXT_FIELDS)
        if term.kind == "prefix":
            return self._prefix(term.text, fields)
        tokens = self.tokens(term.text)
        if not tokens:
            return None
        if len(tokens) == 1:
            return Q.Or([Q.Term(f, tokens[0]) for f in fields])
        return Q.Or([CachedPhrase(f, tokens, self.shared) for f in fields])

    def _prefixes(self, text: str) -> set[str]:
        folded = text.lower().translate(accent_map)
        stems = self.tokens(folded) or [folded]
        # The index holds stems: "ammunition*" must look for "ammunit…".
        return {stems[0] if folded.startswith(stems[0]) else folded}

    def _check_expansions(self, node: Node | None) -> None:
        """Refuse queries whose prefixes expand to more than MAX_EXPANSION terms in all."""
        left = MAX_EXPANSION
        for term in leaves(node):
            if term.kind != "prefix":
                continue
            if term.field in FACET_FIELDS:
                left -= len(self.keyword_values(term.field or "", term.text, prefix=True))
            else:
                for field in FIELD_TEXT.get(term.field or "", TEXT_FIELDS):
                    for prefix in self._prefixes(term.text):
                        left -= len(
                            list(islice(self.reader.expand_prefix(field, prefix), left + 1))
                        )
            if left < 0:
                raise InvalidRequest(
                    "q",
                    f"'{term.text}*' makes the query match more than {MAX_EXPANSION:,} different "
                    "words; type more letters before the *",
                )

    def _prefix(self, text: str, fields: tuple[str, ...]) -> Q.Query:
        return Q.Or([Q.Prefix(f, p) for f in fields for p in self._prefixes(text)])

    def keyword_values(self, name: str, value: str, prefix: bool = False) -> list[str]:
        """Return the stored values of facet ``name`` a typed value (or prefix) stands for."""
        field = FACET_FIELDS[name]
        people = self.shared.people(self.reader) if name == "person" else None
        if prefix:
            if people is not None:
                found = people.with_prefix(value)
            else:
                table = self.shared.folded_lexicon(self.reader, field)
                start = fold(value)
                found = [v for key, vs in table.items() if key.startswith(start) for v in vs]
            if len(found) > MAX_EXPANSION:
                raise InvalidRequest("q", f"'{name}:{value}*' matches too many values")
            return found
        if people is not None:  # the canonical name of whichever spelling was typed
            return [people.resolve(value) or value.strip()]
        if name == "equipment":
            value = canonical_equipment(value) or value
        if name in ("source", "equipment"):
            return self.shared.folded_lexicon(self.reader, field).get(fold(value), [value.strip()])
        return [normalize_filter(name, value)]

    def _keyword(self, term: Term) -> Q.Query:
        name = term.field or ""
        values = self.keyword_values(name, term.text, prefix=term.kind == "prefix")
        if name == "year" and values == [UNDATED_YEAR]:  # year:undated, the articles with no year
            return Q.AndNot(Q.Every(), Q.Every(F.YEAR))
        if name == "person":
            return self._person_query(term, values)
        exact = [Q.Term(FACET_FIELDS[name], v) for v in values]
        return Q.Or(exact) if exact else Q.NullQuery

    def _person_query(self, term: Term, names: list[str]) -> Q.Query:
        """Return the articles of every spelling of the named people; else the typed words."""
        people, keyed = self.shared.people(self.reader), F.PERSON_NAMES in self.reader.schema
        exact = [
            Q.Term(F.PERSON_NAMES, t) if keyed else Q.Term(F.PEOPLE, split_keyed(t)[1])
            for name in names
            for t in people.terms.get(name, ())
        ]
        if exact or term.kind == "prefix":
            return Q.Or(exact) if exact else Q.NullQuery
        tokens = self.tokens(term.text)  # someone the index does not know: words of names
        if not tokens:
            return Q.NullQuery
        return (
            CachedPhrase(F.PEOPLE_TEXT, tokens, self.shared)
            if len(tokens) > 1
            else Q.Term(F.PEOPLE_TEXT, tokens[0])
        )


def _distinct(queries: Iterator[Q.Query | None]) -> list[Q.Query]:
    """Return the queries without None and repeats: a word typed 45 times is read once."""
    return list(dict.fromkeys(q for q in queries if q is not None))
