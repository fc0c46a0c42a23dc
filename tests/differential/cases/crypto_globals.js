// The shape of Web Crypto's globals as Node 20 has it: descriptors,
// prototypes, names and lengths, tags, constructors that refuse.
function describe(object, key) {
  const d = Object.getOwnPropertyDescriptor(object, key);
  if (!d) return 'absent';
  const kind = 'value' in d ? `value:${typeof d.value}` :
      `get:${d.get && d.get.name}/set:${d.set && d.set.name}`;
  return `${kind} w=${d.writable} e=${d.enumerable} c=${d.configurable}`;
}
function attempt(label, body) {
  try {
    console.log(`${label}: ${body()}`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} ${JSON.stringify(e.message)}`);
  }
}

console.log('globalThis.crypto', describe(globalThis, 'crypto'));
console.log('globalThis.Crypto before use', describe(globalThis, 'Crypto'));
console.log('globalThis.SubtleCrypto before use', describe(globalThis, 'SubtleCrypto'));
console.log('crypto instanceof Crypto', crypto instanceof Crypto);
console.log('globalThis.Crypto after use', describe(globalThis, 'Crypto'));
console.log('subtle instanceof SubtleCrypto', crypto.subtle instanceof SubtleCrypto);
console.log('globalThis.SubtleCrypto after use', describe(globalThis, 'SubtleCrypto'));
console.log('same objects every time', crypto === globalThis.crypto, crypto.subtle === crypto.subtle);
console.log('tags', Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle),
    String(crypto), `${crypto.subtle}`);
console.log('prototypes', Object.getPrototypeOf(crypto) === Crypto.prototype,
    Object.getPrototypeOf(crypto.subtle) === SubtleCrypto.prototype,
    Object.getPrototypeOf(Crypto.prototype) === Object.prototype);
console.log('own keys', Reflect.ownKeys(crypto).length, Reflect.ownKeys(crypto.subtle).length,
    JSON.stringify(Object.keys(Crypto.prototype)));
for (const key of ['constructor', 'subtle', 'getRandomValues', 'randomUUID', Symbol.toStringTag]) {
  console.log(`Crypto.prototype[${String(key)}]`, describe(Crypto.prototype, key));
}
for (const key of ['constructor', 'digest', Symbol.toStringTag]) {
  console.log(`SubtleCrypto.prototype[${String(key)}]`, describe(SubtleCrypto.prototype, key));
}
console.log('tag values', Crypto.prototype[Symbol.toStringTag], SubtleCrypto.prototype[Symbol.toStringTag]);
console.log('names and lengths', Crypto.name, Crypto.length, SubtleCrypto.name, SubtleCrypto.length,
    crypto.getRandomValues.name, crypto.getRandomValues.length, crypto.randomUUID.name,
    crypto.randomUUID.length, crypto.subtle.digest.name, crypto.subtle.digest.length);
console.log('typeof', typeof crypto, typeof Crypto, typeof SubtleCrypto, typeof crypto.subtle);
attempt('new Crypto()', () => new Crypto());
attempt('new SubtleCrypto()', () => new SubtleCrypto());
attempt('Crypto()', () => Crypto());
attempt('subtle getter on another object', () => Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle').get.call({}));
attempt('subtle through the prototype', () => Crypto.prototype.subtle);
attempt('assigning crypto (sloppy) is ignored', () => { globalThis.crypto = 1; return typeof crypto; });
attempt('assigning crypto (strict) throws', () => { 'use strict'; globalThis.crypto = 1; });
attempt('Crypto can be replaced', () => {
  const original = Crypto;
  globalThis.Crypto = 'replaced';
  const seen = globalThis.Crypto;
  globalThis.Crypto = original;
  return `${seen} ${describe(globalThis, 'Crypto')}`;
});
attempt('crypto can be deleted', () => {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  delete globalThis.crypto;
  const after = typeof globalThis.crypto;
  Object.defineProperty(globalThis, 'crypto', descriptor);
  return `${after} ${typeof globalThis.crypto}`;
});
console.log('enumerable globals include crypto', Object.keys(globalThis).includes('crypto'),
    Object.keys(globalThis).includes('Crypto'));
