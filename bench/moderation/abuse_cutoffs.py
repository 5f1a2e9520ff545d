#!/usr/bin/python3
"""abuse_cutoffs.py — choose the policy's abuse_model cut-offs on the
DEVELOPMENT sets (eval.tsv, eval_holdout2.tsv) only.

Runs the bench-moderation driver twice per set with --dump: once with the
abuse model off (the lexicons' and spam filter's own decisions), once with
a hold cut-off so low that the model reports its probability and category
for every comment; then replays the engine's decision order for a grid of
(hold, reject) cut-offs and prints, per set, the share of legitimate
comments published, of abusive ones kept off the page and rejected at once.

    bench/moderation/abuse_cutoffs.py BUILD/bench/moderation [--params S,CLUES,DEV,MIN]
        [--abuse-train FILE] [--grid]

It refuses the blind sets (eval_holdout3.tsv, eval_holdout4.tsv): they are
never used to choose anything.
"""
import json
import os
import subprocess
import sys
import tempfile

DEV = ["data/moderation/eval.tsv", "data/moderation/eval_holdout2.tsv"]
REJECTING = {"insult", "racism", "antisemitism", "threat"}   # the default policy's reject categories
ABUSE = {"insult", "racism", "antisemitism", "threat", "defamation"}


def dump(binary, policy, evalf, extra):
    if "holdout3" in evalf or "holdout4" in evalf:
        sys.exit("abuse_cutoffs.py: %s is a blind set, not used for choosing" % evalf)
    out = subprocess.run([binary, "--dump", "--policy", policy, "--eval", evalf] + extra,
                         check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        label, action, cat, sp, ap, acat = line.split("\t")
        rows.append((label, action, float(ap), acat))
    return rows


def replay(base, model, hold, reject):
    """Outcome of each comment under (hold, reject); None = off."""
    res = []
    for (label, action, _, _), (_, _, p, cat) in zip(base, model):
        a = action
        if action in ("publish", "hold", "spam"):
            if reject is not None and p >= reject and cat in REJECTING:
                a = "reject"
            elif action == "publish" and ((hold is not None and p >= hold) or
                                          (reject is not None and p >= reject)):
                a = "hold"
        res.append((label, a))
    return res


def score(res):
    ham = [a for l, a in res if l == "ham"]
    ab = [a for l, a in res if l in ABUSE]
    pub = sum(a == "publish" for a in ham)
    off = sum(a != "publish" for a in ab)
    rej = sum(a == "reject" for a in ab)
    return (100.0 * pub / max(len(ham), 1), 100.0 * off / max(len(ab), 1),
            100.0 * rej / max(len(ab), 1), len(ham) - pub, len(ab) - off)


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    binary, extra, grid = args[0], [], False
    i = 1
    while i < len(args):
        if args[i] == "--params":
            extra += ["--abuse-params", args[i + 1]]
            i += 2
        elif args[i] == "--abuse-train":
            extra += ["--abuse-train", args[i + 1]]
            i += 2
        elif args[i] == "--grid":
            grid = True
            i += 1
        else:
            sys.exit("unknown argument %s" % args[i])
    pol = json.load(open("data/moderation/policy.json", encoding="utf-8"))
    tmp = tempfile.mkdtemp(prefix="abuse-cutoffs-")
    paths = {}
    for name, sec in (("off", {"hold": None, "reject": None}), ("all", {"hold": 1e-9, "reject": None})):
        q = dict(pol)
        q["abuse_model"] = sec
        paths[name] = os.path.join(tmp, name + ".json")
        with open(paths[name], "w", encoding="utf-8") as f:
            json.dump(q, f, ensure_ascii=False)
    sets = {}
    for e in DEV:
        sets[e] = (dump(binary, paths["off"], e, extra), dump(binary, paths["all"], e, extra))
    holds = [None, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 0.9999]
    rejects = [None, 0.99, 0.999, 0.9999, 0.99999]
    if not grid:
        holds = [None] + holds[1:]
        rejects = [None]
    print("%-8s %-8s | %s" % ("hold", "reject", " | ".join(
        "%s: ham pub / abuse off / rejected (ham held, abuse missed)" % os.path.basename(e) for e in DEV)))
    for h in holds:
        for r in rejects:
            if h is not None and r is not None and r < h:
                continue
            cols = []
            for e in DEV:
                base, model = sets[e]
                s = score(replay(base, model, h, r))
                cols.append("%5.1f%% / %5.1f%% / %5.1f%% (%d, %d)" % s)
            print("%-8s %-8s | %s" % (h, r, " | ".join(cols)))
    for f in paths.values():
        os.unlink(f)
    os.rmdir(tmp)


if __name__ == "__main__":
    main()
