#include "sim/Simulation.h"

#include <cmath>

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/autocast_mode.h>

#include <cstring>
#include <optional>

#include "replay/Inversion.h"
#include "stats/Pca.h"
#include "util/Error.h"

namespace replaylab {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The seed of a named random stream of one simulation. All conditions of a class set and
// run seed share these, so that they are paired: same initial head, same first day.
std::uint64_t streamSeed(int runSeed, const std::string& classSet, const char* stream) {
    return Rng::derive(Rng::derive(static_cast<std::uint64_t>(runSeed), classSet), stream);
}

// A generator for a device: its own, seeded, never the global one.
at::Generator makeGenerator(std::uint64_t seed, torch::Device device = torch::kCPU) {
    if (device.is_cpu()) return at::detail::createCPUGenerator(seed);
    auto g = at::globalContext().defaultGenerator(device).clone();
    g.set_current_seed(seed);
    return g;
}

// bfloat16 autocast of forward passes on a GPU for the scope (thread-local in ATen).
class AutocastScope {
public:
    explicit AutocastScope(bool on) : on_(on) {
        if (!on_) return;
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(true);
    }
    ~AutocastScope() {
        if (!on_) return;
        at::autocast::set_enabled(false);
        at::autocast::clear_cache();
    }
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool on_;
};

/// A fitted image (CV_8UC1 grey or CV_8UC3 RGB) as a Picture.
Picture pictureOf(const cv::Mat& img) {
    const cv::Mat m = img.isContinuous() ? img : img.clone();
    Picture p;
    p.width = m.cols;
    p.height = m.rows;
    p.channels = m.channels();
    p.data.assign(m.data, m.data + m.total() * m.elemSize());
    return p;
}

/// An inverted image (C, H, W) in [0, 1], channels in the network's input order, as a Picture.
Picture pictureOf(const torch::Tensor& chw, Normalisation norm) {
    auto t = chw.detach().to(torch::kCPU, torch::kFloat32);
    if (t.size(0) == 3 && norm == Normalisation::Caffe) t = t.flip({0});  // the Caffe input is BGR
    auto bytes = (t * 255.0).round().clamp(0, 255).to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    Picture p;
    p.channels = static_cast<int>(t.size(0));
    p.height = static_cast<int>(t.size(1));
    p.width = static_cast<int>(t.size(2));
    const auto* b = bytes.data_ptr<uint8_t>();
    p.data.assign(b, b + bytes.numel());
    return p;
}

}  // namespace

PreprocessOptions preprocessOptions(const ModelConfig& m) {
    PreprocessOptions p;
    p.inputSize = m.arch == ModelArch::Vgg16 ? 224 : m.inputSize;
    p.channels = m.arch == ModelArch::Vgg16 ? 3 : m.inChannels;
    p.norm = m.preprocessing;
    p.resize = m.fit == FitToInput::Resize;
    return p;
}

AugmentOptions augmentOptions(const AugmentConfig& a) {
    AugmentOptions o;
    o.enabled = a.enabled;
    o.rotationDeg = a.rotationDeg;
    o.shift = a.shift;
    o.zoomMin = a.zoomMin;
    o.zoomMax = a.zoomMax;
    o.horizontalFlip = a.horizontalFlip;
    return o;
}

AdamOptions adamOptions(const TrainConfig& t) {
    AdamOptions o;
    o.lr = t.learningRate;
    o.beta1 = t.beta1;
    o.beta2 = t.beta2;
    o.kerasForm = t.optimizer == Optimizer::KerasEps1;
    o.eps = o.kerasForm ? 1.0 : t.adamEpsilon;
    return o;
}

double Simulation::workUnits(const ExperimentConfig& cfg, std::size_t trainImages, std::size_t classes,
                             const Condition& c) {
    const auto sizes = feedSizes(cfg, static_cast<double>(trainImages), static_cast<double>(classes));
    return simulationUnits(scheduleOf(c.mode), sizes, cfg.train.days);
}

Simulation::Simulation(const ExperimentConfig& cfg, const SimulationPlan& plan,
                       const std::string& backbone, torch::Device device, Observer& observer,
                       CancelToken& cancel, const ProgressContext& progress)
    : cfg_(cfg),
      plan_(plan),
      device_(device),
      observer_(observer),
      cancel_(cancel),
      progress_(progress),
      prep_(preprocessOptions(cfg.model)),
      adam_(adamOptions(cfg.train)),
      dataRng_(streamSeed(plan.seed, plan.set->name, "data")),
      replayRng_(streamSeed(plan.seed, plan.set->name, "replay order")),
      policyRng_(streamSeed(plan.seed, plan.set->name, "policy")),
      schedule_(scheduleOf(plan.condition.mode)) {
    epoch_.batchSize = cfg.train.batchSize;
    epoch_.augment = cfg.augment.enabled;
    epoch_.augmentOptions = augmentOptions(cfg.augment);
    epoch_.prep = prep_;
    epoch_.device = device;
    sampleGen_ = makeGenerator(streamSeed(plan.seed, plan.set->name, "replay samples"), device);
    imaginationGen_ = makeGenerator(streamSeed(plan.seed, plan.set->name, "imagination"), device);
    const auto t0 = Clock::now();
    const auto& split = plan_.set->split;
    numClasses_ = static_cast<int>(split.classNames.size());
    net_ = Vgg(VggOptions::fromConfig(cfg.model, numClasses_));
    if (backbone.empty())
        net_->resetFeatures(makeGenerator(streamSeed(plan.seed, plan.set->name, "features")));
    else
        loadWeights(*net_, backbone, /*featuresOnly=*/true);
    net_->resetHead(numClasses_, makeGenerator(streamSeed(plan.seed, plan.set->name, "init")));
    dropoutGen_ = makeGenerator(streamSeed(plan.seed, plan.set->name, "dropout"), device);
    net_->setDropoutGenerator(dropoutGen_);
    net_->to(device_);
    const auto days = static_cast<std::size_t>(std::max(0, cfg.train.days));
    realByDay_.assign(days, 0);
    realByNight_.assign(days, 0);
    replayedByNight_.assign(days, 0);
    replayedByDay_.assign(days, 0);
    val_ = toTensors(split.val, prep_, device_);
    test_ = toTensors(split.test, prep_, device_);
    times_.load += since(t0);
}

void Simulation::report(int day, Phase phase, double doneInPhase) {
    Progress p;
    p.simulation = progress_.simulation;
    p.simulations = progress_.simulations;
    p.classSet = plan_.set->name;
    p.condition = plan_.condition.name();
    p.seed = plan_.seed;
    p.day = day;
    p.days = cfg_.train.days;
    p.phase = phase;
    const double done = progress_.unitsBefore + unitsDone_ + doneInPhase;
    p.fraction = progress_.unitsTotal > 0 ? std::min(1.0, done / progress_.unitsTotal) : 0.0;
    p.elapsedSeconds = since(progress_.start);
    p.etaSeconds = remainingSeconds(p.elapsedSeconds, p.fraction);
    observer_.progress(p);
}

int Simulation::factor() const {
    const auto& f = cfg_.replay.downsample;
    const int t = tap();
    return t >= 1 && t <= static_cast<int>(f.size()) ? std::max(1, f[static_cast<std::size_t>(t - 1)]) : 1;
}

bool Simulation::realEpoch(int day, Phase phase, std::vector<int64_t>& counter) {
    lastDraw_ = drawDay(plan_.set->split.train.size(), epoch_, dataRng_);
    double doneHere = 0;
    const bool ok = trainEpoch(*net_, adam_, plan_.set->split.train, epoch_, lastDraw_, &cancel_,
                               [&](int64_t done, int64_t) {
                                   doneHere = static_cast<double>(done);
                                   report(day, phase, doneHere);
                               });
    unitsDone_ += doneHere;
    counter[static_cast<std::size_t>(day - 1)] += static_cast<int64_t>(lastDraw_.order.size());
    return ok;
}

void Simulation::fitSamplersFromLastDay() {
    auto [x, y] = collectActivations(*net_, plan_.set->split.train, epoch_, lastDraw_, tap(), factor());
    samplerShape_.x = x;
    samplerShape_.y = y;
    samplerShape_.factor = factor();
    const auto kind = cfg_.replay.covariance == Covariance::Diagonal ? GaussianSampler::Kind::Diagonal
                                                                    : GaussianSampler::Kind::Full;
    samplers_ = fitSamplers(samplerShape_, numClasses_, kind);
}

bool Simulation::generativeEpoch(int day, Phase phase, std::vector<int64_t>& counter) {
    std::vector<int64_t> perClass(static_cast<std::size_t>(numClasses_),
                                  cfg_.replay.samplesPerClass > 0 ? cfg_.replay.samplesPerClass : -1);
    const auto samples = drawSamples(samplers_, perClass, samplerShape_, sampleGen_);
    double doneHere = 0;
    const bool ok = replayEpoch(*net_, adam_, tap(), samples.x, samples.y, samples.factor,
                                cfg_.replay.clipAtZero, cfg_.train.batchSize, replayRng_, &cancel_,
                                [&](int64_t done, int64_t) {
                                    doneHere = static_cast<double>(done);
                                    report(day, phase, doneHere);
                                });
    unitsDone_ += doneHere;
    counter[static_cast<std::size_t>(day - 1)] += samples.x.size(0);
    return ok;
}

bool Simulation::feed(Feed f, int day, Phase phase) {
    const bool atDay = phase == Phase::Day;
    switch (f) {
        case Feed::Nothing: return true;
        case Feed::RealImages: return realEpoch(day, phase, atDay ? realByDay_ : realByNight_);
        case Feed::Imagined: return generativeEpoch(day, phase, atDay ? replayedByDay_ : replayedByNight_);
        case Feed::StoredActivations: return veridicalEpoch(day, phase);
        case Feed::ChosenImagined: return rlNight(day);
    }
    throw InputError("replay condition '" + plan_.condition.name() + "' is not available in this version");
}

bool Simulation::veridicalEpoch(int day, Phase phase) {
    auto [x, y] = collectActivations(*net_, plan_.set->split.train, epoch_, lastDraw_, tap(), 1);
    double doneHere = 0;
    const bool ok = replayEpoch(*net_, adam_, tap(), x, y, 1, false, cfg_.train.batchSize, replayRng_, &cancel_,
                                [&](int64_t done, int64_t) {
                                    doneHere = static_cast<double>(done);
                                    report(day, phase, doneHere);
                                });
    unitsDone_ += doneHere;
    replayedByNight_[static_cast<std::size_t>(day - 1)] += x.size(0);
    return ok;
}

torch::Tensor Simulation::classBatch(int k, int64_t m) {
    const auto s = samplerShape_.x.sizes();
    auto x = samplers_[static_cast<std::size_t>(k)].sample(m, sampleGen_).view({m, s[1], s[2], s[3]});
    x = upsampleNearest(x, samplerShape_.factor);
    return cfg_.replay.clipAtZero ? x.clamp_min(0.0) : x;
}

bool Simulation::rlNight(int day) {
    const int t = tap();
    const int64_t batch = cfg_.train.batchSize;
    const auto& split = plan_.set->split;
    const int64_t steps = cfg_.replay.rlStepsPerNight > 0
                              ? cfg_.replay.rlStepsPerNight
                              : static_cast<int64_t>((split.train.size() + batch - 1) / batch);
    auto labels = [&](int k) {
        return torch::full({batch}, static_cast<int64_t>(k),
                           torch::TensorOptions().dtype(torch::kInt64).device(device_));
    };
    if (plan_.condition.mode == ReplayMode::SingleClass) {
        // The control: the same number of single-class steps, each class drawn uniformly from
        // the policy stream, no learner, no evaluation between steps.
        for (int64_t step = 1; step <= steps; ++step) {
            if (cancel_.checkpoint()) return false;
            const int k = static_cast<int>(policyRng_.below(static_cast<std::uint64_t>(numClasses_)));
            replayStep(*net_, adam_, t, classBatch(k, batch), labels(k));
            replayedByNight_[static_cast<std::size_t>(day - 1)] += batch;
            report(day, Phase::Night, static_cast<double>(step));
        }
        unitsDone_ += static_cast<double>(steps);
        return true;
    }
    torch::Tensor valAct;
    {
        torch::NoGradGuard noGrad;
        EvalScope eval(*net_);
        valAct = net_->forwardRange(val_.x, kInputTap, t);  // nothing below moves tonight
    }
    auto chi2Now = [&] {
        const auto r = evaluateFrom(*net_, t, valAct, val_.y, numClasses_);
        return chiSquare(r.classCount, r.classCorrect);
    };
    const double before = chi2Now();
    if (!hippo_) {
        // First night: each class's value from one trial replay on a throw-away copy.
        HippocampusOptions ho;
        ho.classes = numClasses_;
        ho.temperature = cfg_.replay.rlTemperature;
        ho.start = cfg_.replay.rlInit;
        // A stream of its own: the other streams, and so the other conditions, draw as before.
        ho.seed = streamSeed(plan_.seed, plan_.set->name, "hippocampus start");
        hippo_ = std::make_unique<Hippocampus>(ho);
        const auto params = net_->parametersAbove(t);
        std::vector<double> rewards;
        for (int k = 0; k < numClasses_; ++k) {
            std::vector<torch::Tensor> saved;
            for (const auto& p : params) saved.push_back(p.detach().clone());
            SharedAdam trial = adam_.deepCopy();
            replayStep(*net_, trial, t, classBatch(k, batch), labels(k));
            rewards.push_back(before - chi2Now());
            torch::NoGradGuard noGrad;
            for (std::size_t i = 0; i < params.size(); ++i) params[i].copy_(saved[i]);
        }
        hippo_->fitInitial(rewards);
        firstNight_ = hippo_->state();
    } else if (cfg_.replay.rlResetNightly) {
        hippo_->restore(firstNight_);
    }
    rlChoices_.emplace_back(static_cast<std::size_t>(numClasses_), 0);
    double prev = before;
    for (int64_t step = 1; step <= steps; ++step) {
        if (cancel_.checkpoint()) return false;
        const int k = hippo_->choose(policyRng_);
        replayStep(*net_, adam_, t, classBatch(k, batch), labels(k));
        const double now = chi2Now();
        const double reward = prev - now;
        prev = now;
        hippo_->update(k, reward);
        rlChoices_.back()[static_cast<std::size_t>(k)] += 1;
        replayedByNight_[static_cast<std::size_t>(day - 1)] += batch;
        PolicyStep ps;
        ps.classSet = plan_.set->name;
        ps.condition = plan_.condition.name();
        ps.seed = plan_.seed;
        ps.night = day;
        ps.step = static_cast<int>(step);
        ps.chosen = k;
        ps.chosenName = split.classNames[static_cast<std::size_t>(k)];
        ps.reward = reward;
        ps.chi2 = now;
        ps.probabilities = hippo_->policy();
        observer_.policyStep(ps);
        report(day, Phase::Night, static_cast<double>(step));
    }
    unitsDone_ += static_cast<double>(steps);
    return true;
}

void Simulation::emitImagination(int day) {
    const int t = tap();
    const int f = factor();
    constexpr int kPerClassPca = 10;   // held-out images and samples per class for PCA / fidelity
    // Maps shown per class; as many as the pictures kept, so that map i is picture i's target.
    const int examples = std::max(4, keepsPicturesAt(day) ? cfg_.imagination.keep : 0);
    constexpr int64_t kMaxChannels = 32;
    torch::NoGradGuard noGrad;
    std::optional<EvalScope> eval(std::in_place, *net_);
    // Held-out (validation) images: the first kPerClassPca of each class.
    std::vector<int64_t> pick;
    std::vector<int> pickClass;
    {
        auto ycpu = val_.y.to(torch::kCPU);
        const auto* yp = ycpu.data_ptr<int64_t>();
        std::vector<int> taken(static_cast<std::size_t>(numClasses_), 0);
        for (int64_t i = 0; i < ycpu.size(0); ++i) {
            auto& n = taken[static_cast<std::size_t>(yp[i])];
            if (n < kPerClassPca) {
                ++n;
                pick.push_back(i);
                pickClass.push_back(static_cast<int>(yp[i]));
            }
        }
    }
    auto idx = torch::tensor(pick, torch::kInt64).to(device_);
    auto realFull = net_->forwardRange(val_.x.index_select(0, idx), kInputTap, t).to(torch::kCPU);
    auto realDown = downsampleBlocks(realFull, f).flatten(1).contiguous();
    std::vector<torch::Tensor> imagDown;
    std::vector<int> imagClass;
    for (int k = 0; k < numClasses_; ++k) {
        imagDown.push_back(samplers_[static_cast<std::size_t>(k)].sample(kPerClassPca, imaginationGen_).to(torch::kCPU));
        for (int i = 0; i < kPerClassPca; ++i) imagClass.push_back(k);
    }
    auto imag = torch::cat(imagDown, 0).contiguous();
    const auto s = samplerShape_.x.sizes();
    auto imagFull = upsampleNearest(imag.view({imag.size(0), s[1], s[2], s[3]}), f);
    if (cfg_.replay.clipAtZero) imagFull = imagFull.clamp_min(0.0);
    eval.reset();

    Imagination im;
    im.classSet = plan_.set->name;
    im.condition = plan_.condition.name();
    im.seed = plan_.seed;
    im.day = day;
    im.layer = t;
    im.classNames = plan_.set->split.classNames;
    // Maps: per channel one scale (the largest real or imagined value of the night).
    const int64_t channels = std::min<int64_t>(kMaxChannels, realFull.size(1));
    auto both = torch::cat({realFull.slice(1, 0, channels), imagFull.slice(1, 0, channels)}, 0);
    auto scale = both.amax({0, 2, 3}).clamp_min(1e-12).view({1, channels, 1, 1});
    auto toBytes = [&](const torch::Tensor& a) {
        return (a.slice(1, 0, channels) / scale * 255.0).clamp(0, 255).round().to(torch::kUInt8).contiguous();
    };
    auto realB = toBytes(realFull), imagB = toBytes(imagFull);
    const int h = static_cast<int>(realFull.size(2)), w = static_cast<int>(realFull.size(3));
    auto maps = [&](const torch::Tensor& bytes, int64_t i) {
        ActivationMaps m;
        m.channels = static_cast<int>(channels);
        m.height = h;
        m.width = w;
        const auto* p = bytes[i].data_ptr<uint8_t>();
        m.data.assign(p, p + channels * h * w);
        return m;
    };
    im.real.resize(static_cast<std::size_t>(numClasses_));
    im.imagined.resize(static_cast<std::size_t>(numClasses_));
    for (std::size_t i = 0; i < pick.size(); ++i) {
        auto& v = im.real[static_cast<std::size_t>(pickClass[i])];
        if (static_cast<int>(v.size()) < examples) v.push_back(maps(realB, static_cast<int64_t>(i)));
    }
    for (std::size_t i = 0; i < imagClass.size(); ++i) {
        auto& v = im.imagined[static_cast<std::size_t>(imagClass[i])];
        if (static_cast<int>(v.size()) < examples) v.push_back(maps(imagB, static_cast<int64_t>(i)));
    }
    // PCA of real and imagined together; fidelity in the leading components.
    const int nr = static_cast<int>(realDown.size(0)), ni = static_cast<int>(imag.size(0));
    const int d = static_cast<int>(realDown.size(1));
    std::vector<float> rows(static_cast<std::size_t>(nr + ni) * static_cast<std::size_t>(d));
    std::memcpy(rows.data(), realDown.data_ptr<float>(), sizeof(float) * static_cast<std::size_t>(nr) * d);
    std::memcpy(rows.data() + static_cast<std::size_t>(nr) * d, imag.data_ptr<float>(),
                sizeof(float) * static_cast<std::size_t>(ni) * d);
    const int k = std::min({10, nr + ni - 1, d});
    const auto scores = pcaScores(rows, nr + ni, d, k);
    for (int i = 0; i < nr + ni; ++i) {
        const float x = static_cast<float>(scores[static_cast<std::size_t>(i) * k]);
        const float y = k > 1 ? static_cast<float>(scores[static_cast<std::size_t>(i) * k + 1]) : 0.f;
        if (i < nr) {
            im.pcaRealX.push_back(x);
            im.pcaRealY.push_back(y);
            im.pcaRealClass.push_back(pickClass[static_cast<std::size_t>(i)]);
        } else {
            im.pcaImaginedX.push_back(x);
            im.pcaImaginedY.push_back(y);
            im.pcaImaginedClass.push_back(imagClass[static_cast<std::size_t>(i - nr)]);
        }
    }
    for (int c = 0; c < numClasses_; ++c) {
        std::vector<double> a, b;
        int na = 0, nb = 0;
        for (int i = 0; i < nr + ni; ++i) {
            const int cls = i < nr ? pickClass[static_cast<std::size_t>(i)] : imagClass[static_cast<std::size_t>(i - nr)];
            if (cls != c) continue;
            auto& dst = i < nr ? a : b;
            (i < nr ? na : nb)++;
            dst.insert(dst.end(), scores.begin() + static_cast<std::ptrdiff_t>(i) * k,
                       scores.begin() + static_cast<std::ptrdiff_t>(i + 1) * k);
        }
        im.fidelity.push_back(na > 0 && nb > 0 ? frechetDistance(a, na, b, nb, k) : 0.0);
    }
    if (keepsPicturesAt(day)) {
        auto imagTargets = imag.view({imag.size(0), s[1], s[2], s[3]});
        if (cfg_.replay.clipAtZero) imagTargets = imagTargets.clamp_min(0.0);
        im.pictures = drawImaginations(day, realFull, pick,
                                       pickClass, imagTargets, kPerClassPca);
    }
    observer_.imagined(im);
}

bool Simulation::keepsPicturesAt(int day) const {
    const auto& ic = cfg_.imagination;
    if (ic.keep <= 0) return false;
    if (ic.classSets > 0 && plan_.set->index > ic.classSets) return false;
    return ic.nights == KeepNights::Every || day == 1 || day == cfg_.train.days;
}

std::vector<ClassPictures> Simulation::drawImaginations(int day, const torch::Tensor& realTargets,
                                                        const std::vector<int64_t>& pick,
                                                        const std::vector<int>& pickClass,
                                                        const torch::Tensor& imagTargets, int imagPerClass) {
    const auto& ic = cfg_.imagination;
    const int t = tap();
    const int f = factor();
    const auto& split = plan_.set->split;
    const auto keep = static_cast<std::size_t>(ic.keep);
    std::vector<ClassPictures> out(static_cast<std::size_t>(numClasses_));
    // Which rows to invert: the first `keep` real (held-out) and imagined examples per class,
    // the same ones whose maps the Imagination shows. Real ones in full, what the network
    // holds; imagined ones down-sampled, what replay carries (at pool2 by default 2 x 2 cells a
    // channel, so their drawings are coarser by design, not by a worse inversion).
    std::vector<int64_t> realRows, imagRows;
    std::vector<int> realRowClass, imagRowClass;
    for (std::size_t i = 0; i < pick.size(); ++i) {
        auto& cp = out[static_cast<std::size_t>(pickClass[i])];
        if (cp.real.size() >= keep) continue;
        cp.real.push_back(pictureOf(split.val.images[static_cast<std::size_t>(pick[i])]));
        realRows.push_back(static_cast<int64_t>(i));
        realRowClass.push_back(pickClass[i]);
    }
    for (int c = 0; c < numClasses_; ++c)
        for (int j = 0; j < std::min(ic.keep, imagPerClass); ++j) {
            imagRows.push_back(static_cast<int64_t>(c) * imagPerClass + j);
            imagRowClass.push_back(c);
        }
    const auto rowsOf = [](const torch::Tensor& a, const std::vector<int64_t>& rows) {
        return a.index_select(0, torch::tensor(rows, torch::kInt64));
    };
    const auto realT = rowsOf(realTargets, realRows), imagT = rowsOf(imagTargets, imagRows);

    InversionOptions io;
    io.steps = ic.steps;
    io.learningRate = ic.learningRate;
    io.tvWeight = ic.tvWeight;
    io.rangeWeight = ic.rangeWeight;
    // Its own stream: the simulation's generators never see the inversion.
    io.seed = Rng::derive(Rng::derive(streamSeed(plan_.seed, plan_.set->name, "inversion"), ic.seed),
                          static_cast<std::uint64_t>(day));
    // A Stop (or Pause) is honoured between steps; a stopped night keeps no drawings.
    io.shouldStop = [this] { return cancel_.checkpoint(); };
    const auto invReal = invertActivations(*net_, t, realT, io, prep_.norm);
    io.seed = Rng::derive(io.seed, "imagined");
    const auto invImag = invReal.stopped ? invReal : invertActivations(*net_, t, imagT, io, prep_.norm);
    if (invImag.stopped) return {};
    for (std::size_t i = 0; i < realRows.size(); ++i) {
        auto& cp = out[static_cast<std::size_t>(realRowClass[i])];
        cp.realReconstructions.push_back(pictureOf(invReal.images[static_cast<int64_t>(i)], prep_.norm));
        cp.realError.push_back(invReal.relativeError[i]);
    }
    for (std::size_t i = 0; i < imagRows.size(); ++i) {
        auto& cp = out[static_cast<std::size_t>(imagRowClass[i])];
        cp.imaginedReconstructions.push_back(pictureOf(invImag.images[static_cast<int64_t>(i)], prep_.norm));
        cp.imaginedError.push_back(invImag.relativeError[i]);
    }

    // Nearest training drawings of each imagined activation, in the space replay samples in.
    torch::Tensor trainActs;
    {
        torch::NoGradGuard noGrad;
        EvalScope eval(*net_);
        constexpr std::size_t kChunk = 256;  // images per forward pass, so a large set fits in memory
        std::vector<int> all(split.train.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
        std::vector<torch::Tensor> parts;
        for (std::size_t b = 0; b < all.size(); b += kChunk) {
            const auto x = makeBatch(split.train, all, b, std::min(all.size(), b + kChunk), prep_, nullptr).to(device_);
            parts.push_back(downsampleBlocks(net_->forwardRange(x, kInputTap, t), f).to(torch::kCPU));
        }
        trainActs = torch::cat(parts, 0);
    }
    const auto nb = nearestByCosine(imagT.to(torch::kCPU), trainActs, ic.neighbours);
    const auto idx = nb.indices.contiguous();
    const auto sim = nb.similarity.to(torch::kFloat64).contiguous();
    for (std::size_t i = 0; i < imagRows.size(); ++i) {
        auto& cp = out[static_cast<std::size_t>(imagRowClass[i])];
        std::vector<Picture> pics;
        std::vector<double> sims;
        for (int64_t r = 0; r < idx.size(1); ++r) {
            const auto j = static_cast<std::size_t>(idx[static_cast<int64_t>(i)][r].item<int64_t>());
            pics.push_back(pictureOf(split.train.images[j]));
            sims.push_back(sim[static_cast<int64_t>(i)][r].item<double>());
        }
        cp.neighbours.push_back(std::move(pics));
        cp.neighbourSimilarity.push_back(std::move(sims));
    }
    return out;
}

void Simulation::evaluate(int day, Phase phase) {
    const auto t0 = Clock::now();
    auto emit = [&](const EvalNumbers& r, const char* split, Phase ph, int d) {
        Evaluation e;
        e.classSetIndex = plan_.set->index;
        e.classSet = plan_.set->name;
        e.condition = plan_.condition.name();
        e.seed = plan_.seed;
        e.day = d;
        e.phase = ph;
        e.split = split;
        e.classNames = plan_.set->split.classNames;
        e.accuracy = r.accuracy;
        e.loss = r.loss;
        e.classAccuracy = r.classAccuracy;
        e.classLoss = r.classLoss;
        return e;
    };
    const auto test = evaluateFrom(*net_, kInputTap, test_.x, test_.y, numClasses_);
    const auto val = evaluateFrom(*net_, kInputTap, val_.x, val_.y, numClasses_);
    const auto testEval = emit(test, "test", phase, day);
    observer_.evaluated(testEval);
    observer_.evaluated(emit(val, "val", phase, day));
    if (val.loss < bestValLoss_) {  // the paper's "best performing model" by validation loss
        bestValLoss_ = val.loss;
        bestTest_ = testEval;
        bestTest_.phase = Phase::Best;
    }
    times_.evaluate += since(t0);
}

bool Simulation::runDay(int day) {
    AutocastScope autocast(cfg_.train.mixedPrecision && device_.is_cuda());
    const auto t0 = Clock::now();
    const bool ok = feed(schedule_.day(day), day, Phase::Day);
    times_.day += since(t0);
    if (!ok) return false;
    evaluate(day, Phase::Day);
    return true;
}

bool Simulation::runNight(int day) {
    if (!schedule_.hasNight()) return true;
    AutocastScope autocast(cfg_.train.mixedPrecision && device_.is_cuda());
    const auto t0 = Clock::now();
    if (schedule_.fit == SamplerFit::EveryNight || (schedule_.fit == SamplerFit::FirstNightOnly && samplers_.empty()))
        fitSamplersFromLastDay();
    if (schedule_.imaginations) emitImagination(day);
    const bool ok = feed(schedule_.night, day, Phase::Night);
    times_.night += since(t0);
    if (!ok) return false;
    evaluate(day, Phase::Night);
    return true;
}

bool Simulation::run() {
    for (int day = 1; day <= cfg_.train.days; ++day) {
        if (!runDay(day) || !runNight(day)) return false;
    }
    observer_.evaluated(bestTest_);
    return true;
}

}  // namespace replaylab
