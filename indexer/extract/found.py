"""The result of one field extractor: the value and the text that decided it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """A field value with its evidence, for --explain."""

    value: T
    evidence: str = ""
