// path.win32: an object, so that importing it links (path-scurry, and so
// glob), whose functions say that thaw has only POSIX paths. Node
// implements them, so this is not a differential case.
const path = require('path');

test('path.win32 functions throw ERR_METHOD_NOT_IMPLEMENTED', () => {
  assertEqual(typeof path.win32, 'object');
  for (const name of ['resolve', 'join', 'basename', 'toNamespacedPath']) {
    assertEqual(path.win32[name].name, name);
    assertThrows(() => path.win32[name]('a'), (e) => {
      assertEqual(e.code, 'ERR_METHOD_NOT_IMPLEMENTED');
      assertEqual(e.message,
                  `The path.win32.${name}() method is not implemented in thaw: ` +
                  'only POSIX paths are supported');
    });
  }
  assertEqual(path.posix.join('a', 'b'), 'a/b');
});
