#!/usr/bin/env bash
# Building the same inputs twice gives byte-identical blobs (the builder
# fixes V8's seeds for itself), while every start of a blob still gets fresh
# seeds: Math.random differs between two starts.
source tests/test_lib.sh
thaw=./thaw
builder=snapshot_builder/snapshot_builder
work=${TEST_TMPDIR:-$(mktemp -d)}/reproducible
mkdir -p "$work"
stdlib=$(echo "$@" | tr ' ' ',')

run_cmd "$builder" --out="$work/one.blob" --stdlib="$stdlib"
expect_code 0 "first standard library build"
run_cmd "$builder" --out="$work/two.blob" --stdlib="$stdlib"
expect_code 0 "second standard library build"
checks=$((checks + 1))
cmp -s "$work/one.blob" "$work/two.blob" || fail "two builds of the standard library differ"

printf 'module.exports = { squares: Array.from({length: 100}, (_, i) => i * i), built: Math.random() };\n' >"$work/dep.js"
printf 'const d = require("./dep");\nconsole.log(d.squares[99], d.built, Math.random());\n' >"$work/main.js"
run_cmd "$thaw" snapshot "$work/main.js" -o "$work/a.snap"
expect_code 0 "first app build"
run_cmd "$thaw" snapshot "$work/main.js" -o "$work/b.snap"
expect_code 0 "second app build"
checks=$((checks + 1))
cmp -s "$work/a.snap" "$work/b.snap" || fail "two builds of the same app differ"

run_cmd "$thaw" run --snapshot "$work/a.snap"
first=$out
run_cmd "$thaw" run --snapshot "$work/a.snap"
second=$out
checks=$((checks + 1))
read -r squares_1 built_1 random_1 <<<"$first"
read -r squares_2 built_2 random_2 <<<"$second"
[[ "$squares_1" == 9801 && "$built_1" == "$built_2" && "$random_1" != "$random_2" ]] ||
  fail "expected the build-time value frozen and Math.random fresh per start: '$first' / '$second'"

finish
