#!/usr/bin/python3
"""bench/spam/cv_mix.py — how Fisher's probability and the n-gram
regression's log-odds combine, from cross-validation's out-of-fold pairs
(never the test part).  Input: the all.lines of
  CV_KEEP=1 CLASSIFY_ARGS="--explain --lr-band 0 1 --lr-weight 0" cv.sh DRIVER
(each line: path, label, Fisher's probability f, ngram-log-odds=z, ...).
Prints, for Fisher alone, the regression alone, the linear blend in
[0.3, 0.7] and the log-odds average sigma(a*logit f + (1-a)*z) (for f in
[band, 1-band]) at several a, the AUC and the spam let through at the
lowest cut-off passing 0, 1 and 0.1 % of the ham; then a nested check:
for each fold, the cut-off read from the other folds' ham (passing at most
1 of them), applied to the held-out fold.
Usage: cv_mix.py ALL_LINES [a ...]"""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from metrics import auc  # noqa: E402


def load(path):
    rows = []
    for line in open(path, encoding="utf-8", errors="replace"):
        f = line.rstrip("\n").split("\t")
        z = None
        for x in f[3:]:
            if x.startswith("ngram-log-odds="):
                z = float(x.split("=", 1)[1])
        if z is None:
            sys.exit(f"cv_mix.py: no ngram-log-odds in {f[0]} (run cv.sh with --explain)")
        parts = f[0].split("/")
        rows.append({"spam": parts[-2] == "spam", "fold": int(parts[-3][4:]),
                     "f": float(f[2]), "z": z})
    return rows


def sig(z):
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def logit(p, eps=1e-6):
    p = min(max(p, eps), 1 - eps)
    return math.log(p / (1 - p))


def blend(r):  # the tie-breaker of 2026-11-26
    return 0.8 * r["f"] + 0.2 * sig(r["z"] / 4) if 0.3 <= r["f"] <= 0.7 else r["f"]


def average(a, band=1e-4):
    return lambda r: r["f"] if r["f"] < band or r["f"] > 1 - band else \
        sig(a * logit(r["f"]) + (1 - a) * r["z"])


def row(name, rows, score):
    ham = sorted((score(r) for r in rows if not r["spam"]), reverse=True)
    spam = [score(r) for r in rows if r["spam"]]
    cells = []
    for k in (0, 1, int(0.001 * len(ham))):
        fn = sum(s <= ham[k] for s in spam)
        cells.append(f"{100 * fn / len(spam):.2f} % ({fn})")
    print(f"| {name} | {auc(ham, spam):.5f} | " + " | ".join(cells) + " |")


def nested(name, rows, score, allowed=1):
    fp = fn = 0
    for h in sorted({r["fold"] for r in rows}):
        ham = sorted((score(r) for r in rows if r["fold"] != h and not r["spam"]), reverse=True)
        t = ham[allowed]
        fp += sum(1 for r in rows if r["fold"] == h and not r["spam"] and score(r) > t)
        fn += sum(1 for r in rows if r["fold"] == h and r["spam"] and score(r) <= t)
    ns = sum(r["spam"] for r in rows)
    print(f"nested, {name}: cut-off above the other folds' ham but {allowed}: "
          f"FP {fp} of {len(rows) - ns}, FN {fn} ({100 * fn / ns:.2f} %)")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    rows = load(sys.argv[1])
    weights = [float(a) for a in sys.argv[2:]] or [0.3, 0.4, 0.5, 0.6]
    print("| out of fold | AUC | FN at FP = 0 | FN at FP <= 1 | FN at FP <= 0.1 % |")
    print("|---|---:|---:|---:|---:|")
    row("Fisher alone", rows, lambda r: r["f"])
    row("the regression alone", rows, lambda r: r["z"])
    row("linear blend in [0.3, 0.7]", rows, blend)
    for a in weights:
        row(f"log-odds average, Fisher's weight {a}, f in [1e-4, 1 - 1e-4]", rows, average(a))
    nested("linear blend", rows, blend)
    for a in weights:
        nested(f"log-odds average {a}", rows, average(a))


if __name__ == "__main__":
    main()
