"""The output contract: pydantic models, offsets, JSON round trip, schema in sync."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from pemilu_nlp import Affiliation, Attendance, Document, Quote
from pemilu_nlp.schema import dumps

from .conftest import REPO, shared_path

TEXT = "Ketua KPU Kota Lubuk Raya, Sari Wulandari, menghadiri rapat pleno di Aula Kantor KPU."


def _m(text: str, part: str, label: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"start": start, "end": start + len(part), "text": part, "label": label}


def test_schema_file_is_in_sync_with_the_models():
    checked_in = (REPO / "schema" / "document.schema.json").read_text(encoding="utf-8")
    assert checked_in == dumps(), "run: python -m pemilu_nlp.schema schema/document.schema.json"


def test_relations_are_a_discriminated_union_on_type():
    doc = Document(
        id="x",
        text=TEXT,
        sentences=[{"start": 0, "end": len(TEXT), "text": TEXT}],
        relations=[
            {"type": "affiliation", "sentence": 0, "person": _m(TEXT, "Sari Wulandari", "PER"),
             "role": _m(TEXT, "Ketua", "ROLE"), "organization": _m(TEXT, "KPU Kota Lubuk Raya", "ORG")},
            {"type": "attendance", "sentence": 0, "attendee": _m(TEXT, "Sari Wulandari", "PER"),
             "event": _m(TEXT, "rapat pleno", "EVENT"), "location": _m(TEXT, "Aula Kantor KPU", "LOC"),
             "date": None},
            {"type": "quote", "sentence": 0, "speaker": _m(TEXT, "Sari Wulandari", "PER"),
             "content": _m(TEXT, "rapat pleno", "QUOTE"), "direct": False},
        ],
    )
    assert [type(r) for r in doc.relations] == [Affiliation, Attendance, Quote]
    assert len(doc.records("attendance")) == 1
    with pytest.raises(ValueError):
        doc.records("meeting")


def test_unknown_relation_type_is_rejected():
    with pytest.raises(ValidationError):
        Document(text=TEXT, relations=[{"type": "meeting", "sentence": 0}])


def test_offsets_must_match_the_text():
    bad = {"start": 0, "end": 5, "text": "Sekre", "label": "ROLE"}
    with pytest.raises(ValidationError, match="does not match"):
        Document(text=TEXT, entities=[{**bad, "sentence": 0}])
    with pytest.raises(ValidationError):
        Document(text=TEXT, entities=[{"start": 80, "end": 200, "text": "x", "label": "LOC", "sentence": 0}])
    with pytest.raises(ValidationError):
        Document(text=TEXT, entities=[{"start": 9, "end": 3, "text": "", "label": "LOC", "sentence": 0}])


def test_extra_keys_survive_a_round_trip():
    ent = {**_m(TEXT, "KPU Kota Lubuk Raya", "ORG"), "sentence": 0, "confidence": 0.93}
    doc = Document(id="a1", text=TEXT, sentences=[{"start": 0, "end": len(TEXT), "text": TEXT}],
                   entities=[ent], meta={"source": "uji"})
    data = json.loads(doc.to_json())
    assert data["entities"][0]["confidence"] == 0.93
    assert "error" not in data
    assert Document.model_validate(data) == doc


def test_error_document():
    doc = Document.failed("line 3: invalid JSON", id="k")
    assert json.loads(doc.to_json())["error"] == "line 3: invalid JSON"


def test_gold_documents_validate_and_round_trip():
    """Every gold document of the project is a valid Document, unchanged by a round trip."""
    paths = [shared_path("spec", "examples", "seed-article.gold.jsonl"), shared_path("data", "gold", "dev.jsonl")]
    n = 0
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            doc = Document.model_validate(gold)
            again = json.loads(doc.to_json())
            for d in (again, gold):  # an unresolved date may be written with or without "value": null
                for rel in d["relations"]:
                    if isinstance(rel.get("date"), dict) and rel["date"].get("value") is None:
                        rel["date"].pop("value", None)
            for key in ("id", "text", "sentences", "entities", "relations"):
                assert again[key] == gold[key], key
            n += 1
    assert n >= 50


def test_pipeline_output_satisfies_the_contract(nlp):
    text = (shared_path("spec", "examples", "seed-article.txt")).read_text(encoding="utf-8")
    doc = nlp(text, id="seed-000")
    assert doc.id == "seed-000" and doc.text == text
    for span in doc.spans():
        assert text[span.start:span.end] == span.text
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)
    for a, b in zip(doc.sentences, doc.sentences[1:]):
        assert a.end <= b.start
    for ent in doc.entities:
        sent = doc.sentences[ent.sentence]
        assert sent.start <= ent.start and ent.end <= sent.end
    # JSON round trip of real output
    assert Document.model_validate_json(doc.to_json()) == doc
