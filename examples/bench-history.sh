#!/usr/bin/env bash
# Benchmarks the history rules (`svc check --base ROOT`) and `complaint new` with its commit
# on a centre whose records came in through their own commits: `svc generate` writes the
# centre, then git fast-import replays it as COMMITS commits, each adding the next record
# files (a merge of a side line every tenth commit), so every blob the rules read is a real
# record. The floor is git's own cost on the same range: `git log --raw` and one
# `git cat-file --batch` of every blob it names.
#
#   cargo build --release && examples/bench-history.sh 10000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
SVC=${SVC:-$PWD/target/release/svc}
RECORDS=${1:-10000}
COMMITS=${2:-10000}
DAY=2026-11-27
dir=/tmp/svc-bench-history-$RECORDS-$COMMITS

# median(): the same timing as bench.sh's.
eval "$(sed -n '/^median() {/,/^}/p' examples/bench.sh)"

if [ ! -d "$dir" ]; then
  "$SVC" generate "$dir" --records "$RECORDS" >/dev/null 2>&1
  (
    cd "$dir"
    git init -q -b main
    mapfile -t files < <(find records -name '*.toml' | sort)
    total=${#files[@]}
    {
      printf 'commit refs/heads/main\ncommitter bench <b@x> 1700000000 +0000\ndata 6\ncentre\n'
      printf 'M 644 inline svc.toml\ndata %d\n' "$(wc -c < svc.toml)"; cat svc.toml; printf '\n'
      at=0
      side=()
      for i in $(seq 1 "$COMMITS"); do
        take=$(( (total - at) / (COMMITS - i + 1) ))
        [ "$i" = "$COMMITS" ] && take=$((total - at))
        if [ $((i % 10)) = 5 ]; then
          printf 'commit refs/heads/side\ncommitter bench <b@x> %d +0000\ndata 4\nside\nfrom refs/heads/main\n' $((1700000000 + i * 60))
        else
          printf 'commit refs/heads/main\ncommitter bench <b@x> %d +0000\ndata 4\nstep\n' $((1700000000 + i * 60))
          [ $((i % 10)) = 6 ] && printf 'merge refs/heads/side\n'
        fi
        # A merge's tree holds what both lines added: the side's files come along.
        if [ $((i % 10)) = 6 ]; then
          for f in "${side[@]}"; do
            printf 'M 644 inline %s\ndata %d\n' "$f" "$(wc -c < "$f")"; cat "$f"; printf '\n'
          done
        fi
        for f in "${files[@]:at:take}"; do
          printf 'M 644 inline %s\ndata %d\n' "$f" "$(wc -c < "$f")"; cat "$f"; printf '\n'
        done
        [ $((i % 10)) = 5 ] && side=("${files[@]:at:take}")
        at=$((at + take))
      done
    } | git fast-import --quiet
    git reset -q --hard main
  )
fi

root=$(cd "$dir" && git rev-list --max-parents=0 HEAD)
commits=$(cd "$dir" && git rev-list --count HEAD)
floor=$(median bash -c "cd $dir && git log --raw --no-abbrev -m --format=%H $root..HEAD | awk '/^:/ {print \$4}' | grep -v '^0*\$' | git cat-file --batch > /dev/null")
plain=$(median "$SVC" --repo "$dir" --date $DAY check)
history=$(median "$SVC" --repo "$dir" --date $DAY check --base "$root")
ratio=$(echo "scale=2; ($history - $plain) / $floor" | bc)
echo "| records | commits | git log --raw + cat-file --batch | check | check --base ROOT | history part / git floor |"
echo "|---|---|---|---|---|---|"
echo "| $RECORDS | $commits | ${floor} s | ${plain} s | ${history} s | ${ratio}× |"
