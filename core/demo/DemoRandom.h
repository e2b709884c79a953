#pragma once
// DemoRandom: the seeder's dice, a fixed generator (not QRandomGenerator::global) so one seed
// always gives the same rows; WeightedPool picks items by weight with it.

#include <QString>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <vector>

namespace helpdesk {

class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    // In [0, n).
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(m_engine() % quint64(n)); }
    // In [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    // In [0, 1).
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(list.size())); }

    int weighted(const int *weights, int count)
    {
        qint64 total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        qint64 r = below(total);
        for (int i = 0; i < count; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return count - 1;
    }
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(weights.begin(), int(weights.size()));
    }

private:
    std::mt19937_64 m_engine;
};

// Cumulative weights for picking by weight with a binary search.
struct WeightedPool
{
    std::vector<double> cumulative;
    std::vector<int> items;

    void add(int item, double weight)
    {
        items.push_back(item);
        cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + weight);
    }
    bool empty() const { return items.empty(); }
    int pick(DemoRandom &rng) const
    {
        const double r = rng.unit() * cumulative.back();
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        const std::size_t i = std::min(std::size_t(it - cumulative.begin()), items.size() - 1);
        return items[i];
    }
};

} // namespace helpdesk
