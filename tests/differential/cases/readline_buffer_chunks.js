// readline over a plain emitter of Buffer chunks: UTF-8 characters split
// across chunks, \r\n split across chunks, and an 'end'.
const {EventEmitter} = require('events');
const readline = require('readline');
const input = new EventEmitter();
input.resume = () => {};
input.pause = () => {};
const rl = readline.createInterface({input});
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('close', () => console.log('close'));
const bytes = Buffer.from('one\r\ntwo ✓ three\r\nfour\n\nfive');
// The cuts split "\r\n" (after 4) and the 3-byte check mark (at 9).
const cuts = [4, 9, 11, 17, 20, 24, 30, bytes.length];
let start = 0;
for (const end of cuts) {
  input.emit('data', bytes.subarray(start, end));
  start = end;
}
input.emit('end');
