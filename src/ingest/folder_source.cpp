#include "folder_source.h"
#include "core/tr_mark.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

namespace fd {
namespace fs = std::filesystem;
namespace {

// Names producers write under before renaming to the final name.
bool is_temporary(const std::string& name) {
    auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() &&
               name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return name.empty() || name.front() == '.' || ends_with(".tmp") || ends_with(".part") ||
           ends_with(".crdownload") || ends_with("~");
}

}  // namespace

FolderSource::FolderSource(const SourceUri& uri)
    : dir_(uri.path), name_(uri.text), options_(import_options_for(uri)) {
    std::error_code ec;
    if (!fs::is_directory(dir_, ec))
        throw std::runtime_error(fill_text(
            FD_TR("core/Import",
                  "Folder '%1' does not exist or is not a folder: create it or check the path in "
                  "%2"),
            {dir_.string(), uri.text}));
    for (const char* sub : {"processed", "failed"}) {
        fs::create_directories(dir_ / sub, ec);
        if (ec)
            throw std::runtime_error(fill_text(
                FD_TR("core/Import", "Cannot create '%1': %2; check the folder's permissions"),
                {(dir_ / sub).string(), ec.message()}));
    }
    show_status();
}

bool FolderSource::next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals,
                        std::size_t max_rows, std::chrono::milliseconds max_wait) {
    const auto deadline = Clock::now() + max_wait;
    for (;;) {
        const auto now = Clock::now();
        if (now >= next_poll_) {
            poll(now);
            next_poll_ = now + kPollInterval;
        }
        if (!current_) open_next(now);
        std::size_t handed = 0;
        if (current_) {
            const std::size_t before = out.size() + rejects_.size();
            current_->read(out, arrivals, rejects_, max_rows);
            handed = out.size() + rejects_.size() - before;
        }
        show_status();
        if (handed > 0) return true;
        // Nothing to read: no complete file yet, or the file's bookkeeping waits for the
        // pipeline's commit. Sleep until the next poll or the end of the wait.
        if (wait_until(std::min(deadline, next_poll_))) return false;
        if (Clock::now() >= deadline) return true;
    }
}

void FolderSource::poll(Clock::time_point now) {
    std::error_code ec;
    std::set<std::string> present;
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code entry_ec;
        if (!it->is_regular_file(entry_ec)) continue;  // processed/, failed/, sockets, ...
        const std::string name = it->path().filename().string();
        if (is_temporary(name)) continue;
        const auto size = it->file_size(entry_ec);
        if (entry_ec) continue;
        const auto modified = it->last_write_time(entry_ec);
        if (entry_ec) continue;  // renamed or deleted since the listing
        present.insert(name);
        auto [seen, added] = seen_.try_emplace(name, Seen{size, modified, now});
        if (!added && (seen->second.size != size || seen->second.modified != modified))
            seen->second = {size, modified, now};
    }
    if (ec)
        throw std::runtime_error(fill_text(FD_TR("core/Import", "Cannot read folder '%1': %2"),
                                           {dir_.string(), ec.message()}));
    std::erase_if(seen_, [&](const auto& entry) { return !present.contains(entry.first); });
}

void FolderSource::open_next(Clock::time_point now) {
    const Seen* oldest = nullptr;
    std::string name;
    for (const auto& [candidate, seen] : seen_) {
        if (now - seen.since < kSettleTime) continue;  // may still be written
        if (!oldest || seen.modified < oldest->modified) {
            oldest = &seen;
            name = candidate;
        }
    }
    if (!oldest) return;
    const fs::path path = dir_ / name;
    auto feed = std::make_unique<FileFeed>(path.string(), options_, /*skip_if_done=*/true);
    std::error_code ec;
    if (!feed->error().empty() && !fs::exists(path, ec)) {
        seen_.erase(name);  // deleted since the last poll: nothing to record
        return;
    }
    current_ = std::move(feed);
    current_name_ = name;
}

void FolderSource::store(Database& db) {
    if (current_) current_->store(db);
}

void FolderSource::committed() {
    if (!current_) return;
    const auto outcome = current_->committed();
    if (outcome == FileFeed::Outcome::Open) return;
    if (outcome == FileFeed::Outcome::Failed)
        move_out(current_name_, "failed", current_->error());
    else
        move_out(current_name_, "processed", {});
    rows_done_ += current_->rows_read();
    rejects_done_ += current_->rejected();
    seen_.erase(current_name_);
    current_.reset();
    current_name_.clear();
    show_status();
}

void FolderSource::move_out(const std::string& name, const std::string& subfolder,
                            const std::string& error) {
    const fs::path from = dir_ / name;
    std::error_code ec;
    if (!fs::exists(from, ec)) return;
    const fs::path to_dir = dir_ / subfolder;
    fs::create_directories(to_dir, ec);
    fs::path to = to_dir / name;
    const fs::path stem = fs::path(name).stem(), extension = fs::path(name).extension();
    for (int n = 2; fs::exists(to, ec); ++n)
        to = to_dir / (stem.string() + "-" + std::to_string(n) + extension.string());
    // The reason first: a crash between the two leaves the file to be retried, not a
    // failed file without its reason.
    if (!error.empty()) std::ofstream(to.string() + ".error.txt") << error << "\n";
    fs::rename(from, to, ec);
    if (ec && fs::exists(from))
        throw std::runtime_error(fill_text(
            FD_TR("core/Import",
                  "Cannot move '%1' to %2/: %3; check the folder's permissions (it would be read "
                  "again)"),
            {from.string(), subfolder, ec.message()}));
}

void FolderSource::show_status() {
    const auto waiting =
        std::max<std::int64_t>(0, static_cast<std::int64_t>(seen_.size()) - (current_ ? 1 : 0));
    const auto rows = rows_done_ + (current_ ? current_->rows_read() : 0);
    const auto rejects = rejects_done_ + (current_ ? current_->rejected() : 0);
    const std::string state =
        current_       ? fill_text(FD_TR("core/Sources", "reading %1 (%2%)"),
                                   {current_name_,
                                    std::to_string(static_cast<int>(current_->fraction_read() * 100.0))})
        : waiting == 1 ? std::string(FD_TR("core/Sources", "watching, 1 file waiting"))
                       : fill_text(FD_TR("core/Sources", "watching, %1 files waiting"),
                                   {std::to_string(waiting)});
    update_status([&](SourceStatus& s) {
        s.rows_read = rows;
        s.rejects = rejects;
        s.backlog = waiting;
        s.backlog_unit = FD_TR("core/Sources", "files");
        s.state = state;
    });
}

}  // namespace fd
