#include "network/Vgg.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>

#include <ATen/Parallel.h>
#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

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

// ReLU followed by a 2x2 max-pool of stride 2 (floor mode), in one pass over the input, with
// exactly the values and gradients of torch's relu and max_pool2d on the CPU: relu keeps -0
// as -0, max_pool2d takes the first maximum of a window in row-major order (a NaN wins), and
// relu's backward passes the gradient where relu's output is not <= 0. Done by those two
// kernels, the pair took a third of a day's time on the mini network (LibTorch 1.13 does not
// vectorise NCHW pooling); here it is a few per cent.
// code holds, per output, the window position (0..3) the gradient goes to, or 4 for none.
constexpr uint8_t kNoGradient = 4;

/// The plain scan, for a plane holding a NaN (max_pool2d's rules, one element at a time).
void reluPoolPlaneScan(const float* xp, float* yp, uint8_t* cp, int64_t w, int64_t oh, int64_t ow) {
    for (int64_t i = 0; i < oh; ++i) {
        for (int64_t j = 0; j < ow; ++j) {
            float m = -std::numeric_limits<float>::infinity();
            uint8_t k = 0;
            for (uint8_t q = 0; q < 4; ++q) {
                const float v = xp[(2 * i + q / 2) * w + 2 * j + q % 2];
                const float r = (v >= 0.0f || std::isnan(v)) ? v : 0.0f;  // relu keeps -0
                if (r > m || std::isnan(r)) {
                    m = r;
                    k = q;
                }
            }
            yp[i * ow + j] = m;
            cp[i * ow + j] = (m <= 0.0f) ? kNoGradient : k;
        }
    }
}

/// One output row from input rows r0, r1 (the first maximum of each window kept, as the scan
/// does when no NaN is present); sets nan when an input is NaN. SSE2 (every x86-64) four
/// outputs at a time; a plain loop for the rest and on other processors.
void reluPoolRow(const float* r0, const float* r1, float* y, uint8_t* code, int64_t ow, bool& nan) {
    int64_t j = 0;
#if defined(__SSE2__) || defined(_M_X64)
    const __m128 zero = _mm_setzero_ps();
    const __m128i one = _mm_set1_epi32(1), two = _mm_set1_epi32(2), none = _mm_set1_epi32(kNoGradient);
    __m128 bad = zero;
    for (; j + 4 <= ow; j += 4) {
        const __m128 u0 = _mm_loadu_ps(r0 + 2 * j), u1 = _mm_loadu_ps(r0 + 2 * j + 4);
        const __m128 v0 = _mm_loadu_ps(r1 + 2 * j), v1 = _mm_loadu_ps(r1 + 2 * j + 4);
        __m128 a = _mm_shuffle_ps(u0, u1, _MM_SHUFFLE(2, 0, 2, 0));
        __m128 b = _mm_shuffle_ps(u0, u1, _MM_SHUFFLE(3, 1, 3, 1));
        __m128 c = _mm_shuffle_ps(v0, v1, _MM_SHUFFLE(2, 0, 2, 0));
        __m128 d = _mm_shuffle_ps(v0, v1, _MM_SHUFFLE(3, 1, 3, 1));
        bad = _mm_or_ps(bad, _mm_or_ps(_mm_cmpunord_ps(a, b), _mm_cmpunord_ps(c, d)));
        // maxps(x, y) is x > y ? x : y: relu as torch's clamp_min (0 > v ? 0 : v, which keeps
        // -0), and a later element of a window wins only when strictly greater.
        a = _mm_max_ps(zero, a);
        b = _mm_max_ps(zero, b);
        c = _mm_max_ps(zero, c);
        d = _mm_max_ps(zero, d);
        const __m128i bWins = _mm_castps_si128(_mm_cmpgt_ps(b, a));
        const __m128i dWins = _mm_castps_si128(_mm_cmpgt_ps(d, c));
        const __m128 ab = _mm_max_ps(b, a), cd = _mm_max_ps(d, c);
        const __m128i cdWins = _mm_castps_si128(_mm_cmpgt_ps(cd, ab));
        const __m128 m = _mm_max_ps(cd, ab);
        const __m128i kab = _mm_and_si128(bWins, one);
        const __m128i kcd = _mm_add_epi32(two, _mm_and_si128(dWins, one));
        __m128i k = _mm_or_si128(_mm_and_si128(cdWins, kcd), _mm_andnot_si128(cdWins, kab));
        const __m128i positive = _mm_castps_si128(_mm_cmpgt_ps(m, zero));
        k = _mm_or_si128(_mm_and_si128(positive, k), _mm_andnot_si128(positive, none));
        _mm_storeu_ps(y + j, m);
        const __m128i k8 = _mm_packus_epi16(_mm_packs_epi32(k, k), _mm_setzero_si128());
        const int32_t four = _mm_cvtsi128_si32(k8);
        std::memcpy(code + j, &four, 4);
    }
    nan = nan || _mm_movemask_ps(bad) != 0;
#endif
    for (; j < ow; ++j) {
        const float v[4] = {r0[2 * j], r0[2 * j + 1], r1[2 * j], r1[2 * j + 1]};
        float m = -std::numeric_limits<float>::infinity();
        uint8_t k = 0;
        for (uint8_t q = 0; q < 4; ++q) {
            nan = nan || std::isnan(v[q]);
            const float r = v[q] >= 0.0f ? v[q] : 0.0f;
            if (r > m) {
                m = r;
                k = q;
            }
        }
        y[j] = m;
        code[j] = m > 0.0f ? k : kNoGradient;
    }
}

void reluPoolPlanes(const float* x, float* y, uint8_t* code, int64_t planes, int64_t h,
                    int64_t w) {
    const int64_t oh = h / 2, ow = w / 2;
    at::parallel_for(0, planes, 1, [&](int64_t p0, int64_t p1) {
        for (int64_t p = p0; p < p1; ++p) {
            const float* xp = x + p * h * w;
            float* yp = y + p * oh * ow;
            uint8_t* cp = code + p * oh * ow;
            bool nan = false;
            for (int64_t i = 0; i < oh; ++i)
                reluPoolRow(xp + (2 * i) * w, xp + (2 * i + 1) * w, yp + i * ow, cp + i * ow, ow, nan);
            if (nan) reluPoolPlaneScan(xp, yp, cp, w, oh, ow);
        }
    });
}

/// Gradient rows 2i, 2i+1 from output row i: 0 + g where the code points, 0 elsewhere.
void reluPoolGradRow(const float* g, const uint8_t* code, float* r0, float* r1, int64_t ow) {
    int64_t j = 0;
#if defined(__SSE2__) || defined(_M_X64)
    const __m128 zero = _mm_setzero_ps();
    for (; j + 4 <= ow; j += 4) {
        int32_t four;
        std::memcpy(&four, code + j, 4);
        const __m128i k = _mm_unpacklo_epi16(_mm_unpacklo_epi8(_mm_cvtsi32_si128(four), _mm_setzero_si128()),
                                             _mm_setzero_si128());
        const __m128 v = _mm_add_ps(zero, _mm_loadu_ps(g + j));
        const __m128 e0 = _mm_and_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(k, _mm_set1_epi32(0))), v);
        const __m128 e1 = _mm_and_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(k, _mm_set1_epi32(1))), v);
        const __m128 e2 = _mm_and_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(k, _mm_set1_epi32(2))), v);
        const __m128 e3 = _mm_and_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(k, _mm_set1_epi32(3))), v);
        _mm_storeu_ps(r0 + 2 * j, _mm_unpacklo_ps(e0, e1));
        _mm_storeu_ps(r0 + 2 * j + 4, _mm_unpackhi_ps(e0, e1));
        _mm_storeu_ps(r1 + 2 * j, _mm_unpacklo_ps(e2, e3));
        _mm_storeu_ps(r1 + 2 * j + 4, _mm_unpackhi_ps(e2, e3));
    }
#endif
    for (; j < ow; ++j) {
        // 0 + g, as max_pool2d's backward adds into zeros (-0 becomes +0).
        const float v = 0.0f + g[j];
        const uint8_t k = code[j];
        r0[2 * j] = k == 0 ? v : 0.0f;
        r0[2 * j + 1] = k == 1 ? v : 0.0f;
        r1[2 * j] = k == 2 ? v : 0.0f;
        r1[2 * j + 1] = k == 3 ? v : 0.0f;
    }
}

class ReluPool2x2 : public torch::autograd::Function<ReluPool2x2> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& in) {
        const auto x = in.contiguous();
        const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
        auto y = torch::empty({n, c, h / 2, w / 2}, x.options());
        auto code = torch::empty({n, c, h / 2, w / 2}, x.options().dtype(torch::kUInt8));
        reluPoolPlanes(x.data_ptr<float>(), y.data_ptr<float>(), code.data_ptr<uint8_t>(), n * c, h, w);
        ctx->save_for_backward({code});
        ctx->saved_data["h"] = h;
        ctx->saved_data["w"] = w;
        return y;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads) {
        const auto code = ctx->get_saved_variables()[0];
        const auto g = grads[0].contiguous();
        const int64_t h = ctx->saved_data["h"].toInt(), w = ctx->saved_data["w"].toInt();
        const int64_t planes = code.size(0) * code.size(1), oh = code.size(2), ow = code.size(3);
        auto gx = torch::empty({code.size(0), code.size(1), h, w}, g.options());
        const float* gp = g.data_ptr<float>();
        const uint8_t* cp = code.data_ptr<uint8_t>();
        float* xp = gx.data_ptr<float>();
        at::parallel_for(0, planes, 1, [&](int64_t p0, int64_t p1) {
            for (int64_t p = p0; p < p1; ++p) {
                float* plane = xp + p * h * w;
                for (int64_t i = 0; i < oh; ++i) {
                    float* r0 = plane + (2 * i) * w;
                    float* r1 = r0 + w;
                    reluPoolGradRow(gp + p * oh * ow + i * ow, cp + p * oh * ow + i * ow, r0, r1, ow);
                    if (w % 2) r0[w - 1] = r1[w - 1] = 0.0f;  // the column floor mode leaves out
                }
                if (h % 2) std::fill(plane + (h - 1) * w, plane + h * w, 0.0f);  // and the row
            }
        });
        return {gx};
    }
};

/// Whether relu + pool can take the fused path: a 4-d float tensor on the CPU.
bool fusable(const torch::Tensor& x) {
    return x.dim() == 4 && x.device().is_cpu() && x.scalar_type() == torch::kFloat32 &&
           x.size(2) >= 2 && x.size(3) >= 2;
}

}  // namespace

torch::Tensor reluMaxPool2x2(const torch::Tensor& x) {
    TORCH_CHECK(fusable(x), "reluMaxPool2x2 takes a 4-d float CPU tensor of at least 2x2");
    return ReluPool2x2::apply(x);
}

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
    for (int i = tapEnd_[std::min(from, kPoolTaps)]; i < featEnd; ++i) {
        if (i + 1 < featEnd && it[i].ptr()->as<torch::nn::ReLU>() &&
            it[i + 1].ptr()->as<torch::nn::MaxPool2d>() && fusable(x)) {
            x = ReluPool2x2::apply(x);  // every pool is 2x2, stride 2 (the constructor)
            ++i;
            continue;
        }
        x = it[i].forward(x);
    }
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
