#!/usr/bin/env bash
# bench/moderation/compare.sh — what a policy change does to every decision:
# runs build/bench/moderation with a base policy and with the working one
# (same binary, same abuse model) on every development and validation set
# of data/moderation (the blind sets left out: eval_holdout5, eval_season,
# eval_year, eval_veiled; eval_holdout7 is a validation set and is read)
# and on the abuse model's training comments (lexicons alone, the model
# cannot vote on its own training data), and prints each comment whose
# action or category changed:
#   SET  LABEL  BASE_ACTION  BASE_CATEGORY  NEW_ACTION  NEW_CATEGORY  TEXT
# then one line per scope: legitimate comments lost / gained, abusive ones
# newly kept off / let through.  Session 20 ran it after every round.
#   usage: [BASE_BENCH=OLD_BINARY] bench/moderation/compare.sh BASE_POLICY.json [NEW_POLICY.json]
# BASE_BENCH: the base run uses that build/bench/moderation binary (a copy
# kept from before an engine change) instead of the current one, so an
# engine change is compared the same way (the same policy twice then).
#   e.g.   git show HEAD:data/moderation/policy.json > /tmp/base.json
#          make build/bench/moderation && bench/moderation/compare.sh /tmp/base.json
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:?usage: $0 BASE_POLICY.json [NEW_POLICY.json]}
new=${2:-data/moderation/policy.json}
B=build/bench/moderation
A=${BASE_BENCH:-$B}
M=build/gen/abuse_model.bin
[ -x "$B" ] && [ -x "$A" ] && [ -f "$M" ] || { echo "compare: run 'make build/bench/moderation' first" >&2; exit 2; }
w=$(mktemp -d /tmp/causerie-compare-XXXXXX)
trap 'rm -rf "$w"' EXIT
run() {   # name, file, extra bench arguments...
  local n=$1 f=$2; shift 2
  "$A" "$@" --policy "$base" --dump --eval "$f" > "$w/$n.a" 2>/dev/null &
  "$B" "$@" --policy "$new" --dump --eval "$f" > "$w/$n.b" 2>/dev/null
  wait
  grep -v '^#' "$f" | grep -v '^[[:space:]]*$' | cut -f3 > "$w/$n.txt"
  paste <(cut -f1-3 "$w/$n.a") <(cut -f2-3 "$w/$n.b") "$w/$n.txt" |
    awk -F'\t' -v n="$n" '$2 != $4 || $3 != $5 { print n "\t" $0 }'
}
{
  for f in data/moderation/eval*.tsv; do
    case $(basename "$f") in eval_holdout5.tsv|eval_season.tsv|eval_year.tsv|eval_veiled.tsv) continue ;; esac
    run "$(basename "$f" .tsv)" "$f" --abuse-model "$M"
  done
  run train data/moderation/abuse_train.tsv --abuse-train -
} | tee "$w/changes"
awk -F'\t' '
{ k = $1 == "train" ? "training comments" : "evaluation sets"; off_a = $3 != "publish"; off_b = $5 != "publish"
  if ($2 == "ham") { if (!off_a && off_b) hl[k]++; if (off_a && !off_b) hg[k]++ }
  else if ($2 != "spam") { if (!off_a && off_b) ag[k]++; if (off_a && !off_b) al[k]++ } }
END { n = split("evaluation sets,training comments", ks, ",")
  for (i = 1; i <= n; i++) { k = ks[i]
    printf "%s: legitimate lost %d, gained %d; abusive newly kept off %d, let through %d\n", k, hl[k], hg[k], ag[k], al[k] } }' "$w/changes"
