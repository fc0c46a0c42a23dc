#!/usr/bin/env bash
# Binaries with a damaged embedded blob refuse to start: a message naming the
# problem, exit code 1, never a signal. `thaw inspect` says the same of the
# damaged blob files.
source tests/test_lib.sh

check_broken() {
  local name=$1 message=$2
  run_cmd "tests/broken_${name}_thaw" eval 'console.log("ran")'
  expect_code 1 "$name: exit code"
  expect_err_contains "thaw: the embedded snapshot cannot be used: $message" "$name: message"
  run_cmd ./thaw inspect "tests/broken_${name}.blob"
  expect_code 1 "$name: inspect exit code"
  expect_err_contains "$message" "$name: inspect message"
}

check_broken empty "the blob is empty"
check_broken truncated_header "the blob is truncated: 200 bytes, shorter than its 448-byte header"
check_broken truncated_payload "the blob is truncated: its header promises"
check_broken bad_magic 'not a thaw blob: it does not start with the magic "THAWSNAP"'
check_broken bad_format_version "unsupported blob format version 81; this thaw reads version 4"
check_broken flipped_header_flags "the blob's header is corrupt: its SHA-256 does not match"
check_broken flipped_zstd_payload "the blob's payload cannot be decompressed"
check_broken flipped_raw_payload "the blob's payload is corrupt: its XXH64 is"
check_broken flipped_last_byte "the blob's sources are corrupt: their XXH64 is"
# A blob for another V8 is intact, so inspect describes it; only running it
# is refused.
run_cmd tests/broken_other_v8_version_thaw eval 'console.log("ran")'
expect_code 1 "other V8 version: exit code"
expect_err_contains "thaw: the embedded snapshot cannot be used: the blob was made by V8 11.3.244.8, but this thaw runs V8 10.2.154.26" "other V8 version: message"
run_cmd ./thaw inspect tests/broken_other_v8_version.blob
expect_code 0 "other V8 version: inspect"
expect_out_contains '"v8_version":"11.3.244.8"' "other V8 version: inspect shows it"

# inspect on an executable without a blob, and on a file that is neither.
run_cmd ./thaw inspect /bin/true
expect_code 1 "inspect of an executable without a blob"
expect_err_contains "no section .thaw_snapshot" "inspect of an executable without a blob"
run_cmd ./thaw inspect tests/corrupt_blob_test.sh
expect_code 1 "inspect of a text file"
expect_err_contains "not a thaw blob" "inspect of a text file"

finish
