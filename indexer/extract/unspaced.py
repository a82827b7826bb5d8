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


@cache
def _japanese_pattern(rules: ScriptRules) -> re.Pattern[str]:
    """Return the pattern of a name, its qualifiers and its role in Japanese."""
    name = rf"[{KATAKANA}]{{2,}}(?:[・＝=][{KATAKANA}]{{2,}})*|[{KANJI}]{{2,6}}?"
    modifiers = "|".join(re.escape(m) for m in sorted(rules.modifiers, key=len, reverse=True))
    roles = "|".join(re.escape(r) for r in sorted(rules.roles, key=len, reverse=True))
    return re.compile(
        rf"(?<![{KANJI}{KATAKANA}・])({name})・?(?:{modifiers})*(?:{roles})(?![{KANJI}])"
    )


def _japanese(paragraph: str, rules: ScriptRules) -> list[Mention]:
    """Return names written before a role in Japanese ("木原稔防衛相", "オースティン米国防長官")."""
    mentions = []
    for match in _japanese_pattern(rules).finditer(paragraph):
        name = match.group(1)
        if name in rules.modifiers or name in rules.stops or is_place(name, "ja"):
            continue
        mentions.append(Mention((name,), match.group(0)[len(name) :], *match.span(1)))
    return mentions


@cache
def _chinese_pattern(rules: ScriptRules) -> re.Pattern[str]:
    """Return the pattern of a role, the name after it and the word that follows in Chinese."""
    hanzi = "\u4e00-\u9fff"
    name = rf"[{hanzi}]{{1,6}}(?:[·・][{hanzi}]{{1,8}}?)+|[{hanzi}]{{2,6}}?"
    roles = "|".join(re.escape(r) for r in sorted(rules.roles, key=len, reverse=True))
    follow = "|".join(re.escape(f) for f in rules.follow)
    return re.compile(rf"({roles})({name})(?={follow}|[^{hanzi}·・]|$)")


def _chinese(paragraph: str, rules: ScriptRules) -> list[Mention]:
    """Return names written after a role in Chinese ("国防部长董军表示")."""
    mentions = []
    for match in _chinese_pattern(rules).finditer(paragraph):
        name = match.group(2)
        if (
            any(c in rules.stops for c in name)
            or name.startswith(rules.follow)
            or any(role in name for role in rules.roles)
            or is_place(name, "zh")
        ):
            continue
        mentions.append(Mention((name,), match.group(1), *match.span(2)))
    return mentions


@cache
def _thai_pattern(rules: ScriptRules) -> re.Pattern[str]:
    """Return the pattern of a Thai rank or title and the two words of a name after it."""
    roles = "|".join(re.escape(r) for r in sorted(rules.roles, key=len, reverse=True))
    thai = r"[\u0e01-\u0e2e\u0e30-\u0e4e]{2,15}(?![\u0e01-\u0e4e])"  # a word, not a phrase
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
        written = paragraph[match.start(2) : match.end(3)]
        mentions.append(Mention(tuple(written.split()), "title"))
    return mentions


UNSPACED: dict[str, Callable[[str, ScriptRules], list[Mention]]] = {
    "ja": _japanese,
    "zh": _chinese,
    "th": _thai,
}
