#!/usr/bin/env python3
"""Time single query statements over a loaded CSV, loading excluded: each binary loads the
file once, then runs every query --repeat times with `timer on`; the table gives each query's
median statement time per binary. Binaries alternate run by run, so a busy machine weighs on
each alike.

  python3 scripts/bench/expressions.py --csv /tmp/bench.csv BIN [BIN ...]
  (make the CSV with scripts/bench/make_csv.py --rows 1000000 --out /tmp/bench.csv)
"""
import argparse
import re
import statistics
import subprocess

QUERIES = [
    "t | where capacity > 20000 | count",
    "t | where country == \"Kenya\" | count",
    "t | where value > 0 and active == true | count",
    "t | where country in [\"Kenya\", \"Peru\"] or capacity is null | count",
    "t | select x = capacity * 2 + 1, y = value / 3 | count",
    "t | group country | aggregate s = sum(value), a = avg(value)",
    "t | where capacity > 20 and active == true | group country | aggregate n = count(), mean_value = avg(value) | sort n desc",
    "t | group phase | aggregate n = count(), lo = min(capacity), hi = max(capacity), m = median(value)",
]


def times(binary, csv, repeat):
    statements = [f"load {csv} as t", "timer on"] + [q for q in QUERIES for _ in range(repeat)]
    args = [binary, "-q", "--no-history", "--mode", "csv"]
    for statement in statements:
        args += ["-c", statement]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    found = [float(m) for m in re.findall(r"time: ([0-9.]+) ms", done.stderr)]
    found = found[-len(QUERIES) * repeat:]
    return [found[i * repeat:(i + 1) * repeat] for i in range(len(QUERIES))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--csv", required=True)
    parser.add_argument("--runs", type=int, default=3, help="processes per binary")
    parser.add_argument("--repeat", type=int, default=3, help="times each query runs in one process")
    args = parser.parse_args()
    collected = {binary: [[] for _ in QUERIES] for binary in args.binaries}
    for _ in range(args.runs):
        for binary in args.binaries:
            for index, found in enumerate(times(binary, args.csv, args.repeat)):
                collected[binary][index] += found
    print("median ms per statement (loading excluded); columns are the binaries in order:")
    for number, binary in enumerate(args.binaries, 1):
        print(f"  [{number}] {binary}")
    print("query".ljust(96) + "".join(f"[{n}]".rjust(12) for n in range(1, len(args.binaries) + 1)))
    for index, query in enumerate(QUERIES):
        cells = [statistics.median(collected[b][index]) for b in args.binaries]
        print(query[:94].ljust(96) + "".join(f"{c:12.1f}" for c in cells))


if __name__ == "__main__":
    main()
