"""Reading articles from the inputs the CLI accepts (``.txt``, ``.jsonl``, ``.jsonl.gz``, ``-``).

Every input line yields exactly one item, in order: an :class:`Article` to analyse
or an :class:`InputError` that becomes an error document. Nothing is dropped, and
nothing in the input can make the reader raise: invalid JSON, wrong types,
non-UTF-8 bytes, binary junk, a line of gigabytes, an empty file or a gzip stream
that breaks in the middle all become an ``InputError`` with the line number and
the reason. Blank lines of a JSONL file are not articles and are skipped (their
line numbers still count, so ``line`` always points at the physical input line).

Line numbers are 1-based lines of the (decompressed) input. With ``id`` they are
the keys ``--resume`` uses to recognise an article already done.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

DEFAULT_MAX_CHARS = 1_000_000  # an article longer than this is an error, not a hang

Format = Literal["auto", "txt", "jsonl"]
FORMATS: tuple[str, ...] = ("auto", "txt", "jsonl")

_GZIP_MAGIC = b"\x1f\x8b"
_UTF8_BOM = b"\xef\xbb\xbf"
# JSON may spell a character as \uXXXX (6 bytes), so a line may hold up to 6 bytes per
# text character; the slack is for the other fields (title, url, ...).
_BYTES_PER_CHAR = 6
_LINE_SLACK = 1 << 20
# a lone surrogate (\ud800 without its pair) decodes but can never be written as UTF-8
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


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


Item = Article | InputError


def line_limit(max_chars: int) -> int:
    """The longest input line (in bytes) that can hold an article of ``max_chars`` characters."""
    return max_chars * _BYTES_PER_CHAR + _LINE_SLACK


def input_format(path: str, fmt: Format = "auto") -> Literal["txt", "jsonl"]:
    """``jsonl`` for ``.jsonl``/``.ndjson`` (optionally ``.gz``), ``txt`` otherwise (and for ``-``)."""
    if fmt != "auto":
        return fmt
    name = path.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")):
        return "jsonl"
    return "txt"


def _finite_float(value: str) -> float:
    number = float(value)
    if not math.isfinite(number):  # 1e999: JSON has no infinity, and we could not write it back
        raise ValueError(f"number {value} is out of range")
    return number


_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "a boolean", type(None): "null"}


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _not_utf8(err: UnicodeDecodeError, raw: bytes) -> str:
    hint = "; the file looks like UTF-16, save it as UTF-8" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
    return f"not valid UTF-8 ({err.reason} at byte {err.start}{hint})"


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_line(raw: bytes, line: int, *, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    """One JSONL line -> an article or the reason it cannot be one."""
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return InputError(line, f"line {line}: {_not_utf8(err, raw)}")
    try:
        record = json.loads(data, parse_float=_finite_float, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        return InputError(line, f"line {line}: invalid JSON ({err.msg}, column {err.colno})")
    except (ValueError, RecursionError) as err:  # NaN, 1e999, 5000-digit ints, [[[[...]]]]
        return InputError(line, f"line {line}: invalid JSON ({type(err).__name__}: {str(err)[:200]})")
    if not isinstance(record, dict):
        return InputError(line, f"line {line}: expected a JSON object, got {_json_type(record)}")
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, type(None))):
        return InputError(line, f"line {line}: field 'id' must be a string or an integer, not {_json_type(doc_id)}")
    doc_id = None if doc_id is None else str(doc_id)
    if _SURROGATE_ESCAPE.search(raw):
        try:
            json.dumps(record, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            return InputError(line, f"line {line}: contains an unpaired UTF-16 surrogate escape (\\ud8xx)", id=doc_id)
    text = record.get("text")
    if not isinstance(text, str):
        what = "missing" if "text" not in record else f"{_json_type(text)}, not a string"
        return InputError(line, f"line {line}: field 'text' is {what}", id=doc_id)
    if len(text) > max_chars:
        return InputError(
            line, f"line {line}: text has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)", id=doc_id
        )
    date = record.get("date")
    meta = {k: v for k, v in record.items() if k not in ("id", "text")}
    return Article(line, text, doc_id, date if isinstance(date, str) else None, meta)


def _open_binary(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")


def _maybe_gunzip(handle: BinaryIO) -> BinaryIO:
    """Decompress when the stream starts with the gzip magic, whatever the file is called."""
    peek = getattr(handle, "peek", None)
    head = peek(2)[:2] if peek else b""
    if head == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=handle)  # type: ignore[return-value]
    return handle


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, bytes, size)``; bytes is None for a line over ``limit`` (skipped, not read into memory)."""
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            while not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
                if not raw:
                    break
                size += len(raw)
            yield number, None, size
        else:
            yield number, raw, len(raw)


def read_articles(
    path: str, *, max_chars: int = DEFAULT_MAX_CHARS, format: Format = "auto"
) -> Iterator[Item]:
    """Articles of an input, one item per non-blank line (JSONL) or one for the whole input (text).

    Raises ``FileNotFoundError`` at once for a missing file (a usage error, not bad input).
    """
    if path != "-" and not Path(path).is_file():
        raise FileNotFoundError(f"input file not found: {path}")
    return _read(path, max_chars, input_format(path, format))


def _read(path: str, max_chars: int, fmt: str) -> Iterator[Item]:
    handle = _open_binary(path)
    line = 0
    try:
        stream = _maybe_gunzip(handle)
        if fmt == "txt":
            yield _read_text(stream, path, max_chars)
            return
        limit = line_limit(max_chars)
        seen = False
        for line, raw, size in _lines(stream, limit):
            if raw is None:
                seen = True
                yield InputError(line, f"line {line}: line is {size:,} bytes, too long for an article of at most {max_chars:,} characters (--max-chars)")
                continue
            if line == 1 and raw.startswith(_UTF8_BOM):  # as Excel and Notepad write it
                raw = raw[len(_UTF8_BOM) :]
            if not raw.strip():
                continue
            seen = True
            yield parse_line(raw.rstrip(b"\r\n"), line, max_chars=max_chars)
        if not seen:
            yield InputError(1, "line 1: input is empty (no articles)")
    except (OSError, EOFError, zlib.error) as err:
        # a corrupt or truncated gzip stream: the lines before it were yielded; say where it broke
        yield InputError(line + 1, f"line {line + 1}: input stream is corrupt ({type(err).__name__}: {err})")
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _read_text(stream: BinaryIO, path: str, max_chars: int) -> Item:
    doc_id = None if path == "-" else Path(path).stem
    limit = max_chars * 4  # UTF-8 needs at most 4 bytes per character
    raw = stream.read(limit + 1)
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]
    if len(raw) > limit:
        return InputError(1, f"line 1: text is over the limit of {max_chars:,} characters (--max-chars)", id=doc_id)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return InputError(1, f"line 1: input is {_not_utf8(err, raw)}", id=doc_id)
    if not text.strip():
        return InputError(1, "line 1: input is empty (no text)", id=doc_id)
    if len(text) > max_chars:
        return InputError(1, f"line 1: text has {len(text):,} characters, over the limit of {max_chars:,} (--max-chars)", id=doc_id)
    return Article(1, text, doc_id)


_COUNT_GZIP_UP_TO = 256 << 20


def _is_gzip(path: str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == _GZIP_MAGIC


def count_articles(path: str, *, format: Format = "auto") -> int | None:
    """About how many items :func:`read_articles` will yield (lines; for a progress bar), None for stdin."""
    if path == "-":
        return None
    if input_format(path, format) == "txt":
        return 1
    if os.path.getsize(path) > _COUNT_GZIP_UP_TO and _is_gzip(path):
        return None  # decompressing gigabytes twice just for a total is not worth it
    try:
        with open(path, "rb") as handle:
            stream = _maybe_gunzip(handle)  # type: ignore[arg-type]
            n, last = 0, b"\n"
            while chunk := stream.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk[-1:]
            return max(n + (last != b"\n"), 1)
    except (OSError, EOFError, zlib.error):
        return None

__all__ = [
    "Article",
    "InputError",
    "Item",
    "read_articles",
    "parse_line",
    "count_articles",
    "input_format",
    "DEFAULT_MAX_CHARS",
]
