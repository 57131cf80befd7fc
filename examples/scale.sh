#!/usr/bin/env bash
# Times svc on a repository of N complaint forms (default 100,000) — a benchmark, not a
# test: run it by hand on the machine you care about.
#
#   cargo build --release && examples/scale.sh 100000
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SVC=$(pwd)/target/release/svc
[ -x "$SVC" ] || { echo "build first: cargo build --release" >&2; exit 1; }
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
cp svc.toml "$repo/"
mkdir -p "$repo/records/complaints/2026"
template=$(cat records/complaints/2026/CMP-2026-0004.toml)   # an explained complaint: no links
for i in $(seq 1 "$N"); do
  id=$(printf 'CMP-2026-%04d' "$i")
  printf '%s\n' "${template//CMP-2026-0004/$id}" > "$repo/records/complaints/2026/$id.toml"
done
echo "$N complaint forms in $repo"
cd "$repo"
export SVC_TODAY=2026-11-27
t() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); awk -v s="$start" -v e="$end" -v c="$*" 'BEGIN { printf "%-60s %6.2f s\n", c, e - s }'; }
t "$SVC" check
t "$SVC" complaint list --format csv
t "$SVC" complaint list
t "$SVC" stats yearly --year 2026 --format csv
t "$SVC" --as S02 complaint new --channel box --room R1 --summary x
t "$SVC" complaint show CMP-2026-0001
