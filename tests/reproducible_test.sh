#!/usr/bin/env bash
# Building the same inputs twice gives byte-identical blobs (the builder
# fixes V8's seeds for itself), also from two checkouts at different paths
# (an app's paths are recorded under /thaw-app, relative to its root), and
# so byte-identical executables from `thaw compile`; while every start of a
# blob still gets fresh seeds: Math.random differs between two starts.
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

# Two checkouts of one app (CommonJS and ES modules, a package, JSON, a
# deferred module) at different depths, each built from its own directory.
for checkout in "$work/one/app" "$work/elsewhere/deeper/two/app"; do
  mkdir -p "$checkout/lib" "$checkout/node_modules/pkg" "$checkout/out"
  echo '{"name": "pkg", "exports": {"import": "./index.mjs", "require": "./index.cjs"}}' \
    >"$checkout/node_modules/pkg/package.json"
  echo 'export const where = import.meta.url;' >"$checkout/node_modules/pkg/index.mjs"
  echo 'exports.where = __filename;' >"$checkout/node_modules/pkg/index.cjs"
  echo 'exports.dir = __dirname; exports.stack = new Error("x").stack.split("\n")[1].trim();' \
    >"$checkout/lib/info.cjs"
  echo 'exports.late = () => __filename;' >"$checkout/lib/late.cjs"
  echo '{"answer": 42}' >"$checkout/lib/data.json"
  cat >"$checkout/main.mjs" <<'JS'
import {where} from 'pkg';
import info from './lib/info.cjs';
import late from './lib/late.cjs';
import data from './lib/data.json' with {type: 'json'};
import {createRequire} from 'node:module';
const require = createRequire(import.meta.url);
console.log(where, info.dir, info.stack, late.late(), data.answer, require('pkg').where,
            import.meta.url);
JS
  (cd "$checkout" && "$OLDPWD/$thaw" snapshot main.mjs -o app.snap --defer ./lib/late.cjs &&
     "$OLDPWD/$thaw" compile main.mjs -o out/app) >"$work/build.log" 2>&1 ||
    fail "building the app in $checkout: $(cat "$work/build.log")"
done
checks=$((checks + 1))
cmp -s "$work/one/app/app.snap" "$work/elsewhere/deeper/two/app/app.snap" ||
  fail "two checkouts of the same app at different paths build different blobs"
checks=$((checks + 1))
cmp -s "$work/one/app/out/app" "$work/elsewhere/deeper/two/app/out/app" ||
  fail "two checkouts of the same app at different paths compile different executables"
checks=$((checks + 1))
! grep -q "$work" "$work/one/app/app.snap" || fail "the blob holds the checkout's path"
run_cmd "$work/one/app/out/app"
expect_out "file:///thaw-app/node_modules/pkg/index.mjs /thaw-app/lib at Object.<anonymous> (/thaw-app/lib/info.cjs:1:42) /thaw-app/lib/late.cjs 42 /thaw-app/node_modules/pkg/index.cjs file:///thaw-app/main.mjs" \
  "the app sees its files under /thaw-app"

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
