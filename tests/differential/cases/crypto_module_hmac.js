// node:crypto's createHmac: RFC 4231 vectors, key types and encodings,
// chaining, output encodings, a second digest() and the errors.
const crypto = require('crypto');

function attempt(label, body) {
  try {
    console.log(`${label}: ${body()}`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} ${JSON.stringify(e.message)}`);
  }
}

// RFC 4231 test cases 1, 2, 3, 4, 6 and 7 (case 5 truncates its output).
const rfc4231 = [
  [Buffer.alloc(20, 0x0b), Buffer.from('Hi There')],
  [Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')],
  [Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd)],
  [Buffer.from('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'), Buffer.alloc(50, 0xcd)],
  [Buffer.alloc(131, 0xaa), Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First')],
  [Buffer.alloc(131, 0xaa), Buffer.from('This is a test using a larger than block-size key and a ' +
    'larger than block-size data. The key needs to be hashed before being used by the HMAC ' +
    'algorithm.')],
];
rfc4231.forEach(([key, data], index) => {
  for (const algorithm of ['sha224', 'sha256', 'sha384', 'sha512']) {
    attempt(`rfc4231 ${index} ${algorithm}`,
        () => crypto.createHmac(algorithm, key).update(data).digest('hex'));
  }
});

for (const algorithm of ['md5', 'sha1', 'sha3-256', 'RSA-SHA256', 'SHA512', 'sha-256',
  'blake2b512', 'ripemd160', 'sm3']) {
  attempt(`hmac ${algorithm}`, () => crypto.createHmac(algorithm, 'key').update('data').digest('hex'));
}

// Keys: strings (with an encoding), Buffers, typed arrays, DataView,
// ArrayBuffer, empty.
const keys = [
  ['string', ['secret']],
  ['utf8 string', ['sécret ✓']],
  ['hex string', ['73656372', {encoding: 'hex'}]],
  ['base64 string', ['c2VjcmV0', {encoding: 'base64'}]],
  ['latin1 string', ['sécret', {encoding: 'latin1'}]],
  ['options without encoding', ['secret', {}]],
  ['options null', ['secret', null]],
  ['Buffer', [Buffer.from('secret')]],
  ['Buffer ignores options.encoding', [Buffer.from('secret'), {encoding: 'hex'}]],
  ['Uint8Array', [new Uint8Array([1, 2, 3])]],
  ['Uint32Array', [new Uint32Array([0x01020304])]],
  ['DataView', [new DataView(new Uint8Array([5, 6, 7]).buffer)]],
  ['ArrayBuffer', [new Uint8Array([1, 2, 3]).buffer]],
  ['empty string', ['']],
  ['empty Buffer', [Buffer.alloc(0)]],
];
for (const [label, [key, options]] of keys) {
  attempt(`key ${label}`, () => crypto.createHmac('sha256', key, options).update('data').digest('hex'));
}
for (const key of [undefined, null, 5, {}, [1], true]) {
  attempt(`key ${Object.prototype.toString.call(key)}`, () => crypto.createHmac('sha256', key));
}
for (const algorithm of [undefined, 5, null]) {
  attempt(`hmac algorithm ${String(algorithm)}`, () => crypto.createHmac(algorithm, 'key'));
}
attempt('unknown digest', () => crypto.createHmac('no-such-digest', 'key'));
attempt('md4', () => crypto.createHmac('md4', 'key'));

attempt('chaining', () => {
  const hmac = crypto.createHmac('sha1', 'k');
  return hmac.update('a') === hmac &&
    hmac.update(Buffer.from('b')).update('63', 'hex').digest('hex') ===
      crypto.createHmac('sha1', 'k').update('abc').digest('hex');
});
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'buffer', undefined, 'nope']) {
  attempt(`digest(${String(encoding)})`, () => {
    const digest = crypto.createHmac('md5', 'k').update('x').digest(encoding);
    return Buffer.isBuffer(digest) ? `Buffer ${digest.toString('hex')}` : JSON.stringify(digest);
  });
}
for (const value of [5, null, undefined, {}]) {
  attempt(`update(${String(value)})`, () => crypto.createHmac('sha1', 'k').update(value));
}

// A second digest() gives empty output; update() after digest() throws.
const hmac = crypto.createHmac('sha256', 'k');
console.log('first', hmac.digest('hex'));
attempt('second digest(hex)', () => JSON.stringify(hmac.digest('hex')));
attempt('second digest()', () => `Buffer of ${hmac.digest().length}`);
attempt('second digest(buffer)', () => `Buffer of ${hmac.digest('buffer').length}`);
attempt('second digest(nope)', () => JSON.stringify(hmac.digest('nope')));
attempt('update after digest', () => hmac.update('x'));
attempt('Hmac has no copy', () => typeof hmac.copy);
