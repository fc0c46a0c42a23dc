#!/usr/bin/env bash
# The web APIs across the snapshot boundary (see BUILD.bazel): two runs of
# the same binary each get their own performance clock.
set -u
app=tests/web/build_time_thaw
script=tests/web/check_build_time_web.js
failures=0
for run in 1 2; do
  if ! output=$("$app" "$script" 2>&1); then
    echo "FAIL: run $run exited with an error:" >&2
    failures=1
  fi
  echo "$output"
  origins[$run]=$("$app" eval 'console.log(performance.timeOrigin)')
  sleep 0.05
done
if [[ "${origins[1]}" == "${origins[2]}" ]]; then
  echo "FAIL: two processes had the same timeOrigin ${origins[1]}" >&2
  failures=1
fi
exit $failures
