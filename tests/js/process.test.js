// process behaviour with machine-dependent values.

test('env reflects and changes the real environment', () => {
  process.env.THAW_JS_TEST = 'value';
  assertEqual(process.env.THAW_JS_TEST, 'value');
  assert(Object.keys(process.env).includes('THAW_JS_TEST'));
  delete process.env.THAW_JS_TEST;
  assertEqual(process.env.THAW_JS_TEST, undefined);
});

test('memoryUsage reports sane numbers', () => {
  const usage = process.memoryUsage();
  assert(usage.rss > 1e6 && usage.rss < 1e9, `rss ${usage.rss}`);
  assert(usage.heapUsed > 0 && usage.heapUsed <= usage.heapTotal);
});

test('argv holds the executable and this file', () => {
  assert(process.argv[0].endsWith('thaw_js_test'), process.argv[0]);
  assert(process.argv[1].endsWith('process.test.js'), process.argv[1]);
  assertEqual(process.execPath, process.argv[0]);
});

test('pid and ppid are distinct positive integers', () => {
  assert(Number.isInteger(process.pid) && process.pid > 0);
  assert(Number.isInteger(process.ppid) && process.ppid > 0);
  assert(process.pid !== process.ppid);
});

test('a snapshot-built value is fresh per process: pid is not frozen', () => {
  // The snapshot was built by another process; a pid frozen at build time
  // would equal the builder's.
  assert(process.pid !== 0);
});

test('versions name thaw and V8', () => {
  assertEqual(process.versions.thaw, thaw.version);
  assert(process.versions.v8.startsWith('10.2.154'));
});
