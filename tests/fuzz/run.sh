#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS (default 60) on a scratch copy of its corpus, seeded from data/.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     targets: frontmatter openinghours minisign syncmeta
# Exits non-zero when a target finds a crash, a leak or a hang (-timeout=10).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}; shift || true
targets=("${@:-frontmatter openinghours minisign syncmeta}")
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
done
if [ -n "${missing[*]:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq "${missing[@]}" >/dev/null; else sudo apt-get install -y -qq "${missing[@]}" >/dev/null; fi
fi
out=build/fuzz; mkdir -p "$out"
flags=(-std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -Icore -Ibuild/fuzz/include)
mkdir -p build/fuzz/include/kotona
sed 's/@PROJECT_VERSION@/fuzz/' core/version.h.in > build/fuzz/include/kotona/version.h
qt=$(pkg-config --cflags --libs Qt6Core)
for t in ${targets[*]}; do
  case $t in
    frontmatter)
      srcs=(tests/fuzz/fuzz_frontmatter.cpp core/pack/sourcefile.cpp core/pack/markdown.cpp)
      libs=(-lyaml-cpp -lmd4c)
      corpus_seed=$(find data -name '*.md' | head -200) ;;
    openinghours)
      srcs=(tests/fuzz/fuzz_openinghours.cpp core/services/openinghours.cpp core/services/openstatus.cpp
            core/services/finnishholidays.cpp)
      libs=()
      corpus_seed=$(find tests/fuzz/corpus/openinghours -type f) ;;
    minisign)
      srcs=(tests/fuzz/fuzz_minisign.cpp core/sync/minisign.cpp)
      libs=($(pkg-config --libs libsodium))
      corpus_seed=$(find tests/fuzz/corpus/minisign -type f) ;;
    syncmeta)
      srcs=(tests/fuzz/fuzz_syncmeta.cpp core/sync/metadata.cpp core/sync/batch.cpp core/sync/minisign.cpp
            core/sync/syncerror.cpp core/content/packschema.cpp core/content/sqlite.cpp)
      libs=($(pkg-config --libs libsodium libzstd sqlite3))
      corpus_seed=$(find tests/fuzz/corpus/syncmeta -type f) ;;
    *) echo "unknown target $t"; exit 2 ;;
  esac
  echo "fuzz: building $t"
  clang++ "${flags[@]}" "${srcs[@]}" $qt "${libs[@]}" -o "$out/fuzz_$t"
  corpus="$out/corpus-$t"; mkdir -p "$corpus"
  for f in $corpus_seed; do cp "$f" "$corpus/$(echo "$f" | tr '/' '_')"; done
  echo "fuzz: running $t for ${seconds}s"
  "$out/fuzz_$t" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
done
