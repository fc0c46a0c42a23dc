// node:zlib from an ES module: default and named imports.
import zlib, {gzipSync, gunzipSync, constants, createGzip, crc32} from 'node:zlib';
import * as namespace from 'zlib';

console.log(gunzipSync(gzipSync('from esm')).toString());
console.log(constants.Z_BEST_COMPRESSION, typeof createGzip, crc32('esm'));
console.log(zlib.gzipSync === gzipSync, namespace.default === zlib, namespace.inflateSync === zlib.inflateSync);
console.log(Object.keys(namespace).sort().join(' '));
