"""The search app's one door to Whoosh: compile parsed queries, search, count facets, highlight."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from itertools import islice

import numpy as np
from markupsafe import Markup, escape
from whoosh import collectors
from whoosh import query as Q
from whoosh.highlight import (
    ContextFragmenter,
    Fragment,
    HtmlFormatter,
    WholeFragmenter,
    get_text,
    highlight,
)
from whoosh.searching import Searcher
from whoosh.support.charset import accent_map

from indexer import fields as F
from indexer.extract.equipment import canonical_equipment
from indexer.extract.personkey import keyed_name, split_keyed
from indexer.fields import FACET_FIELDS
from searchapp import bm25
from searchapp.errors import InvalidRequest, SearchTimeout
from searchapp.facetcounts import (
    FacetFilter,
    FacetPostings,
    all_of,
    count_facets,
    facet_filter,
    mask_of,
    top_by_key,
)
from searchapp.labels import fold
from searchapp.masks import CachedPhrase, KeptTopCollector, query_mask, term_ids
from searchapp.persons import People, build_people
from searchapp.query import Node, Not, Term, leaves, parse_query, positive_words
from searchapp.request import UNDATED_YEAR, SearchRequest, normalize_filter
from searchapp.results import (
    SNIPPET_CHARS,
    Hit,
    SearchResult,
    StoredArticle,
    plain_snippet,
    split_paragraphs,
)

TEXT_FIELDS = (F.TITLE, F.BODY, F.PEOPLE_TEXT)
FIELD_TEXT = {"title": (F.TITLE,), "body": (F.BODY,)}
MAX_EXPANSION = 1_000
FACET_CACHE_SIZE = 256
# The work one search may do, in postings read (a phrase's positions count twice): about 15
# common words on 100k articles. Bigger queries get a 400 that says why.
MAX_POSTINGS = 2_000_000
PHRASE_COST = 2
# A search estimated above this many postings runs against the clock; past TIME_LIMIT seconds
# it is stopped and answered with 503 (cheap searches skip the timer thread).
TIMED_FROM = 200_000
TIME_LIMIT = 5.0
UNDATED = 2**31 - 1  # what the date_num column holds for undated articles
MASK_CACHE_SIZE = 64  # term weights (400 KB at 100k articles), phrase masks, field lengths


class MarkFormatter(HtmlFormatter):
    """Wrap matched terms in a bare <mark>; all text is HTML-escaped, quotes included."""

    def _text(self, text: str) -> str:
        return str(escape(text))

    def format(self, fragments: list[Fragment], replace: bool = False) -> str:
        """Join fragments, with an ellipsis where the text goes on before or after."""
        joined = super().format(fragments, replace)
        if not joined:
            return joined
        first, last = fragments[0], fragments[-1]
        if any(c.isalnum() for c in first.text[: first.startchar]):
            joined = "… " + joined
        if any(c.isalnum() for c in last.text[last.endchar :]):
            joined += " …"
        return joined

    def format_token(self, text: str, token: object, replace: bool = False) -> str:
        """Return one escaped, marked term."""
        return f"<mark>{self._text(get_text(text, token, replace))}</mark>"


FacetCounts = tuple[int, dict[str, dict[str, int]]]


class SharedData:
    """What the searchers of one index generation share across threads, built once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.lexicons: dict[str, dict[str, list[str]]] = {}
        # Facet counts of recent searches; this lives as long as its index generation, so
        # cached counts never outlive the documents they count.
        self.facet_cache: OrderedDict[tuple[object, ...], FacetCounts] = OrderedDict()
        self.postings: dict[str, FacetPostings] | None = None
        self.people: People | None = None  # spellings grouped into persons, canonical names
        self.dates: np.ndarray | None = None
        self.masks: OrderedDict[tuple[object, ...], np.ndarray] = OrderedDict()

    def cached_mask(self, key: tuple[object, ...]) -> np.ndarray | None:
        """Return a segment's mask of a term or phrase, or None."""
        with self.lock:
            found = self.masks.get(key)
            if found is not None:
                self.masks.move_to_end(key)
            return found

    def cache_mask(self, key: tuple[object, ...], mask: np.ndarray) -> None:
        """Remember a term's or phrase's mask, forgetting the oldest beyond MASK_CACHE_SIZE."""
        with self.lock:
            self.masks[key] = mask
            if len(self.masks) > MASK_CACHE_SIZE:
                self.masks.popitem(last=False)

    def cached_counts(self, key: tuple[object, ...]) -> FacetCounts | None:
        """Return the cached facet counts of a search, or None."""
        with self.lock:
            found = self.facet_cache.get(key)
            if found is not None:
                self.facet_cache.move_to_end(key)
            return found

    def cache_counts(self, key: tuple[object, ...], counts: FacetCounts) -> None:
        """Remember a search's facet counts, forgetting the oldest beyond FACET_CACHE_SIZE."""
        with self.lock:
            self.facet_cache[key] = counts
            if len(self.facet_cache) > FACET_CACHE_SIZE:
                self.facet_cache.popitem(last=False)


class Engine:
    """One thread's searcher of one index generation, with the generation's shared data."""

    def __init__(self, searcher: Searcher, shared: SharedData | None = None) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.analyzer = searcher.schema[F.BODY].analyzer
        self.shared = shared if shared is not None else SharedData()
        # The ranked search and the facet counts of one request need the same filter masks.
        self._last_masks: tuple[object, tuple[dict[str, FacetFilter], list[np.ndarray]]] | None
        self._last_masks = None
        self._cost: tuple[Q.Query, int] | None = None  # this thread's last query and its cost

    def close(self) -> None:
        """Release the searcher's files."""
        self.searcher.close()

    # -- compiling parsed queries --------------------------------------------------------

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
                words = sum(self.reader.doc_frequency(leaf.fieldname, w) for w in leaf.words)
                total += PHRASE_COST * words
            else:
                total += sum(
                    self.reader.doc_frequency(field, text)
                    for field, text in leaf.expanded_terms(self.reader)
                )
        return total

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
                left -= len(self._keyword_values(term.field or "", term.text, prefix=True))
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

    def _folded_lexicon(self, field: str) -> dict[str, list[str]]:
        lexicons = self.shared.lexicons
        if field not in lexicons:
            table: dict[str, list[str]] = {}
            for raw in self.reader.lexicon(field):
                value = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                table.setdefault(fold(value), []).append(value)
            lexicons[field] = table  # a race builds the same table twice, harmlessly
        return lexicons[field]

    def _keyword_values(self, name: str, value: str, prefix: bool = False) -> list[str]:
        field = FACET_FIELDS[name]
        if prefix:
            start = fold(value)
            if name == "person":
                found = self.people().with_prefix(value)
            else:
                table = self._folded_lexicon(field)
                found = [v for key, vs in table.items() if key.startswith(start) for v in vs]
            if len(found) > MAX_EXPANSION:
                raise InvalidRequest("q", f"'{name}:{value}*' matches too many values")
            return found
        if name == "person":  # the canonical name of whichever spelling was typed
            return [self.people().resolve(value) or value.strip()]
        if name == "equipment":
            value = canonical_equipment(value) or value
        if name in ("source", "equipment"):
            return self._folded_lexicon(field).get(fold(value), [value.strip()])
        return [normalize_filter(name, value)]

    def _keyword(self, term: Term) -> Q.Query:
        name = term.field or ""
        values = self._keyword_values(name, term.text, prefix=term.kind == "prefix")
        if name == "year" and values == [UNDATED_YEAR]:  # year:undated, the articles with no year
            return Q.AndNot(Q.Every(), Q.Every(F.YEAR))
        if name == "person":
            return self._person_query(term, values)
        exact = [Q.Term(FACET_FIELDS[name], v) for v in values]
        return Q.Or(exact) if exact else Q.NullQuery

    def _person_query(self, term: Term, names: list[str]) -> Q.Query:
        """Return the articles of every spelling of the named people; else the typed words."""
        people, keyed = self.people(), F.PERSON_NAMES in self.reader.schema
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

    def people(self) -> People:
        """Return the generation's people (spellings merged per person), read once."""
        shared = self.shared
        if shared.people is None:
            with shared.lock:
                if shared.people is None:
                    english = mask_of(
                        self.reader.postings(F.LANGUAGE, "en").all_ids()
                        if (F.LANGUAGE, "en") in self.reader
                        else (),
                        self.reader.doc_count_all(),
                    )
                    if F.PERSON_NAMES in self.reader.schema:
                        terms = self._terms_and_docs(F.PERSON_NAMES)
                    else:  # an index written before person keys, until it is rebuilt
                        terms = ((keyed_name(v), d) for v, d in self._terms_and_docs(F.PEOPLE))
                    shared.people = build_people(terms, english)
        return shared.people

    # -- searching -----------------------------------------------------------------------

    def main_query(self, request: SearchRequest) -> Q.Query:
        """Return the query part of a request (every article when there is none)."""
        if request.query is None:
            return Q.Every()
        compiled = self.compile(request.query)
        return compiled if compiled is not None else Q.NullQuery

    def search(self, request: SearchRequest) -> SearchResult:
        """Run a search: one page of hits, total, facet counts and a suggestion."""
        q = self.main_query(request)
        matched = self._matched(q)
        total, counts = self.facet_counts(q, request, matched)
        docnums = self._top(q, request, matched, request.page * request.per_page)
        terms = self._body_terms(q) if request.query is not None else frozenset()
        fragmenter = ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
        formatter = MarkFormatter(between=" … ")
        hits = []
        for docnum in docnums[request.offset : request.offset + request.per_page]:
            article = StoredArticle.from_stored(self.searcher.stored_fields(docnum))
            # An index written before bodies were always stored may lack one (headline only).
            marked = ""
            if terms and article.text:
                marked = highlight(article.text, terms, self.analyzer, fragmenter, formatter, top=2)
                marked = " ".join(marked.split())
            hits.append(Hit(article, Markup(marked) if marked else plain_snippet(article.text)))
        people = self.people()
        aliases = {"person": {name: people.aliases(name) for name in counts.get("person", {})}}
        return SearchResult(total, hits, counts, self.suggest(request, total), aliases)

    def _body_terms(self, q: Q.Query) -> frozenset[str]:
        """Return the body words a query looks for (prefixes expanded), for highlighting."""
        found = set()
        for leaf in q.leaves():
            for field, text in leaf.expanded_terms(self.reader, phrases=True):
                if field == F.BODY:
                    found.add(text.decode("utf-8") if isinstance(text, bytes) else text)
        return frozenset(found)

    def _matched(self, q: Q.Query) -> np.ndarray:
        """Return the mask of the documents a query matches, before any filter."""
        count = self.reader.doc_count_all()
        if isinstance(q, Q.Every) and not self.reader.has_deletions():
            return np.ones(count, dtype=bool)
        # Unscored: only document numbers are read, never stored fields or columns.
        deadline = time.monotonic() + TIME_LIMIT if self.cost(q) > TIMED_FROM else float("inf")
        try:
            return query_mask(self.searcher, q, self.shared, deadline)
        except SearchTimeout as error:
            raise SearchTimeout(TIME_LIMIT) from error

    def _top(
        self, q: Q.Query, request: SearchRequest, matched: np.ndarray, limit: int
    ) -> list[int]:
        """Return the document numbers of the top ``limit`` filtered matches, in order."""
        kept = self._kept(request, matched)
        docs = np.flatnonzero(kept)
        if not len(docs):
            return []
        sort = request.effective_sort
        if sort != "relevance" or isinstance(q, Q.Every):
            # Dates sort as numbers: the newest first puts undated articles (UNDATED) last.
            dates = self._dates()[docs]
            if sort == "newest":
                return top_by_key(-np.where(dates == UNDATED, -1, dates), docs, limit)
            return top_by_key(dates, docs, limit)
        if (scored := bm25.scores(self.searcher, q, self.shared, docs)) is not None:
            return top_by_key(-scored, docs, limit)
        if kept is matched:
            collector = self.searcher.collector(limit=limit)  # skips low-scoring blocks
        elif kept.any():
            collector = KeptTopCollector(kept, limit)
        else:
            return []
        if self.cost(q) > TIMED_FROM:
            collector = collectors.TimeLimitCollector(collector, TIME_LIMIT, use_alarm=False)
        try:
            self.searcher.search_with_collector(q, collector)
        except collectors.TimeLimit as error:
            raise SearchTimeout(TIME_LIMIT) from error
        return [docnum for _, docnum in collector.results().top_n]

    def _kept(self, request: SearchRequest, matched: np.ndarray) -> np.ndarray:
        """Return the matches the facet and date filters let through (``matched`` if none)."""
        filters, dates = self._masks(request)
        masks = [*(f.kept for f in filters.values() if f.kept is not None), *dates]
        return all_of(masks, matched) if masks else matched

    def count(self, request: SearchRequest) -> int:
        """Return how many articles match a request."""
        return self.facet_counts(self.main_query(request), request)[0]

    def facet_counts(
        self, q: Q.Query, request: SearchRequest, matched: np.ndarray | None = None
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """Return the total and, per facet, value → count with the other facets' filters only."""
        key = (q, request.filter_key)
        if (cached := self.shared.cached_counts(key)) is not None:
            return cached
        if matched is None:
            matched = self._matched(q)
        found = count_facets(self._facet_postings(), matched, *self._masks(request))
        self.shared.cache_counts(key, found)
        return found

    def _facet_postings(self) -> dict[str, FacetPostings]:
        """Return every facet field's postings as arrays, read once per searcher."""
        shared = self.shared
        if shared.postings is None:
            people = self.people()  # outside the lock below: it takes the lock itself
            with shared.lock:  # built once per generation, however many threads ask
                if shared.postings is None:
                    postings = {
                        name: FacetPostings.from_terms(self._terms_and_docs(field))
                        for name, field in FACET_FIELDS.items()
                        if name != "person"
                    }
                    postings["person"] = people.postings  # one value per person
                    # Undated articles hold no year; the facet shows them as one more value.
                    postings["year"] = postings["year"].with_missing(
                        UNDATED_YEAR, self.reader.doc_count_all()
                    )
                    shared.postings = postings
        return shared.postings

    def _terms_and_docs(self, field: str) -> Iterator[tuple[str, Iterator[int]]]:
        # The top-level reader gives global docnums and leaves deleted documents out.
        reader = self.reader
        for raw in reader.lexicon(field):
            value = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            found = term_ids(reader, field, raw) if reader.is_atomic() else None
            yield value, found if found is not None else reader.postings(field, raw).all_ids()

    def _masks(self, request: SearchRequest) -> tuple[dict[str, FacetFilter], list[np.ndarray]]:
        """Return the request's facet filters and date masks, built once per request."""
        key = request.filter_key
        if self._last_masks is None or self._last_masks[0] != key:
            self._last_masks = (key, (self._filter_masks(request), self._date_masks(request)))
        return self._last_masks[1]

    def _filter_masks(self, request: SearchRequest) -> dict[str, FacetFilter]:
        """Return one filter per filtered facet: its selection (any or all) and exclusions."""
        postings, count = self._facet_postings(), self.reader.doc_count_all()

        def holding(name: str, value: str) -> np.ndarray:
            return postings[name].mask(self._keyword_values(name, value), count)

        return {
            name: facet_filter(
                [holding(name, value) for value in request.filters.get(name, ())],
                {value: holding(name, value) for value in request.excluded.get(name, ())},
                request.mode(name) == "all",
            )
            for name in FACET_FIELDS
            if name in request.filters or name in request.excluded
        }

    def stored_value(self, name: str, value: str) -> str | None:
        """Return the stored person or outlet a typed value names (any case/accents), or None."""
        if name == "person":
            return self.people().resolve(value)
        found = self._folded_lexicon(FACET_FIELDS[name]).get(fold(value))
        return found[0] if found else None

    def _date_masks(self, request: SearchRequest) -> list[np.ndarray]:
        """Return the date-range filter as a mask (no mask without a range)."""
        low, high = request.date_range
        if low is None and high is None:
            return []
        dates = self._dates()
        found = dates != UNDATED
        if low is not None:
            found &= dates >= low
        if high is not None:
            found &= dates <= high
        return [found]

    def _dates(self) -> np.ndarray:
        """Return every document's date as a YYYYMMDD number (UNDATED: none), read once."""
        if self.shared.dates is None:
            self.shared.dates = np.fromiter(
                self.reader.column_reader(F.DATE_NUM),
                dtype=np.int64,
                count=self.reader.doc_count_all(),
            )
        return self.shared.dates

    def suggest(self, request: SearchRequest, total: int) -> str | None:
        """Return a corrected query when some word is unknown and the correction finds more."""
        corrector = self.searcher.corrector(F.BODY)
        replacements: list[tuple[Term, str]] = []
        for term in positive_words(request.query):
            tokens = self.tokens(term.text)
            if len(tokens) != 1 or any(
                self.reader.doc_frequency(f, tokens[0]) for f in TEXT_FIELDS
            ):
                continue
            found = corrector.suggest(term.text.lower(), limit=1, maxdist=2)
            if found and found[0] != term.text.lower():
                replacements.append((term, found[0]))
        if not replacements:
            return None
        text = request.q
        for term, word in sorted(replacements, key=lambda r: r[0].start, reverse=True):
            text = text[: term.start] + word + text[term.end :]
        corrected = request.with_changes(q=text, query=parse_query(text))
        return text if self.count(corrected) > total else None

    def export(self, request: SearchRequest, limit: int) -> tuple[int, Iterator[StoredArticle]]:
        """Return the total and up to ``limit`` matching articles in order, read as consumed."""
        q = self.main_query(request)
        matched = self._matched(q)
        total = int(self._kept(request, matched).sum())
        docnums = self._top(q, request, matched, limit)
        stored = self.searcher.stored_fields
        return total, (StoredArticle.from_stored(stored(docnum)) for docnum in docnums)

    # -- single articles -----------------------------------------------------------------

    def article(self, article_id: str) -> StoredArticle | None:
        """Return an article by id, or None."""
        docnum = self.searcher.document_number(**{F.ID: article_id})
        if docnum is None:
            return None
        return StoredArticle.from_stored(self.searcher.stored_fields(docnum))

    def related(self, article: StoredArticle, limit: int = 5) -> list[StoredArticle]:
        """Return articles like this one: similar text first, then shared countries/topics."""
        docnum = self.searcher.document_number(**{F.ID: article.id})
        if docnum is None:
            return []
        # more_like needs words to compare: a headline-only article has none in its body.
        similar = self.searcher.more_like(docnum, F.BODY, top=limit) if article.text.strip() else []
        found = [StoredArticle.from_stored(hit.fields()) for hit in similar]
        if len(found) < limit:
            shared = [Q.Term(F.COUNTRIES, c) for c in article.countries]
            shared += [Q.Term(F.TOPICS, t) for t in article.topics]
            seen = {article.id, *(a.id for a in found)}
            if shared:
                for hit in self.searcher.search(Q.Or(shared), limit=limit + len(seen)):
                    if hit[F.ID] not in seen and len(found) < limit:
                        found.append(StoredArticle.from_stored(hit.fields()))
        return found

    def matched_terms(self, compiled: Q.Query) -> set[str]:
        """Return the text-field terms of a query that occur in the index, prefixes expanded."""
        # Query.existing_terms() is not used: it reuses its field argument as a loop variable,
        # so after the first term it drops every term of another field.
        found: set[str] = set()
        for leaf in compiled.leaves():
            for field, text in leaf.expanded_terms(self.reader, phrases=True):
                if field in TEXT_FIELDS:
                    word = text.decode("utf-8") if isinstance(text, bytes) else text
                    if (field, word) in self.reader:
                        found.add(word)
        return found

    def highlight_paragraphs(self, text: str, request: SearchRequest | None) -> list[Markup]:
        """Return the text's paragraphs, escaped, with the request's query terms marked."""
        plain = [escape(p) for p in split_paragraphs(text)]
        if request is None or request.query is None:
            return plain
        compiled = self.compile(request.query)
        if compiled is None:
            return plain
        terms = self.matched_terms(compiled)
        if not terms:
            return plain
        marked = highlight(
            text, terms, self.analyzer, WholeFragmenter(charlimit=None), MarkFormatter(), top=1
        )
        return [Markup(p) for p in split_paragraphs(marked)] if marked else plain


def _distinct(queries: Iterator[Q.Query | None]) -> list[Q.Query]:
    """Return the queries without None and repeats: a word typed 45 times is read once."""
    return list(dict.fromkeys(q for q in queries if q is not None))
