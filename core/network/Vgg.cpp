#include "network/Vgg.h"

#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "util/Error.h"
#include "util/Text.h"

namespace replaylab {
namespace {

constexpr const char* kArchKey = "replaylab.architecture";
constexpr const char* kMetaKey = "replaylab.meta";

std::string joinInts(const std::vector<int>& v) {
    std::ostringstream s;
    for (std::size_t i = 0; i < v.size(); ++i) s << (i ? "," : "") << v[i];
    return s.str();
}

std::string shapeString(const torch::Tensor& t) {
    std::ostringstream s;
    s << "[";
    for (int64_t i = 0; i < t.dim(); ++i) s << (i ? ", " : "") << t.size(i);
    s << "]";
    return s.str();
}

nlohmann::json archToJson(const VggOptions& o) {
    return {{"format", "replaylab-vgg"}, {"version", 1},
            {"convs_per_block", o.convsPerBlock}, {"widths", o.widths},
            {"in_channels", o.inChannels},       {"input_size", o.inputSize},
            {"head_units", o.headUnits},         {"num_classes", o.numClasses},
            {"dropout", o.dropout}};
}

}  // namespace

VggOptions VggOptions::vgg16(int numClasses) {
    VggOptions o;
    o.convsPerBlock = {2, 2, 3, 3, 3};
    o.widths = {64, 128, 256, 512, 512};
    o.inChannels = 3;
    o.inputSize = 224;
    o.headUnits = 4096;
    o.numClasses = numClasses;
    o.dropout = 0.5;
    return o;
}

VggOptions VggOptions::fromConfig(const ModelConfig& cfg, int numClasses) {
    if (cfg.arch == ModelArch::Vgg16) return vgg16(numClasses);
    VggOptions o;
    o.convsPerBlock = cfg.convsPerBlock;
    o.widths = cfg.widths;
    o.inChannels = cfg.inChannels;
    o.inputSize = cfg.inputSize;
    o.headUnits = cfg.headUnits;
    o.numClasses = numClasses;
    o.dropout = cfg.dropout;
    return o;
}

bool VggOptions::sameArchitecture(const VggOptions& o) const {
    return convsPerBlock == o.convsPerBlock && widths == o.widths && inChannels == o.inChannels &&
           inputSize == o.inputSize && headUnits == o.headUnits;
}

std::string VggOptions::describe() const {
    std::ostringstream s;
    s << "convs " << joinInts(convsPerBlock) << ", widths " << joinInts(widths) << ", head "
      << headUnits << ", input " << inChannels << "x" << inputSize << "x" << inputSize << ", "
      << numClasses << " classes";
    return s.str();
}

torch::Tensor SeededDropoutImpl::forward(const torch::Tensor& x) {
    if (!is_training() || p_ <= 0.0) return x;
    auto keep = torch::empty_like(x).bernoulli_(1.0 - p_, gen_.defined() ? c10::optional<at::Generator>(gen_)
                                                                          : c10::nullopt);
    return x * keep / (1.0 - p_);
}

VggImpl::VggImpl(const VggOptions& opt) : opt_(opt) {
    if (opt.convsPerBlock.size() != kPoolTaps || opt.widths.size() != kPoolTaps)
        throw InputError("a VGG network needs 5 blocks (convs per block and widths)");
    features_ = torch::nn::Sequential();
    int in = opt.inChannels;
    tapEnd_[0] = 0;
    for (int b = 0; b < kPoolTaps; ++b) {
        for (int c = 0; c < opt.convsPerBlock[b]; ++c) {
            features_->push_back(torch::nn::Conv2d(
                torch::nn::Conv2dOptions(in, opt.widths[b], 3).padding(1)));
            features_->push_back(torch::nn::ReLU());
            in = opt.widths[b];
        }
        features_->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(2).stride(2)));
        tapEnd_[b + 1] = static_cast<int>(features_->size());
    }
    register_module("features", features_);
    buildHead();
}

void VggImpl::buildHead() {
    const auto shape = tapShape(5);
    const int64_t flat = shape[0] * shape[1] * shape[2];
    dropouts_ = {SeededDropout(opt_.dropout), SeededDropout(opt_.dropout)};
    auto head = torch::nn::Sequential(
        torch::nn::Linear(flat, opt_.headUnits), torch::nn::ReLU(), dropouts_[0],
        torch::nn::Linear(opt_.headUnits, opt_.headUnits), torch::nn::ReLU(), dropouts_[1],
        torch::nn::Linear(opt_.headUnits, opt_.numClasses));
    if (classifier_.is_empty()) {
        classifier_ = register_module("classifier", head);
    } else {
        classifier_ = replace_module("classifier", head);
    }
}

std::array<int64_t, 3> VggImpl::tapShape(int tap) const {
    if (tap == kLogitsTap) return {opt_.numClasses, 1, 1};
    if (tap == kInputTap) return {opt_.inChannels, opt_.inputSize, opt_.inputSize};
    const int64_t side = opt_.inputSize >> tap;
    return {opt_.widths[tap - 1], side, side};
}

torch::Tensor VggImpl::forwardRange(torch::Tensor x, int from, int to) {
    TORCH_CHECK(from >= kInputTap && to <= kLogitsTap && from <= to, "bad tap range ", from,
                "..", to);
    if (from == to) return x;
    const int featEnd = tapEnd_[std::min(to, kPoolTaps)];
    auto it = features_->begin();
    for (int i = tapEnd_[std::min(from, kPoolTaps)]; i < featEnd; ++i) x = it[i].forward(x);
    if (to == kLogitsTap) x = classifier_->forward(x.flatten(1));
    return x;
}

std::vector<torch::Tensor> VggImpl::parametersAbove(int tap) const {
    std::vector<torch::Tensor> out;
    auto it = features_->begin();
    for (int i = tapEnd_[std::min(tap, kPoolTaps)]; i < static_cast<int>(features_->size()); ++i)
        for (auto& p : it[i].ptr()->parameters()) out.push_back(p);
    if (tap < kLogitsTap)
        for (auto& p : classifier_->parameters()) out.push_back(p);
    return out;
}

std::vector<torch::Tensor> VggImpl::parametersAtOrBelow(int tap) const {
    std::vector<torch::Tensor> out;
    auto it = features_->begin();
    for (int i = 0; i < tapEnd_[std::min(tap, kPoolTaps)]; ++i)
        for (auto& p : it[i].ptr()->parameters()) out.push_back(p);
    if (tap >= kLogitsTap)
        for (auto& p : classifier_->parameters()) out.push_back(p);
    return out;
}

void VggImpl::resetHead(int numClasses, at::Generator gen) {
    torch::NoGradGuard noGrad;
    opt_.numClasses = numClasses;
    buildHead();
    for (auto& m : classifier_->modules(/*include_self=*/false)) {
        if (auto* lin = m->as<torch::nn::Linear>()) {
            const double fanIn = static_cast<double>(lin->weight.size(1));
            const double fanOut = static_cast<double>(lin->weight.size(0));
            const double bound = std::sqrt(6.0 / (fanIn + fanOut));
            lin->weight.uniform_(-bound, bound, gen);
            lin->bias.zero_();
        }
    }
    for (auto& d : dropouts_) d->setGenerator(gen);
}

void VggImpl::resetFeatures(at::Generator gen) {
    torch::NoGradGuard noGrad;
    for (auto& m : features_->modules(false)) {
        if (auto* conv = m->as<torch::nn::Conv2d>()) {
            const double fanIn = static_cast<double>(conv->weight[0].numel());
            const double bound = std::sqrt(6.0 / fanIn);
            conv->weight.uniform_(-bound, bound, gen);
            conv->bias.zero_();
        }
    }
}

void VggImpl::setDropoutGenerator(at::Generator gen) {
    for (auto& d : dropouts_) d->setGenerator(gen);
}

void VggImpl::save(const std::filesystem::path& file, const std::string& metaJson) {
    torch::serialize::OutputArchive ar;
    for (const auto& kv : named_parameters()) ar.write(kv.key(), kv.value().detach().cpu());
    ar.write(kArchKey, c10::IValue(archToJson(opt_).dump()));
    ar.write(kMetaKey, c10::IValue(metaJson));
    const auto tmp = file.string() + ".tmp";
    try {
        if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
        ar.save_to(tmp);
        std::filesystem::rename(tmp, file);
    } catch (const std::exception& e) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        throw InputError("cannot write model file " + file.string() + ": " + firstLine(e.what()));
    }
}

namespace {

torch::serialize::InputArchive openArchive(const std::filesystem::path& file) {
    if (!std::filesystem::exists(file))
        throw InputError("model file not found: " + file.string());
    if (std::filesystem::is_directory(file))
        throw InputError("model file is a folder: " + file.string());
    torch::serialize::InputArchive ar;
    try {
        ar.load_from(file.string());
    } catch (const std::exception& e) {
        throw InputError(file.string() + ": not a readable model file (truncated or wrong format): " +
                         firstLine(e.what()));
    }
    return ar;
}

std::string readString(torch::serialize::InputArchive& ar, const char* key,
                       const std::filesystem::path& file) {
    c10::IValue v;
    if (!ar.try_read(key, v) || !v.isString())
        throw InputError(file.string() + ": not a Replay Lab model (no '" + key + "' entry)");
    return v.toStringRef();
}

}  // namespace

LoadedWeights readModelInfo(const std::filesystem::path& file) {
    auto ar = openArchive(file);
    LoadedWeights out;
    try {
        const auto j = nlohmann::json::parse(readString(ar, kArchKey, file));
        if (j.value("format", "") != "replaylab-vgg")
            throw InputError(file.string() + ": unknown model format");
        auto& o = out.options;
        o.convsPerBlock = j.at("convs_per_block").get<std::vector<int>>();
        o.widths = j.at("widths").get<std::vector<int>>();
        o.inChannels = j.at("in_channels").get<int>();
        o.inputSize = j.at("input_size").get<int>();
        o.headUnits = j.at("head_units").get<int>();
        o.numClasses = j.at("num_classes").get<int>();
        o.dropout = j.at("dropout").get<double>();
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file.string() + ": damaged architecture record: " + e.what());
    }
    out.metaJson = readString(ar, kMetaKey, file);
    return out;
}

void loadWeights(VggImpl& net, const std::filesystem::path& file, bool featuresOnly) {
    auto ar = openArchive(file);
    torch::NoGradGuard noGrad;
    for (auto& kv : net.named_parameters()) {
        const std::string& name = kv.key();
        if (featuresOnly && name.rfind("features.", 0) != 0) continue;
        torch::Tensor t;
        try {
            if (!ar.try_read(name, t))
                throw InputError(file.string() + ": missing parameter '" + name + "' (expected shape " +
                                 shapeString(kv.value()) + ")");
        } catch (const c10::Error& e) {
            throw InputError(file.string() + ": parameter '" + name + "' unreadable: " +
                             firstLine(e.what()));
        }
        if (!t.sizes().equals(kv.value().sizes()))
            throw InputError(file.string() + ": parameter '" + name + "' has shape " +
                             shapeString(t) + ", the network expects " +
                             shapeString(kv.value()));
        kv.value().copy_(t);
    }
}

}  // namespace replaylab
