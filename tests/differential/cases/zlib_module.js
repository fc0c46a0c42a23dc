// node:zlib's shape: its exports, constants (all but ZLIB_VERNUM, the
// linked zlib's version), codes, the legacy Z_* names on the module, and
// the factories and classes.
const zlib = require('zlib');
const zlib2 = require('node:zlib');

console.log('same module', zlib === zlib2);
console.log('keys', Object.keys(zlib).join(' '));
const {ZLIB_VERNUM, ...constants} = zlib.constants;
console.log('constants', JSON.stringify(constants));
console.log('Z_MAX_CHUNK', zlib.constants.Z_MAX_CHUNK);
console.log('ZLIB_VERNUM', typeof ZLIB_VERNUM, ZLIB_VERNUM > 0x1200);
console.log('constants frozen', Object.isFrozen(zlib.constants), Object.getPrototypeOf(zlib.constants));
console.log('codes', JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes));
const legacy = Object.getOwnPropertyNames(zlib).filter((name) => !Object.keys(zlib).includes(name));
console.log('legacy names', legacy.filter((name) => name !== 'ZLIB_VERNUM').map((name) => `${name}=${zlib[name]}`).join(' '));
console.log('legacy descriptor', JSON.stringify(Object.getOwnPropertyDescriptor(zlib, 'Z_BEST_SPEED')));
console.log('constants descriptor', JSON.stringify({...Object.getOwnPropertyDescriptor(zlib, 'constants'), value: 0}));
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip']) {
  const made = zlib[`create${name}`]();
  const withoutNew = zlib[name]();
  console.log(name, typeof zlib[name], made instanceof zlib[name], withoutNew instanceof zlib[name],
      made.constructor.name, made.readableHighWaterMark, made.writableHighWaterMark,
      made.bytesWritten, typeof made.flush, typeof made.params, typeof made.reset, typeof made.close);
  made.destroy();
  withoutNew.destroy();
}
console.log('lengths', zlib.deflateSync.length, zlib.deflate.length, zlib.createGzip.length,
    zlib.Gzip.length, zlib.crc32.length);
class MyGzip extends zlib.Gzip {
  hello() { return 'subclass'; }
}
const mine = new MyGzip({level: 1});
console.log('subclass', mine.hello(), mine instanceof zlib.Gzip, zlib.gunzipSync(mine._processChunk(Buffer.from('sub'), zlib.constants.Z_FINISH)).toString());
console.log('highWaterMark option', zlib.createGzip({highWaterMark: 100}).writableHighWaterMark);
console.log('objectMode ignored', zlib.createGzip({objectMode: true}).writableObjectMode);
console.log('builtinModules', require('module').builtinModules.includes('zlib'));
