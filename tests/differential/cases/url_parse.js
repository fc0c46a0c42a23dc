// new URL(input[, base]): every getter, for special and non-special schemes,
// relative references, IPv4/IPv6 hosts, IDNA, percent-encoding, file URLs.
// Inputs are ones where Node 20 follows the URL Standard.
const GETTERS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
                 'port', 'pathname', 'search', 'hash'];

function show(input, base) {
  const url = base === undefined ? new URL(input) : new URL(input, base);
  const parts = GETTERS.map((name) => url[name]);
  console.log(JSON.stringify([input, base ?? null]));
  console.log(`  ${JSON.stringify(parts)}`);
}

const absolute = [
  'https://user:pa%20ss@EXAMPLE.com:8443/a/./b/../c?x=1&y=%zz#frag ment',
  'HTTP://example.com:80/',
  'https://example.com:443',
  'ws://example.com:80/chat',
  'wss://example.com:444/',
  'ftp://ftp.example.com:21/pub/file.txt',
  'http://example.com/a b/"quotes"/<angle>/`tick`/{curly}',
  'http://example.com/?q=a b"c\'d<e>#f g',
  'http://example.com/p?#',
  'http://example.com/p/%2e%2E/q/%2e/r',
  'http://example.com\\a\\b',
  'http:\\\\example.com\\x',
  'https:////example.com///double//slashes',
  '  \t http://trimmed.example/\n  ',
  'http://ex\tam\nple.com/pa\rth',
  'http://192.168.0.1/',
  'http://0x7F.1/',
  'http://0300.0250.0.1/',
  'http://4294967295/',
  'http://1.2.3/',
  'http://[::1]:8080/',
  'http://[2001:DB8:0:0:1:0:0:1]/',
  'http://[::ffff:192.0.2.128]/',
  'http://[1:0:0:2::3:0]/',
  'http://münchen.example/',
  'http://ÉXAMPLE.org/',
  'https://例え.テスト/path',
  'http://faß.de/',
  'http://%41%42c.com/',
  'http://user@host',
  'http://:pass@host/',
  'http://a@b@c/',
  'http://a:b:c@d/',
  'sc://host/path?query#fragment',
  'sc://Host:1234/',
  'sc://%41bc/',
  'sc:opaque path?q#f',
  'mailto:someone@example.com',
  'javascript:alert(1)',
  'data:text/plain,hello world',
  'urn:isbn:0451450523',
  'blob:https://example.com/some-uuid',
  'blob:ftp://example.com/x',
  'sc:/absolute/./path/../x',
  'sc://[::1]/',
  'file:///etc/passwd',
  'file:///C:/Windows/../System32',
  'file:///C|/dir/file',
  'file://localhost/etc/hosts',
  'file://server/share/file.txt',
  'file:/single/slash',
  'file:c:\\path\\to\\file',
  'http://example.com/😀?😀#😀',
  'http://example.com/%F0%9F%98%80',
  'HTTPS://EXAMPLE.COM/UPPER?CASE#KEPT',
  'non-special://host:65535/',
  'http://host:0/',
  'http://host:00080/',
];
for (const input of absolute) show(input);

const base = 'http://user:pw@example.com:8080/dir/sub/file.html?query#hash';
const relative = [
  '', '?other', '#other', 'next.html', './next.html', '../up.html', '../../../../top',
  '/root', '//other.host/p', 'https://absolute.example/', 'http:no-slashes', '\\back\\slash',
  '.', '..', 'a/b/../c', ';params', '%2e%2e/x', 'file.html?x#y',
];
for (const input of relative) show(input, base);
show('x', 'sc://host/a/b');
show('/x', 'sc://host/a/b');
show('?q', 'sc:opaque');
show('#f', 'sc:opaque');
show('d:/x', 'file:///C:/a/b');
show('/x', 'file:///C:/a/b');
show('..', 'file:///C:/');
show('//host/x', 'file:///C:/a');
show('x', new URL('http://example.org/base/'));
