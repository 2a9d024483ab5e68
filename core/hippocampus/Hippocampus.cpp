#include "hippocampus/Hippocampus.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace replaylab {

double chiSquare(const std::vector<int64_t>& count, const std::vector<int64_t>& correct) {
    if (count.size() != correct.size()) throw std::invalid_argument("chiSquare: size mismatch");
    double chi2 = 0.0;
    for (std::size_t k = 0; k < count.size(); ++k) {
        if (count[k] <= 0) continue;
        const double miss = static_cast<double>(count[k] - correct[k]);
        chi2 += miss * miss / static_cast<double>(count[k]);
    }
    return chi2;
}

Hippocampus::Hippocampus(HippocampusOptions opt) : opt_(opt) {
    const auto n = static_cast<std::size_t>(opt_.classes);
    w_.assign(n, 0.0);
    mw_.assign(n, 0.0);
    vw_.assign(n, 0.0);
    if (opt_.start == RlInit::Glorot) {
        const double limit = glorotLimit(opt_.classes);
        Rng rng(opt_.seed);
        for (auto& w : w_) w = rng.uniform(-limit, limit);
    }
}

double Hippocampus::glorotLimit(int classes) { return std::sqrt(6.0 / (static_cast<double>(classes) + 1.0)); }

void Hippocampus::step(const std::vector<double>& gw, double gb) {
    constexpr double b1 = 0.9, b2 = 0.999, eps = 1e-7;
    ++t_;
    const double lrT = opt_.learningRate * std::sqrt(1.0 - std::pow(b2, static_cast<double>(t_))) /
                       (1.0 - std::pow(b1, static_cast<double>(t_)));
    for (std::size_t k = 0; k < w_.size(); ++k) {
        mw_[k] = b1 * mw_[k] + (1 - b1) * gw[k];
        vw_[k] = b2 * vw_[k] + (1 - b2) * gw[k] * gw[k];
        w_[k] -= lrT * mw_[k] / (std::sqrt(vw_[k]) + eps);
    }
    mb_ = b1 * mb_ + (1 - b1) * gb;
    vb_ = b2 * vb_ + (1 - b2) * gb * gb;
    b_ -= lrT * mb_ / (std::sqrt(vb_) + eps);
}

void Hippocampus::fitInitial(const std::vector<double>& rewards) {
    if (static_cast<int>(rewards.size()) != opt_.classes)
        throw std::invalid_argument("fitInitial: one reward per class");
    const double n = static_cast<double>(opt_.classes);
    for (int e = 0; e < opt_.epochs; ++e) {
        // MSE over the identity rows: d/dw_k = 2 (w_k + b - r_k) / n, d/db = sum of those.
        std::vector<double> gw(w_.size());
        double gb = 0;
        for (std::size_t k = 0; k < w_.size(); ++k) {
            gw[k] = 2.0 * (w_[k] + b_ - rewards[k]) / n;
            gb += gw[k];
        }
        step(gw, gb);
    }
}

void Hippocampus::update(int k, double reward) {
    std::vector<double> gw(w_.size(), 0.0);
    for (int e = 0; e < opt_.epochs; ++e) {
        const double g = 2.0 * (w_[static_cast<std::size_t>(k)] + b_ - reward);
        gw[static_cast<std::size_t>(k)] = g;
        step(gw, g);
    }
}

std::vector<double> Hippocampus::policy() const {
    std::vector<double> p(w_.size());
    const double mx = *std::max_element(w_.begin(), w_.end()) / opt_.temperature;
    double sum = 0;
    for (std::size_t k = 0; k < w_.size(); ++k) {
        p[k] = std::exp(w_[k] / opt_.temperature - mx);
        sum += p[k];
    }
    for (auto& x : p) x /= sum;
    return p;
}

int Hippocampus::choose(Rng& rng) const {
    const auto p = policy();
    const double u = rng.uniform();
    double acc = 0;
    for (std::size_t k = 0; k < p.size(); ++k) {
        acc += p[k];
        if (u < acc) return static_cast<int>(k);
    }
    return static_cast<int>(p.size()) - 1;
}

Hippocampus::State Hippocampus::state() const { return {w_, mw_, vw_, b_, mb_, vb_, t_}; }

void Hippocampus::restore(const State& s) {
    w_ = s.w;
    mw_ = s.mw;
    vw_ = s.vw;
    b_ = s.b;
    mb_ = s.mb;
    vb_ = s.vb;
    t_ = s.t;
}

}  // namespace replaylab
