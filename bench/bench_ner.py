"""Throughput and memory of the full default pipeline on real news, one CPU core.

    python bench/bench_ner.py [--articles 300] [--batch-size 16]

Reads a reproducible sample of ``shared/data/news`` (every k-th article over all
shards) at run time, runs ``pemilu_nlp.load().pipe`` (spaCy + conversion to
``Document``s, what a user gets) and prints words/s (whitespace words of the input)
and the process's peak RSS. Targets: >= 10,000 words/s, <= 500 MB. The batch size matters for memory: floret
vectors gather ~20 hashed rows per token, so 64 long articles at once peak near 600 MB.
"""

from __future__ import annotations

import os

# one core: set before numpy/thinc load their BLAS
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import sys  # noqa: E402

# thinc imports torch whenever it is installed (it is, for the optional stanza
# backend), which alone adds ~230 MB of RSS; the spaCy pipeline never uses it, so
# the benchmark measures the pipeline as installed without that extra.
if "--with-torch" not in sys.argv:
    sys.modules["torch"] = None  # type: ignore[assignment]

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PEMILU_SHARED", REPO.parent / "shared"))


def sample(n: int) -> list[dict]:
    shards = sorted((SHARED / "data" / "news").glob("news-*.jsonl.gz"))
    if not shards:
        sys.exit(f"no news corpus under {SHARED}/data/news (set PEMILU_SHARED)")

    def lines():
        for shard in shards:
            with gzip.open(shard, "rt", encoding="utf-8") as f:
                yield from f

    # two streaming passes, so the benchmark's own memory stays out of the peak RSS
    step = max(1, sum(1 for _ in lines()) // n)
    out = []
    for i, line in enumerate(lines()):
        if i % step == 0 and len(out) < n:
            a = json.loads(line)
            out.append({"id": a["id"], "text": a["text"], "date": (a.get("date") or "")[:10] or None})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--model", default=None, help="pipeline name or directory (default: shipped)")
    parser.add_argument("--with-torch", action="store_true", help="let thinc import torch (adds its RSS)")
    args = parser.parse_args()

    articles = sample(args.articles)
    n_words = sum(len(a["text"].split()) for a in articles)
    import spacy  # noqa: F401  (import time is not load time)

    base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    import pemilu_nlp

    t0 = time.perf_counter()
    nlp = pemilu_nlp.load(args.model) if args.model else pemilu_nlp.load()
    load_s = time.perf_counter() - t0
    nlp.pipe(articles[:2]).__next__()  # warm-up (lazy tables, first allocation)
    t0 = time.perf_counter()
    n_ents = sum(len(doc.entities) for doc in nlp.pipe(articles, batch_size=args.batch_size))
    secs = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pipeline      {nlp.pipe_names}")
    print(f"load          {load_s:.2f} s")
    print(f"articles      {len(articles)} ({n_words:,} words, {n_ents:,} entities)")
    print(f"throughput    {n_words / secs:,.0f} words/s ({secs:.1f} s, batch_size={args.batch_size}, 1 thread)")
    print(f"peak RSS      {peak_mb:.0f} MB (before loading the pipeline: {base_mb:.0f} MB)")


if __name__ == "__main__":
    main()
