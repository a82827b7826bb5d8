"""Find bylines that carry no "By": bare names under the headline, "date | name", sign-offs."""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.extract.bylinetails import hebrew_name, reporter_first, undated, unglued
from indexer.extract.coordination import and_words
from indexer.extract.data import bylines as rules
from indexer.extract.tables import read_words
from indexer.parse import ParsedDoc, classify, is_byline, is_date_line, is_prose

SEGMENT_RE = re.compile(r"\s+[|•·]\s+")
DASH_SEGMENT_RE = re.compile(r"\s+[|•·\-–—]\s+")  # dashes part a line that holds a date
# Names joined in one byline: "Jane Doe and John Roe", "Jana Nováková a Petr Dvořák".
JOIN_RE = re.compile(rf"\s*(?:,|&|\b(?:{'|'.join(map(re.escape, and_words()))})\b)\s*")
# A name set in capitals with the place filed from, over an e-mail or a date: "JANE DOE, Oslo".
UPPER_NAME_PLACE_RE = re.compile(
    # the joiner between letter runs is not optional: "(?:x?letters+)*" after "letters*" splits a
    # long word in exponentially many ways before failing (seconds on one German line)
    r"^([^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*(?:\s+\S+){1,3}),\s+\S+$"
)
EMAIL_LINE_RE = re.compile(r"^\S+@\S+$|\[email")
# Where a reporter filed from: "Jane Doe in Oslo", "Jane Doe — Riyadh".
PLACE_TAIL_RE = re.compile(
    r"\s+(?:in|from|aus|à|en|w|z|[—–])\s+[A-ZÀ-Þİ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*)?$"
)
# A role after the name: "Jane Doe, staff correspondent".
ROLE_TAIL_RE = re.compile(r",\s+[^,]+$")
# An author box at the end: "About the author" over "Jane Doe is a …", or "O autorze: Jane Doe – …".
ABOUT_RE = re.compile(
    r"^(?:about the author|o autorze|über (?:den|die) autor(?:in)?|à propos de l'auteur"
    r"|sobre (?:el|o) autor|sull'autore|o autorovi)\s*:?\s*",
    re.IGNORECASE,
)
ABOUT_NAME_RE = re.compile(
    r"^(\S+(?:\s+\S+){1,3}?)(?:\s+(?:is|was|jest|był|była|ist|war|est|es|è|é|je)\b|\s*[,–—(]|\s+-\s)"
)
# A credit line closing the body: "Written by Jane Doe in Oslo. Additional reporting by John Roe."
CREDIT_RE = re.compile(
    r"^(?:(?:with )?(?:additional )?reporting|written|writing|reported|compiled)\s+by\s",
    re.IGNORECASE,
)
CREDIT_LINES = 5  # credit lines and author boxes stand among the body's last lines
NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Two words glued by a page's tag list: "ЛукашенкоСергей" ("McDonald", "DeSantis" are names).
GLUED_RE = re.compile(r"[^\W\d_A-ZА-ЯЁ]{3}[A-ZА-ЯЁ]")
SIGN_OFF_DASH = "—–- "
SIGN_OFF_LINES = 3  # a bare name among the body's last lines signs the article off
NAME_WORDS = (2, 3)
NAME_WORDS_BESIDE_DATE = 4  # beside a date line a name may have two family names
YEAR_IN_LINE_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
NAME_PART_RE = re.compile(r"^[^\d,|]+[,|]\s*")  # the name before the comma or bar
LEAD_LINES = 3  # the paragraphs that tell whom the article is about
SENTENCE_BEYOND_NAME = 3  # words a line has besides a name when it tells about that person
LEAD_AND_TEXT = 3  # a lead paragraph, a name line, then the text
TEXT_WORD_RE = re.compile(r"[^\W\d_]+")
TOP_LINES = 4  # bylines may stand among the body's first and last lines
ROLE = "role"  # the line kind of "Staff writer", "Correspondent" in lines.tsv


def mark_bylines(doc: ParsedDoc) -> ParsedDoc:
    """Move bare name lines from the deck and the end of the body into the bylines."""
    outlets = {line.casefold() for line in doc.header}
    found = [
        name
        for i, line in enumerate(doc.header)
        for name in byline_segments(line, _beside_date(doc.header, i), outlets)
    ]
    deck_names = {line: deck_bylines(line, outlets) for line in doc.deck}
    deck_names = {
        line: [n for n in names if not _subject(n, line, doc)] for line, names in deck_names.items()
    }
    # a deck line that also holds the date stays, for the date ("3 May 2020 - Jane Doe",
    # "Jane Doe, Reporter - Monday, 3 May 2020")
    deck = [line for line in doc.deck if not deck_names[line] or _dated(line) or _holds_date(line)]
    found += [name for line in doc.deck for name in deck_names[line]]
    tail_at = max(0, len(doc.body) - SIGN_OFF_LINES)
    # a sign-off closes the text: a name-like line with a paragraph after it is a heading
    ending = doc.body[tail_at:]
    signed = {
        line: _sign_off(line)
        for i, line in enumerate(ending)
        if not any(map(is_prose, ending[i + 1 :]))
    }
    tail = [line for line, name in signed.items() if name]
    found += [signed[line] for line in tail]
    # a sign-off the related-links block after it pushed out of the body: its first line
    found += [line for line in doc.trailer[:1] if doc.body and is_name_line(line)]
    found += credit_lines(doc.body[-CREDIT_LINES:])
    top = top_body_bylines(doc.body) + [n for n in lead_byline(doc.body) if not _subject(n, n, doc)]
    top = [line for line in top if line not in tail]
    found += top
    if not found:
        return doc
    body = tuple(line for line in doc.body[:tail_at] if line not in top)
    body += tuple(line for line in doc.body[tail_at:] if line not in tail + top)
    return replace(doc, deck=tuple(deck), body=body, bylines=doc.bylines + tuple(found))


def top_body_bylines(body: tuple[str, ...]) -> list[str]:
    """Return bare name lines among the body's first lines that stand beside a date line.

    A caption taken for the first paragraph pushes the byline and date into the body.
    """
    top = body[: TOP_LINES + 2]
    found = []
    for i, line in enumerate(top):
        beside = [top[j] for j in range(max(0, i - 2), i + 3) if j < len(top) and j != i]
        if is_prose(line):
            continue
        if is_name_line(line, NAME_WORDS_BESIDE_DATE) and any(map(is_date_line, beside)):
            found.append(line)
        elif (named := UPPER_NAME_PLACE_RE.match(line)) and named[1].isupper():
            if is_name(named[1].title()) and any(EMAIL_LINE_RE.search(b) for b in beside):
                found.append(line)  # "JANE DOE, Oslo" over the reporter's e-mail
    return found


def lead_byline(body: tuple[str, ...]) -> list[str]:
    """Return a bare name line between the lead paragraph and the text, as a list.

    A subheading stands there too; its words come back in the text ("Talks in Oslo" over "The
    talks…"), a reporter's name does not.
    """
    if len(body) < LEAD_AND_TEXT or not is_prose(body[0]) or not is_prose(body[2]):
        return []
    line = body[1]
    if is_prose(line) or not is_name_line(line):
        return []
    text = " ".join(body[:1] + body[2:]).casefold()
    words = {w.casefold() for w in NAME_WORD_RE.findall(line)}
    return [] if words & set(TEXT_WORD_RE.findall(text)) else [line]


def byline_segments(
    line: str, beside_date: bool = False, outlets: frozenset[str] | set[str] = frozenset()
) -> list[str]:
    """Return the byline parts of a segmented line ("12.03.2024 | Jane Doe", "Jane Doe | Editor")."""
    segments = (DASH_SEGMENT_RE if _dated(line) else SEGMENT_RE).split(line.strip())
    if len(segments) < 2:
        return []
    prefixed = [s for s in segments if classify(s) == "byline" and is_byline(s)]
    if prefixed:
        return prefixed
    names = [
        s
        for s in segments
        if (is_name_line(s) or (beside_date and s.isupper() and is_name_line(s.title())))
        and s.casefold() not in outlets
    ]  # names set in capitals count beside a date line: "ANA GIL | LUIS REY"
    names = list(dict.fromkeys(names))  # a name the page prints twice
    others = [s for s in segments if s not in names]
    if len(names) == 1 and all(is_date_line(s) or classify(s) == ROLE for s in others):
        return names
    if not names and len(segments) == 2 and hebrew_name(segments[0]):
        if is_date_line(segments[1]):  # "<Hebrew name> | 3/5/2024 10:00"
            return segments[:1]
    # beside the date line: "Jane Doe | John Roe", "Jane Doe | Oslo", "Jane Doe | Outlet Name"
    if beside_date and names and segments[0] in names and len(segments) == 2:
        if all(s.casefold() in outlets or _is_word(s) for s in others):
            return names
    return []


def _sign_off(line: str) -> str:
    """Return the name a body line signs off with ("— Jane Doe", "Jane Doe le 3/5/2024"), or ""."""
    text = line.lstrip(SIGN_OFF_DASH)
    if is_name_line(text):
        return text
    name = undated(text)
    return name if name != text and is_name(name) else ""


def deck_bylines(line: str, outlets: set[str]) -> list[str]:
    """Return the bylines a deck line holds ("Jane Doe", "— Jane Doe, staff correspondent")."""
    text = unglued(line.lstrip(SIGN_OFF_DASH))
    if is_name_line(text):
        return [text]
    named = ROLE_TAIL_RE.sub("", text)
    if named != text and is_name_line(named) and classify(text[len(named) + 1 :].strip()) == ROLE:
        return [named]
    named, comma, rest = text.partition(",")
    if comma and is_name(named.strip()) and reporter_first(rest):
        return [named.strip()]  # "Jane Doe , Journalist-Monday, 3 May 2024"
    return byline_segments(text, True, outlets)


def credit_lines(lines: tuple[str, ...]) -> list[str]:
    """Return credit lines and author-box names among the last lines of the body."""
    found: list[str] = []
    for index, line in enumerate(lines):
        if CREDIT_RE.match(line):
            found.append(line)
        elif about := ABOUT_RE.match(line):
            rest = line[about.end() :] or " ".join(lines[index + 1 : index + 2])
            named = ABOUT_NAME_RE.match(rest)
            if named and is_name(named[1]):
                found.append(named[1])
    return found


def _subject(name: str, source: str, doc: ParsedDoc) -> bool:
    """Tell whether a bare name line names the article's subject: the headline, the deck or the
    lead names that person in a sentence (a minister's name under his photo); source is the
    line the name was read from."""
    least = len(name.split()) + SENTENCE_BEYOND_NAME
    lines = (doc.headline or "", *doc.deck, *doc.body[:LEAD_LINES])
    return any(name in line and len(line.split()) >= least for line in lines if line != source)


def _holds_date(line: str) -> bool:
    """Tell whether a byline line goes on to a date after the name ("Jane Doe, Reporter - 3 May
    2020 10:50"): the line is kept for the date."""
    return bool(YEAR_IN_LINE_RE.search(line)) and is_date_line(NAME_PART_RE.sub("", line, count=1))


def _dated(line: str) -> bool:
    """Tell whether a segmented line opens with a date ("3 May 2020 - Jane Doe")."""
    return is_date_line(DASH_SEGMENT_RE.split(line.strip())[0])


def _beside_date(lines: tuple[str, ...], index: int) -> bool:
    """Tell whether the line at index has a date line just above or below it."""
    return any(is_date_line(lines[i]) for i in (index - 1, index + 1) if 0 <= i < len(lines))


def _is_word(text: str) -> bool:
    """Tell whether a text is one capitalized word (a place, an outlet)."""
    return bool(NAME_WORD_RE.fullmatch(text)) and text[0].isupper()


def is_name_line(line: str, most: int = 0) -> bool:
    """Tell whether a line holds only names ("Jane Doe", "Jane Doe in Oslo and John Roe")."""
    parts = JOIN_RE.split(line.strip())
    return all(is_name(PLACE_TAIL_RE.sub("", part), most) for part in parts)


def is_name(text: str, most: int = 0) -> bool:
    """Tell whether a text reads as one person's name: a few capitalized name-like words."""
    words = text.split()
    plain = read_words("nonname.tsv") | read_words("roles.tsv") | rules.NOT_PERSON_WORDS
    return NAME_WORDS[0] <= len(words) <= (most or NAME_WORDS[1]) and all(
        NAME_WORD_RE.fullmatch(word)
        and word[0].isupper()
        and not GLUED_RE.search(word)
        and not word.isupper()
        and word.casefold() not in plain
        for word in words
    )
