"""Command line: ``pemilu-nlp extract INPUT [-o OUTPUT]`` (see shared/spec/README.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__


def _extract(args: argparse.Namespace) -> int:
    from .batch import run_extract

    return run_extract(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pemilu-nlp", description="Structured facts from Indonesian news articles."
    )
    parser.add_argument("--version", action="version", version=f"pemilu-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="analyse articles into JSONL documents")
    ex.add_argument("input", help="a .txt file (one article), .jsonl or .jsonl.gz (one per line), or - for stdin text")
    ex.add_argument("-o", "--output", default="-", help="JSONL output file (default: standard output)")
    ex.add_argument("--model", default=None, help="model name or pipeline directory (default: the shipped model)")
    ex.add_argument("--batch-size", type=int, default=32)
    ex.add_argument("--max-chars", type=int, default=None, help="articles longer than this become error documents")
    ex.set_defaults(func=_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except FileNotFoundError as err:
        print(f"pemilu-nlp: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pemilu-nlp: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
