"""Docs with given entities, for testing relation rules apart from the NER model.

``relation_pipeline`` is the blank pipeline (tokenizer, sentences) with relation components;
``annotate`` marks every occurrence of the listed names as entities (longest first),
so a test states the entity layer it assumes and checks only the relation rules.
``news_text`` reads a real article from ../shared/data/news at run time.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Mapping

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from .conftest import shared_path

RELATION_COMPONENTS = ("pemilu_quote", "pemilu_affiliation", "pemilu_attendance")


def relation_pipeline(*components: str) -> Language:
    """The blank pipeline (tokenizer and sentence splitter) with ``components`` added in order."""
    from pemilu_nlp.pipeline import blank

    pipeline = blank()
    for name in components:
        pipeline.add_pipe(name)
    return pipeline


def annotate(nlp: Language, text: str, entities: Mapping[str, str], *, date: str | None = None) -> Doc:
    """Run ``nlp`` on ``text`` with the given names as entities set before its relation components."""
    doc = nlp.make_doc(text)
    doc._.date = date
    relation_pipes = [(n, p) for n, p in nlp.pipeline if n in RELATION_COMPONENTS]
    for name, proc in nlp.pipeline:
        if (name, proc) not in relation_pipes:
            doc = proc(doc)
    spans: list[Span] = []
    taken: set[int] = set()
    for name in sorted(entities, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            span = doc.char_span(m.start(), m.end(), label=entities[name])
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    for _, proc in relation_pipes:
        doc = proc(doc)
    return doc


def records(doc: Doc, kind: str) -> list[dict]:
    return [r for r in doc._.relations or [] if r["type"] == kind]


def text_of(arg: dict | None) -> str | None:
    return None if arg is None else arg["text"]


def news_text(article_id: str) -> tuple[str, str | None]:
    """(text, date) of a real article of ../shared/data/news."""
    for path in sorted(shared_path("data", "news").glob("news-*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if f'"{article_id}"' in line[:200]:
                    art = json.loads(line)
                    if art.get("id") == article_id:
                        return art["text"], (str(art["date"])[:10] if art.get("date") else None)
    pytest.skip(f"article {article_id} not in ../shared/data/news")


def news_sentence(article_id: str, fragment: str) -> str:
    """The sentence of a real article (its line cut at ". ") holding ``fragment``."""
    text, _ = news_text(article_id)
    return next(s for s in sentence_with(text, fragment).split(". ") if fragment in s)


def news_sentences(*found: tuple[str, str]) -> str:
    """The sentences ``news_sentence`` finds for each (article id, fragment), joined as one text."""
    return ". ".join(news_sentence(article_id, fragment) for article_id, fragment in found)


def sentence_with(text: str, fragment: str) -> str:
    """The line of ``text`` holding ``fragment`` (news paragraphs are lines)."""
    for line in text.splitlines():
        if fragment in line:
            return line
    pytest.skip(f"{fragment!r} not found in the article")
