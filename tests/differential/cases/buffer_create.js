// Buffer creation, inspect output, encodings and the module's shape.
const buffer = require('buffer');
const b = Buffer.from('héllo wörld €');
console.log(b, Buffer.alloc(60), [Buffer.from('a')], Buffer.alloc(51), Buffer.alloc(0));
const x = Buffer.from('ab');
x.foo = 1;
console.log(x, {nested: Buffer.from('xyz')});
console.log(require('util').inspect(Buffer.from('hi'), {showHidden: true}));
console.log(b.toString(), b.toString('hex'), b.toString('base64'), b.toString('base64url'));
console.log(b.toString('latin1'), b.toString('ascii'), b.toString('binary'), b.toString('utf-8', 1, 3));
console.log(Buffer.from('aGVsbG8gd29ybGQ=', 'base64').toString(), Buffer.from('aGk', 'base64'),
            Buffer.from('_-_-', 'base64url'), Buffer.from('a G\nk=', 'base64'), Buffer.from('aGk=aGk=', 'base64'));
console.log(Buffer.from('68656c6c6fzz', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('zz', 'hex'));
console.log(Buffer.from('abc', 'ucs2'), Buffer.from('abc', 'ucs2').toString('utf16le'), Buffer.from('ÿĀ', 'latin1'));
console.log(Buffer.from('€').toString('utf8', 0, 2), Buffer.from([0xff, 0xfe]).toString(),
            Buffer.from('\ud800').toString('hex'), Buffer.from('ab\ud800', 'utf16le').toString('utf16le').length);
console.log(Buffer.byteLength('€uro'), Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('abc', 'hex'),
            Buffer.byteLength('abc', 'ucs2'), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength('x', 'bogus'));
console.log(Buffer.concat([Buffer.from('a'), Buffer.from('bc')]), Buffer.concat([Buffer.from('abc')], 5),
            Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([]));
console.log(Buffer.alloc(5, 'ab'), Buffer.alloc(4, 0x41), Buffer.alloc(6, 'aGk=', 'base64'), Buffer.alloc(3, Buffer.from([1, 2])));
console.log(JSON.stringify(Buffer.from('hi')), [...Buffer.from('hi')], [...Buffer.from('hi').entries()]);
console.log(Buffer.from([1, 2, 3]).map((v) => v * 2), Buffer.from(new Uint16Array([256, 1])),
            Buffer.from({type: 'Buffer', data: [1, 2]}), Buffer.from(new String('str')), Buffer.from([257, -1, 1.5]));
const ab = new ArrayBuffer(8);
console.log(Buffer.from(ab, 2, 3).length, Buffer.from(ab).buffer === ab, Buffer.from(ab, 6).length);
console.log(Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)), Buffer.isEncoding('UTF-8'),
            Buffer.isEncoding('nope'), Buffer.isEncoding(''), Buffer.poolSize);
console.log(b instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
            Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.name, Buffer.length);
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES,
            buffer.Buffer === Buffer, require('node:buffer') === buffer, buffer.atob === atob);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Buffer').enumerable, Object.keys(globalThis).includes('Buffer'));
console.log(Buffer(3), new Buffer('ab'), Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(2).length, Buffer.of(1, 2));
console.log(buffer.isUtf8(Buffer.from('é')), buffer.isUtf8(Buffer.from([0xff])), buffer.isAscii(Buffer.from('a')), buffer.isAscii(Buffer.from('é')));
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('hello'));
