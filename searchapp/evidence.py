"""The stored evidence of an article's values → anchors and highlights in its text (no Whoosh).

>>> marked, notes = mark_evidence("Poland buys. Korea sells.", [Markup("Poland buys. Korea sells.")],
...                              {"country": {"KR": [13, 25]}})
>>> str(marked[0])
'Poland buys. <span class="evidence-group"><span class="evidence-anchor" id="ev-country-KR">\
</span><mark class="evidence">Korea sells.</mark></span>'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape

from markupsafe import Markup, escape

from searchapp.results import split_paragraphs

Evidence = dict[str, dict[str, list[int] | str]]
FIELD_TITLES = {"country": "Country", "person": "Person", "equipment": "Equipment", "date": "Date"}
_PARAGRAPH_RE = re.compile(r"\n\s*\n")
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class EvidenceNote:
    """Evidence that is not in the article's text (a date line above the headline)."""

    anchor: str
    title: str
    value: str
    quote: str


def read_evidence(raw: str) -> Evidence:
    """Return the stored evidence map; an unreadable one is no evidence."""
    try:
        found = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {
        facet: {
            str(value): where
            for value, where in values.items()
            if isinstance(where, str) or _is_span(where)
        }
        for facet, values in found.items()
        if isinstance(values, dict)
    }


def _is_span(where: object) -> bool:
    return (
        isinstance(where, list)
        and len(where) == 2
        and all(isinstance(n, int) for n in where)
        and 0 <= where[0] < where[1]
    )


def anchor_id(facet: str, value: str) -> str:
    """Return the HTML id of a value's evidence: ``ev-country-PL``, ``ev-person-Anna-Nowak``."""
    return f"ev-{facet}-{_SPACE_RE.sub('-', value.strip())}"


def evidence_url(evidence: Evidence, facet: str, value: str) -> str | None:
    """Return the in-page link to a value's evidence, or None when none was stored."""
    return "#" + anchor_id(facet, value) if value in evidence.get(facet, {}) else None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) in ``text`` of each paragraph split_paragraphs gives."""
    spans = []
    starts = [0, *(m.end() for m in _PARAGRAPH_RE.finditer(text))]
    ends = [*(m.start() for m in _PARAGRAPH_RE.finditer(text)), len(text)]
    for start, end in zip(starts, ends, strict=True):
        piece = text[start:end]
        if stripped := piece.strip():
            at = start + len(piece) - len(piece.lstrip())
            spans.append((at, at + len(stripped)))
    return spans


def insert_plain(markup: str, inserts: dict[int, str]) -> str:
    """Insert HTML at plain-text offsets of ``markup``: after closing tags, before opening ones."""
    out: list[str] = []
    plain, i = 0, 0
    while True:
        while markup.startswith("</", i):
            j = markup.index(">", i) + 1
            out.append(markup[i:j])
            i = j
        if plain in inserts:
            out.append(inserts.pop(plain))
        if i >= len(markup):
            break
        if markup[i] == "<":
            j = markup.index(">", i) + 1
        else:
            j = (markup.index(";", i) + 1) if markup[i] == "&" else i + 1
            plain += 1
        out.append(markup[i:j])
        i = j
    out.extend(inserts[at] for at in sorted(inserts))
    return "".join(out)


def _groups(evidence: Evidence) -> list[tuple[int, int, list[str]]]:
    """Return the evidence sentences as (start, end, anchors), overlapping ones merged."""
    spans = sorted(
        (where[0], where[1], anchor_id(facet, value))
        for facet, values in evidence.items()
        for value, where in values.items()
        if isinstance(where, list)
    )
    groups: list[tuple[int, int, list[str]]] = []
    for start, end, anchor in spans:
        if groups and start < groups[-1][1]:
            first, last, anchors = groups[-1]
            groups[-1] = (first, max(last, end), [*anchors, anchor])
        else:
            groups.append((start, end, [anchor]))
    return groups


def mark_evidence(
    text: str, paragraphs: list[Markup], evidence: Evidence
) -> tuple[list[Markup], list[EvidenceNote]]:
    """Return the paragraphs with each evidence sentence marked and anchored, and the notes
    for evidence outside the text (quotes)."""
    spans = paragraph_spans(text)
    plain = split_paragraphs(text)
    if len(spans) != len(paragraphs):
        paragraphs = [escape(p) for p in plain]
    inserts: list[dict[int, str]] = [{} for _ in spans]
    for start, end, anchors in _groups(evidence):
        for number, (first, last) in enumerate(spans):
            if first <= start < last:
                opening = "".join(
                    f'<span class="evidence-anchor" id="{escape(a)}"></span>' for a in anchors
                )
                at, to = start - first, min(end, last) - first
                here = inserts[number]
                here[at] = here.get(at, "") + f'<span class="evidence-group">{opening}'
                here[at] = here[at] + '<mark class="evidence">'
                here[to] = "</mark></span>" + here.get(to, "")
                break
    marked = []
    for paragraph, original, wanted in zip(paragraphs, plain, inserts, strict=True):
        if not wanted:
            marked.append(paragraph)
            continue
        if unescape(_TAG_RE.sub("", str(paragraph))) != original:
            paragraph = escape(original)  # highlighting changed the text: mark the plain one
        marked.append(Markup(insert_plain(str(paragraph), wanted)))
    notes = [
        EvidenceNote(anchor_id(facet, value), FIELD_TITLES.get(facet, facet), value, where)
        for facet, values in evidence.items()
        for value, where in values.items()
        if isinstance(where, str)
    ]
    return marked, notes
