"""Find the weapon systems and platforms an article names, from the table in data/equipment.tsv.

    >>> extract_equipment("Poland orders K2 tanks", ("The K9 howitzers follow.",)).value
    ('K2 Black Panther', 'K9 Thunder')

Every alias of the table goes into one regular expression built as a character trie, so a text
is scanned once whatever the table's size. Ambiguous aliases ("K2", "Leopard") count only with a
word of the system's type within WINDOW characters, or when an unambiguous alias of the same
system is in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from indexer.extract.found import Found
from indexer.extract.tables import read_tsv
from indexer.regexfold import FoldedPattern, re_fold

TYPES = (
    "tank",
    "armored vehicle",
    "artillery",
    "air defense",
    "missile",
    "aircraft",
    "helicopter",
    "drone",
    "ship",
    "submarine",
)
ANY_TYPE = "any"  # the row of equipment_types.tsv whose words support every type
WINDOW = 60  # characters on each side of an ambiguous alias searched for a type word
TAIL = 4  # letters or digits a "*" alias may carry after it (Leopardy, F-16V, Патриотов)
CASED, AMBIGUOUS, STEM = "=", "?", "*"
# Scripts written without spaces: no word boundary is required next to their letters.
UNSPACED = "\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af"
_UNSPACED_RE = re.compile(f"[{UNSPACED}]")
_WORD = r"[^\W_]"  # a letter or digit
_SEPARATORS = re.compile(r"[\s\-‐‑–—/]+")
_SEP = "\x00"  # in keys: a place where a separator may or may not stand
_SEP_RE = r"[\s\-‐‑–—/]?"
_END, _STEM_END, _OPEN_END, _ANY_END = "\x01", "\x02", "\x03", "\x04"
_ENDINGS = {
    # a word must end here: no letter or digit after it, nor "-5" (a longer model number)
    _END: f"(?!{_WORD}|[-‐]\\d)",
    _STEM_END: f"{_WORD}{{0,{TAIL}}}(?!{_WORD})",
    _OPEN_END: "",  # Korean particles and Chinese text follow without a space
    _ANY_END: r"\w*",  # a word stem: any ending
}


@dataclass(frozen=True)
class System:
    """A weapon system or platform: its canonical English name and type."""

    name: str
    kind: str


@dataclass(frozen=True)
class Alias:
    """One written form of a system, with its matching marks."""

    system: System
    written: str
    cased: bool
    ambiguous: bool
    stem: bool


def _key(text: str) -> str:
    """Return the comparison key of a written form: lowercased, separators made optional."""
    parts = []
    for chunk in _SEPARATORS.split(text.strip().lower()):
        # a letter next to a digit may be written apart or together: "K 9", "K9", "K-9"
        parts.append(re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", _SEP, chunk))
    return _SEP.join(p for p in parts if p)


def _parse_alias(system: System, raw: str) -> Alias:
    marks = re.match(r"[?=]*", raw).group()  # type: ignore[union-attr]
    written = raw[len(marks) :]
    stem = written.endswith(STEM)
    return Alias(system, written.rstrip(STEM), CASED in marks, AMBIGUOUS in marks, stem)


@dataclass(frozen=True)
class Table:
    """The equipment table: aliases by key, one scanning regex, systems by name."""

    aliases: dict[str, list[Alias]]
    spaced: FoldedPattern  # aliases in spaced scripts, matched as whole words
    unspaced: FoldedPattern  # aliases with Korean, Japanese, Chinese or Thai letters
    systems: dict[str, System]
    type_words: dict[str, FoldedPattern]


def _trie_regex(keys: Iterable[str]) -> str:
    """Return a regex matching exactly the keys (each ending with an end marker), longest first."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})

    def emit(node: dict[str, dict]) -> str:
        branches = []
        for char in sorted(node, key=lambda c: c in _ENDINGS):  # end markers last: longest first
            if char in _ENDINGS:
                branches.append(_ENDINGS[char])
            elif char == _SEP:
                branches.append(_SEP_RE + emit(node[char]))
            else:
                branches.append(re.escape(char) + emit(node[char]))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie) if trie else "(?!)"


def word_regex(words: Iterable[str], open_start: bool = False) -> FoldedPattern:
    """Return one regex for a list of words (trailing * = any ending), ignoring case.

    Words in unspaced scripts match anywhere; ``open_start`` lets every word start inside a
    longer one (languages that write prefixes onto words, as Arabic and Hebrew do). The words
    are laid out as a trie, so a text is scanned once whatever the list's length.
    """
    bounded, unbounded = set(), set()
    for word in words:
        body = re_fold(word.rstrip(STEM).lower())
        key = _SEPARATORS.sub(_SEP, body)
        if _UNSPACED_RE.search(body[-1:]):
            key += _OPEN_END
        else:
            key += _ANY_END if word.endswith(STEM) else _END
        (unbounded if open_start or _UNSPACED_RE.match(body) else bounded).add(key)
    return FoldedPattern(f"(?<!{_WORD})(?:{_trie_regex(bounded)})|{_trie_regex(unbounded)}")


@cache
def equipment_table() -> Table:
    """Return the equipment table, read and compiled once."""
    aliases: dict[str, list[Alias]] = {}
    systems: dict[str, System] = {}
    bounded, unbounded = set(), set()
    for name, kind, written in read_tsv("equipment.tsv"):
        assert kind in TYPES, (name, kind)
        system = systems.setdefault(name, System(name, kind))
        for raw in written.split(";"):
            if not raw.strip():
                continue
            alias = _parse_alias(system, raw.strip())
            key = _key(alias.written)
            aliases.setdefault(key, []).append(alias)
            if _UNSPACED_RE.search(alias.written):
                unbounded.add(re_fold(key) + _OPEN_END)
            else:
                bounded.add(re_fold(key) + (_STEM_END if alias.stem else _END))
    # Character classes are costly to compile, so word starts and ends use the plain \w class;
    # the spaced aliases are looked for in a copy of the text with unspaced letters blanked.
    # Keys are folded as IGNORECASE compares letters and matched in folded text: the same
    # matches, but the regex engine can skip ahead to the letters a key begins with.
    spaced = f"(?<!{_WORD})(?<!{_WORD}[-‐])(?:{_trie_regex(bounded)})"
    type_words = {
        kind: word_regex(w.strip() for w in words.split(";") if w.strip())
        for kind, words in read_tsv("equipment_types.tsv")
    }
    return Table(
        aliases,
        FoldedPattern(spaced),
        FoldedPattern(_trie_regex(unbounded)),
        systems,
        type_words,
    )


def equipment_type(name: str) -> str | None:
    """Return the type of a canonical equipment name ("tank"), or None when unknown."""
    system = equipment_table().systems.get(name)
    return system.kind if system else None


def canonical_equipment(value: str) -> str | None:
    """Return the canonical name a written name or alias stands for, or None."""
    table = equipment_table()
    key = _key(value)
    for system in table.systems.values():
        if _key(system.name) == key:
            return system.name
    found = table.aliases.get(key)
    return found[0].system.name if found else None


@dataclass(frozen=True)
class Mention:
    """An alias found in a text."""

    alias: Alias
    text: str
    start: int
    end: int


def _alias_of(table: Table, written: str) -> Alias | None:
    """Return the alias a matched text stands for (a "*" alias may carry a tail)."""
    key = _key(written)
    for cut in range(TAIL + 1):
        candidate = key[: len(key) - cut] if cut else key
        for alias in table.aliases.get(candidate.rstrip(_SEP), ()):
            if cut and not alias.stem:
                continue
            if alias.cased and not written.startswith(alias.written[:1]):
                continue
            if alias.cased and written[: len(alias.written)] != alias.written:
                continue
            return alias
    return None


def find_mentions(text: str) -> list[Mention]:
    """Return the aliases found in a text, left to right."""
    table = equipment_table()
    found = []
    blanked = _UNSPACED_RE.sub(" ", text)  # same length: offsets stay valid
    # an alias with Korean, Japanese, Chinese or Thai letters needs such letters in the text
    scans = (
        ((table.spaced, blanked), (table.unspaced, text))
        if blanked != text
        else ((table.spaced, text),)
    )
    for pattern, scanned in scans:
        for match in pattern.finditer(scanned):
            written = text[match.start() : match.end()]
            alias = _alias_of(table, written)
            if alias is not None:
                found.append(Mention(alias, written, match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def _supported(table: Table, text: str, mention: Mention, sure: list[Mention]) -> bool:
    """Tell whether an ambiguous alias has support within WINDOW characters.

    Support is a word of the system's type or a general military word ("tanks", "system"), or
    an unambiguous alias of another system (a list: "Abrams, Bradleys and Rosomaks").
    """
    if any(abs(other.start - mention.start) <= WINDOW for other in sure):
        return True
    start = max(0, mention.start - WINDOW)
    near = text[start : mention.start] + " \x00 " + text[mention.end : mention.end + WINDOW]
    kinds = (mention.alias.system.kind, ANY_TYPE)
    return any(kind in table.type_words and table.type_words[kind].search(near) for kind in kinds)


def extract_equipment(headline: str | None, paragraphs: tuple[str, ...]) -> Found[tuple[str, ...]]:
    """Return the canonical names of the systems the text names, in order of first mention."""
    table = equipment_table()
    texts = ([headline] if headline else []) + list(paragraphs)
    found = [(text, find_mentions(text)) for text in texts]
    mentions = [(text, m) for text, found_here in found for m in found_here]
    sure = {m.alias.system.name for _, m in mentions if not m.alias.ambiguous}
    sure_in = {id(text): [m for m in here if not m.alias.ambiguous] for text, here in found}
    names: list[str] = []
    evidence: list[str] = []
    for text, mention in mentions:
        name = mention.alias.system.name
        if name in names:
            continue
        if (
            mention.alias.ambiguous
            and name not in sure
            and not _supported(table, text, mention, sure_in[id(text)])
        ):
            continue
        names.append(name)
        evidence.append(f"{mention.text}={name}")
    return Found(tuple(names), ", ".join(evidence))
