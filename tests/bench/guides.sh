#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Opening guides: `kotona --bench-guides N` (default 50) in Xvfb; prints one JSON
# line with the median and p95 ms from request to rendered page and the resident
# memory afterwards (targets: <= 50 ms, <= 120 MiB).   Usage: tests/bench/guides.sh [build-dir] [N]
set -euo pipefail
build=${1:-build/release}
n=${2:-50}
app="$build/app/kotona/kotona"
[ -x "$app" ] || { echo "no $app: build the preset first (cmake --build --preset release)"; exit 2; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" "$app" --bench-guides "$n" --page home --lang en --data-dir "$data" 2>/dev/null
