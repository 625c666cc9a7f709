"""Documents -> pandas tables (entities, affiliations, attendances, quotes, documents), Parquet and CSV."""

from __future__ import annotations

import json
import sys

import pytest

import pemilu_nlp
from pemilu_nlp import Document
from pemilu_nlp.tables import COLUMNS, TABLES, write_tables

pd = pytest.importorskip("pandas")

TEXT = (
    "Ketua KPU Kota Lubuk Raya Sari Wulandari menghadiri rapat pleno di Aula Hotel Sinar Harapan kemarin. "
    "\"Semua tahapan berjalan lancar,\" ujar Sari."
)


def mention(text: str, part: str, label: str, after: int = 0) -> dict:
    start = text.index(part, after)
    return {"start": start, "end": start + len(part), "text": part, "label": label}


def invented_document() -> Document:
    """A fictional article with one record of every kind."""
    s1_end = TEXT.index(" \"Semua")
    sentences = [
        {"start": 0, "end": s1_end, "text": TEXT[:s1_end]},
        {"start": s1_end + 1, "end": len(TEXT), "text": TEXT[s1_end + 1 :]},
    ]
    sari = mention(TEXT, "Sari Wulandari", "PER")
    kpu = mention(TEXT, "KPU Kota Lubuk Raya", "ORG")
    aula = mention(TEXT, "Aula Hotel Sinar Harapan", "LOC")
    entities = [{**kpu, "sentence": 0}, {**sari, "sentence": 0}, {**aula, "sentence": 0},
                {**mention(TEXT, "Sari", "PER", s1_end), "sentence": 1}]
    relations = [
        {"type": "affiliation", "sentence": 0, "person": sari, "role": mention(TEXT, "Ketua", "ROLE"), "organization": kpu},
        {"type": "attendance", "sentence": 0, "attendee": sari, "event": mention(TEXT, "rapat pleno", "EVENT"),
         "location": aula, "date": {**mention(TEXT, "kemarin", "DATE"), "value": "2024-11-24"}},
        {"type": "quote", "sentence": 1, "speaker": mention(TEXT, "Sari", "PER", s1_end),
         "content": mention(TEXT, "Semua tahapan berjalan lancar,", "QUOTE"), "direct": True},
    ]
    return Document(id="uji-1", text=TEXT, sentences=sentences, entities=entities, relations=relations,
                    meta={"line": 1, "date": "2024-11-25"})


def test_to_frames_one_row_per_record():
    doc = invented_document()
    failed = Document.failed("line 2: invalid JSON (Expecting value, column 1)", meta={"line": 2})
    frames = pemilu_nlp.to_frames([doc, failed])
    assert set(frames) == set(TABLES)
    ents = frames["entities"]
    assert list(ents["text"]) == ["KPU Kota Lubuk Raya", "Sari Wulandari", "Aula Hotel Sinar Harapan", "Sari"]
    assert list(ents["sentence"]) == [0, 0, 0, 1]
    for row in ents.itertuples():  # offsets index the document text
        assert TEXT[row.start : row.end] == row.text
        assert row.sentence_text == doc.sentences[row.sentence].text
    (aff,) = frames["affiliations"].to_dict("records")
    assert (aff["person_text"], aff["role_text"], aff["organization_text"]) == ("Sari Wulandari", "Ketua", "KPU Kota Lubuk Raya")
    assert aff["doc_id"] == "uji-1" and aff["line"] == 1
    (att,) = frames["attendances"].to_dict("records")
    assert att["event_text"] == "rapat pleno" and att["location_label"] == "LOC" and att["date_value"] == "2024-11-24"
    (quote,) = frames["quotes"].to_dict("records")
    assert quote["speaker_text"] == "Sari" and bool(quote["direct"]) and quote["sentence_text"].startswith("\"Semua")
    documents = frames["documents"]
    assert list(documents["line"]) == [1, 2] and list(documents["entities"]) == [4, 0]
    assert pd.isna(documents["error"][0]) and documents["error"][1].startswith("line 2:")
    assert documents["date"][0] == "2024-11-25" and list(documents["quotes"]) == [1, 0]


def test_dicts_path_and_documents_agree(tmp_path):
    doc = invented_document()
    path = tmp_path / "out.jsonl"
    path.write_text(doc.to_json() + "\n", encoding="utf-8")
    a, b, c = pemilu_nlp.to_frames([doc]), pemilu_nlp.to_frames([doc.to_dict()]), pemilu_nlp.to_frames(path)
    for table in TABLES:
        pd.testing.assert_frame_equal(a[table], b[table])
        pd.testing.assert_frame_equal(a[table], c[table])


def test_absent_arguments_and_empty_input_keep_the_columns():
    doc = invented_document().to_dict()
    doc["relations"][1]["location"] = None
    doc["relations"][1]["date"] = None
    (att,) = pemilu_nlp.to_frames([doc])["attendances"].to_dict("records")
    assert pd.isna(att["location_text"]) and pd.isna(att["date_start"]) and pd.isna(att["date_value"])
    empty = pemilu_nlp.to_frames([])
    for table in TABLES:
        assert list(empty[table].columns) == list(COLUMNS[table]) and len(empty[table]) == 0


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_write_tables_round_trip_in_chunks(tmp_path, fmt):
    pytest.importorskip("pyarrow")
    docs = []
    for i in range(5):
        doc = invented_document().to_dict()
        doc["id"], doc["meta"]["line"] = f"uji-{i}", i + 1
        docs.append(doc)
    paths = write_tables(docs, tmp_path / "t", format=fmt, chunk_size=2)  # three chunks
    read = pd.read_parquet if fmt == "parquet" else pd.read_csv
    whole = pemilu_nlp.to_frames(docs)
    for table in TABLES:
        back = read(paths[table])
        assert len(back) == len(whole[table]) and list(back.columns) == list(COLUMNS[table])
    ents = read(paths["entities"])
    assert list(ents["doc_id"].unique()) == [f"uji-{i}" for i in range(5)] and len(ents) == 20


def test_seed_gold_as_tables(seed_gold):
    frames = pemilu_nlp.to_frames([seed_gold])
    assert len(frames["entities"]) == len(seed_gold["entities"])
    for kind, table in (("affiliation", "affiliations"), ("attendance", "attendances"), ("quote", "quotes")):
        assert len(frames[table]) == sum(r["type"] == kind for r in seed_gold["relations"])
    for row in frames["quotes"].itertuples():
        assert seed_gold["text"][row.content_start : row.content_end] == row.content_text


def test_clear_error_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pemilu-nlp\[tables\]"):
        pemilu_nlp.to_frames([invented_document()])


def test_a_line_that_is_not_json_is_reported(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(invented_document().to_json() + "\n{rusak\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        pemilu_nlp.to_frames(path)
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[0])["id"] == "uji-1"
