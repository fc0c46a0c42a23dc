#!/usr/bin/env bash
# Cold-start benchmark, one command: builds //:thaw and
# //benchmarks:thaw_zstd, then runs cold_start.py on them and on node
# (if it is on PATH). Extra arguments go to cold_start.py, for example:
#
#   benchmarks/run_cold_start.sh --runs 100 --json /tmp/cold_start.json
#
# BAZEL_STARTUP_OPTS and BAZEL_BUILD_OPTS (space-separated) are passed to
# every bazel call, e.g. to use a separate output base:
#   BAZEL_STARTUP_OPTS=--output_base=/tmp/ob BAZEL_BUILD_OPTS=--symlink_prefix=/ \
#     benchmarks/run_cold_start.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

read -r -a startup_opts <<< "${BAZEL_STARTUP_OPTS:-}"
read -r -a build_opts <<< "${BAZEL_BUILD_OPTS:-}"
bazel=(bazel "${startup_opts[@]}")

"${bazel[@]}" build "${build_opts[@]}" //:thaw //benchmarks:thaw_zstd
bin="$("${bazel[@]}" info "${build_opts[@]}" bazel-bin)"

exec python3 benchmarks/cold_start.py \
  --thaw "$bin/thaw" \
  --extra "thaw-zstd=$bin/benchmarks/thaw_zstd" \
  "$@"
