#!/usr/bin/env bash
# node:crypto in app snapshots: digests computed at build time are kept;
# a Hash or Hmac still open when the snapshot is written holds OpenSSL state
# that cannot be carried into a new process, so using it at run time is a
# clear error, never a crash; new hashes work; random bytes are refused at
# build time.
source tests/test_lib.sh
thaw=./thaw
work=${TEST_TMPDIR:-$(mktemp -d)}/crypto
mkdir -p "$work/lib"

cat >"$work/lib/hashes.js" <<'JS'
const crypto = require('crypto');
module.exports = {
  built: crypto.createHash('sha256').update('built at build time').digest('hex'),
  open: crypto.createHash('sha1').update('a'),
  openHmac: crypto.createHmac('sha256', 'key').update('a'),
  copied: crypto.createHash('md5').update('x').copy(),
};
JS
cat >"$work/main.js" <<'JS'
const crypto = require('crypto');
const hashes = require('./lib/hashes');
function attempt(label, body) {
  try {
    console.log(label, body());
  } catch (e) {
    console.log(label, 'throws', e.message);
  }
}
attempt('built', () => hashes.built === crypto.createHash('sha256').update('built at build time').digest('hex'));
attempt('open update', () => hashes.open.update('b'));
attempt('open digest', () => hashes.open.digest('hex'));
attempt('open copy', () => hashes.open.copy());
attempt('open hmac', () => hashes.openHmac.digest('hex'));
attempt('copied', () => hashes.copied.digest('hex'));
attempt('new hash', () => crypto.createHash('sha1').update('ab').digest('hex'));
attempt('random', () => crypto.randomBytes(4).length);
JS

run_cmd "$thaw" snapshot "$work/main.js" -o "$work/app.snap"
expect_code 0 "a snapshot with open hashes builds"
run_cmd "$thaw" run --snapshot "$work/app.snap"
expect_code 0 "the app runs"
refused="throws this Hash or Hmac was created while a snapshot was built: its OpenSSL state does not carry over into a running process"
expect_out "built true
open update $refused
open digest $refused
open copy $refused
open hmac $refused
copied $refused
new hash da23614e02469a0d7c7bd1bdab5c9c474b1904dc
random 4" "build-time digests kept, open hashes refused with a message"

cat >"$work/random_at_build.js" <<'JS'
require('./lib/random');
JS
printf 'module.exports = require("crypto").randomBytes(4);\n' >"$work/lib/random.js"
run_cmd "$thaw" snapshot "$work/random_at_build.js" -o "$work/random.snap"
expect_code 1 "random bytes at build time fail the build"
expect_err_contains "random values cannot be drawn while building a snapshot" "why"

finish
