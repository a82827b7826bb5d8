"""One text-validity policy for every input format: what text may enter the index.

A text is refused (the file or record is skipped with the reason) when it holds a lone surrogate
(it cannot be encoded, so pages showing it would fail), U+FFFD (the text was damaged before it
reached us), a NUL, or more control characters than a text has; otherwise the few stray control
characters are dropped and every line break (CR LF, CR, U+2028, U+2029, NEL) becomes LF.
"""

from __future__ import annotations

import re

from indexer.errors import SkipFile

SURROGATE = re.compile(r"[\ud800-\udfff]")
# C0 and C1 controls other than tab and LF (CR is a line break, handled below).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")
LINE_BREAK = re.compile(r"\r\n|[\r\u2028\u2029\x85]")
# Text with more control characters than this share (and than a stray few) is binary.
MAX_CONTROL_RATIO = 0.01
STRAY_CONTROLS = 3


def checked_text(text: str, where: str) -> str:
    """Return ``text`` cleaned by the policy above; raise SkipFile when it must be refused."""
    if (bad := SURROGATE.search(text)) is not None:
        code = f"U+{ord(bad.group()):04X}"
        raise SkipFile(where, "invalid text", f"a lone surrogate {code} at character {bad.start()}")
    if "\ufffd" in text:
        raise SkipFile(where, "undecodable", "contains U+FFFD replacement characters")
    if "\x00" in text:
        raise SkipFile(where, "binary", "NUL characters in the text")
    text = LINE_BREAK.sub("\n", text.lstrip("\ufeff"))
    controls = len(CONTROL.findall(text))
    if controls > max(STRAY_CONTROLS, MAX_CONTROL_RATIO * len(text)):
        raise SkipFile(where, "binary", f"{controls} control characters in the text")
    return CONTROL.sub("", text) if controls else text


def checked_field(value: str, where: str, key: str) -> str:
    """Return a metadata string cleaned by the policy; the SkipFile names the key."""
    try:
        return checked_text(value, where)
    except SkipFile as skip:
        raise SkipFile(where, skip.reason, f"in '{key}': {skip.detail}") from None
