"""Gold documents (the contract's JSONL) as spaCy ``Doc``s, for developing and measuring components.

``gold_doc`` puts the gold sentences and gold entities on a tokenized ``Doc`` so that
a relation component can be measured on perfect input, separately from NER errors.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import BOILERPLATE


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
