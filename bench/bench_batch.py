"""Batch throughput of ``pemilu-nlp extract`` on the raw news corpus (../shared/data/news).

    python bench/bench_batch.py [--limit 1500] [--model pemilu_id_core]

Each configuration runs in a fresh Python process (so peak RSS is that run's own):

- ``pool-1`` / ``pool-2``: :func:`pemilu_nlp.batch.extract` with 1 and 2 processes (our pool);
- ``spacy-n_process-2``: the alternative, ``Pipeline.pipe(n_process=2)`` with Documents
  built and serialised in the main process (why batch.py uses its own pool);
- ``dask-2``: :func:`pemilu_nlp.distributed.extract_dask` on a 2-worker LocalCluster
  (cluster started and model loaded before the clock starts), 4 partitions;
- ``short`` / ``long-10x``: one process, the same words as separate articles or
  concatenated ten at a time (cost per word should not grow with article length).

Prints a table: articles/s, words/s (whitespace words, as in data/news/SOURCE.md),
peak RSS per process, and the scaling ratios. Timings include model loading in
the pool runs (small next to the run at the default size).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NEWS = Path(os.environ.get("PEMILU_SHARED", REPO.parent / "shared")) / "data" / "news"


def corpus(limit: int) -> list[dict]:
    """The first ``limit`` articles, taken evenly from every shard (all four sources)."""
    shards = sorted(NEWS.glob("news-*.jsonl.gz"))
    if not shards:
        sys.exit(f"no corpus at {NEWS}")
    per = -(-limit // len(shards))
    records: list[dict] = []
    for shard in shards:
        with gzip.open(shard, "rt", encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                if i >= per:
                    break
                records.append(json.loads(line))
    return records[:limit]


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kB on Linux


# --------------------------------------------------------------------------- one configuration (child process)


def run_config(name: str, workdir: Path, model: str) -> dict:
    from pemilu_nlp.batch import extract

    source = workdir / "corpus.jsonl"
    out = workdir / f"{name}.out.jsonl"
    if name in ("pool-1", "pool-2", "short", "long-10x"):
        src = workdir / "long.jsonl" if name == "long-10x" else source
        summary = extract(str(src), str(out), model=model, workers=2 if name == "pool-2" else 1, batch_size=32)
        return {"articles": summary.articles, "words": summary.words, "seconds": summary.seconds,
                "cpu": summary.cpu_seconds,
                "rss": sorted(v / 2**20 for v in summary.peak_rss.values()), "processes": len(summary.peak_rss)}
    if name == "spacy-n_process-2":
        import pemilu_nlp

        nlp = pemilu_nlp.load(model)
        records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
        start, cpu = time.monotonic(), time.process_time()
        words = 0
        with open(out, "w", encoding="utf-8") as handle:
            for record, doc in zip(records, nlp.pipe(records, batch_size=32, n_process=2)):
                handle.write(doc.to_json() + "\n")
                words += len(record["text"].split())
        seconds = time.monotonic() - start
        children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers have exited by now
        cpu = time.process_time() - cpu + children.ru_utime + children.ru_stime
        return {"articles": len(records), "words": words, "seconds": seconds, "processes": 3, "cpu": cpu,
                "rss": [_rss_mb(resource.RUSAGE_CHILDREN), _rss_mb()]}
    if name == "dask-2":
        import logging

        from distributed import Client, LocalCluster

        from pemilu_nlp.distributed import extract_dask, worker_pipeline

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            client.run(worker_pipeline, model)  # warm: the model is loaded once per worker, before the clock
            summary = extract_dask(workdir / "parts", workdir / "dask-out", scheduler=client, model=model)
        return {"articles": summary.articles, "words": summary.words, "seconds": summary.seconds,
                "cpu": summary.cpu_seconds,
                "rss": sorted(v / 2**20 for v in summary.peak_rss.values()), "processes": len(summary.peak_rss)}
    raise ValueError(name)


# --------------------------------------------------------------------------- driver


CONFIGS = ("pool-1", "pool-2", "spacy-n_process-2", "dask-2", "short", "long-10x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1500, help="articles to run (default 1500)")
    parser.add_argument("--model", default="pemilu_id_core")
    parser.add_argument("--only", nargs="*", choices=CONFIGS, default=list(CONFIGS))
    parser.add_argument("--child", nargs=2, metavar=("CONFIG", "WORKDIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_config(args.child[0], Path(args.child[1]), args.model)))
        return

    records = corpus(args.limit)
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        work = Path(tmp)
        write_jsonl(work / "corpus.jsonl", records)
        (work / "parts").mkdir()
        for i in range(4):
            write_jsonl(work / "parts" / f"part-{i}.jsonl", records[i::4])
        short = records[: len(records) // 10 * 10]
        write_jsonl(work / "short.jsonl", short)
        joined = [{"id": f"long-{i}", "text": "\n".join(r["text"] for r in short[i : i + 10])} for i in range(0, len(short), 10)]
        write_jsonl(work / "long.jsonl", joined)
        # "short" runs the same words as "long-10x": articles as they come vs ten glued together

        from pemilu_nlp.pipeline import load

        pipes = load(args.model).pipe_names
        print(f"model {args.model}: pipeline {pipes}; {len(records):,} articles; "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start\n")
        results: dict[str, dict] = {}
        for name in args.only:
            child_dir = work
            if name == "short":  # the short run reads short.jsonl as its corpus
                child_dir = work / "short-run"
                child_dir.mkdir()
                (child_dir / "corpus.jsonl").write_bytes((work / "short.jsonl").read_bytes())
            if name == "long-10x":
                child_dir = work / "long-run"
                child_dir.mkdir()
                (child_dir / "long.jsonl").write_bytes((work / "long.jsonl").read_bytes())
            done = subprocess.run(
                [sys.executable, __file__, "--model", args.model, "--child", name, str(child_dir)],
                capture_output=True, text=True, check=False,
            )
            if done.returncode != 0:
                print(f"{name}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
                continue
            results[name] = json.loads(done.stdout.strip().splitlines()[-1])
        one, two = work / "pool-1.out.jsonl", work / "pool-2.out.jsonl"
        if one.exists() and two.exists():  # whatever ran them, the outputs must agree
            assert one.read_bytes() == two.read_bytes(), "pool-2 output differs from pool-1"

    print("| run | processes | articles | words | wall s | articles/s | words/s | CPU s | words/CPU-s | peak RSS per process (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for name, r in results.items():
        secs = r["seconds"]
        rss = ", ".join(f"{v:.0f}" for v in r["rss"])
        print(f"| {name} | {r['processes']} | {r['articles']:,} | {r['words']:,} | {secs:.1f} | "
              f"{r['articles'] / secs:,.1f} | {r['words'] / secs:,.0f} | {r['cpu']:.1f} | {r['words'] / r['cpu']:,.0f} | {rss} |")
    rate = {name: r["words"] / r["seconds"] for name, r in results.items()}
    per_cpu = {name: r["words"] / r["cpu"] for name, r in results.items()}
    print()
    if "pool-1" in rate:
        print(f"words/s, 1 process: {rate['pool-1']:,.0f} wall, {per_cpu['pool-1']:,.0f} per CPU-second  (target >= 10,000 per core)")
        for other in ("pool-2", "spacy-n_process-2", "dask-2"):
            if other in rate:
                # wall-clock scaling needs idle cores; the CPU ratio is the overhead the parallel run adds, which
                # bounds scaling on idle cores: 2 processes can give at most 2 x that ratio
                print(f"{other} / pool-1: wall {rate[other] / rate['pool-1']:.2f}x, "
                      f"CPU efficiency {per_cpu[other] / per_cpu['pool-1']:.2f} (=> at most "
                      f"{2 * per_cpu[other] / per_cpu['pool-1']:.2f}x on 2 idle cores; target >= 1.8x)")
    if "short" in rate and "long-10x" in rate:
        print(f"long-10x / short: words/s {rate['long-10x'] / rate['short']:.2f}, words per CPU-second "
              f"{per_cpu['long-10x'] / per_cpu['short']:.2f}  (target: within 0.5-2)")
    peak = max((v for r in results.values() for v in r["rss"]), default=0)
    print(f"largest peak RSS of a process: {peak:.0f} MB  (target <= 500 MB)")


if __name__ == "__main__":
    main()
