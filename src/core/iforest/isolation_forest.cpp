#include "isolation_forest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "core/engine/model_error.h"
#include "core/tr_mark.h"

namespace fd {
namespace {

// splitmix64 seeds xoshiro256**: fast, well mixed and identical everywhere (the standard
// library's distributions are implementation-defined, so they are not used).
class Random {
public:
    explicit Random(std::uint64_t seed) {
        for (auto& word : state_) {
            seed += 0x9e3779b97f4a7c15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
            word = z ^ (z >> 31);
        }
    }
    std::uint64_t next() {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t state_[4];
};

constexpr double kEulerGamma = 0.5772156649015329;
constexpr std::size_t kMaxNodes = 50'000'000;
constexpr std::size_t kBlockRows = 256;  // rows walked through one tree at a time

}  // namespace

double average_path_length(double n) {
    if (n <= 1) return 0.0;
    if (n <= 2) return 1.0;
    return 2.0 * (std::log(n - 1.0) + kEulerGamma) - 2.0 * (n - 1.0) / n;
}

IsolationForest IsolationForest::fit(FeatureView data, const IsolationForestParams& params) {
    if (params.trees < 1 || params.trees > 100000)
        throw ModelError(
            FD_TR("core/Engine", "Isolation Forest: trees must be between 1 and 100000"));
    if (params.sample_size < 2)
        throw ModelError(
            FD_TR("core/Engine", "Isolation Forest: the sample size must be at least 2"));
    if (data.rows < 2)
        throw ModelError(
            FD_TR("core/Engine", "Isolation Forest needs at least two rows to train on"));
    if (data.cols == 0)
        throw ModelError(FD_TR("core/Engine", "Isolation Forest needs at least one feature"));
    for (std::size_t r = 0; r < data.rows; ++r)
        for (std::size_t c = 0; c < data.cols; ++c)
            if (!std::isfinite(data.at(r, c)))
                throw ModelError(
                    fill_text(FD_TR("core/Engine",
                                    "Isolation Forest: row %1, column %2 is not a finite number"),
                              {std::to_string(r + 1), std::to_string(c + 1)}));
    IsolationForest forest;
    forest.params_ = params;
    forest.features_ = data.cols;
    forest.sample_size_ = static_cast<int>(std::min<std::size_t>(params.sample_size, data.rows));
    forest.height_limit_ = static_cast<int>(std::ceil(std::log2(forest.sample_size_)));
    forest.normaliser_ = average_path_length(forest.sample_size_);

    Random random(params.seed);
    std::vector<std::size_t> all(data.rows);
    std::vector<std::size_t> sample(static_cast<std::size_t>(forest.sample_size_));
    std::vector<std::size_t> candidates(data.cols);
    struct Pending {
        std::int32_t node;
        std::size_t begin, end;
        int depth;
    };
    std::vector<Pending> stack;
    for (int tree = 0; tree < params.trees; ++tree) {
        // A sample without replacement: a partial Fisher-Yates shuffle.
        std::iota(all.begin(), all.end(), 0);
        for (std::size_t i = 0; i < sample.size(); ++i) {
            std::swap(all[i], all[i + random.below(all.size() - i)]);
            sample[i] = all[i];
        }
        const auto add_node = [&](int depth) {
            forest.feature_.push_back(-1);
            forest.threshold_.push_back(0.0f);
            forest.left_.push_back(-1);
            forest.value_.push_back(0.0f);
            forest.depth_.push_back(static_cast<std::uint8_t>(depth));
            return static_cast<std::int32_t>(forest.feature_.size() - 1);
        };
        forest.roots_.push_back(add_node(0));
        stack.push_back({forest.roots_.back(), 0, sample.size(), 0});
        while (!stack.empty()) {
            const Pending p = stack.back();
            stack.pop_back();
            const std::size_t count = p.end - p.begin;
            const auto make_leaf = [&] {
                forest.value_[p.node] =
                    static_cast<float>(p.depth + average_path_length(static_cast<double>(count)));
            };
            if (p.depth >= forest.height_limit_ || count <= 1) {
                make_leaf();
                continue;
            }
            // A random feature among those not constant in this node.
            std::iota(candidates.begin(), candidates.end(), 0);
            std::size_t remaining = candidates.size();
            int feature = -1;
            float low = 0, high = 0;
            while (remaining > 0) {
                const std::size_t pick = random.below(remaining);
                const std::size_t c = candidates[pick];
                low = high = data.at(sample[p.begin], c);
                for (std::size_t i = p.begin + 1; i < p.end; ++i) {
                    const float v = data.at(sample[i], c);
                    low = std::min(low, v);
                    high = std::max(high, v);
                }
                if (high > low) {
                    feature = static_cast<int>(c);
                    break;
                }
                candidates[pick] = candidates[--remaining];
            }
            if (feature < 0) {  // every feature constant here: the rows cannot be isolated
                make_leaf();
                continue;
            }
            float threshold =
                static_cast<float>(low + random.unit() * (static_cast<double>(high) - low));
            if (!(threshold > low))
                threshold = std::nextafter(low, high);  // keep both sides non-empty
            const auto middle = std::partition(
                sample.begin() + static_cast<std::ptrdiff_t>(p.begin),
                sample.begin() + static_cast<std::ptrdiff_t>(p.end), [&](std::size_t row) {
                    return data.at(row, static_cast<std::size_t>(feature)) < threshold;
                });
            const auto split = static_cast<std::size_t>(middle - sample.begin());
            if (forest.feature_.size() + 2 > kMaxNodes)
                throw ModelError(FD_TR("core/Engine", "Isolation Forest: too many nodes"));
            const std::int32_t left = add_node(p.depth + 1);
            add_node(p.depth + 1);
            forest.feature_[p.node] = feature;
            forest.threshold_[p.node] = threshold;
            forest.left_[p.node] = left;
            stack.push_back({left + 1, split, p.end, p.depth + 1});
            stack.push_back({left, p.begin, split, p.depth + 1});
        }
    }
    forest.pack();
    return forest;
}

void IsolationForest::pack() {
    steps_ = max_depth();
    packed_.resize(feature_.size());
    for (std::size_t i = 0; i < feature_.size(); ++i) {
        if (feature_[i] >= 0) {
            packed_[i] = {threshold_[i], feature_[i], left_[i], 0.0f};
        } else {
            packed_[i] = {std::numeric_limits<float>::quiet_NaN(), 0, static_cast<std::int32_t>(i),
                          value_[i]};
        }
    }
}

void IsolationForest::score(FeatureView rows, double* out) const {
    if (rows.cols != features_)
        throw ModelError(
            fill_text(FD_TR("core/Engine", "Isolation Forest expects %1 features, got %2"),
                      {std::to_string(features_), std::to_string(rows.cols)}));
    constexpr std::size_t kLanes = 8;  // independent walks the CPU can overlap
    const PackedNode* nodes = packed_.data();
    const int steps = steps_;
    std::vector<double> depth(kBlockRows);
    for (std::size_t first = 0; first < rows.rows; first += kBlockRows) {
        const std::size_t count = std::min(kBlockRows, rows.rows - first);
        std::fill(depth.begin(), depth.begin() + static_cast<std::ptrdiff_t>(count), 0.0);
        for (const std::int32_t root : roots_) {  // one tree at a time stays in cache
            std::size_t i = 0;
            for (; i + kLanes <= count; i += kLanes) {
                const float* row[kLanes];
                std::int32_t node[kLanes];
                for (std::size_t l = 0; l < kLanes; ++l) {
                    row[l] = rows.row(first + i + l);
                    node[l] = root;
                }
                for (int step = 0; step < steps; ++step) {
                    for (std::size_t l = 0; l < kLanes; ++l) {
                        const PackedNode& n = nodes[node[l]];
                        // Right when value >= threshold; NaN (a leaf) never moves.
                        node[l] = n.left + (row[l][n.feature] >= n.threshold ? 1 : 0);
                    }
                }
                for (std::size_t l = 0; l < kLanes; ++l) depth[i + l] += nodes[node[l]].value;
            }
            for (; i < count; ++i) {
                const float* row = rows.row(first + i);
                std::int32_t node = root;
                for (int step = 0; step < steps; ++step) {
                    const PackedNode& n = nodes[node];
                    node = n.left + (row[n.feature] >= n.threshold ? 1 : 0);
                }
                depth[i] += nodes[node].value;
            }
        }
        const double trees = static_cast<double>(roots_.size());
        for (std::size_t i = 0; i < count; ++i)
            out[first + i] = std::exp2(-(depth[i] / trees) / normaliser_);
    }
}

double IsolationForest::score_one(const float* row) const {
    double result = 0;
    score(FeatureView{row, 1, features_}, &result);
    return result;
}

int IsolationForest::max_depth() const {
    int deepest = 0;
    for (std::size_t i = 0; i < feature_.size(); ++i)
        if (feature_[i] < 0) deepest = std::max(deepest, static_cast<int>(depth_[i]));
    return deepest;
}

nlohmann::json IsolationForest::to_json() const {
    return {{"trees", params_.trees},
            {"sample_size", params_.sample_size},
            {"seed", params_.seed},
            {"features", features_},
            {"used_sample_size", sample_size_},
            {"feature", feature_},
            {"threshold", threshold_},
            {"left", left_},
            {"value", value_},
            {"roots", roots_}};
}

IsolationForest IsolationForest::from_json(const nlohmann::json& j) {
    const auto fail = [](const std::string& what) -> IsolationForest {
        throw ModelError(fill_text(
            FD_TR("core/Engine", "The Isolation Forest in the model is damaged: %1"), {what}));
    };
    try {
        IsolationForest f;
        f.params_.trees = j.at("trees").get<int>();
        f.params_.sample_size = j.at("sample_size").get<int>();
        f.params_.seed = j.at("seed").get<std::uint64_t>();
        f.features_ = j.at("features").get<std::size_t>();
        f.sample_size_ = j.at("used_sample_size").get<int>();
        const auto& feature = j.at("feature");
        const std::size_t n = feature.size();
        if (n == 0 || n > kMaxNodes) return fail(FD_TR("core/Engine", "node count out of range"));
        if (f.features_ == 0 || f.features_ > 100000)
            return fail(FD_TR("core/Engine", "feature count out of range"));
        if (f.sample_size_ < 2 || f.sample_size_ > f.params_.sample_size)
            return fail(FD_TR("core/Engine", "sample size out of range"));
        f.feature_ = feature.get<std::vector<std::int32_t>>();
        f.threshold_ = j.at("threshold").get<std::vector<float>>();
        f.left_ = j.at("left").get<std::vector<std::int32_t>>();
        f.value_ = j.at("value").get<std::vector<float>>();
        f.roots_ = j.at("roots").get<std::vector<std::int32_t>>();
        if (f.threshold_.size() != n || f.left_.size() != n || f.value_.size() != n)
            return fail(FD_TR("core/Engine", "node arrays differ in length"));
        if (f.roots_.size() != static_cast<std::size_t>(f.params_.trees) || f.roots_.empty())
            return fail(FD_TR("core/Engine", "the tree count does not match its roots"));
        f.height_limit_ = static_cast<int>(std::ceil(std::log2(f.sample_size_)));
        f.normaliser_ = average_path_length(f.sample_size_);
        f.depth_.assign(n, 0);
        std::vector<std::uint8_t> reached(n, 0);
        for (std::size_t t = 0; t < f.roots_.size(); ++t) {
            const auto root = f.roots_[t];
            if (root < 0 || static_cast<std::size_t>(root) >= n ||
                (t > 0 && root <= f.roots_[t - 1]))
                return fail(FD_TR("core/Engine", "a tree root is out of order or range"));
            reached[static_cast<std::size_t>(root)] = 1;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!reached[i])
                return fail(fill_text(FD_TR("core/Engine", "node %1 belongs to no tree"),
                                      {std::to_string(i)}));
            if (f.feature_[i] < 0) {
                if (f.feature_[i] != -1 || f.left_[i] != -1 || !std::isfinite(f.value_[i]) ||
                    f.value_[i] < 0 || f.value_[i] > 1000)
                    return fail(fill_text(FD_TR("core/Engine", "leaf %1 is malformed"),
                                          {std::to_string(i)}));
                continue;
            }
            const auto left = f.left_[i];
            // Children after their parent: walks always move forward and end.
            if (static_cast<std::size_t>(f.feature_[i]) >= f.features_ ||
                left <= static_cast<std::int32_t>(i) || static_cast<std::size_t>(left) + 1 >= n ||
                !std::isfinite(f.threshold_[i]))
                return fail(
                    fill_text(FD_TR("core/Engine", "node %1 has a bad feature, child or threshold"),
                              {std::to_string(i)}));
            if (reached[static_cast<std::size_t>(left)] ||
                reached[static_cast<std::size_t>(left) + 1])
                return fail(
                    fill_text(FD_TR("core/Engine", "node %1 shares a child"), {std::to_string(i)}));
            reached[static_cast<std::size_t>(left)] = reached[static_cast<std::size_t>(left) + 1] =
                1;
            if (f.depth_[i] >= 250) return fail(FD_TR("core/Engine", "a tree is too deep"));
            f.depth_[static_cast<std::size_t>(left)] =
                f.depth_[static_cast<std::size_t>(left) + 1] =
                    static_cast<std::uint8_t>(f.depth_[i] + 1);
        }
        f.pack();
        return f;
    } catch (const nlohmann::json::exception& error) {
        return fail(
            fill_text(FD_TR("core/Engine", "missing or mistyped field (%1)"), {error.what()}));
    }
}

}  // namespace fd
