#!/usr/bin/env python3
"""Whole-process benchmarks of PlaceLab against its peers, measured in the same run.

  python3 scripts/bench/bench.py startup        # placelab -c help  vs  sqlite3 :memory: 'select 1'
  python3 scripts/bench/bench.py load [--rows N] # load an N-row CSV: placelab vs sqlite3 .import vs DuckDB
  python3 scripts/bench/bench.py query [--rows N] # load, then filter + group + sort: the same question to each

Builds the release binary first. Each command runs --runs times (default 11 for start-up,
3 for loading); the table gives the median wall time, the peak resident memory of the
slowest-memory run, and each time as a ratio to PlaceLab's (a ratio above 1 means the peer
is slower). DuckDB is measured when its CLI is installed (pip install duckdb-cli).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLACELAB = os.path.join(ROOT, ".build", "release", "placelab")


def measure(argv, runs):
    """Median wall seconds and peak RSS (MiB) of running argv `runs` times."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        stderr = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(argv)}\n{stderr}")
        times.append(elapsed)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


def report(title, rows):
    base = rows[0][1]
    print(f"\n{title}")
    print(f"{'command':<48} {'median':>10} {'peak MiB':>9} {'ratio':>7}")
    for name, seconds, peak in rows:
        print(f"{name:<48} {seconds * 1000:>8.1f}ms {peak:>9.1f} {seconds / base:>7.2f}")


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "placelab"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def startup(args):
    rows = [("placelab -c help", *measure([PLACELAB, "-c", "help"], args.runs)),
            ("placelab -c datasets (reads all bundled data)", *measure([PLACELAB, "-c", "datasets"], args.runs)),
            ("sqlite3 :memory: 'select 1'", *measure(["sqlite3", ":memory:", "select 1"], args.runs))]
    if shutil.which("duckdb"):
        rows.append(("duckdb :memory: -c 'select 1'", *measure(["duckdb", ":memory:", "-c", "select 1"], args.runs)))
    report("start-up (whole process)", rows)


def load(args):
    path = csv_file(args.rows)
    size = os.path.getsize(path) / 2**20
    rows = [("placelab load", *measure([PLACELAB, "-c", f"load {path} as bench"], args.runs)),
            ("sqlite3 .import", *measure(["sqlite3", ":memory:", "-cmd", ".mode csv", f".import {path} bench"], args.runs))]
    if shutil.which("duckdb"):
        query = f"create table bench as select * from read_csv('{path}')"
        rows.append(("duckdb read_csv", *measure(["duckdb", ":memory:", "-c", query], args.runs)))
    else:
        print("duckdb CLI not found (pip install duckdb-cli): skipped")
    report(f"loading {args.rows:,} rows × 10 columns ({size:.0f} MiB CSV), whole process", rows)


def query(args):
    path = csv_file(args.rows)
    placelab = (f"load {path} as bench\n"
                "bench | where capacity > 20 and active == true | group country "
                "| aggregate n = count(), mean_value = avg(value) | sort n desc")
    sql = ("select country, count(*) as n, avg(value) as mean_value from bench "
           "where capacity > 20 and active in ('true', 'TRUE', 'True', 1) group by country order by n desc;")
    duck = ("select country, count(*) as n, avg(value) as mean_value from read_csv('{0}') "
            "where capacity > 20 and active group by country order by n desc").format(path)
    rows = [("placelab load + where/group/sort", *measure([PLACELAB, "-c", placelab], args.runs)),
            ("sqlite3 .import + select/group/order", *measure(
                ["sqlite3", ":memory:", "-cmd", ".mode csv", "-cmd", f".import {path} bench", sql], args.runs))]
    if shutil.which("duckdb"):
        rows.append(("duckdb read_csv + select/group/order", *measure(["duckdb", ":memory:", "-c", duck], args.runs)))
    report(f"filter + group + sort over {args.rows:,} rows × 10 columns, whole process", rows)


def csv_file(rows):
    path = f"/tmp/placelab-bench-{rows}.csv"
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts/bench/make_csv.py"), "--rows", str(rows),
                        "--out", path], check=True)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["startup", "load", "query"])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    args.runs = args.runs or (11 if args.what == "startup" else 3)
    if not args.no_build:
        build()
    {"startup": startup, "load": load, "query": query}[args.what](args)


if __name__ == "__main__":
    main()
