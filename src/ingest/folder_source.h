// folder:///path/inbox: a watched drop folder. Each new, complete file is imported once,
// oldest first, one at a time, read like file:// (any format, ?format=, ?mapping=). A file
// is complete when its size and modification time stay the same for a second; names a
// producer is still writing under (".x", "x.tmp", "x.part", "x.crdownload", "x~") are left
// alone, so writing ".x.tmp" and renaming it is the way to hand over a file at once.
//
// Once a file's rows are committed it moves to processed/; a file that cannot be imported
// at all (binary, no amount column, unreadable) moves to failed/ with NAME.error.txt beside
// it saying why. Rows that are rejected do not fail a file. After a crash nothing is
// imported twice: a file still in the folder is read again and the rows already stored
// count as duplicates, and a file whose content already has a finished import is moved to
// processed/ without reading it. The folder is polled (no inotify), and never ends on its
// own.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "file_source.h"

namespace fd {

class FolderSource : public FileReadingSource {
public:
    // Throws std::runtime_error when the folder does not exist or processed/ and failed/
    // cannot be created in it; SourceUriError for a bad ?format=.
    explicit FolderSource(const SourceUri& uri);

    std::string name() const override { return name_; }
    bool next(std::vector<Transaction>& out, std::vector<Arrival>& arrivals, std::size_t max_rows,
              std::chrono::milliseconds max_wait) override;
    bool commit_pending() const override { return current_ && current_->commit_pending(); }
    void store(Database& db) override;
    // Moves a finished file out of the inbox. Throws std::runtime_error when it cannot.
    void committed() override;

    static constexpr std::chrono::milliseconds kPollInterval{250};
    static constexpr std::chrono::milliseconds kSettleTime{1000};

private:
    struct Seen {
        std::uintmax_t size = 0;
        std::filesystem::file_time_type modified;
        Clock::time_point since;  // when this size and time were first seen
    };

    void poll(Clock::time_point now);
    void open_next(Clock::time_point now);
    // Moves `name` into `subfolder`, adding "-2", "-3", ... to the name on a clash; when
    // `error` is not empty, writes it to NAME.error.txt there first. A file that is gone
    // (deleted by hand) is let go.
    void move_out(const std::string& name, const std::string& subfolder, const std::string& error);
    void show_status();

    std::filesystem::path dir_;
    std::string name_;
    ImportOptions options_;
    std::map<std::string, Seen> seen_;  // the inbox's candidate files by name
    std::unique_ptr<FileFeed> current_;
    std::string current_name_;
    Clock::time_point next_poll_{};
    std::int64_t rows_done_ = 0;  // rows read from files already moved out
    std::int64_t rejects_done_ = 0;
};

}  // namespace fd
