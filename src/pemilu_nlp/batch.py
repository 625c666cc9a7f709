"""Running the pipeline over a corpus: one output document per input article, in order.

Guarantees of :func:`extract` (what ``pemilu-nlp extract`` runs):

- **One document per input item.** A reader item is an article or an input error; an
  error becomes an error document (``error`` + ``meta.line``) in its place, and so
  does an article the pipeline raises on. Every output document carries the input
  line number as ``meta.line`` (the CLI reserves that key).
- **Input order within a run.** Workers analyse batches in parallel, but results are
  written in submission order.
- **Lossless and resumable.** Each document is written as one line and flushed at
  once, so a run killed at any moment (even by SIGKILL) leaves complete lines plus at
  most one torn last line. ``resume=True`` cuts the torn line off, skips the articles
  already in the output (matched by ``id``, or by line number for articles without
  one; a repeated id is matched as often as it occurs) and appends the rest, in input
  order. With an unchanged input the final file is therefore exactly the file an
  uninterrupted run writes.

Parallelism is our own process pool rather than ``nlp.pipe(n_process=...)``: each
worker reads nothing and returns finished JSON lines, so building the ``Document``
(pydantic validation) and serialising it also run in parallel; with spaCy's
``n_process`` the main process turns every ``Doc`` into a ``Document`` alone and
becomes the bottleneck (see bench/bench_batch.py for the measurement).
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import resource
import shutil
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO

from spacy.util import minibatch

from .document import Document
from .pipeline import DEFAULT_MODEL, Pipeline, load, model_path
from .reader import DEFAULT_MAX_CHARS, Article, Format, InputError, Item, count_articles, read_articles

Key = tuple[str, Any]


class UsageError(Exception):
    """A problem with the command, not with an article (missing file, unreadable output...)."""


# --------------------------------------------------------------------------- analysis


def analyse(nlp: Pipeline, items: Iterable[Item], *, batch_size: int = 32) -> Iterator[Document]:
    """Documents for a stream of reader items, in input order; errors become error documents."""
    for batch in minibatch(items, batch_size):
        yield from _analyse_batch(nlp, batch, batch_size)


def _record(article: Article) -> dict[str, Any]:
    return {**article.meta, "text": article.text, "id": article.id, "line": article.line}


def _error_document(item: InputError) -> Document:
    return Document.failed(item.reason, id=item.id, meta={"line": item.line})


def _analyse_batch(nlp: Pipeline, items: list[Item], batch_size: int) -> list[Document]:
    articles = [a for a in items if isinstance(a, Article)]
    try:
        done = iter(list(nlp.pipe((_record(a) for a in articles), batch_size=batch_size)))
    except Exception:  # one bad article spoils spaCy's batch: redo one by one to isolate it
        done = iter([_analyse_one(nlp, a) for a in articles])
    return [_error_document(item) if isinstance(item, InputError) else next(done) for item in items]


def _analyse_one(nlp: Pipeline, article: Article) -> Document:
    try:
        return next(iter(nlp.pipe([_record(article)], batch_size=1)))
    except Exception as err:  # noqa: BLE001 - any pipeline failure becomes this article's error document
        reason = f"line {article.line}: analysis failed ({type(err).__name__}: {str(err)[:300]})"
        return Document.failed(reason, id=article.id, meta={"line": article.line})


@dataclass(slots=True)
class Written:
    """One output line with what the summary needs to know about it."""

    json: str
    words: int
    failed: bool


@dataclass(slots=True)
class BatchResult:
    lines: list[Written]
    pid: int
    peak_rss: int  # bytes, of the process that analysed the batch
    cpu: float  # CPU seconds the batch took (a fair cost measure on a busy machine)


def _peak_rss() -> int:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value if sys.platform == "darwin" else value * 1024


def analyse_lines(nlp: Pipeline, items: list[Item], batch_size: int) -> BatchResult:
    """Analyse a batch into finished JSONL lines (what a worker sends back)."""
    cpu = time.process_time()
    lines = []
    for item, doc in zip(items, _analyse_batch(nlp, items, batch_size)):
        words = len(item.text.split()) if isinstance(item, Article) else 0
        lines.append(Written(doc.to_json(), words, doc.error is not None))
    return BatchResult(lines, os.getpid(), _peak_rss(), time.process_time() - cpu)


_WORKER: dict[str, Any] = {}


def _init_worker(model: str, batch_size: int) -> None:
    # Ctrl-C is the main process's to handle (it stops submitting and lets running batches end);
    # a worker interrupted mid-batch would only print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["nlp"] = load(model)
    _WORKER["batch_size"] = batch_size


def _worker_batch(items: list[Item]) -> BatchResult:
    return analyse_lines(_WORKER["nlp"], items, _WORKER["batch_size"])


def _mp_context() -> multiprocessing.context.BaseContext:
    # fork starts a worker in milliseconds with spaCy already imported (as spaCy's own
    # n_process does on Linux); elsewhere only spawn is safe
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def run_batches(
    items: Iterable[Item], *, model: str, workers: int, batch_size: int, nlp: Pipeline | None = None
) -> Iterator[BatchResult]:
    """Results of every batch of ``items``, in input order, from ``workers`` processes."""
    if workers <= 1:
        nlp = nlp or load(model)
        for batch in minibatch(items, batch_size):
            yield analyse_lines(nlp, batch, batch_size)
        return
    # a bounded window of batches in flight: memory stays flat on any corpus size
    window: deque[Future[BatchResult]] = deque()
    with ProcessPoolExecutor(workers, mp_context=_mp_context(), initializer=_init_worker, initargs=(model, batch_size)) as pool:
        try:
            for batch in minibatch(items, batch_size):
                window.append(pool.submit(_worker_batch, batch))
                if len(window) > 2 * workers:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            for future in window:
                future.cancel()


# --------------------------------------------------------------------------- output and resume


def item_key(doc_id: str | None, line: int | None) -> Key:
    """What identifies an article across runs: its id, or its input line when it has none."""
    return ("id", doc_id) if doc_id is not None else ("line", line)


@dataclass
class Done:
    """What an existing output already holds (for ``--resume``)."""

    keys: Counter[Key] = field(default_factory=Counter)
    documents: int = 0
    failed: int = 0
    repaired_bytes: int = 0

    def take(self, key: Key) -> bool:
        """True (and count it used) when an article with this key is already in the output."""
        if self.keys[key] > 0:
            self.keys[key] -= 1
            return True
        return False


def scan_output(path: str) -> Done:
    """Read an output file to resume: complete documents, and cut off a torn last line.

    A run killed mid-write leaves at most its last line incomplete (no newline). That
    line is removed; any other line that is not a JSON document means the file is not
    ours, and we refuse to append to it.
    """
    done = Done()
    if not os.path.exists(path):
        return done
    good = 0  # byte offset after the last complete line
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.endswith(b"\n"):
                done.repaired_bytes = len(raw)
                break
            try:
                data = json.loads(raw)
                if not isinstance(data, dict):
                    raise ValueError("not an object")
            except ValueError as err:
                raise UsageError(
                    f"cannot resume: line {number} of {path} is not a JSON document ({err}); "
                    "is this an output of pemilu-nlp extract?"
                ) from None
            meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
            done.keys[item_key(data.get("id"), meta.get("line"))] += 1
            done.documents += 1
            done.failed += data.get("error") is not None
            good += len(raw)
    if done.repaired_bytes:
        os.truncate(path, good)
    return done


def _open_output(path: str, append: bool) -> BinaryIO:
    if path == "-":
        return sys.stdout.buffer
    return open(path, "ab" if append else "wb")


# --------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress display on a terminal: done/total, articles/s, words/s, ETA.

    Written by hand (a dozen lines) rather than pulling in tqdm; silent when disabled.
    """

    def __init__(self, total: int | None, *, stream: IO[str] = sys.stderr, enabled: bool = True, interval: float = 0.2):
        self.total, self.stream, self.enabled, self.interval = total, stream, enabled, interval
        self.start = self.shown = time.monotonic()
        self.articles = self.words = 0

    def advance(self, articles: int, words: int) -> None:
        self.articles += articles
        self.words += words
        now = time.monotonic()
        if self.enabled and now - self.shown >= self.interval:
            self.shown = now
            self._draw(now)

    def line(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        rate = self.articles / elapsed
        parts = [f"{self.articles:,}" + (f"/{self.total:,} articles" if self.total else " articles")]
        if self.total:
            parts.append(f"{min(self.articles / self.total, 1):.0%}")
        parts += [f"{rate:,.1f} articles/s", f"{self.words / elapsed:,.0f} words/s"]
        if self.total and rate > 0:
            left = max(self.total - self.articles, 0) / rate
            parts.append(f"ETA {int(left // 3600)}:{int(left // 60 % 60):02d}:{int(left % 60):02d}")
        return "  ".join(parts)

    def _draw(self, now: float) -> None:
        width = shutil.get_terminal_size((80, 20)).columns - 1
        self.stream.write("\r" + self.line(now)[:width].ljust(width))
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (shutil.get_terminal_size((80, 20)).columns - 1) + "\r")
            self.stream.flush()


# --------------------------------------------------------------------------- the run


@dataclass
class Summary:
    articles: int = 0  # analysed (or failed) in this run
    words: int = 0
    failed: int = 0  # in this run
    skipped: int = 0  # already in the output (resume)
    skipped_failed: int = 0  # error documents already in the output: the run's outcome is still a failure
    repaired_bytes: int = 0
    seconds: float = 0.0
    peak_rss: dict[int, int] = field(default_factory=dict)  # pid -> bytes
    cpu_seconds: float = 0.0  # of every process: reading, analysis, writing (not model loading)

    @property
    def any_failed(self) -> bool:
        return bool(self.failed or self.skipped_failed)

    def text(self) -> str:
        secs = max(self.seconds, 1e-9)
        parts = [f"{self.articles:,} articles"]
        notes = [f"{self.failed:,} failed"]
        if self.skipped:
            notes.append(f"{self.skipped:,} already done" + (f", {self.skipped_failed:,} of them failed" if self.skipped_failed else ""))
        parts[0] += f" ({'; '.join(notes)})"
        parts.append(f"{self.words:,} words in {self.seconds:.1f} s: {self.words / secs:,.0f} words/s, {self.articles / secs:,.1f} articles/s")
        if self.peak_rss:
            parts.append(f"{len(self.peak_rss)} process(es), peak RSS {max(self.peak_rss.values()) / 2**20:,.0f} MB")
        if self.repaired_bytes:
            parts.append(f"cut a torn last line of {self.repaired_bytes:,} bytes")
        return "pemilu-nlp: " + "; ".join(parts)


def extract(
    input: str,
    output: str = "-",
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    format: Format = "auto",
    resume: bool = False,
    progress: bool = False,
    nlp: Pipeline | None = None,
) -> Summary:
    """Analyse ``input`` into the JSONL file ``output``; see the module docstring for the guarantees.

    ``model`` is loaded in each worker process; with ``workers=1`` an already loaded
    ``nlp`` may be passed instead. ``progress`` draws :class:`Progress` on stderr.
    """
    model = str(model or DEFAULT_MODEL)
    if resume and output == "-":
        raise UsageError("--resume needs an output file (-o), not standard output")
    if output != "-" and input != "-" and os.path.exists(output) and os.path.samefile(input, output):
        raise UsageError(f"the output {output} is the input: it would be overwritten while it is read")
    items = read_articles(input, max_chars=max_chars, format=format)  # raises FileNotFoundError now
    if nlp is None:
        model_path(model)  # a wrong model name fails here, once, not in every worker
    done = scan_output(output) if resume else Done()
    summary = Summary(repaired_bytes=done.repaired_bytes, skipped_failed=done.failed)

    def todo() -> Iterator[Item]:
        for item in items:
            if done.take(item_key(item.id, item.line)):
                summary.skipped += 1
            else:
                yield item

    total = count_articles(input, format=format) if progress else None
    bar = Progress(None if total is None else max(total - done.documents, 0), enabled=progress)
    start, main_cpu = time.monotonic(), time.process_time()
    out = _open_output(output, append=resume)
    try:
        for result in run_batches(todo(), model=model, workers=workers, batch_size=batch_size, nlp=nlp):
            for written in result.lines:
                out.write(written.json.encode("utf-8") + b"\n")
                out.flush()  # per document: a kill loses at most the line being written
                summary.articles += 1
                summary.words += written.words
                summary.failed += written.failed
            summary.peak_rss[result.pid] = max(summary.peak_rss.get(result.pid, 0), result.peak_rss)
            if result.pid != os.getpid():  # in-process batches are in the main process's own time
                summary.cpu_seconds += result.cpu
            bar.advance(len(result.lines), sum(w.words for w in result.lines))
    finally:
        bar.close()
        summary.seconds = time.monotonic() - start
        summary.cpu_seconds += time.process_time() - main_cpu
        if out is not sys.stdout.buffer:
            out.close()
    if workers > 1:  # the main process reads and writes: count it too
        summary.peak_rss[os.getpid()] = _peak_rss()
    return summary


def run_extract(args: argparse.Namespace) -> int:
    """``pemilu-nlp extract``: exit 0 when every article was analysed, 1 when any failed."""
    quiet = getattr(args, "quiet", False)
    cpus = os.cpu_count() or 1
    if args.workers is None:
        args.workers = cpus if getattr(args, "dask", None) == "local" else 1
    workers = args.workers if args.workers > 0 else cpus
    html_dir = getattr(args, "html", None)
    if html_dir and args.output == "-":
        raise UsageError("--html reads the documents back from the output: give -o FILE")
    nlp = None
    if getattr(args, "backend", "spacy") == "stanza":
        # stanza (PyTorch) runs in this process only: its models are not shared across forks
        if getattr(args, "dask", None):
            raise UsageError("--backend stanza does not run under --dask")
        if workers > 1:
            raise UsageError("--backend stanza runs in one process: use --workers 1")
        nlp = load(args.model or DEFAULT_MODEL, backend="stanza", stanza_dir=args.stanza_dir)
    options = dict(
        model=args.model,
        workers=workers,
        batch_size=args.batch_size,
        max_chars=args.max_chars or DEFAULT_MAX_CHARS,
        format=args.input_format,
        resume=args.resume,
    )
    if getattr(args, "dask", None):
        from .distributed import extract_dask

        if args.output == "-":
            raise UsageError("--dask writes one file per partition: give an output directory with -o DIR")
        summary = extract_dask(args.input, args.output, scheduler=args.dask, **options)
    else:
        if len(args.input) != 1:
            raise UsageError("give one INPUT (several inputs are for --dask, one partition each)")
        summary = extract(
            args.input[0],
            args.output,
            nlp=nlp,
            # a bar on the terminal, unless the documents themselves are going to that terminal
            progress=not quiet and sys.stderr.isatty() and not (args.output == "-" and sys.stdout.isatty()),
            **options,
        )
    if not quiet:
        print(summary.text(), file=sys.stderr)
    if html_dir:
        from .display import write_html_pages
        from .tables import iter_documents

        outputs = sorted(Path(args.output).glob("*.jsonl")) if getattr(args, "dask", None) else [Path(args.output)]
        write_html_pages(itertools.chain.from_iterable(iter_documents(p) for p in outputs), html_dir)
    if summary.any_failed:
        print(
            f"pemilu-nlp: {summary.failed + summary.skipped_failed:,} article(s) failed; see the 'error' field",
            file=sys.stderr,
        )
        return 1
    return 0


__all__ = ["analyse", "extract", "run_extract", "scan_output", "Summary", "Progress", "UsageError"]
