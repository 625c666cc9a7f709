"""Sentence-splitting figures, scored by the project's referee (``shared/tools/score.py``).

    .venv/bin/python bench/eval_sentences.py            # report table (test sets + gold)
    .venv/bin/python bench/eval_sentences.py --dev      # also the development sets
    .venv/bin/python bench/eval_sentences.py --errors gsd-dev   # show mismatches of one set

Gold for the UD treebanks is derived with ``shared/tools/derive_gold.py ud`` (documents of
20 sentence units joined by single spaces); our output comes from ``pipeline.blank()``
(tokenizer + ``pemilu_sentences``) through ``pipeline.to_document``, i.e. exactly what
users get. Some UD units hold two sentences, which the annotation guidelines split, so
the plain UD figure is capped below 1.0; the "single" column repeats the measurement on
the units that the heuristic of ``shared/data/README.md`` does not flag (sentence-final
punctuation, whitespace, then an upper-case letter or a quote), and "cap" is the F1
that a splitter following the guidelines perfectly would get on the plain UD figure
(every flagged unit split in two, everything else right).

Rules are developed on GSD dev, CSUI train and the tuning part of the gold articles
(``training.gold.gold_split``); the UD test files and the held-out gold articles are
only reported on. ``--errors`` refuses test sets for that reason.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PEMILU_SHARED", REPO.parent / "shared"))
TOOLS = SHARED / "tools"

# name -> (path under shared/data or spec, kind, role)
SETS: dict[str, tuple[str, str, str]] = {
    "gsd-test": ("data/ud-id-gsd/id_gsd-ud-test.conllu", "ud", "test"),
    "csui-test": ("data/ud-id-csui/id_csui-ud-test.conllu", "ud", "test"),
    "pud-test": ("data/ud-id-pud/id_pud-ud-test.conllu", "ud", "test"),
    "seed": ("spec/examples/seed-article.gold.jsonl", "gold", "test"),
    "gold-dev": ("data/gold/dev.jsonl", "gold", "dev"),
    "gold-heldout": ("data/gold/dev.jsonl", "gold-heldout", "test"),
    "gold-tune": ("data/gold/dev.jsonl", "gold-tune", "dev"),
    "gsd-dev": ("data/ud-id-gsd/id_gsd-ud-dev.conllu", "ud", "dev"),
    "csui-train": ("data/ud-id-csui/id_csui-ud-train.conllu", "ud", "dev"),
}
REPORT = ["gsd-test", "csui-test", "pud-test", "seed", "gold-dev", "gold-heldout"]
DEVELOP = ["gsd-dev", "csui-train", "gold-tune"]

# shared/data/README.md: a unit that holds two sentences
TWO_SENTENCES = re.compile(r"""[.!?]\s+[A-Z"“'‘]""")


def derive_ud(conllu: Path, single_only: bool) -> list[dict]:
    """Gold documents from derive_gold.py, optionally from the single-sentence units only."""
    source = conllu
    tmp = None
    if single_only:
        blocks = conllu.read_text(encoding="utf-8").split("\n\n")
        keep = []
        for block in blocks:
            m = re.search(r"^# text = (.*)$", block, re.M)
            if m and not TWO_SENTENCES.search(m.group(1).strip()):
                keep.append(block)
        tmp = tempfile.NamedTemporaryFile("w", suffix=".conllu", delete=False, encoding="utf-8")
        tmp.write("\n\n".join(keep) + "\n")
        tmp.close()
        source = Path(tmp.name)
    try:
        out = subprocess.run(
            [sys.executable, str(TOOLS / "derive_gold.py"), "ud", str(source)],
            check=True, capture_output=True, text=True,
        ).stdout
    finally:
        if tmp:
            os.unlink(tmp.name)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def gold_docs(name: str, single_only: bool = False) -> list[dict]:
    rel, kind, _ = SETS[name]
    path = SHARED / rel
    if kind == "ud":
        return derive_ud(path, single_only)
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if kind.startswith("gold-"):
        from pemilu_nlp.training.gold import gold_split

        tune, held = gold_split(docs)
        docs = tune if kind == "gold-tune" else held
    return docs


def system_docs(nlp, gold: list[dict]) -> list[dict]:
    from pemilu_nlp.pipeline import to_document

    out = []
    for g in gold:
        doc = to_document(nlp(g["text"]), id=g["id"])
        out.append({"id": g["id"], "text": g["text"], "sentences": [s.model_dump() if hasattr(s, "model_dump") else s
                                                                     for s in doc.sentences]})
    return out


def score(gold: list[dict], system: list[dict]) -> tuple[float, float, float]:
    """Sentence P/R/F1 from the referee."""
    with tempfile.TemporaryDirectory() as d:
        gp, sp = Path(d) / "gold.jsonl", Path(d) / "sys.jsonl"
        for path, docs in ((gp, gold), (sp, system)):
            path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in docs), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, str(TOOLS / "score.py"), str(gp), str(sp), "--json"],
            check=True, capture_output=True, text=True,
        ).stdout
    p, r, f = json.loads(out)["sentences"]
    return p, r, f


def boilerplate_agreement(gold: list[dict], system: list[dict]) -> str:
    """Boilerplate flag on the sentences both sides agree on (not part of the referee's figure)."""
    tp = fp = fn = 0
    for g, s in zip(gold, system):
        gb = {(x["start"], x["end"]) for x in g["sentences"] if x.get("boilerplate")}
        sb = {(x["start"], x["end"]) for x in s["sentences"] if x.get("boilerplate")}
        tp, fp, fn = tp + len(gb & sb), fp + len(sb - gb), fn + len(gb - sb)
    return f"{tp}/{tp + fn} found, {fp} false" if tp + fn + fp else "-"


def show_errors(gold: list[dict], system: list[dict], limit: int) -> None:
    shown = 0
    for g, s in zip(gold, system):
        text = g["text"]
        gs = {(x["start"], x["end"]) for x in g["sentences"]}
        ss = {(x["start"], x["end"]) for x in s["sentences"]}
        gb = {(x["start"], x["end"]): x.get("boilerplate") for x in g["sentences"]}
        sb = {(x["start"], x["end"]): x.get("boilerplate") for x in s["sentences"]}
        for a, b in sorted(gs ^ ss):
            tag = "MISS" if (a, b) in gs else "EXTRA"
            print(f"{g['id']} {tag} {text[a:b][:300]!r}")
            shown += 1
        for span in sorted(gs & ss):
            if bool(gb[span]) != bool(sb[span]):
                print(f"{g['id']} BOILER gold={gb[span]} sys={sb[span]} {text[span[0]:span[1]][:200]!r}")
                shown += 1
        if shown >= limit:
            return


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", action="store_true", help="also score the development sets")
    ap.add_argument("--errors", metavar="SET", help=f"print mismatches of a development set: {DEVELOP}")
    ap.add_argument("--single", action="store_true", help="with --errors: only the single-sentence UD units")
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    if not (SHARED / "tools" / "score.py").exists():
        sys.exit(f"needs the project's shared folder at {SHARED} (set PEMILU_SHARED)")

    from pemilu_nlp.pipeline import blank

    nlp = blank()
    if args.errors:
        if SETS[args.errors][2] != "dev":
            sys.exit(f"{args.errors} is reported on, not developed on; choose one of {DEVELOP}")
        gold = gold_docs(args.errors, single_only=args.single)
        show_errors(gold, system_docs(nlp, gold), args.limit)
        return

    names = REPORT + (DEVELOP if args.dev else [])
    print(f"{'set':<14} {'role':<5} {'docs':>5} {'sents':>6} {'P':>6} {'R':>6} {'F1':>6} {'cap':>6} {'F1 single':>10}  "
          "boilerplate (ours vs gold flags)")
    for name in names:
        gold = gold_docs(name)
        system = system_docs(nlp, gold)
        p, r, f = score(gold, system)
        single = cap = ""
        n = sum(len(g["sentences"]) for g in gold)
        if SETS[name][1] == "ud":
            g1 = gold_docs(name, single_only=True)
            single = f"{score(g1, system_docs(nlp, g1))[2]:.4f}"
            # the F1 of a splitter that follows the guidelines perfectly and splits each
            # flagged unit in two: the UD figure cannot go much above it
            k = n - sum(len(g["sentences"]) for g in g1)
            cp, cr = (n - k) / (n + k), (n - k) / n
            cap = f"{2 * cp * cr / (cp + cr):.4f}"
        print(f"{name:<14} {SETS[name][2]:<5} {len(gold):>5} {n:>6} {p:>6.4f} {r:>6.4f} {f:>6.4f} {cap:>6} "
              f"{single:>10}  {boilerplate_agreement(gold, system)}")


if __name__ == "__main__":
    main()
