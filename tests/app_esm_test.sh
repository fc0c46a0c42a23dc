#!/usr/bin/env bash
# App snapshots with an ES module entry: the graph is resolved, compiled and
# checked at build time (a missing module or export fails the build, naming
# it), every module but the entry is evaluated then (ES modules too, turned
# into functions), the entry at each start; the app runs without its
# sources; import() of a module in the blob works and of one that is not
# fails clearly.
source tests/test_lib.sh
thaw=./thaw
work=${TEST_TMPDIR:-$(mktemp -d)}/esm_app
mkdir -p "$work/src/node_modules/lib/dist" "$work/out"

cat >"$work/src/node_modules/lib/package.json" <<'JSON'
{"name": "lib", "exports": {"import": "./dist/index.mjs", "require": "./dist/index.cjs"}}
JSON
cat >"$work/src/node_modules/lib/dist/index.mjs" <<'JS'
export const flavour = 'esm';
export const token = Math.random();
export let calls = 0;
export function call() { return ++calls; }
JS
echo 'exports.flavour = "cjs";' >"$work/src/node_modules/lib/dist/index.cjs"
cat >"$work/src/table.cjs" <<'JS'
globalThis.tableBuilds = (globalThis.tableBuilds ?? 0) + 1;
exports.builds = globalThis.tableBuilds;
exports.token = Math.random();
JS
echo '{"name": "config", "size": 3}' >"$work/src/config.json"
echo 'export default "plugin loaded";' >"$work/src/plugin.mjs"
cat >"$work/src/main.mjs" <<'JS'
import {flavour, calls, call, token} from 'lib';
import table from './table.cjs';
import config from './config.json' with {type: 'json'};
import {basename} from 'node:path';
call();
const plugin = await import('./plugin.mjs');
console.log(JSON.stringify(process.argv.slice(2)), basename(process.argv[1]), flavour, calls,
            table.builds, config.size, plugin.default, table.token, token);
if (process.argv[2] === 'missing') await import('./not-in-blob.mjs');
JS

run_cmd "$thaw" snapshot "$work/src/main.mjs" -o "$work/app.snap"
expect_code 0 "thaw snapshot of an ES module entry"
# The ES module dependency runs at build time, so what it reads that
# belongs to a run is pointed out, naming the module.
expect_err_contains "node_modules/lib/dist/index.mjs read Math.random() while the snapshot was built" \
  "a snapshot hazard in an ES module names it"
run_cmd "$thaw" run --snapshot "$work/app.snap" a --b
expect_code 0 "run the ES module app"
first=$out
checks=$((checks + 1))
[[ "$first" == '["a","--b"] main.mjs esm 1 1 3 plugin loaded '* ]] ||
  fail "imports, live bindings, JSON, CommonJS and import() from the blob (got: $first)"
run_cmd "$thaw" run --snapshot "$work/app.snap"
checks=$((checks + 1))
[[ "${first##* }" == "${out##* }" ]] ||
  fail "an ES module dependency is evaluated once, at build time"
first_table=${first% *}
out_table=${out% *}
checks=$((checks + 1))
[[ "${first_table##* }" == "${out_table##* }" ]] ||
  fail "a CommonJS dependency is evaluated once, at build time"
checks=$((checks + 1))
[[ -z "$err" ]] || fail "the app's start prints nothing on stderr (got: $err)"
run_cmd "$thaw" inspect "$work/app.snap"
for module in main.mjs:start node_modules/lib/dist/index.mjs:build plugin.mjs:import; do
  checks=$((checks + 1))
  [[ "$out" =~ \"path\":\"[^\"]*/${module%:*}\",\"kind\":\"esm\",[^}]*\"evaluated\":\"${module#*:}\" ]] ||
    fail "inspect shows ${module%:*} evaluated at ${module#*:} (got: $out)"
done

mv "$work/src" "$work/src.gone"
run_cmd "$thaw" run --snapshot "$work/app.snap" x
expect_code 0 "the ES module app runs without its sources"
expect_out_contains '["x"] main.mjs esm 1 1 3 plugin loaded' "the app without sources"
run_cmd "$thaw" run --snapshot "$work/app.snap" missing
expect_code 1 "import() of a module not in the blob"
expect_err_contains "Cannot find module '$work/src/not-in-blob.mjs'" "import() of a missing module"
mv "$work/src.gone" "$work/src"

# Long sources (an ES module and a CommonJS one here) are kept beside the
# heap in the blob's sources section and read in place: the app behaves the
# same, Function.prototype.toString and the source line of an uncaught
# error included, without its files.
mkdir -p "$work/big"
{
  echo '// padding so that this module is long enough to be kept beside the heap'
  for i in $(seq 1 60); do echo "export const filler$i = 'ES module filler line number $i';"; done
  echo 'export function shout(word) { return word.toUpperCase() + "!"; }'
  echo 'export function fail() { throw new Error("from the big module"); }'
} >"$work/big/big.mjs"
{
  for i in $(seq 1 60); do echo "exports.filler$i = 'CommonJS filler line number $i';"; done
  echo 'exports.twice = function twice(n) { return n * 2; };'
} >"$work/big/big.cjs"
cat >"$work/big/main.mjs" <<'JS'
import {shout, fail, filler60} from './big.mjs';
import big from './big.cjs';
console.log(shout('hi'), filler60, big.twice(21));
console.log(String(shout));
console.log(String(big.twice));
if (process.argv[2] === 'fail') fail();
JS
run_cmd "$thaw" snapshot "$work/big/main.mjs" -o "$work/big.snap"
expect_code 0 "thaw snapshot of an app with long sources"
run_cmd "$thaw" inspect "$work/big.snap"
checks=$((checks + 1))
stdlib_sources=$("$thaw" inspect "$thaw" | sed 's/.*"sources_size":\([0-9]*\).*/\1/')
app_sources=$(echo "$out" | sed 's/.*"sources_size":\([0-9]*\).*/\1/')
(( app_sources > stdlib_sources + 5000 )) ||
  fail "the app's long sources are in the blob's sources section ($app_sources vs $stdlib_sources bytes)"
mv "$work/big" "$work/big.gone"
run_cmd "$thaw" run --snapshot "$work/big.snap"
expect_out 'HI! ES module filler line number 60 42
function shout(word) { return word.toUpperCase() + "!"; }
function twice(n) { return n * 2; }' "an app with long sources runs from the blob, toString included"
run_cmd "$thaw" run --snapshot "$work/big.snap" fail
expect_code 1 "an uncaught error in a long module"
# The line is the module's as thaw compiled it: `export` is blanked out.
expect_err_contains 'function fail() { throw new Error("from the big module"); }' \
  "the error shows its source line, read from the sources section"
mv "$work/big.gone" "$work/big"

# require() through createRequire(...) called at once is found at build
# time too, so the module is in the blob.
echo 'module.exports = "required at once";' >"$work/src/once.cjs"
echo 'import {createRequire} from "node:module"; console.log(createRequire(import.meta.url)("./once.cjs"));' \
  >"$work/src/once.mjs"
run_cmd "$thaw" snapshot "$work/src/once.mjs" -o "$work/once.snap"
expect_code 0 "thaw snapshot with createRequire(...)(...)"
mv "$work/src" "$work/src.gone"
run_cmd "$thaw" run --snapshot "$work/once.snap"
expect_out "required at once" "createRequire(...)(...) from the blob"
mv "$work/src.gone" "$work/src"

run_cmd "$thaw" compile "$work/src/main.mjs" -o "$work/out/app"
expect_code 0 "thaw compile of an ES module entry"
run_cmd "$work/out/app" --version
expect_out_contains '["--version"] main.mjs esm 1 1 3 plugin loaded' "the compiled ES module app"

echo 'import {nope} from "lib"; console.log(nope);' >"$work/src/bad_export.mjs"
run_cmd "$thaw" snapshot "$work/src/bad_export.mjs" -o "$work/bad.snap"
expect_code 1 "a missing export fails the build"
expect_err_contains "does not provide an export named 'nope'" "missing export message"
echo 'import x from "./nowhere.mjs";' >"$work/src/bad_import.mjs"
run_cmd "$thaw" snapshot "$work/src/bad_import.mjs" -o "$work/bad.snap"
expect_code 1 "an unresolvable import fails the build"
expect_err_contains "Cannot find module '$work/src/nowhere.mjs' imported from $work/src/bad_import.mjs" \
  "unresolvable import message"
echo 'require("./late.cjs");' >"$work/src/cjs_imports.cjs"
echo 'exports.plugin = import("./plugin.mjs");' >"$work/src/late.cjs"
run_cmd "$thaw" snapshot "$work/src/cjs_imports.cjs" -o "$work/bad.snap"
expect_code 1 "a CommonJS app that loads ES modules at build time"
expect_err_contains "a snapshot cannot hold loaded ES modules" "ES modules loaded at build time"
checks=$((checks + 1))
[[ ! -e "$work/bad.snap" ]] || fail "no output file after a failed build"

finish
