#!/usr/bin/env bash
# Proves the suite passes on a busy machine: clones HEAD twice (into a temporary folder), installs each with
# `npm ci`, then runs `npm test` RUNS times in clone A while clone B runs `npm test` over and over beside it,
# until A is done. Prints each run's exit code and seconds; exits 1 when any run failed.
#   bash tools/parallel-npm-test.sh [RUNS]   (default 3; on 2 cores a run takes ~10 min beside another)
set -u
runs="${1:-3}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
git clone -q "$repo" "$work/a" && git clone -q "$repo" "$work/b"
(cd "$work/a" && npm ci --no-audit --no-fund >"$work/a-ci.log" 2>&1) &
(cd "$work/b" && npm ci --no-audit --no-fund >"$work/b-ci.log" 2>&1) &
wait
failed=0
(
  cd "$work/b"
  i=0
  while [ ! -e "$work/a-done" ]; do
    i=$((i + 1)); s=$(date +%s)
    npm test >"$work/b-test$i.log" 2>&1; rc=$?
    echo "B run $i: exit $rc, $(($(date +%s) - s)) s" | tee -a "$work/status"
  done
) &
for i in $(seq 1 "$runs"); do
  s=$(date +%s)
  (cd "$work/a" && npm test >"$work/a-test$i.log" 2>&1); rc=$?
  echo "A run $i: exit $rc, $(($(date +%s) - s)) s" | tee -a "$work/status"
done
touch "$work/a-done"
wait
grep -q "exit [1-9]" "$work/status" && failed=1
echo "logs in $work"
exit "$failed"
