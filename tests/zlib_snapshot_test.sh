#!/usr/bin/env bash
# node:zlib in app snapshots: output computed at build time is kept; a
# stream created at build time but first used at run time works (its zlib
# state is made at first use); a stream already used at build time holds
# zlib state that cannot be carried into a new process, so using it at run
# time is a clear error, never a crash.
source tests/test_lib.sh
thaw=./thaw
work=${TEST_TMPDIR:-$(mktemp -d)}/zlib
mkdir -p "$work/lib"

cat >"$work/lib/packed.js" <<'JS'
const zlib = require('zlib');
const used = zlib.createGzip();
used.write('written at build time');
module.exports = {
  built: zlib.deflateSync('compressed at build time'),
  fresh: zlib.createDeflate({level: 9}),
  used,
  usedInflate: (() => {
    const inflate = zlib.createInflate();
    inflate.write(zlib.deflateSync('x').subarray(0, 3));
    return inflate;
  })(),
};
JS
cat >"$work/main.js" <<'JS'
const zlib = require('zlib');
const packed = require('./lib/packed');
console.log('built', zlib.inflateSync(packed.built).toString());
const chunks = [];
packed.fresh.on('data', (chunk) => chunks.push(chunk));
packed.fresh.on('end', () => console.log('fresh', zlib.inflateSync(Buffer.concat(chunks)).toString()));
packed.fresh.end('compressed at run time');
for (const name of ['used', 'usedInflate']) {
  packed[name].on('error', (e) => console.log(name, 'error', e.message));
  packed[name].end('more');
}
console.log('new', zlib.gunzipSync(zlib.gzipSync('new stream')).toString());
JS

run_cmd "$thaw" snapshot "$work/main.js" -o "$work/app.snap"
expect_code 0 "a snapshot with zlib streams builds"
run_cmd "$thaw" run --snapshot "$work/app.snap"
expect_code 0 "the app runs"
refused="error this zlib stream was used while a snapshot was built: its zlib state does not carry over into a running process"
expect_out "built compressed at build time
new new stream
used $refused
usedInflate $refused
fresh compressed at run time" "build-time output kept, unused streams work, used ones refused"

finish
