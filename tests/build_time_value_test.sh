#!/usr/bin/env bash
# A snapshot built from tests/fixtures/build_time_value.js carries values
# computed at build time: the runtime sees them without running the fixture
# again.
source tests/test_lib.sh
fixture=tests/fixture_thaw

run_cmd "$fixture" eval 'console.log(fixtureRuns, primesBelow200k.length, primeTable.get(199999), typeof sieve)'
expect_code 0 "fixture eval"
# 199999 is the 17984th prime (index 17983).
expect_out "1 17984 17983 function" "values computed at build time are present"

run_cmd "$fixture" eval 'console.log(buildToken)'
first_token=$out
run_cmd "$fixture" eval 'console.log(buildToken)'
checks=$((checks + 1))
[[ -n "$first_token" && "$out" == "$first_token" ]] ||
  fail "the build-time random token differs between runs: not from the snapshot"

# Timing the fixture's values from inside: reading them takes far less than
# computing them would (the sieve alone takes milliseconds).
run_cmd "$fixture" eval '
  const t0 = Date.now(); const n = primesBelow200k.length; const read = Date.now() - t0;
  const t1 = Date.now(); sieve(200000); const compute = Date.now() - t1;
  console.log(n, read <= compute ? "read-not-recomputed" : `read=${read} compute=${compute}`)'
expect_out "17984 read-not-recomputed" "reading is cheaper than recomputing"

# The standard library is in the custom snapshot too.
run_cmd "$fixture" eval 'console.log(typeof console.log, typeof process.exit, thaw.version)'
expect_code 0 "stdlib in custom snapshot"
run_cmd tests/../thaw --version
version_line=${out%%$'\n'*}
run_cmd "$fixture" eval 'console.log("thaw " + thaw.version)'
expect_out "$version_line" "thaw.version matches thaw --version"

# The plain thaw binary does not have the fixture's globals.
run_cmd ./thaw eval 'console.log(typeof fixtureRuns)'
expect_out "undefined" "fixture globals only in the fixture snapshot"

# A zstd-compressed snapshot boots the same way.
run_cmd tests/zstd_thaw eval 'console.log(6*7)'
expect_out "42" "zstd snapshot runs"
run_cmd ./thaw inspect tests/zstd_thaw
expect_out_contains '"codec":"zstd"' "inspect shows codec zstd"

finish
