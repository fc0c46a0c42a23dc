// node:url: fileURLToPath, pathToFileURL, format, urlToHttpOptions, domains.
const url = require('node:url');
console.log(Object.keys(url).filter((k) => !['parse', 'resolve', 'resolveObject', 'Url'].includes(k)).sort());
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);
for (const input of ['file:///a/b%20c', 'file:///x/%E2%82%AC', new URL('file:///tmp/y'), 'file://localhost/etc',
                     'file:///a%2fb', 'file:///a%2Fb', 'http://x/y', 'file://host/p', 5, {}, 'nope']) {
  try { console.log(url.fileURLToPath(input)); } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
for (const input of ['/a/b c', '/a/b/', '/x/100%', '/q?x#y', '/back\\slash', '/tab\there', '/é', '/a/../b']) {
  console.log(url.pathToFileURL(input).href);
}
try { url.pathToFileURL(5); } catch (error) { console.log(error.code, error.message); }
const u = new URL('https://user:pw@xn--mnchen-3ya.de:8080/p/a?q=1#h');
console.log(url.format(u));
console.log(url.format(u, {auth: false, fragment: false, search: false, unicode: true}));
console.log(url.format({protocol: 'http', host: 'example.com', pathname: '/x', query: {a: 1, b: 'c d'}}));
console.log(url.format({protocol: 'https:', hostname: 'h.com', port: 81, pathname: 'p', hash: 'frag', search: 's=1'}));
console.log(url.format('http://EXAMPLE.com/a b'));
console.log(url.urlToHttpOptions(u));
console.log(url.urlToHttpOptions(new URL('http://[::1]:3000/x')));
console.log(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'));
console.log(url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToUnicode('xn--iñvalid.com')));
