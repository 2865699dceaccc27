#include "xgboost_model_check.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "core/engine/model_error.h"
#include "core/tr_mark.h"

namespace fd::xgb {
namespace {

using nlohmann::json;

constexpr int kMaxNesting = 32;                   // a real model nests 6 levels deep
constexpr std::int64_t kRootParent = 2147483647;  // what XGBoost writes as the root's parent

[[noreturn]] void refuse(const std::string& what) {
    throw ModelError(fill_text(FD_TR("core/Engine",
                                     "The XGBoost model is not usable: %1. Train the "
                                     "model again or pick another file."),
                               {what}));
}

// Runs before the real parse and stops it at the first sign of a hostile input: nesting
// deeper than any model, a container claiming more elements than there are bytes, or more
// values than the bytes could hold (UBJSON can repeat a zero-byte value).
class BoundedSax final : public nlohmann::json_sax<json> {
public:
    explicit BoundedSax(std::size_t input_bytes)
        : max_elements_(input_bytes), max_events_(2 * input_bytes + 16) {}

    bool null() override { return count(); }
    bool boolean(bool) override { return count(); }
    bool number_integer(number_integer_t) override { return count(); }
    bool number_unsigned(number_unsigned_t) override { return count(); }
    bool number_float(number_float_t, const string_t&) override { return count(); }
    bool string(string_t&) override { return count(); }
    bool binary(binary_t&) override { return count(); }
    bool key(string_t&) override { return count(); }
    bool start_object(std::size_t elements) override { return open(elements); }
    bool start_array(std::size_t elements) override { return open(elements); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception&) override {
        problem =
            fill_text(FD_TR("core/Engine", "it is not valid JSON or UBJSON (error at byte %1)"),
                      {std::to_string(position)});
        return false;
    }

    std::string problem;

private:
    bool count() {
        if (++events_ <= max_events_) return true;
        problem = FD_TR("core/Engine", "it holds more values than its size allows");
        return false;
    }
    bool open(std::size_t elements) {
        if (elements != static_cast<std::size_t>(-1) && elements > max_elements_) {
            problem = fill_text(FD_TR("core/Engine", "a container claims %1 elements in %2 bytes"),
                                {std::to_string(elements), std::to_string(max_elements_)});
            return false;
        }
        if (++depth_ > kMaxNesting) {
            problem = FD_TR("core/Engine", "it nests deeper than any model");
            return false;
        }
        return count();
    }
    bool close() {
        --depth_;
        return count();
    }

    std::size_t max_elements_;
    std::size_t max_events_;
    std::size_t events_ = 0;
    int depth_ = 0;
};

json parse_bounded(std::span<const std::uint8_t> bytes) {
    // XGBoost's own rule: '{' then '"' is JSON text, '{' then a letter is UBJSON.
    if (bytes.size() < 2 || bytes[0] != '{')
        refuse(FD_TR("core/Engine", "it is not in XGBoost's JSON or UBJSON format"));
    const bool text = bytes[1] == '"';
    if (!text && !std::isalpha(bytes[1]))
        refuse(FD_TR("core/Engine", "it is not in XGBoost's JSON or UBJSON format"));
    const auto format = text ? json::input_format_t::json : json::input_format_t::ubjson;
    BoundedSax guard(bytes.size());
    bool ok = false;
    try {
        ok = json::sax_parse(bytes.begin(), bytes.end(), &guard, format, true);
    } catch (const json::exception& e) {
        refuse(fill_text(FD_TR("core/Engine", "it could not be parsed (%1)"), {e.what()}));
    }
    if (!ok)
        refuse(guard.problem.empty() ? std::string(FD_TR("core/Engine", "it could not be parsed"))
                                     : guard.problem);
    json root = text ? json::parse(bytes.begin(), bytes.end(), nullptr, false)
                     : json::from_ubjson(bytes.begin(), bytes.end(), true, false);
    if (root.is_discarded()) refuse(FD_TR("core/Engine", "it could not be parsed"));
    return root;
}

std::string path(const std::string& where, const char* key) {
    return where + "." + key;
}

const json& member(const json& object, const char* key, const std::string& where) {
    if (!object.is_object())
        refuse(fill_text(FD_TR("core/Engine", "%1 is not an object"), {where}));
    const auto it = object.find(key);
    if (it == object.end()) refuse(fill_text(FD_TR("core/Engine", "%1 has no '%2'"), {where, key}));
    return *it;
}

const json& array_member(const json& object, const char* key, const std::string& where) {
    const json& value = member(object, key, where);
    if (!value.is_array())
        refuse(fill_text(FD_TR("core/Engine", "%1 is not an array"), {path(where, key)}));
    return value;
}

const std::string& text_member(const json& object, const char* key, const std::string& where) {
    const json& value = member(object, key, where);
    if (!value.is_string())
        refuse(fill_text(FD_TR("core/Engine", "%1 is not a string"), {path(where, key)}));
    return value.get_ref<const std::string&>();
}

// XGBoost keeps its parameters as text, e.g. "num_feature": "30", "base_score": "5E-1".
template <typename T>
T number_in_text(const json& object, const char* key, const std::string& where) {
    const std::string& text = text_member(object, key, where);
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        refuse(fill_text(FD_TR("core/Engine", "%1 is not a number"), {path(where, key)}));
    }
    return value;
}

std::int64_t integer(const json& value, const std::string& where) {
    if (value.is_number_unsigned()) {
        const auto wide = value.get<std::uint64_t>();
        if (wide > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            refuse(fill_text(FD_TR("core/Engine", "%1 is out of range"), {where}));
        }
        return static_cast<std::int64_t>(wide);
    }
    if (!value.is_number_integer())
        refuse(fill_text(FD_TR("core/Engine", "%1 holds a value that is not an integer"), {where}));
    return value.get<std::int64_t>();
}

std::vector<std::int64_t> integers(const json& tree, const char* key, std::size_t nodes,
                                   const std::string& where) {
    const json& values = array_member(tree, key, where);
    if (values.size() != nodes)
        refuse(fill_text(FD_TR("core/Engine", "%1 does not have one value per node"),
                         {path(where, key)}));
    std::vector<std::int64_t> out;
    out.reserve(nodes);
    for (const json& v : values) out.push_back(integer(v, where + "." + key));
    return out;
}

void require_finite_numbers(const json& tree, const char* key, std::size_t nodes,
                            const std::string& where) {
    const json& values = array_member(tree, key, where);
    if (values.size() != nodes)
        refuse(fill_text(FD_TR("core/Engine", "%1 does not have one value per node"),
                         {path(where, key)}));
    for (const json& v : values) {
        if (!v.is_number() || !std::isfinite(v.get<double>())) {
            refuse(fill_text(FD_TR("core/Engine", "%1 holds a value that is not a finite number"),
                             {path(where, key)}));
        }
    }
}

// Everything XGBoost's predictor and TreeSHAP follow without checking: every reachable
// split names a feature in range, its children come after it, side by side (the predictor
// computes the right child as left + 1), with this node as their parent, and the depth is
// bounded. Unreachable nodes (pruned ones) are never visited by XGBoost either.
void check_tree(const json& tree, std::size_t index, std::size_t features) {
    const std::string number = std::to_string(index);
    const std::string where = "tree " + number;  // a path in the model's JSON, as XGBoost names it
    const auto refuse_tree = [&number](const char* message) {
        refuse(fill_text(message, {number}));
    };
    // XGBoost stores each tree at the position its id names, and leaves unnamed ones empty.
    if (integer(member(tree, "id", where), where + ".id") != static_cast<std::int64_t>(index)) {
        refuse_tree(FD_TR("core/Engine", "tree %1 does not have its position as its id"));
    }
    const json& param = member(tree, "tree_param", where);
    const auto nodes = number_in_text<std::int64_t>(param, "num_nodes", where + ".tree_param");
    if (nodes < 1 || nodes > (std::int64_t{1} << 30))
        refuse_tree(FD_TR("core/Engine", "tree %1 has no valid node count"));
    if (number_in_text<std::uint64_t>(param, "num_feature", where + ".tree_param") != features) {
        refuse_tree(FD_TR("core/Engine", "tree %1 was built for a different number of features"));
    }
    const auto n = static_cast<std::size_t>(nodes);
    const auto left = integers(tree, "left_children", n, where);
    const auto right = integers(tree, "right_children", n, where);
    const auto parents = integers(tree, "parents", n, where);
    const auto split_feature = integers(tree, "split_indices", n, where);
    for (const auto flag : integers(tree, "default_left", n, where)) {
        if (flag != 0 && flag != 1)
            refuse_tree(FD_TR("core/Engine", "tree %1.default_left holds a value other than 0/1"));
    }
    for (const auto type : integers(tree, "split_type", n, where)) {
        if (type != 0)
            refuse_tree(FD_TR("core/Engine",
                              "tree %1 has a categorical split, which FraudDesk never trains"));
    }
    for (const char* key : {"split_conditions", "base_weights", "loss_changes", "sum_hessian"}) {
        require_finite_numbers(tree, key, n, where);
    }
    for (const char* key :
         {"categories", "categories_nodes", "categories_segments", "categories_sizes"}) {
        if (tree.contains(key) && !array_member(tree, key, where).empty()) {
            refuse_tree(FD_TR("core/Engine",
                              "tree %1 has categorical splits, which FraudDesk never trains"));
        }
    }
    if (parents[0] != kRootParent && parents[0] != -1)
        refuse_tree(FD_TR("core/Engine", "tree %1 has a root with a parent"));

    std::vector<std::pair<std::int64_t, int>> pending{{0, 0}};  // node, depth
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        const auto i = static_cast<std::size_t>(node);
        if (left[i] == -1) {
            if (right[i] != -1)
                refuse_tree(FD_TR("core/Engine", "tree %1 has a leaf with one child"));
            continue;
        }
        if (left[i] <= node || left[i] + 1 >= nodes || right[i] != left[i] + 1) {
            refuse_tree(FD_TR("core/Engine", "tree %1 has a node whose children are out of place"));
        }
        if (split_feature[i] < 0 || static_cast<std::uint64_t>(split_feature[i]) >= features) {
            refuse_tree(FD_TR("core/Engine", "tree %1 splits on a feature that does not exist"));
        }
        const auto l = static_cast<std::size_t>(left[i]);
        if (parents[l] != node || parents[l + 1] != node) {
            refuse_tree(FD_TR("core/Engine", "tree %1 has children that do not name their parent"));
        }
        if (depth + 1 > kMaxTreeDepth)
            refuse_tree(FD_TR("core/Engine", "tree %1 is deeper than any trained tree"));
        pending.emplace_back(left[i], depth + 1);
        pending.emplace_back(right[i], depth + 1);
    }
}

CheckedModel check_parsed(std::span<const std::uint8_t> bytes, std::size_t expected_features) {
    const json root = parse_bounded(bytes);
    const json& learner = member(root, "learner", "the model");
    const json& shape = member(learner, "learner_model_param", "learner");
    const auto features = number_in_text<std::uint64_t>(shape, "num_feature", "model parameters");
    if (features != expected_features) {
        refuse(fill_text(FD_TR("core/Engine", "it was trained on %1 features but %2 are expected"),
                         {std::to_string(features), std::to_string(expected_features)}));
    }
    if (shape.contains("num_class") && number_in_text<int>(shape, "num_class", "model") != 0) {
        refuse(FD_TR("core/Engine", "it is a multi-class model, not a fraud / genuine one"));
    }
    if (shape.contains("num_target") && number_in_text<int>(shape, "num_target", "model") != 1) {
        refuse(FD_TR("core/Engine", "it predicts more than one target"));
    }
    const auto base_score = number_in_text<double>(shape, "base_score", "model parameters");
    if (!(base_score > 0.0 && base_score < 1.0))
        refuse(FD_TR("core/Engine", "its base score is not a probability"));

    const json& objective = member(learner, "objective", "learner");
    if (text_member(objective, "name", "objective") != "binary:logistic") {
        refuse(FD_TR("core/Engine", "its objective is not binary:logistic"));
    }
    CheckedModel checked;
    // XGBoost keeps the weight as a float: read it as one, so it compares equal to the
    // weight reported right after training.
    checked.scale_pos_weight = number_in_text<float>(
        member(objective, "reg_loss_param", "objective"), "scale_pos_weight", "objective");
    if (!(checked.scale_pos_weight >= 0.0 && std::isfinite(checked.scale_pos_weight))) {
        refuse(FD_TR("core/Engine", "its scale_pos_weight is not a valid weight"));
    }

    const json& booster = member(learner, "gradient_booster", "learner");
    if (text_member(booster, "name", "gradient_booster") != "gbtree") {
        refuse(FD_TR("core/Engine", "it is not a tree model (gbtree)"));
    }
    const json& model = member(booster, "model", "gradient_booster");
    const json& model_param = member(model, "gbtree_model_param", "model");
    const json& trees = array_member(model, "trees", "model");
    const json& tree_info = array_member(model, "tree_info", "model");
    if (number_in_text<std::uint64_t>(model_param, "num_trees", "model") != trees.size() ||
        tree_info.size() != trees.size()) {
        refuse(FD_TR("core/Engine", "its tree count does not match its trees"));
    }
    if (model_param.contains("num_parallel_tree") &&
        number_in_text<int>(model_param, "num_parallel_tree", "model") != 1) {
        refuse(FD_TR("core/Engine",
                     "it is a random-forest style model, which FraudDesk never trains"));
    }
    if (trees.empty()) refuse(FD_TR("core/Engine", "it has no trees"));
    for (const json& group : tree_info) {
        if (integer(group, "tree_info") != 0)
            refuse(FD_TR("core/Engine", "it has trees for more than one class"));
    }
    for (std::size_t t = 0; t < trees.size(); ++t) {
        check_tree(trees[t], t, features);
    }
    checked.trees = trees.size();
    checked.best_score = std::numeric_limits<double>::quiet_NaN();
    if (const auto attributes = learner.find("attributes");
        attributes != learner.end() && attributes->is_object() &&
        attributes->contains("best_score") && (*attributes)["best_score"].is_string()) {
        const auto& text = (*attributes)["best_score"].get_ref<const std::string&>();
        double score = 0.0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), score);
        if (error == std::errc() && end == text.data() + text.size()) checked.best_score = score;
    }
    checked.canonical_json = root.dump();  // throws on invalid UTF-8 in any string
    return checked;
}

}  // namespace

CheckedModel check_xgboost_model(std::span<const std::uint8_t> bytes,
                                 std::size_t expected_features) {
    if (bytes.empty()) refuse(FD_TR("core/Engine", "it is empty"));
    try {
        return check_parsed(bytes, expected_features);
    } catch (const json::exception& e) {
        refuse(fill_text(FD_TR("core/Engine", "it could not be read (%1)"), {e.what()}));
    }
}

}  // namespace fd::xgb
