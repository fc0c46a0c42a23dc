#!/usr/bin/env bash
# The app built with @thaw's rules runs with its own arguments.
set -u
out=$(./app Hello from a Bazel snapshot)
expected='<p>6 known words: Hello from a <strong>Bazel</strong> snapshot</p>'
[[ "$out" == "$expected" ]] || { echo "FAIL: got '$out', expected '$expected'"; exit 1; }
echo "app_test: ok"
