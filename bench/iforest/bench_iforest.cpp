// Isolation Forest against scikit-learn, side by side in one run: ROC AUC averaged over ten
// seeds on offline data sets (sklearn's bundled ones and a synthetic one), and single-thread
// scoring speed on 200,000 x 20 rows. Needs /usr/bin/python3 with python3-sklearn.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/iforest/isolation_forest.h"
#include "core/metrics/metrics.h"

namespace {

std::string run(const std::string& command) {
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return output;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
    ::pclose(pipe);
    return output;
}

// Rows of numbers, the label last.
void read_csv(const std::string& path, fd::FeatureMatrix& x, std::vector<std::uint8_t>& y) {
    std::ifstream in(path);
    std::string line;
    std::vector<double> values;
    while (std::getline(in, line)) {
        values.clear();
        std::stringstream fields(line);
        for (std::string field; std::getline(fields, field, ',');)
            values.push_back(std::stod(field));
        if (x.cols == 0) x.cols = values.size() - 1;
        std::vector<float> row(values.begin(), values.end() - 1);
        x.append_row(row.data());
        y.push_back(values.back() > 0.5);
    }
}

}  // namespace

int main() {
    const auto dir =
        std::filesystem::temp_directory_path() / ("fd-bench-iforest-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string script = std::string(FD_SOURCE_DIR) + "/bench/iforest/sklearn_iforest.py";
    const auto output = run("/usr/bin/python3 " + script + " " + dir.string());
    nlohmann::json sklearn;
    try {
        sklearn = nlohmann::json::parse(output.substr(output.find('{')));
    } catch (const std::exception&) {
        std::cerr << "bench_iforest: the scikit-learn reference did not run (apt-get install "
                     "python3-sklearn); output was:\n"
                  << output;
        return 1;
    }
    nlohmann::json result = {{"bench", "iforest"}};
    std::printf("%-15s %12s %12s\n", "data set", "FraudDesk", "sklearn");
    double ours_sum = 0, theirs_sum = 0;
    for (const auto& [name, their_auc] : sklearn["auc"].items()) {
        fd::FeatureMatrix x;
        std::vector<std::uint8_t> y;
        read_csv((dir / (name + ".csv")).string(), x, y);
        double sum = 0;
        std::vector<double> scores(x.rows);
        for (std::uint64_t seed = 0; seed < 10; ++seed) {
            const auto forest = fd::IsolationForest::fit(x.view(), {100, 256, seed});
            forest.score(x.view(), scores.data());
            sum += fd::roc_auc(scores, y).value_or(0.0);
        }
        const double ours = sum / 10;
        std::printf("%-15s %12.4f %12.4f\n", name.c_str(), ours, their_auc.get<double>());
        result["auc"][name] = {{"frauddesk", ours}, {"sklearn", their_auc}};
        ours_sum += ours;
        theirs_sum += their_auc.get<double>();
    }
    const double n = static_cast<double>(sklearn["auc"].size());
    std::printf("%-15s %12.4f %12.4f\n", "mean", ours_sum / n, theirs_sum / n);

    const std::size_t rows = sklearn["rows"], cols = sklearn["cols"];
    fd::FeatureMatrix speed(rows, cols);
    std::ifstream raw(dir / "speed.f32", std::ios::binary);
    raw.read(reinterpret_cast<char*>(speed.values.data()),
             static_cast<std::streamsize>(rows * cols * sizeof(float)));
    const auto forest = fd::IsolationForest::fit(speed.view(), {100, 256, 0});
    std::vector<double> scores(rows);
    const auto start = std::chrono::steady_clock::now();
    forest.score(speed.view(), scores.data());
    const double ours =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double theirs = sklearn["score_seconds"];
    std::printf(
        "\nscoring %zu x %zu, one thread: FraudDesk %.3f s (%.0f rows/s), sklearn %.3f s "
        "(%.0f rows/s): %.1fx\n",
        rows, cols, ours, rows / ours, theirs, rows / theirs, theirs / ours);
    result["mean_auc"] = {{"frauddesk", ours_sum / n}, {"sklearn", theirs_sum / n}};
    result["score_rows_per_s"] = {{"frauddesk", rows / ours}, {"sklearn", rows / theirs}};
    result["speedup"] = theirs / ours;
    std::cout << result.dump() << "\n";
    std::filesystem::remove_all(dir);
    return 0;
}
