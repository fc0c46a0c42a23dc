// zlib's options: each one's effect on round trips and, for the settings
// whose output is the same in every zlib version, on the bytes; and Node's
// errors for bad values, in the order Node checks them.
const zlib = require('zlib');
const {constants} = zlib;

function show(label, body) {
  try {
    const result = body();
    console.log(label, Buffer.isBuffer(result) ? `${result.length} ${result.toString('hex').slice(0, 80)}` : result);
  } catch (e) {
    console.log(label, `${e.name} ${e.code} ${JSON.stringify(e.message)}`);
  }
}

const text = Buffer.from('options, options, options: every option has its range. '.repeat(200));
const same = (a) => a.equals(text);

for (const windowBits of [8, 9, 12, 15]) {
  show(`deflate windowBits ${windowBits}`, () => same(zlib.inflateSync(zlib.deflateSync(text, {windowBits}))));
  show(`deflate windowBits ${windowBits} exact`,
      () => zlib.inflateSync(zlib.deflateSync(text, {windowBits, level: 0}), {windowBits}).length);
  show(`raw windowBits ${windowBits}`, () => same(zlib.inflateRawSync(zlib.deflateRawSync(text, {windowBits}))));
  show(`gzip windowBits ${windowBits}`, () => same(zlib.gunzipSync(zlib.gzipSync(text, {windowBits}))));
}
show('header of a 512-byte window', () => zlib.deflateSync('x', {windowBits: 9, level: 0}).subarray(0, 2));
show('small window inflater', () => zlib.inflateSync(zlib.deflateSync(text, {windowBits: 15}), {windowBits: 9}));
for (const memLevel of [1, 5, 9]) {
  show(`memLevel ${memLevel}`, () => same(zlib.inflateSync(zlib.deflateSync(text, {memLevel}))));
  show(`memLevel ${memLevel} rle`, () => zlib.deflateSync(text, {memLevel, strategy: constants.Z_RLE}));
}
for (const strategy of [0, 1, 2, 3, 4]) {
  show(`strategy ${strategy}`, () => same(zlib.inflateSync(zlib.deflateSync(text, {strategy}))));
}
for (const chunkSize of [64, 100, 1024, 1e6, 100.7]) {
  show(`chunkSize ${chunkSize}`, () => same(zlib.inflateSync(zlib.deflateSync(text, {chunkSize}), {chunkSize})));
  // Stored blocks are as large as the output room zlib is given.
  show(`chunkSize ${chunkSize} stored`, () => require('crypto').createHash('md5')
      .update(zlib.deflateSync(Buffer.alloc(200000, 1), {level: 0, chunkSize})).digest('hex'));
}

// Dictionaries.
const dictionary = Buffer.from('options, every option has its range');
const withDict = zlib.deflateSync('options: every option has its range', {dictionary});
show('dictionary header', () => withDict.subarray(0, 6));
show('dictionary inflate', () => zlib.inflateSync(withDict, {dictionary}).toString());
show('dictionary as ArrayBuffer', () => zlib.inflateSync(withDict,
    {dictionary: new Uint8Array(dictionary).buffer}).toString());
show('dictionary as Uint16Array', () => zlib.inflateSync(zlib.deflateSync('ab', {dictionary: new Uint16Array([1, 2])}),
    {dictionary: new Uint16Array([1, 2])}).toString());
show('dictionary missing', () => zlib.inflateSync(withDict));
show('dictionary wrong', () => zlib.inflateSync(withDict, {dictionary: Buffer.from('nope')}));
show('raw dictionary', () => zlib.inflateRawSync(zlib.deflateRawSync('option option', {dictionary}),
    {dictionary}).toString());
show('gzip ignores dictionary', () => zlib.gunzipSync(zlib.gzipSync('dict', {dictionary})).toString());

// finishFlush and flush.
const packed = zlib.deflateSync(text);
show('truncated with sync flush', () => same(zlib.inflateSync(packed.subarray(0, 40),
    {finishFlush: constants.Z_SYNC_FLUSH}).subarray(0, 0)) === false);
show('truncated prefix', () => text.subarray(0, zlib.inflateSync(packed.subarray(0, 40),
    {finishFlush: constants.Z_SYNC_FLUSH}).length).equals(zlib.inflateSync(packed.subarray(0, 40),
    {finishFlush: constants.Z_SYNC_FLUSH})));
show('deflate sync flush', () => zlib.deflateSync('abc', {level: 0, finishFlush: constants.Z_SYNC_FLUSH}));
show('deflate full flush', () => zlib.deflateRawSync('abc', {level: 0, finishFlush: constants.Z_FULL_FLUSH}));
show('flush option', () => same(zlib.inflateSync(zlib.deflateSync(text, {flush: constants.Z_SYNC_FLUSH}))));

// maxOutputLength and info.
show('maxOutputLength fits', () => zlib.inflateSync(packed, {maxOutputLength: text.length}).length);
show('maxOutputLength too small', () => zlib.inflateSync(packed, {maxOutputLength: text.length - 1}));
show('maxOutputLength deflate', () => zlib.deflateSync(text, {maxOutputLength: 5}));
show('info', () => {
  const result = zlib.deflateSync('abc', {info: true, level: 0});
  return `${Object.keys(result)} ${result.buffer.toString('hex')} ${result.engine instanceof zlib.Deflate} ${result.engine.bytesWritten}`;
});
show('options not an object', () => zlib.deflateSync('x', 'level').length);
show('options null', () => zlib.deflateSync('x', null).length);

// Bad values.
const bad = {
  level: [10, -2, 'x', Infinity, -Infinity, NaN, 1.5, null, true, {}],
  windowBits: [7, 16, 0, '15', Infinity],
  memLevel: [0, 10, '8'],
  strategy: [-1, 5, []],
  chunkSize: [63, 0, -1, 'big', Infinity],
  flush: [6, -1, '2'],
  finishFlush: [6, -1, {}],
  maxOutputLength: [0, -1, 2 ** 33, 'x', 2 ** 32 + 1],
  dictionary: ['words', 42, [1, 2], null],
};
for (const [name, values] of Object.entries(bad)) {
  for (const value of values) {
    show(`deflate ${name}=${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
        () => zlib.deflateSync('x', {[name]: value}).length);
  }
}
for (const windowBits of [0, 8, undefined, null]) {
  show(`inflate windowBits ${windowBits}`, () => zlib.inflateSync(zlib.deflateSync('wb')).toString() +
      zlib.inflateSync(zlib.deflateSync('wb'), {windowBits}).toString());
  show(`gunzip windowBits ${windowBits}`, () => zlib.gunzipSync(zlib.gzipSync('wb'), {windowBits}).toString());
  show(`unzip windowBits ${windowBits}`, () => zlib.unzipSync(zlib.gzipSync('wb'), {windowBits}).toString());
  show(`inflateRaw windowBits ${windowBits}`, () => zlib.inflateRawSync(zlib.deflateRawSync('wb'), {windowBits}).toString());
}
show('gzip windowBits 8', () => zlib.gzipSync('x', {windowBits: 8}));
show('gunzip windowBits 8', () => zlib.gunzipSync(zlib.gzipSync('x'), {windowBits: 8}));
// Options are checked in Node's order, before the input.
show('order 1', () => zlib.deflateSync(42, {level: 99, windowBits: 99}));
show('order 2', () => zlib.deflateSync(42, {chunkSize: 1, level: 99}));
show('order 3', () => zlib.deflateSync(42, {dictionary: 1, chunkSize: 1}));
show('order 4', () => zlib.deflateSync(42, {maxOutputLength: 0, finishFlush: 9, flush: 9}));
show('order 5', () => zlib.deflateSync(42, {memLevel: 99, strategy: 99}));
