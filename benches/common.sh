# Sourced by the bench scripts (from the repository root, after they set
# WORK): the two binaries, GNU time, a release build of both, WORK made.
BIN=target/release/nianbao
GEN=target/release/nianbao-gen
TIME=/usr/bin/time

[ -x "$TIME" ] || { echo "needs GNU time at $TIME (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet --workspace
mkdir -p "$WORK"
