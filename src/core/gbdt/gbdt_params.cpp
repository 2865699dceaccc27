#include "gbdt_params.h"

#include <cmath>
#include <string>
#include <type_traits>

#include "core/engine/model_error.h"
#include "core/tr_mark.h"

namespace fd {
namespace {

// `rule` is a filled template ("is 0; it must be ..."), translated on its own.
[[noreturn]] void bad_param(const std::string& name, const std::string& rule) {
    throw ModelError(
        fill_text(FD_TR("core/Engine", "Gradient-boosted trees parameter '%1' %2."), {name, rule}));
}

std::string must_be_share(double value) {
    return fill_text(FD_TR("core/Engine", "is %1; it must be more than 0 and at most 1"),
                     {std::to_string(value)});
}

void require_int(const char* name, int value, int low, int high) {
    if (value < low || value > high) {
        bad_param(name,
                  fill_text(FD_TR("core/Engine", "is %1; it must be between %2 and %3"),
                            {std::to_string(value), std::to_string(low), std::to_string(high)}));
    }
}

// A share of rows or columns: more than 0, at most 1.
void require_share(const char* name, double value) {
    if (!(value > 0.0 && value <= 1.0)) {
        bad_param(name, must_be_share(value));
    }
}

template <typename T>
T read_key(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end()) bad_param(key, FD_TR("core/Engine", "is missing from the saved parameters"));
    const bool type_ok = std::is_floating_point_v<T> ? it->is_number() : it->is_number_integer();
    if (!type_ok)
        bad_param(key, FD_TR("core/Engine", "has the wrong type in the saved parameters"));
    if constexpr (std::is_same_v<T, int>) {
        // Checked here so a huge saved value cannot wrap into the valid range.
        const auto wide = it->template get<std::int64_t>();
        if (wide < -1'000'000'000 || wide > 1'000'000'000)
            bad_param(key, FD_TR("core/Engine", "is out of range"));
        return static_cast<int>(wide);
    } else if constexpr (std::is_same_v<T, std::uint64_t>) {
        if (!it->is_number_unsigned())
            bad_param(key, FD_TR("core/Engine", "must be a non-negative integer"));
        return it->template get<std::uint64_t>();
    } else {
        return it->template get<T>();
    }
}

}  // namespace

void validate_gbdt_params(const GbdtParams& p) {
    require_int("rounds", p.rounds, 1, 100'000);
    require_int("max_depth", p.max_depth, 1, 32);
    if (!(p.eta > 0.0 && p.eta <= 1.0)) {
        bad_param("eta", must_be_share(p.eta));
    }
    require_share("subsample", p.subsample);
    require_share("colsample", p.colsample);
    if (!(p.min_child_weight >= 0.0 && p.min_child_weight <= 1e9)) {
        bad_param("min_child_weight", FD_TR("core/Engine", "must be between 0 and 1e9"));
    }
    if (!(p.scale_pos_weight >= 0.0 && p.scale_pos_weight <= 1e9)) {
        bad_param("scale_pos_weight",
                  FD_TR("core/Engine", "must be 0 (automatic) or a positive weight up to 1e9"));
    }
    require_int("early_stopping_rounds", p.early_stopping_rounds, 0, 100'000);
    require_int("nthread", p.nthread, 0, 1024);
}

nlohmann::json gbdt_params_to_json(const GbdtParams& p) {
    return {{"rounds", p.rounds},
            {"max_depth", p.max_depth},
            {"eta", p.eta},
            {"subsample", p.subsample},
            {"colsample", p.colsample},
            {"min_child_weight", p.min_child_weight},
            {"scale_pos_weight", p.scale_pos_weight},
            {"early_stopping_rounds", p.early_stopping_rounds},
            {"nthread", p.nthread},
            {"seed", p.seed}};
}

GbdtParams gbdt_params_from_json(const nlohmann::json& j) {
    if (!j.is_object())
        throw ModelError(
            FD_TR("core/Engine", "Gradient-boosted trees parameters must be an object."));
    GbdtParams p;
    p.rounds = read_key<int>(j, "rounds");
    p.max_depth = read_key<int>(j, "max_depth");
    p.eta = read_key<double>(j, "eta");
    p.subsample = read_key<double>(j, "subsample");
    p.colsample = read_key<double>(j, "colsample");
    p.min_child_weight = read_key<double>(j, "min_child_weight");
    p.scale_pos_weight = read_key<double>(j, "scale_pos_weight");
    p.early_stopping_rounds = read_key<int>(j, "early_stopping_rounds");
    p.nthread = read_key<int>(j, "nthread");
    p.seed = read_key<std::uint64_t>(j, "seed");
    validate_gbdt_params(p);
    return p;
}

}  // namespace fd
