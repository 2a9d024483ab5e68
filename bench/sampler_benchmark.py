#!/usr/bin/env python3
"""Generative-replay sampler: Replay Lab's exact low-rank sampler (C++) against the authors'
method (explicit D x D covariance, then numpy.random.multivariate_normal, which takes an SVD of
it), per class, N = 1,170 activations, M = 1,170 samples.

The explicit method is measured at several D that fit in minutes, a cubic a*D^3 + b*D^2 + c is
fitted to its times, and extrapolated to D = 25,088 (VGG-16 pool4 after 2x2 down-sampling).
The C++ sampler is measured at every D, at 25,088 and at full resolution (100,352).

Usage: /usr/bin/python3 bench/sampler_benchmark.py [--build build] [--dims 256,512,1024,2048]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

N = M = 1170


def explicit_once(d, seed=0):
    """One class by the authors' method, in a child process so its peak memory is its own."""
    code = f"""
import numpy as np, time, resource, json
rng = np.random.default_rng({seed})
x = np.abs(rng.standard_normal(({N}, {d}))).astype(np.float64)
t0 = time.perf_counter()
mu = x.mean(axis=0)
cov = np.cov(x, rowvar=False)
s = np.random.default_rng(1).multivariate_normal(mu, cov, size={M}, method='svd')
sec = time.perf_counter() - t0
assert s.shape == ({M}, {d})
print(json.dumps({{"seconds": sec, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    out = subprocess.run(["/usr/bin/python3", "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def cpp_once(exe, d, threads):
    out = subprocess.run([exe, "--dims", str(d), "--n", str(N), "--m", str(M), "--reps", "3",
                          "--threads", str(threads)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def fit_cubic(ds, ts):
    """t = a D^3 + b D^2 + c with a, b, c >= 0 (the SVD's cube, the covariance's N D^2, a
    constant), by least squares over the subsets of terms, keeping the best non-negative fit."""
    import itertools
    import numpy as np
    cols = [lambda d: d ** 3, lambda d: d ** 2, lambda d: 1.0]
    best = None
    for k in range(1, 4):
        for sub in itertools.combinations(range(3), k):
            a = np.array([[cols[j](d) for j in sub] for d in ds], dtype=float)
            c, *_ = np.linalg.lstsq(a, np.array(ts), rcond=None)
            if (c < 0).any():
                continue
            coef = np.zeros(3)
            coef[list(sub)] = c
            err = float(np.sum((a @ c - np.array(ts)) ** 2))
            if best is None or err < best[0]:
                best = (err, coef)
    coef = best[1]
    return lambda d: float(coef[0] * d ** 3 + coef[1] * d ** 2 + coef[2]), coef


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--dims", default="256,512,1024,2048")
    ap.add_argument("--threads", type=int, default=0)
    args = ap.parse_args()
    exe = os.path.join(args.build, "bench", "replaylab-bench-sampler")
    if not os.path.exists(exe):
        sys.exit(f"{exe} not found: build first (scripts/build.sh)")
    dims = [int(x) for x in args.dims.split(",")]
    import numpy as np
    print(f"numpy {np.__version__}; N = M = {N}; times are per class; best of 1 (explicit) / 3 (C++)")
    rows = []
    for d in dims:
        e = explicit_once(d)
        c = cpp_once(exe, d, args.threads)
        rows.append((d, e, c))
        print(f"D = {d:6d}  explicit {e['seconds']:9.3f} s ({e['peak_rss_mib']:7.0f} MiB)   "
              f"C++ {c['seconds']:8.4f} s ({c['peak_rss_mib']:7.0f} MiB)   ratio {e['seconds'] / c['seconds']:9.1f}x  [measured]",
              flush=True)
    predict, coef = fit_cubic([r[0] for r in rows], [r[1]["seconds"] for r in rows])
    dmax = rows[-1][0]
    print(f"\nLargest D measured for both: {dmax}: ratio {rows[-1][1]['seconds'] / rows[-1][2]['seconds']:.1f}x [measured]")
    print(f"Cubic fit of the explicit method: t = {coef[0]:.3e} D^3 + {coef[1]:.3e} D^2 + {coef[2]:.3e}")
    for d in (25088, 100352):
        c = cpp_once(exe, d, args.threads)
        t = predict(d)
        mem = d * d * 8 / 2 ** 30
        print(f"D = {d:6d}  explicit {t:11.0f} s = {t / 3600:7.2f} h [extrapolated], covariance alone {mem:.1f} GiB   "
              f"C++ {c['seconds']:8.3f} s ({c['peak_rss_mib']:.0f} MiB) [measured]   ratio {t / c['seconds']:.0f}x [extrapolated / measured]",
              flush=True)


if __name__ == "__main__":
    main()
