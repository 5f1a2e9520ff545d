#!/usr/bin/python3
"""bench/spam/metrics.py — reads "<path>\t<score>" lines of one filter
(paths under .../test/ham/ or .../test/spam/) and prints FP rate, FN rate
and AUC.  Usage: metrics.py NAME THRESHOLD SECONDS FILE"""
import sys


def auc(ham, spam):
    """P(score(spam) > score(ham)), ties counting one half (rank statistic);
    0 when a class is empty.  Also used by cv.sh."""
    if not ham or not spam:
        return 0
    allv = sorted([(s, 1) for s in spam] + [(s, 0) for s in ham])
    rank_sum, i = 0.0, 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        rank_sum += (i + 1 + j) / 2.0 * sum(1 for k in range(i, j) if allv[k][1] == 1)
        i = j
    return (rank_sum - len(spam) * (len(spam) + 1) / 2.0) / (len(spam) * len(ham))


def main():
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
    auc_v = auc(ham, spam)
    print(f"| {name} | {len(ham)} | {len(spam)} | {100.0*fp/len(ham):.2f}% ({fp}) | {100.0*fn/len(spam):.2f}% ({fn}) | {auc_v:.4f} | {n/secs:,.0f} |")


if __name__ == "__main__":
    main()
