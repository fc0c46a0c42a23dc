// Errors: invalid URLs (TypeError with code/input/base), missing arguments,
// wrong receivers, bad URLSearchParams input.
function attempt(label, fn, asString = true) {
  try {
    const result = fn();
    console.log(label, 'returned', JSON.stringify(String(result)));
  } catch (error) {
    const extra = {};
    for (const key of Object.keys(error)) extra[key] = error[key];
    console.log(label, error.name, JSON.stringify(error.message), JSON.stringify(extra),
                error instanceof TypeError, asString ? String(error) : '');
  }
}

attempt('no scheme', () => new URL('no-scheme'));
attempt('bad base', () => new URL('/path', 'not a base'));
attempt('relative to opaque', () => new URL('x', 'mailto:me@example.com'));
attempt('empty', () => new URL(''));
attempt('bad port', () => new URL('http://example.com:99999/'));
attempt('port letters', () => new URL('http://example.com:8o/'));
attempt('bad ipv4', () => new URL('http://1.2.3.256/'));
attempt('bad ipv4 radix', () => new URL('http://0x1g.2/'));
attempt('bad ipv6', () => new URL('http://[::1/'));
attempt('ipv6 too long', () => new URL('http://[1:2:3:4:5:6:7:8:9]/'));
attempt('forbidden host', () => new URL('http://exa mple.com/'));
attempt('forbidden host caret', () => new URL('http://a^b/'));
attempt('forbidden domain percent', () => new URL('http://a%25b/'));
attempt('empty host', () => new URL('http:///'));
attempt('userinfo no host', () => new URL('http://user@/'));
attempt('idna disallowed', () => new URL('http://\uFDD0zyx.com/'));
attempt('idna joiner', () => new URL('http://a\u200Db.com/'));
attempt('non-special forbidden', () => new URL('sc://a b/'));
attempt('object input', () => new URL({ toString() { return 'http://from-object/'; } }));
attempt('url base', () => new URL('rel', new URL('http://base.example/dir/')));
attempt('no args', () => new URL());
attempt('symbol', () => new URL(Symbol('s')));
attempt('href setter', () => { const u = new URL('http://a/'); u.href = 'nope'; });
attempt('canParse no args', () => URL.canParse());
attempt('parse no args', () => URL.parse());
attempt('call without new', () => URL('http://a/'));

const getter = (name) => Object.getOwnPropertyDescriptor(URL.prototype, name).get;
const setter = (name) => Object.getOwnPropertyDescriptor(URL.prototype, name).set;
attempt('href getter on {}', () => getter('href').call({}));
attempt('protocol getter on {}', () => getter('protocol').call({}));
attempt('searchParams getter on {}', () => getter('searchParams').call({}));
attempt('toString on {}', () => URL.prototype.toString.call({}));
attempt('host setter on {}', () => setter('host').call({}, 'x'));

attempt('append one arg', () => new URLSearchParams().append('a'));
attempt('set no args', () => new URLSearchParams().set());
attempt('get no args', () => new URLSearchParams().get());
attempt('delete no args', () => new URLSearchParams().delete());
attempt('has no args', () => new URLSearchParams().has());
attempt('getAll no args', () => new URLSearchParams().getAll());
attempt('wrong this', () => URLSearchParams.prototype.get.call({}, 'a'));
attempt('size wrong this', () =>
  Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call([]));
attempt('tuple of one', () => new URLSearchParams([['a']]));
attempt('tuple of three', () => new URLSearchParams([['a', 'b', 'c']]));
attempt('tuple not iterable', () => new URLSearchParams([1]));
attempt('iterator not function', () => new URLSearchParams({ [Symbol.iterator]: 1 }));
// String(error) of thaw's shared ERR_INVALID_ARG_TYPE lacks Node's "[code]".
attempt('forEach not function', () => new URLSearchParams('a=1').forEach(42), false);
attempt('iterator next wrong this', () => new URLSearchParams().keys().next.call({}));
