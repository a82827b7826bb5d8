"""Find the people an article is about: full names shown to be people by a role or a verb."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from indexer.extract.coordination import coordinate
from indexer.extract.found import Found
from indexer.extract.gazetteer import VOID, find_places
from indexer.extract.inflection import (
    fold,
    nominative,
    nominative_endings,
    same_word,
    written_nominative,
)
from indexer.extract.mentions import MAX_WORDS, MIN_WORDS, Mention, merge, merge_script_people
from indexer.extract.morphology import (
    drop_places,
    has_morphology,
    may_be_name,
    name_nominative,
    split_by_case,
)
from indexer.extract.names import (
    Word,
    is_heading,
    is_name_word,
    is_place,
    lowercase_words,
    name_continuation,
    nouns_after_articles,
    plural_roles,
    roles,
    tokenize,
)
from indexer.extract.personfix import (
    bracketed_originals,
    drop_surname_runs,
    full_names,
    unglue_repeats,
)
from indexer.extract.relations import relation_near
from indexer.extract.rolephrases import (
    apposition,
    is_role_complement,
    is_role_here,
    listed,
    role_after,
    role_before,
)
from indexer.extract.roleplace import role_across_place
from indexer.extract.scriptrules import script_language
from indexer.extract.speech import speech_after, speech_before
from indexer.extract.tables import nonname_words, read_words
from indexer.extract.uncased import find_script_people

DIGRAPH_RE = re.compile(r"^(?:D[žz]|[CS]h|[SCZGNLT][zsy])$")  # Latvian, Czech, Hungarian initials
LONE_SURNAME_MENTIONS = 2  # close mentions that make one word a person ("Ministr Metnar")
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # a word as the article writes it
SUFFIXES = frozenset({"jr", "sr"})  # generational suffixes written with a period
# A regnal number after a name: "Felipe VI", "Charles III" ("I" alone is the pronoun).
REGNAL_RE = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$")


def extract_people(
    paragraphs: Iterable[str], language: str, exclude: Sequence[str] = ()
) -> Found[tuple[str, ...]]:
    """Return full names of people mentioned, one per person, in order of first mention."""
    paragraphs = [unglue_repeats(p) for p in paragraphs if not is_heading(p)]
    common = lowercase_words(paragraphs) | nouns_after_articles(paragraphs, language)
    mentions = [
        m
        for p in paragraphs
        for m in coordinate(
            p, bracketed_originals(p, find_mentions(p, language, common), language), language
        )
    ]
    singles = [m for m in mentions if len(m.words) == 1]
    evidenced = [m for m in singles if m.evidence]
    close = Counter(m.words[0] for m in singles if m.close)
    people: list[Mention] = []
    particles = read_words("particles.tsv")
    for mention in mentions:
        size = len([w for w in mention.words if w not in particles])  # "Lula da Silva" is 2
        if not MIN_WORDS <= size <= MAX_WORDS and not _lone_surname(mention, close, language):
            continue
        evidence = mention.evidence or _surname_evidence(mention, evidenced, language)
        if (
            evidence
            and not is_place(mention.name, language)
            and not _holds_place(mention, language)
        ):
            forms = [_dictionary_form(w, language) for w in split_by_case(mention.words, language)]
            # a run that was a place and one word ("Центральной Азии") is no full name
            people += [
                Mention(words, evidence)
                for words in forms
                if len(words) >= MIN_WORDS or len(mention.words) < MIN_WORDS
            ]
    people = full_names(
        _as_the_article_writes(people, mentions, paragraphs, language), mentions, language
    )
    first = {m.words: m for m in reversed(people)}  # one mention per spelling, the first seen
    names = merge([m for m in people if first[m.words] is m], exclude, language)
    names = drop_surname_runs(names, language)
    script = script_language(paragraphs, language)
    if script is not None:
        found = [m for p in paragraphs for m in find_script_people(p, script)]
        names += merge_script_people(found, {fold(n) for n in exclude} | set(exclude))
    return Found(tuple(m.name for m in names), "; ".join(f"{m.name} ({m.evidence})" for m in names))


def _as_the_article_writes(
    people: list[Mention], mentions: list[Mention], paragraphs: Sequence[str], language: str
) -> list[Mention]:
    """Replace a nominative the rules made up ("Zůn") by the article's own one ("Zůna").

    Forms only seen where a case rule changed them ("ministra Roberta") do not count.
    """
    if not people or not nominative_endings(language):
        return people
    oblique = {word for m in mentions for word in m.written}
    seen = frozenset(WORD_RE.findall(" ".join(paragraphs))) - oblique
    return [
        Mention(tuple(written_nominative(w, seen, language) for w in m.words), m.evidence)
        for m in people
    ]


def _lone_surname(mention: Mention, close: Counter[str], language: str) -> bool:
    """Tell whether one word is a person: twice right after a role or next to a speech verb."""
    word = mention.words[0]
    if len(mention.words) != 1 or close[word] < LONE_SURNAME_MENTIONS:
        return False
    if is_place(word, language, given=True):
        return False  # "Washington says": a capital speaks for its government
    return not has_morphology(language) or may_be_name(word, language)


def _holds_place(mention: Mention, language: str) -> bool:
    """Tell whether a run holds a country name of two words or more ("Norte de Estados Unidos")."""
    return len(mention.words) > 2 and any(
        m.term.payload.code != VOID and " " in mention.name[m.start : m.end].strip()
        for m in find_places(mention.name, language)
    )


def _place_across(before: str, run: str, language: str) -> bool:
    """Tell whether the word before a run and the run's first words name a country together."""
    text = f"{before} {run}"
    return any(
        m.term.payload.code != VOID and m.start == 0 and m.end > len(before) + 1
        for m in find_places(text, language)
    )


def _dictionary_form(words: tuple[str, ...], language: str) -> tuple[str, ...]:
    """Return a name without a leading place word, in the nominative, where a dictionary knows."""
    while len(words) > 1 and is_place(words[0], language):
        words = words[1:]  # "Румъния Йозгюр Алтан": the country the role is of
    if not has_morphology(language):
        return words
    return name_nominative(drop_places(words, language), language)


_same_word = lru_cache(maxsize=65_536)(same_word)  # asked again for each name of an article


def _surname_evidence(mention: Mention, singles: list[Mention], language: str) -> str | None:
    """Return evidence from another mention by one name ("Kaliňák said", "Minister Lee")."""
    ends = (mention.words[-1], mention.words[0])
    for single in singles:
        if single.evidence and any(_same_word(single.words[0], e, language) for e in ends):
            return f"{single.words[0]}: {single.evidence}"
    return None


def find_mentions(paragraph: str, language: str, common: frozenset[str]) -> list[Mention]:
    """Return the runs of name words in a paragraph with the evidence around each."""
    words = tokenize(paragraph)
    mentions = []
    free = 0  # the first token not yet in a run
    # most tokens cannot open a name: only those with a capital or an "al-" are looked at
    for index in [i for i, w in enumerate(words) if w.text[:1].isupper() or "-" in w.text]:
        if index < free:
            continue
        text = words[index].text
        initials = _initials(words, index, language, common) if _is_initial(text) else 0
        if not initials and not is_name_word(text, language, common):
            continue
        end = index + initials + 1
        while end < len(words) and not words[end - 1].possessive:
            step = name_continuation(words, end, language, common)
            if not step:
                break
            end += step
        end += _surname_role(words, end, language, common)
        if end < len(words) and REGNAL_RE.match(words[end].text):
            end += 1
        free = end
        if not _is_organisation(words, end):
            mentions.append(_mention(paragraph, words, index, end, language, common))
    return mentions


def _mention(
    paragraph: str, words: list[Word], index: int, end: int, language: str, common: frozenset[str]
) -> Mention:
    """Return the run of words[index:end] with the role, verb or relation that shows a person."""
    stop, after = words[end - 1].end, end
    if words[end - 1].folded in SUFFIXES and paragraph[stop : stop + 1] == ".":
        stop, after = stop + 1, end + 1  # "Ferdinand Marcos Jr."
    written = paragraph[words[index].start : stop]
    role = role_before(words, index, language, common) or role_after(words, after, language)
    role = role or role_across_place(words, index, paragraph, language)
    if role and role.casefold() in plural_roles(language):
        role = role if listed(words, after, language, common) else None
    verb_after = speech_after(words, after, language)
    speech = verb_after or speech_before(words, index, language)
    evidence = role or apposition(words, after, language) or speech
    size = sum(w.folded not in read_words("particles.tsv") for w in words[index:end])
    relation = relation_near(words, index, after, size, language)
    evidence = evidence or relation
    if not role and is_role_complement(words, index, language):
        evidence = None  # "the head of Kestrel Marrow attended": a firm, not a person
    if evidence and index and words[index - 1].text[:1].isupper():
        if _place_across(words[index - 1].text, written, language):
            evidence = None  # "the United Arab Emirates": "United" is no name word
    # a role, a relation or an "according to" word fixes the case ("X sõnul", "podle X")
    case_word = role or (relation.split()[-1] if relation else None) or speech
    name = nominative(tuple(written.split()), case_word, language)
    close = bool(speech) or (index > 0 and is_role_here(words, index - 1, language, index))
    subject = verb_after is not None
    changed = () if name == tuple(written.split()) else tuple(written.split())
    return Mention(
        name, evidence, words[index].start, stop, subject=subject, close=close, written=changed
    )


def _is_initial(text: str) -> bool:
    """Tell whether a token is a given name's initial: "A", or a digraph such as "Dž", "Sz"."""
    if len(text) == 1:
        return text.isupper()
    return len(text) == 2 and bool(DIGRAPH_RE.match(text))


def _initials(words: list[Word], index: int, language: str, common: frozenset[str]) -> int:
    """Return how many tokens of initials open a name here ("H. Lawrence Culp"), else 0."""
    at = index
    while at + 1 < len(words) and _is_initial(words[at].text):
        if words[at + 1].text != "." or f"{words[at].folded}." in roles(language):
            return 0  # "M. Téné Birahima": an honorific, not an initial
        at += 2
    if at == index or at >= len(words) or not is_name_word(words[at].text, language, common):
        return 0
    return at - index


def _is_organisation(words: list[Word], end: int) -> bool:
    """Tell whether a run continues into an organisation word ("Cluster Munitions Monitor")."""
    if end >= len(words) or words[end - 1].possessive:
        return False
    following = words[end].text
    return following[:1].isupper() and following.casefold() in nonname_words()


def _surname_role(words: list[Word], end: int, language: str, common: frozenset[str]) -> int:
    """Return 1 when a role word that is also a surname ends the run ("Ellen Lord said")."""
    if end >= len(words) or words[end - 1].possessive:
        return 0
    word = words[end]
    if not word.text[:1].isupper() or word.folded not in read_words("surname_roles.tsv"):
        return 0
    after = words[end + 1].text if end + 1 < len(words) else ""
    return 0 if after and is_name_word(after, language, common) else 1
