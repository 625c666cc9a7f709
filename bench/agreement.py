"""Inter-annotator agreement: how far two careful annotators agree under the guidelines.

Some gold articles were annotated a second time, independently (the second annotator never saw
the first annotation or pemilu_nlp's output; ``annotations/agreement/second-*.jsonl``). The
first annotation is the gold we measure on: ``../shared/data/gold/dev.jsonl`` for the official
articles, ``annotations/news-tune*.jsonl`` for ours. This script scores, with the project's
referee, per batch of second annotations and per group of articles (official / ours / all):

- ``second vs first``: the second annotation as a system against the first as gold, and the
  reverse (``first vs second``). A system outputs no ``optional`` records, so the side that
  plays the system keeps only its required ones; the gold side's optional records are neither
  rewarded nor punished, as always. F1 is not symmetric under that rule, so both directions
  are printed;
- ``system vs first`` / ``system vs second``: the shipped pipeline end to end against each.

Agreement is the ceiling that a gold set annotated this way can show for a system: a system
that scores as well as the second annotator is as good as this gold can tell.

    python bench/agreement.py
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_relations import SHARED, TYPES, article_dates, registered_components, run_pipeline  # noqa: E402

from pemilu_nlp.training.gold import read_jsonl, restore_standoffs  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SECOND = REPO / "annotations" / "agreement"
NEWS = SHARED / "data" / "news"
FIGURES = ("entities.ALL", *(f"relations.{t}" for t in TYPES))
ATTRIBUTES = ("attendance.location", "attendance.date", "affiliation.role")


def referee():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def first_annotations(ids: set[str]) -> dict[str, dict[str, Any]]:
    """The first annotations of ``ids`` by id: the official gold and our stand-off news files
    (only those articles' text is read back from the corpus)."""
    out = {d["id"]: {**d, "group": "official"} for d in read_jsonl(SHARED / "data" / "gold" / "dev.jsonl") if d["id"] in ids}
    ours = [s for path in sorted((REPO / "annotations").glob("news-*.jsonl")) for s in read_jsonl(path) if s["id"] in ids]
    out.update({d["id"]: {**d, "group": "ours"} for d in restore_standoffs(ours, NEWS)})
    return out


def as_system(doc: dict[str, Any]) -> dict[str, Any]:
    """An annotation playing the system: its required records only."""
    return {**doc, "relations": [r for r in doc["relations"] if not r.get("optional")]}


def row(result: dict[str, Any]) -> str:
    cells = [f"{result[k][2]:.3f}" for k in FIGURES]
    cells += [f"{result[f'attribute.{a}']:.3f}" if f"attribute.{a}" in result else "  -  " for a in ATTRIBUTES]
    return "  ".join(f"{c:>8}" for c in cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--second", type=Path, default=SECOND, help="folder of the second annotations (second-*.jsonl)")
    parser.add_argument("--no-system", action="store_true", help="agreement only, without running the pipeline")
    args = parser.parse_args(argv)
    if not (SHARED / "data" / "news").is_dir():
        print(f"needs ../shared (the article text): {SHARED} not found", file=sys.stderr)
        return 2
    files = sorted(args.second.glob("second-*.jsonl"))
    if not files:
        print(f"no second annotations in {args.second}", file=sys.stderr)
        return 2
    standoffs = [(path.stem.removeprefix("second-"), s) for path in files for s in read_jsonl(path)]
    batch = {s["id"]: name for name, s in standoffs}
    seconds = {d["id"]: d for d in restore_standoffs([s for _, s in standoffs], NEWS)}
    firsts = first_annotations(set(seconds))
    missing = sorted(set(seconds) - set(firsts))
    if missing:
        print(f"second annotations without a first one: {missing}", file=sys.stderr)
        return 2
    score = referee().score
    systems: dict[str, dict[str, Any]] = {}
    if not args.no_system:
        golds = [firsts[i] for i in sorted(seconds)]
        out = run_pipeline(golds, registered_components(), article_dates(set(seconds)))
        systems = {d["id"]: d for d in out}

    header = "  ".join(f"{h:>8}" for h in ("entities", *TYPES, "location", "date", "role"))
    print(f"{'':28s}{header}")
    for group in (*sorted(set(batch.values())), "official", "ours", "all"):
        ids = sorted(i for i in seconds if group in ("all", firsts[i]["group"], batch[i]))
        if not ids:
            continue
        first = {i: firsts[i] for i in ids}
        second = {i: seconds[i] for i in ids}
        print(f"== {group}: {len(ids)} articles")
        print(f"{'  second vs first':28s}{row(score(first, {i: as_system(d) for i, d in second.items()}))}")
        print(f"{'  first vs second':28s}{row(score(second, {i: as_system(d) for i, d in first.items()}))}")
        if systems:
            print(f"{'  system vs first':28s}{row(score(first, systems))}")
            print(f"{'  system vs second':28s}{row(score(second, systems))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
