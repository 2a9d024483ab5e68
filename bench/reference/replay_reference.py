#!/usr/bin/env python3
"""The Replay Lab experiment written as plain PyTorch: a speed yardstick, not a dependency.

Same work as `replaylab-cli run` with the default config (see bench/reference/README.md):
the "mini" VGG (5 blocks of conv3x3+ReLU+maxpool2, widths 16,32,64,128,128, input 1x32x32,
head FC 256 - ReLU - dropout 0.5 - FC 256 - ReLU - dropout 0.5 - FC 10), the shipped
pretrained features, a fresh Glorot-uniform head; per class 70 train / 10 val / 20 test
Quick Draw drawings; a day = one epoch of freshly augmented training images, batch 36, Adam
(lr 3e-4, eps 1e-7) over the whole network; a generative night at pool<k> = per-class
Gaussians (full covariance) fitted to that day's augmented images' activations, as many
samples as training images, one epoch of the layers above the replay point, same Adam state;
validation and test evaluated after every day and every night.

Everything is tensors: the drawings of a class set sit in one uint8 tensor, augmentation is one
affine_grid + grid_sample per day, flips by index, sampling is one matrix product per class.

Usage: /usr/bin/python3 bench/reference/replay_reference.py --class-sets 1-3 \
           --conditions none,generative-pool5 --days 10 [--threads N] [--json out.json]
"""
import argparse
import gzip
import hashlib
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SIDE = 28            # Quick Draw drawings: 28x28 grey values in [0, 1]
INPUT = 32           # the mini VGG's input; drawings are centre-padded with zeros
WIDTHS = (16, 32, 64, 128, 128)
HEAD = 256
BATCH = 36
LR, EPS = 3e-4, 1e-7
DOWNSAMPLE = (4, 4, 2, 2, 1)   # block-mean factor per replay point pool1..pool5 (the paper's)
EVAL_BATCH = 256


def parse_sets(text):
    out = []
    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-")
            out.extend(range(int(a), int(b) + 1))
        elif part:
            out.append(int(part))
    return out


def parse_condition(name):
    """'none' -> (None, 0); 'generative-pool5' -> ('generative', 5)."""
    if name == "none":
        return None, 0
    mode, _, layer = name.partition("-pool")
    if mode != "generative" or not layer.isdigit() or not 1 <= int(layer) <= 5:
        sys.exit(f"replay_reference: condition '{name}' not offered (none, generative-pool1..5)")
    return mode, int(layer)


# ---------------------------------------------------------------------------------------------
# Data: read once, outside the timed experiment, cached as .npy

def read_class(data_dir, name):
    """All drawings of a category as uint8 (n, 28, 28), rounded as Replay Lab rounds."""
    with gzip.open(os.path.join(data_dir, "quickdraw", name + ".ndjson.gz"), "rt") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    a = np.asarray(rows, dtype=np.float64).reshape(-1, SIDE, SIDE)
    return np.floor(a * 255.0 + 0.5).astype(np.uint8)


def load_set(data_dir, classes, cache_dir):
    """(images uint8 (n, 32, 32) centre-padded, labels int64 (n,)) for one class set."""
    key = hashlib.sha1(("\n".join([data_dir] + classes)).encode()).hexdigest()[:16]
    path = os.path.join(cache_dir, f"quickdraw-{key}.npz")
    if os.path.exists(path):
        z = np.load(path)
        return z["x"], z["y"]
    xs, ys = [], []
    for k, name in enumerate(classes):
        a = read_class(data_dir, name)
        xs.append(a)
        ys.append(np.full(len(a), k, dtype=np.int64))
    x = np.concatenate(xs)
    pad = (INPUT - SIDE) // 2
    x = np.pad(x, ((0, 0), (pad, INPUT - SIDE - pad), (pad, INPUT - SIDE - pad)))
    y = np.concatenate(ys)
    os.makedirs(cache_dir, exist_ok=True)
    np.savez(path + ".tmp.npz", x=x, y=y)
    os.replace(path + ".tmp.npz", path)
    return x, y


def split(y, per_class, gen):
    """Per class a random test / val / train split (Replay Lab's sizes; its own shuffle differs)."""
    n_test, n_val, n_train = per_class
    parts = ([], [], [])
    for k in range(int(y.max()) + 1):
        idx = torch.nonzero(y == k).squeeze(1)
        idx = idx[torch.randperm(len(idx), generator=gen)]
        if len(idx) < n_test + n_val + n_train:
            sys.exit(f"replay_reference: class {k} has {len(idx)} drawings, the split needs "
                     f"{n_test + n_val + n_train}")
        parts[0].append(idx[:n_test])
        parts[1].append(idx[n_test:n_test + n_val])
        parts[2].append(idx[n_test + n_val:n_test + n_val + n_train])
    return [torch.cat(p) for p in parts]


# ---------------------------------------------------------------------------------------------
# Augmentation, batched: rotation U(-20, 20) deg, shift x, y U(-0.2, 0.2) x size, zoom zx, zy
# U(0.8, 1.2) each, horizontal flip p = 0.5, reflection at the borders, bilinear.

def augment(x, gen, rot=20.0, shift=0.2, zoom=(0.8, 1.2)):
    """x: float (n, 1, s, s) -> freshly augmented copy. The transform is Replay Lab's
    (core/data/Preprocess.cpp): output -> input, in = c + Z R(-a) (F (out - c) - s), about the
    centre of the pixel grid. With align_corners=False the normalised coordinates are pixel
    coordinates about that centre times 2/s, and reflection mirrors about the image edge as
    OpenCV's BORDER_REFLECT does. The mirror F is last in the forward transform, so it is done
    afterwards by index."""
    n, s = x.shape[0], x.shape[-1]
    u = torch.rand(n, 6, generator=gen, dtype=x.dtype)
    a = torch.deg2rad((u[:, 0] * 2 - 1) * rot)
    sx = (u[:, 1] * 2 - 1) * shift * 2.0     # shift of s*U(-0.2,0.2) pixels, in units of 2/s
    sy = (u[:, 2] * 2 - 1) * shift * 2.0
    zx = zoom[0] + u[:, 3] * (zoom[1] - zoom[0])
    zy = zoom[0] + u[:, 4] * (zoom[1] - zoom[0])
    flip = u[:, 5] < 0.5
    ca, sa = torch.cos(a), torch.sin(a)
    theta = torch.stack([
        torch.stack([zx * ca, -zx * sa, -zx * (ca * sx - sa * sy)], 1),
        torch.stack([zy * sa, zy * ca, -zy * (sa * sx + ca * sy)], 1),
    ], 1)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    out = F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection", align_corners=False)
    out[flip] = out[flip].flip(-1)
    return out


# ---------------------------------------------------------------------------------------------
# The network (parameter names as torchvision's VGG, as Replay Lab's)

class MiniVgg(nn.Module):
    def __init__(self, classes):
        super().__init__()
        layers, c = [], 1
        for w in WIDTHS:
            layers += [nn.Conv2d(c, w, 3, padding=1), nn.ReLU(inplace=True), nn.MaxPool2d(2)]
            c = w
        self.features = nn.Sequential(*layers)
        flat = WIDTHS[-1] * (INPUT >> 5) ** 2
        self.classifier = nn.Sequential(
            nn.Linear(flat, HEAD), nn.ReLU(inplace=True), nn.Dropout(0.5),
            nn.Linear(HEAD, HEAD), nn.ReLU(inplace=True), nn.Dropout(0.5),
            nn.Linear(HEAD, classes))

    def below(self, x, tap):
        """Input -> activations at pool<tap>."""
        return self.features[:3 * tap](x)

    def above(self, a, tap):
        """Activations at pool<tap> -> logits."""
        return self.classifier(self.features[3 * tap:](a).flatten(1))

    def forward(self, x):
        return self.classifier(self.features(x).flatten(1))


def load_backbone(net, path):
    """The features of a Replay Lab model file. Its archive is one TorchScript can read."""
    state = torch.jit.load(path, map_location="cpu").state_dict()
    feats = {k[len("features."):]: v for k, v in state.items() if k.startswith("features.")}
    net.features.load_state_dict(feats)


def reset_head(net, gen):
    """Keras' defaults: Glorot-uniform weights, zero biases."""
    with torch.no_grad():
        for m in net.classifier:
            if isinstance(m, nn.Linear):
                bound = math.sqrt(6.0 / (m.in_features + m.out_features))
                m.weight.uniform_(-bound, bound, generator=gen)
                m.bias.zero_()


# ---------------------------------------------------------------------------------------------
# One simulation: a class set under one condition

def evaluate(net, x, y, classes, memory_format):
    net.eval()
    with torch.inference_mode():
        logits = torch.cat([net(x[i:i + EVAL_BATCH].contiguous(memory_format=memory_format))
                            for i in range(0, len(x), EVAL_BATCH)])
        ce = F.cross_entropy(logits, y, reduction="none").double()
        ok = (logits.argmax(1) == y).double()
        count = torch.bincount(y, minlength=classes).double()
        return {"accuracy": ok.mean().item(), "loss": ce.mean().item(),
                "class_accuracy": (torch.bincount(y, ok, classes) / count).tolist(),
                "class_loss": (torch.bincount(y, ce, classes) / count).tolist()}


def fit_and_sample(acts, y, classes, per_class, gen):
    """Per class c: s = mu_c + z Xc / sqrt(N_c - 1), z ~ N(0, I_{N_c}): exactly N(mu_c, Sigma_c)
    with the full covariance Sigma_c = Xc^T Xc / (N_c - 1), never forming the D x D matrix
    (at pool5 D = 128 > N_c - 1 = 69, so Sigma_c is singular and a Cholesky-based
    MultivariateNormal would not take it)."""
    xs, ys = [], []
    for k in range(classes):
        a = acts[y == k]
        mu = a.mean(0)
        scaled = (a - mu) / math.sqrt(len(a) - 1)
        m = len(a) if per_class <= 0 else per_class
        z = torch.randn(m, len(a), generator=gen)
        xs.append(torch.addmm(mu.unsqueeze(0), z, scaled))
        ys.append(torch.full((m,), k, dtype=torch.int64))
    return torch.cat(xs), torch.cat(ys)


def simulate(data, classes, mode, tap, days, backbone, seed, memory_format, times, counts):
    """Days (and nights) of one simulation; returns the metric rows."""
    (x_u8, y), (test_i, val_i, train_i) = data
    g = torch.Generator().manual_seed(seed)          # same for every condition of a set: paired
    net = MiniVgg(classes)
    if backbone:
        load_backbone(net, backbone)
    reset_head(net, g)
    net = net.to(memory_format=memory_format)
    opt = torch.optim.Adam(net.parameters(), lr=LR, eps=EPS)
    x_all = x_u8.unsqueeze(1).float().div_(255.0)    # (n, 1, 32, 32), once
    x_train, y_train = x_all[train_i], y[train_i]
    x_val, y_val = x_all[val_i], y[val_i]
    x_test, y_test = x_all[test_i], y[test_i]
    rows = []

    def record(day, phase):
        t0 = time.perf_counter()
        for name, xs, ys in (("test", x_test, y_test), ("val", x_val, y_val)):
            rows.append({"day": day, "phase": phase, "split": name,
                         **evaluate(net, xs, ys, classes, memory_format)})
        times["evaluate"] += time.perf_counter() - t0

    for day in range(1, days + 1):
        # Day: one epoch of freshly augmented images, whole network.
        t0 = time.perf_counter()
        order = torch.randperm(len(x_train), generator=g)
        xd = augment(x_train[order], g).contiguous(memory_format=memory_format)
        yd = y_train[order]
        net.train()
        for b in range(0, len(xd), BATCH):
            loss = F.cross_entropy(net(xd[b:b + BATCH]), yd[b:b + BATCH])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        opt.zero_grad(set_to_none=True)   # else tonight's steps would move the features too
        counts["day_images"] += len(xd)
        times["day"] += time.perf_counter() - t0
        record(day, "day")
        if mode is None:
            continue
        # Night: Gaussians of today's augmented images at pool<tap>; train the layers above.
        t0 = time.perf_counter()
        f = DOWNSAMPLE[tap - 1]
        net.eval()
        with torch.no_grad():
            acts = torch.cat([net.below(xd[i:i + 128], tap) for i in range(0, len(xd), 128)])
            if f > 1:
                acts = F.avg_pool2d(acts, f)
            shape = acts.shape[1:]
            xs, ys = fit_and_sample(acts.flatten(1).float(), yd, classes, 0, g)
            xs = xs.view(-1, *shape)
        order = torch.randperm(len(xs), generator=g)
        xs, ys = xs[order], ys[order]
        net.train()
        for b in range(0, len(xs), BATCH):
            xb = xs[b:b + BATCH]
            if f > 1:
                xb = xb.repeat_interleave(f, 2).repeat_interleave(f, 3)
            loss = F.cross_entropy(net.above(xb.contiguous(memory_format=memory_format), tap),
                                   ys[b:b + BATCH])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()          # parameters below have no gradient: Adam leaves them alone
        counts["night_samples"] += len(xs)
        times["night"] += time.perf_counter() - t0
        record(day, "night")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--class-sets", default="1-3")
    ap.add_argument("--conditions", default="none,generative-pool5")
    ap.add_argument("--days", type=int, default=10)
    ap.add_argument("--threads", type=int, default=0, help="0 = all cores")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-class", default="20,10,70", help="test,val,train drawings per class")
    ap.add_argument("--data-dir", default=os.environ.get(
        "REPLAYLAB_DATA", os.path.expanduser("~/.local/share/replaylab")))
    ap.add_argument("--class-sets-file",
                    default=os.path.join(REPO, "resources/class_sets/quickdraw.json"))
    ap.add_argument("--backbone", default=os.path.join(REPO, "resources/backbones/quickdraw-mini.pt"),
                    help="Replay Lab model file for the features; 'none' = random init")
    ap.add_argument("--cache-dir", default="/tmp/replaylab-reference-cache")
    ap.add_argument("--channels-last", action=argparse.BooleanOptionalAction, default=True,
                    help="NHWC tensors and weights (default; measured 10-20%% faster here)")
    ap.add_argument("--json", help="write timings, counts and metrics here")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    threads = args.threads or os.cpu_count()
    torch.set_num_threads(threads)
    memory_format = torch.channels_last if args.channels_last else torch.contiguous_format
    backbone = None if args.backbone == "none" else args.backbone
    conditions = args.conditions.split(",")
    per_class = [int(v) for v in args.per_class.split(",")]
    with open(args.class_sets_file) as f:
        all_sets = json.load(f)["class_sets"]

    wall0 = time.perf_counter()
    t0 = time.perf_counter()
    data = {}
    for i in parse_sets(args.class_sets):
        s = all_sets[i - 1]
        x, y = load_set(args.data_dir, s["classes"], args.cache_dir)
        x, y = torch.from_numpy(x), torch.from_numpy(y)
        g = torch.Generator().manual_seed(args.seed * 1000 + i)
        data[i] = ((x, y), split(y, per_class, g), s)
    times = {"load": time.perf_counter() - t0, "day": 0.0, "night": 0.0, "evaluate": 0.0}
    counts = {"day_images": 0, "night_samples": 0}

    t_exp = time.perf_counter()
    results = []
    for i, (xy, parts, s) in data.items():
        for cond in conditions:
            mode, tap = parse_condition(cond)
            rows = simulate((xy, parts), len(s["classes"]), mode, tap, args.days, backbone,
                            args.seed * 1000 + i, memory_format, times, counts)
            results.append({"class_set": s["name"], "condition": cond, "rows": rows})
            if not args.quiet:
                last = [r for r in rows if r["split"] == "test"][-1]
                print(f"{s['name']:8s} {cond:18s} test accuracy after day {last['day']} "
                      f"{last['phase']}: {100 * last['accuracy']:.1f}%", flush=True)
    experiment = time.perf_counter() - t_exp
    out = {"threads": threads, "torch": torch.__version__,
           "channels_last": args.channels_last, "backbone": backbone or "random",
           "experiment_seconds": experiment, "wall_seconds": time.perf_counter() - wall0,
           "phase_seconds": times, "counts": counts, "results": results}
    if not args.quiet:
        print(f"experiment {experiment:.1f} s (day {times['day']:.1f}, night {times['night']:.1f}, "
              f"evaluate {times['evaluate']:.1f}; data {times['load']:.2f}); "
              f"{counts['day_images']} day images, {counts['night_samples']} night samples; "
              f"{threads} thread(s)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f)


if __name__ == "__main__":
    main()
