// The shape of URL and URLSearchParams: globals, attributes, lengths,
// Symbol.toStringTag, instanceof, iteration, JSON.
const describe = (object, key) => {
  const d = Object.getOwnPropertyDescriptor(object, key);
  if (d === undefined) return 'missing';
  const parts = [];
  for (const field of ['value', 'get', 'set']) {
    if (!(field in d)) continue;
    const v = d[field];
    parts.push(`${field}=${typeof v === 'function' ? `fn ${v.name}/${v.length}` :
      typeof v === 'object' && v !== null ? 'object' : String(v)}`);
  }
  for (const flag of ['writable', 'enumerable', 'configurable']) {
    if (flag in d) parts.push(`${flag}=${d[flag]}`);
  }
  return parts.join(' ');
};
const keys = (object) => Reflect.ownKeys(object).filter((key) =>
  key !== Symbol.for('nodejs.util.inspect.custom') &&
  key !== 'createObjectURL' && key !== 'revokeObjectURL');

console.log('global URL', describe(globalThis, 'URL'));
console.log('global URLSearchParams', describe(globalThis, 'URLSearchParams'));
console.log(Object.keys(globalThis).includes('URL'));
for (const key of keys(URL.prototype)) console.log('URL.prototype', String(key), describe(URL.prototype, key));
for (const key of keys(URL)) console.log('URL', String(key), describe(URL, key));
for (const key of keys(URLSearchParams.prototype)) {
  console.log('URLSearchParams.prototype', String(key), describe(URLSearchParams.prototype, key));
}
for (const key of keys(URLSearchParams)) console.log('URLSearchParams', String(key), describe(URLSearchParams, key));
const iteratorPrototype = Object.getPrototypeOf(new URLSearchParams().keys());
for (const key of keys(iteratorPrototype)) console.log('iterator', String(key), describe(iteratorPrototype, key));
const arrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
console.log(Object.getPrototypeOf(iteratorPrototype) === Object.getPrototypeOf(arrayIteratorPrototype));
console.log(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);

const url = new URL('https://example.com/?a=b');
console.log(Object.prototype.toString.call(url), Object.prototype.toString.call(url.searchParams));
console.log(url instanceof URL, url.searchParams instanceof URLSearchParams, url instanceof Object);
console.log(JSON.stringify(Object.keys(url)), Reflect.ownKeys(url).length, JSON.stringify(url));
console.log(JSON.stringify({ url }), `${url}`, url + '', String(url) === url.href);
console.log(Object.getPrototypeOf(url) === URL.prototype, URL.prototype.constructor === URL);
for (const [name, value] of url.searchParams) console.log(name, value);
class MyURL extends URL {
  get extra() { return this.pathname.length; }
}
const mine = new MyURL('https://example.com/abc');
console.log(mine instanceof URL, mine instanceof MyURL, mine.extra, mine.href,
            Object.prototype.toString.call(mine));
class MyParams extends URLSearchParams {}
const myParams = new MyParams('q=1');
console.log(myParams instanceof URLSearchParams, myParams.get('q'), myParams.size);
