"""Find people in scripts written without spaces between words: Japanese, Chinese, Thai.

A name is the run of letters that a role word closes (Japanese "木原稔防衛相") or opens (Chinese
"国防部长董军表示", Thai "พลเอก ทรงวิทย์ หนุนภักดี"); regular expressions built once from the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from indexer.extract.mentions import Mention
from indexer.extract.names import is_place
from indexer.extract.scriptrules import ScriptRules

KANJI = "\u4e00-\u9fff\u3005"
KATAKANA = "\u30a1-\u30fa\u30fc"
HANZI_RE = re.compile("[\u4e00-\u9fff]")
THAI_WORD = r"[\u0e01-\u0e2e\u0e30-\u0e4e]{2,15}(?![\u0e01-\u0e4e.])"  # a word, not a phrase
THAI_MORE = 3  # words a long name (an Arabic one) may add to a given name and surname
PLURALS = frozenset("两兩双雙各")  # "两国防长": the role of several people, no name follows


@cache
def _japanese_pattern(rules: ScriptRules) -> re.Pattern[str]:
    """Return the pattern of a name, its qualifiers and its role in Japanese."""
    name = rf"[{KATAKANA}]{{2,}}(?:[・＝=][{KATAKANA}]{{2,}})*|[{KANJI}]{{2,6}}?"
    modifiers = "|".join(re.escape(m) for m in sorted(rules.modifiers, key=len, reverse=True))
    roles = "|".join(re.escape(r) for r in sorted(rules.roles, key=len, reverse=True))
    stops = "|".join(re.escape(w) for w in sorted(rules.stops, key=len, reverse=True))
    reading = (
        r"(?:[(（][^()（）]{1,20}[)）])?"  # "小泉進次郎(こいずみ・しんじろう)防衛大臣", "(申源植)"
    )
    return re.compile(
        rf"(?<![{KANJI}{KATAKANA}・])({name}){reading}・?(?:{modifiers})*(?:{roles})"
        rf"(?:(?![{KANJI}])|(?={stops}))"  # a role, not the start of a longer word ("大臣同席")
    )


def _japanese(paragraph: str, rules: ScriptRules) -> list[Mention]:
    """Return names written before a role in Japanese ("木原稔防衛相", "オースティン米国防長官")."""
    mentions = []
    for match in _japanese_pattern(rules).finditer(paragraph):
        name = _without_country(match.group(1))
        if not name or name in rules.modifiers or name in rules.stops or is_place(name, "ja"):
            continue
        if all(c in rules.modifiers for c in name):
            continue  # "日印防衛相会談": the two countries of the talks
        start = match.start(1)
        role = match.group(0)[len(name) :]
        mentions.append(Mention((name,), role, start, start + len(name)))
    return mentions


def _without_country(name: str) -> str:
    """Return a katakana name without the country written after it ("ジャイシャンカル・インド")."""
    parts = name.split("・")
    while len(parts) > 1 and is_place(parts[-1], "ja"):
        parts.pop()
    return "・".join(parts)


@cache
def _chinese_pattern(rules: ScriptRules) -> re.Pattern[str]:
    """Return the pattern of a role, the name after it and the word that follows in Chinese."""
    hanzi = "\u4e00-\u9fff"
    # a name written up to punctuation is taken whole ("部长魏凤和。" is not "魏凤" and "和")
    name = (
        rf"[{hanzi}]{{1,6}}(?:[·・][{hanzi}]{{1,8}}?)+"
        rf"|[{hanzi}]{{2,3}}(?=[^{hanzi}·・]|$)|[{hanzi}]{{2,6}}?"
    )
    roles = "|".join(re.escape(r) for r in sorted(rules.roles, key=len, reverse=True))
    follow = "|".join(re.escape(f) for f in rules.follow)
    return re.compile(rf"({roles})({name})(?={follow}|[^{hanzi}·・]|$)")


def _chinese(paragraph: str, rules: ScriptRules) -> list[Mention]:
    """Return names written after a role in Chinese ("国防部长董军表示")."""
    mentions = []
    for match in _chinese_pattern(rules).finditer(paragraph):
        if any(c in PLURALS for c in paragraph[max(0, match.start(1) - 2) : match.start(1)]):
            continue  # "两国防长一致认为": the ministers of both, no name after
        name = match.group(2)
        whole = match.end(2) == len(paragraph) or not HANZI_RE.match(paragraph[match.end(2)])
        if (
            any(c in rules.stops for c in (name[:-1] if whole else name))  # "魏凤和。" is whole
            or name.startswith(rules.follow)
            or any(role in name for role in rules.roles)
            or is_place(name, "zh")
        ):
            continue
        name = _whole_name(paragraph, name, match.end(2), rules)
        mentions.append(
            Mention((name,), match.group(1), match.start(2), match.start(2) + len(name))
        )
    return mentions


def _whole_name(paragraph: str, name: str, end: int, rules: ScriptRules) -> str:
    """Return a two-character name with its third character when a word follows that ("魏凤和今天")."""
    if len(name) != 2 or end >= len(paragraph) or paragraph[end] not in rules.follow:
        return name
    third, rest = paragraph[end], paragraph[end + 1 :]
    words = tuple(f for f in rules.follow if len(f) >= 2)
    closed = rest.startswith(words) or not HANZI_RE.match(rest[:1] or " ")
    return name + third if closed and third not in rules.bound else name


@cache
def _thai_pattern(rules: ScriptRules) -> re.Pattern[str]:
    """Return the pattern of a Thai rank or title and the two words of a name after it."""
    roles = "|".join(re.escape(r) for r in sorted(rules.roles, key=len, reverse=True))
    thai = THAI_WORD
    latin = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}"
    initial = r"(?:[\u0e01-\u0e4e]{1,3}\.\s+)?"
    return re.compile(rf"(?:{roles})\s*(?:({latin})|({thai})\s+{initial}({thai}))")


def _thai(paragraph: str, rules: ScriptRules) -> list[Mention]:
    """Return names after a Thai rank or title ("พลเอก ทรงวิทย์ หนุนภักดี", "นาย Asim Ahmad")."""
    mentions = []
    for match in _thai_pattern(rules).finditer(paragraph):
        if match.group(1):
            mentions.append(Mention(tuple(match.group(1).split()), "title"))
            continue
        first = match.group(2)
        if first in rules.stops or first in rules.roles:
            continue
        end = match.end(3)
        longer = _thai_longer_pattern(rules).match(paragraph, end) if rules.follow else None
        if longer:
            end = longer.end(1)  # "นายซัยฟ์ อับดุลลอฮ์ มุฮัมมัด คอฟาน อัชชามิซีย์ ออท.": a long name
        written = paragraph[match.start(2) : end]
        mentions.append(Mention(tuple(written.split()), "title"))
    return mentions


@cache
def _thai_longer_pattern(rules: ScriptRules) -> re.Pattern[str]:
    """Return the pattern of more name words up to a post written after the name ("ออท.")."""
    posts = "|".join(re.escape(f) for f in rules.follow)
    return re.compile(rf"((?:[ ](?!{posts}){THAI_WORD}){{1,{THAI_MORE}}})[ ](?:{posts})")


UNSPACED: dict[str, Callable[[str, ScriptRules], list[Mention]]] = {
    "ja": _japanese,
    "zh": _chinese,
    "th": _thai,
}
