"""The user's query syntax, parsed into a small tree with every limit checked (no Whoosh here).

    >>> [(t.kind, t.text) for t in leaves(parse_query('ammun* country:PL -"air defense" OR x'))]
    [('prefix', 'ammun'), ('word', 'PL'), ('phrase', 'air defense'), ('word', 'x')]

Syntax: words are all required; ``"exact phrase"``; ``a OR b``; ``-word`` or ``NOT word``;
``(grouping)``; ``field:value`` / ``field:"two words"``; a trailing ``*`` for prefixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from searchapp.exceptions import InvalidRequest

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 50
MAX_DEPTH = 8
MIN_PREFIX_CHARS = 2

# Query field name (and aliases) -> the name used in the rest of the app.
FIELD_ALIASES: dict[str, str] = {
    "country": "country",
    "countries": "country",
    "topic": "topic",
    "topics": "topic",
    "person": "person",
    "people": "person",
    "year": "year",
    "language": "language",
    "lang": "language",
    "source": "source",
    "outlet": "source",
    "pair": "pair",
    "pairs": "pair",
    "equipment": "equipment",
    "title": "title",
    "body": "body",
    "text": "body",
}
QUERY_FIELDS = (
    "country",
    "topic",
    "person",
    "year",
    "language",
    "source",
    "pair",
    "equipment",
    "title",
    "body",
)

_FIELD_RE = re.compile(r"([A-Za-z_]+):(?=[^\s)])")
_WORD_RE = re.compile(r'[^\s()"]+')


@dataclass(frozen=True)
class Term:
    """A leaf: a word, a phrase or a prefix, in all text fields or in one field."""

    kind: str  # "word", "phrase" or "prefix"
    text: str
    field: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Not:
    """Documents not matching ``child``."""

    child: Node


@dataclass(frozen=True)
class Group:
    """All (``op="and"``) or any (``op="or"``) of the children."""

    op: str
    children: tuple[Node, ...]


Node = Term | Not | Group


def _fail(reason: str) -> InvalidRequest:
    return InvalidRequest("q", reason)


def _word_kind(text: str) -> tuple[str, str]:
    """Return ("word" | "prefix", text) for a bare word, rejecting unsupported operators."""
    if "~" in text:
        raise _fail(
            f"fuzzy search ('{text}') is not supported; type the word as it is written, "
            "or use a prefix such as ammun*"
        )
    if len(text) > 2 and text.startswith("/") and text.endswith("/"):
        raise _fail(f"regular expressions ('{text}') are not supported; use words or prefix*")
    if "*" not in text:
        return "word", text
    stem = text[:-1]
    if not text.endswith("*") or "*" in stem:
        raise _fail(f"a wildcard may only end a word ('{text}'); for example ammun*")
    letters = sum(c.isalnum() for c in stem)
    if letters < MIN_PREFIX_CHARS:
        raise _fail(
            f"'{text}' needs at least {MIN_PREFIX_CHARS} letters before the *; "
            "for example dr* or ammun*"
        )
    return "prefix", stem


def tokenize(text: str) -> list[Term | str]:
    """Split a query into terms and the operators "(", ")", "OR", "NOT"."""
    tokens: list[Term | str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c in "()":
            tokens.append(c)
            i += 1
            continue
        if c in "-!" and i + 1 < n and not text[i + 1].isspace():
            tokens.append("NOT")
            i += 1
            continue
        if c == "+":
            i += 1
            continue
        start = i
        field = None
        match = _FIELD_RE.match(text, i)
        if match and match.group(1).lower() in ("http", "https"):
            match = None  # a pasted URL is text, not a field
        if match:
            name = match.group(1).lower()
            if name not in FIELD_ALIASES:
                raise _fail(
                    f"unknown field '{match.group(1)}:'; use one of "
                    + ", ".join(f"{f}:" for f in QUERY_FIELDS)
                )
            field = FIELD_ALIASES[name]
            i = match.end()
        if i < n and text[i] == '"':
            close = text.find('"', i + 1)
            if close < 0:
                raise _fail('a phrase is missing its closing quote ("); add one or remove the "')
            tokens.append(Term("phrase", text[i + 1 : close], field, start, close + 1))
            i = close + 1
            continue
        word = _WORD_RE.match(text, i)
        if word is None:  # a field name followed by "(" or a quote-less end
            raise _fail(f"'{text[start:i]}' needs a value, for example country:PL")
        i = word.end()
        raw = word.group()
        if field is None and raw in ("OR", "AND", "NOT", "||", "&&"):
            tokens.append({"||": "OR", "&&": "AND"}.get(raw, raw))
            continue
        kind, value = _word_kind(raw)
        tokens.append(Term(kind, value, field, start, i))
    return tokens


class _Parser:
    """Recursive descent over the tokens: AND binds looser than OR, NOT binds tightest."""

    def __init__(self, tokens: list[Term | str]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> Term | str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Term | str | None:
        token = self.peek()
        self.pos += 1
        return token

    def conjunction(self, depth: int) -> Node | None:
        children: list[Node] = []
        while (token := self.peek()) is not None and token != ")":
            if token == "AND":
                self.take()
                continue
            child = self.disjunction(depth)
            if child is not None:
                children.append(child)
        if not children:
            return None
        return children[0] if len(children) == 1 else Group("and", tuple(children))

    def disjunction(self, depth: int) -> Node | None:
        children = [self.unary(depth)]
        while self.peek() == "OR":
            self.take()
            children.append(self.unary(depth))
        kept = tuple(child for child in children if child is not None)
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Group("or", kept)

    def unary(self, depth: int) -> Node | None:
        token = self.take()
        if token == "NOT":
            child = self.unary(depth)
            return Not(child) if child is not None else None
        if token == "(":
            if depth >= MAX_DEPTH:
                raise _fail(f"parentheses are nested too deeply; at most {MAX_DEPTH} levels")
            inner = self.conjunction(depth + 1)
            if self.take() != ")":
                raise _fail("a '(' is never closed; add the missing ')'")
            return inner
        if isinstance(token, Term):
            return token
        if token == ")":
            raise _fail("a ')' has no matching '('; remove it or add the '('")
        return None  # a dangling OR / AND / NOT at the end


def leaves(node: Node | None) -> list[Term]:
    """Return every term of a parsed query, in order."""
    if node is None:
        return []
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return leaves(node.child)
    return [term for child in node.children for term in leaves(child)]


def parse_query(text: str) -> Node | None:
    """Parse a user query; return None when it has no terms; raise InvalidRequest if malformed."""
    if len(text) > MAX_QUERY_CHARS:
        raise _fail(
            f"your search is {len(text):,} characters long and at most {MAX_QUERY_CHARS} fit; "
            "shorten it, or move countries, topics and years into the filters"
        )
    tokens = tokenize(text)
    count = sum(isinstance(token, Term) for token in tokens)
    if count > MAX_CLAUSES:
        raise _fail(
            f"your search has {count} words and at most {MAX_CLAUSES} fit; drop some, or move "
            "countries, topics and years into the filters"
        )
    parser = _Parser(tokens)
    node = parser.conjunction(0)
    if parser.peek() is not None:
        raise _fail("a ')' has no matching '('; remove it or add the '('")
    return node


def positive_words(node: Node | None) -> list[Term]:
    """Return the plain, non-negated words without a field (candidates for spelling help)."""
    if node is None or isinstance(node, Not):
        return []
    if isinstance(node, Term):
        return [node] if node.kind == "word" and node.field is None else []
    return [term for child in node.children for term in positive_words(child)]
