#!/usr/bin/env bash
# Coverage-guided fuzzing of decode + parse + extract + validate with
# libFuzzer, on the stable toolchain (no cargo-fuzz, no nightly): the
# SanitizerCoverage pass is a stable `-C passes` flag and libfuzzer-sys
# builds libFuzzer with the system C++ compiler. No ASan (that needs
# nightly's -Zsanitizer); Rust's own bounds and overflow checks do the
# catching, with debug assertions on.
#
#   tests/fuzz/run.sh [SECONDS] [extra libFuzzer flags]
#
# Crashes land in tests/fuzz/artifacts/; the corpus grows in
# tests/fuzz/corpus/ (seeded with the fixtures).
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-300}"
shift || true
host="$(rustc -vV | sed -n 's/^host: //p')"
export RUSTFLAGS="-Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
cargo build --release --target "$host" --bin decode_parse
mkdir -p corpus artifacts
if [ -z "$(ls -A corpus)" ]; then
  i=0
  for f in ../../fixtures/*/*; do
    case "$f" in *.json) continue ;; esac
    i=$((i + 1))
    # First byte: the file-name selector the target reads.
    { printf '\x00'; cat "$f"; } > "corpus/seed-$i"
  done
fi
"target/$host/release/decode_parse" corpus -artifact_prefix=artifacts/ \
  -max_total_time="$secs" -max_len=262144 -timeout=10 -rss_limit_mb=2048 "$@"
