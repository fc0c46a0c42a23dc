// zlib's errors: bad and truncated data in every format, dictionaries,
// gzip members and trailing bytes, bad inputs and callbacks, crc32's
// arguments; each with Node's name, code, errno and message.
const zlib = require('zlib');

function show(label, body) {
  try {
    const result = body();
    console.log(label, Buffer.isBuffer(result) ? `buffer ${JSON.stringify(result.toString('latin1'))}` : result);
  } catch (e) {
    console.log(label, `${e.constructor.name} ${e.name} code=${e.code} errno=${e.errno} ` +
        `${JSON.stringify(e.message)} keys=${Object.keys(e)} ${e instanceof Error}`);
  }
}

// Compressed by Node 20's zlib, so that both runtimes break the same bytes
// (this zlib's compressor may choose other, equally valid, bytes).
const text = 'a sentence to compress, and then to break in several ways. '.repeat(20);
const deflated = Buffer.from('eJzty8EJgEAMBMBWtgCxp/VcUNScJEGxe7EIf/kODBGylDUhO1o/TlfEANqMXGSfTi5uWA2hS84dN58YwapVq1b9q76bV6XI', 'base64');
const gzipped = Buffer.from('H4sIAAAAAAAAA+3LwQmAQAwEwFa2ALGn9VxQ1JwkQbF7sQh/+Q4MEbKUNSE7Wj9OV8QA2oxcZJ9OLm5YDaFLzh03nxjBqlWrVv2rvke49QOcBAAA', 'base64');
const raw = Buffer.from('7cvBCYBADATAVrYAsaf1XFDUnCRBsXuxCH/5DgwRspQ1ITtaP05XxADajFxkn04ublgNoUvOHTefGMGqVatW/au+', 'base64');
console.log('fixtures', zlib.inflateSync(deflated).toString() === text, zlib.gunzipSync(gzipped).toString() === text,
    zlib.inflateRawSync(raw).toString() === text);
const garbage = Buffer.from('this is not compressed data at all');

for (const fn of ['inflateSync', 'gunzipSync', 'inflateRawSync', 'unzipSync']) {
  show(`${fn} garbage`, () => zlib[fn](garbage));
  show(`${fn} empty`, () => zlib[fn](Buffer.alloc(0)));
  show(`${fn} zeros`, () => zlib[fn](Buffer.alloc(32)));
  show(`${fn} 0xff`, () => zlib[fn](Buffer.alloc(32, 0xff)));
}
for (const [name, data, fn] of [['deflate', deflated, 'inflateSync'], ['gzip', gzipped, 'gunzipSync'],
  ['raw', raw, 'inflateRawSync'], ['gzip unzip', gzipped, 'unzipSync']]) {
  for (const cut of [1, 2, 4, 10, data.length - 4, data.length - 1]) {
    show(`${name} truncated to ${cut}`, () => zlib[fn](data.subarray(0, cut)));
  }
  const corrupt = Buffer.from(data);
  corrupt[Math.floor(data.length / 2)] ^= 0xff;
  show(`${name} corrupt middle`, () => zlib[fn](corrupt).length);
  const badCheck = Buffer.from(data);
  badCheck[data.length - 1] ^= 0x01;
  show(`${name} bad check value`, () => zlib[fn](badCheck).length);
}
show('gunzip of deflate', () => zlib.gunzipSync(deflated));
show('inflate of gzip', () => zlib.inflateSync(gzipped));
show('inflate of raw', () => zlib.inflateSync(raw));
show('inflateRaw of deflate', () => zlib.inflateRawSync(deflated));
show('gzip bad method', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 0x07, 0, 0, 0, 0, 0, 0, 3])));
show('gzip bad flags', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 0x08, 0xe0, 0, 0, 0, 0, 0, 3])));

// Data after a complete stream.
const member = zlib.gzipSync('member');
show('trailing garbage gunzip', () => zlib.gunzipSync(Buffer.concat([member, garbage])));
show('trailing gzip magic', () => zlib.gunzipSync(Buffer.concat([member, Buffer.from([0x1f, 0x8b, 0xff, 0xff])])));
show('trailing zeros gunzip', () => zlib.gunzipSync(Buffer.concat([member, Buffer.alloc(7)])));
show('trailing zero then garbage', () => zlib.gunzipSync(Buffer.concat([member, Buffer.from([0, 1, 2])])));
show('trailing garbage inflate', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('one'), garbage])));
show('trailing garbage unzip', () => zlib.unzipSync(Buffer.concat([zlib.deflateSync('one'), garbage])));
show('trailing garbage unzip gzip', () => zlib.unzipSync(Buffer.concat([member, garbage])));
show('three members', () => zlib.gunzipSync(Buffer.concat([member, zlib.gzipSync('+'), member])));
show('member then truncated', () => zlib.gunzipSync(Buffer.concat([member, member.subarray(0, 12)])));
show('raw then garbage', () => zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('raw'), garbage])));

// Dictionaries.
const dictionary = Buffer.from('sentence compress break');
show('needs dictionary', () => zlib.inflateSync(zlib.deflateSync('sentence', {dictionary})));
show('wrong dictionary', () => zlib.inflateSync(zlib.deflateSync('sentence', {dictionary}),
    {dictionary: Buffer.from('other')}));
show('raw wrong dictionary', () => zlib.inflateRawSync(zlib.deflateRawSync('sentence sentence', {dictionary}),
    {dictionary: Buffer.from('x')}));
show('unzip needs dictionary', () => zlib.unzipSync(zlib.deflateSync('sentence', {dictionary})));

// Inputs and callbacks.
for (const value of [42, null, undefined, {}, [1, 2], true, Symbol('s'), () => 1, 10n]) {
  const name = typeof value === 'symbol' ? 'symbol' : typeof value === 'function' ? 'function' : String(value);
  show(`deflateSync(${name})`, () => zlib.deflateSync(value));
  show(`gunzipSync(${name})`, () => zlib.gunzipSync(value));
  show(`deflate(${name}, cb)`, () => zlib.deflate(value, () => console.log('not called')));
}
show('deflate without callback', () => zlib.deflate('x'));
show('deflate options without callback', () => zlib.deflate('x', {}));
show('deflate callback not a function', () => zlib.deflate('x', {}, 'cb'));
show('gunzip bad options', () => zlib.gunzip('x', {level: 'high'}, () => {}));

// crc32.
const crc = [
  ['empty', ''], ['hello', 'hello'], ['unicode', 'héllo ✓'], ['buffer', Buffer.from('hello')],
  ['uint16', new Uint16Array([1, 2, 3])], ['dataview', new DataView(new ArrayBuffer(5))],
  ['bytes', Buffer.from(Array.from({length: 256}, (_, i) => i))],
];
for (const [name, data] of crc) {
  show(`crc32 ${name}`, () => zlib.crc32(data));
  show(`crc32 ${name} from 12345`, () => zlib.crc32(data, 12345));
}
show('crc32 continued', () => zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
show('crc32 max value', () => zlib.crc32('x', 4294967295));
for (const [data, value] of [[42, 0], [null, 0], [new ArrayBuffer(2), 0], ['x', -1], ['x', 1.5],
  ['x', 2 ** 32], ['x', '1'], ['x', null], ['x', NaN], ['x', 2 ** 40]]) {
  show(`crc32(${typeof data === 'object' && data ? data.constructor.name : String(data)}, ${value})`,
      () => zlib.crc32(data, value));
}
