#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up benchmark: runs `kotona --bench-startup` N times (default 10) in one
# Xvfb server and prints each time and the median, in milliseconds from main()
# to the first rendered frame.   Usage: tests/bench/startup.sh [build-dir] [N]
set -euo pipefail
build=${1:-build/release}
n=${2:-10}
app="$build/app/kotona/kotona"
[ -x "$app" ] || { echo "no $app: build the preset first (cmake --build --preset release)"; exit 2; }
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  app=$1; n=$2; times=()
  for i in $(seq "$n"); do times+=("$("$app" --bench-startup --lang en 2>/dev/null | tail -n1)"); done
  printf "runs: %s\n" "${times[*]}"
  printf "%s\n" "${times[@]}" | sort -n | awk "{a[NR]=\$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; print \"median_ms: \" m}"
' _ "$app" "$n"
