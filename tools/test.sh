#!/usr/bin/env bash
# Runs every thaw test, from nothing: installs what is missing, builds, tests.
# This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
bazel test //... "$@"
