// console.log of URL, URLSearchParams and their iterators (Node's
// util.inspect custom hooks).
const url = new URL('https://user:pass@example.com:8080/p/a/t/h?query=string&x=%20#hash');
console.log(url);
console.log([url]);
console.log({ nested: { deeper: { deepest: url } } });
console.log(url.searchParams);
console.log(new URLSearchParams());
console.log(url.searchParams.keys(), url.searchParams.values(), url.searchParams.entries());
const long = new URLSearchParams();
for (let i = 0; i < 6; i++) long.append(`name${i}`, `a fairly long value number ${i}`);
console.log(long);
console.log(long.entries());
class MyURL extends URL {}
console.log(new MyURL('sc:opaque?x#y'));
