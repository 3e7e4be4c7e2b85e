#!/usr/bin/env bash
# Peak memory of `nianbao ingest` against corpus size: it must stay under
# LIMIT_MB (200) and flat however many files there are.
#
#   benches/rss.sh                          # 1,000 / 10,000 / 100,000 files
#   SIZES="1000 10000" benches/rss.sh       # a quick look
#
# Settings (environment): SIZES (file counts, default "1000 10000 100000"),
# BASE (distinct generated files, default 10000: a larger size is BASE's
# folder hard-linked as many times as it takes, so every report then has
# copies: the corpus checks' worst case, and no extra disk), THREADS
# (default 2), LIMIT_MB (default 200), MIX (nianbao-gen --mix, default
# bench).
#
# Each size runs `nianbao ingest -q -j THREADS DIR -o OUT` with and without
# `--no-corpus-checks` under `/usr/bin/time -v`; the table shows peak RSS,
# wall time and the records written (one per file, checked). Exit status 1
# when a run goes over LIMIT_MB.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000 100000"}
BASE=${BASE:-10000}
THREADS=${THREADS:-2}
LIMIT_MB=${LIMIT_MB:-200}
MIX=${MIX:-bench}
WORK=target/rss
# shellcheck source=benches/common.sh
. benches/common.sh

files() { find "$1" -type f | wc -l; }

# gen DIR N: N generated reports (N <= BASE) in parts of 1,000 (seeds 1,
# 2, ...), each part one nianbao-gen run.
gen() {
    local dir=$1 want=$2 seed=1
    mkdir -p "$dir"
    while [ "$(files "$dir")" -lt "$want" ]; do
        local left=$((want - $(files "$dir")))
        local n=$((left < 1000 ? left : 1000))
        [ -d "$dir/part$seed" ] || "$GEN" -n "$n" --seed "$seed" --mix "$MIX" "$dir/part$seed" 2>/dev/null
        seed=$((seed + 1))
    done
}

# corpus N: the folder of an N-file corpus (made on first use).
corpus() {
    local n=$1
    if [ "$n" -le "$BASE" ]; then
        local dir=$WORK/corpus-$n
        gen "$dir" "$n"
        echo "$dir"
        return
    fi
    local base=$WORK/corpus-$BASE dir=$WORK/linked-$n
    gen "$base" "$BASE"
    if [ ! -d "$dir" ]; then
        local k=0
        while [ $((k * BASE)) -lt "$n" ]; do
            mkdir -p "$dir/copy$k"
            cp -al "$base/." "$dir/copy$k/"
            k=$((k + 1))
        done
    fi
    echo "$dir"
}

: >"$WORK/rows"
for n in $SIZES; do
    dir=$(corpus "$n")
    nfiles=$(files "$dir")
    mb=$(du -sm --apparent-size -l "$dir" | cut -f1)
    for flag in "" --no-corpus-checks; do
        "$TIME" -v -o "$WORK/time" "$BIN" ingest -q -j "$THREADS" $flag "$dir" -o "$WORK/out.jsonl" \
            2>"$WORK/stderr" >/dev/null || { cat "$WORK/stderr" >&2; exit 1; }
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time")
        lines=$(wc -l <"$WORK/out.jsonl")
        [ "$lines" -eq "$nfiles" ] || { echo "$dir: $lines records for $nfiles files" >&2; exit 1; }
        echo "$nfiles $mb ${flag:-with} $rss $wall $lines" | tee -a "$WORK/rows" >&2
    done
done
rm -f "$WORK/out.jsonl"

python3 - "$WORK/rows" "$LIMIT_MB" "$THREADS" <<'EOF'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
limit, threads = float(sys.argv[2]), sys.argv[3]
print(f"\nnianbao ingest -j {threads}: peak RSS by corpus size (limit {limit:.0f} MiB)\n")
print(f"{'files':>8} {'MB':>6}  {'corpus checks':<14} {'peak RSS MiB':>12} {'wall':>9} {'records':>8}")
over = False
by_flag = {}
for files, mb, flag, rss_kb, wall, lines in rows:
    rss = int(rss_kb) / 1024
    over |= rss > limit
    by_flag.setdefault(flag, []).append((int(files), rss))
    name = "on" if flag == "with" else "off"
    print(f"{int(files):>8} {int(mb):>6}  {name:<14} {rss:>12.1f} {wall:>9} {int(lines):>8}")
print()
for flag, v in by_flag.items():
    v.sort()
    if len(v) > 1:
        (f0, r0), (f1, r1) = v[0], v[-1]
        name = "with corpus checks" if flag == "with" else "--no-corpus-checks"
        print(f"{name}: {f1 // f0}x the files, {r1 / r0:.2f}x the peak RSS")
print("over the limit" if over else f"all under {limit:.0f} MiB")
sys.exit(1 if over else 0)
EOF
