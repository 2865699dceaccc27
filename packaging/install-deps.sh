#!/usr/bin/env bash
# Installs the Debian 12 packages FraudDesk needs to build, run and test.
# Idempotent: when every package is already installed it returns at once
# without touching apt. The package list lives here and nowhere else.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config file clang
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libqt6sql6-sqlite libsqlite3-dev sqlite3 libgl1-mesa-dev
  nlohmann-json3-dev libsimdjson-dev libeigen3-dev libxgboost-dev xgboost librdkafka-dev
  libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth
  dpkg-dev desktop-file-utils appstream  # cpack -G DEB and the packaging tests
  qt6-translations-l10n                  # Qt's own buttons and dialogs in the chosen language
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
