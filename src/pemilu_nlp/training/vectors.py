"""floret word vectors trained on the raw news corpus (``shared/data/news``).

floret stores a word as the sum of a few hashed rows of a small table (subword
n-grams + the word itself), so a 50,000-row table covers every word form,
misspelling and unseen name with no out-of-vocabulary rows: that keeps the shipped
pipeline small (~20 MB of vectors) while the NER model still sees vectors for the
long tail of Indonesian names and affixed forms.

The corpus text is tokenized with *our* tokenizer, so the vector of a token is
learnt from the same segmentation the pipeline produces at run time. The articles of
the hand-annotated gold set (``data/gold/dev.jsonl``) are left out so that the
gold figures are not measured on text the vectors were trained on.

Run: ``python -m pemilu_nlp.training.vectors`` (writes ``training/vectors/``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

from ..pipeline import blank
from .gold import read_jsonl
from .ner_data import SHARED, WORK

# floret settings. cbow learns better vectors for rare words than skipgram at this
# corpus size; dim 100 x 50k buckets = 20 MB, the bulk of the shipped model.
FLORET = dict(
    model="cbow",
    dim=100,
    mode="floret",
    hashCount=2,
    bucket=50_000,
    minn=3,
    maxn=5,
    minCount=3,
    epoch=5,
    # one thread: reproducible (fastText's threads race for the shared weights; its
    # unsupervised trainer takes no seed and starts from a fixed one) and polite on shared cores
    thread=1,
    verbose=0,
)


def write_corpus(out: Path, news_dir: Path, exclude_ids: set[str]) -> int:
    """One tokenized paragraph per line; returns the number of tokens written."""
    tokenizer = blank().tokenizer
    n_tokens = 0

    def paragraphs():
        for shard in sorted(news_dir.glob("news-*.jsonl.gz")):
            with gzip.open(shard, "rt", encoding="utf-8") as f:
                for line in f:
                    article = json.loads(line)
                    if article["id"] in exclude_ids:
                        continue
                    for para in [article.get("title") or "", *article["text"].split("\n")]:
                        if para.strip():
                            yield para

    with open(out, "w", encoding="utf-8") as f:
        for doc in tokenizer.pipe(paragraphs(), batch_size=1000):
            words = [t.text for t in doc if not t.is_space]
            n_tokens += len(words)
            f.write(" ".join(words) + "\n")
    return n_tokens


def train_vectors(out_dir: Path = WORK / "vectors", shared: Path = SHARED) -> Path:
    """Train floret vectors and convert them to a spaCy vectors directory; returns that directory."""
    import floret

    out_dir.mkdir(parents=True, exist_ok=True)
    corpus = out_dir / "news.tok.txt"
    gold_ids = {d["id"] for d in read_jsonl(shared / "data" / "gold" / "dev.jsonl")}
    n = write_corpus(corpus, shared / "data" / "news", gold_ids)
    print(f"vectors: corpus {n:,} tokens -> {corpus}", file=sys.stderr)
    t0 = time.time()
    model = floret.train_unsupervised(str(corpus), **FLORET)
    prefix = out_dir / "news"
    model.save_floret_vectors(str(prefix) + ".floret")
    print(f"vectors: floret trained in {time.time() - t0:.0f}s", file=sys.stderr)
    spacy_dir = out_dir / "spacy"
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "id", str(prefix) + ".floret", str(spacy_dir),
         "--mode", "floret"],
        check=True,
    )
    corpus.unlink()  # 40 MB of derived article text: not needed once trained
    return spacy_dir


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=WORK / "vectors")
    args = parser.parse_args(argv)
    print(train_vectors(args.out))


if __name__ == "__main__":
    main()
