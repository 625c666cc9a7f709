"""The Dask backend on a real two-process LocalCluster equals the single-process run, document for document."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import pemilu_nlp
from pemilu_nlp.batch import extract
from pemilu_nlp.cli import main
from pemilu_nlp.distributed import extract_dask, output_name, run_partitions

from .conftest import shared_path

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture
def partitions(tmp_path) -> Path:
    """Four partitions of real news (two gzipped), one with broken lines."""
    with gzip.open(shared_path("data", "news", "news-002.jsonl.gz"), "rb") as handle:
        lines = [next(handle) for _ in range(120)]
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        part = b"".join(lines[i * 30 : (i + 1) * 30])
        if i == 2:
            part = part[:5000] + b"\n{\"text\": 12}\n\xff\xff\n" + part[5000:]  # an article cut in two lines, then two bad lines
        if i % 2:
            (folder / f"bagian-{i}.jsonl.gz").write_bytes(gzip.compress(part))
        else:
            (folder / f"bagian-{i}.jsonl").write_bytes(part)
    return folder


def test_dask_equals_single_process(client, partitions, tmp_path, blank_model):
    out = tmp_path / "out"
    results = run_partitions(partitions, out, scheduler=client, model=blank_model, batch_size=8)
    assert [Path(r.output).name for r in results] == [f"bagian-{i}.jsonl" for i in range(4)]
    # the pipeline is loaded once per worker process, whatever number of partitions it ran
    loads: dict[int, int] = {}
    for result in results:
        loads[result.pid] = max(loads.get(result.pid, 0), result.loads)
    assert set(loads.values()) == {1}
    assert all(r.pid != __import__("os").getpid() for r in results)

    nlp = pemilu_nlp.load(blank_model)
    for source in sorted(partitions.iterdir()):
        single = tmp_path / f"single-{source.name}.jsonl"
        extract(str(source), str(single), nlp=nlp, batch_size=8)
        dask_out = out / output_name(source)
        assert dask_out.read_bytes() == single.read_bytes()
    docs = [json.loads(line) for line in (out / "bagian-2.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(1 for d in docs if d.get("error")) == 4 and len(docs) == 33


def test_cli_dask_with_a_scheduler_address(client, partitions, tmp_path, blank_model, capsys):
    out = tmp_path / "out"
    address = client.scheduler.address
    argv = ["extract", "--dask", address, str(partitions), "-o", str(out), "--model", blank_model]
    assert main(argv) == 1  # partition 2 has bad lines
    err = capsys.readouterr().err
    assert "123 articles (4 failed)" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == [f"bagian-{i}.jsonl" for i in range(4)]
    # resuming a finished run does nothing and still reports the failures
    again = extract_dask(partitions, out, scheduler=client, model=blank_model, resume=True)
    assert again.articles == 0 and again.skipped == 123 and again.any_failed
    assert main(["extract", "--dask", address, str(partitions), "--model", blank_model]) == 2
    assert "output directory" in capsys.readouterr().err
