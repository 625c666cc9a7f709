"""Draw fresh pools of news articles to annotate (annotations/README.md).

Articles of 120-600 words with a meeting word, drawn at random (fixed seed) in proportion to
each source, leaving out every id already annotated (``annotations/``, ``gold/dev.jsonl``,
earlier pool files) and clickid articles with dropped inline spans (``news/SOURCE.md``).
Writes one id list per pool to ``training/annotation/pool_<PREFIX><a, b, ...>.txt``.

    python bench/draw_pool.py SEED N_POOLS SIZE PREFIX     # session 12: 1212 4 12 tune30
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
POOLS = ROOT / "training" / "annotation"
MEETING = re.compile(
    r"\b(rapat|pertemuan|bertemu|menghadiri|hadir|dihadiri|kunjungan|mengunjungi|sidang|acara|didampingi)\b", re.I
)


def used_ids() -> set[str]:
    """Every article already annotated or already in a pool."""
    used: set[str] = set()
    for path in list((ROOT / "annotations").rglob("*.jsonl")) + [SHARED / "data" / "gold" / "dev.jsonl"]:
        with open(path, encoding="utf-8") as f:
            used.update(json.loads(line)["id"] for line in f if line.strip())
    for path in POOLS.glob("pool_*.txt"):
        used.update(line.strip() for line in path.read_text().splitlines() if line.strip())
    return used


def candidates(used: set[str]) -> dict[str, list[str]]:
    """Ids of the articles that may be drawn, by source."""
    gaps_file = SHARED / "data" / "news" / "clickid-gaps.tsv"
    rows = [line.split("\t") for line in gaps_file.read_text().splitlines()[1:]]
    gapped = {row[0] for row in rows if int(row[2]) > 0}
    by_source: dict[str, list[str]] = collections.defaultdict(list)
    for shard in sorted((SHARED / "data" / "news").glob("news-*.jsonl.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                if article["id"] in used or article["id"] in gapped:
                    continue
                if 120 <= len(article["text"].split()) <= 600 and MEETING.search(article["text"]):
                    by_source[article["source"]].append(article["id"])
    return by_source


def draw(seed: int, n_pools: int, size: int, prefix: str) -> list[Path]:
    by_source = candidates(used_ids())
    rng = random.Random(seed)
    total = sum(len(ids) for ids in by_source.values())
    picked: list[str] = []
    for _, ids in sorted(by_source.items()):
        picked += rng.sample(sorted(ids), min(round(n_pools * size * len(ids) / total), len(ids)))
    rng.shuffle(picked)
    written = []
    for p in range(n_pools):
        path = POOLS / f"pool_{prefix}{chr(ord('a') + p)}.txt"
        path.write_text("\n".join(picked[p * size : (p + 1) * size]) + "\n")
        written.append(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("n_pools", type=int)
    ap.add_argument("size", type=int)
    ap.add_argument("prefix")
    args = ap.parse_args()
    for path in draw(args.seed, args.n_pools, args.size, args.prefix):
        print(path)


if __name__ == "__main__":
    main()
