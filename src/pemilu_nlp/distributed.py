"""Corpus extraction on Dask: one partition per input file, one output file per partition.

>>> from pemilu_nlp.distributed import extract_dask
>>> extract_dask(["news-000.jsonl.gz", "news-001.jsonl.gz"], "out/", scheduler="local", workers=2)

Each partition runs :func:`pemilu_nlp.batch.extract` on its file inside a Dask
worker, so a partition's output is byte for byte what ``pemilu-nlp extract`` writes
for that file (same error documents, same order, same ``--resume`` behaviour), and
the outputs of a cluster run equal the single-process ones document for document.

The pipeline is loaded once per worker process (:func:`worker_pipeline` caches it in
the process) however many partitions the worker runs. Workers read inputs and write
outputs themselves, so with a remote scheduler both paths must be on a file system
the workers share. Needs ``pip install 'pemilu-nlp[dask]'``.
"""

from __future__ import annotations

import glob
import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import Summary, UsageError, extract
from .pipeline import DEFAULT_MODEL, Pipeline, load
from .reader import DEFAULT_MAX_CHARS, Format

PARTITION_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz")

_LOCK = threading.Lock()
_PIPELINES: dict[str, Pipeline] = {}
LOADS: Counter[str] = Counter()  # how often this process loaded each model (tests check it is once)


def worker_pipeline(model: str) -> Pipeline:
    """The pipeline for ``model``, loaded at most once per process (and thread-safely)."""
    with _LOCK:
        if model not in _PIPELINES:
            _PIPELINES[model] = load(model)
            LOADS[model] += 1
        return _PIPELINES[model]


def partitions(inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Input files: the paths given; a directory or a glob pattern stands for its JSONL(.gz) files (sorted)."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.name.lower().endswith(PARTITION_SUFFIXES))
        elif path.is_file():
            files.append(path)
        elif any(c in str(item) for c in "*?["):  # a pattern: "news/*.jsonl.gz"
            files += sorted(Path(p) for p in glob.glob(str(item)) if Path(p).is_file())
        else:
            raise FileNotFoundError(f"input file not found: {path}")
    if not files:
        raise UsageError("no input partitions (.jsonl or .jsonl.gz files) given")
    return files


def output_name(path: Path) -> str:
    """``news-000.jsonl.gz`` -> ``news-000.jsonl``."""
    name = path.name
    for suffix in sorted(PARTITION_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] + ".jsonl"
    return path.stem + ".jsonl"


@dataclass
class PartitionResult:
    input: str
    output: str
    summary: Summary
    pid: int
    loads: int  # pipeline loads in this worker process so far


def _run_partition(pair: tuple[str, str], options: dict[str, Any]) -> PartitionResult:
    source, target = pair
    model = options["model"]
    nlp = worker_pipeline(model)
    summary = extract(
        source,
        target,
        nlp=nlp,
        model=model,
        workers=1,
        batch_size=options["batch_size"],
        max_chars=options["max_chars"],
        format=options["format"],
        resume=options["resume"],
    )
    return PartitionResult(source, target, summary, os.getpid(), LOADS[model])


def run_partitions(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    output_dir: str | os.PathLike[str],
    *,
    scheduler: Any = "local",
    model: str | None = None,
    workers: int = 2,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    format: Format = "auto",
    resume: bool = False,
) -> list[PartitionResult]:
    """Like :func:`extract_dask`, with one result per partition (pid, loads) instead of a summary."""
    try:
        import dask.bag as db
    except ImportError as err:
        raise ImportError("the Dask backend needs dask: pip install 'pemilu-nlp[dask]'") from err
    files = partitions(inputs)
    out_dir = Path(output_dir)
    names = [output_name(p) for p in files]
    clash = [n for n, k in Counter(names).items() if k > 1]
    if clash:
        raise UsageError(f"two input partitions would write the same output file: {', '.join(clash)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    pairs = [(str(p.resolve()), str((out_dir / n).resolve())) for p, n in zip(files, names)]
    options = {
        "model": str(model or DEFAULT_MODEL),
        "batch_size": batch_size,
        "max_chars": max_chars,
        "format": format,
        "resume": resume,
    }
    bag = db.from_sequence(pairs, npartitions=len(pairs)).map(_run_partition, options)
    return _compute(bag, scheduler, workers)


def _compute(bag: Any, scheduler: Any, workers: int) -> list[PartitionResult]:
    if isinstance(scheduler, str) and scheduler in ("sync", "synchronous", "threads", "processes"):
        return list(bag.compute(scheduler=scheduler))
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        return list(scheduler.compute(bag).result())
    if scheduler == "local":
        with LocalCluster(
            n_workers=max(workers, 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster, Client(cluster) as client:
            return list(client.compute(bag).result())
    with Client(scheduler) as client:
        return list(client.compute(bag).result())


def extract_dask(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    output_dir: str | os.PathLike[str],
    *,
    scheduler: Any = "local",
    model: str | None = None,
    workers: int = 2,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    format: Format = "auto",
    resume: bool = False,
) -> Summary:
    """Analyse JSONL partitions on Dask into ``output_dir/<partition>.jsonl``; a summary of all.

    ``scheduler``: ``"local"`` (a ``LocalCluster`` of ``workers`` processes, one thread
    each), a scheduler address (``"tcp://host:8786"``), a ``distributed.Client``, or a
    local Dask scheduler name (``"sync"``, ``"processes"``).
    """
    start = time.monotonic()
    results = run_partitions(
        inputs,
        output_dir,
        scheduler=scheduler,
        model=model,
        workers=workers,
        batch_size=batch_size,
        max_chars=max_chars,
        format=format,
        resume=resume,
    )
    total = Summary()
    for result in results:
        part = result.summary
        total.articles += part.articles
        total.words += part.words
        total.failed += part.failed
        total.skipped += part.skipped
        total.skipped_failed += part.skipped_failed
        total.repaired_bytes += part.repaired_bytes
        total.cpu_seconds += part.cpu_seconds
        for pid, rss in part.peak_rss.items():
            total.peak_rss[pid] = max(total.peak_rss.get(pid, 0), rss)
    total.seconds = time.monotonic() - start
    return total


__all__ = ["extract_dask", "run_partitions", "worker_pipeline", "partitions", "PartitionResult"]
