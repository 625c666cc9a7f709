"""spaCy backend vs stanza backend: accuracy on the gold dev set and words/s, one CPU core.

    python bench/bench_stanza.py --stanza-dir DIR [--model NAME_OR_DIR] [--out bench/out/stanza]

Runs each backend over ``shared/data/gold/dev.jsonl`` (55 hand-annotated articles)
through ``Pipeline.pipe`` (what a user gets), writes the system documents to
``OUT/{backend}.jsonl``, scores them with the referee ``shared/tools/score.py`` and
prints sentence, entity and relation F1 and words/s (whitespace words of the input;
model loading excluded, one warm-up article first).

``DIR`` is a stanza model directory (``stanza.download("id", model_dir=DIR)``). Without
real models, train the tiny test set first (the figures are then those of a toy model):

    python tests/stanza_fixtures/train_tiny.py ../shared/data/ud-id-csui/id_csui-ud-train.conllu /tmp/stanza-tiny
"""

from __future__ import annotations

import os

# one core for both backends: set before numpy/thinc/torch load their thread pools
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PEMILU_SHARED", REPO.parent / "shared"))


def run(backend: str, model: str | None, stanza_dir: str | None, articles: list[dict], out: Path) -> dict:
    import pemilu_nlp

    kwargs = {"backend": backend, "stanza_dir": stanza_dir} if backend == "stanza" else {}
    t0 = time.perf_counter()
    nlp = pemilu_nlp.load(model, **kwargs) if model else pemilu_nlp.load(**kwargs)
    load_s = time.perf_counter() - t0
    next(nlp.pipe(articles[:1]))  # warm-up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(articles))
    seconds = time.perf_counter() - t0
    with out.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(doc.model_dump_json() + "\n")
    words = sum(len(a["text"].split()) for a in articles)
    return {"backend": backend, "pipes": nlp.pipe_names, "load_s": load_s, "seconds": seconds, "words_per_s": words / seconds}


def score(gold: Path, system: Path) -> dict:
    result = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(system), "--json"],
        check=True, capture_output=True, text=True,
    )
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stanza-dir", required=True, help="stanza model directory")
    parser.add_argument("--model", default=None, help="pipeline name or directory (default: shipped)")
    parser.add_argument("--gold", default=str(SHARED / "data" / "gold" / "dev.jsonl"))
    parser.add_argument("--out", default=str(REPO / "bench" / "out" / "stanza"))
    args = parser.parse_args()

    gold = Path(args.gold)
    if not gold.exists():
        sys.exit(f"no gold file {gold} (set PEMILU_SHARED)")
    articles = []
    with gold.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                articles.append({"id": a["id"], "text": a["text"], "date": (a.get("meta") or {}).get("date")})
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    rows = []
    for backend in ("spacy", "stanza"):
        system = out / f"{backend}.jsonl"
        stats = run(backend, args.model, args.stanza_dir, articles, system)
        stats["score"] = score(gold, system)
        rows.append(stats)

    words = sum(len(a["text"].split()) for a in articles)
    print(f"gold: {gold} ({len(articles)} articles, {words} words); stanza models: {args.stanza_dir}")
    print(f"{'backend':8s} {'sentences F1':>12s} {'entities F1':>11s} {'relations F1':>12s} {'words/s':>9s} {'load s':>7s}  pipes")
    for r in rows:
        s = r["score"]
        print(
            f"{r['backend']:8s} {s['sentences'][2]:12.3f} {s['entities.ALL'][2]:11.3f} {s['relations.ALL'][2]:12.3f}"
            f" {r['words_per_s']:9.0f} {r['load_s']:7.1f}  {r['pipes']}"
        )
    (out / "summary.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
