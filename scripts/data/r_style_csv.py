#!/usr/bin/env python3
"""Writes an R-style CSV (as R's write.csv does): a quoted header whose first, empty name is
the row-names column, quoted row names, and NA for missing values.

The default output is Tests/Corpus/messy/r-airquality-style.csv: daily readings shaped like
R's airquality data set (Ozone and Solar.R with NA, Wind, Temp, Month 5-9, Day), from a fixed
seed so the file is the same on every run.

    python3 scripts/data/r_style_csv.py [OUTPUT]
"""
import calendar
import random
import sys


def rows(seed=1973):
    rng = random.Random(seed)
    for month in range(5, 10):
        for day in range(1, calendar.monthrange(1973, month)[1] + 1):
            temp = round(rng.gauss(62 + 4 * (month - 5) + (3 if month == 7 else 0), 6))
            wind = round(max(1.7, rng.gauss(10, 3.5)), 1)
            ozone = None if rng.random() < 0.24 else max(1, round(rng.gauss(temp - 35, 25)))
            solar = None if rng.random() < 0.05 else rng.randint(7, 334)
            yield ozone, solar, wind, temp, month, day


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "Tests/Corpus/messy/r-airquality-style.csv"
    with open(path, "w", newline="") as out:
        out.write('"","Ozone","Solar.R","Wind","Temp","Month","Day"\n')
        for number, (ozone, solar, wind, temp, month, day) in enumerate(rows(), start=1):
            cells = ["NA" if ozone is None else str(ozone), "NA" if solar is None else str(solar),
                     repr(wind), str(temp), str(month), str(day)]
            out.write(f'"{number}",' + ",".join(cells) + "\n")


if __name__ == "__main__":
    main()
