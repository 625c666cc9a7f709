"""``pemilu-nlp extract`` and ``tables`` from the command line: inputs, error documents, exit codes."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pemilu_nlp import __version__
from pemilu_nlp.batch import Progress
from pemilu_nlp.cli import main

from .conftest import shared_path

ARTICLES = [
    {"id": "uji-1", "source": "uji", "date": "2024-11-25",
     "text": "Ketua KPU Kota Lubuk Raya, Sari Wulandari, membuka rapat pleno di Aula Hotel Sinar Harapan. "
             "\"Semua tahapan berjalan lancar,\" ujarnya."},
    {"id": "uji-2", "source": "uji", "date": None,
     "text": "Bawaslu Kabupaten Tanjung Emas menggelar sosialisasi pengawasan partisipatif. Acara dihadiri 200 warga."},
    {"id": 3, "source": "uji",
     "text": "Calon wali kota Budi Santoso berkampanye di Pasar Baru, Minggu (24/11/2024)."},
]


def write_jsonl(path: Path, records: list, gz: bool = False) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def cli(*args: str, stdin: bytes | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pemilu_nlp.cli", *args], input=stdin, capture_output=True, timeout=timeout
    )


def test_version(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["--version"])
    assert exit.value.code == 0
    assert capsys.readouterr().out.strip() == f"pemilu-nlp {__version__}"


def test_txt_input_on_the_default_model(tmp_path, capsys):
    # the shipped model, end to end through main(); the file stem becomes the id
    article = tmp_path / "berita-pilkada.txt"
    article.write_text(ARTICLES[0]["text"], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(article), "-o", str(out)]) == 0
    (doc,) = read_jsonl(out)
    assert doc["id"] == "berita-pilkada" and doc["text"] == ARTICLES[0]["text"]
    assert [s["text"] for s in doc["sentences"]][-1] == "\"Semua tahapan berjalan lancar,\" ujarnya."
    assert "error" not in doc and doc["meta"] == {"line": 1}
    err = capsys.readouterr().err
    assert "1 articles (0 failed)" in err and "words/s" in err  # the summary
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_jsonl_and_gz_give_the_same_documents_in_input_order(tmp_path, blank_model):
    plain = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    packed = write_jsonl(tmp_path / "in.jsonl.gz", ARTICLES, gz=True)
    assert main(["extract", str(plain), "-o", str(tmp_path / "a.jsonl"), "--model", blank_model, "-q"]) == 0
    assert main(["extract", str(packed), "-o", str(tmp_path / "b.jsonl"), "--model", blank_model, "-q"]) == 0
    docs = read_jsonl(tmp_path / "a.jsonl")
    assert docs == read_jsonl(tmp_path / "b.jsonl")
    assert [d["id"] for d in docs] == ["uji-1", "uji-2", "3"]
    assert docs[0]["meta"] == {"source": "uji", "date": "2024-11-25", "line": 1}
    assert [len(d["sentences"]) for d in docs] == [2, 2, 1]


def test_stdin_text(blank_model):
    text = ARTICLES[1]["text"].encode("utf-8")
    done = cli("extract", "-", "--model", blank_model, stdin=text)
    assert done.returncode == 0, done.stderr
    (doc,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert doc["id"] is None and [s["text"] for s in doc["sentences"]][1] == "Acara dihadiri 200 warga."


def test_stdin_jsonl(blank_model, monkeypatch, capsysbinary):
    lines = "".join(json.dumps(a) + "\n" for a in ARTICLES).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(lines))))
    assert main(["extract", "-", "--input-format", "jsonl", "--model", blank_model, "-q"]) == 0
    captured = capsysbinary.readouterr()
    assert captured.err == b""
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["uji-1", "uji-2", "3"]


def test_bad_lines_become_error_documents_in_order(tmp_path, blank_model, capsys):
    good = json.dumps(ARTICLES[1]).encode("utf-8")
    raw = b"\n".join([
        good,
        b'{"id": "rusak", "text": "Rapat pleno',  # truncated JSON
        b'{"id": "tanpa-teks"}',
        b"",  # blank line: not an article, but its line number counts
        b'{"text": ["bukan", "string"]}',
        b"\xff\xfe\x00junk\x80",
        b'"hanya string"',
        good.replace(b'"uji-2"', b'"uji-2b"'),
    ]) + b"\n"
    path = tmp_path / "campur.jsonl"
    path.write_bytes(raw)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "--model", blank_model]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "5 article(s) failed" in err
    docs = read_jsonl(out)
    assert [d["meta"]["line"] for d in docs] == [1, 2, 3, 5, 6, 7, 8]
    assert [d.get("error") is not None for d in docs] == [False, True, True, True, True, True, False]
    assert "invalid JSON" in docs[1]["error"] and docs[1]["error"].startswith("line 2:")
    assert docs[2]["id"] == "tanpa-teks" and "field 'text' is missing" in docs[2]["error"]
    assert "not a string" in docs[3]["error"]
    assert "not valid UTF-8" in docs[4]["error"]
    assert "expected a JSON object" in docs[5]["error"]
    assert docs[6]["id"] == "uji-2b" and docs[6]["sentences"]


def test_max_chars_and_empty_input(tmp_path, blank_model):
    path = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "--model", blank_model, "--max-chars", "90", "-q"]) == 1
    errors = [d.get("error") for d in read_jsonl(out)]
    assert errors[2] is None and all("over the limit of 90" in e for e in errors[:2])
    empty = tmp_path / "kosong.jsonl"
    empty.write_bytes(b"")
    assert main(["extract", str(empty), "-o", str(out), "--model", blank_model, "-q"]) == 1
    (doc,) = read_jsonl(out)
    assert doc["error"] == "line 1: input is empty (no articles)" and doc["meta"] == {"line": 1}


def test_usage_errors_exit_2_without_traceback(tmp_path, blank_model, capsys):
    assert main(["extract", str(tmp_path / "tidak-ada.jsonl")]) == 2
    assert "input file not found" in capsys.readouterr().err
    path = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    assert main(["extract", str(path), "--resume", "--model", blank_model]) == 2
    assert "--resume needs an output file" in capsys.readouterr().err
    assert main(["extract", str(path), str(path), "--model", blank_model]) == 2
    assert "give one INPUT" in capsys.readouterr().err
    assert main(["extract", str(path), "--model", str(tmp_path / "no-model")]) == 2
    assert "no pemilu_nlp model" in capsys.readouterr().err


def test_two_workers_write_what_one_writes(tmp_path, blank_model):
    corpus = shared_path("data", "news", "news-003.jsonl.gz")
    with gzip.open(corpus, "rb") as handle:
        lines = [next(handle) for _ in range(120)]
    lines.insert(50, b"{not json}\n")
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join(lines))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    common = ["--model", blank_model, "--batch-size", "8", "-q"]
    assert main(["extract", str(path), "-o", str(one), *common]) == 1
    assert main(["extract", str(path), "-o", str(two), "--workers", "2", *common]) == 1
    assert one.read_bytes() == two.read_bytes()
    docs = read_jsonl(one)
    assert len(docs) == 121 and docs[50]["meta"]["line"] == 51 and "error" in docs[50]


def test_progress_line_shows_rate_and_eta():
    stream = io.StringIO()
    bar = Progress(200, stream=stream, enabled=True, interval=0.0)
    bar.start -= 10.0  # 10 seconds ago
    bar.advance(50, 12_500)
    line = bar.line(bar.start + 10.0)
    assert line.startswith("50/200 articles  25%")
    assert "5.0 articles/s" in line and "1,250 words/s" in line and "ETA 0:00:30" in line
    assert stream.getvalue().startswith("\r50/200")
    bar.close()
    silent = io.StringIO()
    Progress(None, stream=silent, enabled=False).advance(5, 10)
    assert silent.getvalue() == ""


def test_tables_command(tmp_path, blank_model, capsys):
    pytest.importorskip("pyarrow")
    path = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "--model", blank_model, "-q"]) == 0
    assert main(["tables", str(out), "--format", "csv", "-o", str(tmp_path / "t")]) == 0
    rows = (tmp_path / "t" / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("doc_id,line,error") and rows[1].startswith("uji-1,1,,2024-11-25")
    assert main(["tables", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "t")]) == 2
    assert "input file not found" in capsys.readouterr().err


def test_utf8_bom_and_crlf_are_accepted(tmp_path, blank_model):
    # what Excel and Windows editors write: a BOM before the first line, CRLF line ends
    raw = "".join(json.dumps(a, ensure_ascii=False) + "\r\n" for a in ARTICLES).encode("utf-8")
    path = tmp_path / "windows.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + raw)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "--model", blank_model, "-q"]) == 0
    assert [d["text"] for d in read_jsonl(out)] == [a["text"] for a in ARTICLES]


def test_html_pages_one_per_article(tmp_path, blank_model):
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a/1", "text": "Rapat pleno digelar di Lubuk Raya. Semua saksi hadir."},
        {"id": "b", "text": "Debat kandidat berlangsung tertib."},
    ])
    out, pages = tmp_path / "out.jsonl", tmp_path / "html"
    assert main(["extract", str(source), "-o", str(out), "--model", blank_model, "--html", str(pages), "-q"]) == 0
    names = sorted(p.name for p in pages.iterdir())
    assert names == ["a_1.html", "b.html", "index.html"]
    assert "Debat kandidat berlangsung tertib." in (pages / "b.html").read_text(encoding="utf-8")
    # pages are read back from the output file: refusing stdout keeps the promise
    assert main(["extract", str(source), "--model", blank_model, "--html", str(pages), "-q"]) == 2
