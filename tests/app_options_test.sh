#!/usr/bin/env bash
# `thaw snapshot --defer` and `--warmup`, and snapshot hazard warnings: a
# deferred module (and what it requires) is evaluated at each start, from
# the blob, without its sources; the warm-up script runs once at build time;
# build-time reads of the environment, the clock, Math.random and stdout's
# TTY state are reported naming the module.
source tests/test_lib.sh
thaw=./thaw
work=${TEST_TMPDIR:-$(mktemp -d)}/options
mkdir -p "$work/lib"
cat >"$work/lib/config.js" <<'JS'
exports.home = process.env.HOME;
exports.started = Date.now();
exports.seed = Math.random();
exports.tty = process.stdout.isTTY;
JS
cat >"$work/lib/heavy.js" <<'JS'
globalThis.heavyEvaluated = (globalThis.heavyEvaluated ?? 0) + 1;
const helper = require('./helper');
exports.value = () => `heavy ${helper.twice(21)} at-start=${process.env.APPVAR}`;
exports.evaluatedWith = process.env.APPVAR;
JS
echo 'exports.twice = (n) => n * 2;' >"$work/lib/helper.js"
cat >"$work/main.js" <<'JS'
const config = require('./lib/config');
const heavy = require('./lib/heavy');
console.log(Object.keys(config).length, heavy.value(), heavy.evaluatedWith, globalThis.heavyEvaluated,
            globalThis.warmedUp, String(Array.prototype.at).includes('[native code]'));
JS
# V8 10.2 leaves `at`, `findLast` and Object.hasOwn out while a snapshot is
# built; thaw's stand-ins give build-time code the run-time language.
echo 'globalThis.warmedUp = [0, require("./lib/config").seed > -1].at(-1) && Object.hasOwn({a: 1}, "a");' >"$work/warm.js"

APPVAR=build run_cmd "$thaw" snapshot "$work/main.js" -o "$work/app.snap" --defer ./lib/heavy \
  --warmup "$work/warm.js"
expect_code 0 "thaw snapshot --defer --warmup"
expect_err_contains "warning: $work/lib/config.js read process.env.HOME, the clock (Date.now()), Math.random() and process.stdout.isTTY while the snapshot was built" \
  "one hazard warning naming the module and each API it read"
checks=$((checks + 1))
[[ "$err" != *heavy.js* ]] || fail "a deferred module is not evaluated at build time"

run_cmd "$thaw" inspect "$work/app.snap"
expect_out_contains "{\"path\":\"$work/main.js\",\"kind\":\"commonjs\",\"bytes\":$(wc -c <"$work/main.js"),\"evaluated\":\"start\"}" \
  "inspect lists the entry with its size"
expect_out_contains "{\"path\":\"$work/lib/config.js\",\"kind\":\"commonjs\",\"bytes\":$(wc -c <"$work/lib/config.js"),\"evaluated\":\"build\"}" \
  "inspect lists a module evaluated at build time"
expect_out_contains "{\"path\":\"$work/lib/heavy.js\",\"kind\":\"commonjs\",\"bytes\":$(wc -c <"$work/lib/heavy.js"),\"evaluated\":\"start\"}" \
  "inspect lists a deferred module"

# Running a command at build time (to embed a version, say) passes the
# environment on without the module reading it: no hazard warning for it.
echo 'exports.version = require("child_process").execSync("echo v1.2").toString().trim();' \
  >"$work/lib/version.js"
echo 'console.log(require("./lib/version").version);' >"$work/version.js"
run_cmd "$thaw" snapshot "$work/version.js" -o "$work/version.snap"
expect_code 0 "a command run at build time"
checks=$((checks + 1))
[[ "$err" != *"warning"* ]] || fail "no hazard warning for the environment a command inherits (got: $err)"
run_cmd "$thaw" run --snapshot "$work/version.snap"
expect_out "v1.2" "the command's output is in the blob"

mv "$work/lib" "$work/lib.gone"
APPVAR=start run_cmd "$thaw" run --snapshot "$work/app.snap"
expect_out "4 heavy 42 at-start=start start 1 true true" \
  "the deferred module runs at start from the blob; the warm-up ran at build time"
mv "$work/lib.gone" "$work/lib"

run_cmd "$thaw" snapshot "$work/main.js" -o "$work/bad.snap" --defer ./lib/nothing
expect_code 1 "--defer of a module that does not exist"
expect_err_contains "--defer ./lib/nothing: Cannot find module './lib/nothing'" "--defer message"
run_cmd "$thaw" snapshot "$work/main.js" -o "$work/bad.snap" --warmup "$work/missing.js"
expect_code 1 "--warmup of a file that does not exist"
expect_err_contains "Cannot find module '$work/missing.js'" "--warmup message"

# A promise still pending (and reachable) when the blob would be taken fails
# the build, naming where it was created; a dropped one does not matter.
cat >"$work/lib/waits.js" <<'JS'
new Promise(() => {});
exports.done = (async () => { await null; return 1; })();
exports.ready = new Promise(() => {});
JS
echo 'require("./lib/waits");' >"$work/pending.js"
run_cmd "$thaw" snapshot "$work/pending.js" -o "$work/bad.snap"
expect_code 1 "a promise pending at snapshot time"
expect_err_contains "1 promise(s) were still pending when the snapshot was taken" \
  "the pending promise is counted (the unreachable one is not)"
expect_err_contains "Created at: $work/lib/waits.js:3:17" "where the pending promise was made"
checks=$((checks + 1))
[[ ! -e "$work/bad.snap" ]] || fail "no output file after a failed build"

# A FinalizationRegistry whose target died while building: V8 would abort
# serializing it with its cleanup pending; the builder runs the cleanup.
echo 'exports.registry = new FinalizationRegistry((v) => { globalThis.cleaned = v; }); exports.registry.register({}, 7);' \
  >"$work/lib/registry.js"
echo 'require("./lib/registry"); console.log("cleaned", globalThis.cleaned);' >"$work/registry.js"
run_cmd "$thaw" snapshot "$work/registry.js" -o "$work/registry.snap"
expect_code 0 "a FinalizationRegistry with a dead target at build time"
run_cmd "$thaw" run --snapshot "$work/registry.snap"
expect_out "cleaned 7" "its cleanup ran at build time"

# Intl objects cannot be serialized (V8 aborts on them). Formatters,
# collators, segmenters and locales made while building are lazy stand-ins,
# made for real on first use in each process; the segments and iterators a
# Segmenter hands out are real, and one still reachable fails the build
# naming its kind and where it was made, with no output file; one that was
# only used while building does not matter; and an exception is reported as
# usual even with an Intl object alive.
cat >"$work/lib/intl_kept.js" <<'JS'
const scratch = new Intl.DateTimeFormat('en', {timeZone: 'UTC'});
exports.epoch = scratch.format(0);
const money = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD'});
exports.price = (n) => money.format(n);
exports.isNumberFormat = money instanceof Intl.NumberFormat;
const words = new Intl.Segmenter('en', {granularity: 'word'});
exports.count = (text) => [...words.segment(text)].filter((s) => s.isWordLike).length;
JS
echo 'const i = require("./lib/intl_kept"); console.log(i.epoch, i.price(2.5), i.isNumberFormat, i.count("one two three"));' \
  >"$work/intl_kept.js"
run_cmd "$thaw" snapshot "$work/intl_kept.js" -o "$work/intl_kept.snap"
expect_code 0 "Intl formatters and segmenters kept at snapshot time"
run_cmd "$thaw" run --snapshot "$work/intl_kept.snap"
expect_out "1/1/1970 \$2.50 true 3" "kept Intl objects work in each process"
cat >"$work/lib/intl.js" <<'JS'
const segmenter = new Intl.Segmenter('en', {granularity: 'word'});
exports.words = segmenter.segment('a b');
JS
echo 'require("./lib/intl");' >"$work/intl.js"
rm -f "$work/bad.snap"
run_cmd "$thaw" snapshot "$work/intl.js" -o "$work/bad.snap"
expect_code 1 "an Intl object reachable at snapshot time"
expect_err_contains "1 Intl object(s) made while building are still reachable, and V8 cannot put Intl objects in a snapshot: the segments of an Intl.Segmenter created at $work/lib/intl.js:2:27." \
  "the reachable Intl objects are named with where they were made"
checks=$((checks + 1))
[[ "$err" != *"V8 crashed"* && "$err" != *"Fatal error"* ]] || fail "no V8 abort for an Intl object"
checks=$((checks + 1))
[[ ! -e "$work/bad.snap" ]] || fail "no output file after an Intl object"
cat >"$work/lib/intl_dropped.js" <<'JS'
exports.epoch = new Intl.DateTimeFormat('en', {timeZone: 'UTC'}).format(0);
exports.price = (n) => new Intl.NumberFormat('en-US').format(n);
JS
echo 'const i = require("./lib/intl_dropped"); console.log(i.epoch, i.price(1234.5));' >"$work/intl_dropped.js"
run_cmd "$thaw" snapshot "$work/intl_dropped.js" -o "$work/intl.snap"
expect_code 0 "Intl objects used and dropped while building"
run_cmd "$thaw" run --snapshot "$work/intl.snap"
expect_out "1/1/1970 1,234.5" "the app built with dropped Intl objects"
echo 'globalThis.keep = new Intl.Collator("de"); throw new Error("boom");' >"$work/lib/intl_throws.js"
echo 'require("./lib/intl_throws");' >"$work/intl_throws.js"
run_cmd "$thaw" snapshot "$work/intl_throws.js" -o "$work/bad.snap"
expect_code 1 "an exception at build time with an Intl object alive"
expect_err_contains "Error: boom" "the exception is reported, not a V8 abort"

# Errors that reach no try/catch while building fail it, as they would kill
# a running process: an exception thrown by a microtask, a rejection that
# nothing handles. A rejection handled later in the same run is fine.
echo 'queueMicrotask(() => { throw new Error("late"); });' >"$work/lib/microtask.js"
echo 'require("./lib/microtask");' >"$work/microtask.js"
run_cmd "$thaw" snapshot "$work/microtask.js" -o "$work/bad.snap"
expect_code 1 "an exception in a microtask at build time"
expect_err_contains "uncaught exception while building (in a microtask):" "microtask exception"
expect_err_contains "Error: late" "the microtask's error"
printf 'Promise.reject(new TypeError("nobody catches this"));\nPromise.reject(7);\n' >"$work/lib/rejects.js"
echo 'require("./lib/rejects");' >"$work/rejects.js"
run_cmd "$thaw" snapshot "$work/rejects.js" -o "$work/bad.snap"
expect_code 1 "an unhandled rejection at build time"
expect_err_contains "unhandled promise rejection while building, and 1 more:" "rejections are counted"
expect_err_contains "TypeError: nobody catches this" "the first rejection's reason"
checks=$((checks + 1))
[[ ! -e "$work/bad.snap" ]] || fail "no output file after an unhandled rejection"
echo 'const p = Promise.reject(new Error("x")); Promise.resolve().then(() => p.catch(() => {}));' \
  >"$work/lib/handled_late.js"
echo 'require("./lib/handled_late"); console.log("handled");' >"$work/handled_late.js"
run_cmd "$thaw" snapshot "$work/handled_late.js" -o "$work/handled.snap"
expect_code 0 "a rejection handled in a later microtask"
finish
