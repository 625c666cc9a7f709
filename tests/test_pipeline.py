"""The public pipeline API: load(), nlp(text), nlp.pipe(), nlp.spacy, factories in anyone's pipeline."""

from __future__ import annotations

import spacy

import pemilu_nlp
from pemilu_nlp.pipeline import blank, model_path

ARTICLE = (
    "LUBUK RAYA - Komisi Pemilihan Umum (KPU) Kota Lubuk Raya menggelar rapat pleno terbuka di "
    "Aula Hotel Sinar Harapan, Senin (25/11/2024).\n"
    "Ketua KPU Kota Lubuk Raya, Dr. H. Sari Wulandari, S.H., M.H., mengatakan rapat itu membahas "
    "rekapitulasi suara. \"Semua tahapan berjalan lancar. Kami berterima kasih kepada warga,\" ujarnya.\n"
    "BACA JUGA: Warga Antusias Sambut Debat Kandidat\n"
    "(abc/def)"
)


def test_load_returns_the_shipped_pipeline(nlp):
    assert isinstance(nlp, pemilu_nlp.Pipeline)
    assert nlp.pipe_names[0] == "pemilu_sentences"
    assert isinstance(nlp.spacy, spacy.language.Language)
    assert model_path().name == "pemilu_id_core"


def test_call_returns_a_document(nlp):
    doc = nlp(ARTICLE, id="uji-1", meta={"source": "uji"})
    assert isinstance(doc, pemilu_nlp.Document)
    assert doc.id == "uji-1" and doc.meta == {"source": "uji"}
    texts = [s.text for s in doc.sentences]
    assert texts[0].startswith("LUBUK RAYA - Komisi") and texts[0].endswith("(25/11/2024).")
    assert any(s.boilerplate and s.text.startswith("BACA JUGA") for s in doc.sentences)
    assert texts[-1] == "(abc/def)"


def test_pipe_keeps_order_ids_and_meta(nlp):
    articles = [
        {"id": "a", "text": "Rapat dimulai pukul 10.00 WIB. Semua hadir.", "source": "uji"},
        "Teks tanpa id. Kalimat kedua.",
        {"id": 7, "text": "Satu kalimat saja.", "date": "2024-11-25"},
    ]
    docs = list(nlp.pipe(articles, batch_size=2))
    assert [d.id for d in docs] == ["a", None, "7"]
    assert docs[0].meta == {"source": "uji"}
    assert docs[2].meta == {"date": "2024-11-25"}
    assert [len(d.sentences) for d in docs] == [2, 2, 1]


def test_non_text_input_is_a_clear_error(nlp):
    import pytest

    with pytest.raises(TypeError, match="must be a str"):
        nlp(b"bytes are not text")  # type: ignore[arg-type]


def test_components_work_in_anyones_pipeline():
    nlp = spacy.blank("xx")
    nlp.add_pipe("pemilu_sentences")
    doc = nlp("Jl. Merdeka No. 5 ditutup. Warga diminta memutar.")
    assert [s.text for s in doc.sents] == ["Jl. Merdeka No. 5 ditutup.", "Warga diminta memutar."]


def test_blank_pipeline_uses_the_compact_tokenizer():
    nlp = blank()
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "pemilu_nlp.tokenizer.v1"
    # the default Indonesian tokenizer's 16k special cases are not loaded
    assert len(nlp.tokenizer.rules) < 2000
