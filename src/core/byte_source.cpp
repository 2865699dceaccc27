#include "byte_source.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "record.h"
#include "tr_mark.h"

namespace fd {
namespace {

class FileSource final : public ByteSource {
public:
    FileSource(std::FILE* file, std::string path, std::uint64_t size)
        : file_(file), path_(std::move(path)), size_(size) {}
    ~FileSource() override { std::fclose(file_); }
    FileSource(const FileSource&) = delete;
    FileSource& operator=(const FileSource&) = delete;

    std::size_t read(char* buffer, std::size_t size) override {
        const std::size_t got = std::fread(buffer, 1, size, file_);
        if (got < size && std::ferror(file_))
            throw FileError(fill_text(FD_TR("core/Import",
                                            "%1: read error: %2. Check the disk "
                                            "or copy the file elsewhere and retry."),
                                      {path_, std::strerror(errno)}));
        return got;
    }
    void seek(std::uint64_t offset) override {
        if (fseeko(file_, static_cast<off_t>(offset), SEEK_SET) != 0)
            throw FileError(path_ + ": cannot seek: " + std::strerror(errno));
    }
    std::uint64_t size() const override { return size_; }
    std::string name() const override { return path_; }

private:
    std::FILE* file_;
    std::string path_;
    std::uint64_t size_;
};

class MemorySource final : public ByteSource {
public:
    MemorySource(const char* data, std::size_t size, std::string name)
        : data_(data), size_(size), name_(std::move(name)) {}
    std::size_t read(char* buffer, std::size_t size) override {
        const std::size_t n = std::min(size, size_ - position_);
        if (n > 0) std::memcpy(buffer, data_ + position_, n);
        position_ += n;
        return n;
    }
    void seek(std::uint64_t offset) override {
        position_ = static_cast<std::size_t>(std::min<std::uint64_t>(offset, size_));
    }
    std::uint64_t size() const override { return size_; }
    std::string name() const override { return name_; }

private:
    const char* data_;
    std::size_t size_;
    std::size_t position_ = 0;
    std::string name_;
};

}  // namespace

std::unique_ptr<ByteSource> open_file_source(const std::string& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        throw FileError(fill_text(
            FD_TR("core/Import", "%1: file not found. Check the path and try again."), {path}));
    if (std::filesystem::is_directory(status))
        throw FileError(fill_text(FD_TR("core/Import",
                                        "%1: is a directory, not a file. Name a "
                                        "CSV, JSON or NDJSON file."),
                                  {path}));
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        throw FileError(
            fill_text(FD_TR("core/Import", "%1: cannot open: %2. Check its permissions."),
                      {path, std::strerror(errno)}));
    const auto size = std::filesystem::is_regular_file(status)
                          ? static_cast<std::uint64_t>(std::filesystem::file_size(path, ec))
                          : 0;
    return std::make_unique<FileSource>(file, path, ec ? 0 : size);
}

std::unique_ptr<ByteSource> memory_source(const char* data, std::size_t size, std::string name) {
    return std::make_unique<MemorySource>(data, size, std::move(name));
}

}  // namespace fd
