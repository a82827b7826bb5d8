"""Query words marked in article text: a snippet per hit and whole paragraphs on the article page."""

from __future__ import annotations

from markupsafe import Markup, escape
from whoosh.analysis import Analyzer
from whoosh.highlight import (
    ContextFragmenter,
    Fragment,
    HtmlFormatter,
    WholeFragmenter,
    get_text,
    highlight,
)

from searchapp.results import SNIPPET_CHARS, plain_snippet, split_paragraphs


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


def snippet(text: str, terms: frozenset[str], analyzer: Analyzer) -> Markup:
    """Return the best two fragments of ``text`` with ``terms`` marked (else its start)."""
    marked = ""
    if terms and text:
        fragmenter = ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
        formatter = MarkFormatter(between=" … ")
        marked = highlight(text, terms, analyzer, fragmenter, formatter, top=2)
        marked = " ".join(marked.split())
    return Markup(marked) if marked else plain_snippet(text)


def paragraphs(text: str, terms: set[str], analyzer: Analyzer) -> list[Markup]:
    """Return the text's paragraphs, escaped, with ``terms`` marked."""
    plain = [escape(p) for p in split_paragraphs(text)]
    if not terms:
        return plain
    marked = highlight(
        text, terms, analyzer, WholeFragmenter(charlimit=None), MarkFormatter(), top=1
    )
    return [Markup(p) for p in split_paragraphs(marked)] if marked else plain
