"""Find people in Korean: a Hangul name written before its role ("이종섭 국방부 장관")."""

from __future__ import annotations

import re
from functools import cache

from indexer.extract.mentions import Mention
from indexer.extract.names import is_place
from indexer.extract.scriptrules import ScriptRules

HANGUL_RE = re.compile(r"^[\uac00-\ud7a3]+(?:[·-][\uac00-\ud7a3]+)*$")  # "코시니악-카미슈"
SYLLABLE_RE = re.compile(r"[\uac00-\ud7a3]")
PART_RE = re.compile(r"[·-]")
MAX_NAME_TOKENS = 3
MAX_MODIFIERS = 5
HANGUL_NAME = (2, 4)  # syllables of a Korean name written as one word ("이종섭")
HANGUL_FOREIGN = 6  # syllables of one word of a transliterated name ("스톨텐베르그")
# Korean word endings of verbs and particles: a word with one is not part of a name before it.
KO_NOT_NAME_END = tuple("한은는을를의에서고며던된인적로과와이가도다게요")
KO_MODIFIER_ENDS = (
    "사령부",
    "본부",
    "위원회",
    "연구소",
    "연구원",
    "대학교",
    "대학",
    "정부",
    "부처",
)


def _korean_role(token: str, rules: ScriptRules) -> str | None:
    """Return the role a Korean word is, particles aside ("장관은", "국방장관과"), else None."""
    found = _korean_role_pattern(rules).match(token)
    return found.group(1) if found else None


@cache
def _korean_role_pattern(rules: ScriptRules) -> re.Pattern[str]:
    """Return the pattern of a Korean role word: a role, or a word ending in one, and a particle."""
    roles = "|".join(re.escape(r) for r in sorted(rules.roles, key=len, reverse=True))
    suffixes = "|".join(re.escape(r) for r in rules.suffixes)
    particles = "|".join(re.escape(r) for r in rules.particles)
    return re.compile(rf"((?:{roles})|.+(?:{suffixes}))(?:{particles})?$")


def korean_names(tokens: list[str], rules: ScriptRules) -> list[Mention]:
    """Return names written before a role in Korean ("조현기 본부장", "로이드 오스틴 미 국방장관")."""
    mentions = []
    for index, token in enumerate(tokens):
        role = _korean_role(token, rules)
        if not role:
            continue
        at = index - 1
        while at >= 0 and index - at <= MAX_MODIFIERS and _korean_modifier(tokens[at], rules):
            at -= 1
        if at < 0 or not _korean_name_word(tokens[at], rules, HANGUL_NAME[1] + 2):
            continue
        if not HANGUL_NAME[0] <= _syllables(tokens[at]) <= HANGUL_FOREIGN:
            continue
        name = [tokens[at]]
        while (
            len(name) < MAX_NAME_TOKENS
            and at > 0
            and _korean_name_word(tokens[at - 1], rules, HANGUL_FOREIGN)
            and not tokens[at - 1].endswith(KO_NOT_NAME_END)
        ):
            at -= 1
            name.insert(0, tokens[at])
        mentions.append(Mention(tuple(name), role))
    return mentions


def _korean_modifier(token: str, rules: ScriptRules) -> bool:
    """Tell whether a Korean word qualifies the role after it ("국방부", "미국", "해군")."""
    return (
        token in rules.modifiers
        or _korean_role(token, rules) is not None
        or (token.endswith(KO_MODIFIER_ENDS) and len(token) > 2)
        or is_place(token, "ko")
    )


def _korean_name_word(token: str, rules: ScriptRules, longest: int) -> bool:
    """Tell whether a Korean word can be (part of) a name: Hangul only, no rule word."""
    return (
        bool(HANGUL_RE.match(token))
        and 2 <= _syllables(token) <= longest
        and token not in rules.stops
        and not _korean_modifier(token, rules)
    )


def _syllables(token: str) -> int:
    """Return the syllables of a word's longest part ("코시니악-카미슈" counts four)."""
    return max(len(SYLLABLE_RE.findall(part)) for part in PART_RE.split(token))
