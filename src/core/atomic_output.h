// A file that appears whole or not at all: written under a temporary name next to the
// target and renamed over it on commit(). Until then an existing target stays untouched;
// without commit() (an error, a cancel) the temporary file is removed.
#pragma once

#include <fstream>
#include <ostream>
#include <string>
#include <vector>

namespace fd {

class AtomicOutput {
public:
    // Throws std::runtime_error naming the file when it cannot be created.
    explicit AtomicOutput(std::string path);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    std::ostream& stream() { return file_; }
    const std::string& path() const { return path_; }
    const std::string& temp_path() const { return temp_; }
    // Flushes, syncs and renames into place. Throws std::runtime_error (disk full, rename).
    void commit();

private:
    std::string path_;
    std::string temp_;
    std::ofstream file_;
    std::vector<char> buffer_;
    bool committed_ = false;
};

}  // namespace fd
