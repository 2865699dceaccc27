#!/usr/bin/env bash
# FraudDesk quick start.
#   ./build.sh run    install what is missing, build, start the app
#   ./build.sh test   install what is missing, build, run every test
#   ./build.sh asan   the libraries and tests under AddressSanitizer + UBSan (build-asan/)
#   ./build.sh tsan   the threading tests under ThreadSanitizer (build-tsan/)
# Each is idempotent; a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-run}
shift || true
build_dir=${FD_BUILD_DIR:-build}
cmake_args=()
case "$mode" in
  asan) build_dir=${FD_BUILD_DIR:-build-asan}; cmake_args+=(-DFD_SANITIZE=address,undefined) ;;
  tsan) build_dir=${FD_BUILD_DIR:-build-tsan}; cmake_args+=(-DFD_SANITIZE=thread) ;;
esac

bash packaging/install-deps.sh

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
[ "${CI:-}" = "true" ] && cmake_args+=(-DFD_WERROR=ON)
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${cmake_args[@]}"
elif [ ${#cmake_args[@]} -gt 0 ]; then
  cmake -S . -B "$build_dir" "${cmake_args[@]}" >/dev/null
fi
jobs=$(nproc 2>/dev/null || echo 2)

case "$mode" in
  run)
    cmake --build "$build_dir" --parallel "$jobs" --target frauddesk frauddesk-cli
    exec "$build_dir/src/app/frauddesk" "$@"
    ;;
  test|asan)
    cmake --build "$build_dir" --parallel "$jobs"
    QT_QPA_PLATFORM=offscreen LSAN_OPTIONS="suppressions=$PWD/cmake/lsan.supp" \
      ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" "$@"
    ;;
  tsan)
    cmake --build "$build_dir" --parallel "$jobs" --target test_file_importer test_pipeline test_pipeline_stages test_import_job test_socket_sources test_file_source test_folder_source test_sim_source frauddesk-cli
    QT_QPA_PLATFORM=offscreen TSAN_OPTIONS="halt_on_error=1 suppressions=$PWD/cmake/tsan.supp" \
      ctest --test-dir "$build_dir" \
      --output-on-failure -L threads "$@"
    ;;
  *)
    echo "usage: ./build.sh run|test|asan|tsan" >&2
    exit 2
    ;;
esac
