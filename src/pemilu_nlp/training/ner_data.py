"""NER training data: the public Indonesian NER sets as spaCy ``DocBin``s with PER/ORG/LOC.

Sources (``shared/data``, see its README.md and each SOURCE.md):

- idner-news-2k (political news 2014): train (+ dev) for training, test for reporting.
- IndoLEM NER-UI: all of it for the shipped model; per fold (train / dev / test
  parts) for the 5-fold figure.
- NERGrit (Wikipedia-like): train for training, valid as the dev set that picks the
  checkpoint, test for reporting.
- NERP (lowercased news, no ORG class): optional, PER/LOC supervision only. Tokens
  that may be (part of) an organisation are *missing* (spaCy's ``-``), not ``O``, so
  that the model is never taught that ``kpu`` or ``golkar`` are not entities.
- NER-UGM is left out: it is the idner text again with inconsistent ORG tagging.

Every training sentence that occurs in a split we report on (after normalising to
lowercase letters and digits) is removed: NERP holds copies of idner test, and
NER-UI repeats sentences across its fold parts.

Docs are pre-tokenized with the data's own words (gold_preproc style): the sets'
tokenisation is close to ours, and re-aligning would only add noise.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from .. import resources
from ..entities.lexicon import region_types



def _source_checkout() -> Path:
    """The project checkout the training commands work in (they are not run from a wheel).

    This file's own checkout when installed in development mode; otherwise (installed
    into a virtual environment, as CI does) the checkout holding the working directory."""
    here = Path(__file__).resolve().parents[3]
    for base in (here, Path.cwd(), *Path.cwd().parents):
        if (base / "pyproject.toml").is_file() and (base / "src" / "pemilu_nlp").is_dir():
            return base
    return here


REPO = _source_checkout()
SHARED = Path(os.environ.get("PEMILU_SHARED", REPO.parent / "shared"))
WORK = Path(os.environ.get("PEMILU_TRAINING", REPO / "training"))
CORPUS = WORK / "corpus"
N_FOLDS = 5

# source label -> our label (shared/data/README.md, "Recommended mapping"); labels not
# listed (NERP EVT/FNB, NER-UGM TIME/QUANTITY) become O.
LABELS = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "PLC": "LOC",
}
# NERP's IND mixes companies, media and clubs (ORG) with brands and products (O):
# unknown for us.
NERP_UNKNOWN = {"IND"}


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]  # IOB2 tags as in the source file

    @property
    def key(self) -> str:
        return normalise(" ".join(self.words))


def normalise(text: str) -> str:
    """Overlap key: lowercase letters and digits only (the check of shared/data/README.md)."""
    return re.sub(r"[\W_]+", "", text.lower())


def read_conll(path: Path) -> list[Sentence]:
    """Token-per-line files: ``word<TAB>tag`` or ``word POS tag`` (idner); blank line between sentences.

    Lines are split on TAB when there is one, because NERP keeps multi-word tokens
    (``salah satu``) with a space inside.
    """
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\r")
        if not line.strip():
            if words:
                sents.append(Sentence(words, tags))
            words, tags = [], []
            continue
        cols = line.split("\t") if "\t" in line else line.split(" ")
        word = cols[0].replace(" ", "_") if "\t" in line else cols[0]
        words.append(word)
        tags.append(cols[-1].strip())
    if words:
        sents.append(Sentence(words, tags))
    return sents


def bio_spans(tags: list[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, source label) spans; an I- tag that does not continue a span starts one."""
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if prefix == "I" and label == lab:
            continue
        if label is not None:
            yield start, i, label
            start, label = None, None
        if prefix in ("B", "I") and lab:
            start, label = i, lab


# --- our guidelines (spec/annotation-guidelines.md section 2) where the sets differ ----

@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(regional institution names, PER prefix titles, PER suffix titles) from resources/."""
    regional = frozenset(r["name"] for r in resources.table("institutions.tsv") if r["regional"] in ("1", "2"))
    titles = resources.table("person_titles.tsv")
    prefix = frozenset(_title_key(r["title"]) for r in titles if r["position"] == "prefix")
    suffix = frozenset(_title_key(r["title"]) for r in titles if r["position"] == "suffix")
    return regional, prefix, suffix


def _title_key(word: str) -> str:
    return word.lower().replace(".", "").replace(",", "")


def to_guidelines(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Make (start, end, PER/ORG/LOC) spans follow our guidelines where the sets differ.

    - titles and degrees at the edge of a PER span go outside it (``Dr``, ``KH``, ``S.H.``);
    - a regional institution and its qualifier are one ORG (``Polda`` + ``Jabar``,
      ``Pemkot`` + ``Surabaya``, ``DPRD`` + ``Kota`` + ``Bekasi``), where the sets have
      ORG + LOC or O + LOC.
    Venues are already LOC spans in these sets (shared/data/README.md).
    """
    regional, prefix, suffix = _lexicons()
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if label == "PER":
            while end - start > 1 and _title_key(words[start]) in prefix:
                start += 1
            while end - start > 1 and (_title_key(words[end - 1]) in suffix or words[end - 1] == ","):
                end -= 1
        out.append((start, end, label))
    by_start = {s: (s, e, lab) for s, e, lab in out}
    taken = {i for s, e, _ in out for i in range(s, e)}
    merged: list[tuple[int, int, str]] = []
    skip: set[int] = set()
    for i in range(len(words)):
        if i in skip:
            continue
        span = by_start.get(i)
        if span is None and i not in taken and words[i] in regional:
            span = (i, i + 1, "O")  # an institution the set left as O
        if span is None:
            continue
        s, e, lab = span
        head = " ".join(words[s:e])
        j = e + 1 if e < len(words) and words[e] in region_types() and e not in taken else e
        loc = by_start.get(j)
        if lab in ("ORG", "O") and (head in regional or words[e - 1] in regional) and loc and loc[2] == "LOC":
            merged.append((s, loc[1], "ORG"))
            skip.update(range(s, loc[1]))
        elif lab != "O":
            merged.append(span)
    return merged


def to_doc(vocab: Vocab, sent: Sentence, missing_words: set[str] | None = None) -> Doc:
    """A Doc with PER/ORG/LOC entities.

    With ``missing_words`` (NERP), the tokens that may belong to an organisation (IND
    spans, and ``O`` words seen inside ORG spans of the other sets) are *missing*: the
    model gets no gradient there instead of learning that ``kpu`` is not an entity.
    """
    words = list(sent.words)
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    ours = [(s, e, LABELS[lab]) for s, e, lab in bio_spans(sent.tags) if lab in LABELS]
    ents = [Span(doc, s, e, label=lab) for s, e, lab in to_guidelines(words, ours)]
    missing: list[Span] = []
    if missing_words is not None:
        inside = {i for span in ents for i in range(span.start, span.end)}
        unknown = {i for s, e, lab in bio_spans(sent.tags) if lab in NERP_UNKNOWN for i in range(s, e)}
        unknown |= {i for i, w in enumerate(words) if w.lower() in missing_words}
        missing = [doc[i : i + 1] for i in sorted(unknown - inside)]
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


# --- the sets -------------------------------------------------------------------------


def data(*parts: str) -> Path:
    return SHARED.joinpath("data", *parts)


def idner(split: str) -> list[Sentence]:
    return read_conll(data("idner-news-2k", f"{split}.txt"))


def nergrit(split: str) -> list[Sentence]:
    return read_conll(data("nergrit", f"{split}_preprocess.txt"))


def nerui(part: str, fold: int | None = None) -> list[Sentence]:
    """``part`` = "all", or "train"/"dev"/"test" of ``fold`` (1-5)."""
    if part == "all":
        return read_conll(data("indolem-nerui", "nergithub.txt"))
    return read_conll(data("indolem-nerui", f"{part}.{fold:02d}.tsv"))


def nerp(split: str) -> list[Sentence]:
    return read_conll(data("nerp", f"{split}_preprocess.txt"))


def gold_sentence_keys() -> set[str]:
    """Sentences of the hand-annotated gold articles (also reported on)."""
    from .gold import read_jsonl

    keys = set()
    for path in (data("gold", "dev.jsonl"), SHARED / "spec" / "examples" / "seed-article.gold.jsonl"):
        for doc in read_jsonl(path):
            keys.update(normalise(doc["text"][s["start"] : s["end"]]) for s in doc["sentences"])
    return keys


def org_words(sets: Iterable[list[Sentence]]) -> set[str]:
    """Lowercased words seen inside ORG spans: the NERP tokens whose ``O`` we cannot trust."""
    out: set[str] = set()
    for sents in sets:
        for s in sents:
            for start, end, label in bio_spans(s.tags):
                if LABELS.get(label) == "ORG":
                    out.update(w.lower() for w in s.words[start:end] if any(c.isalpha() for c in w))
    return out


def without(sents: list[Sentence], banned: set[str]) -> list[Sentence]:
    """Drop sentences in ``banned`` and repeats inside the list itself."""
    seen: set[str] = set()
    out = []
    for s in sents:
        k = s.key
        if k in banned or k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def write(path: Path, docs: Iterable[Doc]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    db.to_disk(path)
    print(f"  {path.name}: {n} sentences", file=sys.stderr)
    return n


def build(out: Path = CORPUS) -> Path:
    """Write every DocBin the training and evaluation use into ``out``; returns ``out``."""
    vocab = Vocab()
    tests = {
        "idner_test": idner("test"),
        "nergrit_test": nergrit("test"),
        **{f"nerui_test_{k}": nerui("test", k) for k in range(1, N_FOLDS + 1)},
    }
    # Keys every training set must avoid. NER-UI folds: the shipped model trains on all
    # of NER-UI and is not reported on it; the fold models avoid their own test part.
    banned = {s.key for name in ("idner_test", "nergrit_test") for s in tests[name]} | gold_sentence_keys()

    base = idner("train") + idner("dev") + nergrit("train")
    org_vocab = org_words([base, nerui("all")])
    nerp_sents = nerp("train") + nerp("valid")
    print(f"corpus -> {out}", file=sys.stderr)
    for name, sents in tests.items():
        write(out / f"{name}.spacy", (to_doc(vocab, s) for s in sents))
    write(out / "dev.spacy", (to_doc(vocab, s) for s in nergrit("valid")))
    write(out / "idner_dev.spacy", (to_doc(vocab, s) for s in idner("dev")))

    def train_set(name: str, sents: list[Sentence], extra_banned: set[str], with_nerp: bool) -> None:
        ban = banned | extra_banned
        docs = [to_doc(vocab, s) for s in without(sents, ban)]
        if with_nerp:
            ban_nerp = ban | {s.key for s in sents}  # NERP's copies of sentences we already have
            docs += [to_doc(vocab, s, org_vocab) for s in without(nerp_sents, ban_nerp)]
        write(out / f"{name}.spacy", docs)

    train_set("train", base + nerui("all"), set(), with_nerp=False)
    train_set("train_nerp", base + nerui("all"), set(), with_nerp=True)
    # NER-UI folds as IndoLEM runs them: train on the fold's train part (+ the other
    # sets), pick the checkpoint on its dev part, report on its test part
    for k in range(1, N_FOLDS + 1):
        fold_test = {s.key for s in tests[f"nerui_test_{k}"]}
        fold_dev = nerui("dev", k)
        write(out / f"nerui_dev_{k}.spacy", (to_doc(vocab, s) for s in fold_dev))
        train_set(f"train_fold{k}", base + nerui("train", k), fold_test | {s.key for s in fold_dev}, with_nerp=False)
    return out


if __name__ == "__main__":
    build()
