#!/usr/bin/env python3
"""Line and branch coverage of the unit lane, per module, from the JaCoCo reports that
`./mvnw install -DskipITs` leaves in each module's target/site/jacoco/jacoco.csv.
Run from the project's root: python3 webapp/src/test/scripts/coverage.py"""
import csv
import glob
import os

print("| module | lines | branches |")
print("|---|---|---|")
for report in sorted(glob.glob("*/target/site/jacoco/jacoco.csv")):
    module = report.split(os.sep)[0]
    with open(report, newline="") as f:
        rows = list(csv.DictReader(f))
    lm = sum(int(r["LINE_MISSED"]) for r in rows)
    lc = sum(int(r["LINE_COVERED"]) for r in rows)
    bm = sum(int(r["BRANCH_MISSED"]) for r in rows)
    bc = sum(int(r["BRANCH_COVERED"]) for r in rows)
    print(f"| {module} | {100 * lc / (lm + lc):.0f} % ({lc:,} of {lm + lc:,}) | {100 * bc / max(1, bm + bc):.0f} % |")
