// The common input of every model: a dense, row-major matrix of finite feature values.
#pragma once

#include <cassert>
#include <cstddef>
#include <string>
#include <vector>

namespace fd {

// A read-only view of `rows` rows of `cols` floats each, row-major. Models score views so
// callers can pass a slice of a batch without copying it.
struct FeatureView {
    const float* data = nullptr;
    std::size_t rows = 0;
    std::size_t cols = 0;

    const float* row(std::size_t r) const {
        assert(r < rows);
        return data + r * cols;
    }
    float at(std::size_t r, std::size_t c) const { return row(r)[c]; }
    FeatureView slice(std::size_t first, std::size_t count) const {
        assert(first + count <= rows);
        return {data + first * cols, count, cols};
    }
};

// Owns its values. `names` has one entry per column (the feature registry's names).
struct FeatureMatrix {
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<float> values;
    std::vector<std::string> names;

    FeatureMatrix() = default;
    FeatureMatrix(std::size_t r, std::size_t c) : rows(r), cols(c), values(r * c, 0.0f) {}

    float* row(std::size_t r) {
        assert(r < rows);
        return values.data() + r * cols;
    }
    const float* row(std::size_t r) const {
        assert(r < rows);
        return values.data() + r * cols;
    }
    float& at(std::size_t r, std::size_t c) { return row(r)[c]; }
    float at(std::size_t r, std::size_t c) const { return row(r)[c]; }
    FeatureView view() const { return {values.data(), rows, cols}; }
    void append_row(const float* source) {
        values.insert(values.end(), source, source + cols);
        ++rows;
    }
};

}  // namespace fd
