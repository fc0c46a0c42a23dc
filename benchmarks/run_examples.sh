#!/usr/bin/env bash
# Cold start of the example apps (examples/hello, tsc-lite, marked): each
# compiled with `thaw compile`, against the same script under node and under
# node --snapshot-blob (benchmarks/examples_bench.py). The apps and their npm
# packages come from Bazel, exactly as `bazel test` builds them (npm ci from
# the committed lock files, see bazel/npm.bzl). Extra arguments go to
# examples_bench.py, e.g. --runs 40 --json /tmp/examples.json.
#
# BAZEL_STARTUP_OPTS and BAZEL_BUILD_OPTS (space-separated) are passed to
# every bazel call, as in run_cold_start.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

read -r -a startup_opts <<< "${BAZEL_STARTUP_OPTS:-}"
read -r -a build_opts <<< "${BAZEL_BUILD_OPTS:-}"
bazel=(bazel "${startup_opts[@]}")

trees=(
  //examples/hello:hello_vs_node_test_app_tree
  //examples/tsc-lite:tsc_lite_test_app_tree
  //examples/marked:marked_test_app_tree
)
"${bazel[@]}" build "${build_opts[@]}" //:thaw "${trees[@]}"
bin="$("${bazel[@]}" info "${build_opts[@]}" bazel-bin)"

# A writable copy of each staged app (Bazel's outputs are read-only).
work="${THAW_EXAMPLES_CACHE:-$HOME/.cache/thaw-examples}/bench"
rm -rf "$work"
mkdir -p "$work"
cp -r "$bin/examples/hello/hello_snapshot.app" "$work/hello"
cp -r "$bin/examples/tsc-lite/tsc_lite_snapshot.app" "$work/tsc-lite"
cp -r "$bin/examples/marked/marked_snapshot.app" "$work/marked"
chmod -R u+w "$work"

exec python3 benchmarks/examples_bench.py --thaw "$bin/thaw" --work "$work" \
  --example "hello=$work/hello/examples/hello/hello.js:Ada" \
  --example "tsc-lite=$work/tsc-lite/examples/tsc-lite/tsc-lite.js:$PWD/examples/tsc-lite/input.ts" \
  --example "marked=$work/marked/examples/marked/marked-cli.js:$PWD/examples/marked/input.md" \
  "$@"
