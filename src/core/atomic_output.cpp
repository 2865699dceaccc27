#include "atomic_output.h"

#include <filesystem>
#include <stdexcept>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fd {
namespace {

// The data reaches the disk before the rename makes it visible, so a crash just after the
// rename cannot leave an empty file under the target's name.
void sync_file(const std::string& path) {
#if defined(__unix__) || defined(__APPLE__)
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
#else
    (void)path;
#endif
}

}  // namespace

AtomicOutput::AtomicOutput(std::string path)
    : path_(std::move(path)), temp_(path_ + ".tmp"), buffer_(1 << 20) {
    file_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    file_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!file_) {
        throw std::runtime_error("cannot write " + path_ + " (temporary file " + temp_ +
                                 "): check the folder exists and is writable");
    }
}

AtomicOutput::~AtomicOutput() {
    if (committed_) return;
    file_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
}

void AtomicOutput::commit() {
    file_.flush();
    if (!file_) throw std::runtime_error("writing " + path_ + " failed (disk full?)");
    file_.close();
    if (file_.fail()) throw std::runtime_error("writing " + path_ + " failed (disk full?)");
    sync_file(temp_);
    std::error_code ec;
    std::filesystem::rename(temp_, path_, ec);
    if (ec)
        throw std::runtime_error("cannot rename " + temp_ + " to " + path_ + ": " + ec.message());
    committed_ = true;
}

}  // namespace fd
