// crypto.subtle.digest: digests of fixed inputs in hex, algorithm names,
// data kinds, and Node's errors.
const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
const ascii = (text) => new Uint8Array(Array.from(text, (c) => c.charCodeAt(0)));

async function show(label, body) {
  try {
    const result = await body();
    console.log(`${label}: ${result instanceof ArrayBuffer ? `${result.byteLength} ${hex(result)}` : result}`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} ${JSON.stringify(e.message)} ${e.constructor.name} instanceof Error=${e instanceof Error}`);
  }
}

(async () => {
  const {subtle} = crypto;
  const inputs = {
    empty: new Uint8Array(0),
    abc: ascii('abc'),
    nist448: ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmjklmnklmnolmnopmnopqnopq'),
    nist896: ascii('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'),
    million: new Uint8Array(1000000).fill(0x61),
    bytes: Uint8Array.from({length: 256}, (_, i) => i),
  };
  for (const name of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    for (const [inputName, data] of Object.entries(inputs)) {
      await show(`${name} ${inputName}`, () => subtle.digest(name, data));
    }
  }

  const data = ascii('thaw');
  for (const algorithm of ['sha-256', 'Sha-256', 'SHA-256', {name: 'sha-1'}, {name: 'SHA-512', length: 99},
    'ſha-1', {get name() { return 'SHA-384'; }}]) {
    await show(`name ${JSON.stringify(algorithm)}`, () => subtle.digest(algorithm, data));
  }

  const source = Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  await show('ArrayBuffer', () => subtle.digest('SHA-256', source.buffer));
  await show('Uint8Array slice view', () => subtle.digest('SHA-256', source.subarray(2, 6)));
  await show('Uint16Array view', () => subtle.digest('SHA-256', new Uint16Array(source.buffer, 2, 3)));
  await show('Float64Array', () => subtle.digest('SHA-256', new Float64Array([1.5, -2])));
  await show('DataView', () => subtle.digest('SHA-256', new DataView(source.buffer, 1, 5)));
  await show('empty ArrayBuffer', () => subtle.digest('SHA-256', new ArrayBuffer(0)));
  const detached = new Uint8Array(4);
  structuredClone(detached.buffer, {transfer: [detached.buffer]});
  await show('detached view', () => subtle.digest('SHA-256', detached));
  const changing = ascii('before');
  const pending = subtle.digest('SHA-256', changing);
  changing.fill(0);
  await show('bytes read at call time', () => pending);
  await show('result is a fresh ArrayBuffer', async () => {
    const [a, b] = await Promise.all([subtle.digest('SHA-1', data), subtle.digest('SHA-1', data)]);
    return `${a !== b} ${a instanceof ArrayBuffer} ${Object.getPrototypeOf(a) === ArrayBuffer.prototype}`;
  });
  await show('returns a promise', () => String(subtle.digest('SHA-1', data) instanceof Promise));

  for (const [label, algorithm] of [['MD5', 'MD5'], ['SHA256', 'SHA256'], ['SHA-224', 'SHA-224'],
    ['SHA3-256', 'SHA3-256'], ['number', 5], ['null', null], ['undefined name', {name: undefined}],
    ['empty object', {}], ['String object', new String('SHA-1')], ['name null', {name: null}],
    ['name number', {name: 256}], ['function', function SHA1() {}], ['symbol', Symbol('s')],
    ['name symbol', {name: Symbol('s')}], ['name getter throws', {get name() { throw new RangeError('getter'); }}]]) {
    await show(`bad algorithm ${label}`, () => subtle.digest(algorithm, data));
  }
  for (const [label, value] of [['string', 'abc'], ['array', [1, 2]], ['number', 1], ['null', null],
    ['undefined', undefined], ['SharedArrayBuffer', new SharedArrayBuffer(2)],
    ['view of SharedArrayBuffer', new Uint8Array(new SharedArrayBuffer(2))], ['object', {byteLength: 0}]]) {
    await show(`bad data ${label}`, () => subtle.digest('SHA-256', value));
  }
  await show('data checked before the algorithm name', () => subtle.digest('MD5', 'text'));
  await show('one argument', () => subtle.digest('SHA-256'));
  await show('no arguments', () => subtle.digest());
  await show('wrong this', () => SubtleCrypto.prototype.digest.call({}, 'SHA-256', data));
  await show('unbound', () => { const {digest} = subtle; return digest('SHA-256', data); });
  await show('errors are rejections', () => {
    const promise = subtle.digest();
    promise.catch(() => {});
    return String(promise instanceof Promise);
  });
})();
