#!/usr/bin/env bash
# Rebuilds the README screenshots from the real app, offscreen (no display needed):
#   tools/make_screenshots.sh [seconds of live demo, default 40] [only these: monitor review_metrics ...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FD_BUILD_DIR:-build}
cmake --build "$build" --target fd_screenshots
"$build/tools/fd_screenshots" docs/screenshots "${1:-40}" "${@:2}"
# The main views again in the dark theme.
FD_SCREENSHOT_THEME=dark "$build/tools/fd_screenshots" docs/screenshots/dark "${1:-40}" \
    monitor transactions review models
