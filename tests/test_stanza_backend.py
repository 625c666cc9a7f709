"""The stanza backend (``pemilu_nlp.load(backend="stanza", stanza_dir=...)``).

The end-to-end tests run the real stanza code path on models that the suite trains
itself (tests/stanza_fixtures/train_tiny.py: all five processors, from 300 sentences of
UD Indonesian-CSUI, in well under a minute), so no download is needed. Those models
are poor; the tests check what the backend guarantees whatever the model: the
``Doc`` holds exactly stanza's tokens, sentences and analyses, at the right offsets.
"""

from __future__ import annotations

import builtins
import json
import pickle
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.vocab import Vocab

import pemilu_nlp
from pemilu_nlp import stanza_backend
from pemilu_nlp.sentences import LINE_BREAKS, split_sentences

from .conftest import shared_path

sys.path.insert(0, str(Path(__file__).parent / "stanza_fixtures"))

# Invented election news (fictional people); a boilerplate line, -nya clitics,
# irregular whitespace around lines.
ARTICLE = (
    "Ketua KPU Kota Lembah Hijau, Rudi Hartanto, menghadiri rapat pleno di kantornya, Senin (8/12/2025).\n"
    '"Kami siap menggelar pemilihan ulang," ujarnya kepada wartawan.\n'
    "BACA JUGA: Bawaslu Temukan Pelanggaran Kampanye\n"
    "  Menurutnya, logistik  sudah tiba di semua kecamatan. Partai Maju Bersama ikut mengawasi.  \n"
)


@pytest.fixture(scope="session")
def tiny_stanza_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("stanza", reason="the stanza backend is optional: pip install 'pemilu-nlp[stanza]'")
    treebank = shared_path("data", "ud-id-csui", "id_csui-ud-train.conllu")
    from train_tiny import train_tiny

    return train_tiny(treebank, tmp_path_factory.mktemp("stanza"))


@pytest.fixture(scope="session")
def stanza_nlp(tiny_stanza_dir: Path) -> Iterator[pemilu_nlp.Pipeline]:
    import torch

    # tiny models run fastest on one thread; two threads on a busy 2-core machine are ~10x slower
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield pemilu_nlp.load(backend="stanza", stanza_dir=tiny_stanza_dir)
    torch.set_num_threads(threads)


# --- failing at once, with the fix in the message ------------------------------------------


def test_without_stanza_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_stanza(name: str, *args, **kwargs):
        if name == "stanza" or name.startswith("stanza."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_stanza)
    with pytest.raises(ImportError, match=r"pemilu-nlp\[stanza\]"):
        pemilu_nlp.load(backend="stanza", stanza_dir="/nonexistent")


@pytest.mark.parametrize("where", [None, "empty", "missing"])
def test_without_models_says_how_to_download(where: str | None, tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    stanza_dir = {None: None, "empty": tmp_path, "missing": tmp_path / "absent"}[where]
    started = time.perf_counter()
    with pytest.raises(FileNotFoundError, match=r'stanza\.download\(\'id\', model_dir=') as info:
        pemilu_nlp.load(backend="stanza", stanza_dir=stanza_dir)
    assert time.perf_counter() - started < 5, "must fail before loading any model"
    assert "never downloads" in str(info.value)
    assert list(tmp_path.iterdir()) == [], "nothing may be downloaded into stanza_dir"


def test_incomplete_models_fail_without_download(tiny_stanza_dir: Path, tmp_path: Path) -> None:
    partial = tmp_path / "partial"
    shutil.copytree(tiny_stanza_dir, partial)
    shutil.rmtree(partial / "id" / "depparse")
    with pytest.raises(FileNotFoundError, match="incomplete stanza models"):
        pemilu_nlp.load(backend="stanza", stanza_dir=partial)
    assert not (partial / "id" / "depparse").exists()
    assert json.loads((partial / "resources.json").read_text()) == json.loads(
        (tiny_stanza_dir / "resources.json").read_text()
    ), "resources.json must not be refreshed from the internet"


# --- multi-word tokens: a hand-made stanza analysis ----------------------------------------


def _stanza_doc(text: str, rows: list[dict]) -> object:
    import stanza

    return stanza.Document([rows], text=text)


def test_multiword_token_is_one_surface_token_with_its_head_word_analysis() -> None:
    pytest.importorskip("stanza")
    text = '"Siap," ujarnya.'
    rows = [
        {"id": 1, "text": '"', "upos": "PUNCT", "head": 2, "deprel": "punct", "start_char": 0, "end_char": 1},
        {"id": 2, "text": "Siap", "lemma": "siap", "upos": "ADJ", "head": 5, "deprel": "ccomp", "start_char": 1, "end_char": 5},
        {"id": 3, "text": ",", "upos": "PUNCT", "head": 2, "deprel": "punct", "start_char": 5, "end_char": 6},
        {"id": 4, "text": '"', "upos": "PUNCT", "head": 2, "deprel": "punct", "start_char": 6, "end_char": 7},
        {"id": (5, 6), "text": "ujarnya", "start_char": 8, "end_char": 15},
        {"id": 5, "text": "ujar", "lemma": "ujar", "upos": "VERB", "xpos": "VSA", "head": 0, "deprel": "root"},
        {"id": 6, "text": "nya", "lemma": "dia", "upos": "PRON", "feats": "Person=3", "head": 5, "deprel": "nsubj"},
        {"id": 7, "text": ".", "upos": "PUNCT", "head": 5, "deprel": "punct", "start_char": 15, "end_char": 16},
    ]
    unit = stanza_backend.Unit(0, len(text), False)
    doc = stanza_backend.to_spacy_doc(Vocab(), text, [(unit, _stanza_doc(text, rows))])
    assert doc.text == text
    assert [t.text for t in doc] == ['"', "Siap", ",", '"', "ujarnya", "."]
    ujarnya = doc[4]
    assert (ujarnya.idx, ujarnya.pos_, ujarnya.tag_, ujarnya.lemma_, ujarnya.dep_) == (8, "VERB", "VSA", "ujar", "ROOT")
    assert doc[1].head == ujarnya and doc[1].dep_ == "ccomp"
    assert doc[-1].head == ujarnya
    assert len(list(doc.sents)) == 1


def test_multiword_token_whose_head_word_is_not_first() -> None:
    """``kauambil`` = ``kau`` (nsubj) + ``ambil`` (root): the token is ``ambil``'s."""
    pytest.importorskip("stanza")
    text = "Buku kauambil."
    rows = [
        {"id": 1, "text": "Buku", "lemma": "buku", "upos": "NOUN", "head": 3, "deprel": "obj", "start_char": 0, "end_char": 4},
        {"id": (2, 3), "text": "kauambil", "start_char": 5, "end_char": 13},
        {"id": 2, "text": "kau", "lemma": "kau", "upos": "PRON", "head": 3, "deprel": "nsubj"},
        {"id": 3, "text": "ambil", "lemma": "ambil", "upos": "VERB", "head": 0, "deprel": "root"},
        {"id": 4, "text": ".", "upos": "PUNCT", "head": 3, "deprel": "punct", "start_char": 13, "end_char": 14},
    ]
    doc = stanza_backend.to_spacy_doc(
        Vocab(), text, [(stanza_backend.Unit(0, len(text), False), _stanza_doc(text, rows))]
    )
    assert [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc] == [
        ("Buku", "buku", "NOUN", "obj", 1),
        ("kauambil", "ambil", "VERB", "ROOT", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_text_stanza_skipped_is_kept_as_a_token() -> None:
    """Every character stays in the Doc, even one stanza's tokenizer passed over."""
    pytest.importorskip("stanza")
    text = "Ia\u200b hadir."
    rows = [
        {"id": 1, "text": "Ia", "lemma": "ia", "upos": "PRON", "head": 2, "deprel": "nsubj", "start_char": 0, "end_char": 2},
        {"id": 2, "text": "hadir", "lemma": "hadir", "upos": "VERB", "head": 0, "deprel": "root", "start_char": 4, "end_char": 9},
        {"id": 3, "text": ".", "lemma": ".", "upos": "PUNCT", "head": 2, "deprel": "punct", "start_char": 9, "end_char": 10},
    ]
    doc = stanza_backend.to_spacy_doc(Vocab(), text, [(stanza_backend.Unit(0, len(text), False), _stanza_doc(text, rows))])
    assert doc.text == text
    assert [(t.text, t.pos_, t.head.text) for t in doc] == [
        ("Ia", "PRON", "hadir"), ("\u200b", "X", "Ia"), ("hadir", "VERB", "hadir"), (".", "PUNCT", "hadir")
    ]
    assert len(list(doc.sents)) == 1


# --- the real stanza pipeline --------------------------------------------------------------


def test_components_come_from_the_shipped_model(stanza_nlp: pemilu_nlp.Pipeline) -> None:
    shipped = spacy.load(pemilu_nlp.pipeline.model_path())
    assert "pemilu_sentences" not in stanza_nlp.pipe_names
    replaced = set(stanza_backend.replaced_components(pemilu_nlp.pipeline.model_path()))
    kept = [n for n in shipped.pipe_names if n not in replaced and shipped.get_pipe_meta(n).factory != "tok2vec"]
    assert [n for n in stanza_nlp.pipe_names if n != "tok2vec"] == kept
    assert isinstance(stanza_nlp.spacy.tokenizer, stanza_backend.StanzaTokenizer)
    assert stanza_nlp.spacy.config["nlp"]["tokenizer"]["@tokenizers"] == stanza_backend.TOKENIZER


def _stanza_lines(nlp: pemilu_nlp.Pipeline, text: str) -> list[tuple[int, object]]:
    """stanza's own analysis of each line of ``text``: (line start, stanza Document)."""
    out = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            out.append((start, nlp.spacy.tokenizer.stanza(stripped)))
        offset += len(line)
    return out


def test_doc_holds_stanza_tokens_analyses_and_sentences(stanza_nlp: pemilu_nlp.Pipeline) -> None:
    doc = stanza_nlp.spacy(ARTICLE)
    assert doc.text == ARTICLE
    words = [t for t in doc if not t.is_space]
    by_start = {t.idx: t for t in words}
    expected_tokens = []
    expected_sents = []
    for start, sdoc in _stanza_lines(stanza_nlp, ARTICLE):
        if sdoc.text.startswith("BACA JUGA"):
            expected_sents.append((start, start + len(sdoc.text)))  # boilerplate: one sentence
        else:
            expected_sents += [(start + s.tokens[0].start_char, start + s.tokens[-1].end_char) for s in sdoc.sentences]
        for sent in sdoc.sentences:
            token_start = {w.id: start + tok.start_char for tok in sent.tokens for w in tok.words}
            roots = [by_start[token_start[w.id]] for w in sent.words if w.head == 0]
            for token in sent.tokens:
                expected_tokens.append((start + token.start_char, start + token.end_char))
                t = by_start[start + token.start_char]
                word = stanza_backend._head_word(token)
                assert (t.pos_, t.tag_, t.lemma_, str(t.morph)) == (
                    word.upos, word.xpos or word.upos, word.lemma or word.text, word.feats or ""
                )
                if word.head:
                    assert (t.dep_, t.head.idx) == (word.deprel, token_start[word.head])
                elif t == roots[0]:
                    assert (t.dep_, t.head) == ("ROOT", t)
                else:  # a second root stanza left in one sentence hangs off the first
                    assert (t.dep_, t.head) == ("dep", roots[0])
    assert [(t.idx, t.idx + len(t)) for t in words] == expected_tokens
    assert [(s[0].idx, s[-1].idx + len(s[-1])) for s in (_trim(s) for s in doc.sents)] == expected_sents


def _trim(span):
    words = [t for t in span if not t.is_space]
    return [words[0], words[-1]]


def test_document_contract(stanza_nlp: pemilu_nlp.Pipeline) -> None:
    document = stanza_nlp(ARTICLE, id="a1")
    assert document.text == ARTICLE
    boiler = [s.text for s in document.sentences if s.boilerplate]
    assert boiler == ["BACA JUGA: Bawaslu Temukan Pelanggaran Kampanye"]
    for s in document.sentences:
        assert ARTICLE[s.start : s.end] == s.text
        assert not any(c in LINE_BREAKS for c in s.text), "a line break always ends a sentence"
    for e in document.entities:
        assert ARTICLE[e.start : e.end] == e.text


def test_tokenizer_pipe_tokenizes_like_a_call_without_tagging(stanza_nlp: pemilu_nlp.Pipeline) -> None:
    """``nlp.tokenizer.pipe`` (phrase patterns, word lists) gives the same tokens and
    sentences as a full analysis, from stanza's tokenizer alone."""
    tokenizer = stanza_nlp.spacy.tokenizer
    texts = [ARTICLE, "", "   \n ", "Ketua Bawaslu, Sari Dewi, hadir.", "Komisi Pemilihan Umum"]
    for text, doc in zip(texts, tokenizer.pipe(texts, batch_size=3)):
        full = tokenizer(text)
        assert doc.text == text
        assert [(t.idx, t.is_sent_start) for t in doc] == [(t.idx, t.is_sent_start) for t in full]
        assert [s.text for s in doc.spans.get("boilerplate", [])] == [s.text for s in full.spans.get("boilerplate", [])]
        if text.strip():  # (an empty doc "has" every annotation)
            assert not doc.has_annotation("DEP") and not doc.has_annotation("POS")
            assert full.has_annotation("DEP") and full.has_annotation("POS") and full.has_annotation("LEMMA")


def test_pipe_gives_the_documents_of_single_calls(stanza_nlp: pemilu_nlp.Pipeline) -> None:
    other = "Ketua Bawaslu, Sari Dewi, hadir.\nIa menolak berkomentar."
    docs = list(stanza_nlp.pipe([{"id": "a", "text": ARTICLE, "date": "2025-12-09"}, {"id": "b", "text": other}]))
    assert [d.id for d in docs] == ["a", "b"]
    for doc, text in zip(docs, (ARTICLE, other)):
        single = stanza_nlp(text, id=doc.id)
        assert doc.text == text
        assert [(s.start, s.end) for s in doc.sentences] == [(s.start, s.end) for s in single.sentences]
        assert [(e.start, e.end, e.label) for e in doc.entities] == [(e.start, e.end, e.label) for e in single.entities]


def test_saved_pipeline_reloads_with_stanza(stanza_nlp: pemilu_nlp.Pipeline, tmp_path: Path) -> None:
    stanza_nlp.spacy.to_disk(tmp_path / "p")
    reloaded = spacy.load(tmp_path / "p")
    assert isinstance(reloaded.tokenizer, stanza_backend.StanzaTokenizer)
    assert [(t.text, t.dep_) for t in reloaded(ARTICLE)] == [(t.text, t.dep_) for t in stanza_nlp.spacy(ARTICLE)]
    clone = pickle.loads(pickle.dumps(stanza_nlp.spacy.tokenizer))  # what a spawned worker receives
    assert [t.lemma_ for t in clone(ARTICLE)] == [t.lemma_ for t in stanza_nlp.spacy(ARTICLE)]


def test_gold_articles_keep_the_contract(stanza_nlp: pemilu_nlp.Pipeline) -> None:
    """Real news: offsets, line breaks, and boilerplate lines as the spaCy backend marks them."""
    path = shared_path("data", "gold", "dev.jsonl")
    with path.open(encoding="utf-8") as f:
        articles = [json.loads(line) for _, line in zip(range(4), f)]
    for article, document in zip(articles, stanza_nlp.pipe(articles)):
        text = article["text"]
        assert document.text == text
        for s in document.sentences:
            assert text[s.start : s.end] == s.text and s.text == s.text.strip()
            assert not any(c in LINE_BREAKS for c in s.text)
        expected = {(s.start, s.end) for s in split_sentences(text) if s.boilerplate}
        marked = {(s.start, s.end) for s in document.sentences if s.boilerplate}
        assert expected <= marked
