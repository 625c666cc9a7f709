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

from .gold import ANNOTATIONS, gold_split, news_documents, read_jsonl
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


# The in-domain sentences are read this many times per epoch beside the public sets (5,600
# sentences): news in our conventions is what users run. Measured on the dev articles
# (pipeline entity F1): twice 0.897 with 8,000 steps, once 0.894 with 6,000.
WEIGHT = 2


# One fixed set of tune batches stays out of NER training: its sentences pick the training
# checkpoint, in-domain news in our conventions (the public dev splits are other text and
# other annotators' conventions). Fixed, so that later batches only add training data.
DEV_BATCHES = "news-tune-16"
DEV = CORPUS / "gold_dev.spacy"


def dev_ids() -> set[str]:
    """The ids of the tune articles kept for choosing the NER checkpoint."""
    return {doc["id"] for path in sorted(ANNOTATIONS.glob(f"{DEV_BATCHES}*.jsonl")) for doc in read_jsonl(path)}


def build(out: Path = CORPUS / "gold_tune.spacy", dev_out: Path = DEV) -> Path:
    """Write the training sentences of the tune articles to ``out`` and those of the
    ``DEV_BATCHES`` articles to ``dev_out``; returns ``out``."""
    from ..pipeline import blank

    nlp = blank()
    docs = tune_documents()
    held = dev_ids()
    train = [d for d in docs if d["id"] not in held]
    dev = [d for d in docs if d["id"] in held]
    n = write(out, sentence_docs(nlp, train))
    print(f"  from {len(train)} tune articles: {n} sentences -> {out}", file=sys.stderr)
    n = write(dev_out, sentence_docs(nlp, dev))
    print(f"  from {len(dev)} tune articles ({DEV_BATCHES}*): {n} dev sentences -> {dev_out}", file=sys.stderr)
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
