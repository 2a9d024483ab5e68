#!/usr/bin/env python3
"""Checks the layering of core/ (docs/ARCHITECTURE.md): a file includes only its own folder
and folders below it, ui/ never includes LibTorch or OpenCV, and no files include each other
in a circle. Prints every offending include and exits 1 when there is one."""
import os
import re
import sys

ORDER = ["util", "stats", "config", "data", "network", "replay", "hippocampus", "sim",
         "runfolder", "report", "session"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SYSTEM = re.compile(r'^\s*#\s*include\s+<([^>]+)>', re.M)


def main(root):
    core = os.path.join(root, "core")
    problems = []
    graph = {}
    for folder in sorted(os.listdir(core)):
        path = os.path.join(core, folder)
        if not os.path.isdir(path):
            continue
        if folder not in ORDER:
            problems.append(f"core/{folder}: a folder with no place in the layer order {ORDER}")
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith((".h", ".cpp")):
                continue
            rel = f"{folder}/{name}"
            text = open(os.path.join(path, name), encoding="utf-8").read()
            graph[rel] = []
            for inc in INCLUDE.findall(text):
                target = inc.split("/")[0]
                if target not in ORDER:
                    continue
                graph[rel].append(inc)
                if ORDER.index(target) > ORDER.index(folder):
                    problems.append(f"core/{rel} includes \"{inc}\": {target}/ is above {folder}/")
    for dirpath, _, files in os.walk(os.path.join(root, "ui")):
        for name in files:
            if name.endswith((".h", ".cpp")):
                text = open(os.path.join(dirpath, name), encoding="utf-8").read()
                for inc in SYSTEM.findall(text):
                    if inc.startswith(("torch/", "ATen/", "c10/", "opencv2/")):
                        problems.append(f"{os.path.relpath(os.path.join(dirpath, name), root)} includes <{inc}>")

    # Circles between files: a file that includes, through other files, itself.
    edges = {f: set(i for i in incs if i in graph) for f, incs in graph.items()}
    state = {}

    def visit(n, stack):
        state[n] = 1
        stack.append(n)
        for m in sorted(edges.get(n, ())):
            if state.get(m) == 1:
                problems.append("circle: " + " -> ".join(stack[stack.index(m):] + [m]))
            elif m not in state:
                visit(m, stack)
        stack.pop()
        state[n] = 2

    for n in sorted(edges):
        if n not in state:
            visit(n, [])
    for p in problems:
        print(p)
    print(f"{len(graph)} core files checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")))
