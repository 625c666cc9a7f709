"""Gold documents (the contract's JSONL) as spaCy ``Doc``s, for developing and measuring components.

``gold_doc`` puts the gold sentences and gold entities on a tokenized ``Doc`` so that
a relation component can be measured on perfect input, separately from NER errors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import BOILERPLATE
from .ner_data import REPO  # the checkout, also when the package is installed from it into a venv


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def gold_doc(nlp: Language, gold: dict[str, Any], *, entities: bool = True, sentences: bool = True) -> Doc:
    """Tokenize the gold text and set gold sentences (and entities) on it."""
    doc = nlp.make_doc(gold["text"])
    if sentences:
        starts = {s["start"] for s in gold["sentences"]}
        for token in doc:
            token.is_sent_start = token.i == 0 or token.idx in starts
        doc.spans[BOILERPLATE] = [
            sp for s in gold["sentences"] if s.get("boilerplate")
            if (sp := doc.char_span(s["start"], s["end"], alignment_mode="expand")) is not None
        ]
    if entities:
        spans: list[Span] = []
        taken: set[int] = set()
        for e in sorted(gold["entities"], key=lambda e: (e["start"], -e["end"])):
            span = doc.char_span(e["start"], e["end"], label=e["label"], alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            spans.append(span)
        doc.ents = spans
    if gold.get("meta", {}).get("date"):
        doc._.date = str(gold["meta"]["date"])[:10]
    return doc


# The hand-annotated gold set (shared/data/gold/dev.jsonl, 55 articles) is split once,
# by position: rules are developed on the first TUNE_ARTICLES articles only and the
# rest is the held-out part that relation figures are reported on.
TUNE_ARTICLES = 35


def gold_split(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(tune, held-out) parts of the gold articles, in file order."""
    return docs[:TUNE_ARTICLES], docs[TUNE_ARTICLES:]


# --- our own annotated articles, kept as stand-off -------------------------------------------
# Article text from shared/data/news stays there: the repository keeps only the annotation
# (ids and offsets, every "text" field removed), and the text is put back from the news corpus
# when the gold documents are read.
ANNOTATIONS = REPO / "annotations"


def strip_text(gold: dict[str, Any]) -> dict[str, Any]:
    """The gold document without article text: every ``text`` field dropped, offsets kept."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "text"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(gold)


def restore_text(standoff: dict[str, Any], text: str) -> dict[str, Any]:
    """Inverse of :func:`strip_text`: fill every span's ``text`` from the article text."""

    def fill(value: Any) -> Any:
        if isinstance(value, dict):
            out = {k: fill(v) for k, v in value.items()}
            if "start" in out and "end" in out:
                out["text"] = text[out["start"]:out["end"]]
            return out
        if isinstance(value, list):
            return [fill(v) for v in value]
        return value

    return {"id": standoff["id"], "text": text, **{k: fill(v) for k, v in standoff.items() if k != "id"}}


_RECORD_ID = re.compile(r'\{"id":\s*"([^"]+)"')


def news_records(ids: set[str], news_dir: Path) -> dict[str, dict[str, Any]]:
    """The news corpus records (``news-*.jsonl.gz``) of the given ids, read in one pass that
    parses only the lines it needs (the id opens each record) and stops when all are found."""
    import gzip

    found: dict[str, dict[str, Any]] = {}
    for shard in sorted(news_dir.glob("news-*.jsonl.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as f:
            for line in f:
                m = _RECORD_ID.match(line)
                if m is not None and m.group(1) not in ids:
                    continue
                record = json.loads(line)
                if record["id"] in ids:
                    found[record["id"]] = record
        if len(found) == len(ids):
            break
    return found


def restore_standoffs(standoffs: list[dict[str, Any]], news_dir: Path) -> list[dict[str, Any]]:
    """Stand-off documents with their text put back from the news corpus, in one pass over it."""
    records = news_records({s["id"] for s in standoffs}, news_dir)
    missing = {s["id"] for s in standoffs} - records.keys()
    if missing:
        raise KeyError(f"articles not in {news_dir}: {sorted(missing)[:5]}")
    return [restore_text(s, records[s["id"]]["text"]) for s in standoffs]


def read_standoff(path: str | Path, news_dir: Path) -> list[dict[str, Any]]:
    """Gold documents from a stand-off file, with their text taken from the news corpus."""
    return restore_standoffs(list(read_jsonl(path)), news_dir)


def news_documents(part: str, news_dir: Path) -> list[dict[str, Any]]:
    """Our annotated news articles of one part (``news-tune`` or ``news-heldout``), every batch
    file of it (``annotations/news-tune.jsonl``, ``news-tune-2.jsonl``, ...), in order."""
    files = sorted(ANNOTATIONS.glob(f"{part}.jsonl")) + sorted(ANNOTATIONS.glob(f"{part}-*.jsonl"))
    return restore_standoffs([s for path in files for s in read_jsonl(path)], news_dir)


def main(argv: list[str] | None = None) -> int:
    """``python -m pemilu_nlp.training.gold strip GOLD.jsonl > STANDOFF.jsonl``
    (``restore STANDOFF.jsonl NEWS_DIR`` prints the full gold documents again)."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m pemilu_nlp.training.gold", description=main.__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("strip").add_argument("gold")
    restore = sub.add_parser("restore")
    restore.add_argument("standoff")
    restore.add_argument("news_dir", type=Path)
    args = parser.parse_args(argv)
    docs = (map(strip_text, read_jsonl(args.gold)) if args.command == "strip"
            else read_standoff(args.standoff, args.news_dir))
    for doc in docs:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
