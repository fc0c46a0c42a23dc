// StringDecoder: every split point of multi-byte text in each encoding, state, errors.
const {StringDecoder} = require('string_decoder');
const euro = Buffer.from('€𝄞é');
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii', 'ucs2']) {
  const src = enc === 'utf16le' || enc === 'ucs2' ? Buffer.from('a€𝄞é', 'utf16le') : euro;
  for (let split = 0; split <= src.length; split++) {
    const d = new StringDecoder(enc);
    const out = [d.write(src.subarray(0, split)), d.write(src.subarray(split)), d.end()];
    console.log(enc, split, JSON.stringify(out));
  }
  const d = new StringDecoder(enc);
  console.log(enc, JSON.stringify([d.write(src.subarray(0, 1)), d.lastNeed, d.lastTotal, d.end(), d.write(Buffer.from([0xe2, 0x82])), d.end(Buffer.from([0x41]))]));
}
const d = new StringDecoder();
console.log(d, JSON.stringify([d.write(Buffer.from([0xe2])), d.write(Buffer.from([0x41])), d.write(Buffer.from([0xf0, 0x9f])), d.write(Buffer.from([0x98])), d.end(), d.write(Buffer.from([0x80, 0x80])), d.write('str'), d.text(Buffer.from('xyz'), 1)]));
console.log(new StringDecoder('UCS-2').encoding, new StringDecoder('binary').encoding, new StringDecoder(null).encoding);
for (const f of [() => new StringDecoder('foo'), () => d.write(5), () => d.write(null)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const u = new StringDecoder('utf16le'); console.log(JSON.stringify([u.write(Buffer.from([0x3d, 0xd8])), u.write(Buffer.from([0x41, 0x00])), u.end()]));
