#!/usr/bin/env bash
# Benchmarks svc on generated centres of realistic shape (every record kind, CAPAs linked to
# their complaints, second rounds, reminders, leave, incidents, dispatches, conduct records)
# against the floor (walk + read + TOML parse of the same files) and the tools a centre
# would otherwise use. Prints a Markdown table; BENCHMARKS.md holds one run of it.
#
#   cargo build --release && examples/bench.sh 10000 100000
#
# Each svc figure is the median of 3 runs, warm cache; the peers, much slower, run once
# (taplo and check-jsonschema only up to 20,000 records). Peers are timed when installed:
# taplo (npm i -g @taplo/cli), check-jsonschema (pip install check-jsonschema); Python's
# tomllib is in the standard library. Set HISTORY=10000 to give `complaint new` a git
# history of that many commits.
set -euo pipefail
cd "$(dirname "$0")/.."
SVC=${SVC:-$PWD/target/release/svc}
[ -x "$SVC" ] || { echo "build first: cargo build --release" >&2; exit 1; }
DAY=2026-11-27
HISTORY=${HISTORY:-10000}

# Median wall time in seconds of a command run 3 times (stdout discarded).
median() {
  local times=()
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

# Peak memory in MB of one run.
peak() {
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'
}

ratio() { echo "scale=2; $1 / $2" | bc; }

# A git history of N commits on top of the generated tree, made with fast-import.
history() {
  local dir=$1 n=$2
  (cd "$dir" && git init -q -b main && git add -A && git -c user.name=bench -c user.email=b@x commit -qm centre)
  local head
  head=$(cd "$dir" && git rev-parse HEAD)
  {
    for i in $(seq 1 "$n"); do
      printf 'commit refs/heads/main\ncommitter bench <b@x> %d +0000\ndata 4\nstep\n' $((1700000000 + i))
      [ "$i" = 1 ] && printf 'from %s\n' "$head"
      printf 'M 644 inline notes/n%d.txt\ndata 2\n%d\n\n' $((i % 500)) $((i % 10))
    done
  } | (cd "$dir" && git fast-import --quiet) && (cd "$dir" && git reset -q --hard main)
}

py_read() {
  python3 - "$1" <<'PY'
import sys, tomllib, pathlib
n = 0
for p in pathlib.Path(sys.argv[1], "records").rglob("*.toml"):
    with open(p, "rb") as f:
        tomllib.load(f)
    n += 1
PY
}

echo "| records | files | floor | check | peak MB | stats yearly | complaint list | capa list --overdue | show | complaint new (commit / --no-commit) | python tomllib | taplo lint (complaints) | check-jsonschema (complaints) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in "$@"; do
  dir=/tmp/svc-bench-$n
  if [ ! -d "$dir" ]; then
    "$SVC" generate "$dir" --records "$n" >/dev/null 2>&1
    [ "$HISTORY" -gt 0 ] && history "$dir" "$HISTORY"
  fi
  files=$(find "$dir/records" -name '*.toml' | wc -l)
  floor=$(median "$SVC" floor "$dir")
  check=$(median "$SVC" --repo "$dir" --date $DAY check)
  mem=$(peak "$SVC" --repo "$dir" --date $DAY check)
  stats=$(median "$SVC" --repo "$dir" --date $DAY stats yearly --year 2026 --format csv)
  list=$(median "$SVC" --repo "$dir" --date $DAY complaint list --format csv)
  overdue=$(median "$SVC" --repo "$dir" --date $DAY capa list --overdue --format csv)
  show=$(median "$SVC" --repo "$dir" --date $DAY complaint show CMP-2026-0001)
  # New complaints, each a commit, as a clerk's day goes (the history only grows).
  new=$(median "$SVC" --repo "$dir" --date $DAY --as S11 complaint new --channel box --room R1 --summary bench)
  once() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    echo "$end - $start" | bc
  }
  py=$(once py_read "$dir")
  taplo="-"; cjs="-"
  if command -v taplo >/dev/null && [ "$n" -le 20000 ]; then
    taplo=$(printf '%.3f s' "$(once bash -c "cd '$dir' && taplo lint --no-auto-config --schema file://$PWD/schemas/complaint.schema.json 'records/complaints/**/*.toml'")")
  fi
  if command -v check-jsonschema >/dev/null && [ "$n" -le 20000 ]; then
    cjs=$(printf '%.3f s' "$(once bash -c "cd '$dir' && check-jsonschema --schemafile '$PWD/schemas/complaint.schema.json' records/complaints/*/*.toml")")
  fi
  new_plain=$(median "$SVC" --repo "$dir" --date $DAY --as S11 --no-commit complaint new --channel box --room R1 --summary bench)
  (cd "$dir" && git clean -qfd records 2>/dev/null || true)
  s() { printf '%.3f s' "$1"; }
  echo "| $n | $files | $(s "$floor") | $(s "$check") ($(ratio "$check" "$floor")×) | $mem | $(s "$stats") ($(ratio "$stats" "$floor")×) | $(s "$list") | $(s "$overdue") | $(s "$show") | $(s "$new") / $(s "$new_plain") | $(s "$py") | ${taplo} | ${cjs} |"
done
