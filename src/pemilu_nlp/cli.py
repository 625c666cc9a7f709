"""Command line (see shared/spec/README.md).

- ``pemilu-nlp extract INPUT [-o OUTPUT]``: articles -> JSONL documents, one per input
  article in input order (``--workers``, ``--resume``, ``--dask``).
- ``pemilu-nlp tables OUTPUT.jsonl -o DIR``: documents -> entity and relation tables.

Exit status: 0 success; 1 some articles failed (their documents carry ``error``);
2 usage error (missing file, bad option, an output we cannot resume); 130 interrupted.
Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool

from . import __version__
from .reader import FORMATS


def _extract(args: argparse.Namespace) -> int:
    from .batch import run_extract

    return run_extract(args)


def _tables(args: argparse.Namespace) -> int:
    from .tables import run_tables

    return run_tables(args)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pemilu-nlp", description="Structured facts from Indonesian news articles."
    )
    parser.add_argument("--version", action="version", version=f"pemilu-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser(
        "extract",
        help="analyse articles into JSONL documents",
        description="Analyse articles into JSONL documents, one per input article, in input order. "
        "Bad input lines become documents with an 'error' field; the exit status is 1 when any failed.",
    )
    ex.add_argument(
        "input",
        nargs="+",
        help="a .txt file (one article), .jsonl or .jsonl.gz (one per line), or - for stdin text; "
        "with --dask, several JSONL partitions (or a directory of them)",
    )
    ex.add_argument("-o", "--output", default="-", help="JSONL output file (default: standard output); with --dask, a directory")
    ex.add_argument("--model", default=None, help="model name or pipeline directory (default: the shipped model)")
    ex.add_argument("--html", metavar="DIR", default=None,
                    help="also write one HTML page per article, plus index.html, into DIR")
    ex.add_argument("--backend", choices=("spacy", "stanza"), default="spacy",
                    help="tokenizer, tagger and parser: spaCy (default) or stanza (needs pemilu-nlp[stanza] and --stanza-dir)")
    ex.add_argument("--stanza-dir", metavar="PATH", default=None,
                    help="stanza model directory, as made by stanza.download('id', model_dir=PATH); nothing is downloaded")
    ex.add_argument(
        "-w", "--workers", type=int, default=None,
        help="processes to analyse with (0: one per CPU; default 1, or one per CPU with --dask local)",
    )
    ex.add_argument("--batch-size", type=_positive, default=32, help="articles per batch sent to a worker")
    ex.add_argument("--max-chars", type=_positive, default=None, help="articles longer than this become error documents (default 1,000,000)")
    ex.add_argument("--input-format", choices=FORMATS, default="auto", help="how to read INPUT (default: by file name; stdin is text)")
    ex.add_argument(
        "--resume",
        action="store_true",
        help="keep the documents already in OUTPUT (cutting off a torn last line) and analyse only the rest",
    )
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    ex.add_argument(
        "--dask",
        metavar="SCHEDULER",
        default=None,
        help="run on Dask: 'local' (a local cluster of --workers processes) or a scheduler address (tcp://host:8786)",
    )
    ex.set_defaults(func=_extract)

    tb = sub.add_parser(
        "tables",
        help="turn extract output into entity and relation tables",
        description="One table per record type (entities, affiliations, attendances, quotes, documents), "
        "one row per record, as Parquet or CSV files in DIR. Needs pandas and pyarrow (pip install 'pemilu-nlp[tables]').",
    )
    tb.add_argument("input", help="JSONL output of pemilu-nlp extract")
    tb.add_argument("-o", "--output", required=True, help="directory to write the tables into")
    tb.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    tb.set_defaults(func=_tables)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .batch import UsageError

    try:
        return int(args.func(args))
    except BrokenPipeError:
        # the reader of stdout went away (| head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except BrokenProcessPool:
        print("pemilu-nlp: a worker process died (out of memory?); the output so far is complete, "
              "finish it with --resume", file=sys.stderr)
        return 1
    except (OSError, UsageError, ImportError) as err:
        # a missing file, a full disk, an output we cannot resume, an optional extra not installed
        print(f"pemilu-nlp: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pemilu-nlp: interrupted; the output so far is complete, finish it with --resume", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
