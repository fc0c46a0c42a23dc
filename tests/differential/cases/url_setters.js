// Every URL setter, including the state-override cases of the URL Standard.
// Values chosen where Node 20 follows the standard.
function apply(href, name, value) {
  const url = new URL(href);
  url[name] = value;
  console.log(`${JSON.stringify(href)}.${name} = ${JSON.stringify(value)}`);
  console.log(`  ${url.href} | host ${JSON.stringify(url.host)} port ${JSON.stringify(url.port)}` +
              ` path ${JSON.stringify(url.pathname)} search ${JSON.stringify(url.search)}` +
              ` hash ${JSON.stringify(url.hash)}`);
}

apply('http://example.com/', 'href', 'https://other.example/x?y#z');
apply('http://example.com/', 'protocol', 'https');
apply('http://example.com/', 'protocol', 'HTTPS:extra');
apply('http://example.com:443/', 'protocol', 'https');
apply('http://example.com/', 'protocol', 'sc');
apply('sc://example.com/', 'protocol', 'http');
apply('sc://example.com/', 'protocol', 'other');
apply('http://user@example.com/', 'protocol', 'file');
apply('file:///x', 'protocol', 'http');
apply('http://example.com/', 'protocol', '1http');
apply('http://example.com/', 'protocol', '');
apply('http://example.com/', 'username', 'us er@:/');
apply('http://example.com/', 'password', 'p@ss:w/rd');
apply('http://a:b@example.com/', 'username', '');
apply('http://a:b@example.com/', 'password', '');
apply('file:///x', 'username', 'no');
apply('sc:opaque', 'password', 'no');
apply('http://example.com/', 'host', 'other.example:81');
apply('http://example.com/', 'host', 'other.example:80');
apply('http://example.com:81/', 'host', 'third.example');
apply('http://example.com/', 'host', 'EXAMPLE.NET/ignored?also#too');
apply('http://example.com/', 'host', '');
apply('http://example.com/', 'host', '[::1]:99');
apply('http://example.com/', 'host', 'bad host');
apply('sc://example.com/', 'host', 'X%41');
apply('sc:opaque', 'host', 'example.com');
apply('file://host/x', 'host', 'localhost');
apply('file://host/x', 'host', 'other');
apply('http://example.com:81/', 'hostname', 'other.example:99');
apply('http://example.com/', 'hostname', 'ünicode.example');
apply('http://example.com/', 'hostname', '0x7f.0.0.1');
apply('http://example.com/', 'port', '8080');
apply('http://example.com/', 'port', '80');
apply('http://example.com:81/', 'port', '');
apply('http://example.com/', 'port', '8080stuff');
apply('http://example.com/', 'port', '65536');
apply('http://example.com/', 'port', 99);
apply('file:///x', 'port', '81');
apply('http://example.com/a/b', 'pathname', '/x y/../z');
apply('http://example.com/a/b', 'pathname', 'no-slash');
apply('http://example.com/a/b', 'pathname', '?#');
apply('sc://host/a', 'pathname', 'rel');
apply('sc:opaque', 'pathname', '/x');
apply('file:///C:/a', 'pathname', '/D|/b');
apply('http://example.com/?a=1', 'search', 'b=2&c=3 4');
apply('http://example.com/?a=1', 'search', '?');
apply('http://example.com/?a=1', 'search', '');
apply('http://example.com/', 'search', '#not-hash\'');
apply('sc://h/', 'search', 'q\'uote');
apply('http://example.com/#a', 'hash', 'b c');
apply('http://example.com/#a', 'hash', '#');
apply('http://example.com/#a', 'hash', '');
apply('sc:opaque#a', 'hash', 'x`y');
apply('http://example.com/', 'hash', '😀<>');
