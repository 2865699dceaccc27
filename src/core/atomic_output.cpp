#include "atomic_output.h"

#include <filesystem>
#include <stdexcept>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <unistd.h>

#include "tr_mark.h"
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
        throw std::runtime_error(fill_text(FD_TR("core/Export",
                                                 "cannot write %1 (temporary file %2): check the "
                                                 "folder exists and is writable"),
                                           {path_, temp_}));
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
    const auto failed = [&] {
        return std::runtime_error(
            fill_text(FD_TR("core/Export", "writing %1 failed (disk full?)"), {path_}));
    };
    if (!file_) throw failed();
    file_.close();
    if (file_.fail()) throw failed();
    sync_file(temp_);
    std::error_code ec;
    std::filesystem::rename(temp_, path_, ec);
    if (ec)
        throw std::runtime_error(fill_text(FD_TR("core/Export", "cannot rename %1 to %2: %3"),
                                           {temp_, path_, ec.message()}));
    committed_ = true;
}

}  // namespace fd
