#!/usr/bin/env bash
# The Debian package, built and checked the way a user gets it.
#   deb.sh build BUILD_DIR OUT_DIR CMAKE CPACK
#       brings the installed targets up to date (a no-op after a full build) and runs
#       cpack -G DEB into a fresh OUT_DIR, so a package left from an earlier run never counts.
#   deb.sh check OUT_DIR VERSION APP_ID PLUGIN...
#       unpacks the package with dpkg -x and checks that both programs start from it and
#       report VERSION, the desktop file, metainfo and icons are where desktops look and agree
#       on APP_ID, and Depends names the packages owning the runtime PLUGIN files.
# Exit 77 (ctest: skipped) only when the Debian tools are not installed.
set -euo pipefail

for tool in dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed (Debian: dpkg-dev; packaging/install-deps.sh installs it)"
    exit 77
  fi
done

fail() { echo "FAIL: $*"; exit 1; }

case "$1" in
  build)
    build=$2 out=$3 cmake=$4 cpack=$5
    rm -rf "$out"
    "$cmake" --build "$build" --target frauddesk frauddesk-cli fd_icons
    start=$(date +%s%N)
    (cd "$build" && "$cpack" -G DEB -B "$out" --config "$build/CPackConfig.cmake")
    echo "cpack took $((($(date +%s%N) - start) / 1000000)) ms"
    ls -l "$out"/*.deb
    ;;
  check)
    out=$2 version=$3 id=$4
    shift 4
    arch=$(dpkg --print-architecture)
    deb="$out/frauddesk_${version}_${arch}.deb"
    [ -f "$deb" ] || fail "no $deb; found: $(ls "$out" 2>/dev/null | tr '\n' ' ')"
    root="$out/root"
    rm -rf "$root"
    dpkg-deb -x "$deb" "$root"

    # Both programs run from the unpacked tree against the system's Qt (no build RPATH).
    cli=$("$root/usr/bin/frauddesk-cli" --version)
    [ "$cli" = "frauddesk-cli $version" ] || fail "frauddesk-cli --version printed '$cli'"
    # The app answers --version without a display (as on a server or in a package check).
    app=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/frauddesk" --version)
    [ "$app" = "FraudDesk $version" ] || fail "frauddesk --version printed '$app'"
    echo "versions: '$cli', '$app'"

    share="$root/usr/share"
    desktop="$share/applications/$id.desktop"
    metainfo="$share/metainfo/$id.metainfo.xml"
    for f in "$desktop" "$metainfo" "$share/icons/hicolor/scalable/apps/$id.svg"; do
      [ -f "$f" ] || fail "missing ${f#"$root"}"
    done
    for size in 16 22 24 32 48 64 128 256 512; do
      png="$share/icons/hicolor/${size}x${size}/apps/$id.png"
      [ -f "$png" ] || fail "missing ${png#"$root"}"
      file "$png" | grep -q "PNG image data, $size x $size," ||
        fail "${png#"$root"} is not a ${size}x${size} PNG: $(file -b "$png")"
    done
    # The desktop file, metainfo and icon name each other: a mismatch loses the icon or the
    # software-centre entry without any tool complaining.
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ "$icon" = "$id" ] || fail "desktop file Icon=$icon, expected $id"
    exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$root/usr/bin/$exec_bin" ] || fail "desktop file Exec=$exec_bin is not in /usr/bin"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
      fail "metainfo launchable is not $id.desktop"
    for bin in $(sed -n 's/.*<binary>\(.*\)<\/binary>.*/\1/p' "$metainfo"); do
      [ -x "$root/usr/bin/$bin" ] || fail "metainfo provides binary $bin, not in /usr/bin"
    done

    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    has_dep() { grep -qE "(^|, )$1( |,|$)" <<<"$depends"; }
    # Linked libraries come from dpkg-shlibdeps ...
    for pkg in libqt6widgets6 libsqlite3-0; do
      has_dep "$pkg" || fail "Depends lacks $pkg: dpkg-shlibdeps did not run?"
    done
    # ... the packages the packaging brief names ...
    for pkg in qt6-qpa-plugins libqt6sql6-sqlite; do
      has_dep "$pkg" || fail "Depends lacks $pkg (cmake/Packaging.cmake names it)"
    done
    # ... plugins Qt loads at run time must be named explicitly.
    for plugin in "$@"; do
      owner=$(dpkg-query -S "$plugin" | head -n 1 | cut -d: -f1)
      has_dep "$owner" || fail "Depends lacks $owner, which provides $plugin"
    done
    echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, $(dpkg-deb -c "$deb" | wc -l) entries"
    ;;
  *)
    echo "usage: deb.sh build BUILD OUT CMAKE CPACK | check OUT VERSION APP_ID PLUGIN..." >&2
    exit 2
    ;;
esac
