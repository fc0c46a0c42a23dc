// Node built-in modules thaw does not provide: require and import say so
// with ERR_UNKNOWN_BUILTIN_MODULE (Node has them, so these are not
// differential), and never look for a package of that name.

test('require of a Node built-in thaw lacks', () => {
  for (const name of ['http', 'node:http', 'vm', 'node:worker_threads']) {
    assertThrows(() => require(name), (e) => {
      assertEqual(e.code, 'ERR_UNKNOWN_BUILTIN_MODULE');
      const bare = name.replace('node:', '');
      assert(e.message.includes(`thaw does not provide node:${bare} yet`), e.message);
    });
  }
  assertThrows(() => require('node:no-such-thing'), (e) => {
    assertEqual(e.message, 'No such built-in module: node:no-such-thing');
  });
});

test('import of a Node built-in thaw lacks', async () => {
  for (const name of ['net', 'node:vm']) {
    let caught;
    try {
      await import(name);
    } catch (error) {
      caught = error;
    }
    assertEqual(caught?.code, 'ERR_UNKNOWN_BUILTIN_MODULE');
  }
  const fs = await import('node:fs');
  assertEqual(typeof fs.readFileSync, 'function');
  assertEqual(fs.default.readFileSync, fs.readFileSync);
});
