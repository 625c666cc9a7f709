"""Load time of the default pipeline: median of N fresh interpreters.

    python bench/bench_load.py [--runs 5] [--model pemilu_id_core]

Each run starts a new Python process, imports spaCy and pemilu_nlp (not timed:
that cost is the same for any spaCy pipeline), then times ``pemilu_nlp.load()``
(reading the model directory and building every component) and, separately, the
first call on a short text: work a component defers to first use (the entity
lexicon's phrase matcher is built there) shows up in that second figure instead of
vanishing from the first. A fresh process per run keeps in-process caches
(``lru_cache`` lexicons) from making later runs look faster than a user's first load.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CHILD = """
import sys, time
import spacy, pemilu_nlp
t0 = time.perf_counter()
nlp = pemilu_nlp.load(sys.argv[1])
t1 = time.perf_counter()
nlp("Ketua KPU Kota Batu, Rina Wulandari, hadir di kantor Bawaslu Jawa Timur pada Senin (4/3/2024).")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--model", default="pemilu_id_core", help="shipped model name or pipeline directory")
    args = parser.parse_args()
    loads, firsts = [], []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", CHILD, args.model], check=True, capture_output=True, text=True)
        load, first = map(float, out.stdout.split())
        loads.append(load)
        firsts.append(first)
    print(f"model {args.model!r}, {args.runs} fresh interpreters (import spacy, pemilu_nlp not timed)")
    for name, times in (("load()", loads), ("first doc", firsts)):
        print(f"  {name:<10} median {statistics.median(times):.3f} s  (min {min(times):.3f}, max {max(times):.3f})")


if __name__ == "__main__":
    main()
