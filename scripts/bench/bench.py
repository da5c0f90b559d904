#!/usr/bin/env python3
"""Whole-process benchmarks of PlaceLab against its peers, measured in the same run.

  python3 scripts/bench/bench.py startup        # placelab -c help  vs  sqlite3 :memory: 'select 1'
  python3 scripts/bench/bench.py load [--rows N] # load an N-row CSV: placelab vs sqlite3 .import vs DuckDB
  python3 scripts/bench/bench.py query [--rows N] # load, then filter + group + sort: the same question to each
  python3 scripts/bench/bench.py engine [--rows N] # the query engine's table: each operator, start-up, first answer
  python3 scripts/bench/bench.py network [--nodes 1000,10000,100000] [--timeout S]
                                                 # exact betweenness + closeness: placelab vs igraph vs NetworkX

Builds the release binary first. Each command runs --runs times (default 11 for start-up,
3 for loading, 1 for networks); the table gives the median wall time, the peak resident
memory of the slowest-memory run, and each time as a ratio to PlaceLab's (a ratio above 1
means the peer is slower). DuckDB is measured when its CLI is installed (pip install
duckdb-cli); the network peers need python-igraph and networkx (pip install igraph networkx).
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


def measure(argv, runs, timeout=None):
    """Median wall seconds and peak RSS (MiB) of running argv `runs` times. With a timeout,
    a run that exceeds it is stopped and the result is (None, None): slower than `timeout`."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if timeout is not None:
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                process.stderr.close()
                return None, None
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        stderr = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(argv)}\n{stderr}")
        times.append(elapsed)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


def report(title, rows, timeout=None):
    """A row whose time is None ran past `timeout`; one whose time is a string was not run, for that reason."""
    base = rows[0][1]
    print(f"\n{title}")
    print(f"{'command':<48} {'median':>10} {'peak MiB':>9} {'ratio':>7}")
    for name, seconds, peak in rows:
        if isinstance(seconds, str):
            print(f"{name:<48} {'skipped':>10} {'':>9} {'':>7}  {seconds}")
        elif seconds is None:
            print(f"{name:<48} {'>' + format_time(timeout):>10} {'':>9} {'>' + format(timeout / base, '.2f'):>7}  (stopped)")
        else:
            print(f"{name:<48} {format_time(seconds):>10} {peak:>9.1f} {seconds / base:>7.2f}")


def format_time(seconds):
    return f"{seconds * 1000:.1f}ms" if seconds < 10 else f"{seconds:.1f}s"


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


# The engine's questions, each to every peer: (what, PlaceLab pipeline over `bench`, SQL over `bench`).
# Each answer is one small row, so printing costs nothing; the time of loading alone is taken off.
ENGINE = [
    ("load + where + group + aggregate + sort",
     "bench | where capacity > 20 and active == true | group country "
     "| aggregate n = count(), mean_value = avg(value) | sort n desc | count",
     "select count(*) from (select country, count(*) as n, avg(value) from bench where capacity > 20 "
     "and active group by country order by n desc)"),
    ("sort value desc | first 3",
     "bench | sort value desc | first 3 | select id, value",
     "select id, value from bench order by value desc nulls last limit 3"),
    ("group by a column with one value per row",
     "bench | group id | aggregate n = count(), top = max(value) | count",
     "select count(*) from (select id, count(*), max(value) from bench group by id)"),
    ("self-join on id | count",
     "bench | join bench on id | count",
     "select count(*) from bench a join bench b on a.id = b.id"),
]

SQLITE_TABLE = ("create table bench (id integer, name text, country text, phase text, authority text, "
                "capacity integer, value real, active integer, founded integer, notes text)")


def engine(args):
    """Each row of the engine table, to every peer in the same run. Times are medians of whole
    processes less the median of loading alone; both wall and CPU (user + system) time are kept,
    since on a busy machine the CPU time is the steadier figure."""
    path = csv_file(args.rows)
    # Typed columns, as PlaceLab infers them, so sorting and comparing are numeric.
    sqlite_load = ["sqlite3", ":memory:", "-cmd", SQLITE_TABLE, "-cmd", ".mode csv", "-cmd", f".import --skip 1 {path} bench",
                   "-cmd", "update bench set capacity = nullif(capacity, ''), value = nullif(value, ''), "
                   "founded = nullif(founded, ''), active = (lower(active) = 'true')"]
    duck_load = f"create table bench as select * from read_csv('{path}');"
    peers = ["placelab", "sqlite3"] + (["duckdb"] if shutil.which("duckdb") else [])
    if "duckdb" not in peers:
        print("duckdb CLI not found (pip install duckdb-cli): skipped")
    commands = {"placelab": lambda q: [PLACELAB, "--no-history", "-c", f"load {path} as bench"] + (["-c", q] if q else []),
                "sqlite3": lambda q: sqlite_load + [q or "select 1"],
                "duckdb": lambda q: ["duckdb", ":memory:", "-c", duck_load + (q or "")]}
    loads = {peer: measure_times(commands[peer](None), args.runs) for peer in peers}
    print(f"\nengine: {args.rows:,} rows × 10 columns, {os.cpu_count()} cores; medians of {args.runs} whole processes "
          "less loading alone; each cell: wall / CPU time, peak MiB, and (×) the peer's wall time over PlaceLab's")
    print(f"{'work':<42} " + " ".join(f"{peer:>30}" for peer in peers))
    print(f"{'load alone':<42} " + " ".join(f"{engine_cell(loads[peer], None):>30}" for peer in peers))
    for what, pipeline, sql in ENGINE:
        cells, wholes = {}, {}
        for peer in peers:
            wall, cpu, peak = measure_times(commands[peer](pipeline if peer == "placelab" else sql), args.runs)
            wholes[peer] = (wall, cpu, peak)
            cells[peer] = (wall - loads[peer][0], cpu - loads[peer][1], peak)
        print(f"{what:<42} " + " ".join(f"{engine_cell(cells[peer], cells['placelab'] if peer != 'placelab' else None):>30}"
                                       for peer in peers))
        # The whole process, load included: steadier than the difference when the query is small.
        print(f"{'  whole process':<42} " + " ".join(
            f"{engine_cell(wholes[peer], wholes['placelab'] if peer != 'placelab' else None):>30}" for peer in peers))
    runs = max(args.runs, 21)
    ours = {"start-up (-c help; select 1)": [PLACELAB, "--no-history", "-c", "help"],
            "first answer (-c 'show bristol')": [PLACELAB, "--no-history", "-c", "show bristol"]}
    theirs = {"sqlite3": ["sqlite3", ":memory:", "select 1"], "duckdb": ["duckdb", ":memory:", "-c", "select 1"]}
    for index, (what, argv) in enumerate(ours.items()):
        cells = {"placelab": measure_times(argv, runs)}
        if index == 0:
            for peer in peers[1:]:
                cells[peer] = measure_times(theirs[peer], runs)
        print(f"{what:<42} " + " ".join(f"{engine_cell(cells[peer], cells['placelab'] if peer != 'placelab' else None):>30}"
                                       if peer in cells else f"{'—':>30}" for peer in peers))


def measure_times(argv, runs):
    """Median wall seconds, median CPU seconds (user + system) and peak RSS (MiB)."""
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - start)
        stderr = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(argv)}\n{stderr}")
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(walls), statistics.median(cpus), max(peaks)


def engine_cell(cell, base):
    wall, cpu, peak = cell
    # A query whose whole process took no longer than loading alone is within the noise of the
    # load: it is said so, and no ratio is made from it (a ratio of noise would be a made-up number).
    if wall <= 0:
        return f"≤ load's noise {peak:.0f}M"
    text = f"{format_time(wall)} / {format_time(max(cpu, 0))} {peak:.0f}M"
    if base is not None and base[0] > 0:
        text += f" ×{wall / base[0]:.2f}"
    elif base is not None:
        text += " ×—"
    return text


# Each peer reads the same CSV edge list and computes exact betweenness and closeness of every
# node, as one whole process. igraph gives unnormalised betweenness; only the time is compared.
IGRAPH = """
import csv, sys, igraph
with open(sys.argv[1]) as handle:
    rows = csv.reader(handle)
    next(rows)
    edges = [(int(a), int(b)) for a, b in rows]
graph = igraph.Graph(n=max(max(edge) for edge in edges) + 1, edges=edges, directed=False)
graph.betweenness()
graph.closeness()
"""

NETWORKX = """
import csv, sys, networkx
with open(sys.argv[1]) as handle:
    rows = csv.reader(handle)
    next(rows)
    graph = networkx.Graph((int(a), int(b)) for a, b in rows)
networkx.betweenness_centrality(graph)
networkx.closeness_centrality(graph)
"""

# NetworkX's pure-Python Brandes takes hours beyond this size.
NETWORKX_LIMIT = 10_000


def network(args):
    for nodes in args.nodes:
        path = ba_edges(nodes)
        placelab = [PLACELAB, "-c", f"load network {path} as ba undirected",
                    "-c", "network ba | select node, betweenness, closeness | count"]
        rows = [("placelab network (betweenness, closeness)", *measure(placelab, args.runs, args.timeout)),
                ("igraph betweenness() + closeness()",
                 *measure([sys.executable, "-c", IGRAPH, path], args.runs, args.timeout))]
        if nodes <= NETWORKX_LIMIT:
            rows.append(("networkx betweenness + closeness",
                         *measure([sys.executable, "-c", NETWORKX, path], args.runs, args.timeout)))
        else:
            rows.append(("networkx betweenness + closeness", "takes hours at this size", None))
        if rows[0][1] is None:
            sys.exit(f"placelab ran past the {args.timeout} s timeout on {nodes:,} nodes")
        report(f"exact betweenness + closeness, Barabási–Albert n = {nodes:,}, m = 3 (seed 42), "
               f"whole process, {os.cpu_count()} cores", rows, args.timeout)


def ba_edges(nodes):
    """The edge list of networkx.barabasi_albert_graph(nodes, 3, seed=42) as CSV source,target."""
    path = f"/tmp/placelab-bench-ba-{nodes}.csv"
    if not os.path.exists(path):
        import networkx
        graph = networkx.barabasi_albert_graph(nodes, 3, seed=42)
        with open(path + ".tmp", "w") as handle:
            handle.write("source,target\n")
            handle.writelines(f"{a},{b}\n" for a, b in graph.edges())
        os.replace(path + ".tmp", path)
    return path


def csv_file(rows):
    path = f"/tmp/placelab-bench-{rows}.csv"
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts/bench/make_csv.py"), "--rows", str(rows),
                        "--out", path], check=True)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["startup", "load", "query", "engine", "network"])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--nodes", type=lambda text: [int(n) for n in text.split(",")], default=[1_000, 10_000, 100_000],
                        help="network sizes, comma-separated (network)")
    parser.add_argument("--timeout", type=float, help="stop a command that runs longer, in seconds (network)")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--placelab", help="measure this placelab binary (implies --no-build), e.g. an older build")
    args = parser.parse_args()
    # A binary measured from elsewhere (--placelab /tmp/old) finds the bundled datasets through
    # PLACELAB_DATA, so "first answer" measures the same work for every binary.
    os.environ.setdefault("PLACELAB_DATA", os.path.join(ROOT, "datasets"))
    if args.placelab:
        global PLACELAB
        PLACELAB = os.path.abspath(args.placelab)
        args.no_build = True
    args.runs = args.runs or {"startup": 11, "network": 1}.get(args.what, 3)
    if not args.no_build:
        build()
    {"startup": startup, "load": load, "query": query, "engine": engine, "network": network}[args.what](args)


if __name__ == "__main__":
    main()
