// Runs a program as a child process and measures it: wall time, peak resident size and exit
// code. The benches time the real commands a user runs (frauddesk-cli, sqlite3).
#pragma once

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace fd::bench {

struct RunResult {
    double seconds = 0;
    double peak_rss_mb = 0;
    int exit_code = -1;
};

// stdout goes to `stdout_path` (default /dev/null); stdin comes from `stdin_path` if given.
inline RunResult run_child(const std::vector<std::string>& argv, const std::string& stdin_path = "",
                           const std::string& stdout_path = "/dev/null") {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::fflush(nullptr);  // else the child inherits and repeats what is still buffered
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!stdin_path.empty() && !freopen(stdin_path.c_str(), "r", stdin)) _exit(126);
        if (!freopen(stdout_path.c_str(), "w", stdout)) _exit(126);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    RunResult r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

}  // namespace fd::bench
