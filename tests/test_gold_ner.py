"""In-domain NER training sentences from gold documents (``training.gold_ner``)."""

from __future__ import annotations

from pemilu_nlp.pipeline import blank
from pemilu_nlp.training.gold_ner import build, dev_ids, heldout_documents, sentence_docs, training_dir, tune_documents

from .conftest import shared_path

TEXT = "Ketua KPU Lahat, Rina Marlina, membuka rapat pleno. BACA JUGA: Berita lain. Rapat dihadiri Bawaslu Lahat."


def _gold(entities: list[tuple[int, int, str]]) -> dict:
    first, second, third = TEXT.index("BACA"), TEXT.index("Rapat dihadiri"), len(TEXT)
    return {
        "id": "fiksi",
        "text": TEXT,
        "sentences": [
            {"start": 0, "end": first - 1},
            {"start": first, "end": second - 1, "boilerplate": True},
            {"start": second, "end": third},
        ],
        "entities": [{"start": s, "end": e, "label": label} for s, e, label in entities],
    }


def _span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def test_one_doc_per_sentence_with_its_entities_and_no_boilerplate() -> None:
    gold = _gold([(*_span("KPU Lahat"), "ORG"), (*_span("Rina Marlina"), "PER"), (*_span("Bawaslu Lahat"), "ORG")])
    docs = list(sentence_docs(blank(), [gold]))
    assert [d.text for d in docs] == ["Ketua KPU Lahat, Rina Marlina, membuka rapat pleno.", "Rapat dihadiri Bawaslu Lahat."]
    assert [(e.text, e.label_) for e in docs[0].ents] == [("KPU Lahat", "ORG"), ("Rina Marlina", "PER")]
    assert [(e.text, e.label_) for e in docs[1].ents] == [("Bawaslu Lahat", "ORG")]


def test_sentence_whose_entity_is_not_on_token_boundaries_is_left_out() -> None:
    start, end = _span("Rina Marlina")
    gold = _gold([(start, end - 2, "PER")])  # "Rina Marli": inside a token
    assert [d.text for d in sentence_docs(blank(), [gold])] == ["Rapat dihadiri Bawaslu Lahat."]


def test_training_dir_links_public_once_and_news_weight_times(tmp_path) -> None:
    public, news = tmp_path / "p.spacy", tmp_path / "n.spacy"
    public.write_bytes(b"x")
    news.write_bytes(b"y")
    out = training_dir(public, news, tmp_path / "corpus", weight=3)
    assert sorted(p.name for p in out.glob("*.spacy")) == ["news_0.spacy", "news_1.spacy", "news_2.spacy", "public.spacy"]


def test_tune_and_heldout_documents_do_not_overlap() -> None:
    shared_path("data", "gold", "dev.jsonl")
    tune = {d["id"] for d in tune_documents()}
    held = {d["id"] for d in heldout_documents()}
    assert tune and held and not tune & held


def test_the_dev_articles_are_tune_articles_kept_out_of_the_training_sentences(tmp_path) -> None:
    shared_path("data", "gold", "dev.jsonl")
    dev = dev_ids()
    tune = {d["id"] for d in tune_documents()}
    assert dev and dev < tune
    assert not dev & {d["id"] for d in heldout_documents()}
    from spacy.tokens import DocBin

    train_path, dev_path = tmp_path / "train.spacy", tmp_path / "dev.spacy"
    build(train_path, dev_path)
    nlp = blank()
    train_texts = {d.text for d in DocBin().from_disk(train_path).get_docs(nlp.vocab)}
    dev_texts = {d.text for d in DocBin().from_disk(dev_path).get_docs(nlp.vocab)}
    assert dev_texts and train_texts
    # sentences repeated word for word across articles (datelines, formulas) may be in both
    assert len(dev_texts & train_texts) < 0.05 * len(dev_texts)
