#!/usr/bin/python3
"""bench/spam/metrics.py — reads "<path>\t<score>" lines of one filter
(paths under .../test/ham/ or .../test/spam/) and prints FP rate, FN rate
and AUC.  Usage: metrics.py NAME THRESHOLD SECONDS FILE"""
import sys

name, thr, secs, path = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
ham, spam = [], []
for line in open(path, encoding="utf-8", errors="replace"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 2:
        continue
    try:
        score = float(parts[-1])
    except ValueError:
        continue
    (spam if "/test/spam/" in parts[0] else ham).append(score)
n = len(ham) + len(spam)
fp = sum(1 for s in ham if s >= thr)
fn = sum(1 for s in spam if s < thr)
# AUC = P(score(spam) > score(ham)), ties count one half (rank statistic)
allv = sorted([(s, 1) for s in spam] + [(s, 0) for s in ham])
rank_sum, i = 0.0, 0
while i < len(allv):
    j = i
    while j < len(allv) and allv[j][0] == allv[i][0]:
        j += 1
    avg = (i + 1 + j) / 2.0
    rank_sum += avg * sum(1 for k in range(i, j) if allv[k][1] == 1)
    i = j
auc = (rank_sum - len(spam) * (len(spam) + 1) / 2.0) / (len(spam) * len(ham)) if ham and spam else 0
print(f"| {name} | {len(ham)} | {len(spam)} | {100.0*fp/len(ham):.2f}% ({fp}) | {100.0*fn/len(spam):.2f}% ({fn}) | {auc:.4f} | {n/secs:,.0f} |")
