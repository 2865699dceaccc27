// A thread that runs jobs one after another in the order given, with at most `capacity`
// waiting: submit() blocks beyond that, which is how the pipeline's scoring waits for its
// store. A job's exception is kept and thrown by the next submit() or by drain(); the jobs
// after it are skipped.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace fd {

class SerialWorker {
public:
    explicit SerialWorker(std::size_t capacity);
    // Runs what was submitted, then joins. Never throws: call drain() to see a failure.
    ~SerialWorker();
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    void submit(std::function<void()> job);
    // Waits until every submitted job has run; throws the first job's failure.
    void drain();

private:
    void run();
    void rethrow_locked(std::unique_lock<std::mutex>& lock);

    const std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::function<void()>> jobs_;
    bool running_job_ = false;
    bool stopping_ = false;
    std::exception_ptr failure_;
    std::thread thread_;
};

}  // namespace fd
