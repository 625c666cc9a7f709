"""Train a tiny Indonesian stanza model set from a UD treebank, laid out like ``stanza.download``.

The stanza backend's tests need real stanza models, and CI cannot download any, so
the test suite trains its own with stanza's own training code (the same entry points
as ``python -m stanza.models.tokenizer`` etc.) on a few hundred sentences of UD
Indonesian-CSUI: tokenizer (with MWT output), MWT expander, POS tagger, lemmatizer
and dependency parser. Dimensions and steps are tiny so that the whole set trains in
well under a minute on two CPU cores; the models are poor, and only there to drive
the real code path (stanza.Pipeline -> our adapter -> spaCy Doc -> Document).

The output directory looks like what ``stanza.download("id", model_dir=DIR)`` writes
(``resources.json`` + ``id/<processor>/<package>.pt``), so ``load_stanza`` is tested
on exactly the layout users get from stanza. No pretrained word vectors: the tagger
and parser are trained with ``--no_pretrain``; the MWT expander and lemmatizer are
stanza's dictionary models (``--dict_only``), which are what stanza itself falls back
on for words seen in training.

Run as a script to make a model directory for the benchmark::

    python tests/stanza_fixtures/train_tiny.py ../shared/data/ud-id-csui/id_csui-ud-train.conllu /tmp/stanza-tiny
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

PACKAGE = "tiny"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")


def _conllu_sentences(path: Path) -> list[str]:
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    return [b.strip("\n") + "\n" for b in blocks if b.strip()]


def _write_conllu(path: Path, sentences: Sequence[str]) -> Path:
    path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    return path


def _tokenizer_data(conllu: Path, stem: Path) -> tuple[Path, Path, Path]:
    """Raw text, per-character labels and MWT table, as stanza's tokenizer trainer reads them."""
    from stanza.utils.datasets import prepare_tokenizer_data
    from stanza.utils.datasets.conllu_to_text import convert_text

    txt, labels, mwt = stem.with_suffix(".txt"), stem.with_suffix(".toklabels"), stem.with_suffix(".mwt.json")
    convert_text(str(conllu), str(txt))
    prepare_tokenizer_data.main([str(txt), str(conllu), "-o", str(labels), "-m", str(mwt)])
    return txt, labels, mwt


def _run(main: Callable[..., object], args: list[str]) -> None:
    main(args=args + ["--seed", "1234"])


def train_tiny(treebank: Path, out_dir: Path, *, n_train: int = 300, n_dev: int = 30) -> Path:
    """Train the five processors on the first ``n_train`` sentences of ``treebank``; return ``out_dir``."""
    import logging

    import torch

    logging.getLogger("stanza").setLevel(logging.WARNING)
    # tiny models train ~10x faster on one thread than on two contended ones
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        _train(treebank, Path(out_dir), n_train, n_dev)
    finally:
        torch.set_num_threads(threads)
    _write_resources(Path(out_dir))
    return Path(out_dir)


def _train(treebank: Path, out_dir: Path, n_train: int, n_dev: int) -> None:
    from stanza.models import lemmatizer, mwt_expander, parser, tagger, tokenizer

    sentences = _conllu_sentences(treebank)
    lang_dir = out_dir / "id"
    paths = {p: lang_dir / p / f"{PACKAGE}.pt" for p in PROCESSORS}
    for p in paths.values():
        p.parent.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="stanza-tiny-") as tmp_name:
        tmp = Path(tmp_name)
        train = _write_conllu(tmp / "train.conllu", sentences[:n_train])
        dev = _write_conllu(tmp / "dev.conllu", sentences[n_train : n_train + n_dev])
        txt, labels, mwt = _tokenizer_data(train, tmp / "train")
        dev_txt, dev_labels, _ = _tokenizer_data(dev, tmp / "dev")
        shorthand = ["--shorthand", "id_tiny"]
        common = ["--lang", "id", *shorthand]

        _run(tokenizer.main, common + [
            "--txt_file", str(txt), "--label_file", str(labels), "--mwt_json_file", str(mwt),
            "--dev_txt_file", str(dev_txt), "--dev_label_file", str(dev_labels), "--dev_conll_gold", str(dev),
            "--emb_dim", "16", "--hidden_dim", "32", "--steps", "300", "--eval_steps", "100000",
            "--batch_size", "16", "--max_seqlen", "80",
            "--save_dir", str(paths["tokenize"].parent), "--save_name", paths["tokenize"].name,
        ])
        _run(mwt_expander.main, common + [
            "--train_file", str(train), "--eval_file", str(dev), "--gold_file", str(dev), "--dict_only",
            "--save_dir", str(paths["mwt"].parent), "--save_name", paths["mwt"].name,
        ])
        _run(lemmatizer.main, shorthand + [  # (the lemmatizer takes no --lang)
            "--train_file", str(train), "--eval_file", str(dev), "--dict_only",
            "--save_dir", str(paths["lemma"].parent), "--save_name", paths["lemma"].name,
        ])
        small = ["--no_pretrain", "--word_emb_dim", "32", "--char_emb_dim", "16", "--char_hidden_dim", "32",
                 "--tag_emb_dim", "16", "--hidden_dim", "64", "--deep_biaff_hidden_dim", "64",
                 "--max_steps", "60", "--eval_interval", "60"]  # one dev evaluation, at the end (the tagger needs one)
        _run(tagger.main, common + small + [
            "--train_file", str(train), "--eval_file", str(dev), "--batch_size", "32",
            "--composite_deep_biaff_hidden_dim", "32", "--transformed_dim", "32",
            "--save_dir", str(paths["pos"].parent), "--save_name", paths["pos"].name,
        ])
        _run(parser.main, common + small + [
            "--train_file", str(train), "--eval_file", str(dev), "--batch_size", "800",
            "--deep_biaff_output_dim", "32", "--transformed_dim", "32",
            "--save_dir", str(paths["depparse"].parent), "--save_name", paths["depparse"].name,
        ])
    for checkpoint in lang_dir.glob("*/*_checkpoint.pt"):  # the parser's resumable state, not a model
        checkpoint.unlink()


def _write_resources(out_dir: Path) -> None:
    """A ``resources.json`` describing the tiny package as stanza's own index describes its models."""
    lang = {p: {PACKAGE: {}} for p in PROCESSORS}
    lang["lang_name"] = "Indonesian"
    lang["default_processors"] = {p: PACKAGE for p in PROCESSORS}
    lang["packages"] = {"default": {p: PACKAGE for p in PROCESSORS}}
    (out_dir / "resources.json").write_text(json.dumps({"id": lang}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(train_tiny(Path(sys.argv[1]), Path(sys.argv[2])))
