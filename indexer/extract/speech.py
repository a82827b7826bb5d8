"""Find the verb that shows a run of name words is a person speaking or acting."""

from __future__ import annotations

from functools import cache

from indexer.extract.names import Word, action_verbs, speech_verbs
from indexer.extract.tables import read_tsv, read_words

ORIGIN_WORDS = 3  # capitalized words in an "of the United Kingdom" after a name


def speech_after(words: list[Word], end: int, language: str) -> str | None:
    """Return the speech or action verb after a run, past an "of Estonia" and an auxiliary."""
    end += _origin(words, end)
    speech, actions = speech_verbs(language), action_verbs(language)
    after = [w for w in words[end : end + 4] if w.text != ","]
    close = words[end : end + 4]  # an action verb stands right after the name, no comma between
    auxiliary = bool(after) and after[0].folded in read_words("auxiliaries.tsv")
    for at in (0, 1) if auxiliary else (0,):
        if at < len(after) and after[at].folded in speech and not _passive(after, at):
            return after[at].text
        if at < len(close) and close[at].folded in actions and not _passive(close, at):
            return close[at].text
    return _perfect(after, language)


def _passive(after: list[Word], at: int) -> bool:
    """Tell whether the verb at `at` is passive ("attended by"): the run is not its subject."""
    return at + 1 < len(after) and after[at + 1].folded in read_words("passive.tsv")


def _perfect(after: list[Word], language: str) -> str | None:
    """Return "a donné" when an auxiliary and a past participle follow the run."""
    if len(after) < 2:
        return None
    for auxiliaries, endings in _perfects(language):
        if (
            after[0].text in auxiliaries
            and after[1].text.islower()
            and after[1].text.endswith(endings)
        ):
            return f"{after[0].text} {after[1].text}"
    return None


@cache
def _perfects(language: str) -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """Return the (auxiliaries, participle endings) of a language's perfect (perfect.tsv)."""
    return tuple(
        (frozenset(auxiliaries.split()), tuple(endings.split()))
        for lang, auxiliaries, endings in read_tsv("perfect.tsv")
        if lang == language
    )


def _origin(words: list[Word], end: int) -> int:
    """Return how many tokens an "of Estonia" / "from the Netherlands" after a name takes."""
    if end + 1 >= len(words) or words[end].folded not in ("of", "from"):
        return 0
    at = end + 1 + (words[end + 1].folded == "the")
    steps = 0
    while at + steps < len(words) and steps < ORIGIN_WORDS and words[at + steps].text[:1].isupper():
        steps += 1
    return at + steps - end if steps else 0


def speech_before(words: list[Word], start: int, language: str) -> str | None:
    """Return a speech verb right before the run ("said X", "naglasio je X", "according to X")."""
    verbs = speech_verbs(language)
    before = [w for w in words[max(0, start - 3) : start] if w.text != ","]
    if before and before[-1].folded in verbs:
        return before[-1].text
    if len(before) >= 2 and before[-1].folded in read_words("auxiliaries.tsv"):
        if before[-2].folded in verbs:
            return before[-2].text  # "naglasio je Anušić": the verb, an auxiliary, the name
    if len(before) >= 2 and before[-1].folded == "to" and before[-2].folded == "according":
        return "according to"
    return None
