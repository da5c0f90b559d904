#!/usr/bin/env python3
"""Generate a deterministic mixed-type CSV for benchmarking PlaceLab's delimited reader.

Columns: id,name,country,phase,authority,capacity,value,active,founded,notes
  id        integer, 1..N
  name      short text (sometimes quoted because it holds a comma)
  country   short text
  phase     short text from a fixed set
  authority longer text
  capacity  integer, empty in ~5% of rows
  value     decimal (some in exponent form), empty in ~5% of rows
  active    boolean (true/false/TRUE/False)
  founded   integer year, empty in ~10% of rows
  notes     long text, quoted, with embedded commas, doubled quotes and (~2%) newlines

Usage: make_csv.py --rows 1000000 --out /tmp/bench.csv [--seed 42]
Same --rows and --seed always give the same bytes.
"""
import argparse
import csv
import random
import sys

COUNTRIES = ["Kenya", "Brazil", "India", "Germany", "Japan", "Chile", "Ghana", "Peru",
             "Viet Nam", "Canada", "Morocco", "Norway", "Côte d'Ivoire", "México"]
PHASES = ["latent", "emerging", "scaling", "embedding"]
AUTHORITIES = ["Ministry of Transport", "Regional Water Board", "City Council of the Capital District",
               "National Energy Regulatory Authority", "Port Authority", "Health Services Directorate"]
WORDS = ["network", "pilot", "grid", "community", "survey", "capacity", "district", "upgrade",
         "planning", "transit", "budget", "review", "phase", "rollout", "delay", "partner"]
SYLLABLES = ["ka", "lo", "mi", "ra", "to", "ne", "su", "vi", "da", "pe", "zo", "ul"]


def name(rng):
    base = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
    if rng.random() < 0.1:
        return base + ", " + rng.choice(["Ltd", "Inc", "Co-op"])
    return base


def notes(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 18))]
    text = " ".join(words)
    roll = rng.random()
    if roll < 0.3:
        text += ', see "annex ' + str(rng.randint(1, 9)) + '"'
    elif roll < 0.6:
        text = text.replace(" ", ", ", 2)
    if rng.random() < 0.02:
        text += "\nsecond line: " + rng.choice(WORDS)
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "name", "country", "phase", "authority", "capacity",
                         "value", "active", "founded", "notes"])
        for row in range(1, args.rows + 1):
            capacity = "" if rng.random() < 0.05 else str(rng.randint(0, 250000))
            value_roll = rng.random()
            if value_roll < 0.05:
                value = ""
            elif value_roll < 0.1:
                value = "%.3e" % rng.uniform(-1e9, 1e9)
            else:
                value = "%.2f" % rng.uniform(-10000, 10000)
            active = rng.choice(["true", "false", "TRUE", "False"])
            founded = "" if rng.random() < 0.1 else str(rng.randint(1850, 2024))
            writer.writerow([row, name(rng), rng.choice(COUNTRIES), rng.choice(PHASES),
                             rng.choice(AUTHORITIES), capacity, value, active, founded, notes(rng)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
