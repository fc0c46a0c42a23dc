// node:crypto: timingSafeEqual, webcrypto and subtle, Hash and Hmac as
// constructors and as Transform streams, and the module's shape.
const crypto = require('crypto');
const {Transform, Writable, Readable, pipeline} = require('stream');

function attempt(label, body) {
  try {
    console.log(`${label}: ${body()}`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} ${JSON.stringify(e.message)}`);
  }
}

const pairs = [
  ['equal Buffers', Buffer.from('secret'), Buffer.from('secret')],
  ['different Buffers', Buffer.from('secret'), Buffer.from('secreT')],
  ['empty', Buffer.alloc(0), new Uint8Array(0)],
  ['Uint16Array and Buffer', new Uint16Array([0x6261]), Buffer.from('ab')],
  ['ArrayBuffer and DataView', new Uint8Array([1, 2]).buffer, new DataView(new Uint8Array([1, 2]).buffer)],
  ['Float64Array', new Float64Array([0]), new Float64Array([-0])],
  ['different lengths', Buffer.from('a'), Buffer.from('ab')],
  ['same length in elements only', new Uint16Array(2), new Uint8Array(2)],
  ['string', 'a', Buffer.from('a')],
  ['second string', Buffer.from('a'), 'a'],
  ['nothing', undefined, undefined],
  ['array', [1], [1]],
];
for (const [label, a, b] of pairs) attempt(`timingSafeEqual ${label}`, () => crypto.timingSafeEqual(a, b));

attempt('webcrypto is globalThis.crypto', () => crypto.webcrypto === globalThis.crypto);
attempt('subtle is crypto.subtle', () => crypto.subtle === globalThis.crypto.subtle);
attempt('webcrypto descriptor', () => {
  const d = Object.getOwnPropertyDescriptor(crypto, 'webcrypto');
  return `${typeof d.get} ${d.set} ${d.enumerable} ${d.configurable}`;
});
attempt('node:crypto is crypto', () => require('node:crypto') === crypto);
attempt('builtinModules lists crypto', () => require('module').builtinModules.includes('crypto'));
attempt('isBuiltin', () => require('module').isBuiltin('node:crypto'));
const names = ['createHash', 'createHmac', 'getHashes', 'hash', 'randomBytes', 'randomFill',
  'randomFillSync', 'randomInt', 'randomUUID', 'timingSafeEqual', 'getRandomValues', 'Hash', 'Hmac'];
attempt('function lengths', () => names.map((name) => `${name}=${crypto[name].length}`).join(' '));
attempt('Hash.prototype', () => Object.getOwnPropertyNames(crypto.Hash.prototype).join());
attempt('Hmac.prototype', () => Object.getOwnPropertyNames(crypto.Hmac.prototype).join());

const hash = crypto.createHash('sha1');
attempt('hash own keys', () => Object.keys(hash).join());
attempt('instanceof', () => [hash instanceof crypto.Hash, hash instanceof Transform,
  crypto.createHmac('md5', 'k') instanceof crypto.Hmac].join());
attempt('constructor', () => hash.constructor === crypto.Hash && hash.constructor.name);
attempt('Hash without new', () => crypto.Hash('md5').update('a').digest('hex'));
attempt('new Hash', () => new crypto.Hash('md5').update('a').digest('hex'));
attempt('Hmac without new', () => crypto.Hmac('md5', 'k').update('a').digest('hex'));
attempt('new Hmac', () => new crypto.Hmac('md5', 'k').update('a').digest('hex'));
attempt('copy is a Hash', () => crypto.createHash('sha1').copy() instanceof crypto.Hash);

// As streams: write/end and 'data', setEncoding, pipe, pipeline.
const streamed = crypto.createHash('sha256');
streamed.on('data', (digest) => console.log('stream data', digest.toString('hex')));
streamed.on('end', () => {
  console.log('stream end');
  const hex = crypto.createHash('md5');
  hex.setEncoding('hex');
  hex.on('readable', () => {
    let chunk;
    while ((chunk = hex.read()) !== null) console.log('readable', chunk);
  });
  hex.on('end', () => {
    const hmac = crypto.createHmac('sha256', 'key');
    hmac.on('data', (digest) => console.log('hmac stream', digest.toString('base64')));
    hmac.on('finish', () => console.log('hmac finish'));
    hmac.on('end', () => {
      const collected = [];
      pipeline(
          Readable.from(['chunk one, ', Buffer.from('chunk two')]),
          crypto.createHash('sha512').setEncoding('base64url'),
          new Writable({
            write(chunk, encoding, callback) {
              collected.push(String(chunk));
              callback();
            },
          }),
          (error) => {
            console.log('pipeline', error, collected.join(''));
          });
    });
    hmac.write('da');
    hmac.end('ta');
  });
  hex.end('abc');
});
streamed.write('ab');
streamed.write(Buffer.from('c'));
streamed.end();
