// node:url.
const url = require('url');

test('fileURLToPath and pathToFileURL round-trip', () => {
  for (const path of ['/a/b', '/with space/x', '/per%cent', '/q?#', '/ü/€']) {
    assertEqual(url.fileURLToPath(url.pathToFileURL(path)), path);
  }
  assertEqual(url.pathToFileURL('/dir/').href, 'file:///dir/');
});

test('fileURLToPath errors', () => {
  assertThrows(() => url.fileURLToPath('http://x'), (e) => assertEqual(e.code, 'ERR_INVALID_URL_SCHEME'));
  assertThrows(() => url.fileURLToPath('file://h/x'), (e) => assertEqual(e.code, 'ERR_INVALID_FILE_URL_HOST'));
  assertThrows(() => url.fileURLToPath('file:///a%2Fb'), (e) => assertEqual(e.code, 'ERR_INVALID_FILE_URL_PATH'));
  assertThrows(() => url.fileURLToPath(1), (e) => assertEqual(e.code, 'ERR_INVALID_ARG_TYPE'));
});

test('format and domains', () => {
  assertEqual(url.format(new URL('http://a:b@x.com/p?q#h'), {auth: false, search: false}), 'http://x.com/p#h');
  assertEqual(url.format({protocol: 'http', hostname: 'x', port: 8, pathname: '/y'}), 'http://x:8/y');
  assertEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
  assertEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
  assertEqual(url.URL, URL);
});
