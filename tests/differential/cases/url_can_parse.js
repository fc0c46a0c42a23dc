// URL.canParse and URL.parse.
const cases = [
  ['https://example.com/'], ['not a url'], ['/relative'], ['/relative', 'https://base.example/'],
  ['/relative', 'also not a url'], ['', 'https://base.example/x'], ['http://[::1]/'],
  ['http://[::1/'], ['sc:'], ['x', 'sc:opaque'], ['#f', 'sc:opaque'], ['http://300.0.0.1/'],
  ['https://example.com:65535/'], ['https://example.com:65536/'],
];
for (const [input, base] of cases) {
  const parsed = base === undefined ? URL.parse(input) : URL.parse(input, base);
  console.log(JSON.stringify(input), JSON.stringify(base),
              base === undefined ? URL.canParse(input) : URL.canParse(input, base),
              parsed === null ? null : parsed.href, parsed instanceof URL);
}
console.log(URL.canParse('x', undefined), URL.canParse({ toString: () => 'https://obj/' }));
console.log(URL.canParse.length, URL.parse.length, URL.canParse.name, URL.parse.name);
const a = URL.parse('https://same.example/');
const b = URL.parse('https://same.example/');
console.log(a === b, a.href === b.href, a.searchParams === a.searchParams);
class Sub extends URL {}
console.log(Sub.parse('https://x/') instanceof Sub, Sub.canParse('https://x/'));
