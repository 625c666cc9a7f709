"""Tokenizer quality, load time and throughput: ours (``pipeline.blank()``) against ``spacy.blank("id")``.

    .venv/bin/python bench/bench_tokenize.py                 # all three parts
    .venv/bin/python bench/bench_tokenize.py --articles 500  # smaller throughput sample

1. Token F1 on the UD Indonesian test sets (GSD, CSUI, PUD). Gold tokens are the
   *surface* tokens of each sentence (CoNLL-U token lines, with a multiword-token range
   such as ``rumahnya`` counted once and its syntactic words skipped), placed on the
   ``# text`` line; a token counts as correct when its character span is exactly a gold
   token's span (the CoNLL 2018 "Tokens" figure).
2. Load time: building each blank pipeline in a fresh interpreter, spaCy already imported
   (median of 3 runs), and the cold start including ``import``.
3. Throughput: words (whitespace-separated) per CPU-second of tokenization + sentence
   splitting (``pipeline.blank()``, one process) on articles of ``shared/data/news``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PEMILU_SHARED", REPO.parent / "shared"))
UD_TEST = {
    "gsd-test": "data/ud-id-gsd/id_gsd-ud-test.conllu",
    "csui-test": "data/ud-id-csui/id_csui-ud-test.conllu",
    "pud-test": "data/ud-id-pud/id_pud-ud-test.conllu",
}


def ud_sentences(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """(text, surface-token spans) of each sentence whose tokens can be placed on its text."""
    out = []
    text, forms, skip_until = None, [], 0
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            tid = cols[0]
            if "." in tid:
                continue  # empty node
            if "-" in tid:
                first, last = (int(x) for x in tid.split("-"))
                skip_until = last
                forms.append(cols[1])
            elif int(tid) > skip_until:
                forms.append(cols[1])
        elif not line and text is not None:
            spans, pos = [], 0
            for form in forms:
                i = text.find(form, pos)
                if i < 0:
                    spans = None
                    break
                spans.append((i, i + len(form)))
                pos = i + len(form)
            if spans is not None:
                out.append((text, spans))
            text, forms, skip_until = None, [], 0
    return out


def token_f1(tokenizer, sentences) -> tuple[float, float, float]:
    tp = n_sys = n_gold = 0
    for text, gold in sentences:
        sys_spans = {(t.idx, t.idx + len(t.text)) for t in tokenizer(text) if not t.is_space}
        g = set(gold)
        tp, n_sys, n_gold = tp + len(sys_spans & g), n_sys + len(sys_spans), n_gold + len(g)
    p, r = tp / n_sys, tp / n_gold
    return p, r, 2 * p * r / (p + r)


def quality() -> None:
    import spacy

    from pemilu_nlp.pipeline import blank

    ours, theirs = blank().tokenizer, spacy.blank("id").tokenizer
    print("Token F1 against UD surface tokens (exact spans)")
    print(f"{'set':<10} {'sents':>6} {'tokens':>7}  {'ours P/R/F1':<24} {'spacy.blank(id) P/R/F1':<24}")
    for name, rel in UD_TEST.items():
        sents = ud_sentences(SHARED / rel)
        a, b = token_f1(ours, sents), token_f1(theirs, sents)
        n = sum(len(s) for _, s in sents)
        print(f"{name:<10} {len(sents):>6} {n:>7}  {'/'.join(f'{x:.4f}' for x in a):<24} "
              f"{'/'.join(f'{x:.4f}' for x in b):<24}")


def _time_in_fresh_interpreter(build: str, imports: str) -> tuple[float, float]:
    """(seconds to build after imports, seconds including imports) in a new interpreter."""
    code = (
        "import time; t0 = time.perf_counter()\n"
        f"{imports}\n"
        "t1 = time.perf_counter()\n"
        f"{build}\n"
        "t2 = time.perf_counter(); print(t2 - t1, t2 - t0)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    build_s, total_s = (float(x) for x in out.split())
    return build_s, total_s


def load_time(runs: int = 3) -> None:
    cases = {
        "pemilu_nlp.pipeline.blank()": ("blank()", "import spacy; from pemilu_nlp.pipeline import blank"),
        'spacy.blank("id")': ('spacy.blank("id")', "import spacy"),
    }
    print("\nLoad time (fresh interpreter, median of", runs, "runs)")
    for name, (build, imports) in cases.items():
        results = [_time_in_fresh_interpreter(build, imports) for _ in range(runs)]
        b = statistics.median(r[0] for r in results)
        t = statistics.median(r[1] for r in results)
        print(f"  {name:<30} build {b * 1000:7.0f} ms   with imports {t * 1000:7.0f} ms")


def throughput(n_articles: int) -> None:
    from pemilu_nlp.pipeline import blank
    from pemilu_nlp.sentences import split_sentences

    texts = []
    for shard in sorted((SHARED / "data" / "news").glob("news-*.jsonl.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as f:
            for line in f:
                texts.append(json.loads(line)["text"])
                if len(texts) >= n_articles:
                    break
        if len(texts) >= n_articles:
            break
    words = sum(len(t.split()) for t in texts)
    nlp = blank()
    list(nlp.pipe(texts[:50]))  # warm up (lexicons load lazily)
    timings = {}
    # CPU time of this process: a per-core figure, robust to other load on the machine
    t = time.process_time()
    for doc in nlp.pipe(texts, batch_size=64):
        pass
    timings["tokenizer + pemilu_sentences (pipeline.blank())"] = time.process_time() - t
    t = time.process_time()
    for text in texts:
        nlp.tokenizer(text)
    timings["tokenizer only"] = time.process_time() - t
    t = time.process_time()
    for text in texts:
        split_sentences(text)
    timings["split_sentences only"] = time.process_time() - t
    print(f"\nThroughput on {len(texts)} articles of shared/data/news ({words:,} words), one process")
    for name, secs in timings.items():
        print(f"  {name:<50} {words / secs:>10,.0f} words/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000, help="news articles for the throughput figure")
    ap.add_argument("--skip", nargs="*", default=[], choices=["quality", "load", "speed"])
    args = ap.parse_args()
    if not (SHARED / "data").exists():
        sys.exit(f"needs the project's shared folder at {SHARED} (set PEMILU_SHARED)")
    if "quality" not in args.skip:
        quality()
    if "load" not in args.skip:
        load_time()
    if "speed" not in args.skip:
        throughput(args.articles)


if __name__ == "__main__":
    main()
