#include "network/VggImport.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <sstream>
#include <vector>

#include <ATen/CPUGeneratorImpl.h>
#include <caffe2/serialize/inline_container.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>
#include <torch/version.h>

#include "network/Vgg.h"
#include "util/Error.h"
#include "util/Text.h"

namespace replaylab {
namespace {

constexpr const char* kExportKey = "replaylab.torchvision_export";
constexpr int kPool = 0;  // 'M' in torchvision's VGG configurations

std::string shapeString(c10::IntArrayRef s) {
    std::ostringstream o;
    o << "[";
    for (std::size_t i = 0; i < s.size(); ++i) o << (i ? ", " : "") << s[i];
    o << "]";
    return o.str();
}

template <class T>
std::string joined(const std::vector<T>& v, std::size_t limit = 100) {
    std::ostringstream o;
    for (std::size_t i = 0; i < v.size() && i < limit; ++i) o << (i ? "," : "") << v[i];
    if (v.size() > limit) o << ",...";
    return o.str();
}

struct Contents {
    std::map<std::string, torch::Tensor> tensors;
    std::map<std::string, std::string> strings;
};

// A torch.save file (a torchvision .pth) is a zip archive too, but with a pickle and no
// TorchScript code: worth its own message, since it is the file people will try first.
bool isTorchSavePickle(const std::filesystem::path& file) {
    try {
        caffe2::serialize::PyTorchStreamReader reader(file.string());
        return reader.hasRecord("data.pkl") && !reader.hasRecord("constants.pkl") &&
               !reader.hasRecord("code/__torch__.py");
    } catch (const std::exception&) {
        return false;
    }
}

Contents readContents(const std::filesystem::path& file) {
    const std::string f = file.string();
    if (!std::filesystem::exists(file)) throw InputError("torchvision weight file not found: " + f);
    if (std::filesystem::is_directory(file))
        throw InputError("torchvision weight file is a folder: " + f);
    torch::serialize::InputArchive ar;
    try {
        ar.load_from(f);
    } catch (const std::exception& e) {
        if (isTorchSavePickle(file))
            throw InputError(f + ": a PyTorch pickle (torch.save, e.g. torchvision's .pth), which "
                                 "LibTorch cannot read; convert it first with "
                                 "/usr/bin/python3 scripts/export_torchvision_vgg16.py " + f + " OUT.pt");
        throw InputError(f + ": truncated or not a weight file (" + firstLine(e.what()) + ")");
    }
    Contents c;
    try {
        for (const auto& key : ar.keys()) {
            c10::IValue v;
            if (!ar.try_read(key, v)) continue;
            if (v.isTensor())
                c.tensors[key] = v.toTensor();
            else if (v.isString())
                c.strings[key] = v.toStringRef();
        }
    } catch (const std::exception& e) {
        throw InputError(f + ": truncated or not a weight file (" + firstLine(e.what()) + ")");
    }
    return c;
}

// Indices of the convolutions in torchvision's `features` for a configuration.
std::vector<int> convIndices(const std::vector<int>& cfg, bool batchNorm) {
    std::vector<int> out;
    int i = 0;
    for (int v : cfg) {
        if (v == kPool) {
            ++i;
        } else {
            out.push_back(i);
            i += batchNorm ? 3 : 2;
        }
    }
    return out;
}

struct KnownVgg {
    const char* name;
    std::vector<int> cfg;
};
const std::vector<KnownVgg>& knownVggs() {
    static const std::vector<KnownVgg> v = {
        {"VGG-11", {64, kPool, 128, kPool, 256, 256, kPool, 512, 512, kPool, 512, 512, kPool}},
        {"VGG-13", {64, 64, kPool, 128, 128, kPool, 256, 256, kPool, 512, 512, kPool, 512, 512, kPool}},
        {"VGG-16", {64, 64, kPool, 128, 128, kPool, 256, 256, 256, kPool, 512, 512, 512, kPool,
                    512, 512, 512, kPool}},
        {"VGG-19", {64, 64, kPool, 128, 128, kPool, 256, 256, 256, 256, kPool, 512, 512, 512, 512,
                    kPool, 512, 512, 512, 512, kPool}},
    };
    return v;
}

bool startsWith(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

// Throws if the file holds another network than VGG-16, saying what it holds. Files that
// look like VGG-16 with tensors missing or misshapen pass, for the per-tensor messages.
void checkIsVgg16(const Contents& c, const std::filesystem::path& file) {
    const std::string f = file.string();
    std::vector<int> convs;
    std::vector<int64_t> widths;
    bool bn = false;
    for (const auto& [name, t] : c.tensors) {
        if (!startsWith(name, "features.")) continue;
        const auto rest = name.substr(9);
        const auto dot = rest.find('.');
        if (dot == std::string::npos) continue;
        const auto idx = rest.substr(0, dot), field = rest.substr(dot + 1);
        // A layer index as torchvision writes it; anything else ("007", one past int) is no
        // layer of a VGG, and the messages below name the file's tensors instead.
        int index = 0;
        const auto [end, ec] = std::from_chars(idx.data(), idx.data() + idx.size(), index);
        if (ec != std::errc() || end != idx.data() + idx.size() || std::to_string(index) != idx) continue;
        if (field == "running_mean") bn = true;
        if (field == "weight" && t.dim() == 4) convs.push_back(index);
    }
    std::sort(convs.begin(), convs.end());
    for (int i : convs) widths.push_back(c.tensors.at("features." + std::to_string(i) + ".weight").size(0));

    std::string recorded;
    if (auto it = c.strings.find(kExportKey); it != c.strings.end()) {
        try {
            recorded = nlohmann::json::parse(it->second).value("arch", "");
        } catch (const nlohmann::json::exception&) {
        }
    }
    const std::string exportedAs = recorded.empty() ? "" : " (exported as '" + recorded + "')";
    const auto vgg16 = convIndices(knownVggs()[2].cfg, false);
    const std::string want = "VGG-16 has 13 convolutions at features." + joined(vgg16);

    if (convs.empty()) {
        if (c.tensors.empty())
            throw InputError(f + ": holds no tensors" + exportedAs + "; not a VGG-16 weight file");
        const bool resnet = c.tensors.count("conv1.weight") &&
                            std::any_of(c.tensors.begin(), c.tensors.end(),
                                        [](const auto& kv) { return startsWith(kv.first, "layer1."); });
        if (resnet)
            throw InputError(f + ": holds a ResNet (conv1, layer1.., fc; " +
                             std::to_string(c.tensors.size()) + " tensors)" + exportedAs +
                             ", not VGG-16");
        std::vector<std::string> some;
        for (const auto& kv : c.tensors) some.push_back("'" + kv.first + "'");
        throw InputError(f + ": holds no VGG convolutions ('features.<i>.weight'); found " +
                         std::to_string(c.tensors.size()) + " tensors, e.g. " + joined(some, 4) +
                         exportedAs + ": not a torchvision VGG-16");
    }
    for (const auto& k : knownVggs()) {
        for (bool withBn : {false, true}) {
            if (convs != convIndices(k.cfg, withBn) || withBn != bn) continue;
            if (std::string(k.name) == "VGG-16" && !withBn) return;
            throw InputError(f + ": holds a " + k.name + (withBn ? " with batch norm" : "") + " (" +
                             std::to_string(convs.size()) + " convolutions, widths " +
                             joined(widths) + ")" + exportedAs + ", not VGG-16" +
                             (withBn ? " without batch norm" : ""));
        }
    }
    const bool subset = std::includes(vgg16.begin(), vgg16.end(), convs.begin(), convs.end());
    if (subset && !bn) return;  // a VGG-16 with convolutions missing: named below
    throw InputError(f + ": holds a VGG-like network with " + std::to_string(convs.size()) +
                     " convolutions at features." + joined(convs) + (bn ? " and batch norm" : "") +
                     exportedAs + "; " + want);
}

}  // namespace

namespace {

VggImportReport importContents(VggImpl& net, const Contents& c, const std::filesystem::path& file,
                               bool includeClassifier) {
    const auto& opt = net.options();
    if (!opt.sameArchitecture(VggOptions::vgg16(opt.numClasses)))
        throw InputError("importing " + file.string() + ": the network to load into is not VGG-16 (" +
                         opt.describe() + ")");
    checkIsVgg16(c, file);

    VggImportReport r;
    if (auto it = c.strings.find(kExportKey); it != c.strings.end()) r.exportRecord = it->second;
    const std::string f = file.string();
    struct Copy {
        std::string name;
        torch::Tensor dst, src;
    };
    std::vector<Copy> copies;
    for (auto& kv : net.named_parameters()) {
        const std::string& name = kv.key();
        const bool feature = startsWith(name, "features.");
        const bool output = startsWith(name, "classifier.6.");
        if (!feature && !includeClassifier) continue;
        const auto it = c.tensors.find(name);
        if (it == c.tensors.end()) {
            if (output) {
                if (r.outputLayerNote.empty()) r.outputLayerNote = "the file has no '" + name + "'";
                continue;
            }
            throw InputError(f + ": missing '" + name + "' (VGG-16 expects shape " +
                             shapeString(kv.value().sizes()) + ")");
        }
        const auto& t = it->second;
        if (!t.sizes().equals(kv.value().sizes())) {
            if (output) {
                if (r.outputLayerNote.empty())
                    r.outputLayerNote = "'" + name + "' has shape " + shapeString(t.sizes()) +
                                    ", the head has " + shapeString(kv.value().sizes());
                continue;
            }
            throw InputError(f + ": '" + name + "' has shape " + shapeString(t.sizes()) +
                             ", VGG-16 expects " + shapeString(kv.value().sizes()));
        }
        if (!t.is_floating_point())
            throw InputError(f + ": '" + name + "' holds " + std::string(t.dtype().name()) +
                             " values, not floating point");
        copies.push_back({name, kv.value(), t});
    }
    // The output layer goes in whole (weight and bias) or not at all.
    if (!r.outputLayerNote.empty())
        copies.erase(std::remove_if(copies.begin(), copies.end(),
                                    [](const Copy& cp) { return startsWith(cp.name, "classifier.6."); }),
                     copies.end());

    torch::NoGradGuard noGrad;
    for (auto& cp : copies) cp.dst.copy_(cp.src);
    r.tensors = static_cast<int>(copies.size());
    r.classifierImported = includeClassifier;
    r.outputLayerImported = includeClassifier && r.outputLayerNote.empty();
    return r;
}

}  // namespace

VggImportReport importTorchvisionVgg16(VggImpl& net, const std::filesystem::path& file,
                                       bool includeClassifier) {
    return importContents(net, readContents(file), file, includeClassifier);
}

VggImportReport convertTorchvisionVgg16(const std::filesystem::path& in,
                                        const std::filesystem::path& out, bool featuresOnly) {
    const auto c = readContents(in);
    // The head's size: that of the file's output layer when it is imported, else ImageNet's.
    int classes = 1000;
    if (!featuresOnly) {
        if (auto it = c.tensors.find("classifier.6.weight");
            it != c.tensors.end() && it->second.dim() == 2 && it->second.size(0) > 0)
            classes = static_cast<int>(it->second.size(0));
    }
    Vgg net(VggOptions::vgg16(classes));
    net->resetHead(classes, at::detail::createCPUGenerator(0));
    auto r = importContents(*net, c, in, !featuresOnly);

    nlohmann::json meta = {
        {"command", "import-vgg16"},
        {"source", "torchvision VGG-16"},
        {"imported_from", std::filesystem::absolute(in).string()},
        {"classifier", r.outputLayerImported   ? "imported"
                       : r.classifierImported ? "classifier.0/.3 imported; output layer fresh (Glorot, seed 0)"
                                              : "fresh (Glorot, seed 0)"},
        {"libtorch", TORCH_VERSION},
    };
    if (!r.exportRecord.empty()) {
        try {
            meta["export"] = nlohmann::json::parse(r.exportRecord);
        } catch (const nlohmann::json::exception&) {
            meta["export"] = r.exportRecord;
        }
    }
    net->save(out, meta.dump());
    return r;
}

std::string describeImport(const VggImportReport& r, const std::filesystem::path& out) {
    std::ostringstream s;
    s << "imported " << r.tensors << " tensors of torchvision VGG-16";
    if (!r.classifierImported)
        s << " (features only; fresh head)";
    else if (!r.outputLayerImported)
        s << " (output layer left fresh: " << r.outputLayerNote << ")";
    s << "\nwrote " << out.string() << "; use it with model.arch \"vgg16\", model.backbone \""
      << out.string() << "\"";
    return s.str();
}

}  // namespace replaylab
