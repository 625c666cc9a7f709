"""Entity figures of the NER pipeline, measured by the project's referee (``shared/tools/score.py``).

    python -m pemilu_nlp.training.evaluate                 # shipped model, every set
    python -m pemilu_nlp.training.evaluate --sets idner    # some sets only
    python -m pemilu_nlp.training.evaluate --model DIR     # another pipeline directory

Sets:
- ``idner``   idner-news-2k test
- ``nergrit`` NERGrit test
- ``nerui``   IndoLEM NER-UI, mean of the 5 folds; each fold is run by its own
              model (``training/models/foldK``, trained without that fold's test
              part) assembled with the same rule components as the shipped pipeline
- ``dbpedia`` DBpedia-NER gold standard (Luthfi et al. 2014; IO tags, so each run of
              one label counts as one entity): an extra set, evaluation only
- ``gold``    the 55 hand-annotated news articles (all, and the 20 held-out ones
              that no rule or model was tuned on), our own held-out annotated news
              articles (``annotations/news-heldout*.jsonl``) and the seed article

The NER test files become documents with ``shared/tools/derive_gold.py ner`` (10
sentences a document, tokens joined by spaces); the pipeline reads the *text*, so
tokenisation and sentence errors count, as they would in use.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any



from ..pipeline import Pipeline, load
from .gold import gold_split, news_documents, read_jsonl
from .ner_data import N_FOLDS, SHARED, data
from .train import MODELS

LABELS = ("ALL", "PER", "ORG", "LOC")
TOOLS = SHARED / "tools"


def derive_ner(path: Path) -> list[dict[str, Any]]:
    out = subprocess.run(
        [sys.executable, str(TOOLS / "derive_gold.py"), "ner", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def derive_io(path: Path) -> list[dict[str, Any]]:
    """``derive_ner`` for a file in the IO scheme (``Person``/``Place``/``Organisation``, no B-/I-):
    each maximal run of one label becomes one entity (adjacent entities of one type cannot be
    told apart there, so this is the best reading of the file)."""
    labels = {"Person": "PER", "Place": "LOC", "Organisation": "ORG"}
    lines, previous = [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            lines.append("")
            previous = None
            continue
        word, _, tag = raw.rstrip("\r").rpartition("\t")
        label = labels.get(tag.strip())
        lines.append(f"{word}\t{'O' if label is None else ('I-' if label == previous else 'B-') + label}")
        previous = label
    with tempfile.TemporaryDirectory() as tmp:
        bio = Path(tmp, path.name)
        bio.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return derive_ner(bio)


def run(nlp: Pipeline, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    articles = ({"id": g["id"], "text": g["text"], **({"date": g["meta"]["date"]} if g.get("meta", {}).get("date") else {})}
                for g in gold)
    return [doc.model_dump(mode="json") for doc in nlp.pipe(articles, batch_size=64)]


def score(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> dict[str, Any]:
    """score.py's figures (``entities.LABEL`` -> [P, R, F1])."""
    with tempfile.TemporaryDirectory() as tmp:
        g, s = Path(tmp, "gold.jsonl"), Path(tmp, "system.jsonl")
        for path, docs in ((g, gold), (s, system)):
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        out = subprocess.run([sys.executable, str(TOOLS / "score.py"), str(g), str(s), "--json"],
                             check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def evaluate(nlp: Pipeline, gold: list[dict[str, Any]]) -> dict[str, list[float]]:
    result = score(gold, run(nlp, gold))
    return {label: result[f"entities.{label}"] for label in LABELS}


def mean(results: Iterable[dict[str, list[float]]]) -> dict[str, list[float]]:
    results = list(results)
    return {label: [sum(r[label][i] for r in results) / len(results) for i in range(3)] for label in LABELS}


def fold_pipeline(k: int) -> Pipeline:
    from .package import assemble

    return Pipeline(assemble(MODELS / f"fold{k}" / "model-best"))


def report(name: str, figures: dict[str, list[float]], note: str = "") -> None:
    cells = "  ".join(f"{label} {p * 100:5.1f}/{r * 100:5.1f}/{f * 100:5.1f}" for label, (p, r, f) in figures.items())
    print(f"{name:24s} {cells}{('  ' + note) if note else ''}", flush=True)


def main(argv: list[str] | None = None) -> dict[str, dict[str, list[float]]]:
    parser = argparse.ArgumentParser(description="Entity P/R/F1 per label (score.py).")
    parser.add_argument("--model", default=None, help="pipeline name or directory (default: the shipped one)")
    parser.add_argument("--sets", nargs="*", default=["idner", "nergrit", "nerui", "gold", "dbpedia"],
                        choices=["idner", "nergrit", "nerui", "gold", "dbpedia"])
    parser.add_argument("--exclude", nargs="*", default=[], help="components to leave out, e.g. the rules")
    args = parser.parse_args(argv)

    nlp = load(args.model, exclude=args.exclude) if args.model else load(exclude=args.exclude)
    print(f"pipeline: {nlp.pipe_names}")
    print(f"{'set':24s} " + "  ".join(f"{label} P/R/F1" + " " * 10 for label in LABELS))
    out: dict[str, dict[str, list[float]]] = {}
    if "idner" in args.sets:
        out["idner_test"] = evaluate(nlp, derive_ner(data("idner-news-2k", "test.txt")))
        report("idner-news-2k test", out["idner_test"])
    if "nergrit" in args.sets:
        out["nergrit_test"] = evaluate(nlp, derive_ner(data("nergrit", "test_preprocess.txt")))
        report("NERGrit test", out["nergrit_test"])
    if "nerui" in args.sets:
        folds = []
        for k in range(1, N_FOLDS + 1):
            if not (MODELS / f"fold{k}" / "model-best" / "config.cfg").exists():
                continue
            fold_nlp = fold_pipeline(k)
            for name in args.exclude:
                if name in fold_nlp.spacy.pipe_names:
                    fold_nlp.spacy.remove_pipe(name)
            folds.append(evaluate(fold_nlp, derive_ner(data("indolem-nerui", f"test.{k:02d}.tsv"))))
            report(f"NER-UI fold {k}", folds[-1])
        if folds:
            out["nerui_mean"] = mean(folds)
            report(f"NER-UI mean ({len(folds)} folds)", out["nerui_mean"])
        else:
            print("NER-UI: no fold models (run python -m pemilu_nlp.training.train --only folds)")
    if "gold" in args.sets:
        gold = list(read_jsonl(data("gold", "dev.jsonl")))
        out["gold_dev"] = evaluate(nlp, gold)
        report("gold dev (55 articles)", out["gold_dev"], "the first 35 are tune articles: trained on")
        out["gold_heldout"] = evaluate(nlp, gold_split(gold)[1])
        report("gold held-out (20)", out["gold_heldout"])
        news = news_documents("news-heldout", SHARED / "data" / "news")
        if news:
            out["news_heldout"] = evaluate(nlp, news)
            report(f"news held-out ({len(news)})", out["news_heldout"], "annotations/news-heldout*.jsonl")
        seed = list(read_jsonl(SHARED / "spec" / "examples" / "seed-article.gold.jsonl"))
        out["seed"] = evaluate(nlp, seed)
        report("seed article", out["seed"])
    if "dbpedia" in args.sets:
        out["dbpedia"] = evaluate(nlp, derive_io(data("dbpedia-ner-gold", "goldstandard-0811.txt")))
        report("DBpedia-NER gold (IO)", out["dbpedia"], "Wikipedia text; no split, never trained on")
    return out


if __name__ == "__main__":
    main()
