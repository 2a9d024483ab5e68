#!/usr/bin/python3
"""Writes the seed corpus of the harnesses that read binary files: tests/fuzz/corpus/
quickdraw, image and weights (the others' seeds are text, kept as they are). Run from the
repository root with Debian's /usr/bin/python3 (torch and torchvision for the JPEG and the
weight files). The files it writes are fixed by this script: no randomness without a seed.

  quickdraw/  ndjson text (the harness gzips it) and gzip files: real-looking drawings,
              a blank line, a drawing of 783 values, a value outside [0, 1], exponents,
              a gzip file whole and cut short.
  image/      8x8 images in PNG (grey, RGB, RGBA, 16-bit), JPEG, BMP, PGM, PPM and TIFF.
  weights/    the first byte 0 (the rest is the file): a Replay Lab model of the harness's
              small network, one with a misshapen tensor, VGG-16, VGG-11 and ResNet layouts
              with small tensors, a torch.save pickle, a cut file; the first byte 1 (the rest
              is a recipe the harness turns into an archive): a few fixed byte strings;
              regression cases of bugs the harness found (layer indices no VGG has).
"""
import gzip
import io
import json
import os
import random
import struct
import sys
import zlib

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
from export_torchvision_vgg16 import save_tensors  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "corpus")


def put(harness, name, data):
    os.makedirs(os.path.join(ROOT, harness), exist_ok=True)
    with open(os.path.join(ROOT, harness, name), "wb") as f:
        f.write(data)


# ---- Quick Draw
rng = random.Random(19)


def drawing(n=784, fmt=lambda v: f"{v:.3g}"):
    return ("[" + ",".join(fmt(rng.choice([0, 0, 0, 1, rng.random()])) for _ in range(n)) + "]").encode()


put("quickdraw", "one.ndjson", drawing() + b"\n")
put("quickdraw", "mixed.ndjson", drawing() + b"\n\n" + drawing(783) + b"\n" + drawing() + b"\n")
put("quickdraw", "outside.ndjson", b"[" + b",".join([b"0"] * 783 + [b"1.5"]) + b"]\n")
put("quickdraw", "exponents.ndjson", b"[" + b",".join([b"1e-1", b"0.5E0", b"-0"] * 261 + [b"0"]) + b"]\r\n")
whole = gzip.compress(drawing() + b"\n" + drawing() + b"\n", mtime=0)
put("quickdraw", "whole.gz", whole)
put("quickdraw", "cut.gz", whole[: len(whole) // 2])


# ---- images
def png(width, height, color_type, bit_depth, pixels):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b"")


def rows(width, height, bytes_per_pixel):
    return b"".join(b"\x00" + bytes((x * 31 + y * 17 + c) % 256 for x in range(width) for c in range(bytes_per_pixel))
                    for y in range(height))


put("image", "grey.png", png(8, 8, 0, 8, rows(8, 8, 1)))
put("image", "rgb.png", png(8, 8, 2, 8, rows(8, 8, 3)))
put("image", "rgba.png", png(8, 8, 6, 8, rows(8, 8, 4)))
put("image", "grey16.png", png(8, 8, 0, 16, rows(8, 8, 2)))
rgb = torch.tensor(list(rows(8, 8, 3)), dtype=torch.uint8).reshape(8, 25)[:, 1:].reshape(8, 8, 3).permute(2, 0, 1)
from torchvision.io import encode_jpeg  # noqa: E402
put("image", "rgb.jpg", bytes(encode_jpeg(rgb.contiguous(), quality=75).tolist()))
pixels = bytes(rgb.permute(1, 2, 0).flip(0).flip(2).contiguous().flatten().tolist())  # BMP: bottom-up, BGR
put("image", "rgb.bmp", b"BM" + struct.pack("<IHHI", 54 + len(pixels), 0, 0, 54) +
    struct.pack("<IiiHHIIiiII", 40, 8, 8, 1, 24, 0, len(pixels), 2835, 2835, 0, 0) + pixels)
put("image", "grey.pgm", b"P5\n8 8\n255\n" + bytes(range(0, 256, 4)))
put("image", "rgb.ppm", b"P6\n8 8\n255\n" + bytes(rgb.permute(1, 2, 0).contiguous().flatten().tolist()))


def tiff_grey(width, height, data):
    entries = [(256, 3, 1, width), (257, 3, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
               (273, 4, 1, 8), (277, 3, 1, 1), (278, 3, 1, height), (279, 4, 1, len(data))]
    ifd_at = 8 + len(data)
    out = b"II*\x00" + struct.pack("<I", ifd_at) + data + struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        out += struct.pack("<HHI", tag, kind, count) + (struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value))
    return out + struct.pack("<I", 0)


put("image", "grey.tif", tiff_grey(8, 8, bytes(range(0, 256, 4))))


# ---- weights
def archive(tensors, strings=None):
    path = "/tmp/replaylab-seed.pt"
    save_tensors(tensors, strings or {}, path)
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    return data


# The harness's small network: five blocks of one 3x3 convolution, 2 channels, 1 input
# channel, 32x32 input (pool5 1x1), head 4, 2 classes.
small = {}
for block, index in enumerate([0, 3, 6, 9, 12]):
    small[f"features.{index}.weight"] = torch.full((2, 1 if block == 0 else 2, 3, 3), 0.5)
    small[f"features.{index}.bias"] = torch.zeros(2)
for index, shape in [(0, (4, 2)), (3, (4, 4)), (6, (2, 4))]:
    small[f"classifier.{index}.weight"] = torch.full(shape, 0.25)
    small[f"classifier.{index}.bias"] = torch.zeros(shape[0])
arch = {"format": "replaylab-vgg", "version": 1, "convs_per_block": [1] * 5, "widths": [2] * 5, "in_channels": 1,
        "input_size": 32, "head_units": 4, "num_classes": 2, "dropout": 0.5}
strings = {"replaylab.architecture": json.dumps(arch), "replaylab.meta": "{}"}
put("weights", "small-model", b"\x00" + archive(small, strings))
misshapen = dict(small)
misshapen["features.3.weight"] = torch.zeros(2, 3, 3, 3)
put("weights", "small-misshapen", b"\x00" + archive(misshapen, strings))
vgg16 = {}
for i in [0, 2, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28]:
    vgg16[f"features.{i}.weight"] = torch.zeros(2, 2, 3, 3)
    vgg16[f"features.{i}.bias"] = torch.zeros(2)
put("weights", "vgg16-layout", b"\x00" + archive(vgg16, {"replaylab.torchvision_export": '{"arch": "vgg16"}'}))
vgg11 = {f"features.{i}.weight": torch.zeros(1, 1, 3, 3) for i in [0, 3, 6, 8, 11, 13, 16, 18]}
put("weights", "vgg11-layout", b"\x00" + archive(vgg11))
put("weights", "resnet-layout", b"\x00" + archive({"conv1.weight": torch.zeros(1, 1, 1, 1),
                                                  "layer1.0.conv1.weight": torch.zeros(1, 1, 1, 1),
                                                  "fc.weight": torch.zeros(1, 1)}))
buf = io.BytesIO()
torch.save({"features.0.weight": torch.zeros(1, 1, 3, 3)}, buf)
put("weights", "torch-save-pickle", b"\x00" + buf.getvalue())
whole = archive(small, strings)
put("weights", "small-cut", b"\x00" + whole[: len(whole) // 2])
recipes = random.Random(16)
for k in range(4):
    put("weights", f"recipe-{k}", b"\x01" + bytes(recipes.randrange(256) for _ in range(64 + 96 * k)))

# Regression cases: layer indices no VGG has, which escaped as std::out_of_range (stoi, and
# the map lookup of a non-canonical "007") instead of an InputError.
put("weights", "regression-index-past-int", b"\x00" + archive({"features.99999999999.weight": torch.zeros(1, 1, 3, 3)}))
put("weights", "regression-index-leading-zero", b"\x00" + archive({"features.007.weight": torch.zeros(1, 1, 3, 3)}))
