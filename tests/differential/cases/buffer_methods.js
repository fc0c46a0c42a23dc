// Buffer instance methods: search, compare, copy, fill, write, slices, swaps.
const b = Buffer.from('héllo wörld €');
console.log(b.indexOf('l'), b.lastIndexOf('l'), b.indexOf(0x6c, 4), b.includes('wörld'), b.indexOf(Buffer.from('€')),
            b.indexOf(''), b.lastIndexOf('', 3), b.indexOf('l', -8), b.indexOf('zz'), b.lastIndexOf(0x6c, -20),
            b.indexOf('6c6c', 'hex'), b.indexOf('l', 100), b.lastIndexOf('l', 100), b.indexOf(364), b.includes('o', 5));
const c = Buffer.alloc(6);
console.log(Buffer.from('hello').copy(c, 1, 1, 3), c, c.equals(Buffer.from([0, 101, 108, 0, 0, 0])),
            Buffer.from('hello').copy(c, 4), c, Buffer.from('ab').copy(c, 10));
console.log(Buffer.from('abc').compare(Buffer.from('abd')), Buffer.from('b').compare(Buffer.from('abc')),
            Buffer.from('abc').compare(Buffer.from('xbcx'), 1, 3, 1), Buffer.compare(Buffer.from('a'), Buffer.from('a')),
            [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare));
const w = Buffer.alloc(10);
console.log(w.write('héllo', 1), w, w.write('abcd', 8, 'latin1'), w.write('ffee', 'hex'), w, w.write('€', 9), w);
console.log(w.write('zzzz', 0, 2, 'ucs2'), w.write('aGVsbG8=', 2, 'base64'), w);
console.log(Buffer.alloc(6).fill('abc', 1), Buffer.alloc(6).fill('€'), Buffer.alloc(4).fill(257), Buffer.alloc(4).fill('6162', 'hex'),
            Buffer.alloc(5).fill('x', 1, 3), Buffer.alloc(3).fill(''), Buffer.alloc(4).fill(Buffer.from([9, 8, 7])));
const s = Buffer.from('abcdef');
const sub = s.subarray(1, 3);
sub[0] = 0x5a;
console.log(s.toString(), s.slice(-3).toString(), s.slice(2, 1).length, s.subarray(4, 100).toString(), s.slice(1.5, 3.7).toString());
console.log(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap16(), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32(),
            Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
console.log(s.toString('utf8', -1, 2), s.toString(undefined, 2), s.toString('hex', 4, 2), s.toLocaleString(), s.parent === s.buffer);
for (const f of [() => b.toString('foo'), () => Buffer.from('x').fill('zz', 'hex'), () => Buffer.alloc(3).swap16(),
  () => Buffer.alloc(8).swap64.call(Buffer.alloc(4)), () => Buffer.from(5), () => Buffer.alloc(-1), () => Buffer.alloc('5'),
  () => Buffer.concat('x'), () => Buffer.concat([1]), () => b.equals('x'), () => b.compare([]), () => b.indexOf({}),
  () => b.indexOf('x', 0, 'bogus'), () => w.write('x', 11), () => w.write('x', 1.5), () => w.write(5),
  () => Buffer.alloc(2).fill('x', 3), () => Buffer.from('ab').copy('x'), () => Buffer.from('ab').copy(c, -1),
  () => Buffer.from('x', 'nope'), () => Buffer.from(new ArrayBuffer(2), 3), () => Buffer.from(new ArrayBuffer(2), 0, 5),
  () => Buffer.byteLength(5), () => Buffer(2, 'utf8'), () => Buffer.compare('a', Buffer.alloc(1))]) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
