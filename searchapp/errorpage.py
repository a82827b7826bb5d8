"""The page of a search that could not be run: what to change, the filters kept, ways on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from searchapp.article_context import rebased
from searchapp.errors import InvalidRequest
from searchapp.facets import FACET_BY_NAME, Chip, ChipPart, chips
from searchapp.filters import NOT_PREFIX
from searchapp.pages import Link
from searchapp.query import FIELD_ALIASES
from searchapp.request import parse_search_request
from searchapp.urls import search_args

TITLE = "That search could not be run"
PAGE_ONLY: dict[str, tuple[str, ...]] = {"/cooperation": ("focus",)}  # kept on that page's links
MAX_REPAIRS = 5  # bad parts dropped one after another before giving up on keeping the rest
# What a parameter is called on the page, and what the search without it does.
PARAM_NAMES: dict[str, tuple[str, str]] = {
    "q": ("Your search", "Search again without the search words"),
    "page": ("Page", "Go to the first page"),
    "per_page": ("Results per page", "Search with the usual number of results per page"),
    "sort": ("Order", "Search in the usual order"),
    "from": ("Published from", "Search without the start date"),
    "to": ("Published to", "Search without the end date"),
    "focus": ("Country in focus", "Show every country"),
}


@dataclass(frozen=True)
class ErrorPage:
    """Everything the page of a refused search shows."""

    title: str
    message: str
    suggestion: Link | None  # the search with the bad value replaced by a likely one
    retry: Link | None  # the search without the bad part (None: nothing would be left)
    chips: list[Chip]
    form_q: str  # what was typed, in full, to correct in the box
    form_fields: list[tuple[str, str]]  # the filters the box keeps
    start_url: str = "/"  # the page that refused the search, with nothing chosen
    choices: list[Link] = field(default_factory=list)  # every value the facet takes, each a search
    choices_title: str = ""  # "All 22 topics"; the list is folded when there is a suggestion


def _typed_term(field: str, value: str) -> re.Pattern[str]:
    """Return the pattern of ``field:value`` as it may be typed (alias, quotes, a minus)."""
    names = "|".join(re.escape(alias) for alias, name in FIELD_ALIASES.items() if name == field)
    quoted = re.escape(value)
    return re.compile(rf'(?i)(?<![\w:])[-!]?(?:{names}):(?:"{quoted}"|{quoted})(?=[\s)]|$)')


def _replace_typed(q: str, error: InvalidRequest, replacement: str | None) -> str:
    """Return ``q`` with the typed term of ``error`` replaced (None: removed)."""
    pattern = _typed_term(error.field or "", error.value or "")
    if replacement is None:
        return " ".join(pattern.sub(" ", q, count=1).split())
    value = f'"{replacement}"' if " " in replacement else replacement
    return pattern.sub(lambda m: f"{error.field}:{value}", q, count=1)


def _replaced(args: MultiDict[str, str], error: InvalidRequest, new: str | None) -> MultiDict:
    """Return the arguments with the error's bad part replaced by ``new`` (None: dropped)."""
    kept: MultiDict[str, str] = MultiDict(args)
    if error.param == "q" and error.field and error.value is not None:
        q = _replace_typed(args.get("q", ""), error, new)
        if q != args.get("q", ""):
            kept.setlist("q", [q] if q else [])
            return kept
    values = args.getlist(error.param)
    if error.value is not None and error.value in [v.strip() for v in values]:
        others = [v for v in values if v.strip() != error.value]
        kept.setlist(error.param, others + ([new] if new else []))
    else:
        kept.setlist(error.param, [new] if new else [])
    return kept


def _label(error: InvalidRequest) -> tuple[str, str]:
    """Return what the bad part is called and what searching without it does."""
    if error.param == "q" and error.field and error.value is not None:
        return "Your search", f"Search without {error.field}:{error.value}"
    facet = error.param.removeprefix(NOT_PREFIX)
    if facet in FACET_BY_NAME:
        title = FACET_BY_NAME[facet].title
        shown = f"{title}: {error.value}" if error.value else title
        return f"Filter {title}", f"Search without the filter {shown}"
    return PARAM_NAMES.get(error.param, (error.param, "Search without it"))


def _url(args: MultiDict[str, str], path: str = "/") -> str:
    pairs = [(k, v) for k, v in args.items(multi=True) if v.strip()]
    return f"{path}?{urlencode(pairs)}" if pairs else path


def error_page(error: InvalidRequest, args: MultiDict[str, str], path: str = "/") -> ErrorPage:
    """Return the page for a refused search: the message, the search without its bad parts.

    ``path`` is the page that refused it (the search, the cooperation map), where links lead.
    """
    name, retry_label = _label(error)
    reason = error.user_message
    message = reason if name == "Your search" else f"{name}: {reason[:1].lower()}{reason[1:]}"
    suggestion = None
    if error.suggestion:
        facet = FACET_BY_NAME.get(error.param.removeprefix(NOT_PREFIX))
        if error.field:
            shown = f"{error.field}:{error.suggestion}"
        else:
            shown = facet.label(error.suggestion) if facet else error.suggestion
        suggestion = Link(shown, _url(_replaced(args, error, error.suggestion), path))
    choices, choices_title = _choices(error, args, path)
    kept = _replaced(args, error, None)
    request = None
    for _ in range(MAX_REPAIRS):
        try:
            request = parse_search_request(kept)
            break
        except InvalidRequest as again:  # a second bad part: drop it too
            kept = _replaced(kept, again, None)
    if request is None:
        return ErrorPage(
            TITLE,
            message,
            suggestion,
            None,
            [],
            args.get("q", ""),
            [],
            path,
            choices,
            choices_title,
        )
    # Arguments only the refusing page reads (the map's focus) stay on its links.
    own = [(k, v) for k, v in kept.items(multi=True) if k in PAGE_ONLY.get(path, ()) and v.strip()]
    retry_url = _url(MultiDict(search_args(request) + own), path)
    retry = Link(retry_label, retry_url) if retry_url != "/" else None
    fields = [(k, v) for k, v in search_args(request) if k not in ("q", "page")]
    shown = [_on_page(chip, path, own) for chip in chips(request)]
    return ErrorPage(
        TITLE,
        message,
        suggestion,
        retry,
        shown,
        args.get("q", ""),
        fields,
        path,
        choices,
        choices_title,
    )


def _choices(error: InvalidRequest, args: MultiDict[str, str], path: str) -> tuple[list[Link], str]:
    """Return the values the refused facet takes, each as the search with it, and their title."""
    facet = FACET_BY_NAME.get(error.field or error.param.removeprefix(NOT_PREFIX))
    if not error.choices or facet is None:
        return [], ""
    links = [
        Link(facet.label(value), _url(_replaced(args, error, value), path))
        for value in error.choices
    ]
    return links, f"All {len(links)} {facet.title.lower()}s"


def _on_page(chip: Chip, path: str, own: list[tuple[str, str]]) -> Chip:
    """Return a chip whose × reloads ``path`` (the map stays the map), not the search page."""
    if path == "/":
        return chip
    parts = []
    for part in chip.parts:
        url = rebased(part.remove_url, path)
        if own:
            url += ("&" if "?" in url else "?") + urlencode(own)
        parts.append(ChipPart(part.label, url))
    return Chip(chip.title, parts, chip.joiner)
