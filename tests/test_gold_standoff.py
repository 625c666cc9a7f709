"""Our own annotated news articles are kept as stand-off annotation (no article text in the
repository) and put back together from the news corpus in ../shared."""

from __future__ import annotations

import gzip
import json

import pytest

from pemilu_nlp.training.gold import ANNOTATIONS, read_jsonl, read_standoff, restore_text, strip_text

from .conftest import shared_path

TEXT = "Ketua KPU Kota Lubuklinggau, Rina Marlina, menghadiri rapat pleno di Aula KPU."


def _gold() -> dict:
    person = {"start": 29, "end": 41, "text": "Rina Marlina", "label": "PER"}
    return {
        "id": "fiksi-1",
        "text": TEXT,
        "sentences": [{"start": 0, "end": len(TEXT), "text": TEXT, "boilerplate": False}],
        "entities": [{"start": 6, "end": 27, "text": "KPU Kota Lubuklinggau", "label": "ORG", "sentence": 0}, dict(person, sentence=0)],
        "relations": [{"type": "attendance", "sentence": 0, "attendee": person,
                       "event": {"start": 54, "end": 65, "text": "rapat pleno", "label": "EVENT"},
                       "location": {"start": 69, "end": 77, "text": "Aula KPU", "label": "LOC"}, "date": None}],
        "meta": {},
    }


def test_strip_removes_every_text_and_restore_puts_it_back() -> None:
    gold = _gold()
    standoff = strip_text(gold)
    assert '"text"' not in json.dumps(standoff)
    assert standoff["relations"][0]["event"] == {"start": 54, "end": 65, "label": "EVENT"}
    back = restore_text(standoff, TEXT)
    assert back == gold
    assert back["entities"][1]["text"] == "Rina Marlina"
    assert back["text"] == TEXT and back["relations"][0]["date"] is None


def test_shared_gold_round_trips_through_standoff() -> None:
    path = shared_path("data", "gold", "dev.jsonl")
    for gold in list(read_jsonl(path))[:5]:
        assert restore_text(strip_text(gold), gold["text"]) == gold


@pytest.mark.parametrize(
    "path", sorted(ANNOTATIONS.glob("news-*.jsonl")) + sorted(ANNOTATIONS.glob("agreement/second-*.jsonl")), ids=lambda p: p.name
)
def test_annotations_hold_no_article_text_and_restore_from_news(path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert '"text"' not in raw
    docs = read_standoff(path, shared_path("data", "news"))
    assert docs
    # news/SOURCE.md: clickid articles with words dropped from the text are not annotated
    gaps = shared_path("data", "news", "clickid-gaps.tsv").read_text(encoding="utf-8").splitlines()[1:]
    gapped = {row.split("\t")[0] for row in gaps if row.split("\t")[2] != "0"}
    assert not gapped & {doc["id"] for doc in docs}
    for doc in docs:
        # every sentence is a stretch of the article and the entities sit inside the sentences
        assert all(doc["text"][s["start"]:s["end"]] == s["text"] for s in doc["sentences"])
        assert all(e["text"].strip() == e["text"] and e["text"] for e in doc["entities"])
        assert {r["type"] for r in doc["relations"]} <= {"affiliation", "attendance", "quote"}


def test_news_ids_missing_from_the_corpus_are_reported(tmp_path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    with gzip.open(news / "news-000.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "fiksi-1", "text": TEXT}) + "\n")
    standoff = tmp_path / "s.jsonl"
    standoff.write_text(json.dumps(strip_text(_gold())) + "\n" + json.dumps({"id": "fiksi-2", "sentences": []}) + "\n")
    with pytest.raises(KeyError, match="fiksi-2"):
        read_standoff(standoff, news)
    standoff.write_text(json.dumps(strip_text(_gold())) + "\n")
    (doc,) = read_standoff(standoff, news)
    assert doc["relations"][0]["attendee"]["text"] == "Rina Marlina"


def test_command_line_strips_and_restores(tmp_path, capsys) -> None:
    from pemilu_nlp.training.gold import main

    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(_gold(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["strip", str(gold_path)]) == 0
    standoff = capsys.readouterr().out
    assert '"text"' not in standoff
    news = tmp_path / "news"
    news.mkdir()
    with gzip.open(news / "news-000.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "fiksi-1", "text": TEXT}) + "\n")
    (tmp_path / "s.jsonl").write_text(standoff, encoding="utf-8")
    assert main(["restore", str(tmp_path / "s.jsonl"), str(news)]) == 0
    assert json.loads(capsys.readouterr().out) == _gold()


def test_second_annotations_are_of_articles_annotated_once_already() -> None:
    """``annotations/agreement/``: a second, independent annotation of gold articles, for
    inter-annotator agreement (``bench/agreement.py``); each has its first annotation."""
    firsts = {d["id"] for d in read_jsonl(shared_path("data", "gold", "dev.jsonl"))}
    firsts |= {d["id"] for path in ANNOTATIONS.glob("news-tune*.jsonl") for d in read_jsonl(path)}
    seconds = [d["id"] for path in sorted(ANNOTATIONS.glob("agreement/second-*.jsonl")) for d in read_jsonl(path)]
    assert len(seconds) == len(set(seconds)) >= 80
    assert set(seconds) <= firsts
