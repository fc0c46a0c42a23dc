// buffer.transcode between ascii, latin1, ucs2 and utf8, with ICU's errors.
const {transcode} = require('buffer');
const src = Buffer.from('aé€😀');
for (const [f, t] of [['utf8','latin1'],['utf8','ascii'],['utf8','ucs2'],['utf8','utf16le'],['ucs2','utf8'],['latin1','utf8'],['ascii','utf8'],['utf8','utf8'],['latin1','ucs2'],['ucs2','latin1'],['binary','ascii'],['ascii','latin1'],['utf8','hex'],['hex','utf8']]) {
  const input = f === 'ucs2' ? Buffer.from('aé€😀', 'ucs2') : f === 'utf8' ? src : Buffer.from([0x61, 0xe9, 0x80, 0xff]);
  try { console.log(f, t, transcode(input, f, t)); } catch (e) { console.log(f, t, e.name, e.code, e.errno, e.message); }
}
for (const [b, f, t] of [[[0xff, 0x61], 'utf8', 'latin1'], [[0xff, 0x61], 'utf8', 'utf8'], [[0xe2, 0x82], 'utf8', 'ucs2'], [[0x00, 0xd8, 0x61, 0], 'ucs2', 'utf8'], [[0x61, 0, 0x62], 'ucs2', 'utf8'], [[0x00, 0xd8, 0x61, 0], 'ucs2', 'latin1'], [[0x61, 0x80], 'ascii', 'ucs2'], [[0x61, 0x80], 'ascii', 'ascii'], [[0x61, 0x80], 'latin1', 'latin1']]) {
  try { console.log(f, t, transcode(Buffer.from(b), f, t)); } catch (e) { console.log(f, t, e.code, e.errno, e.message); }
}
try { transcode('x', 'utf8', 'ucs2'); } catch (e) { console.log(e.message); }
console.log(transcode(Buffer.alloc(0), 'x', 'y'));
