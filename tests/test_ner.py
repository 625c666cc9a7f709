"""The shipped statistical NER (models/pemilu_id_core): behaviour on invented news text,
accuracy floor on real test data, and the size/latency budget of the package."""

from __future__ import annotations


import pytest

from .conftest import REPO, shared_path

MODEL_DIR = REPO / "models" / "pemilu_id_core"
# Components after `ner` that change entities or only add relations: left out to test
# the statistical model by itself.
AFTER_NER = ("pemilu_entity_rules", "pemilu_person_names", "pemilu_quote", "pemilu_affiliation", "pemilu_attendance")


@pytest.fixture(scope="module")
def ner_only():
    """The shipped pipeline up to the statistical `ner` (rules excluded)."""
    import pemilu_nlp

    return pemilu_nlp.load(exclude=AFTER_NER)


def ents(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in nlp(text).entities}


def test_pipeline_order(nlp):
    names = nlp.pipe_names
    assert names[:3] == ["pemilu_sentences", "tok2vec", "ner"]
    ner = nlp.spacy.get_pipe("ner")
    assert set(ner.labels) == {"PER", "ORG", "LOC"}


def test_uses_our_tokenizer_and_floret_vectors(nlp):
    cfg = nlp.spacy.config
    assert cfg["nlp"]["tokenizer"]["@tokenizers"] == "pemilu_nlp.tokenizer.v1"
    assert nlp.spacy.vocab.vectors.mode == "floret"
    # floret: any string has a vector, also a name never seen in training
    assert nlp.spacy.vocab["Wiraatmadjakusuma"].has_vector


def test_persons(ner_only):
    nlp = ner_only
    found = ents(nlp, "Calon bupati Rahmat Hidayatullah menyampaikan visi dan misinya di hadapan ratusan warga.")
    assert ("Rahmat Hidayatullah", "PER") in found
    found = ents(nlp, "Sementara itu, Siti Nurhaliza Wulandari mengatakan pihaknya siap mengawal penghitungan suara.")
    assert ("Siti Nurhaliza Wulandari", "PER") in found


def test_organisations(ner_only, nlp):
    found = ents(ner_only, "Komisi Pemilihan Umum menetapkan daftar pemilih tetap untuk pemilu tahun depan.")
    assert ("Komisi Pemilihan Umum", "ORG") in found
    found = ents(ner_only, "Wakil Ketua Partai Golkar, Hendra Gunawan, mengunjungi Kabupaten Ogan Ilir.")
    assert {("Partai Golkar", "ORG"), ("Hendra Gunawan", "PER"), ("Kabupaten Ogan Ilir", "LOC")} <= found
    # the full pipeline (gazetteer rules after ner) keeps the qualifier inside the ORG
    found = ents(nlp, "Bawaslu Kota Pagaralam menggelar rapat koordinasi pengawasan kampanye.")
    labels = {label for text, label in found if "Bawaslu" in text}
    assert labels == {"ORG"}


def test_org_with_regional_qualifier(ner_only, nlp):
    assert ("DPRD Kabupaten Lahat", "ORG") in ents(
        ner_only, "Ketua DPRD Kabupaten Lahat menerima rombongan mahasiswa pada Senin pagi."
    )
    found = ents(nlp, "Ketua DPRD Kabupaten Lahat menerima rombongan mahasiswa pada Senin pagi.")
    assert ("DPRD Kabupaten Lahat", "ORG") in found


def test_locations(ner_only):
    found = ents(ner_only, "Rapat pleno terbuka itu digelar di Palembang, Sumatera Selatan, pada Senin.")
    assert ("Palembang", "LOC") in found
    assert ("Sumatera Selatan", "LOC") in found


def test_titles_outside_person(ner_only):
    doc = ner_only("Menurut Gubernur Andika Pratama, pelantikan akan digelar pekan depan.")
    pers = [e.text for e in doc.entities if e.label == "PER"]
    assert pers == ["Andika Pratama"]


def test_offsets_match_text(nlp):
    text = "Anggota KPU Provinsi Jawa Barat, Dewi Lestari, tiba di Bandung."
    doc = nlp(text)
    assert doc.entities
    for e in doc.entities:
        assert text[e.start : e.end] == e.text


def test_model_size_budget():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 40 * 2**20, f"models/pemilu_id_core is {size / 2**20:.1f} MB (budget 40 MB)"


@pytest.mark.shared
@pytest.mark.slow
def test_f1_floor_on_idner_test(ner_only):
    """Entity F1 of the statistical NER on 200 sentences of idner-news-2k test, scored by
    the project's referee (score.py, raw text in, so tokenizer errors count).

    This slice measures ALL 0.86 / PER 0.93 / ORG 0.84 / LOC 0.62; the floors catch a
    broken model (wrong vectors, wrong tokenizer, a label lost) without being flaky.
    """
    from pemilu_nlp.training.evaluate import derive_ner, evaluate

    shared_path("tools", "score.py")
    gold = derive_ner(shared_path("data", "idner-news-2k", "test.txt"))[:20]
    figures = evaluate(ner_only, gold)
    assert figures["ALL"][2] > 0.75, figures
    for label, floor in (("PER", 0.8), ("ORG", 0.65), ("LOC", 0.4)):
        assert figures[label][2] > floor, (label, figures)


@pytest.mark.shared
def test_io_scheme_becomes_one_entity_per_run(tmp_path):
    """DBpedia-NER gold is in the IO scheme: a run of one label is one entity of our label set."""
    from pemilu_nlp.training.evaluate import derive_io

    shared_path("tools", "derive_gold.py")
    path = tmp_path / "io.txt"
    path.write_text(
        "Rina\tPerson\nSaraswati\tPerson\nmengunjungi\tO\nKPU\tOrganisation\nPalembang\tPlace\n.\tO\n\n",
        encoding="utf-8",
    )
    (doc,) = derive_io(path)
    assert [(e["text"], e["label"]) for e in doc["entities"]] == [
        ("Rina Saraswati", "PER"), ("KPU", "ORG"), ("Palembang", "LOC")]
