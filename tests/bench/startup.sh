#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up benchmark: in one Xvfb server, alternately runs `kotona --bench-startup`
# (the bundled pack, the home page) and the minimal Qt Quick window built in the
# same tree, N times each (default 10), and prints each time, the medians and their
# ratio (target: kotona <= 2.5 x minimal).   Usage: tests/bench/startup.sh [build-dir] [N]
set -euo pipefail
build=${1:-build/release}
n=${2:-10}
app="$build/app/kotona/kotona"
minimal="$build/tests/bench/kotona_bench_minimal"
for b in "$app" "$minimal"; do
  [ -x "$b" ] || { echo "no $b: build the preset first (cmake --build --preset release)"; exit 2; }
done
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  app=$1; minimal=$2; n=$3; data=$4
  "$app" --bench-startup --lang en --page home --data-dir "$data" >/dev/null 2>&1 # installs the pack once
  a=(); m=()
  for i in $(seq "$n"); do
    a+=("$("$app" --bench-startup --lang en --page home --data-dir "$data" 2>/dev/null | tail -n1)")
    m+=("$("$minimal" 2>/dev/null | tail -n1)")
  done
  median() { printf "%s\n" "$@" | sort -n | awk "{a[NR]=\$1} END {print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}"; }
  ma=$(median "${a[@]}"); mm=$(median "${m[@]}")
  printf "kotona runs: %s\nminimal runs: %s\n" "${a[*]}" "${m[*]}"
  printf "kotona_median_ms: %s\nminimal_median_ms: %s\nratio: %s\n" "$ma" "$mm" "$(awk "BEGIN {printf \"%.2f\", $ma/$mm}")"
' _ "$app" "$minimal" "$n" "$data"
