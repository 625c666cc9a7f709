"""Corpus runs: kill -9 and resume, torn lines, duplicate ids, and 100 kinds of malformed input."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pemilu_nlp
from pemilu_nlp.batch import extract, scan_output
from pemilu_nlp.cli import main

from .conftest import shared_path

SENTENCES = [
    "Ketua KPU Kota Lubuk Raya, Sari Wulandari, membuka rapat pleno di Aula Hotel Sinar Harapan.",
    "“Semua tahapan berjalan lancar,” ujar Sari kepada wartawan, Senin (25/11/2024).",
    "Bawaslu Kabupaten Tanjung Emas menggelar sosialisasi pengawasan partisipatif.",
    "Calon wali kota Budi Santoso berkampanye di Pasar Baru bersama ratusan relawan.",
]


N_ARTICLES = 500  # enough that a run on a fast idle machine still lasts long enough to be killed


def corpus_lines(n: int) -> list[bytes]:
    """Real news articles (JSONL lines) from ../shared: every third loses its id, one id repeats."""
    with gzip.open(shared_path("data", "news", "news-001.jsonl.gz"), "rb") as handle:
        records = [json.loads(next(handle)) for _ in range(n)]
    for i, record in enumerate(records):
        if i % 3 == 2:
            del record["id"]
    records[10]["id"] = records[4]["id"]  # the same id twice: both must come out, once each
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records]
    lines[20:20] = [b'{"id": "rusak", "text": "terpotong\n', b"\xff\xfe sampah\n", b'{"text": null}\n']
    return lines


def keys(path: Path) -> list:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        out.append((doc["id"], doc["meta"]["line"]))
    return out


def test_kill_9_and_resume_loses_nothing_and_duplicates_nothing(tmp_path, blank_model):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(corpus_lines(N_ARTICLES)))
    reference = tmp_path / "ref.jsonl"
    nlp = pemilu_nlp.load(blank_model)
    assert extract(str(source), str(reference), nlp=nlp, batch_size=4).any_failed
    expected = reference.read_bytes()
    assert len(expected.splitlines()) == N_ARTICLES + 3

    out = tmp_path / "out.jsonl"
    rng = random.Random(7)
    kills = 0
    for round in range(3):
        workers = "2" if round % 2 else "1"
        cmd = [sys.executable, "-m", "pemilu_nlp.cli", "extract", str(source), "-o", str(out), "--resume",
               "--model", blank_model, "--batch-size", "4", "--workers", workers, "-q"]
        before = out.stat().st_size if out.exists() else 0
        # a session of its own, so that SIGKILL takes the workers down with the main process
        proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while proc.poll() is None and (not out.exists() or out.stat().st_size <= before):
            assert time.monotonic() < deadline, "the run wrote nothing"
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.25))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=30)
        proc.stderr.close()
        if round == 1:  # what a kill in the middle of a write leaves: a torn last line
            with open(out, "ab") as handle:
                handle.write(b'{"id": "setengah", "text": "Ketua KP')
    assert kills >= 2, "the runs finished before they could be killed; the test proves nothing"
    assert len(out.read_bytes().splitlines()) < N_ARTICLES + 3

    done = subprocess.run(
        [sys.executable, "-m", "pemilu_nlp.cli", "extract", str(source), "-o", str(out), "--resume",
         "--model", blank_model, "--batch-size", "4"], capture_output=True, timeout=120,
    )
    assert done.returncode == 1 and b"3 article(s) failed" in done.stderr  # the 3 bad lines, from any run
    assert b"Traceback" not in done.stderr
    # exactly the uninterrupted output: every article once, in input order
    assert out.read_bytes() == expected
    assert len(set(keys(out))) == len(keys(out)) == N_ARTICLES + 3


def test_resume_cuts_a_torn_line_and_matches_repeated_ids(tmp_path, blank_model):
    nlp = pemilu_nlp.load(blank_model)
    records = [{"id": "sama", "text": s} for s in SENTENCES[:2]] + [{"text": s} for s in SENTENCES[2:]]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    full = tmp_path / "full.jsonl"
    extract(str(source), str(full), nlp=nlp)
    lines = full.read_bytes().splitlines(keepends=True)

    out = tmp_path / "out.jsonl"
    out.write_bytes(lines[0] + lines[2] + lines[3][:25])  # one "sama", line 3, and a torn line 4
    done = scan_output(str(out))
    assert done.repaired_bytes == 25 and done.documents == 2
    assert out.read_bytes() == lines[0] + lines[2]
    summary = extract(str(source), str(out), nlp=nlp, resume=True)
    assert summary.skipped == 2 and summary.articles == 2
    # the second "sama" and line 4 are appended: each article once (order: the first run's, then the rest)
    assert sorted(out.read_bytes().splitlines(keepends=True)) == sorted(lines)
    again = extract(str(source), str(out), nlp=nlp, resume=True)
    assert again.articles == 0 and again.skipped == 4


def test_resume_refuses_an_output_that_is_not_ours(tmp_path, blank_model, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": SENTENCES[0]}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("bukan json\n{}\n", encoding="utf-8")
    assert main(["extract", str(source), "-o", str(out), "--resume", "--model", blank_model]) == 2
    assert "line 1 of" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "bukan json\n{}\n"


# --------------------------------------------------------------------------- 100 malformed inputs


def _good(rng: random.Random, i: int) -> bytes:
    record = {"id": f"uji-{i}", "text": " ".join(rng.sample(SENTENCES, 2))}
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def malformed_cases() -> list[tuple[str, str, bytes]]:
    """(name, file suffix, content): every one holds at least one thing that must fail."""
    rng = random.Random(2024)
    cases: list[tuple[str, str, bytes]] = []
    for i in range(15):  # truncated JSON, between good lines
        line = _good(rng, i)
        cut = line[: rng.randrange(1, len(line) - 1)]
        cases.append((f"truncated-{i}", ".jsonl", _good(rng, 100) + b"\n" + cut + b"\n" + _good(rng, 101) + b"\n"))
    wrong = [b'{"text": 5}', b'{"text": 1.5}', b'{"text": ["a"]}', b'{"text": {"a": 1}}', b'{"text": null}',
             b'{"text": true}', b'{"id": {"a": 1}, "text": "Rapat KPU."}', b'{"id": [1], "text": "Rapat."}',
             b'{"id": true, "text": "Rapat."}', b"[1, 2]", b'"teks saja"', b"42", b"null", b"{}",
             b'{"judul": "tanpa teks"}']
    for i, line in enumerate(wrong):  # wrong types
        cases.append((f"wrong-type-{i}", ".jsonl", _good(rng, i) + b"\n" + line + b"\n"))
    for i in range(20):  # binary junk
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
        cases.append((f"junk-{i}", ".jsonl" if i % 4 else ".txt", (junk + b"\x00\xff") if i % 4 else b"\xff" + junk))
    for i in range(6):  # huge lines: over the byte limit (never read into memory), or text over --max-chars
        if i % 2:
            line = b'{"text": "' + b"a" * (1_100_000 + i * 400_000) + b'"}'
        else:
            line = json.dumps({"id": f"panjang-{i}", "text": "Rapat pleno KPU. " * (400 + i * 500)}).encode()
        cases.append((f"huge-line-{i}", ".jsonl", _good(rng, i) + b"\n" + line + b"\n" + _good(rng, i + 1) + b"\n"))
    cases.append(("huge-txt", ".txt", "Rapat pleno KPU. ".encode() * 2000))
    cases += [("empty", ".jsonl", b""), ("blank-lines", ".jsonl", b"\n \n\t\n"), ("empty-txt", ".txt", b""),
              ("blank-txt", ".txt", b" \n\n"), ("empty-gz", ".jsonl.gz", gzip.compress(b""))]
    for i in range(16):  # gzip corrupted mid-stream: truncated, bytes overwritten, or garbage appended
        data = gzip.compress(b"".join(_good(rng, j) + b"\n" for j in range(300)), mtime=0)
        if i % 3 == 0:
            data = data[: rng.randrange(20, len(data) - 10)]
        elif i % 3 == 1:
            at = rng.randrange(len(data) // 3, len(data) - 20)
            data = data[:at] + bytes(rng.randrange(256) for _ in range(16)) + data[at + 16 :]
        else:
            data = data + b"BUKAN GZIP"
        cases.append((f"gzip-corrupt-{i}", ".jsonl.gz", data))
    cases.append(("not-gzip-at-all", ".jsonl.gz", b"\x1f\x8b\x08\x00 bukan gzip"))
    special = [b'{"text": NaN}', b'{"text": "Rapat.", "skor": Infinity}', b'{"text": "Rapat.", "skor": 1e999}',
               b"[" * 100_000 + b"]" * 100_000, b'{"text": "Rapat \\ud800 pleno."}',
               b'{"text": "Rapat.", "n": ' + b"9" * 5000 + b"}", b'{"text": "Rapat."',
               b'{"text": "a\x00b"}', b'{"text": "Rapat\xc3"}', b"\x00\x00\x00\x00", b'{"text": "Rapat.",}',
               b"{'text': 'Rapat.'}", b'{"text": "Rapat."} {"text": "lagi"}', b'{"text": "\\x41"}',
               b'{"text": "Rapat.", "id": "a", "id": {"b": 2}}']
    encodings = [("utf16", ".jsonl", '{"text": "Rapat KPU."}\n'.encode("utf-16")),
                 ("utf16-txt", ".txt", "Rapat pleno KPU di Bandung.".encode("utf-16")),
                 ("latin1", ".jsonl", '{"text": "Pemilu di Garut \xe9"}\n'.encode("latin-1")),
                 ("latin1-txt", ".txt", "Caf\xe9 di Garut menjadi lokasi debat.".encode("latin-1")),
                 ("cp1252-quotes", ".jsonl", '{"text": "\u201cKami siap,\u201d ujarnya."}'.encode("cp1252")),
                 ("overlong-utf8", ".jsonl", b'{"text": "Rapat \xc0\xaf pleno."}\n')]
    cases += [(f"encoding-{name}", suffix, data) for name, suffix, data in encodings]
    for i, line in enumerate(special):  # NaN, infinity, deep nesting, lone surrogates, control bytes...
        cases.append((f"special-{i}", ".jsonl", line + b"\r\n" + _good(rng, i) + b"\r\n"))
    return cases


CASES = malformed_cases()


def test_there_are_100_cases():
    assert len(CASES) >= 100 and len({name for name, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize("name,suffix,content", CASES, ids=[c[0] for c in CASES])
def test_malformed_input_gives_error_documents_never_a_traceback(name, suffix, content, tmp_path, blank_model, capsys):
    source = tmp_path / f"input{suffix}"
    source.write_bytes(content)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(source), "-o", str(out), "--model", blank_model, "--max-chars", "5000"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "article(s) failed" in err
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert docs, "an input always gives at least one document"
    lines = [d["meta"]["line"] for d in docs]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)  # input order, one per line
    failed = [d for d in docs if d.get("error")]
    assert failed
    for doc in failed:
        assert doc["error"].startswith(f"line {doc['meta']['line']}: ") and doc["sentences"] == []
    for doc in docs:
        if not doc.get("error"):
            assert doc["sentences"] and doc["text"][doc["sentences"][0]["start"]:].startswith(doc["sentences"][0]["text"])
