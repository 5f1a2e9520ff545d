#!/usr/bin/python3
"""abuse_cutoffs.py — choose the policy's abuse_model cut-offs on the
DEVELOPMENT sets (eval.tsv, eval_holdout2.tsv) only.

Runs the bench-moderation driver twice per set with --dump: once with the
abuse model off (the lexicons' and spam filter's own decisions), once with
a hold cut-off so low that the model reports its probability and category
for every comment; then chooses the cut-offs per category (see choose())
and replays the engine's decision order to print, per set, the share of
legitimate comments published, of abusive ones kept off the page and
rejected at once, with the lexicons alone and with the model.

    bench/moderation/abuse_cutoffs.py BUILD/bench/moderation [--params S,CLUES,DEV,MIN]
        [--abuse-train FILE]

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
        label, action, cat, sp, ap, acat = line.split("\t")[:6]
        rows.append((label, action, float(ap), acat))
    return rows


CATS = ["insult", "racism", "antisemitism", "threat", "defamation"]
GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.925, 0.95, 0.975, 0.99, 0.995, 0.999, 0.9995, 0.9999]


def replay(base, model, cut):
    """Outcome of each comment under cut = {category: (hold, reject)} (None = off),
    in the engine's order: policy reject, model reject, spam, policy hold,
    model hold, publish."""
    res = []
    for (label, action, _, _), (_, _, p, cat) in zip(base, model):
        a = action
        hold, reject = cut.get(cat, (None, None))
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


def above(x):
    """The least grid value above x (None past the grid)."""
    for g in GRID:
        if g > x:
            return g
    return None


def choose(sets):
    """Per category: hold = the least grid value above every legitimate
    comment the lexicons publish that the model names so (no published
    comment of the development sets held by the model); reject = two grid
    steps above every legitimate comment of the category whatever its
    outcome (a safety margin: a rejected reader gets a 422), or off."""
    cut = {}
    for c in CATS:
        pub = [p for e in sets for (l, a, _, _), (_, _, p, cat) in zip(*sets[e])
               if l == "ham" and a == "publish" and cat == c]
        allham = [p for e in sets for (l, a, _, _), (_, _, p, cat) in zip(*sets[e])
                  if l == "ham" and cat == c]
        hold = above(max(pub, default=0.0))
        r = above(max(allham, default=0.0))
        if r is not None and c in REJECTING:
            i = GRID.index(r) + 2
            r = GRID[i] if i < len(GRID) else None
        else:
            r = None
        cut[c] = (hold, r)
    return cut


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    binary, extra = args[0], []
    i = 1
    while i < len(args):
        if args[i] == "--params":
            extra += ["--abuse-params", args[i + 1]]
            i += 2
        elif args[i] == "--abuse-train":
            extra += ["--abuse-train", args[i + 1]]
            i += 2
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
    for f in paths.values():
        os.unlink(f)
    os.rmdir(tmp)
    cut = choose(sets)
    print("cut-offs chosen (hold, reject) per category:")
    for c in CATS:
        print("  %-13s hold %-7s reject %s" % (c, cut[c][0], cut[c][1]))
    print("per_category JSON:", json.dumps({c: {"hold": h, "reject": r} for c, (h, r) in cut.items()}))
    print("%-22s | %s" % ("", " | ".join("%s: ham published / abusive kept off / rejected (ham not published, abuse published)"
                                         % os.path.basename(e) for e in DEV)))
    for name, c in (("lexicons alone", {}), ("with the model", cut)):
        cols = []
        for e in DEV:
            base, model = sets[e]
            cols.append("%5.1f%% / %5.1f%% / %5.1f%% (%d, %d)" % score(replay(base, model, c)))
        print("%-22s | %s" % (name, " | ".join(cols)))
    # what the model alone would do at these cut-offs (all comments, lexicons off)
    for e in DEV:
        base, model = sets[e]
        alone = [(l, "publish", p, cat) for (l, _, _, _), (_, _, p, cat) in zip(base, model)]
        print("%-22s | %s: %5.1f%% / %5.1f%% / %5.1f%% (%d, %d)" % (
            "model alone", os.path.basename(e), *score(replay(alone, model, cut))))


if __name__ == "__main__":
    main()
