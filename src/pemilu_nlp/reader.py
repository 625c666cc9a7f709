"""Reading articles from the inputs the CLI accepts (``.txt``, ``.jsonl``, ``.jsonl.gz``, ``-``).

Every input line yields exactly one item, in order: an :class:`Article` to analyse
or an :class:`InputError` that becomes an error document. Nothing is dropped.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

DEFAULT_MAX_CHARS = 1_000_000  # an article longer than this is an error, not a hang


@dataclass(slots=True)
class Article:
    line: int
    text: str
    id: str | None = None
    date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class InputError:
    line: int
    reason: str
    id: str | None = None


def _open_binary(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")


def _is_jsonl(path: str) -> bool:
    name = path.lower()
    return name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz"))


def parse_line(raw: bytes, line: int, *, max_chars: int = DEFAULT_MAX_CHARS) -> Article | InputError:
    """One JSONL line -> an article or the reason it cannot be one."""
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return InputError(line, f"line {line}: not valid UTF-8 ({err.reason} at byte {err.start})")
    try:
        record = json.loads(data)
    except json.JSONDecodeError as err:
        return InputError(line, f"line {line}: invalid JSON ({err.msg} at column {err.colno})")
    if not isinstance(record, dict):
        return InputError(line, f"line {line}: expected a JSON object, got {type(record).__name__}")
    doc_id = record.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    text = record.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return InputError(line, f"line {line}: field 'text' is {what}", id=doc_id)
    if len(text) > max_chars:
        return InputError(line, f"line {line}: text has {len(text):,} characters, over the limit of {max_chars:,}", id=doc_id)
    date = record.get("date")
    meta = {k: v for k, v in record.items() if k not in ("id", "text")}
    return Article(line, text, doc_id, date if isinstance(date, str) else None, meta)


def read_articles(path: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | InputError]:
    """Articles of an input file, one item per line (JSONL) or one for the whole file (text)."""
    if path != "-" and not Path(path).exists():
        raise FileNotFoundError(f"input file not found: {path}")
    if not _is_jsonl(path):
        raw = _open_binary(path).read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield InputError(1, f"input is not valid UTF-8 ({err.reason} at byte {err.start})")
            return
        doc_id = None if path == "-" else Path(path).stem
        if len(text) > max_chars:
            yield InputError(1, f"text has {len(text):,} characters, over the limit of {max_chars:,}", id=doc_id)
            return
        yield Article(1, text, doc_id)
        return
    handle = _open_binary(path)
    stream: BinaryIO = gzip.GzipFile(fileobj=handle) if path.lower().endswith(".gz") else handle
    line = 0
    try:
        for line, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            yield parse_line(raw.rstrip(b"\r\n"), line, max_chars=max_chars)
    except (OSError, EOFError, zlib.error) as err:
        # a corrupt gzip stream: report where it broke; the lines before were yielded
        yield InputError(line + 1, f"line {line + 1}: input stream is corrupt ({err})")
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


__all__ = ["Article", "InputError", "read_articles", "parse_line", "DEFAULT_MAX_CHARS"]
