"""Relation extraction figures: affiliation, attendance and quote against the gold articles.

Runs every relation component that is registered (``pemilu_affiliation``,
``pemilu_attendance``, ``pemilu_quote``; a missing one is reported and skipped) in two
modes and scores the output with the project's referee (``shared/tools/score.py``):

- ``gold``: gold sentences and gold entities (``training.gold.gold_doc``), so relation
  errors are seen apart from NER errors;
- ``pipeline``: the shipped pipeline (``pemilu_nlp.load()``) with its own sentences and
  entities, relation components added after it when it does not already hold them.

Parts: ``tune`` (the first 35 gold articles) and ``news-tune`` (our own annotated news
articles, ``annotations/news-tune*.jsonl``) are the only ones to develop on; ``heldout`` (the
other 20 gold articles) and ``news-heldout`` (``annotations/news-heldout*.jsonl``) are for
reporting only; ``seed`` is the spec's example article.

    python bench/eval_relations.py                      # both modes, all parts
    python bench/eval_relations.py --mode gold --part tune --show-errors affiliation
    python bench/eval_relations.py --speed 300          # cost of the relation components
    python bench/eval_relations.py --part news-heldout --bootstrap 1000   # with 95% intervals (minutes)

System and gold JSONL files are written to ``--out`` (default ``bench/out/relations``).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from spacy.language import Language

import pemilu_nlp
from pemilu_nlp.pipeline import blank, to_document
from pemilu_nlp.training.gold import gold_doc, gold_split, news_documents, news_records, read_jsonl

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RELATION_COMPONENTS = {  # in the default pipeline's order
    "pemilu_quote": "pemilu_nlp.relations.quote",
    "pemilu_affiliation": "pemilu_nlp.relations.affiliation",
    "pemilu_attendance": "pemilu_nlp.relations.attendance",
}
TYPES = ("affiliation", "attendance", "quote")


def registered_components() -> list[str]:
    """Relation factories available in this process (entry points, or importing the module)."""
    names = []
    for factory, module in RELATION_COMPONENTS.items():
        if not Language.has_factory(factory):
            try:
                importlib.import_module(module)
            except ImportError as exc:
                print(f"# {factory}: not available ({exc})", file=sys.stderr)
                continue
        if Language.has_factory(factory):
            names.append(factory)
    return names


def add_relations(nlp: Language, names: list[str]) -> list[str]:
    for name in names:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return [n for n in nlp.pipe_names if n in RELATION_COMPONENTS]


def article_dates(ids: set[str]) -> dict[str, str]:
    """Publication dates of the gold articles, from the raw news corpus they were drawn from
    (the gold files carry no date; relative dates need one)."""
    records = news_records(ids, SHARED / "data" / "news")
    return {i: str(r["date"])[:10] for i, r in records.items() if r.get("date")}


PARTS = ("tune", "heldout", "seed", "news-tune", "news-heldout")


def parts() -> dict[str, list[dict[str, Any]]]:
    """Every gold part: the shared gold set split once (``tune``/``heldout``), the seed article,
    and our own annotated news articles (``annotations/news-*.jsonl``, stand-off over
    ``shared/data/news``), again one part to develop on and one never tuned on."""
    docs = list(read_jsonl(SHARED / "data" / "gold" / "dev.jsonl"))
    tune, held = gold_split(docs)
    seed = list(read_jsonl(SHARED / "spec" / "examples" / "seed-article.gold.jsonl"))
    out = {"tune": tune, "heldout": held, "seed": seed}
    for part in ("news-tune", "news-heldout"):
        docs = news_documents(part, SHARED / "data" / "news")
        if docs:
            out[part] = docs
    return out


def run_gold(golds: list[dict[str, Any]], names: list[str], dates: dict[str, str]) -> list[dict[str, Any]]:
    nlp = blank()
    add_relations(nlp, names)
    procs = [(n, p) for n, p in nlp.pipeline if n in names]
    out = []
    for gold in golds:
        doc = gold_doc(nlp, gold)
        doc._.date = dates.get(gold["id"], doc._.date)
        for _, proc in procs:
            doc = proc(doc)
        out.append(to_document(doc, id=gold["id"]).to_dict())
    return out


ENTITY_COMPONENTS = {
    "pemilu_entity_rules": "pemilu_nlp.entities.rules",
    "pemilu_person_names": "pemilu_nlp.entities.person_names",
}


def load_pipeline(model: str | None) -> pemilu_nlp.Pipeline:
    """The shipped pipeline, or a model directory completed as the shipped one would be: a
    bare NER training output gets the sentence splitter and the entity rule components."""
    pipe = pemilu_nlp.load(model or pemilu_nlp.pipeline.DEFAULT_MODEL)
    if model is None:
        return pipe
    if "pemilu_sentences" not in pipe.pipe_names:
        pipe.spacy.add_pipe("pemilu_sentences", first=True)
    if "ner" in pipe.pipe_names:
        for factory, module in ENTITY_COMPONENTS.items():
            if factory in pipe.pipe_names:
                continue
            try:
                importlib.import_module(module)
            except ImportError:
                continue
            if Language.has_factory(factory):
                pipe.spacy.add_pipe(factory)
    return pipe


def run_pipeline(golds: list[dict[str, Any]], names: list[str], dates: dict[str, str], model: str | None = None) -> list[dict[str, Any]]:
    pipe = load_pipeline(model)
    add_relations(pipe.spacy, names)
    arts = [{"id": g["id"], "text": g["text"], "date": dates.get(g["id"])} for g in golds]
    return [d.to_dict() for d in pipe.pipe(arts)]


def score(gold_path: Path, sys_path: Path) -> dict[str, Any]:
    res = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(gold_path), str(sys_path), "--json"],
        check=True, capture_output=True, text=True,
    )
    return json.loads(res.stdout)


def bootstrap(golds: list[dict[str, Any]], systems: list[dict[str, Any]], n: int, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% interval of each relation type's F1 over ``n`` resamples of the articles (with
    replacement): how much a figure on a few dozen articles could move with other articles."""
    import random

    sys.path.insert(0, str(SHARED / "tools"))
    import score as referee  # noqa: E402

    by_id = {d["id"]: d for d in systems}
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {kind: [] for kind in TYPES}
    for _ in range(n):
        picked = [rng.randrange(len(golds)) for _ in golds]
        # one key per draw: an article drawn twice counts twice
        gold_docs = {f"{k}#{i}": golds[i] for k, i in enumerate(picked)}
        sys_docs = {f"{k}#{i}": by_id.get(golds[i]["id"], {}) for k, i in enumerate(picked)}
        res = referee.score(gold_docs, sys_docs)
        for kind in TYPES:
            samples[kind].append(res[f"relations.{kind}"][2])
    out = {}
    for kind, values in samples.items():
        values.sort()
        out[kind] = (values[int(0.025 * (n - 1))], values[int(0.975 * (n - 1))])
    return out


def write_jsonl(path: Path, docs: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def show_errors(golds: list[dict[str, Any]], systems: list[dict[str, Any]], kind: str) -> None:
    """Missed and spurious records per article (core arguments), for developing on tune."""
    sys.path.insert(0, str(SHARED / "tools"))
    import score as referee  # noqa: E402

    core = referee.CORE[kind]
    by_id = {d["id"]: d for d in systems}
    for gold in golds:
        system = by_id.get(gold["id"], {})
        g = [r for r in gold["relations"] if r["type"] == kind]
        s = referee.dedupe([r for r in system.get("relations", []) if r["type"] == kind], kind)
        text = gold["text"]
        for r in g:
            if not r.get("optional") and not any(referee.core_similarity(kind, r, x, text) is not None for x in s):
                print(f"  MISS {gold['id']} [{r['sentence']}] " + " | ".join(str((r.get(a) or {}).get("text")) for a in core)
                      + f"   <{gold['sentences'][r['sentence']]['text'][:160]}>")
        for x in s:
            if not any(referee.core_similarity(kind, r, x, text) is not None for r in g):
                print(f"  FALSE {gold['id']} [{x['sentence']}] " + " | ".join(str((x.get(a) or {}).get("text")) for a in core)
                      + f"   <{gold['sentences'][x['sentence']]['text'][:160] if x['sentence'] < len(gold['sentences']) else ''}>")
        for x in s:
            for r in g:
                if referee.core_similarity(kind, r, x, text) is not None and not r.get("optional"):
                    for a in referee.ATTRS[kind]:
                        if not referee.arg_match(a, r.get(a), x.get(a)):
                            print(f"  ATTR {gold['id']} {a}: gold={(r.get(a) or {}).get('text') if isinstance(r.get(a), dict) else r.get(a)!r}"
                                  f" sys={(x.get(a) or {}).get('text') if isinstance(x.get(a), dict) else x.get(a)!r}"
                                  f"  ({' | '.join(str((r.get(c) or {}).get('text')) for c in core)})")


def speed(n: int, names: list[str], model: str | None = None) -> None:
    """Words per second of the shipped pipeline without and with the relation components."""
    arts = []
    with gzip.open(SHARED / "data" / "news" / "news-001.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            arts.append({"id": art["id"], "text": art["text"], "date": art.get("date")})
            if len(arts) >= n:
                break
    words = sum(len(a["text"].split()) for a in arts)
    rates = {}
    for label, with_rel in (("without relations", False), ("with relations", True)):
        pipe = load_pipeline(model)
        if with_rel:
            add_relations(pipe.spacy, names)
        else:
            for name in [p for p in pipe.pipe_names if p in RELATION_COMPONENTS]:
                pipe.spacy.remove_pipe(name)
        list(pipe.pipe(arts[:5]))  # warm-up
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            list(pipe.pipe(arts))
            best = min(best, time.perf_counter() - t0)
        rates[label] = words / best
        print(f"{label:20s} {pipe.pipe_names} {words / best:,.0f} words/s ({n} articles, {words:,} words)")
    cost = 1 - rates["with relations"] / rates["without relations"]
    print(f"relation components cost {cost:.1%} of pipeline throughput (end to end, noisy on a shared machine)")
    # the components alone, on docs the rest of the pipeline has already analysed
    base = load_pipeline(model).spacy
    for name in [p for p in base.pipe_names if p in RELATION_COMPONENTS]:
        base.remove_pipe(name)
    docs = list(base.pipe(a["text"] for a in arts))
    t_rest = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        list(base.pipe(a["text"] for a in arts))
        t_rest = min(t_rest, time.perf_counter() - t0)
    total = 0.0
    for name in names:
        proc = base.add_pipe(name)
        t0 = time.perf_counter()
        for doc in docs:
            doc._.relations = None
            proc(doc)
        spent = time.perf_counter() - t0
        total += spent
        print(f"  {name:20s} {spent / len(docs) * 1000:.2f} ms/article, {words / spent:,.0f} words/s alone")
    print(f"relation components: {total / (t_rest + total):.1%} of the time of the whole pipeline")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mode", choices=["gold", "pipeline", "both"], default="both")
    ap.add_argument("--part", choices=[*PARTS, "all"], default="all")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "relations")
    ap.add_argument("--show-errors", choices=TYPES, help="list missed/spurious records of one type")
    ap.add_argument("--speed", type=int, default=0, help="measure throughput on N news articles and exit")
    ap.add_argument("--model", help="pipeline mode: a model name or directory instead of the shipped default")
    ap.add_argument("--only", help="comma-separated relation types to run (default: every registered component)")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="also print a 95%% interval of each F1 from N resamples of the articles")
    args = ap.parse_args(argv)

    names = registered_components()
    if args.only:
        wanted_types = {t.strip() for t in args.only.split(",")}
        names = [n for n in names if n.removeprefix("pemilu_") in wanted_types]
    if args.speed:
        speed(args.speed, names, args.model)
        return 0
    all_parts = parts()
    if args.part not in ("all", *all_parts):
        ap.error(f"part {args.part!r} has no gold file here")
    wanted = list(all_parts) if args.part == "all" else [args.part]
    dates = article_dates({g["id"] for p in wanted for g in all_parts[p]})
    modes = ["gold", "pipeline"] if args.mode == "both" else [args.mode]
    print(f"relation components: {names}")
    if "pipeline" in modes:
        print(f"pipeline: {args.model or 'default'} {load_pipeline(args.model).pipe_names}")
    for mode in modes:
        for part in wanted:
            golds = all_parts[part]
            t0 = time.perf_counter()
            if mode == "gold":
                systems = run_gold(golds, names, dates)
            else:
                systems = run_pipeline(golds, names, dates, args.model)
            elapsed = time.perf_counter() - t0
            gold_path = args.out / f"{part}.gold.jsonl"
            sys_path = args.out / f"{part}.{mode}.system.jsonl"
            write_jsonl(gold_path, golds)
            write_jsonl(sys_path, systems)
            res = score(gold_path, sys_path)
            print(f"\n== {mode} entities, {part} ({len(golds)} articles, {elapsed:.1f}s)")
            if mode == "pipeline":
                p, r, f = res["entities.ALL"]
                print(f"   entities            P={p:.3f} R={r:.3f} F1={f:.3f}")
            intervals = bootstrap(golds, systems, args.bootstrap) if args.bootstrap else {}
            for kind in TYPES:
                p, r, f = res[f"relations.{kind}"]
                spread = f"  [{intervals[kind][0]:.3f}, {intervals[kind][1]:.3f}]" if kind in intervals else ""
                print(f"   {kind:12s}        P={p:.3f} R={r:.3f} F1={f:.3f}{spread}")
            for key, value in res.items():
                if key.startswith("attribute."):
                    print(f"   {key[len('attribute.'):]:20s} {value:.3f}")
            if args.show_errors:
                show_errors(golds, systems, args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
