// TextEncoder: encode, encodeInto ({read, written}, whole characters only),
// lone surrogates, argument errors, attributes.
const encoder = new TextEncoder();
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
};
console.log(encoder.encoding, Object.prototype.toString.call(encoder), encoder);
for (const input of ['', 'hello', 'héllo', '€', '\u{1F600}', 'a\uD800b', '\uDC00', '\uD83D',
  '\uDE00\uD83D', 'x'.repeat(70), undefined, null, 42, {toString() { return 'object'; }}]) {
  console.log(JSON.stringify(String(input)).slice(0, 20), Array.from(encoder.encode(input)).join(','));
}
console.log(encoder.encode().length, encoder.encode('abc') instanceof Uint8Array,
            encoder.encode('abc').buffer.byteLength);
for (const [text, size] of [['héllo', 3], ['héllo', 2], ['\u{1F600}ab', 3], ['\u{1F600}ab', 4],
  ['a\uD800b', 4], ['a\uD800b', 5], ['a\uD800', 3], ['\uDC00\uD83D\uDE00', 10], ['', 0],
  ['abc', 0], ['€€', 5], ['€€', 6]]) {
  const dest = new Uint8Array(size);
  const result = encoder.encodeInto(text, dest);
  console.log(JSON.stringify(text), size, JSON.stringify(result), Array.from(dest).join(','));
}
const buffer = new Uint8Array(10);
console.log(encoder.encodeInto('xyz', buffer.subarray(2, 4)), Array.from(buffer).join(','));
show('no dest', () => encoder.encodeInto('a'));
show('Uint16Array dest', () => encoder.encodeInto('a', new Uint16Array(4)));
show('array dest', () => encoder.encodeInto('a', [0, 0]));
show('number src', () => encoder.encodeInto(12, new Uint8Array(4)));
show('undefined src', () => encoder.encodeInto(undefined, new Uint8Array(4)));
show('symbol input', () => encoder.encode(Symbol('s')));
show('wrong this', () => TextEncoder.prototype.encode.call({}, 'a'));
show('wrong this getter', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call(null));
console.log(Object.getOwnPropertyNames(TextEncoder.prototype));
for (const key of ['encode', 'encodeInto', 'encoding']) {
  const {enumerable, configurable, writable} = Object.getOwnPropertyDescriptor(TextEncoder.prototype, key);
  console.log(key, enumerable, configurable, writable);
}
console.log(Object.getOwnPropertyDescriptor(TextEncoder.prototype, Symbol.toStringTag));
console.log(TextEncoder.length, TextEncoder.prototype.encode.length, TextEncoder.prototype.encodeInto.length);
console.log(new TextEncoder('utf-16').encoding, Object.keys(encoder.encodeInto('a', new Uint8Array(1))));
