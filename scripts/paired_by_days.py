#!/usr/bin/env python3
"""Paired difference against "none" per block of days, from a run's metrics.csv (test
accuracy after each day, class "all"): mean ± SEM over runs of each run's mean over the
block, and how many runs the condition won. Standard library only.

Usage: python3 scripts/paired_by_days.py runs/<run>/metrics.csv [2-5 6-15 16-30]
"""
import csv
import math
import statistics as st
import sys
from collections import defaultdict


def main():
    path = sys.argv[1]
    blocks = [tuple(int(x) for x in b.split("-")) for b in (sys.argv[2:] or ["2-5", "6-15", "16-30"])]
    acc = defaultdict(dict)  # (condition, class_set, seed) -> day -> accuracy
    for r in csv.DictReader(open(path, newline="")):
        if r["split"] == "test" and r["class"] == "all" and r["phase"] == "day":
            acc[(r["condition"], r["class_set"], r["seed"])][int(r["day"])] = float(r["accuracy"])
    conditions = sorted({k[0] for k in acc} - {"none"})
    runs = sorted({k[1:] for k in acc})
    print("| condition | " + " | ".join(f"days {a}-{b}" for a, b in blocks) + " |")
    print("|---|" + "---|" * len(blocks))
    for c in conditions:
        cells = []
        for a, b in blocks:
            diffs = []
            for run in runs:
                x, y = acc.get((c,) + run), acc.get(("none",) + run)
                if not x or not y:
                    continue
                days = [d for d in range(a, b + 1) if d in x and d in y]
                if days:
                    diffs.append(st.mean(100 * (x[d] - y[d]) for d in days))
            if len(diffs) < 2:
                cells.append("-")
                continue
            sem = st.stdev(diffs) / math.sqrt(len(diffs))
            cells.append(f"{st.mean(diffs):+.1f} ± {sem:.1f} ({sum(d > 0 for d in diffs)}/{len(diffs)})")
        print(f"| {c} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
