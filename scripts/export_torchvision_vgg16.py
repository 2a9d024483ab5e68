#!/usr/bin/python3
"""Writes torchvision VGG-16 weights in a form LibTorch's C++ API reads.

torchvision's weight files (e.g. vgg16-397923af.pth) are Python pickles (torch.save), which
LibTorch 1.13 C++ cannot read. This script writes the same tensors, under the same names
("features.0.weight", ..., "classifier.6.bias"), as parameters of one flat TorchScript
module saved with torch.jit.save: exactly the layout torch::serialize::OutputArchive writes,
so torch::serialize::InputArchive::try_read("features.0.weight", tensor) reads them. Names
keep their dots (no nesting, no mangling). A string attribute
"replaylab.torchvision_export" records what was exported (JSON).

Replay Lab then turns that file into a backbone with `replaylab-cli import-vgg16`
(core: convertTorchvisionVgg16 in core/network/VggImport.h).

Usage (use Debian's /usr/bin/python3, which has python3-torch and python3-torchvision):
  scripts/export_torchvision_vgg16.py vgg16-397923af.pth OUT.pt
  scripts/export_torchvision_vgg16.py --random --seed 0 OUT.pt
Options:
  --reference REF.pt   also write a fixed input and torchvision's outputs for it
                       ("input", "pool1".."pool5", "logits"; same file format), computed
                       with torchvision's own modules in eval mode: features[:5], [5:10],
                       [10:17], [17:24], [24:31] (pools at 4, 9, 16, 23, 30), then
                       avgpool + flatten + classifier for the logits
  --input-npy X.npy    the input for --reference (N x C x 224 x 224, float); default:
                       --images random images from torch.Generator seeded with --seed
  --images N           number of random reference images (default 1)
  --arch NAME          another torchvision architecture (vgg11, vgg16_bn, resnet18, ...);
                       only for testing Replay Lab's error messages
  --in-channels K      replace the first convolution by a K-channel one (weights summed
                       over the colour channels; K = 1 only); for testing
  --features-only      leave the classifier out (a much smaller file)
Only torch and torchvision (and numpy for --input-npy) are needed.
"""
import argparse
import json
import sys

import torch
import torchvision

EXPORT_KEY = "replaylab.torchvision_export"


class ReplayLabWeights(torch.nn.Module):
    """Type of the exported module (it has no methods; the file only carries tensors)."""


def build_model(args):
    ctor = getattr(torchvision.models, args.arch, None)
    if ctor is None:
        sys.exit(f"export: torchvision has no model '{args.arch}'")
    if args.random:
        torch.manual_seed(args.seed)
        model = ctor(weights=None)
        source = f"torchvision.models.{args.arch}(weights=None) after torch.manual_seed({args.seed})"
    else:
        state = torch.load(args.pth, map_location="cpu")
        if isinstance(state, torch.nn.Module):
            state = state.state_dict()
        if isinstance(state, dict) and "state_dict" in state and isinstance(state["state_dict"], dict):
            state = state["state_dict"]
        if not isinstance(state, dict):
            sys.exit(f"export: {args.pth}: not a state dict ({type(state).__name__})")
        state = {k[len("module."):] if k.startswith("module.") else k: v for k, v in state.items()}
        model = ctor(weights=None)
        try:
            model.load_state_dict(state, strict=True)
        except RuntimeError as e:
            sys.exit(f"export: {args.pth} is not a torchvision {args.arch}:\n{e}")
        source = args.pth
    if args.in_channels is not None:
        if args.in_channels != 1 or not hasattr(model, "features"):
            sys.exit("export: --in-channels supports 1 with VGG models only")
        old = model.features[0]
        new = torch.nn.Conv2d(1, old.out_channels, old.kernel_size, old.stride, old.padding)
        with torch.no_grad():
            new.weight.copy_(old.weight.sum(dim=1, keepdim=True))
            new.bias.copy_(old.bias)
        model.features[0] = new
    model.eval()
    return model, source


def save_tensors(tensors, strings, path):
    """One flat TorchScript module: tensors as parameters, strings as attributes."""
    tensors = {k: v.detach().to(torch.float32).contiguous().cpu() for k, v in tensors.items()}
    try:
        builder = torch._C.ConcreteModuleTypeBuilder(ReplayLabWeights)
        for name in tensors:
            builder.add_attribute(name, torch._C.TensorType.get(), True, False)
        for name in strings:
            builder.add_attribute(name, torch._C.StringType.get(), False, False)
        cpp = torch._C._create_module_with_type(builder.build().jit_type)
        for name, t in tensors.items():
            cpp.setattr(name, t)
    except (AttributeError, TypeError, RuntimeError):
        # Other torch versions: plain tensor attributes (InputArchive reads those too).
        cpp = torch._C.ScriptModule("__torch__.ReplayLabWeights", torch._C.CompilationUnit(), True)
        for name, t in tensors.items():
            cpp._register_attribute(name, torch._C.TensorType.get(), t)
        for name in strings:
            cpp._register_attribute(name, torch._C.StringType.get(), "")
    for name, s in strings.items():
        cpp.setattr(name, s)
    torch.jit.save(torch.jit._recursive.wrap_cpp_module(cpp), path)


def reference_outputs(model, x):
    if not hasattr(model, "features"):
        sys.exit("export: --reference needs a VGG model")
    pools = [i for i, m in enumerate(model.features) if isinstance(m, torch.nn.MaxPool2d)]
    if len(pools) != 5:
        sys.exit(f"export: expected 5 max pools in features, found {len(pools)}")
    out = {"input": x}
    with torch.no_grad():
        a, start = x, 0
        for k, p in enumerate(pools, 1):
            a = model.features[start:p + 1](a)
            out[f"pool{k}"] = a
            start = p + 1
        logits = model.classifier(torch.flatten(model.avgpool(a), 1))
        full = model(x)
    if not torch.equal(logits, full):
        sys.exit("export: sliced forward differs from model(x)")
    out["logits"] = logits
    return out, pools


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pth", nargs="?", help="torchvision state dict (.pth); omit with --random")
    ap.add_argument("out", help="file to write (TorchScript archive)")
    ap.add_argument("--random", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--arch", default="vgg16")
    ap.add_argument("--in-channels", type=int)
    ap.add_argument("--features-only", action="store_true")
    ap.add_argument("--reference")
    ap.add_argument("--input-npy")
    ap.add_argument("--images", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    if args.random == (args.pth is not None):
        ap.error("give either a .pth file or --random")
    torch.set_num_threads(args.threads)

    model, source = build_model(args)
    state = model.state_dict()
    if args.features_only:
        state = {k: v for k, v in state.items() if not k.startswith("classifier.")}
    record = {"format": "replaylab-torchvision-export", "version": 1, "arch": args.arch,
              "source": source, "torch": torch.__version__, "torchvision": torchvision.__version__,
              "in_channels": args.in_channels, "features_only": args.features_only}
    save_tensors(state, {EXPORT_KEY: json.dumps(record)}, args.out)
    print(f"export: wrote {len(state)} tensors of {args.arch} to {args.out}")

    if args.reference:
        if args.input_npy:
            import numpy as np
            x = torch.from_numpy(np.load(args.input_npy)).to(torch.float32)
        else:
            g = torch.Generator().manual_seed(args.seed)
            c = model.features[0].in_channels if hasattr(model, "features") else 3
            x = torch.rand(args.images, c, 224, 224, generator=g)
        refs, pools = reference_outputs(model, x)
        save_tensors(refs, {"replaylab.reference": json.dumps({"pools": pools, **record})},
                     args.reference)
        print(f"export: wrote input and pool1..pool5, logits for {x.shape[0]} image(s) to {args.reference}")


if __name__ == "__main__":
    main()
