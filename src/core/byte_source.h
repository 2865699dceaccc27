// A seekable byte stream read in chunks: the one way parsers touch files, so every parser
// has bounded memory and can be fed from memory in tests and fuzzers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

namespace fd {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to `size` bytes into `buffer`; returns 0 at end of input. Throws FileError on
    // an I/O error.
    virtual std::size_t read(char* buffer, std::size_t size) = 0;
    // Repositions to an absolute byte offset (used to resynchronise after a bad record).
    virtual void seek(std::uint64_t offset) = 0;
    virtual std::uint64_t size() const = 0;  // total bytes if known, else 0
    virtual std::string name() const = 0;    // file path, or a label such as "<memory>"
};

// Throws FileError naming the path when the file is missing or unreadable.
std::unique_ptr<ByteSource> open_file_source(const std::string& path);
// Does not copy: `data` must outlive the source.
std::unique_ptr<ByteSource> memory_source(const char* data, std::size_t size,
                                          std::string name = "<memory>");

}  // namespace fd
