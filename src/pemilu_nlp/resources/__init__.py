"""Lexicons and rule tables, kept as data files beside this module.

Each file is plain text (one entry per line, ``#`` comments) or TSV with a header,
so that a linguist can edit them without touching code.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path


def path(name: str) -> Path:
    """The path of a resource file shipped with the package."""
    return Path(str(resources.files(__name__).joinpath(name)))


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a resource file, stripped."""
    out = []
    with path(name).open(encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV resource (first non-comment line is the header)."""
    with path(name).open(encoding="utf-8") as f:
        rows = (line for line in f if line.strip() and not line.startswith("#"))
        return tuple(dict(r) for r in csv.DictReader(rows, delimiter="\t"))
