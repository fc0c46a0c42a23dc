#!/usr/bin/env bash
# Runs every tests/js/*.test.js with the test-runner binary (thaw with the
# test helpers in its snapshot). Each file must exit 0.
set -u
runner=tests/js/thaw_js_test
failed=0
for file in tests/js/*.test.js; do
  echo "== $file"
  if ! "$runner" "$file"; then
    echo "FAILED: $file" >&2
    failed=1
  fi
done
exit $failed
