"""langdetect's detector with its per-character and per-language loops made cheap.

The same steps in the same order with the same arithmetic, so the same answers and
probabilities to the last bit (tests/test_extract_ngramdetect.py compares them), in less time:
text cleaning by regexes, n-gram extraction with a cached character normalizer, probability
updates as list comprehensions.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import numpy
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

SPACE_RUN_RE = re.compile(" {2,}")
# langdetect's "Latin" test is the range "A" <= ch <= "z" (with the few signs between the cases).
LATIN_RE = re.compile("[A-z]")
# Letters that count as non-Latin: from U+0300 on, except the Latin Extended Additional block.
NON_LATIN_RE = re.compile("[\u0300-\u1dff\u1f00-\U0010ffff]")
N_GRAM = NGram.N_GRAM
WORD_CACHE = 200_000  # words whose n-grams are kept; emptied when full


@cache
def _normalize(char: str) -> str:
    """Return langdetect's normalized form of one character."""
    return NGram.normalize(char)  # type: ignore[no-any-return]


class FastDetector(Detector):  # type: ignore[misc]
    """A langdetect Detector whose inner loops run as regexes, comprehensions and arrays."""

    def __init__(self, factory: FastFactory) -> None:
        """Take the factory's profiles and its cache of n-gram rows as arrays."""
        super().__init__(factory)
        self.arrays: dict[str, numpy.ndarray] = factory.arrays
        self.tables = factory.tables

    def append(self, text: str) -> None:
        """Append text as langdetect does: URLs and e-mails out, runs of spaces as one."""
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += SPACE_RUN_RE.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        """Drop Latin letters from a text written mostly in another script."""
        if len(LATIN_RE.findall(self.text)) * 2 < len(NON_LATIN_RE.findall(self.text)):
            self.text = LATIN_RE.sub("", self.text)

    def _extract_ngrams(self) -> list[str]:
        """Return the known 1-, 2- and 3-grams of the text, as langdetect's NGram walks it.

        Its walk starts afresh after every space, so a word's n-grams depend on the word alone
        (and on whether a space follows it): they are worked out once per word and kept."""
        table, grams_of = self.tables
        text = self.text
        for char in set(text):
            if ord(char) not in table:
                table[ord(char)] = _normalize(char)
        words = text.translate(table).split(" ")
        result: list[str] = []
        last = len(words) - 1
        for index, word in enumerate(words):
            if word:
                key = (word, index < last)
                if (grams := grams_of.get(key)) is None:
                    if len(grams_of) > WORD_CACHE:
                        grams_of.clear()
                    grams = grams_of[key] = self._walk(word + " " if index < last else word)
                result.extend(grams)
        return result

    def _walk(self, chars: str) -> list[str]:
        """Return the known n-grams of normalized characters after a space (NGram's walk)."""
        known = self.word_lang_prob_map
        result: list[str] = []
        grams, capital = " ", False
        for char in chars:
            last = grams[-1]
            if last == " ":
                grams, capital = " ", False
                if char == " ":
                    continue
            elif len(grams) >= N_GRAM:
                grams = grams[1:]
            grams += char
            if char.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            for n in range(1, min(len(grams), N_GRAM) + 1):
                gram = grams[-n:]
                if gram != " " and gram in known:
                    result.append(gram)
        return result

    def _detect_block(self) -> None:
        """Run langdetect's random trials: the same draws, products and normalizations.

        Products run on arrays (IEEE products, element by element, as Python's); sums stay
        Python's left-to-right sum, since an array's sum adds in another order."""
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        langprob = [0.0] * len(self.langlist)
        self.random.seed(self.seed)
        choice, rows, arrays = self.random.choice, self.word_lang_prob_map, self.arrays
        for _ in range(self.n_trial):
            prob = numpy.array(self._init_probability())
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            factors: dict[str, numpy.ndarray] = {}  # weight + the n-gram's row, once per trial
            i = 0
            while True:
                gram = choice(ngrams)
                if (row := factors.get(gram)) is None:
                    if (known := arrays.get(gram)) is None:
                        known = arrays[gram] = numpy.array(rows[gram])
                    row = factors[gram] = weight + known
                prob = prob * row
                if i % 5 == 0:
                    values = prob.tolist()
                    total = sum(values)
                    if total == 0:
                        raise ZeroDivisionError("float division by zero")  # as langdetect's
                    prob = prob / total
                    # rounded division by a positive number keeps the order: the largest
                    # quotient is the largest value's
                    top = max(0.0, max(values) / total)
                    if top > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                i += 1
            langprob = [
                old + p / self.n_trial for old, p in zip(langprob, prob.tolist(), strict=True)
            ]
        self.langprob = langprob


class FastFactory(DetectorFactory):  # type: ignore[misc]
    """A DetectorFactory that makes FastDetectors."""

    def __init__(self) -> None:
        """Start with no profile and an empty cache of n-gram rows."""
        super().__init__()
        self.arrays: dict[str, numpy.ndarray] = {}
        # characters as NGram normalizes them, and each word's n-grams, filled as they are met
        self.tables: tuple[dict[int, str], dict[tuple[str, bool], list[str]]] = ({}, {})

    def _create_detector(self) -> Any:
        """Return a fast detector once the profiles are loaded."""
        super()._create_detector()  # raises when no profile is loaded
        return FastDetector(self)
