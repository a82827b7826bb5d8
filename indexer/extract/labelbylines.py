"""Find bylines written with a label or a reporter word: "Автор:", "홍길동 기자", "记者…报道"."""

from __future__ import annotations

import re
from functools import cache

from indexer.extract.bylines import TOP_LINES
from indexer.extract.data import bylines as rules
from indexer.parse import BYLINE_CHARS, ParsedDoc

OPEN_BRACKETS = ("(", "（", "[")
LABEL_REACH = 80  # in a long paragraph, a byline stands in its first characters
SHORT_LINE = 40  # a reporter word after a name counts anywhere in a line this short
# Nikkei-style "【ワシントン=赤木俊介】": place, equals sign, reporter
BRACKET_RE = re.compile(r"【[^】=＝]{1,12}[=＝]\s*([^】=＝]{2,8})】")
# A Chinese wire dateline's credit: "某社北京5月1日电（记者张三、李四）", "电(张三  李 四)"
DATELINE_RE = re.compile(
    r"[电電]\s*[（(]\s*(?:记者|記者)?\s*([\u4e00-\u9fff][\u4e00-\u9fff 、，,]{1,30})[)）]"
)
DATELINE_SPLIT_RE = re.compile(r"\s*[、，,\s]\s*")
# where a byline found inside a paragraph ends
BYLINE_END_RE = re.compile(r"[=:：。.!?]|\s[-–—]\s|\s?\d|报道|報道|$")


def labelled_bylines(doc: ParsedDoc, language: str) -> list[str]:
    """Return bylines written with a label or a reporter word, in any language.

    "Автор: Вяра Димова", "13.09.2023 | Автор: …", "(서울=연합뉴스) 홍길동 기자 = …",
    "记者陈国全、穆瑞林报道", "كتب: …". The label stays in front; parse_byline removes it.
    """
    head = (doc.headline,) if doc.headline else ()  # a lead taken for the headline
    lines = head + doc.header + doc.deck + doc.body[:TOP_LINES] + doc.body[-TOP_LINES:]
    found: list[str] = []
    for line in dict.fromkeys(lines + doc.trailer):
        zone = line if len(line) <= BYLINE_CHARS else line[:LABEL_REACH]
        short = len(line) <= BYLINE_CHARS and line != doc.headline
        for match in label_re(language).finditer(zone):
            label = match["author"] or match["word"]
            if label and _closes_caption(zone, match.start()):
                continue
            if label and (match["word"] is None or short):
                rest = zone[match.end() :].lstrip(" :：-–—|")
                if label.casefold().rstrip(":：") in rules.AGENCY_FIRST_LABELS:
                    rest = rest.partition("/")[2]  # "Kaynak: AA / Emre Yıldız"
                end = BYLINE_END_RE.search(rest)
                found.append(f"{label} {rest[: end.start() if end else None].strip()}")
        if (
            line in doc.body[-TOP_LINES:]
        ):  # "… 끝으로 합의했다. 홍길동 기자": a sign-off ending the text
            found += [m[1] for m in sign_off_reporter_re(language).finditer(line)]
        pattern = reporter_after_re(language, len(line) <= SHORT_LINE)
        names = (m[1] or m[2] for m in pattern.finditer(zone))  # the one alternative that matched
        found += [name for name in names if name not in rules.NOT_NAMES_BEFORE_REPORTER]
        found += [f"{match[1]}記者" for match in BRACKET_RE.finditer(zone)]
        found += [f"{m[1]}" for m in paren_reporter_re(language).finditer(zone)]
        found += [f"记者 {'、'.join(_wire_names(m[1]))}" for m in DATELINE_RE.finditer(zone)]
    return list(dict.fromkeys(found))


def _closes_caption(line: str, at: int) -> bool:
    """Tell whether a label opens a bracket after other text: a photo's credit closing its
    caption ("Two ministers at the pier (author: JANE DOE/AGENCY)"), not a byline."""
    before = line[:at].rstrip()
    return before.endswith(OPEN_BRACKETS) and bool(before.rstrip("".join(OPEN_BRACKETS)).strip())


def _wire_names(credit: str) -> list[str]:
    """Return the names of a wire credit; one-character parts pair up ("李秉宣 孙 飞")."""
    names: list[str] = []
    for part in DATELINE_SPLIT_RE.split(credit.strip()):
        if len(part) == 1 and names and len(names[-1]) == 1:
            names[-1] += f" {part}"  # a two-character name spaced out to the width of three
        else:
            names.append(part)
    return names


@cache
def sign_off_reporter_re(language: str) -> re.Pattern[str]:
    """Return the pattern of a name and reporter word closing a paragraph ("… 했다. 홍길동 기자")."""
    words = "|".join(sorted(rules.REPORTER_AFTER.get(language, ()), key=len, reverse=True))
    if not words:
        return re.compile(r"(?!x)x")
    name = rules.NAME_BEFORE_REPORTER[language]
    return re.compile(rf"[.。!?]\s+({name})\s?(?:{words})\s*$")


@cache
def paren_reporter_re(language: str) -> re.Pattern[str]:
    """Return the pattern of a name and its reporter word in brackets ("山田 太郎(軍事記者)")."""
    words = "|".join(sorted(rules.REPORTER_AFTER.get(language, ()), key=len, reverse=True))
    if not words:
        return re.compile(r"(?!x)x")
    name = rf"(?<![^\W\d_])({rules.NAME_BEFORE_REPORTER[language]})"
    return re.compile(rf"{name}\s?[(（][^)）]{{0,8}}?(?:{words})[)）]")


@cache
def reporter_after_re(language: str, short: bool) -> re.Pattern[str]:
    """Return the pattern of a name and the reporter word after it ("홍길동 기자").

    In a short line it may stand anywhere; in a paragraph only at its start, after a bracketed
    place and outlet, and followed by "=" ("(서울=한빛뉴스) 홍길동 기자 = …").
    """
    words = "|".join(sorted(rules.REPORTER_AFTER.get(language, ()), key=len, reverse=True))
    if not words:
        return re.compile(r"(?!x)x")
    name = rf"(?<![^\W\d_])({rules.NAME_BEFORE_REPORTER[language]})"
    if short:  # the empty group 2 keeps the groups of the paragraph pattern below
        # "(軍事ジャーナリスト)": a word in brackets qualifies the profession, it is no name
        return re.compile(rf"(?<![(（]){name}\s?(?:{words})(?![^\W\d_])()")
    bracketed = r"^\s*(?:[\[(【][^\])】]{1,30}[\])】]\s*)?"  # "(서울=한빛뉴스) 홍길동 기자 ="
    inside = r"^\s*[\[(【](?:[^\])】]{1,20}\s)?"  # "[한빛뉴스 홍길동 기자] …"
    return re.compile(
        rf"{bracketed}{name}\s?(?:{words})\s*[=:]|{inside}{name}\s?(?:{words})[\])】]"
    )


@cache
def label_re(language: str) -> re.Pattern[str]:
    """Return the pattern of author labels (named group author) and other credits (other)."""
    labels = set(rules.AUTHOR_LABELS.get(language, ())) | set(rules.AUTHOR_LABELS["en"])
    colons = [label for group in rules.AUTHOR_LABELS.values() for label in group if _colon(label)]
    colons += [label for label in labels if _colon(label) or label[-1] > "\u2e80"]
    colon_labels = "|".join(_label_pattern(label) for label in sorted(set(colons), key=len)[::-1])
    others = "|".join(_label_pattern(label) for label in rules.OTHER_CREDITS)
    words = "|".join(_label_pattern(label) for label in sorted(labels - set(colons), key=len)[::-1])
    return re.compile(
        rf"(?:^|(?<=[\s|•·,;(（\[]))(?:(?P<other>{others})|(?P<author>{colon_labels}))"
        rf"|(?:^|(?<=[|•·]\s))(?P<word>{words})",  # "by", "von", "της" only open a line or segment
        re.IGNORECASE,
    )


def _colon(label: str) -> bool:
    """Tell whether a label ends in a colon or slash, safe to look for in every language."""
    return label[-1] in ":/|"


def _label_pattern(label: str) -> str:
    """Return the pattern of a label: a colon may be full-width; a bare word ends the word."""
    words = r"\s+".join(re.escape(word) for word in label.rstrip(":").split())
    if label.endswith(":"):
        return words + r"\s*[:：]"
    return words if label[-1] in "/|" or label[-1] > "\u2e80" else words + r"(?=\s)"
