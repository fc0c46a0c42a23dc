// node:crypto's createHash and hash(): algorithms and their aliases, input
// types and encodings, chaining, copy(), extendable output, output encodings
// and the errors for bad arguments and finished digests.
const crypto = require('node:crypto');

function attempt(label, body) {
  try {
    console.log(`${label}: ${body()}`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} ${JSON.stringify(e.message)}`);
  }
}

for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256',
  'sha3-256', 'sha3-512', 'shake128', 'shake256', 'blake2b512', 'blake2s256', 'ripemd160', 'sm3',
  'md5-sha1', 'RSA-SHA256', 'SHA256', 'Sha1', 'sha256WithRSAEncryption', 'sha-256', 'SHA2-512']) {
  attempt(algorithm, () => crypto.createHash(algorithm).update('abc').digest('hex'));
}
attempt('unknown algorithm', () => crypto.createHash('no-such-digest'));
attempt('empty algorithm', () => crypto.createHash(''));
attempt('md4 (no provider implements it)', () => crypto.createHash('md4').digest('hex'));
for (const value of [undefined, null, 5, {}, ['sha1'], Symbol('x')]) {
  attempt(`algorithm ${typeof value}`, () => crypto.createHash(value));
}

// FIPS 180-2 examples and the empty message.
attempt('sha1 empty', () => crypto.createHash('sha1').digest('hex'));
attempt('sha256 empty', () => crypto.createHash('sha256').digest('hex'));
const twoBlocks = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
attempt('sha256 two blocks', () => crypto.createHash('sha256').update(twoBlocks).digest('hex'));
attempt('sha512 two blocks', () => crypto.createHash('sha512').update(twoBlocks).digest('hex'));
attempt('sha1 million a', () => {
  const hash = crypto.createHash('sha1');
  const chunk = 'a'.repeat(1000);
  for (let i = 0; i < 1000; i++) hash.update(chunk);
  return hash.digest('hex');
});

// Inputs: strings in each encoding, Buffers, every typed array, DataView.
const inputs = [
  ['utf8 string', ['héllo wörld ✓']],
  ['utf8 explicitly', ['héllo', 'utf8']],
  ['UTF-8 spelled differently', ['héllo', 'UTF-8']],
  ['latin1', ['héllo', 'latin1']],
  ['binary', ['héllo', 'binary']],
  ['ascii', ['héllo', 'ascii']],
  ['ucs2', ['héllo', 'ucs2']],
  ['utf16le', ['héllo', 'utf16le']],
  ['hex', ['00ff10', 'hex']],
  ['HEX', ['00ff10', 'HEX']],
  ['base64', ['aGVsbG8=', 'base64']],
  ['base64url', ['aGVsbG8', 'base64url']],
  ['unknown encoding is utf8', ['hello', 'no-such-encoding']],
  ['number encoding is utf8', ['hello', 5]],
  ['lone surrogate', ['\ud800x']],
  ['empty string', ['']],
  ['Buffer', [Buffer.from('hello')]],
  ['Buffer slice', [Buffer.from('xxhelloxx').subarray(2, 7)]],
  ['Uint8Array', [new Uint8Array([1, 2, 3])]],
  ['Uint16Array', [new Uint16Array([0x6162, 0x6364])]],
  ['Float64Array', [new Float64Array([1.5])]],
  ['BigInt64Array', [new BigInt64Array([-1n])]],
  ['DataView', [new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2)]],
  ['empty Uint8Array', [new Uint8Array(0)]],
  ['Buffer ignores the encoding', [Buffer.from('hello'), 'hex']],
];
for (const [label, args] of inputs) {
  attempt(`input ${label}`, () => crypto.createHash('sha256').update(...args).digest('hex'));
}
attempt('odd-length hex', () => crypto.createHash('sha1').update('abc', 'hex'));
for (const value of [undefined, null, 5, {}, [1, 2], new ArrayBuffer(4), true, 5n]) {
  attempt(`update(${typeof value} ${Object.prototype.toString.call(value)})`,
      () => crypto.createHash('sha1').update(value));
}

// Chaining and splitting give the same digest.
attempt('chained pieces equal the whole', () => {
  const pieces = crypto.createHash('sha512').update('ab').update(Buffer.from('cd'))
      .update(new Uint8Array([0x65])).update('66', 'hex').digest('hex');
  return pieces === crypto.createHash('sha512').update('abcdef').digest('hex');
});
attempt('update returns the hash', () => {
  const hash = crypto.createHash('md5');
  return hash.update('x') === hash;
});

// Output encodings.
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8',
  'ucs2', 'utf16le', 'HEX', 'Base64', 'buffer', undefined, null, '', 0, 'no-such-encoding']) {
  attempt(`digest(${JSON.stringify(encoding)})`, () => {
    const digest = crypto.createHash('md5').update('encodings').digest(encoding);
    return Buffer.isBuffer(digest) ? `Buffer ${digest.toString('hex')}` : JSON.stringify(digest);
  });
}

// Finished digests.
const done = crypto.createHash('sha256').update('x');
done.digest();
attempt('digest twice', () => done.digest('hex'));
attempt('update after digest', () => done.update('y'));
attempt('update with bad data after digest', () => done.update(5));
attempt('copy after digest', () => done.copy());

// copy(): an independent hash in the same state.
attempt('copy', () => {
  const hash = crypto.createHash('sha256').update('a');
  const copy = hash.copy();
  hash.update('b');
  copy.update('c');
  return `${hash.digest('hex')} ${copy.digest('hex')} ${copy instanceof crypto.Hash}`;
});
attempt('copy of a copy', () => {
  const hash = crypto.createHash('sha1').update('one');
  return hash.copy().copy().update('two').digest('hex') ===
    crypto.createHash('sha1').update('onetwo').digest('hex');
});
attempt('original still usable after its copy is digested', () => {
  const hash = crypto.createHash('md5').update('a');
  hash.copy().digest();
  return hash.update('b').digest('hex');
});

// Extendable output (shake128/256) and options.outputLength.
for (const [algorithm, length] of [['shake128', 0], ['shake128', 1], ['shake128', 5],
  ['shake256', 64], ['shake256', 200], ['sha1', 20], ['sha256', 32], ['sha1', 5], ['md5', 0]]) {
  attempt(`${algorithm} outputLength ${length}`,
      () => crypto.createHash(algorithm, {outputLength: length}).update('xof').digest('hex'));
}
for (const outputLength of [-1, 1.5, 2 ** 32, NaN, '5', null]) {
  attempt(`outputLength ${String(outputLength)}`,
      () => crypto.createHash('shake128', {outputLength}).digest('hex'));
}
attempt('options that are not objects are ignored', () =>
  crypto.createHash('sha1', 5).digest('hex') + crypto.createHash('sha1', null).digest('hex'));
attempt('copy with its own outputLength', () => {
  const hash = crypto.createHash('shake256', {outputLength: 5}).update('x');
  return `${hash.copy().digest('hex')} ${hash.copy({outputLength: 3}).digest('hex')} ` +
    `${hash.digest('hex')}`;
});
attempt('copy with a bad outputLength', () =>
  crypto.createHash('sha1').copy({outputLength: 7}));

// crypto.hash(): one shot, hex by default.
attempt('hash sha1', () => crypto.hash('sha1', 'abc'));
attempt('hash base64', () => crypto.hash('sha256', 'abc', 'base64'));
attempt('hash buffer', () => crypto.hash('md5', Buffer.from('abc'), 'buffer').toString('hex'));
attempt('hash typed array', () => crypto.hash('sha1', new Uint16Array([0x6261])));
attempt('hash shake256 default length', () => crypto.hash('shake256', ''));
attempt('hash unknown', () => crypto.hash('no-such-digest', 'a'));
attempt('hash md4', () => crypto.hash('md4', 'a'));
attempt('hash bad input', () => crypto.hash('sha1', 5));
attempt('hash ArrayBuffer input', () => crypto.hash('sha1', new ArrayBuffer(1)));
attempt('hash bad encoding', () => crypto.hash('sha1', 'a', 'no-such-encoding'));
attempt('hash encoding not a string', () => crypto.hash('sha1', 'a', 5));
attempt('hash algorithm not a string', () => crypto.hash(1, 'a'));

// getHashes(): sorted, without duplicates that differ only in case.
const hashes = crypto.getHashes();
console.log('getHashes is a fresh array', hashes !== crypto.getHashes() && Array.isArray(hashes));
console.log('getHashes sorted', hashes.join() === [...hashes].sort().join());
console.log('getHashes unique ignoring case',
    new Set(hashes.map((name) => name.toLowerCase())).size === hashes.length);
console.log('getHashes has', ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'sha3-256', 'shake256',
  'RSA-SHA256', 'ripemd160'].filter((name) => hashes.includes(name)).join());
console.log('getHashes lacks', ['SHA256', 'MD5', 'md4'].filter((name) => !hashes.includes(name)).join());
console.log('every listed hash works', hashes.every((name) => {
  try {
    return crypto.createHash(name).update('x').digest().length > 0;
  } catch {
    return false;
  }
}));
