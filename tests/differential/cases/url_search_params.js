// URLSearchParams: constructors, methods, iteration, size, sort,
// application/x-www-form-urlencoded, and the live link with its URL.
const dump = (params) => JSON.stringify([...params]);

console.log(dump(new URLSearchParams()));
console.log(dump(new URLSearchParams('?a=1&b=2&&c&=d&e=&a=3')));
console.log(dump(new URLSearchParams('??x=y')));
console.log(dump(new URLSearchParams('a+b=c+d&%41%zz=%F0%9F%98%80&bad=%C3')));
console.log(dump(new URLSearchParams([['x', 1], ['y', null], new Set(['k', 'v'])])));
console.log(dump(new URLSearchParams({ one: 1, two: [2, 3], three: undefined })));
console.log(dump(new URLSearchParams(new URLSearchParams('copy=me'))));
console.log(dump(new URLSearchParams(new Map([['m', 'v']]))));
console.log(dump(new URLSearchParams(12345)));
console.log(dump(new URLSearchParams(null)), dump(new URLSearchParams(undefined)));

const params = new URLSearchParams('b=2&a=1&c=3&a=4');
console.log(params.size, params.get('a'), params.get('missing'), JSON.stringify(params.getAll('a')));
console.log(params.has('a'), params.has('a', '4'), params.has('a', '5'), params.has('z'));
params.append('d', 'with space & amp');
params.set('c', 'new');
params.set('e', '5');
console.log(params.toString(), params.size);
params.delete('a', '1');
console.log(params.toString());
params.delete('a');
console.log(params.toString());
params.append('a', 'z');
params.append('A', 'y');
params.append('ä', 'x');
params.append('a', 'w');
params.sort();
console.log(params.toString());
console.log(JSON.stringify([...params.keys()]), JSON.stringify([...params.values()]));
console.log(JSON.stringify([...params.entries()]));
params.forEach(function (value, name, object) {
  console.log(name, value, object === params, this.tag);
}, { tag: 'thisArg' });
const iterator = params.keys();
console.log(JSON.stringify(iterator.next()), typeof iterator[Symbol.iterator]);
console.log(Object.prototype.toString.call(iterator));

const encoded = new URLSearchParams();
encoded.append('all', ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
encoded.append('unicode', 'é😀\u0000');
console.log(encoded.toString());
console.log(dump(new URLSearchParams(encoded.toString())));

// The link with URL, both ways.
const url = new URL('https://example.com/path?x=1&y=2#frag');
const live = url.searchParams;
console.log(live === url.searchParams, live.get('x'));
live.append('z', '3 4');
console.log(url.href, url.search);
live.delete('x');
live.delete('y');
live.delete('z');
console.log(url.href, JSON.stringify(url.search));
url.search = '?p=q&r';
console.log(dump(live), live.size);
url.href = 'https://example.com/?from=href';
console.log(dump(live));
url.search = '';
console.log(dump(live), url.href);
live.set('after', 'clear');
console.log(url.toString(), JSON.stringify(url));
live.sort();
url.hash = 'h';
console.log(url.href);
const opaque = new URL('sc:opaque?a=b#f');
opaque.searchParams.set('a', 'c d');
console.log(opaque.href);
