#!/usr/bin/env bash
# Bazel wrapper for run_differential.py: thaw is //:thaw from the runfiles.
exec python3 tests/differential/run_differential.py ./thaw
