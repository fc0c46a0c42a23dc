#!/usr/bin/env bash
# structuredClone and crypto across the snapshot boundary: what an app
# computes with them at build time is in its snapshot; drawing random values
# at build time fails the build (they would be the same in every process);
# random values at run time differ between processes.
# Arguments: the standard library's files, in load order.
set -u

source tests/test_lib.sh

app=tests/web_clone_crypto/build_time_thaw
builder=snapshot_builder/snapshot_builder
stdlib=$(echo "$@" | tr ' ' ',')
work=${TEST_TMPDIR:-$(mktemp -d)}

run_cmd "$app" eval '
  const c = clonedAtBuild;
  console.log(c.self === c, c.date.getTime(), JSON.stringify([...c.map]), [...c.bytes].join(),
      c.error instanceof RangeError, c.error.message);'
expect_code 0 "clone made at build time"
expect_out "true 86400000 [[\"key\",[1,2]]] 1,2,3 true cloned at build time" \
  "a clone made at build time is in the snapshot"

run_cmd "$app" eval '
  const {copy, source} = transferredAtBuild;
  console.log(source.byteLength, copy.byteLength, [...new Uint8Array(copy)].join());'
expect_out "0 3 9,8,7" "a transfer made at build time: source detached, memory moved"

run_cmd "$app" eval 'console.log(digestAtBuild)'
expect_out "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" \
  "a digest computed at build time is in the snapshot"

run_cmd "$app" eval '
  console.log(cryptoAtBuild === crypto, crypto.getRandomValues(new Uint8Array(16)).some((b) => b !== 0));
  console.log(crypto.randomUUID());'
expect_code 0 "crypto at run time in an app snapshot"
first=$out
run_cmd "$app" eval '
  console.log(cryptoAtBuild === crypto, crypto.getRandomValues(new Uint8Array(16)).some((b) => b !== 0));
  console.log(crypto.randomUUID());'
checks=$((checks + 1))
[[ "${first%%$'\n'*}" == "true true" && "${out%%$'\n'*}" == "true true" && "$out" != "$first" ]] ||
  fail "random values must work and differ between processes (first run: $first)"

run_cmd ./thaw eval 'console.log(typeof structuredClone, typeof crypto.subtle.digest, typeof clonedAtBuild)'
expect_out "function function undefined" "the plain thaw binary has the globals but not the app's values"

# Random values at build time: refused, and no blob is written.
printf 'globalThis.key = crypto.getRandomValues(new Uint8Array(16));\n' >"$work/random.js"
printf 'globalThis.id = crypto.randomUUID();\n' >"$work/uuid.js"
for name in random uuid; do
  run_cmd "$builder" --out="$work/$name.blob" --stdlib="$stdlib" "$work/$name.js"
  expect_code 1 "builder: $name at build time"
  expect_err_contains "random values cannot be drawn while building a snapshot" \
    "builder: $name at build time says why"
  expect_err_contains "error in $work/$name.js" "builder: $name at build time names the file"
  checks=$((checks + 1))
  [[ ! -e "$work/$name.blob" ]] || fail "builder wrote a blob with random values drawn at build time"
done

# Cloning and hashing at build time need no randomness.
printf 'globalThis.x = structuredClone(new Map([[1, 2]]));\ncrypto.subtle.digest("SHA-1", new Uint8Array(1)).then((d) => { globalThis.d = d; });\n' \
  >"$work/deterministic.js"
run_cmd "$builder" --out="$work/deterministic.blob" --stdlib="$stdlib" "$work/deterministic.js"
expect_code 0 "builder: structuredClone and digest at build time"

finish
