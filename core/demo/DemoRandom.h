#pragma once
// DemoRandom: a small, fully specified PRNG (xoshiro256** seeded by splitmix64) with its own integer ranges, so that
// the demo database is byte-identical for a given seed on every platform and standard library.

#include <QtGlobal>

#include <initializer_list>
#include <utility>

class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed) { reseed(seed); }

    // A generator for an independent stream (one per customer, say): changing one stream leaves the others alone.
    static DemoRandom stream(quint64 seed, quint64 streamId)
    {
        quint64 x = seed ^ (0xD1B54A32D192ED03ULL * (streamId + 1));
        return DemoRandom(splitmix64(x));
    }

    void reseed(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_s)
            word = splitmix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n) without modulo bias (rejection of the short top slice). n must be > 0.
    quint64 below(quint64 n)
    {
        if (n <= 1)
            return 0;
        const quint64 threshold = (0 - n) % n; // 2^64 mod n
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    // Uniform in [lo, hi], both included; lo when hi < lo.
    qint64 between(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + qint64(below(quint64(hi - lo) + 1));
    }
    int range(int lo, int hi) { return int(between(lo, hi)); }

    // True with probability percent / 100 (integer percent, 0–100).
    bool percent(int p) { return p > 0 && (p >= 100 || int(below(100)) < p); }
    // True with probability perMille / 1000.
    bool perMille(int p) { return p > 0 && (p >= 1000 || int(below(1000)) < p); }

    // Index chosen with the given integer weights (at least one positive).
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(below(quint64(total)));
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

    template <typename Container>
    const auto &pick(const Container &c)
    {
        return c[qsizetype(below(quint64(c.size())))];
    }

    // Fisher–Yates shuffle with this generator.
    template <typename Container>
    void shuffle(Container &c)
    {
        for (qsizetype i = c.size() - 1; i > 0; --i) {
            const qsizetype j = qsizetype(below(quint64(i) + 1));
            if (j != i)
                std::swap(c[i], c[j]);
        }
    }

    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_s[4] = {};
};
