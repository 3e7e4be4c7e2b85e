#!/usr/bin/env bash
# The 1 -> 2 thread speedup of `nianbao ingest` on 3,000 generated reports
# (target: 1.9x on the project's 2-core machines).
#
#   benches/threads.sh                  # 3,000 reports, 5 rounds
#   N=1000 RUNS=3 benches/threads.sh    # quicker
#
# Settings (environment): N (reports, default 3000), RUNS (rounds, default
# 5), MIX (nianbao-gen --mix, default bench), FLAGS (extra ingest flags).
#
# Each round runs `nianbao ingest -q -j 1` and `-j 2` on the same folder,
# in an order that alternates between rounds; the medians of the wall
# times and their ratio are printed. Run it on a quiet machine: another
# build on the cores makes -j 2 look worse than it is.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-3000}
RUNS=${RUNS:-5}
MIX=${MIX:-bench}
FLAGS=${FLAGS:-}
WORK=target/threads
# shellcheck source=benches/common.sh
. benches/common.sh
CORPUS=$WORK/corpus-$MIX-$N
[ -d "$CORPUS" ] || "$GEN" -n "$N" --seed 1 --mix "$MIX" "$CORPUS" 2>/dev/null
echo "corpus: $CORPUS: $(find "$CORPUS" -type f | wc -l) files, $(du -sm --apparent-size "$CORPUS" | cut -f1) MB"

: >"$WORK/times"
for round in $(seq 1 "$RUNS"); do
    order="1 2"
    if [ $((round % 2)) = 0 ]; then order="2 1"; fi
    for j in $order; do
        # shellcheck disable=SC2086
        "$TIME" -f "j$j %e %U %S" -o "$WORK/one" "$BIN" ingest -q -j "$j" $FLAGS "$CORPUS" -o "$WORK/out.jsonl" >/dev/null 2>"$WORK/stderr"
        tee -a "$WORK/times" <"$WORK/one"
    done
done

python3 - "$WORK/times" <<'PY'
import statistics, sys
by, cpu = {}, {}
for l in open(sys.argv[1]):
    if l.strip():
        name, wall, user, sys_ = l.split()
        by.setdefault(name, []).append(float(wall))
        cpu.setdefault(name, []).append(float(user) + float(sys_))
m1, m2 = statistics.median(by["j1"]), statistics.median(by["j2"])
c1, c2 = statistics.median(cpu["j1"]), statistics.median(cpu["j2"])
print(f"\n-j 1: median {m1:.2f} s   -j 2: median {m2:.2f} s   ({len(by['j1'])} runs each)")
# A -j 2 run that kept far fewer than two cores busy was starved by other
# processes: its ratio says nothing about nianbao.
print(f"CPU seconds: -j 1 {c1:.2f}, -j 2 {c2:.2f}; cores busy at -j 2: {c2 / m2:.2f}")
print(f"1 -> 2 threads: {m1 / m2:.2f}x")
PY
