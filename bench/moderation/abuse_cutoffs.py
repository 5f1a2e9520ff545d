#!/usr/bin/python3
"""abuse_cutoffs.py — choose the policy's abuse_model cut-offs on the
development and validation sets, and print what they do.

The sets (docs/moderation.md, "The abuse model", protocol of 2026-11-27):
eval.tsv and eval_holdout2.tsv (development), eval_holdout3.tsv and
eval_holdout4.tsv (validation: run blind once each, read since) and
eval_holdout7.tsv (validation, 1,796 comments by three blind authors of
session 9: run blind once, its misses not read), eval_ordinary.tsv (600
legitimate comments using innocently the phrases veiled threats use, by a
blind author of session 14: a constraint only), and eval_short.tsv
(development: 110 short legitimate comments, a constraint only).  The
blind sets, data/moderation/eval_holdout5.tsv, eval_season.tsv,
eval_year.tsv and eval_veiled.tsv, are refused: never opened, never run here.  No eval*.tsv file is ever a
training file.

Runs the bench-moderation driver twice per set with --dump: once with the
abuse model off (the lexicons' and spam filter's own decisions), once with
a hold cut-off so low that the model reports its probability and category
for every comment; then chooses the cut-offs per category (see choose()),
replays the engine's decision order and prints, per set, the share of
legitimate comments published, of abusive ones kept off the page and
rejected at once, with the lexicons alone and with the model, and the
model's ranking quality (area under the ROC curve, abusive vs legitimate).

    bench/moderation/abuse_cutoffs.py BUILD/bench/moderation [--params S,CLUES,DEV,MIN]
        [--abuse-train FILE[,FILE...]] [--reject-budget SHARE] [--global] [--loo]

--abuse-train: training files, concatenated in that order into a temporary
file (default: the driver's, data/moderation/abuse_train.tsv).  --global:
one hold and one reject cut-off for every category (for comparison).
--reject-budget: the share of each set's legitimate comments the model
may reject (default REJECT_BUDGET, 0.25 %; 0: none).
--loo: also an estimate of what the rule does on a set it did not see:
each validation set in turn left out of the choice (constraints and
objective) and measured with the cut-offs chosen without it.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

SETS = ["data/moderation/eval.tsv", "data/moderation/eval_holdout2.tsv",
        "data/moderation/eval_holdout3.tsv", "data/moderation/eval_holdout4.tsv",
        "data/moderation/eval_holdout7.tsv", "data/moderation/eval_short.tsv",
        "data/moderation/eval_ordinary.tsv"]
VALIDATION = SETS[2:5]  # the objective: abuse kept off and rejected on these
BLIND = ("eval_holdout5.tsv", "eval_season.tsv", "eval_year.tsv", "eval_veiled.tsv")  # the blind sets: never opened, never run here
REJECTING = {"insult", "racism", "antisemitism", "threat"}   # the default policy's reject categories
ABUSE = {"insult", "racism", "antisemitism", "threat", "defamation"}
CATS = ["insult", "racism", "antisemitism", "threat", "defamation"]
GRID = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.96, 0.97, 0.975, 0.98, 0.985,
        0.99, 0.995, 0.9975, 0.999, 0.9995, 0.9999]
MIN_PUBLISHED = 97.0    # every set keeps at least this share of legitimate comments published
HOLD_BUDGET = 0.02      # the model holds at most this share of a set's published legitimate comments
REJECT_BUDGET = 0.0025  # and rejects at most this share of a set's legitimate comments (rounded down)
MIN_CUTOFF = 0.9        # no cut-off below this: lower ones held ordinary comments the sets lack
                        # ("Le calendrier dépendra surtout des subventions." 0.86, the browser suite's)


def refuse_blind(path):
    if os.path.basename(path) in BLIND:
        sys.exit("abuse_cutoffs.py: %s is the blind set: never opened, never run" % path)


def dump(binary, policy, evalf, extra):
    refuse_blind(evalf)
    if evalf not in SETS:
        sys.exit("abuse_cutoffs.py: %s is not a development or validation set" % evalf)
    out = subprocess.run([binary, "--dump", "--policy", policy, "--eval", evalf] + extra,
                         check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        label, action, cat, sp, ap, acat = line.split("\t")[:6]
        rows.append((label, action, float(ap), acat))
    return rows


def replay(base, model, cut):
    """Outcome of each comment under cut = {category: (hold, reject)} (None = off),
    in the engine's order: policy reject, model reject, spam, policy hold,
    model hold, publish."""
    res = []
    for (label, action, _, _), (_, maction, p, cat) in zip(base, model):
        a = action
        hold, reject = cut.get(cat, (None, None))
        # the "all" dump holds every comment the model names a category
        # for, except one whose words of that category the policy read as
        # counter-speech or a mention (engine.c): that one only at reject
        countered = cat in REJECTING and action == "publish" and maction == "publish"
        if action in ("publish", "hold", "spam"):
            if reject is not None and p >= reject and cat in REJECTING:
                a = "reject"
            elif action == "publish" and not countered and ((hold is not None and p >= hold) or
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


def auc(rows):
    """Area under the ROC curve of the abuse probability, abusive vs legitimate."""
    pos = [p for l, _, p, _ in rows if l in ABUSE]
    neg = [p for l, _, p, _ in rows if l == "ham"]
    if not pos or not neg:
        return float("nan")
    allv = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank_sum, i = 0.0, 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2.0 * sum(1 for k in range(i, j) if allv[k][1])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2.0) / (len(pos) * len(neg))


def limits(sets):
    """Per set, how many legitimate comments the lexicons publish the
    model may hold or reject: HOLD_BUDGET of them (rounded down), and no
    more than keeps MIN_PUBLISHED % of the set's legitimate comments
    published; and how many legitimate comments the lexicons do not
    reject the model may reject: REJECT_BUDGET of the set's legitimate
    comments (rounded down: none in a set of fewer than 1/REJECT_BUDGET)."""
    lim = {}
    for e in sets:
        base = sets[e][0]
        nham = sum(1 for l, _, _, _ in base if l == "ham")
        pub0 = sum(1 for l, a, _, _ in base if l == "ham" and a == "publish")
        floor = math.ceil(MIN_PUBLISHED / 100.0 * nham - 1e-9)
        lim[e] = (max(0, min(int(HOLD_BUDGET * pub0), pub0 - floor)), int(REJECT_BUDGET * nham + 1e-9))
    return lim


def effect(sets, cats, h, r):
    """What cut-off pair (h, r) for the categories cats does: per set, the
    published legitimate comments it holds or rejects and the legitimate
    comments it rejects that the lexicons did not, and the abusive
    comments it keeps off plus those it rejects (validation sets,
    development sets)."""
    cut = {c: (h, r if c in REJECTING else None) for c in cats}
    held, v, d = {}, 0, 0
    for e in sets:
        base, model = sets[e]
        n = k = 0
        for (l, a0, _, _), (l2, a) in zip(base, replay(base, model, cut)):
            if l == "ham":
                n += a0 == "publish" and a != "publish"
                k += a == "reject" and a0 != "reject"
            elif l in ABUSE:
                g = (a != "publish") - (a0 != "publish") + (a == "reject") - (a0 == "reject")
                if e in VALIDATION:
                    v += g
                else:
                    d += g
        held[e] = (n, k)
    return held, v, d


def options(cats):
    """The (hold, reject) pairs allowed for the categories cats: reject
    only for a category that rejects, and at least hold; none below
    MIN_CUTOFF."""
    out = []
    grid = [g for g in GRID if g >= MIN_CUTOFF]
    for h in [None] + grid:
        for r in [None] + grid:
            if r is not None and (not set(cats) & REJECTING or (h is not None and r < h)):
                continue
            out.append((h, r))
    return out


def choose(sets, glob=False, validation=None):
    """The cut-offs that keep the most abusive comments of the validation
    sets off the page plus rejected at once (then the same on the
    development sets; then the higher cut-offs) such that, in every set,
    the model holds or rejects no more published legitimate comments, and
    rejects no more legitimate comments, than limits() allows.  Each
    comment's outcome depends only on the category the model names, so
    the best choice is exact: dynamic programming over the categories, the
    state being the legitimate comments held and rejected per set.  glob:
    one pair for every category."""
    global VALIDATION
    saved = VALIDATION
    if validation is not None:
        VALIDATION = validation
    try:
        return _choose(sets, glob)
    finally:
        VALIDATION = saved


def _choose(sets, glob):
    lim = limits(sets)
    names = list(sets)
    groups = [CATS] if glob else [[c] for c in CATS]
    states = {tuple((0, 0) for _ in names): ((0, 0, 0.0), [])}
    for g in groups:
        nxt = {}
        for h, r in options(g):
            held, v, d = effect(sets, g, h, r)
            if any(held[e][0] > lim[e][0] or held[e][1] > lim[e][1] for e in names):
                continue
            height = (h if h is not None else 1.01) + (r if r is not None else 1.01)
            for st, (key, picks) in states.items():
                ns = tuple((st[i][0] + held[e][0], st[i][1] + held[e][1]) for i, e in enumerate(names))
                if any(ns[i][0] > lim[e][0] or ns[i][1] > lim[e][1] for i, e in enumerate(names)):
                    continue
                nk = (key[0] + v, key[1] + d, key[2] + height)
                if ns not in nxt or nk > nxt[ns][0]:
                    nxt[ns] = (nk, picks + [(h, r)])
        states = nxt
    best = max(states.values(), key=lambda x: x[0])[1]
    cut = {}
    for g, (h, r) in zip(groups, best):
        for c in g:
            cut[c] = (h, r if c in REJECTING else None)
    return cut


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    binary, extra, glob, train, loo = args[0], [], False, None, False
    i = 1
    while i < len(args):
        if args[i] == "--params":
            extra += ["--abuse-params", args[i + 1]]
            i += 2
        elif args[i] == "--abuse-train":
            train = args[i + 1].split(",")
            i += 2
        elif args[i] == "--reject-budget":
            global REJECT_BUDGET
            REJECT_BUDGET = float(args[i + 1])
            i += 2
        elif args[i] == "--global":
            glob = True
            i += 1
        elif args[i] == "--loo":
            loo = True
            i += 1
        else:
            sys.exit("unknown argument %s" % args[i])
    tmp = tempfile.mkdtemp(prefix="abuse-cutoffs-")
    made = []
    if train:
        for t in train:
            refuse_blind(t)
            if os.path.basename(t).startswith("eval"):
                sys.exit("abuse_cutoffs.py: %s is an evaluation set, never a training file" % t)
        cat = os.path.join(tmp, "train.tsv")
        with open(cat, "wb") as out:
            for t in train:
                with open(t, "rb") as f:
                    data = f.read()
                out.write(data if data.endswith(b"\n") else data + b"\n")
        made.append(cat)
        extra += ["--abuse-train", cat]
    pol = json.load(open("data/moderation/policy.json", encoding="utf-8"))
    paths = {}
    for name, sec in (("off", {"hold": None, "reject": None}), ("all", {"hold": 1e-9, "reject": None})):
        q = dict(pol)
        q["abuse_model"] = sec
        paths[name] = os.path.join(tmp, name + ".json")
        with open(paths[name], "w", encoding="utf-8") as f:
            json.dump(q, f, ensure_ascii=False)
        made.append(paths[name])
    sets = {}
    for e in SETS:
        sets[e] = (dump(binary, paths["off"], e, extra), dump(binary, paths["all"], e, extra))
    for f in made:
        os.unlink(f)
    os.rmdir(tmp)
    cut = choose(sets, glob)
    print("cut-offs chosen (hold, reject) per category:")
    for c in CATS:
        print("  %-13s hold %-7s reject %s" % (c, cut[c][0], cut[c][1]))
    print("per_category JSON:", json.dumps({c: {"hold": h, "reject": r} for c, (h, r) in cut.items()}))
    print("AUC (abusive vs legitimate): " + ", ".join(
        "%s %.3f" % (os.path.basename(e), auc(sets[e][1])) for e in SETS
        if any(l in ABUSE for l, _, _, _ in sets[e][1])))   # eval_short and eval_ordinary hold no abuse
    print("ham published / abusive kept off / rejected at once (ham not published, abuse published)")
    print("%-40s %-42s %s" % ("set", "lexicons alone", "with the model"))
    for e in SETS:
        base, model = sets[e]
        rej = sum(1 for (l, a0, _, _), (_, a) in zip(base, replay(base, model, cut))
                  if l == "ham" and a == "reject" and a0 != "reject")
        print("%-40s %-42s %s; %d legitimate rejected by the model" % (
            os.path.basename(e) + (" (validation)" if e in VALIDATION else ""),
            "%5.1f%% / %5.1f%% / %5.1f%% (%d, %d)" % score(replay(base, model, {})),
            "%5.1f%% / %5.1f%% / %5.1f%% (%d, %d)" % score(replay(base, model, cut)), rej))
    if loo:
        for v in VALIDATION:
            rest = {e: sets[e] for e in sets if e != v}
            c2 = choose(rest, glob, [x for x in VALIDATION if x != v])
            print("%-40s chosen without it: %5.1f%% / %5.1f%% / %5.1f%% (%d, %d)" % (
                os.path.basename(v), *score(replay(*sets[v], c2))))
    # what the model alone would do at these cut-offs (all comments, lexicons off)
    for e in SETS:
        base, model = sets[e]
        alone = [(l, "publish", p, cat) for (l, _, _, _), (_, _, p, cat) in zip(base, model)]
        print("%-40s model alone: %5.1f%% / %5.1f%% / %5.1f%% (%d, %d)" % (
            os.path.basename(e), *score(replay(alone, model, cut))))


if __name__ == "__main__":
    main()
