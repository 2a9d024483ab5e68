#pragma once
// torchvision's VGG-16 weights (ImageNet) in Replay Lab's VGG-16. Internal to core.
//
// torchvision ships its weights as Python pickles, which LibTorch's C++ API cannot read:
// scripts/export_torchvision_vgg16.py rewrites them as a TorchScript archive holding the
// same tensors as parameters of one flat module under torchvision's names
// ("features.0.weight" ... "classifier.6.bias"), the layout torch::serialize::OutputArchive
// writes, plus a string "replaylab.torchvision_export" (JSON: arch, source, versions).
//
// Parameter names map one to one (Vgg.h). torchvision's VGG has an AdaptiveAvgPool2d((7, 7))
// between features and classifier that Replay Lab's VGG lacks: at 224x224 input pool5 is
// already 7x7, so that pool is the identity and classifier.0 sees the same 25088 values.
#include <filesystem>
#include <string>

namespace replaylab {

class VggImpl;

struct VggImportReport {
    int tensors = 0;                ///< tensors copied into the network
    bool classifierImported = false;  ///< classifier.0 and classifier.3
    bool outputLayerImported = false; ///< classifier.6 (only if its shape fits)
    std::string outputLayerNote;    ///< why classifier.6 was left as it was, if it was
    std::string exportRecord;       ///< the exporter's JSON record; empty if the file has none
};

/// Loads torchvision VGG-16 weights from an exported file into net, which must be a VGG-16
/// (VggOptions::vgg16). features.* always; with includeClassifier also classifier.0 and .3,
/// and classifier.6 when its shape fits net's head (the paper puts a fresh 10-class head on
/// ImageNet's features). Checks everything before changing net. Throws InputError naming the
/// file and what differs: not found; "truncated or not a weight file"; a torch.save pickle;
/// a different network (VGG-11/13/19, batch-norm VGG, ResNet, ...: says what was found);
/// "missing 'features.28.weight'"; "'features.0.weight' has shape [64, 1, 3, 3], VGG-16
/// expects [64, 3, 3, 3]".
VggImportReport importTorchvisionVgg16(VggImpl& net, const std::filesystem::path& file,
                                       bool includeClassifier);

/// Body of `replaylab-cli import-vgg16 --in EXPORTED --out BACKBONE [--features-only]`:
/// imports into a VGG-16 (with torchvision's classifier, 1000 classes, unless featuresOnly
/// or the file has none: then a Glorot head, seed 0) and saves it as a Replay Lab model file
/// (VggImpl::save, meta: source, exporter record) that model.backbone can name.
VggImportReport convertTorchvisionVgg16(const std::filesystem::path& in,
                                        const std::filesystem::path& out, bool featuresOnly = false);

/// Lines for the command line to print after a conversion.
std::string describeImport(const VggImportReport& r, const std::filesystem::path& out);

}  // namespace replaylab
