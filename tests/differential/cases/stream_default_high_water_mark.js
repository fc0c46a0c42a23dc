// stream.getDefaultHighWaterMark / setDefaultHighWaterMark (Node 19.9+).
const s = require('stream');
console.log(s.getDefaultHighWaterMark(false), s.getDefaultHighWaterMark(true));
s.setDefaultHighWaterMark(false, 100);
s.setDefaultHighWaterMark(true, 3);
console.log(s.getDefaultHighWaterMark(false), new s.Readable().readableHighWaterMark,
            new s.Writable({objectMode: true}).writableHighWaterMark);
for (const value of [-1, "x", NaN, 1.5]) {
  try { s.setDefaultHighWaterMark(false, value); } catch (e) { console.log(e.name, e.code, e.message); }
}
