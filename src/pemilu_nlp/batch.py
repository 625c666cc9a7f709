"""Running the pipeline over a corpus: one output document per input article, in order."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import IO

from .document import Document
from .pipeline import DEFAULT_MODEL, Pipeline, load
from .reader import DEFAULT_MAX_CHARS, Article, InputError, read_articles


def analyse(nlp: Pipeline, items: Iterable[Article | InputError], *, batch_size: int = 32) -> Iterator[Document]:
    """Documents for a stream of reader items, in input order; errors become error documents."""
    pending: list[Article | InputError] = []

    def flush() -> Iterator[Document]:
        articles = [a for a in pending if isinstance(a, Article)]
        records = ({"text": a.text, "id": a.id, **a.meta} for a in articles)
        done = iter(nlp.pipe(records, batch_size=batch_size))
        for item in pending:
            if isinstance(item, InputError):
                yield Document.failed(item.reason, id=item.id, meta={"line": item.line})
            else:
                yield next(done)
        pending.clear()

    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def _open_output(path: str) -> IO[str]:
    if path == "-":
        return sys.stdout
    return open(path, "w", encoding="utf-8")


def run_extract(args: argparse.Namespace) -> int:
    nlp = load(args.model or DEFAULT_MODEL)
    items = read_articles(args.input, max_chars=args.max_chars or DEFAULT_MAX_CHARS)
    failed = 0
    out = _open_output(args.output)
    try:
        for doc in analyse(nlp, items, batch_size=args.batch_size):
            failed += doc.error is not None
            out.write(doc.to_json() + "\n")
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    if failed:
        print(f"pemilu-nlp: {failed} article(s) failed; see the 'error' field", file=sys.stderr)
        return 1
    return 0
