"""Sentence splitting for Indonesian news (annotation guidelines, section 1).

The splitter works on characters (``split_sentences``), so it can be tested and
measured without spaCy; the ``pemilu_sentences`` component maps its spans onto
tokens. A sentence always starts right after whitespace, so every boundary is a
token boundary for any whitespace-respecting tokenizer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import resources
from .extensions import BOILERPLATE


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int
    boilerplate: bool = False


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(resources.lines("abbreviations.txt"))


@lru_cache(maxsize=1)
def _boilerplate() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{p})" for p in resources.lines("boilerplate.txt")), regex.IGNORECASE)


# candidate end: sentence punctuation (and closing quotes/brackets), then whitespace
_CANDIDATE = regex.compile(r"""[.!?…]+["'”’)\]]*(?=\s)""")


def _line_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one line (paragraph) text[start:end] at sentence ends."""
    out = []
    s = start
    for m in _CANDIDATE.finditer(text, start, end):
        stop = m.end()
        word_start = text.rfind(" ", s, m.start()) + 1 or s
        word = text[max(word_start, s) : stop]
        nxt = regex.match(r"\s+(\S)", text[stop:end])
        if not nxt:
            continue
        follower = nxt.group(1)
        if word in _abbreviations() or regex.fullmatch(r"\p{Lu}\.", word):
            continue
        if not (follower.isupper() or follower.isdigit() or follower in "\"'“‘(["):
            continue
        out.append((s, stop))
        s = stop + len(nxt.group(0)) - 1
    out.append((s, end))
    return out


def split_sentences(text: str) -> list[SentenceSpan]:
    """Sentence spans of ``text``: ordered, non-overlapping, whitespace-trimmed, never empty."""
    spans: list[SentenceSpan] = []
    for line in regex.finditer(r"[^\n\r\u2028\u2029]+", text):
        a, b = line.span()
        for s, e in _line_sentences(text, a, b):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                spans.append(SentenceSpan(s, e, bool(_boilerplate().match(text[s:e]))))
    return spans


class SentenceSplitter:
    """spaCy component: sets sentence starts and the ``boilerplate`` span group."""

    def __init__(self, nlp: Language, name: str = "pemilu_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = split_sentences(doc.text)
        starts = {s.start for s in spans}
        for token in doc:
            token.is_sent_start = token.i == 0 or token.idx in starts
        boiler = []
        for s in spans:
            if s.boilerplate:
                span = doc.char_span(s.start, s.end, alignment_mode="expand")
                if span is not None:
                    boiler.append(span)
        doc.spans[BOILERPLATE] = boiler
        return doc


@Language.factory("pemilu_sentences", default_config={})
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
