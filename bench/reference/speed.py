#!/usr/bin/env python3
"""Driver of bench/speed.sh: Replay Lab's CLI against the plain-PyTorch reference on the same
work, runs alternating (R, P, R, P, ...), each process under /usr/bin/time -v.

Reported per side: median process wall time (whole process, as /usr/bin/time sees it),
median experiment time (Replay Lab: the manifest's wall_seconds; reference: its simulations,
data already in memory), median day / night / evaluation seconds, images/s by day (training
images / day seconds) and by night (replayed samples / night seconds), peak RSS, the
ratios Replay Lab / reference, and the 1-minute load average before each run.
Standard library only; the reference itself needs an interpreter with torch (--python).
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TIME = "/usr/bin/time"


def parse_sets(text):
    out = []
    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-")
            out.extend(range(int(a), int(b) + 1))
        elif part:
            out.append(int(part))
    return out


def find_python():
    """An interpreter that imports torch: $PYTHON, python3, then Debian's /usr/bin/python3."""
    for cand in [os.environ.get("PYTHON"), "python3", "/usr/bin/python3"]:
        if not cand:
            continue
        exe = shutil.which(cand)
        if exe and subprocess.run([exe, "-c", "import torch, numpy"],
                                  capture_output=True).returncode == 0:
            return exe
    sys.exit("speed: no Python with torch and numpy found (apt-get install python3-torch; "
             "or --python PATH)")


def timed(cmd, log):
    """Runs cmd under /usr/bin/time -v; returns (process wall s, peak RSS MiB, load before)."""
    load = os.getloadavg()[0]
    tfile = log + ".time"
    with open(log, "w") as out:
        rc = subprocess.run([TIME, "-v", "-o", tfile] + cmd, stdout=out,
                            stderr=subprocess.STDOUT).returncode
    text = open(tfile).read()
    if rc != 0:
        sys.stdout.write(open(log).read()[-3000:])
        sys.exit(f"speed: failed ({rc}): {' '.join(cmd)}")
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    parts = [float(p) for p in m.group(1).split(":")]
    wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    return wall, rss, load


def replaylab_counts(cfg, class_sets_file):
    """Training images by day and replayed samples by night of a run, from its config."""
    with open(class_sets_file) as f:
        sets = json.load(f)["class_sets"]
    chosen = cfg["data"]["class_sets"] or list(range(1, len(sets) + 1))
    days, tpc = cfg["train"]["days"], cfg["data"]["train_per_class"]
    spc = cfg["replay"]["samples_per_class"]
    conds = cfg["replay"]["conditions"]
    day = night = 0
    for i in chosen:
        classes = len(sets[i - 1]["classes"])
        for c in conds:
            day += days * tpc * classes * cfg["seeds_per_class_set"]
            if c.startswith("generative") or c.startswith("veridical"):
                per = spc * classes if spc > 0 and c.startswith("generative") else tpc * classes
                night += days * per * cfg["seeds_per_class_set"]
    return day, night


def run_replaylab(args, out, log):
    cmd = [args.cli, "run", "--out", out]
    # Replay Lab's own defaults unless asked: one thread per simulation, as many at once as
    # there are cores (train.threads, train.jobs).
    if args.threads is not None:
        cmd += ["--threads", str(args.threads)]
    if args.preset:
        cmd += ["--preset", args.preset]
    else:
        # The same work as the reference, which turns no imaginations into drawings.
        cmd += ["--class-sets", args.sets, "--conditions", args.conditions, "--days", str(args.days),
                "--keep-imaginations", "0"]
    wall, rss, load = timed(cmd, log)
    with open(os.path.join(out, "manifest.json")) as f:
        man = json.load(f)
    with open(os.path.join(out, "config.json")) as f:
        cfg = json.load(f)
    day, night = replaylab_counts(cfg, os.path.join(REPO, "resources/class_sets/quickdraw.json"))
    ph = man["phase_seconds"]
    # Phases are summed over the simulations running at once: per-job wall share.
    jobs = max(1, man.get("jobs", 1))
    ph = {k: v / jobs for k, v in ph.items()}
    return {"wall": wall, "rss": rss, "load": load, "experiment": man["wall_seconds"],
            "day_s": ph["day"], "night_s": ph["night"], "eval_s": ph["evaluate"],
            "day_n": day, "night_n": night, "threads": man.get("threads"), "jobs": jobs}


def run_reference(args, out, log):
    js = os.path.join(out, "reference.json")
    cmd = [args.python, os.path.join(HERE, "replay_reference.py"), "--class-sets", args.sets,
           "--conditions", args.conditions, "--days", str(args.days),
           "--threads", str(args.threads or 0), "--json", js] + args.reference_arg
    wall, rss, load = timed(cmd, log)
    with open(js) as f:
        r = json.load(f)
    ph = r["phase_seconds"]
    return {"wall": wall, "rss": rss, "load": load, "experiment": r["experiment_seconds"],
            "day_s": ph["day"], "night_s": ph["night"], "eval_s": ph["evaluate"],
            "day_n": r["counts"]["day_images"], "night_n": r["counts"]["night_samples"],
            "threads": r["threads"]}


def med(runs, key):
    return statistics.median(r[key] for r in runs)


def rate(n, s):
    return n / s if s > 0 and n > 0 else float("nan")


def main():
    ap = argparse.ArgumentParser(prog="bench/speed.sh", description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="1-3", help="class sets (default 1-3)")
    ap.add_argument("--days", type=int, default=10)
    ap.add_argument("--runs", type=int, default=3, help="runs of each (default 3)")
    ap.add_argument("--conditions", default="none,generative-pool5")
    ap.add_argument("--cli", default=os.path.join(REPO, "build/app/cli/replaylab-cli"))
    ap.add_argument("--threads", type=int, default=None,
                    help="threads of both (0 = all cores); default: the reference on all cores, "
                         "Replay Lab with its defaults (1 thread a simulation, one simulation a core)")
    ap.add_argument("--preset", help="'where': time only Replay Lab's run --preset where")
    ap.add_argument("--python", help="interpreter with torch for the reference")
    ap.add_argument("--reference-arg", action="append", default=[],
                    help="extra argument for the reference (repeatable), e.g. --channels-last")
    ap.add_argument("--keep", help="keep the runs' outputs in this folder")
    args = ap.parse_args()

    if not os.access(TIME, os.X_OK):
        sys.exit("speed: /usr/bin/time not found (apt-get install -y time)")
    if not os.access(args.cli, os.X_OK):
        sys.exit(f"speed: Replay Lab CLI not found: {args.cli} (build it, or --cli PATH)")
    if args.preset and args.preset != "where":
        sys.exit("speed: --preset takes 'where'")
    if not args.preset:
        for c in args.conditions.split(","):
            if c != "none" and not re.fullmatch(r"generative-pool[1-5]", c):
                sys.exit(f"speed: condition '{c}' has no reference (none, generative-pool1..5)")
        args.python = args.python or find_python()
    root = args.keep or tempfile.mkdtemp(prefix="replaylab-speed-")
    os.makedirs(root, exist_ok=True)
    cores = os.cpu_count()
    print(f"speed: {cores} cores, threads {'defaults' if args.threads is None else (args.threads or 'all')}, OMP_WAIT_POLICY "
          f"{os.environ.get('OMP_WAIT_POLICY', '(unset)')}; outputs in {root}", flush=True)

    if args.preset:
        runs = []
        for i in range(1, args.runs + 1):
            out = os.path.join(root, f"replaylab-{i}")
            runs.append(run_replaylab(args, out, out + ".log"))
            r = runs[-1]
            print(f"  run {i}: wall {r['wall']:.1f} s, peak RSS {r['rss']:.0f} MiB, "
                  f"load before {r['load']:.2f}", flush=True)
        print(f"\nReplay Lab run --preset where, {args.runs} run(s): median wall "
              f"{med(runs, 'wall'):.1f} s, median peak RSS {med(runs, 'rss'):.0f} MiB, "
              f"load before {', '.join('%.2f' % r['load'] for r in runs)}")
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
        return

    # Reads and caches the drawings once, outside every timed run.
    subprocess.run([args.python, os.path.join(HERE, "replay_reference.py"), "--class-sets",
                    args.sets, "--days", "0", "--quiet"], check=True)
    sides = {"Replay Lab": [], "reference": []}
    for i in range(1, args.runs + 1):
        for name, fn in (("Replay Lab", run_replaylab), ("reference", run_reference)):
            out = os.path.join(root, f"{'replaylab' if fn is run_replaylab else 'reference'}-{i}")
            os.makedirs(out, exist_ok=True)
            r = fn(args, out, out + ".log")
            sides[name].append(r)
            print(f"  {name:10s} run {i}: wall {r['wall']:7.1f} s (experiment {r['experiment']:.1f}: "
                  f"day {r['day_s']:.1f}, night {r['night_s']:.1f}, eval {r['eval_s']:.1f}), "
                  f"peak RSS {r['rss']:.0f} MiB, load before {r['load']:.2f}", flush=True)
    R, P = sides["Replay Lab"], sides["reference"]
    if (R[0]["day_n"], R[0]["night_n"]) != (P[0]["day_n"], P[0]["night_n"]):
        print(f"speed: WARNING: work differs: Replay Lab {R[0]['day_n']} day images / "
              f"{R[0]['night_n']} night samples, reference {P[0]['day_n']} / {P[0]['night_n']}")

    rows = [
        ("process wall, s (median)", lambda s: med(s, "wall"), "{:.1f}"),
        ("experiment, s (median)", lambda s: med(s, "experiment"), "{:.1f}"),
        ("  day, s", lambda s: med(s, "day_s"), "{:.1f}"),
        ("  night, s", lambda s: med(s, "night_s"), "{:.1f}"),
        ("  evaluation, s", lambda s: med(s, "eval_s"), "{:.1f}"),
        ("day images/s", lambda s: statistics.median(rate(r["day_n"], r["day_s"]) for r in s), "{:.0f}"),
        ("night samples/s", lambda s: statistics.median(rate(r["night_n"], r["night_s"]) for r in s), "{:.0f}"),
        ("peak RSS, MiB (median)", lambda s: med(s, "rss"), "{:.0f}"),
    ]
    print(f"\n{args.runs} run(s) each, sets {args.sets}, {args.conditions}, {args.days} days; "
          f"{R[0]['day_n']} day images, {R[0]['night_n']} night samples per run; "
          f"threads Replay Lab {R[0]['threads']} x {R[0]['jobs']} at once, reference {P[0]['threads']}")
    print(f"{'':26s}{'Replay Lab':>12s}{'reference':>12s}{'RL / ref':>10s}")
    for label, f, fmt in rows:
        a, b = f(R), f(P)
        print(f"{label:26s}{fmt.format(a):>12s}{fmt.format(b):>12s}{a / b if b else float('nan'):>10.2f}")
    print("(times: a ratio above 1 = Replay Lab slower; rates: below 1 = Replay Lab slower)")
    loads = lambda s: ", ".join("%.2f" % r["load"] for r in s)
    print(f"load average (1 min) before each run: Replay Lab {loads(R)}; reference {loads(P)}")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
