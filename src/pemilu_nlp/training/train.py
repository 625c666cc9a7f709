"""Reproduce the shipped NER model from the public data and our tune articles: one command.

    python -m pemilu_nlp.training.train            # data -> vectors -> NER -> package
    python -m pemilu_nlp.training.train --folds    # also the 5 NER-UI fold models (evaluation)

Steps (outputs under ``training/``, git-ignored):

1. ``ner_data.build``      -> training/corpus/*.spacy; ``gold_ner.build`` -> the sentences
   of the gold news articles we develop on (tune parts only, never the held-out ones),
   read beside the public sets (``gold_ner.training_dir``), and those of the dev tune
   batches (``gold_ner.DEV_BATCHES``), kept out of training to pick the checkpoint
2. ``vectors.train_vectors`` -> training/vectors/spacy (floret, skipped if present)
3. ``spacy train configs/ner.cfg`` -> training/models/ner/model-best (checkpoint
   picked on the in-domain dev sentences of step 1)
4. ``package.package``     -> models/pemilu_id_core

Training runs on one thread (the machine is shared; spaCy's CNN does not gain much
from more) and is capped by ``max_steps`` in the config.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from . import gold_ner
from .ner_data import CORPUS, N_FOLDS, WORK

CONFIG = Path(__file__).parent / "configs" / "ner.cfg"
MODELS = WORK / "models"
VECTORS = WORK / "vectors" / "spacy"


def train_ner(
    name: str,
    train: Path,
    dev: Path = CORPUS / "dev.spacy",
    *,
    vectors: Path | None = VECTORS,
    overrides: dict[str, str] | None = None,
) -> Path:
    """Train one NER model with ``configs/ner.cfg``; returns its ``model-best`` directory."""
    out = MODELS / name
    args = {
        "paths.train": str(train),
        "paths.dev": str(dev),
        "paths.vectors": str(vectors) if vectors else "null",
        "components.tok2vec.model.embed.include_static_vectors": "true" if vectors else "false",
        **(overrides or {}),
    }
    cmd = [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(out)]
    for key, value in args.items():
        cmd += [f"--{key}", value]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    with open(out / "train.log", "w") as log:
        subprocess.run(cmd, check=True, stdout=log, stderr=subprocess.STDOUT, env=env)
    (out / "train_seconds.txt").write_text(f"{time.time() - t0:.0f}\n")
    print(f"{name}: trained in {time.time() - t0:.0f}s -> {out}", file=sys.stderr)
    return out / "model-best"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train and package the pemilu_id_core NER pipeline.")
    parser.add_argument("--folds", action="store_true", help="also train the 5 NER-UI fold models")
    parser.add_argument(
        "--only", choices=["ner", "folds", "ablations"],
        help="run one stage on existing data/vectors: the main model, the fold models, or the ablations",
    )
    parser.add_argument("--fold-steps", default="3000", help="max_steps of each fold model (reduced budget)")
    parser.add_argument("--fresh-vectors", action="store_true", help="retrain the floret vectors even if present")
    args = parser.parse_args(argv)

    def folds() -> None:
        # the shipped recipe (public sets + our tune articles), each without its NER-UI test part
        news = gold_ner.build()
        for k in range(1, N_FOLDS + 1):
            corpus = gold_ner.training_dir(CORPUS / f"train_fold{k}.spacy", news, CORPUS.parent / f"corpus_fold{k}")
            train_ner(f"fold{k}", corpus, CORPUS / f"nerui_dev_{k}.spacy", overrides={"training.max_steps": args.fold_steps})

    if args.only == "ner":
        train_ner("ner", gold_ner.training_dir(news=gold_ner.build()), gold_ner.DEV)
        return
    if args.only == "folds":
        folds()
        return
    if args.only == "ablations":
        train_ner("ner_novectors", CORPUS / "train.spacy", vectors=None)
        train_ner("ner_nerp", CORPUS / "train_nerp.spacy")
        return

    from . import ner_data, package, vectors

    ner_data.build()
    if args.fresh_vectors or not (VECTORS / "config.cfg").exists():
        vectors.train_vectors()  # ~25 min on a busy 2-core machine; deterministic (1 thread)
    # the public sets plus the gold news articles we develop on (never the held-out ones)
    model = train_ner("ner", gold_ner.training_dir(news=gold_ner.build()), gold_ner.DEV)
    if args.folds:
        folds()
    package.package(model)


if __name__ == "__main__":
    main()
