// crypto: random values (with loose statistical checks), UUIDs, digests of
// known vectors, the DOMException class of its errors.

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
const ascii = (text) => new Uint8Array(Array.from(text, (c) => c.charCodeAt(0)));

function checkDOMException(error, name, code) {
  assertEqual(error.name, name);
  assertEqual(error.code, code);
  assert(error instanceof Error);
  assert(error instanceof DOMException, `${name} is a DOMException`);
}

test('getRandomValues fills every byte and looks uniform', () => {
  const bytes = crypto.getRandomValues(new Uint8Array(65536));
  const counts = new Array(256).fill(0);
  for (const b of bytes) counts[b]++;
  // 256 expected per value; a CSPRNG stays far inside these bounds.
  assert(counts.every((c) => c > 150 && c < 370), `uneven counts: ${Math.min(...counts)}..${Math.max(...counts)}`);
  let chi = 0;
  for (const c of counts) chi += (c - 256) ** 2 / 256;
  assert(chi < 400, `chi-square ${chi} for 255 degrees of freedom`);
});

test('getRandomValues writes only the view, and returns it', () => {
  const whole = new Uint32Array(16);
  const part = whole.subarray(4, 12);
  assertEqual(crypto.getRandomValues(part), part);
  assert(whole.subarray(0, 4).every((v) => v === 0) && whole.subarray(12).every((v) => v === 0));
  assert(part.some((v) => v !== 0));
});

test('getRandomValues errors are DOMExceptions', () => {
  checkDOMException(assertThrows(() => crypto.getRandomValues(new Float64Array(1))), 'TypeMismatchError', 17);
  const quota = assertThrows(() => crypto.getRandomValues(new Uint8Array(65537)));
  checkDOMException(quota, 'QuotaExceededError', 22);
  assertEqual(quota.message, 'The requested length exceeds 65,536 bytes');
});

test('randomUUID: version 4, RFC 4122 variant, lowercase, unique', () => {
  const seen = new Set();
  for (let i = 0; i < 5000; i++) {
    const uuid = crypto.randomUUID();
    assert(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid);
    seen.add(uuid);
  }
  assertEqual(seen.size, 5000);
});

test('digest: FIPS 180 vectors', async () => {
  const abc = ascii('abc');
  assertEqual(hex(await crypto.subtle.digest('SHA-1', abc)), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assertEqual(hex(await crypto.subtle.digest('SHA-256', abc)),
              'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assertEqual(hex(await crypto.subtle.digest('SHA-384', abc)),
              'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
              '8086072ba1e7cc2358baeca134c825a7');
  assertEqual(hex(await crypto.subtle.digest('SHA-512', abc)),
              'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
              '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
  assertEqual(hex(await crypto.subtle.digest({name: 'sha-256'}, new ArrayBuffer(0))),
              'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('digest of a view hashes exactly its bytes', async () => {
  const bytes = ascii('xxabcxx');
  const view = new DataView(bytes.buffer, 2, 3);
  assertEqual(hex(await crypto.subtle.digest('SHA-1', view)), 'a9993e364706816aba3e25717850c26c9cd0d89d');
});

test('digest of an unknown algorithm rejects with NotSupportedError', async () => {
  let error;
  await crypto.subtle.digest('MD5', new Uint8Array(1)).catch((e) => { error = e; });
  checkDOMException(error, 'NotSupportedError', 9);
  assertEqual(error.message, 'Unrecognized algorithm name');
});

test('many digests in parallel all resolve correctly', async () => {
  const results = await Promise.all(Array.from({length: 100}, (_, i) =>
    crypto.subtle.digest('SHA-256', new Uint8Array([i]))));
  const again = await crypto.subtle.digest('SHA-256', new Uint8Array([42]));
  assertEqual(hex(results[42]), hex(again));
  assertEqual(new Set(results.map(hex)).size, 100);
});

test('crypto global: Node 20 shape', () => {
  const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  assertEqual(typeof d.get, 'function');
  assertEqual(d.set, undefined);
  assert(d.enumerable && d.configurable);
  assert(crypto instanceof Crypto);
  assertEqual(Object.prototype.toString.call(crypto), '[object Crypto]');
  const unbound = crypto.getRandomValues;
  assertEqual(assertThrows(() => unbound(new Uint8Array(1))).code, 'ERR_INVALID_THIS');
});
