#!/usr/bin/env bash
# nianbao against the pandas peer (benches/peer_pandas.py), end to end, on
# the same generated corpus and the same cores, alternating the commands.
#
#   benches/compare.sh                    # 10,000+ files, 5 rounds
#   FILES=2000 RUNS=3 benches/compare.sh  # quicker
#   MEM=1 benches/compare.sh              # also the 100,000-file memory test
#
# Settings (environment): FILES (minimum number of files, default 10000),
# RUNS (rounds, default 5), THREADS (default 2, like the peer's processes),
# MEM (1: run the peak-memory test at 10x FILES), SKIP_PEER (1: nianbao only).
#
# Three corpora: `mixed` (the generated corpus), `html` (its HTML pages)
# and `text` (its text files: .txt, .tsv, .csv, .md), the last two hard
# links into the first. Each round runs, on each corpus: the peer with
# THREADS processes, nianbao -j THREADS, nianbao -j 1, in an order that
# alternates between rounds. Reported per corpus: the median wall time of
# each, the peer/nianbao ratio, the 1 -> THREADS speedup, CPU seconds
# (user+sys) and peak RSS (`/usr/bin/time`). The machine may be shared:
# compare medians from the same run, not seconds from different runs.
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${FILES:-10000}
RUNS=${RUNS:-5}
THREADS=${THREADS:-2}
MEM=${MEM:-0}
SKIP_PEER=${SKIP_PEER:-0}
WORK=target/compare
# shellcheck source=benches/common.sh
. benches/common.sh

# The corpus: parts of 1,000 generated reports (seeds 1, 2, ...) until there
# are FILES files; each part is one `nianbao-gen` run (tests/gen).
gen_corpus() { # DIR MIN_FILES
    local dir=$1 want=$2 seed=1
    mkdir -p "$dir"
    while [ "$(find "$dir" -type f | wc -l)" -lt "$want" ]; do
        [ -d "$dir/part$seed" ] || "$GEN" -n 1000 --seed "$seed" --mix bench "$dir/part$seed" 2>/dev/null
        seed=$((seed + 1))
    done
}
CORPUS=$WORK/corpus-$FILES
gen_corpus "$CORPUS" "$FILES"
NFILES=$(find "$CORPUS" -type f | wc -l)
# The HTML-only and text-only corpora: hard links to the mixed one's files.
split_corpus() { # DIR KIND(html|text)
    local dir=$1 kind=$2
    [ -d "$dir" ] && return
    mkdir -p "$dir"
    (cd "$CORPUS" && find . -type f) | while read -r f; do
        case "$f" in *.html | *.htm) k=html ;; *) k=text ;; esac
        [ "$k" = "$kind" ] || continue
        mkdir -p "$dir/$(dirname "$f")"
        ln "$CORPUS/$f" "$dir/$f"
    done
}
split_corpus "$CORPUS-html" html
split_corpus "$CORPUS-text" text
declare -A DIRS=([mixed]=$CORPUS [html]=$CORPUS-html [text]=$CORPUS-text)
declare -A SIZES
for k in mixed html text; do
    SIZES[$k]=$(du -sk --apparent-size "${DIRS[$k]}" | awk '{printf "%.1f", $1 / 1024}')
    echo "corpus $k: ${DIRS[$k]}: $(find "${DIRS[$k]}" -type f | wc -l) files, ${SIZES[$k]} MB (Mix::bench)"
done
MB=${SIZES[mixed]}

# The peer, in a venv under target/.
PEER_PY=target/peer/bin/python
if [ "$SKIP_PEER" != 1 ] && ! "$PEER_PY" -c 'import pandas, lxml, charset_normalizer' 2>/dev/null; then
    python3 -m venv target/peer
    target/peer/bin/pip install --quiet pandas lxml charset-normalizer
fi

# run CORPUS NAME CMD...: appends "CORPUS NAME wall cpu rss_kb" to
# $WORK/times. The wall time is taken to the microsecond around the
# command (`time`'s own %e has 10 ms steps: a fifth of the text corpus's
# run); CPU and peak RSS come from `time`.
run() {
    local corpus=$1 name=$2 t0 t1
    shift 2
    t0=$(date +%s%N)
    "$TIME" -f "$name %e %U %S %M" -o "$WORK/one" "$@" >/dev/null 2>"$WORK/stderr" || {
        cat "$WORK/stderr" >&2
        exit 1
    }
    t1=$(date +%s%N)
    awk -v c="$corpus" -v us=$(((t1 - t0) / 1000)) \
        '{printf "%s %s %.3f %.2f %d\n", c, $1, us / 1e6, $3 + $4, $5}' "$WORK/one" | tee -a "$WORK/times"
}

: >"$WORK/times"
for round in $(seq 1 "$RUNS"); do
    echo "round $round/$RUNS"
    cmds=(peer nb_j$THREADS nb_j1)
    if [ $((round % 2)) = 0 ]; then cmds=(nb_j1 nb_j$THREADS peer); fi
    for k in mixed html text; do
        dir=${DIRS[$k]}
        for c in "${cmds[@]}"; do
            case $c in
                peer) [ "$SKIP_PEER" = 1 ] || run "$k" peer "$PEER_PY" benches/peer_pandas.py "$dir" "$WORK/peer.jsonl" "$THREADS" ;;
                nb_j1) run "$k" nb_j1 "$BIN" ingest -q -j 1 "$dir" -o "$WORK/nb.jsonl" ;;
                *) run "$k" "$c" "$BIN" ingest -q -j "$THREADS" "$dir" -o "$WORK/nb.jsonl" ;;
            esac
        done
    done
done

python3 - "$WORK/times" "$THREADS" "${SIZES[mixed]}" "${SIZES[html]}" "${SIZES[text]}" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
threads = sys.argv[2]
mb = dict(zip(["mixed", "html", "text"], map(float, sys.argv[3:6])))
by = {}
for corpus, name, wall, cpu, rss in rows:
    by.setdefault((corpus, name), []).append((float(wall), float(cpu), int(rss)))
med = {k: (statistics.median(w for w, _, _ in v), statistics.median(c for _, c, _ in v),
           max(r for _, _, r in v)) for k, v in by.items()}
print(f"\n{'corpus':<6} {'command':<8} {'median s':>9} {'MB/s':>7} {'cpu s':>7} {'max RSS MB':>11}  runs")
for (corpus, name), (w, c, r) in med.items():
    print(f"{corpus:<6} {name:<8} {w:>9.3f} {mb[corpus] / w:>7.1f} {c:>7.2f} {r / 1024:>11.1f}  {len(by[corpus, name])}")
print()
for corpus in ["html", "text", "mixed"]:
    nb = med.get((corpus, f"nb_j{threads}"))
    peer = med.get((corpus, "peer"))
    one = med.get((corpus, "nb_j1"))
    line = f"{corpus:<6}"
    if peer and nb:
        line += (f" nianbao vs peer (wall, {threads} cores): {peer[0] / nb[0]:5.1f}x"
                 f"  (by CPU seconds: {peer[1] / nb[1]:5.1f}x)")
    if one and nb:
        line += f"   -j 1 -> -j {threads}: {one[0] / nb[0]:.2f}x"
    print(line)
EOF

if [ "$MEM" = 1 ]; then
    # Peak memory at 10x the files: the corpus hard-linked ten times (no
    # extra disk; the paths differ, so these are 10x the documents and every
    # file is a corpus duplicate of nine others: the worst case for the
    # corpus index).
    BIG=$WORK/mem-$((NFILES * 10))
    if [ ! -d "$BIG" ]; then
        for k in $(seq 0 9); do mkdir -p "$BIG/copy$k" && cp -al "$CORPUS/." "$BIG/copy$k/"; done
    fi
    echo
    echo "memory: $BIG ($(find "$BIG" -type f | wc -l) files) vs $CORPUS ($NFILES files)"
    for dir in "$CORPUS" "$BIG"; do
        for flag in --no-corpus-checks ""; do
            "$TIME" -f "%M" -o "$WORK/one" "$BIN" ingest -q -j "$THREADS" $flag "$dir" -o "$WORK/mem.jsonl" 2>"$WORK/stderr" >/dev/null
            printf '%-40s %-20s max RSS %6.1f MB   (%s)\n' "$dir" "${flag:-with corpus checks}" \
                "$(awk '{print $1 / 1024}' "$WORK/one")" "$(tail -1 "$WORK/stderr")"
        done
    done
fi
