#include "serial_worker.h"

namespace fd {

SerialWorker::SerialWorker(std::size_t capacity)
    : capacity_(capacity == 0 ? 1 : capacity), thread_([this] { run(); }) {}

SerialWorker::~SerialWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void SerialWorker::submit(std::function<void()> job) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || jobs_.size() < capacity_; });
    rethrow_locked(lock);
    jobs_.push_back(std::move(job));
    lock.unlock();
    changed_.notify_all();
}

void SerialWorker::drain() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || (jobs_.empty() && !running_job_); });
    rethrow_locked(lock);
}

void SerialWorker::rethrow_locked(std::unique_lock<std::mutex>& lock) {
    if (!failure_) return;
    std::exception_ptr failure = failure_;
    lock.unlock();
    std::rethrow_exception(failure);
}

void SerialWorker::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
        if (jobs_.empty()) return;  // stopping, and everything ran
        std::function<void()> job = std::move(jobs_.front());
        jobs_.pop_front();
        if (failure_) continue;  // a failed job's successors would build on what it missed
        running_job_ = true;
        lock.unlock();
        changed_.notify_all();  // room for the next submit
        std::exception_ptr failure;
        try {
            job();
        } catch (...) {
            failure = std::current_exception();
        }
        job = nullptr;  // its captures die on this thread, outside the lock
        lock.lock();
        running_job_ = false;
        if (failure && !failure_) failure_ = failure;
        changed_.notify_all();
    }
}

}  // namespace fd
