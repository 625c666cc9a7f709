"""In-domain NER training data from the hand-annotated news articles we develop on.

The public NER sets are other annotators' conventions on other text (2014 politics news,
Wikipedia-like NERGrit); the gold articles follow our guidelines on the news our users read.
Only the parts we tune on are used: the first articles of ``shared/data/gold/dev.jsonl``
(``gold.gold_split``) and our own ``annotations/news-tune*.jsonl``. The held-out parts
(the rest of ``dev.jsonl``, ``annotations/news-heldout*.jsonl``) never enter training.

Each non-boilerplate sentence becomes one training ``Doc``, tokenized by the pipeline's own
tokenizer (the tokens the model sees at run time); a sentence whose entity spans do not fall
on token boundaries is left out rather than taught with a wrong ``O``.

    python -m pemilu_nlp.training.gold_ner      # -> training/corpus/gold_tune.spacy
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .gold import gold_split, news_documents, read_jsonl
from .ner_data import CORPUS, SHARED, data, write


def tune_documents(shared: Path = SHARED) -> list[dict[str, Any]]:
    """The gold documents rules and models may be developed on (never the held-out parts)."""
    return gold_split(list(read_jsonl(data("gold", "dev.jsonl"))))[0] + news_documents("news-tune", shared / "data" / "news")


def heldout_documents(shared: Path = SHARED) -> list[dict[str, Any]]:
    """The held-out gold documents: reported on, never trained or tuned on."""
    return gold_split(list(read_jsonl(data("gold", "dev.jsonl"))))[1] + news_documents("news-heldout", shared / "data" / "news")


def sentence_docs(nlp: Language, golds: Iterable[dict[str, Any]]) -> Iterator[Doc]:
    """One ``Doc`` per non-boilerplate gold sentence, with the gold entities as ``doc.ents``."""
    for gold in golds:
        text = gold["text"]
        for si, sent in enumerate(gold["sentences"]):
            if sent.get("boilerplate"):
                continue
            start = sent["start"]
            doc = nlp.make_doc(text[start : sent["end"]])
            spans = []
            for ent in gold["entities"]:
                if not (start <= ent["start"] and ent["end"] <= sent["end"]):
                    continue
                span = doc.char_span(ent["start"] - start, ent["end"] - start, label=ent["label"])
                if span is None:
                    break
                spans.append(span)
            else:
                try:
                    doc.ents = spans
                except ValueError:  # overlapping gold spans: not a flat annotation
                    continue
                yield doc


# The in-domain sentences are few next to the public sets (about 1,700 vs 5,600): they
# are read this many times per epoch, so that news in our conventions weighs as much.
WEIGHT = 2


def build(out: Path = CORPUS / "gold_tune.spacy") -> Path:
    from ..pipeline import blank

    nlp = blank()
    docs = tune_documents()
    n = write(out, sentence_docs(nlp, docs))
    print(f"  from {len(docs)} tune articles: {n} sentences -> {out}", file=sys.stderr)
    return out


def training_dir(public: Path = CORPUS / "train.spacy", news: Path = CORPUS / "gold_tune.spacy",
                 out: Path = CORPUS.parent / "corpus_news", weight: int = WEIGHT) -> Path:
    """A corpus directory (spaCy reads every ``.spacy`` file in it) holding the public
    training sentences once and the in-domain ones ``weight`` times."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.spacy"):
        old.unlink()
    (out / "public.spacy").symlink_to(public.resolve())
    for k in range(weight):
        (out / f"news_{k}.spacy").symlink_to(news.resolve())
    return out


if __name__ == "__main__":
    training_dir(news=build())
