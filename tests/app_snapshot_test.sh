#!/usr/bin/env bash
# `thaw snapshot` and `thaw run --snapshot`: an app built on top of the
# standard library snapshot. What the entry requires runs once, at build
# time; the entry itself runs at each start, with that start's argv; the app
# runs without its source files; thaw.setMain; every failure leaves no file.
source tests/test_lib.sh
thaw=./thaw
work=${TEST_TMPDIR:-$(mktemp -d)}/app
mkdir -p "$work/lib"

cat >"$work/lib/table.js" <<'JS'
globalThis.tableBuilds = (globalThis.tableBuilds ?? 0) + 1;
const primes = [];
for (let n = 2; primes.length < 2000; n++) if (primes.every((p) => n % p)) primes.push(n);
module.exports = { primes, builds: globalThis.tableBuilds, token: Math.random() };
JS
cat >"$work/main.js" <<'JS'
const table = require('./lib/table');
const path = require('path');
console.log(JSON.stringify(process.argv.slice(2)), path.basename(process.argv[1]),
            table.primes.length, table.primes[1999], table.builds, table.token);
JS

run_cmd "$thaw" snapshot "$work/main.js" -o "$work/app.snap"
expect_code 0 "thaw snapshot"
run_cmd "$thaw" inspect "$work/app.snap"
expect_out_contains '"codec":"none"' "the app blob is a thaw blob"

run_cmd "$thaw" run --snapshot "$work/app.snap" one --two
expect_code 0 "run the app"
first=$out
checks=$((checks + 1))
[[ "$first" == '["one","--two"] main.js 2000 17389 1 '* ]] ||
  fail "the entry runs with this start's argv and the table built once"
run_cmd "$thaw" run --snapshot "$work/app.snap" three
second=$out
checks=$((checks + 1))
[[ "${first##* }" == "${second##* }" && "$second" == '["three"] main.js'* ]] ||
  fail "the required module is not evaluated again at start"

mv "$work/lib" "$work/lib.gone"
run_cmd "$thaw" run --snapshot "$work/app.snap"
expect_code 0 "the app runs without its sources"
mv "$work/lib.gone" "$work/lib"

cat >"$work/setup.js" <<'JS'
const data = [1, 2, 3];
thaw.setMain(() => console.log('main fn', data.length, process.argv.slice(2).join(',')));
JS
printf 'require("./setup");\nconsole.log("entry top level");\n' >"$work/with_main.js"
run_cmd "$thaw" snapshot "$work/with_main.js" -o "$work/with_main.snap" --compress zstd:3
expect_code 0 "thaw snapshot with setMain"
run_cmd "$thaw" run --snapshot "$work/with_main.snap" a b
expect_out "main fn 3 a,b" "thaw.setMain replaces the entry's top-level code"
run_cmd "$thaw" inspect "$work/with_main.snap"
expect_out_contains '"codec":"zstd","codec_level":3' "--compress zstd:3"

run_cmd "$thaw" eval 'thaw.setMain(() => 1)'
expect_code 1 "setMain outside a build"
expect_err_contains "thaw.setMain() can only be called while" "setMain outside a build"

printf 'require("./bad");\n' >"$work/bad_main.js"
printf 'const x = 1;\nnull.boom;\n' >"$work/bad.js"
run_cmd "$thaw" snapshot "$work/bad_main.js" -o "$work/bad.snap"
expect_code 1 "an exception at build time"
expect_err_contains "$work/bad.js:2" "the build error names file and line"
printf 'require("./timer");\n' >"$work/timer_main.js"
printf 'setTimeout(() => {}, 1000);\n' >"$work/timer.js"
run_cmd "$thaw" snapshot "$work/timer_main.js" -o "$work/timer.snap"
expect_code 1 "a pending timer at build time"
expect_err_contains "still pending when the snapshot was taken" "pending timer message"
run_cmd "$thaw" snapshot "$work/missing.js" -o "$work/missing.snap"
expect_code 1 "a missing entry"
checks=$((checks + 1))
[[ ! -e "$work/bad.snap" && ! -e "$work/timer.snap" && ! -e "$work/missing.snap" ]] ||
  fail "a failed build left a file behind"

# thaw compile: one executable (and thaw-libs/ beside it) that owns all of
# its arguments, works when copied elsewhere, and after strip.
run_cmd "$thaw" compile "$work/main.js" -o "$work/out/myapp"
expect_code 1 "compile into a missing folder"
mkdir -p "$work/out"
run_cmd "$thaw" compile "$work/main.js" -o "$work/out/myapp"
expect_code 0 "thaw compile"
run_cmd "$work/out/myapp" --version --help
expect_code 0 "the compiled app runs"
checks=$((checks + 1))
[[ "$out" == '["--version","--help"] main.js 2000 17389 1 '* ]] ||
  fail "the compiled app owns --version and --help"
mkdir -p "$work/elsewhere"
cp -r "$work/out/." "$work/elsewhere/"
run_cmd "$work/elsewhere/myapp" moved
expect_code 0 "the app folder works when copied elsewhere"
expect_out_contains '["moved"] main.js' "the copied app"
if command -v strip >/dev/null; then
  strip "$work/elsewhere/myapp"
  run_cmd "$work/elsewhere/myapp" stripped
  expect_code 0 "the stripped app runs"
  expect_out_contains '["stripped"] main.js' "the stripped app"
fi
run_cmd "$thaw" inspect "$work/out/myapp"
app_json=$out
run_cmd "$thaw" inspect "$work/app.snap"
checks=$((checks + 1))
[[ "$app_json" == *'"codec":"none"'* && "$app_json" != "$(./thaw inspect ./thaw)" ]] ||
  fail "inspect of a compiled app shows the app's blob"

head -c 1000 "$work/app.snap" >"$work/truncated.snap"
run_cmd "$thaw" run --snapshot "$work/truncated.snap"
expect_code 1 "a truncated app blob"
expect_err_contains "the blob is truncated" "truncated app blob message"
run_cmd "$thaw" run --snapshot stdlib_js/stdlib.blob
expect_code 1 "a blob without an app"
expect_err_contains "this snapshot holds no app" "no app message"

finish
