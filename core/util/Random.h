#pragma once
// Portable seeded randomness. std::mt19937_64's output is fixed by the standard, but the
// std distributions are not, so the draws here are written out to give the same numbers on
// every platform and compiler.
#include <cmath>
#include <cstdint>
#include <random>
#include <string_view>
#include <utility>
#include <vector>

namespace replaylab {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0) : eng_(seed) {}

    std::uint64_t next() { return eng_(); }

    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(eng_() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

    /// Uniform integer in [0, n), unbiased (rejection).
    std::uint64_t below(std::uint64_t n) {
        if (n <= 1) return 0;
        const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
        std::uint64_t x;
        do { x = eng_(); } while (x >= limit);
        return x % n;
    }

    bool bernoulli(double p) { return uniform() < p; }

    /// Standard normal (Box-Muller, polar-free form; second value cached).
    double normal() {
        if (hasSpare_) { hasSpare_ = false; return spare_; }
        double u1;
        do { u1 = uniform(); } while (u1 <= 0.0);
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        constexpr double kTwoPi = 6.283185307179586476925286766559;
        spare_ = r * std::sin(kTwoPi * u2);
        hasSpare_ = true;
        return r * std::cos(kTwoPi * u2);
    }

    /// Fisher-Yates shuffle driven by this generator.
    template <class T>
    void shuffle(std::vector<T>& v) {
        for (std::size_t i = v.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(below(i));
            std::swap(v[i - 1], v[j]);
        }
    }

    /// A seed for an independent sub-stream, derived from a parent seed and a name
    /// (FNV-1a of the name mixed through SplitMix64), so streams do not shift when
    /// another part of the program draws more or fewer numbers.
    static std::uint64_t derive(std::uint64_t seed, std::string_view tag) {
        std::uint64_t h = 1469598103934665603ull;
        for (unsigned char c : tag) { h ^= c; h *= 1099511628211ull; }
        return splitmix(seed ^ splitmix(h));
    }
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t index) {
        return splitmix(seed ^ splitmix(index + 0x9E3779B97F4A7C15ull));
    }

private:
    static std::uint64_t splitmix(std::uint64_t x) {
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }
    std::mt19937_64 eng_;
    bool hasSpare_ = false;
    double spare_ = 0.0;
};

}  // namespace replaylab
