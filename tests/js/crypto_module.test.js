// node:crypto: known-answer vectors (RFC 1321, FIPS 180-4 examples,
// FIPS 202, RFC 2202, RFC 4231), randomness by its shape, and the native
// side's robustness: many unfinished hashes are freed, handles cannot be
// reached or misused.
const crypto = require('crypto');

const hex = (algorithm, data, options) =>
  crypto.createHash(algorithm, options).update(data).digest('hex');
const hmacHex = (algorithm, key, data) => crypto.createHmac(algorithm, key).update(data).digest('hex');
const fips448 = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
const fips896 = 'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno' +
    'ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';

test('MD5 (RFC 1321 test suite)', () => {
  assertEqual(hex('md5', ''), 'd41d8cd98f00b204e9800998ecf8427e');
  assertEqual(hex('md5', 'abc'), '900150983cd24fb0d6963f7d28e17f72');
  assertEqual(hex('md5', 'message digest'), 'f96b697d7cb7938d525a2f31aaf161d0');
  assertEqual(hex('md5', 'abcdefghijklmnopqrstuvwxyz'), 'c3fcd3d76192e4007dfb496cca67e13b');
});

test('SHA-1 and SHA-2 (FIPS 180 examples)', () => {
  assertEqual(hex('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assertEqual(hex('sha1', fips448), '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  assertEqual(hex('sha224', 'abc'), '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
  assertEqual(hex('sha224', fips448), '75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525');
  assertEqual(hex('sha256', 'abc'),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assertEqual(hex('sha256', fips448),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  assertEqual(hex('sha384', 'abc'),
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
      '8086072ba1e7cc2358baeca134c825a7');
  assertEqual(hex('sha384', fips896),
      '09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712' +
      'fcc7c71a557e2db966c3e9fa91746039');
  assertEqual(hex('sha512', 'abc'),
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
      '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
  assertEqual(hex('sha512', fips896),
      '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018' +
      '501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909');
});

test('a million a, fed in uneven pieces', () => {
  for (const [algorithm, expected] of [
    ['sha1', '34aa973cd4c4daa4f61eeb2bdbad27316534016f'],
    ['sha256', 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ]) {
    const hash = crypto.createHash(algorithm);
    let fed = 0;
    for (let size = 1; fed < 1e6; size = (size * 7 + 3) % 4099 + 1) {
      const piece = Math.min(size, 1e6 - fed);
      hash.update(fed % 2 ? 'a'.repeat(piece) : Buffer.alloc(piece, 'a'));
      fed += piece;
    }
    assertEqual(hash.digest('hex'), expected, algorithm);
    assertEqual(hex(algorithm, 'a'.repeat(1e6)), expected, `${algorithm} at once`);
  }
});

test('SHA-3 and SHAKE (FIPS 202)', () => {
  assertEqual(hex('sha3-256', ''), 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a');
  assertEqual(hex('sha3-256', 'abc'),
      '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532');
  assertEqual(hex('shake128', '', {outputLength: 32}),
      '7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26');
  assertEqual(hex('shake256', '', {outputLength: 64}),
      '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f' +
      'd75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be');
  // Shorter output is a prefix of longer output.
  assertEqual(hex('shake256', 'x', {outputLength: 5}),
      hex('shake256', 'x', {outputLength: 500}).slice(0, 10));
  assertEqual(crypto.createHash('shake128', {outputLength: 100000}).digest().length, 100000);
});

test('HMAC (RFC 2202 and RFC 4231)', () => {
  const key0b = Buffer.alloc(20, 0x0b);
  assertEqual(hmacHex('md5', Buffer.alloc(16, 0x0b), 'Hi There'), '9294727a3638bb1c13f48ef8158bfc9d');
  assertEqual(hmacHex('md5', 'Jefe', 'what do ya want for nothing?'),
      '750c783e6ab0b503eaa86e310a5db738');
  assertEqual(hmacHex('sha1', key0b, 'Hi There'), 'b617318655057264e28bc0b6fb378c8ef146be00');
  assertEqual(hmacHex('sha1', 'Jefe', 'what do ya want for nothing?'),
      'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
  assertEqual(hmacHex('sha256', key0b, 'Hi There'),
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
  assertEqual(hmacHex('sha256', 'Jefe', 'what do ya want for nothing?'),
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  assertEqual(hmacHex('sha512', key0b, 'Hi There'),
      '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
      'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854');
  assertEqual(hmacHex('sha512', 'Jefe', 'what do ya want for nothing?'),
      '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
      '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737');
  // Test case 5: the output truncated to 128 bits.
  assertEqual(hmacHex('sha256', Buffer.alloc(20, 0x0c), 'Test With Truncation').slice(0, 32),
      'a3b6167473100ee06e0c796c2955552b');
  // The same key as a string, a Buffer, a typed array and an ArrayBuffer.
  const expected = hmacHex('sha256', 'Jefe', 'x');
  assertEqual(hmacHex('sha256', Buffer.from('Jefe'), 'x'), expected);
  assertEqual(hmacHex('sha256', new Uint8Array(Buffer.from('Jefe')), 'x'), expected);
  assertEqual(hmacHex('sha256', new Uint8Array(Buffer.from('Jefe')).buffer, 'x'), expected);
  // Many HMACs share a per-digest template: each still gets its own key.
  assert(hmacHex('sha256', 'k1', 'x') !== hmacHex('sha256', 'k2', 'x'));
});

test('copy() is independent of its original', () => {
  const hash = crypto.createHash('sha256').update('a');
  const copies = [hash.copy(), hash.copy()];
  hash.update('b');
  copies[0].update('b');
  assertEqual(hash.digest('hex'), copies[0].digest('hex'));
  assertEqual(copies[1].digest('hex'), hex('sha256', 'a'));
});

test('randomBytes, randomInt, randomUUID look random', () => {
  const counts = new Array(256).fill(0);
  const bytes = crypto.randomBytes(256 * 400);
  for (const byte of bytes) counts[byte]++;
  // Each value is expected 400 times; 250..550 is more than 7 sigma wide.
  assert(counts.every((n) => n > 250 && n < 550), `skewed byte counts: ${counts}`);
  const dice = new Array(6).fill(0);
  for (let i = 0; i < 60000; i++) dice[crypto.randomInt(1, 7) - 1]++;
  assert(dice.every((n) => n > 9000 && n < 11000), `skewed randomInt: ${dice}`);
  const big = crypto.randomInt(2 ** 48 - 1);
  assert(Number.isSafeInteger(big) && big >= 0 && big < 2 ** 48 - 1);
  const uuids = new Set(Array.from({length: 1000}, () => crypto.randomUUID()));
  assertEqual(uuids.size, 1000);
  assertEqual(crypto.randomBytes(16).equals(crypto.randomBytes(16)), false);
});

test('callbacks get their results asynchronously', async () => {
  let sync = true;
  const pending = Promise.all([
    new Promise((resolve) => crypto.randomBytes(32, (error, bytes) => resolve([error, bytes.length, sync]))),
    new Promise((resolve) => crypto.randomInt(10, (error, n) => resolve([error, n < 10, sync]))),
    new Promise((resolve) => crypto.randomFill(new Uint8Array(8), (error, bytes) => resolve([error, bytes.length, sync]))),
  ]);
  sync = false;
  const results = await pending;
  assertEqual(results[1][0], undefined, 'randomInt passes no error');
  assertDeepEqual(results, [[null, 32, false], [undefined, true, false], [null, 8, false]]);
});

test('unfinished hashes are freed with their objects', () => {
  const before = process.memoryUsage().rss;
  for (let i = 0; i < 300000; i++) {
    crypto.createHash('sha512').update('x');
    crypto.createHmac('sha256', 'key').update('y');
  }
  const grown = (process.memoryUsage().rss - before) / 1e6;
  // Kept alive, 600,000 OpenSSL contexts would take hundreds of megabytes.
  assert(grown < 100, `memory grew by ${grown} MB`);
});

test('the native handle cannot be reached or used on the wrong object', () => {
  const hash = crypto.createHash('sha1');
  assertDeepEqual(Object.getOwnPropertySymbols(hash), []);
  assertDeepEqual(Object.keys(hash), ['_options']);
  for (const receiver of [{}, crypto.createHmac('sha1', 'k'), Object.create(crypto.Hash.prototype)]) {
    assertThrows(() => crypto.Hash.prototype.update.call(receiver, 'x'),
        (error) => assert(error instanceof TypeError, String(error)));
    assertThrows(() => crypto.Hash.prototype.digest.call(receiver),
        (error) => assert(error instanceof TypeError, String(error)));
  }
  assertThrows(() => crypto.Hmac.prototype.digest.call(hash),
      (error) => assert(error instanceof TypeError, String(error)));
});

test('thaw refuses update() after a stream finished the hash (Node ignores it)', async () => {
  const hash = crypto.createHash('sha1');
  hash.end('x');
  const [digest] = await new Promise((resolve) => {
    const chunks = [];
    hash.on('data', (chunk) => chunks.push(chunk));
    hash.on('end', () => resolve(chunks));
  });
  assertEqual(digest.toString('hex'), hex('sha1', 'x'));
  assertThrows(() => hash.update('y'), (error) => assertEqual(error.code, 'ERR_CRYPTO_HASH_FINALIZED'));
});

test('OpenSSL errors carry Node\'s properties', () => {
  const error = assertThrows(() => crypto.createHash('md4'));
  assertEqual(error.code, 'ERR_OSSL_EVP_UNSUPPORTED');
  assertEqual(error.library, 'digital envelope routines');
  assertEqual(error.reason, 'unsupported');
  // Nothing is left queued for the next call.
  assertEqual(hex('sha1', ''), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
});
