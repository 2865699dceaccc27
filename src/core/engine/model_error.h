// The one exception type of the engine: bad parameters, bad training data, and bad or
// hostile model files. The message says what is wrong and what to do.
#pragma once

#include <stdexcept>
#include <string>

namespace fd {

class ModelError : public std::runtime_error {
public:
    explicit ModelError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace fd
