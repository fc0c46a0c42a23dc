// TextDecoder: labels, BOM handling, fatal mode, streaming with characters
// split across chunks, UTF-16, inputs of every buffer kind, errors.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
};
const bytes = (...list) => new Uint8Array(list);
for (const label of ['utf8', ' UTF-8\n', 'unicode-1-1-utf-8', 'x-unicode20utf8', 'utf-16',
  'UTF-16LE', 'utf-16be', 'unicodefffe', 'ucs-2', 'csunicode', 'latin1', 'ascii', 'us-ascii',
  'iso-8859-1', 'ISO_8859-1:1987', 'l1', 'cp1252', 'windows-1252', 'utf-32', 'foo', '',
  'x-user-defined', ' utf-8\u00a0']) {
  show(JSON.stringify(label), () => {
    const decoder = new TextDecoder(label);
    return [decoder.encoding, decoder.fatal, decoder.ignoreBOM];
  });
}
show('default', () => new TextDecoder().encoding);
show('undefined label', () => new TextDecoder(undefined).encoding);
show('null label', () => new TextDecoder(null));
show('options number', () => new TextDecoder('utf-8', 5));
show('options string', () => new TextDecoder('utf-8', 'x'));
show('options null', () => new TextDecoder('utf-8', null).fatal);
show('options array', () => new TextDecoder('utf-8', []).fatal);
show('options truthy', () => [new TextDecoder('utf-8', {fatal: 1, ignoreBOM: 'y'}).fatal,
  new TextDecoder('utf-8', {fatal: 1, ignoreBOM: 'y'}).ignoreBOM]);

const utf8 = new TextDecoder();
show('empty', () => [utf8.decode(), utf8.decode(undefined), utf8.decode(new Uint8Array(0))]);
show('ascii', () => utf8.decode(bytes(0x68, 0x69)));
show('bom', () => utf8.decode(bytes(0xEF, 0xBB, 0xBF, 0x41)));
show('bom kept', () => new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes(0xEF, 0xBB, 0xBF, 0x41)).length);
show('bom twice', () => utf8.decode(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF)).length);
show('invalid', () => utf8.decode(bytes(0xE0, 0x80, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80,
  0xC0, 0xAF, 0xF0, 0x9F, 0x41, 0xE2, 0x82)));
show('truncated 4-byte', () => utf8.decode(bytes(0xF0, 0x90, 0x80)));
show('5-byte form', () => utf8.decode(bytes(0xF8, 0x88, 0x80, 0x80, 0x80)));
show('edges', () => utf8.decode(bytes(0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80, 0xEF, 0xBF, 0xBF, 0xF4, 0x8F, 0xBF, 0xBF)));
show('stray continuation', () => utf8.decode(bytes(0x80, 0xBF, 0x41)));
show('lone lead', () => utf8.decode(bytes(0xC2)));
show('DataView', () => utf8.decode(new DataView(bytes(0x41, 0x42).buffer)));
show('ArrayBuffer', () => utf8.decode(bytes(0x41, 0x42).buffer));
show('Uint16Array', () => utf8.decode(new Uint16Array([0x4241])));
show('subarray', () => utf8.decode(bytes(1, 0x41, 0x42, 2).subarray(1, 3)));
show('SharedArrayBuffer', () => utf8.decode(new SharedArrayBuffer(2)).length);
show('string input', () => utf8.decode('abc'));
show('null input', () => utf8.decode(null));
show('number input', () => utf8.decode(5));
show('fast path ignores options', () => utf8.decode(bytes(0x41), 5));
show('wrong this', () => TextDecoder.prototype.decode.call({}, bytes(0x41)));

const fatal = new TextDecoder('utf-8', {fatal: true});
show('fatal ok', () => fatal.decode(bytes(0xE2, 0x82, 0xAC)));
show('fatal invalid', () => fatal.decode(bytes(0x41, 0xFF)));
show('fatal truncated', () => fatal.decode(bytes(0xE2, 0x82)));
show('fatal surrogate', () => fatal.decode(bytes(0xED, 0xA0, 0x80)));
show('fatal keys', () => {
  try {
    fatal.decode(bytes(0xFF));
  } catch (error) {
    return [Object.keys(error), error instanceof TypeError];
  }
});

const stream = new TextDecoder();
show('stream 1', () => stream.decode(bytes(0xF0, 0x9F), {stream: true}));
show('stream 2', () => stream.decode(bytes(0x98), {stream: true}));
show('stream 3', () => stream.decode(bytes(0x80, 0x41), {stream: true}));
show('stream end', () => stream.decode());
show('stream truncated', () => [stream.decode(bytes(0xE2, 0x82), {stream: true}), stream.decode()]);
show('stream bom split', () => {
  const decoder = new TextDecoder();
  return [decoder.decode(bytes(0xEF), {stream: true}), decoder.decode(bytes(0xBB), {stream: true}),
    decoder.decode(bytes(0xBF, 0x41), {stream: true}), decoder.decode(bytes(0xEF, 0xBB, 0xBF))];
});
show('stream options checked', () => {
  const decoder = new TextDecoder();
  decoder.decode(bytes(0x41), {stream: true});
  return decoder.decode(bytes(0x41), 5);
});
show('stream string input', () => {
  const decoder = new TextDecoder();
  decoder.decode(bytes(0x41), {stream: true});
  return decoder.decode('x');
});
show('stream fatal', () => {
  const decoder = new TextDecoder('utf-8', {fatal: true});
  try {
    decoder.decode(bytes(0xF0), {stream: true});
    decoder.decode(bytes(0x41));
  } catch (error) {
    return [error.code, decoder.decode(bytes(0x42))];
  }
});
show('fatal pending at end', () => new TextDecoder('utf-8', {fatal: true}).decode(bytes(0xF0), {stream: true}));
show('every split of a string', () => {
  const encoded = new TextEncoder().encode('a€\u{1F600}é');
  const results = new Set();
  for (let i = 0; i <= encoded.length; i++) {
    for (let j = i; j <= encoded.length; j++) {
      const decoder = new TextDecoder();
      results.add(decoder.decode(encoded.subarray(0, i), {stream: true}) +
                  decoder.decode(encoded.subarray(i, j), {stream: true}) +
                  decoder.decode(encoded.subarray(j)));
    }
  }
  return [...results];
});

const le = new TextDecoder('utf-16le');
show('utf-16le', () => le.decode(bytes(0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE)));
show('utf-16le lone', () => le.decode(bytes(0x00, 0xDC, 0x41, 0x00, 0x00, 0xD8)));
show('utf-16le pairs', () => le.decode(bytes(0x00, 0xD8, 0x00, 0xD8, 0x00, 0xDC)));
show('utf-16le odd', () => le.decode(bytes(0x41, 0x00, 0x42)));
show('utf-16le lead then odd', () => le.decode(bytes(0x41, 0x00, 0x00, 0xD8, 0x42)));
show('utf-16be', () => new TextDecoder('utf-16be').decode(bytes(0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00, 0x00)));
show('utf-16be reversed bom', () => new TextDecoder('utf-16be').decode(bytes(0xFF, 0xFE, 0x00, 0x41)));
show('utf-16le stream', () => {
  const decoder = new TextDecoder('utf-16le');
  return [decoder.decode(bytes(0xFF, 0xFE, 0x3D), {stream: true}), decoder.decode(bytes(0xD8, 0x00), {stream: true}),
    decoder.decode(bytes(0xDE, 0xFF, 0xFE), {stream: true}), decoder.decode()];
});
show('utf-16le fatal', () => new TextDecoder('utf-16le', {fatal: true}).decode(bytes(0x00, 0xD8)));
show('utf-16be fatal odd', () => new TextDecoder('utf-16be', {fatal: true}).decode(bytes(0x00)));
show('utf-16 options number', () => le.decode(bytes(0x41, 0), 5));
show('utf-16 string input', () => le.decode('x'));

show('latin1 ascii and high', () => new TextDecoder('latin1').decode(bytes(0x41, 0xA0, 0xE9, 0xFF)));
show('latin1 stream', () => {
  const decoder = new TextDecoder('windows-1252');
  return [decoder.decode(bytes(0x41, 0xE9), {stream: true}), decoder.decode(bytes(0xFF))];
});
show('latin1 keeps bom', () => new TextDecoder('latin1').decode(bytes(0xEF, 0xBB, 0xBF)));
show('latin1 string input', () => new TextDecoder('latin1').decode('x'));

console.log(Object.getOwnPropertyNames(TextDecoder.prototype));
for (const key of ['decode', 'encoding', 'fatal', 'ignoreBOM']) {
  const {enumerable, configurable} = Object.getOwnPropertyDescriptor(TextDecoder.prototype, key);
  console.log(key, enumerable, configurable);
}
console.log(Object.getOwnPropertyDescriptor(TextDecoder.prototype, Symbol.toStringTag));
console.log(TextDecoder.length, TextDecoder.prototype.decode.length, String(utf8));
console.log(new TextDecoder('utf-16be', {fatal: true}), [[new TextDecoder()]], [[[new TextDecoder()]]]);
