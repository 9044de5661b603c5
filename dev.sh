#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command to run Kotona, one to test it, on a fresh Debian 12:
#   ./dev.sh run    install missing packages, build, open the app on the bundled pack
#   ./dev.sh test   install missing packages, build, run every test (ctest)
# KOTONA_PRESET chooses the CMake preset (default: dev). Extra arguments after
# `run` go to the app, after `test` to ctest (e.g. ./dev.sh test -R topics).
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  sed -n '3,7p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

# Run a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

packages() {
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' packaging/debian-packages.txt | grep -v '^$'
}

install_missing_packages() {
  local missing=()
  for p in $(packages); do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configure (first time only) and build; quiet on success, the full log on failure.
build() {
  local preset=$1 log="build/$1.log"
  mkdir -p build
  : >"$log"
  if [ ! -f "build/$preset/build.ninja" ]; then
    echo "dev.sh: configuring and building (preset $preset); the first build takes a few minutes"
    cmake --preset "$preset" >>"$log" 2>&1 || { cat "$log"; echo "dev.sh: configure failed"; exit 1; }
  fi
  cmake --build --preset "$preset" >>"$log" 2>&1 || { cat "$log"; echo "dev.sh: build failed (log: $log)"; exit 1; }
}

cmd=${1:-}
[ -n "$cmd" ] || usage
shift
preset=${KOTONA_PRESET:-dev}

case "$cmd" in
  run)
    install_missing_packages
    build "$preset"
    exec "build/$preset/app/kotona" "$@"
    ;;
  test)
    install_missing_packages
    build "$preset"
    ctest --preset "$preset" --no-tests=error -j2 "$@"
    ;;
  *) usage ;;
esac
