#!/usr/bin/env bash
# thaw's and snapshot_builder's command lines: outputs, messages, exit codes.
source tests/test_lib.sh
thaw=./thaw
builder=snapshot_builder/snapshot_builder
work=${TEST_TMPDIR:-$(mktemp -d)}

# --- thaw ---

run_cmd "$thaw" eval 'console.log(6*7)'
expect_code 0 "eval"
expect_out "42" "eval prints 42"

run_cmd "$thaw" --version
expect_code 0 "--version"
expect_out_contains "v8 10.2.154.26" "--version names V8"
expect_out_contains "thaw 0." "--version names thaw"

run_cmd "$thaw" --help
expect_code 0 "--help"
expect_out_contains "thaw [OPTIONS] eval CODE" "--help shows usage"

run_cmd "$thaw" inspect "$thaw"
expect_code 0 "inspect of the thaw binary"
for field in '"format_version":4' '"v8_version":"10.2.154.26' '"codec":"none"' \
    '"stored_size":' '"raw_size":' '"payload_xxh64":"'; do
  expect_out_contains "$field" "inspect shows $field"
done
binary_json=$out
run_cmd "$thaw" inspect stdlib_js/stdlib.blob
expect_out "$binary_json" "inspect of the blob file matches the embedded blob"

cat >"$work/args.js" <<'JS'
console.log(JSON.stringify(process.argv.slice(2)), process.argv[1].endsWith("/args.js"));
JS
run_cmd "$thaw" "$work/args.js" one --two "3 4"
expect_out '["one","--two","3 4"] true' "script arguments in process.argv"
run_cmd "$thaw" run "$work/args.js" --max-heap-size 9
expect_out '["--max-heap-size","9"] true' "options after the script go to the script"
run_cmd "$thaw" eval 'console.log(process.argv.length, process.argv[0] === process.argv[0].trim())' x
expect_out "2 true" "eval argv is [execPath, ...args]"

cat >"$work/console.js" <<'JS'
console.log("s", 1, -0, 5n, null, undefined, true, [1, "a"], { k: { n: [2] } });
console.error("to stderr");
console.warn("warned");
console.info("info");
JS
run_cmd "$thaw" "$work/console.js"
expect_out "s 1 -0 5n null undefined true [ 1, 'a' ] { k: { n: [ 2 ] } }
info" "console.log formats plainly"
expect_err_contains "to stderr
warned" "console.error and warn go to stderr"

cat >"$work/throws.js" <<'JS'
function inner() {
  throw new RangeError("out of range");
}
inner();
JS
run_cmd "$thaw" "$work/throws.js"
expect_code 1 "uncaught exception exits 1"
expect_err_contains "$work/throws.js:2
  throw new RangeError(\"out of range\");
  ^

RangeError: out of range
    at inner ($work/throws.js:2:9)
    at Object.<anonymous> ($work/throws.js:4:1)" "uncaught exception shows file:line, caret and stack"

printf 'let x = ;\n' >"$work/syntax.js"
run_cmd "$thaw" "$work/syntax.js"
expect_code 1 "syntax error exits 1"
expect_err_contains "$work/syntax.js:1" "syntax error names the file"
expect_err_contains "SyntaxError: Unexpected token ';'" "syntax error message"

run_cmd "$thaw" "$work/does-not-exist.js"
expect_code 1 "missing script"
expect_err_contains "thaw: cannot open $work/does-not-exist.js: No such file or directory" "missing script message"

run_cmd "$thaw" "$work"
expect_code 1 "directory as script"
expect_err_contains "Is a directory" "directory as script message"

printf 'console.log(1)' >"$work/unreadable.js"
chmod 000 "$work/unreadable.js"
if [[ $(id -u) != 0 ]]; then
  run_cmd "$thaw" "$work/unreadable.js"
  expect_code 1 "unreadable script"
  expect_err_contains "Permission denied" "unreadable script message"
fi

run_cmd "$thaw"
expect_code 2 "no arguments"
expect_err_contains "no script given" "no arguments message"
run_cmd "$thaw" --frobnicate x.js
expect_code 2 "unknown option"
expect_err_contains "unknown option '--frobnicate'" "unknown option message"

run_cmd "$thaw" eval 'process.exit(7)'
expect_code 7 "process.exit(7)"
run_cmd "$thaw" eval 'console.log("before"); process.exit(); console.log("after")'
expect_code 0 "process.exit()"
expect_out "before" "nothing runs after process.exit"
run_cmd "$thaw" eval 'process.exitCode = 3'
expect_code 3 "process.exitCode"
run_cmd "$thaw" eval 'process.exitCode = 3; throw new Error("x")'
expect_code 1 "a throw wins over process.exitCode"
run_cmd "$thaw" eval 'Promise.resolve().then(() => process.exit(4))'
expect_code 4 "process.exit in a promise job"
run_cmd "$thaw" eval 'Promise.resolve().then(() => { throw new Error("in job") })'
expect_code 1 "an unhandled rejection exits 1, as in Node"
expect_err_contains "Error: in job" "an unhandled rejection is reported"

run_cmd "$thaw" --max-heap-size 64 eval 'const a = []; for (;;) a.push(new Array(1e5).fill(1))'
expect_code 1 "heap limit exit code"
expect_err_contains "thaw: the JavaScript heap reached its limit of 64 MB (--max-heap-size)" "heap limit message"
run_cmd "$thaw" --max-heap-size=64 eval 'const a = new Array(1e5).fill(1); console.log(a.length)'
expect_code 0 "a small script runs under a heap limit"
expect_out "100000" "a small script runs under a heap limit"
run_cmd "$thaw" --max-heap-size 2 eval '1'
expect_code 2 "too small a heap limit"

# --- snapshot_builder ---

printf 'globalThis.answer = 6 * 7;\n' >"$work/app.js"

stdlib=$(echo stdlib_js/[0-9]*.js | tr ' ' ',')
run_cmd "$builder" --out="$work/app.blob" --stdlib="$stdlib" tests/fixtures/throws_at_build.js
expect_code 1 "builder: error in app code"
expect_err_contains "tests/fixtures/throws_at_build.js:4" "builder names file and line"
expect_err_contains "TypeError: Cannot set properties of undefined" "builder shows the JS error"
checks=$((checks + 1))
[[ ! -e "$work/app.blob" && -z $(ls "$work" | grep 'app.blob') ]] ||
  fail "builder left a file behind after failing"

run_cmd "$builder" --out="$work/app.blob" --stdlib="$stdlib" "$work/missing.js"
expect_code 1 "builder: missing app file"
expect_err_contains "cannot open $work/missing.js" "builder: missing file message"

run_cmd "$builder" --out="$work/app.blob" --codec=lz4 "$work/app.js"
expect_code 1 "builder: unknown codec"
expect_err_contains "unknown codec 'lz4'" "builder: unknown codec message"

run_cmd "$builder" --out="$work/app.blob" --codec=zstd --zstd_level=40 "$work/app.js"
expect_code 1 "builder: bad zstd level"
expect_err_contains "zstd compression level 40 is out of range" "builder: bad level message"

run_cmd "$builder" --out="$work/no-such-dir/app.blob" "$work/app.js"
expect_code 1 "builder: unwritable output"
expect_err_contains "$work/no-such-dir/app.blob" "builder: unwritable output message"

printf 'setTimeout(() => {}, 1000);\nsetImmediate(() => {});\n' >"$work/pending.js"
run_cmd "$builder" --out="$work/pending.blob" --stdlib="$stdlib" "$work/pending.js"
expect_code 1 "builder: pending timers"
expect_err_contains "2 timer(s) or immediate(s) were still pending when the snapshot was taken" "builder: pending timers message"
checks=$((checks + 1))
[[ ! -e "$work/pending.blob" ]] || fail "builder wrote a blob with pending timers"

printf 'globalThis.order = [];\nprocess.nextTick(() => order.push("tick"));\nPromise.resolve().then(() => order.push("job"));\n' >"$work/settled.js"
run_cmd "$builder" --out="$work/settled.blob" --stdlib="$stdlib" "$work/settled.js"
expect_code 0 "builder: ticks and promise jobs settle before the snapshot"

run_cmd "$builder" --out="$work/ok.blob" --stdlib="$stdlib" --codec=zstd "$work/app.js"
expect_code 0 "builder: zstd blob"
run_cmd "$thaw" inspect "$work/ok.blob"
expect_out_contains '"codec":"zstd"' "builder: codec zstd recorded"

finish
