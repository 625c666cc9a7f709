"""Re-tokenize NER DocBins with our tokenizer, so training sees the tokens the pipeline sees.

The NER sets come pre-tokenized with their own words; at run time the model gets
``pemilu_nlp.tokenizer`` tokens of raw text. Each sentence is rebuilt as text (words
joined by single spaces, as ``shared/tools/derive_gold.py`` does), tokenized with
``pipeline.blank()``'s tokenizer, and its entity spans are projected by character
offsets. A span whose edges fall inside one of our tokens is contracted to the tokens
it covers fully (``alignment_mode="contract"``); if nothing is left, it is lost and
counted.

Our tokens also separate brackets and punctuation that the sets glued to words
(``(PPP)``), so the spans can follow the guidelines there (``fix_edges``): punctuation
at a span's edge goes outside it (``(Jokowi)`` -> ``Jokowi``) and a name with its
acronym in parentheses becomes two mentions (``Partai Persatuan Pembangunan (PPP)`` ->
ORG + ORG, spec/annotation-guidelines.md section 2).

    python -m pemilu_nlp.training.retokenize IN.spacy OUT.spacy
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span


def _is_acronym(text: str) -> bool:
    return sum(c.isupper() for c in text) >= 2 and text.replace("-", "").isalnum()


def fix_edges(span: Span) -> list[Span]:
    """``span`` without edge punctuation; ``Name (ACR)`` split into ``Name`` + ``ACR``."""
    doc, start, end = span.doc, span.start, span.end
    # ``X (Y)``: split when Y is an acronym; keep whole otherwise (``PT Pertamina (Persero)``)
    if end - start >= 4 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and _is_acronym(doc[end - 2].text):
        return fix_edges(Span(doc, start, end - 3, label=span.label)) + [Span(doc, end - 2, end - 1, label=span.label)]
    inner = doc[start:end].text
    if inner.count("(") == inner.count(")") and "(" in inner and not (doc[start].text == "(" and doc[end - 1].text == ")"):
        return [span]  # balanced brackets inside a name
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text != ".":  # keep ``Tbk.``-style dots
        end -= 1
    return [Span(doc, start, end, label=span.label)] if end > start else []


def retokenize_doc(nlp: Language, doc: Doc, stats: Counter[str]) -> Doc:
    """``doc``'s text and entities on our tokens; ``stats`` counts spans kept/changed/lost."""
    new = nlp.make_doc(doc.text)
    ents = []
    for ent in doc.ents:
        span = new.char_span(ent.start_char, ent.end_char, label=ent.label_, alignment_mode="contract")
        if span is None or not span.text.strip():
            stats["lost"] += 1
            continue
        stats["kept" if (span.start_char, span.end_char) == (ent.start_char, ent.end_char) else "contracted"] += 1
        fixed = fix_edges(span)
        if [(f.start, f.end) for f in fixed] != [(span.start, span.end)]:
            stats["edges_fixed"] += 1
        ents.extend(fixed)
    new.set_ents(ents, default="outside")
    stats["sentences"] += 1
    stats["tokens_theirs"] += len(doc)
    stats["tokens_ours"] += len(new)
    return new


def retokenize(docs: Iterable[Doc], nlp: Language | None = None, stats: Counter[str] | None = None) -> Iterator[Doc]:
    from ..pipeline import blank

    nlp = nlp or blank()
    stats = stats if stats is not None else Counter()
    for doc in docs:
        yield retokenize_doc(nlp, doc, stats)


def convert(src: Path, dst: Path) -> Counter[str]:
    """Re-tokenize the DocBin ``src`` into ``dst``; returns the span counts."""
    from ..pipeline import blank

    nlp = blank()
    stats: Counter[str] = Counter()
    db = DocBin(store_user_data=False)
    for doc in retokenize(DocBin().from_disk(src).get_docs(nlp.vocab), nlp, stats):
        db.add(doc)
    dst.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(dst)
    print(f"  {src.name} -> {dst}: {dict(stats)}", file=sys.stderr)
    return stats


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Re-tokenize a NER DocBin with the pemilu_nlp tokenizer.")
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    args = parser.parse_args(argv)
    convert(args.src, args.dst)


if __name__ == "__main__":
    main()
