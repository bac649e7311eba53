#pragma once

#include <cstdint>
#include <span>

namespace herald::demo {

// xoshiro256** seeded through splitmix64, with distributions written here rather than taken from <random>:
// the standard distributions are implementation-defined, and a demo must come out byte-identical for a seed.
class Random
{
public:
    // `stream` picks an independent sequence for the same seed, so each contact or campaign draws from its own
    // stream and changing how much one of them draws does not shift all the others.
    explicit Random(std::uint64_t seed, std::uint64_t stream = 0);

    std::uint64_t next();
    // Uniform in [0, 1).
    double uniform();
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform integer in [0, n); n > 0.
    std::uint64_t below(std::uint64_t n);
    int between(int low, int high) // inclusive
    {
        return low + static_cast<int>(below(static_cast<std::uint64_t>(high - low + 1)));
    }
    bool chance(double probability) { return uniform() < probability; }

    double normal();
    double normal(double mean, double sd) { return mean + sd * normal(); }
    double logNormal(double mu, double sigma);
    double exponential(double rate);
    double gamma(double shape, double scale = 1.0);
    double beta(double a, double b);
    std::int64_t poisson(double mean);

    // An index drawn with probability proportional to weights[i]; weights are >= 0 with a positive sum.
    std::size_t weighted(std::span<const double> weights);
    std::size_t weighted(std::span<const int> weights);
    // An index in [0, n) skewed towards the front, for lists ordered from most to least common.
    std::size_t skewed(std::size_t n, double skew = 1.6);

    template <typename T>
    const T &pick(std::span<const T> items)
    {
        return items[below(items.size())];
    }

private:
    std::uint64_t m_state[4];
    bool m_hasSpareNormal = false;
    double m_spareNormal = 0;
};

} // namespace herald::demo
