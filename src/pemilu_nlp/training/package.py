"""Assemble the shipped pipeline ``models/pemilu_id_core`` from the trained NER model.

    python -m pemilu_nlp.training.package                 # re-assemble (seconds)
    python -m pemilu_nlp.training.package --source DIR    # from another trained model

Order: our tokenizer, ``pemilu_sentences``, then the statistical ``tok2vec`` + ``ner``,
then the rule and relation components that exist at packaging time, in
``RULE_COMPONENTS`` order. Rules run after ``ner`` because they correct and complete
its spans (gazetteers, PER span hygiene) and the relations read the final entities.

Re-runnable: without a trained model under ``training/models/ner`` it re-sources
``tok2vec`` and ``ner`` from the currently shipped pipeline, so adding a new rule
component needs no retraining.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import shutil
import sys
import tempfile
from importlib.metadata import entry_points
from pathlib import Path

import spacy
from spacy.language import Language

from .. import __version__
from ..pipeline import DEFAULT_MODEL, models_dir
from ..tokenizer import build_tokenizer
from .train import MODELS

# Rule/relation components added after `ner`, in this order, when their factory exists.
RULE_COMPONENTS = (
    "pemilu_entity_rules",
    "pemilu_person_names",
    # quote first: affiliation and attendance read who the quotations' speakers are
    "pemilu_quote",
    "pemilu_affiliation",
    "pemilu_attendance",
)
# Subpackages whose modules register those factories (the entry points do the same
# for an installed package; importing covers modules not registered yet).
COMPONENT_PACKAGES = ("pemilu_nlp.entities", "pemilu_nlp.relations")
TRAINED = MODELS / "ner" / "model-best"
PIPE_BATCH_SIZE = 16


def import_components() -> None:
    for name in COMPONENT_PACKAGES:
        try:
            pkg = importlib.import_module(name)
        except ImportError:
            continue
        for mod in pkgutil.iter_modules(getattr(pkg, "__path__", [])):
            importlib.import_module(f"{name}.{mod.name}")


def assemble(source: Path) -> Language:
    """The shipped pipeline, built in memory from the ``tok2vec`` + ``ner`` of ``source``."""
    trained = spacy.load(source, exclude=[n for n in RULE_COMPONENTS] + ["pemilu_sentences"])
    missing = {"tok2vec", "ner"} - set(trained.pipe_names)
    if missing:
        raise ValueError(f"{source} has no {sorted(missing)} component")
    for name in list(trained.pipe_names):
        if name not in ("tok2vec", "ner"):
            trained.remove_pipe(name)
    nlp = trained
    # a saved pipeline keeps the tokenizer patterns of the day it was trained: ship today's rules
    nlp.tokenizer = build_tokenizer(nlp)
    nlp.add_pipe("pemilu_sentences", first=True)
    import_components()
    registered = {ep.name for ep in entry_points(group="spacy_factories")}
    for name in RULE_COMPONENTS:
        if not Language.has_factory(name):
            continue
        if name not in registered:
            # spacy.load() finds factories through the entry points only: shipping an
            # unregistered one would make the model unloadable
            print(f"skipping {name}: not in pyproject's spacy_factories entry points", file=sys.stderr)
            continue
        nlp.add_pipe(name)
    # floret sums ~20 hashed rows per token: a batch of long articles allocates
    # n_tokens x 20 x dim floats at once, so the default nlp.pipe batch stays small
    # (16 articles: ~300 MB peak RSS at full speed; spaCy's default 1000 would need GBs)
    nlp.batch_size = PIPE_BATCH_SIZE
    nlp.config["nlp"]["batch_size"] = PIPE_BATCH_SIZE
    # training-time paths mean nothing in the shipped copy
    for key in ("train", "dev", "vectors", "init_tok2vec"):
        nlp.config["paths"][key] = None
    nlp.meta.update(
        name="id_core",
        version=__version__,
        description=(
            "pemilu_nlp default pipeline: tokenizer, sentence splitter, CNN NER (PER/ORG/LOC) with floret "
            "vectors trained on Indonesian news, entity rules and relation components."
        ),
        sources=[
            "idner-news-2k (MIT)", "IndoLEM NER-UI", "NERGrit (IndoNLU)",
            "floret vectors: Indonesian news corpus (shared/data/news)",
        ],
        license="see the data sources' terms (shared/data/README.md)",
    )
    return nlp


def package(source: Path | None = None, out: Path | None = None) -> Path:
    """Write the shipped pipeline; returns its directory."""
    out = out or models_dir() / DEFAULT_MODEL
    if source is None:
        source = TRAINED if (TRAINED / "config.cfg").exists() else out
    nlp = assemble(source)  # fully in memory, so ``source`` may be ``out`` itself
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        staged = Path(tmp) / out.name
        nlp.to_disk(staged)
        if out.exists():
            shutil.rmtree(out)
        shutil.move(str(staged), out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 2**20
    print(f"packaged {nlp.pipe_names} from {source} -> {out} ({size:.1f} MB)", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Assemble models/pemilu_id_core.")
    parser.add_argument("--source", type=Path, help="trained spaCy model with tok2vec + ner")
    parser.add_argument("--out", type=Path, help="output directory (default: the shipped model)")
    args = parser.parse_args(argv)
    package(args.source, args.out)


if __name__ == "__main__":
    main()
