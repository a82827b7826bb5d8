"""Detect the article's language: by its script where the script decides, else by langdetect."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from indexer.extract.closelanguages import refine
from indexer.extract.found import Found
from indexer.extract.tables import read_tsv

UNDETERMINED = "und"
SCRIPTS = Path(__file__).with_name("data") / "language_scripts.tsv"
MIN_LETTERS = 40  # below this langdetect guesses wildly ("Poland buys Korean tanks" -> id)
MIN_SCRIPT_LETTERS = 2  # a script that decides needs only a word
MIN_PROBABILITY = 0.80
SAMPLE_CHARS = 400  # langdetect's time grows with the text; a lead paragraph is enough
TRIALS = 3  # langdetect's random trials (its default is 7)
KANA_SHARE = 0.1  # Japanese writes kana between its kanji; Chinese never does
SEED = 0
# langdetect names a few languages with a region; the article wants ISO 639-1.
CODES = {"zh-cn": "zh", "zh-tw": "zh"}
LETTER_RE = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Script:
    """A writing system: its letters, the language it decides, langdetect's allowed answers."""

    name: str
    letters: re.Pattern[str]
    language: str | None
    choices: tuple[str, ...]


@cache
def scripts() -> tuple[Script, ...]:
    """Return the script rules from the data file."""
    rows = []
    for row in read_tsv(SCRIPTS.name):
        name, ranges, language, choices = (*row, "", "", "")[:4]
        pattern = re.compile(f"[{ranges.encode().decode('unicode_escape')}]")
        decided = None if language == "-" else language
        rows.append(Script(name, pattern, decided, tuple(choices.split())))
    return tuple(rows)


def extract_language(headline: str | None, paragraphs: tuple[str, ...]) -> Found[str]:
    """Return the ISO 639-1 code of the headline and start of the body, or "und"."""
    sample = " ".join((headline or "", *paragraphs))[:SAMPLE_CHARS]
    counts = {script.name: len(script.letters.findall(sample)) for script in scripts()}
    script = _dominant(counts)
    if script is None:
        return Found(UNDETERMINED, "no letters")
    if script.language and not script.choices:
        return Found(script.language, f"{script.name} script")
    letters = len(LETTER_RE.findall(sample))
    if letters < MIN_LETTERS:
        if script.language:
            return Found(script.language, f"{script.name} script, too short for langdetect")
        return Found(UNDETERMINED, f"too little text: {letters} letters")
    found = _langdetect(sample, script.choices)
    if found is None or found[1] < MIN_PROBABILITY:
        if script.language:
            return Found(script.language, f"{script.name} script")
        return Found(UNDETERMINED, f"unsure: {found}")
    closer = refine(found[0], " ".join((headline or "", *paragraphs)))
    if closer:
        return Found(closer[0], f"{found[0]} {found[1]:.2f}, then {closer[1]}")
    return Found(found[0], f"{found[0]} {found[1]:.2f}")


def _dominant(counts: dict[str, int]) -> Script | None:
    """Return the script holding most letters (Han and kana counted together), or None."""
    by_name = {script.name: script for script in scripts()}
    merged = dict(counts)
    kana, han = merged.pop("kana", 0), merged.get("han", 0)
    merged["han"] = han + kana
    name = max(merged, key=lambda key: merged[key])
    if merged[name] < MIN_SCRIPT_LETTERS:
        return None
    if name == "han" and kana >= KANA_SHARE * merged["han"]:
        name = "kana"
    return by_name[name]


@cache
def _factory() -> Any:
    """Return langdetect's detector factory with its profiles loaded once and a fixed seed."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    from indexer.extract.ngramdetect import FastFactory

    factory = FastFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(SEED)
    return factory


def _langdetect(sample: str, choices: tuple[str, ...]) -> tuple[str, float] | None:
    """Return langdetect's best language among the choices (any when empty) and its probability."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    # Three random trials instead of seven: as accurate on every dev set, and langdetect's
    # time is its trials (a headline and lead leave little doubt to average away).
    detector.n_trial = TRIALS
    if choices:
        detector.set_prior_map({lang: (1.0 if lang in choices else 0.0) for lang in _languages()})
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    return CODES.get(best.lang, best.lang), best.prob


@cache
def _languages() -> tuple[str, ...]:
    """Return the languages langdetect has profiles for."""
    return tuple(_factory().get_lang_list())
