// fs.createReadStream and fs.createWriteStream on the async natives.
const fs = require('fs');
const path = require('path');
const {pipeline} = require('stream/promises');
const base = process.env.TEST_TMPDIR || '/tmp';
const dir = path.join(base, `thaw_stream_fs_${process.pid}`);
fs.mkdirSync(dir);
const file = path.join(dir, 'big.txt');
const clean = (text) => String(text).split(dir).join('DIR');

async function main() {
  await new Promise((resolve) => {
    const out = fs.createWriteStream(file);
    out.on('open', (fd) => console.log('open', typeof fd));
    out.on('ready', () => console.log('ready'));
    for (let i = 0; i < 2000; i++) out.write(`line ${i}\n`);
    out.end('last\n');
    out.on('finish', () => console.log('finish', out.bytesWritten));
    out.on('close', () => {
      console.log('close');
      resolve();
    });
  });
  await new Promise((resolve) => {
    const chunks = [];
    const input = fs.createReadStream(file, {highWaterMark: 1000});
    input.on('data', (chunk) => chunks.push(chunk.length));
    input.on('end', () => console.log('read chunks', chunks.length, chunks[0], input.bytesRead));
    input.on('close', resolve);
  });
  await new Promise((resolve) => {
    const input = fs.createReadStream(file, {encoding: 'utf8', start: 5, end: 14});
    let text = '';
    input.on('data', (chunk) => {
      text += chunk;
    });
    input.on('end', () => {
      console.log('range', JSON.stringify(text));
      resolve();
    });
  });
  let total = 0;
  for await (const chunk of fs.createReadStream(file)) total += chunk.length;
  console.log('iterated', total);
  const copy = path.join(dir, 'copy.txt');
  await pipeline(fs.createReadStream(file), fs.createWriteStream(copy));
  console.log('copied', fs.readFileSync(copy).equals(fs.readFileSync(file)));
  await new Promise((resolve) => {
    const appended = fs.createWriteStream(copy, {flags: 'a'});
    appended.end('appended\n', () => {
      console.log('appended', fs.readFileSync(copy, 'utf8').endsWith('last\nappended\n'));
      resolve();
    });
  });
  await new Promise((resolve) => {
    const missing = fs.createReadStream(path.join(dir, 'missing'));
    missing.on('error', (err) => console.log('error', err.code, clean(err.message)));
    missing.on('close', () => {
      console.log('closed after error');
      resolve();
    });
  });
  fs.rmSync(dir, {recursive: true});
}
main();
