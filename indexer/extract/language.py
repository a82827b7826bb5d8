"""Detect the article's language with langdetect (fixed seed); "und" when unsure."""

from __future__ import annotations

import re

from indexer.extract.found import Found

UNDETERMINED = "und"
MIN_LETTERS = 20
MIN_PROBABILITY = 0.80
SAMPLE_CHARS = 1500
# langdetect names a few languages with a region; the article wants ISO 639-1.
CODES = {"zh-cn": "zh", "zh-tw": "zh"}


def extract_language(headline: str | None, paragraphs: tuple[str, ...]) -> Found[str]:
    """Return the ISO 639-1 code of the headline and start of the body, or "und"."""
    sample = " ".join((headline or "", *paragraphs))[:SAMPLE_CHARS]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_LETTERS:
        return Found(UNDETERMINED, "too little text")
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return Found(UNDETERMINED, "no letters langdetect knows")
    if best.prob < MIN_PROBABILITY:
        return Found(UNDETERMINED, f"unsure: {best.lang} {best.prob:.2f}")
    return Found(CODES.get(best.lang, best.lang), f"{best.lang} {best.prob:.2f}")
