"""Find people in scripts without capital letters: a name next to a role, honorific or verb.

Hangul, kana/kanji, hanzi, Arabic, Hebrew and Devanagari have no capitals to mark a name, so a
name is what stands in the place a role word gives it: before the role in Korean and Japanese
("이종섭 국방부 장관", "木原稔防衛相"), after it elsewhere ("国防部长董军", "وزير الدفاع لويد أوستن",
"שר הביטחון יואב גלנט", "रक्षा मंत्री राजनाथ सिंह"). The words are rules in script_people.tsv.
"""

from __future__ import annotations

import re
from itertools import pairwise

from indexer.extract.hangul import korean_names
from indexer.extract.mentions import Mention
from indexer.extract.names import is_place
from indexer.extract.scriptrules import ScriptRules, script_rules
from indexer.extract.unspaced import UNSPACED

# Clause breaks: a name never runs across one. A period is handled on the token (it ends a name).
CLAUSE_RE = re.compile(r"[,;:!?()\[\]«»“”„\"<>،؛।|。、，：；！？（）「」『』《》]")
# Right-to-left and Devanagari text: a comma or a quote ends a name but an apposition runs on
# ("שר הביטחון, נפתלי בנט,"); a Hebrew gershayim is part of a word ("כ\"ץ").
# A spaced dash ends a clause too ("… הממשלה – פרשה …").
RTL_CLAUSE_RE = re.compile(r"[;:!?()\[\]“„<>؛।|]|\"(?![\u05d0-\u05ea])|\s[-–—]\s")
NAME_END = tuple(',،»”".')
NAME_OPEN = tuple('«“"')
CONNECTORS = frozenset({"بن", "ابن", "بنت"})  # "خالد بن سلمان": not counted as a name word
SPACE_RE = re.compile(r"\S+")
DETACHED_COMMA_RE = re.compile(r"\s+([,،])(?=\s)")
EDGE_CHARS = "'’‘\"״׳-–—…"
MAX_NAME_TOKENS = 3
MAX_MODIFIERS = 5
CHAIN_STEPS = 2  # institution words a role's name may stand behind ("head of the X division Y")
# One-letter prefixes written onto a word: Arabic "and/so/for/with" (و ف ل ب), Hebrew "and" (ו).
PREFIXES = {"ar": ("و", "ف", "ل", "ب"), "fa": ("و",), "he": ("ו", "ב", "ל", "מ", "ש", "כ", "ה")}
# Prefixes a role takes: Hebrew "from/in/as" on a role word make other words ("מדובר" "it is
# about", "בשר" "meat", "כשר" "kosher"), so only "and/to/that/the" count there.
ROLE_PREFIXES = {**PREFIXES, "he": ("ו", "ל", "ש", "ה")}
# "And" written onto a word: a coordination starts a new phrase, never an institution's name.
CONJUNCTIONS = ("و", "ו")
# Languages whose names never open with the definite article ("المقيمين" is an adjective).
NO_ARTICLE_FIRST = frozenset({"ar"})
# Languages whose given names may open like the article (Hebrew "הדי", "הרצי").
ARTICLE_NAMES = frozenset({"he"})
# Languages that also write a name before a post ("احمد رضایی وزیر دفاع", "X Y، الوزير").
NAME_BEFORE_ROLE = frozenset({"fa", "ar"})
APPOSED_BEFORE = frozenset({"ar"})
NAME_HEADS = frozenset({"عبد", "أبو", "ابو"})  # "servant of", "father of": the article may follow
# A definite article opens an adjective or a genitive after a role, rarely a given name.
ARTICLES = {"ar": ("ال", "لل"), "he": ("ה",)}
# Hebrew punctuation written two ways: geresh and gershayim, or an apostrophe and a quote.
HEBREW_MARKS = str.maketrans({"״": '"', "׳": "'"})
# A short aside in parentheses between a role and a name: "האלוף (במיל') X", "(ret.)".
ASIDE_RE = re.compile(r"\s*\([^()\d]{1,12}\)\s*")
# Korean glosses a name in parentheses, its original spelling or a rank, before the role.
GLOSS_RE = re.compile(r"(?<=[\uac00-\ud7a3])\([^()\d]{1,40}\)(?=\s)")


def find_script_people(paragraph: str, language: str) -> list[Mention]:
    """Return the names a role or verb shows in a paragraph of an uncased script."""
    rules = script_rules(language)
    if rules is None:
        return []
    if language in UNSPACED:
        return UNSPACED[language](paragraph, rules)
    mentions = []
    splitter = CLAUSE_RE if language == "ko" else RTL_CLAUSE_RE
    if language != "ko":
        paragraph = ASIDE_RE.sub(" ", paragraph.translate(HEBREW_MARKS))
    else:
        paragraph = GLOSS_RE.sub("", paragraph)  # "스튜어트(중장) 호주 육군참모총장"
    for clause in splitter.split(paragraph):
        # a comma written apart ("بوريطة ، امس") ends the word before it
        clause = DETACHED_COMMA_RE.sub(r"\1", clause)
        raw = [t for t in SPACE_RE.findall(clause) if t.strip(EDGE_CHARS + ",،«»")]
        tokens = [t.strip(EDGE_CHARS + ",،«»") for t in raw]
        if language == "ko":
            mentions += korean_names(tokens, rules)
        else:
            ends = {i for i, t in enumerate(raw) if t.endswith(NAME_END)}
            opens = {i for i, t in enumerate(raw) if t.startswith(NAME_OPEN)}
            mentions += _role_then_name(tokens, rules, language, ends, opens)
    return mentions


def _unprefixed(
    token: str, words: frozenset[str], language: str, prefixes: dict | None = None
) -> str | None:
    """Return the table word a token is, maybe with a one-letter prefix ("وقال"), else None."""
    bare = token.rstrip(".")
    if bare in words or token in words:
        return bare
    for prefix in (prefixes or PREFIXES).get(language, ()):
        if bare.startswith(prefix) and bare[len(prefix) :] in words:
            return bare[len(prefix) :]
    return None


def _role_then_name(
    tokens: list[str], rules: ScriptRules, language: str, ends: set[int], opens: set[int]
) -> list[Mention]:
    """Return names after a role or a speech verb (Arabic, Hebrew, Hindi and the like)."""
    mentions = []
    for index, token in enumerate(tokens):
        role = _unprefixed(token, rules.roles, language, ROLE_PREFIXES)
        verb = None if role else _unprefixed(token, rules.speech, language)
        if not role and not verb:
            continue
        quoted = _quoted_before(tokens, index, ends, opens)
        if role and len(quoted) >= 2:
            mentions.append(Mention(tuple(quoted), role))  # «عزیز نصیرزاده» وزیر دفاع
        at = index + 1
        while at < len(tokens) and index not in ends and _is_modifier(tokens[at], rules, language):
            if at - index > MAX_MODIFIERS and not _never_opens(tokens[at], language):
                break  # a long run of words with the article is still the role's ("وزير الشؤون …")
            at += 1
        name = _name_after(tokens, at, rules, language, ends)
        for _ in range(CHAIN_STEPS):
            after = at + len(name)
            if not name or after >= len(tokens) or after - 1 in ends:
                break
            if not _heads_more(tokens[after], rules, language):
                break
            # "ראש האגף המדיני X במשרד הביטחון Y": X is part of what the role heads; Y is the name
            at = after
            while at < len(tokens) and _is_modifier(tokens[at], rules, language):
                at += 1
            name = _name_after(tokens, at, rules, language, ends)
        if _counted(name) < 2 and language in ARTICLE_NAMES:
            name = _article_name(tokens, index + 1, at, rules, language, ends) or name
        opener = tokens[at - 1]
        if (
            _counted(name) < 2
            and at > index + 1
            and not opener.startswith(ARTICLES.get(language, ("\0",)))
            and is_place(opener, language)
        ):
            name = _name_after(tokens, at - 1, rules, language, ends, places=False)  # "ישראל כ"ץ"
        if _counted(name) >= 2 or _speaks(tokens, at, name, rules, language, index):
            mentions.append(Mention(tuple(name), role or verb))
        elif role and language in NAME_BEFORE_ROLE:
            before = _name_before(tokens, index, rules, language, ends)
            if before:
                mentions.append(Mention(tuple(before), role))
    return mentions


def _article_name(
    tokens: list[str], start: int, at: int, rules: ScriptRules, language: str, ends: set[int]
) -> list[str]:
    """Return a name opening with what looked like the article ("האלוף הדי כהן,"), else []."""
    for first in range(start, at):
        bare = tokens[first].rstrip(".")
        if not _has_article(bare, language) or not _is_name_token(bare, rules, language):
            continue
        name = _name_after(tokens, first, rules, language, ends)
        # only a name closed by a comma: "נשיא המדינה החדש" is an institution and an adjective
        if _counted(name) >= 2 and first + len(name) - 1 in ends:
            return name
        return []
    return []


def _speaks(
    tokens: list[str], at: int, name: list[str], rules: ScriptRules, language: str, role: int
) -> bool:
    """Tell whether a surname alone after a qualified role speaks ("שר הביטחון כהן אמר")."""
    after = at + len(name)
    return (
        len(name) == 1
        and at > role + 1
        and after < len(tokens)
        and _unprefixed(tokens[after], rules.speech, language) is not None
    )


def _name_before(
    tokens: list[str], index: int, rules: ScriptRules, language: str, ends: set[int]
) -> list[str]:
    """Return the name right before a role: "احمد رضایی وزیر", or in apposition "X Y، الوزير"."""
    apposed = index - 1 in ends
    if apposed != (language in APPOSED_BEFORE):
        return []  # Persian writes "X Y وزیر" with no comma; Arabic "X Y، الوزير" with one
    start = index
    while start > 0 and index - start < MAX_NAME_TOKENS:
        word = tokens[start - 1]
        if (start - 1 in ends and start < index) or not _is_name_token(word, rules, language):
            break
        start -= 1
    name = tokens[start:index]
    if language not in APPOSED_BEFORE:
        name = name[-2:]  # no word before shows where a name starts: take a given name and surname
    elif not start or _unprefixed(tokens[start - 1], rules.stops, language) is None:
        return []  # only after a particle ("كل من X Y،") is it clear where the name starts
    elif any(_has_article(w, language) and p not in NAME_HEADS for p, w in pairwise(name)):
        return []  # "زيارته الرسمية،": a noun and its adjective; "عبد الكريم" is a name
    return name if len(name) >= 2 and not _has_article(name[0], language) else []


def _never_opens(token: str, language: str) -> bool:
    """Tell whether a word cannot open a name: the article, where names never start with it."""
    return language in NO_ARTICLE_FIRST and _has_article(token.rstrip("."), language)


def _counted(name: list[str]) -> int:
    """Return how many words of a name count toward its length ("بن" does not)."""
    return len([w for w in name if w not in CONNECTORS])


def _quoted_before(tokens: list[str], index: int, ends: set[int], opens: set[int]) -> list[str]:
    """Return the words of a quoted name right before a role («دیمیتری پانتوس» رئیس)."""
    if index - 1 not in ends:
        return []
    for start in range(index - 1, max(-1, index - 1 - MAX_NAME_TOKENS), -1):
        if start in opens:
            return tokens[start:index]
    return []


def _is_modifier(token: str, rules: ScriptRules, language: str) -> bool:
    """Tell whether a word after a role qualifies it ("الدفاع", "הביטחון", "रक्षा")."""
    bare = token.rstrip(".")
    return (
        _unprefixed(bare, rules.modifiers, language) is not None
        or _unprefixed(bare, rules.roles, language, ROLE_PREFIXES) is not None
        or _has_article(bare, language)
        or is_place(bare, language)
    )


def _heads_more(token: str, rules: ScriptRules, language: str) -> bool:
    """Tell whether a word after a name-like run continues an institution's name ("הביטחון")."""
    bare = token.rstrip(".")
    return (
        _unprefixed(bare, rules.roles, language, ROLE_PREFIXES) is None
        and not bare.startswith(CONJUNCTIONS)
        and (
            _unprefixed(bare, rules.modifiers, language) is not None or _has_article(bare, language)
        )
    )


def _has_article(token: str, language: str) -> bool:
    """Tell whether a word opens with the definite article, maybe after a prefix ("والإنتاج")."""
    articles = ARTICLES.get(language, ())
    if token.startswith(articles):
        return True
    return any(
        token.startswith(prefix) and token[len(prefix) :].startswith(articles)
        for prefix in PREFIXES.get(language, ())
    )


def _name_after(
    tokens: list[str],
    at: int,
    rules: ScriptRules,
    language: str,
    ends: set[int],
    places: bool = True,
) -> list[str]:
    """Return the name words from `at`: up to three, ending before a stop word or a comma."""
    name: list[str] = []
    counted = 0
    while at < len(tokens) and counted < MAX_NAME_TOKENS:
        bare = tokens[at].rstrip(".")
        if bare not in CONNECTORS and not _is_name_token(bare, rules, language, places):
            break
        if counted >= 2 and bare not in CONNECTORS and bare.startswith(PREFIXES.get(language, ())):
            break  # "لويد أوستن ونظيره", "בני גנץ בשיחה": a prefixed word ends the name
        if (
            not counted
            and _has_article(bare, language)
            and (language in NO_ARTICLE_FIRST or not bare.startswith(ARTICLES[language]))
        ):
            break  # "والإنتاج", "المقيمين": "(and) the …" never opens a name
        name.append(bare)
        counted += bare not in CONNECTORS
        if at in ends:
            break
        at += 1
    return name


def _is_name_token(token: str, rules: ScriptRules, language: str, places: bool = True) -> bool:
    """Tell whether a word can be part of a name: letters, and no rule word of any kind."""
    return (
        len(token) >= 2
        and not any(c.isdigit() or (c.isascii() and c.isalpha()) for c in token)
        and _unprefixed(token, rules.stops, language) is None
        and _unprefixed(token, rules.modifiers, language) is None
        and _unprefixed(token, rules.roles, language, ROLE_PREFIXES) is None
        and _unprefixed(token, rules.speech, language) is None
        and not (places and is_place(token, language))
    )
