"""Documents as tables: one row per entity or relation record, for pandas, Parquet or CSV.

>>> frames = pemilu_nlp.to_frames("out.jsonl")        # or Documents, or dicts
>>> frames["affiliations"][["person_text", "role_text", "organization_text"]]

Tables (fixed columns, so that partitions and chunks concatenate):

- ``documents``: one row per document (id, input line, error, counts), errors included;
- ``entities``: doc_id, line, sentence, sentence_text, start, end, text, label;
- ``affiliations`` / ``attendances`` / ``quotes``: doc_id, line, sentence,
  sentence_text, then ``<argument>_start/_end/_text/_label`` for each argument of the
  record type (``person``, ``role``, ``organization``; ``attendee``, ``event``,
  ``location``, ``date`` + ``date_value``; ``speaker``, ``content`` + ``direct``).
  An absent argument (``null``) gives empty cells.

Offsets are character offsets into the document text, as in the JSON. pandas and
pyarrow are optional (``pip install 'pemilu-nlp[tables]'``) and imported only here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.util import minibatch

from .document import RELATION_ARGUMENTS, Document

if TYPE_CHECKING:
    import pandas as pd

RELATION_TABLES: dict[str, str] = {"affiliation": "affiliations", "attendance": "attendances", "quote": "quotes"}
TABLES: tuple[str, ...] = ("documents", "entities", *RELATION_TABLES.values())

_ROW_KEYS = {"doc_id": "string", "line": "Int64", "sentence": "Int64", "sentence_text": "string"}


def _mention_columns(name: str) -> dict[str, str]:
    return {f"{name}_start": "Int64", f"{name}_end": "Int64", f"{name}_text": "string", f"{name}_label": "string"}


def _relation_columns(kind: str) -> dict[str, str]:
    columns = dict(_ROW_KEYS)
    for arg in RELATION_ARGUMENTS[kind]:
        columns.update(_mention_columns(arg))
    if kind == "attendance":
        columns["date_value"] = "string"
    if kind == "quote":
        columns["direct"] = "boolean"
    return columns


COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "string",
        "line": "Int64",
        "error": "string",
        "date": "string",
        "chars": "Int64",
        "sentences": "Int64",
        "entities": "Int64",
        **{table: "Int64" for table in RELATION_TABLES.values()},
    },
    "entities": {**_ROW_KEYS, "start": "Int64", "end": "Int64", "text": "string", "label": "string"},
    **{table: _relation_columns(kind) for kind, table in RELATION_TABLES.items()},
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise ImportError(
            "tables need pandas (and pyarrow for Parquet): pip install 'pemilu-nlp[tables]'"
        ) from err
    return pandas


def iter_documents(source: str | os.PathLike[str] | Iterable[Document | Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """Documents as plain dicts, from a JSONL path, ``Document`` objects or dicts."""
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    data = json.loads(raw)
                except ValueError as err:
                    raise ValueError(f"{source}, line {number}: not a JSON document ({err})") from None
                yield data
        return
    for doc in source:
        yield doc.to_dict() if isinstance(doc, Document) else dict(doc)


def rows(doc: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The table rows of one document (a dict in the contract's shape)."""
    meta = doc.get("meta") or {}
    sentences = doc.get("sentences") or []
    relations = doc.get("relations") or []
    key = {"doc_id": doc.get("id"), "line": meta.get("line") if isinstance(meta.get("line"), int) else None}

    def located(record: Mapping[str, Any]) -> dict[str, Any]:
        index = record.get("sentence")
        text = sentences[index]["text"] if isinstance(index, int) and 0 <= index < len(sentences) else None
        return {**key, "sentence": index, "sentence_text": text}

    out: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    counts = {table: 0 for table in RELATION_TABLES.values()}
    for ent in doc.get("entities") or []:
        out["entities"].append(
            {**located(ent), "start": ent["start"], "end": ent["end"], "text": ent["text"], "label": ent["label"]}
        )
    for rel in relations:
        table = RELATION_TABLES.get(rel.get("type"))
        if table is None:  # a relation type this version does not know: not ours to tabulate
            continue
        counts[table] += 1
        row = located(rel)
        for arg in RELATION_ARGUMENTS[rel["type"]]:
            mention = rel.get(arg) or {}
            for part in ("start", "end", "text", "label"):
                row[f"{arg}_{part}"] = mention.get(part)
        if rel["type"] == "attendance":
            row["date_value"] = (rel.get("date") or {}).get("value")
        if rel["type"] == "quote":
            row["direct"] = rel.get("direct")
        out[table].append(row)
    out["documents"].append(
        {
            **key,
            "error": doc.get("error"),
            "date": meta.get("date") if isinstance(meta.get("date"), str) else None,
            "chars": len(doc.get("text") or ""),
            "sentences": len(sentences),
            "entities": len(out["entities"]),
            **counts,
        }
    )
    return out


def _frame(table: str, records: list[dict[str, Any]]) -> "pd.DataFrame":
    pd = _pandas()
    columns = COLUMNS[table]
    frame = pd.DataFrame.from_records(records, columns=list(columns))
    return frame.astype(columns)


def _collect(docs: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    collected: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    for doc in docs:
        for table, table_rows in rows(doc).items():
            collected[table].extend(table_rows)
    return collected


def to_frames(source: str | os.PathLike[str] | Iterable[Document | Mapping[str, Any]]) -> dict[str, "pd.DataFrame"]:
    """``{"documents", "entities", "affiliations", "attendances", "quotes"}`` -> pandas DataFrame.

    ``source``: a JSONL file written by ``pemilu-nlp extract``, or ``Document``s, or dicts.
    """
    _pandas()
    collected = _collect(iter_documents(source))
    return {table: _frame(table, collected[table]) for table in TABLES}


def write_tables(
    source: str | os.PathLike[str] | Iterable[Document | Mapping[str, Any]],
    out_dir: str | os.PathLike[str],
    *,
    format: str = "parquet",
    chunk_size: int = 10_000,
) -> dict[str, Path]:
    """Write every table as ``out_dir/<table>.parquet`` (or ``.csv``), a chunk of documents at a time.

    Memory stays bounded by ``chunk_size`` documents whatever the corpus size.
    """
    if format not in ("parquet", "csv"):
        raise ValueError(f"unknown table format {format!r}; expected 'parquet' or 'csv'")
    _pandas()
    if format == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as err:
            raise ImportError("Parquet tables need pyarrow: pip install 'pemilu-nlp[tables]'") from err
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {table: out / f"{table}.{format}" for table in TABLES}
    writers: dict[str, Any] = {}
    try:
        chunks = minibatch(iter_documents(source), chunk_size)
        first = True
        for chunk in chunks:
            collected = _collect(chunk)
            for table in TABLES:
                frame = _frame(table, collected[table])
                if format == "csv":
                    frame.to_csv(paths[table], mode="w" if first else "a", header=first, index=False)
                else:
                    arrow = pa.Table.from_pandas(frame, preserve_index=False)
                    if table not in writers:
                        writers[table] = pq.ParquetWriter(paths[table], arrow.schema)
                    writers[table].write_table(arrow)
            first = False
        if first:  # no documents at all: still write the (empty) tables with their columns
            for table in TABLES:
                frame = _frame(table, [])
                if format == "csv":
                    frame.to_csv(paths[table], index=False)
                else:
                    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), paths[table])
    finally:
        for writer in writers.values():
            writer.close()
    return paths


def run_tables(args: argparse.Namespace) -> int:
    """``pemilu-nlp tables``: exit 0, or 2 on an unreadable input."""
    if not Path(args.input).is_file():
        raise FileNotFoundError(f"input file not found: {args.input}")
    try:
        paths = write_tables(args.input, args.output, format=args.format)
    except ValueError as err:
        print(f"pemilu-nlp: {err}", file=sys.stderr)
        return 2
    frames_note = ", ".join(str(p) for p in paths.values())
    print(f"pemilu-nlp: wrote {frames_note}", file=sys.stderr)
    return 0


__all__ = ["to_frames", "write_tables", "iter_documents", "rows", "TABLES", "COLUMNS"]
