"""Patterns that name the outlet that published an article (group "name")."""

from __future__ import annotations

# Looked for in the first body paragraph and the trailer lines.
OUTLET_PATTERNS: tuple[str, ...] = (
    r"^\s*\((?:MENAFN|IANS|PAP|AFP|dpa)\s*[-–]\s*(?P<name>[^)]{2,60})\)",
    r"(?i)copyright\s*(?:[©ⓒ]|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(?P<name>[^,.<>|©ⓒ]{2,60}?)"
    r"\s*(?:[,.]?\s*(?:all rights reserved|wszelkie prawa|alle rechte|tous droits|todos los derechos)|[>.]?\s*$)",
    r"(?i)^\s*[©ⓒ]\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^,.<>|]{2,60}?)\s*(?:[,.|].*)?$",
)
# A trailer line that is just a name ("Vietnamplus"): at most this many words, no digits.
NAME_LINE_WORDS = 4
NAME_LINE = r"^[A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý&][\w&'’.-]*){0,3}$"
