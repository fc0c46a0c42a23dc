#!/usr/bin/env bash
# An ES module app whose modules are evaluated at build time behaves as the
# same program does under node: evaluation order (cycles, top-level await),
# live bindings, namespace objects, default export names, re-exports and
# star-export conflicts, CommonJS and JSON imports, built-ins read at run
# time, scopes that shadow imports, `this` in imported functions, line
# numbers, import() of modules in the blob. tests/fixtures/esm_app/node.out
# is node 20's output (when node is installed, the test checks that it
# still is), printed by the entry at run time; the order log shows what ran
# at build time.
source tests/test_lib.sh
thaw=./thaw
fixture=tests/fixtures/esm_app
work=${TEST_TMPDIR:-$(mktemp -d)}/esm_semantics
mkdir -p "$work"
cp -r "$fixture" "$work/app"
expected=$(cat "$fixture/node.out")

if command -v node >/dev/null; then
  run_cmd node "$work/app/main.mjs" a b
  expect_out "$expected" "node's output is the recorded one"
fi

run_cmd "$thaw" snapshot "$work/app/main.mjs" -o "$work/app.snap"
expect_code 0 "thaw snapshot of the ES module app"
mv "$work/app" "$work/app.gone"
run_cmd "$thaw" run --snapshot "$work/app.snap" a b
expect_code 0 "the app runs from its snapshot"
expect_out "$expected" "the app prints what node prints"
mv "$work/app.gone" "$work/app"

# --defer keeps a module, and what imports it, for each start: the order
# log then shows them evaluated after the build-time ones, at start.
run_cmd "$thaw" snapshot "$work/app/main.mjs" -o "$work/deferred.snap" --defer ./lib/scopes.mjs
expect_code 0 "thaw snapshot --defer of an ES module"
run_cmd "$thaw" run --snapshot "$work/deferred.snap" a b
expect_out_contains 'order: log counter defaults cycle_b cycle_a waits before waits after scopes main' \
  "a deferred ES module is evaluated at start"
run_cmd "$thaw" inspect "$work/deferred.snap"
checks=$((checks + 1))
[[ "$out" =~ lib/scopes.mjs\",\"kind\":\"esm\",[^}]*\"evaluated\":\"start\" ]] ||
  fail "inspect shows the deferred module evaluated at start (got: $out)"

finish
