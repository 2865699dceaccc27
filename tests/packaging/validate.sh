#!/usr/bin/env bash
# Validates the desktop integration files with the freedesktop tools.
#   validate.sh desktop FILE
#   validate.sh metainfo FILE VERSION   (also: the newest release is VERSION)
# Exit 77 (ctest: skipped) only when the validator is not installed.
set -euo pipefail

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "SKIPPED: $1 is not installed (Debian: $2; packaging/install-deps.sh installs it)"
    exit 77
  fi
}

case "$1" in
  desktop)
    need desktop-file-validate desktop-file-utils
    # It prints hints and errors alike and only errors change the exit code: accept neither.
    out=$(desktop-file-validate "$2" 2>&1) || { echo "$out"; exit 1; }
    if [ -n "$out" ]; then echo "$2: desktop-file-validate is not silent:"; echo "$out"; exit 1; fi
    echo "$2: valid"
    ;;
  metainfo)
    need appstreamcli appstream
    out=$(appstreamcli validate --no-net --no-color "$2" 2>&1) || { echo "$out"; exit 1; }
    echo "$out"
    if grep -qE '^[EW]: ' <<<"$out"; then echo "$2: errors or warnings above"; exit 1; fi
    # Releases are listed newest first; a version bump needs its release entry.
    newest=$(grep -o '<release [^>]*version="[^"]*"' "$2" | head -n 1 | sed 's/.*version="\([^"]*\)"/\1/')
    if [ "$newest" != "$3" ]; then
      echo "$2: newest <release> is '${newest}', the project version is '$3': add a <release version=\"$3\" date=\"YYYY-MM-DD\"> entry"
      exit 1
    fi
    ;;
  *)
    echo "usage: validate.sh desktop FILE | metainfo FILE VERSION" >&2
    exit 2
    ;;
esac
