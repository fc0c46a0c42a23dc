#!/usr/bin/env bash
# The README's first command: installs what is missing, builds thaw, and runs
# a script from the snapshot embedded in the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
bazel build //:thaw
thaw="$(bazel info bazel-bin)/thaw"
"$thaw" --version
"$thaw" inspect "$thaw"
"$thaw" examples/hello.js "from thaw"
