// node:child_process, synchronous API.
const cp = require('child_process');
const text = (value) => (typeof value === 'string' ? value : new TextDecoder().decode(value));

test('spawnSync returns output, status and pid', () => {
  const result = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 4']);
  assertEqual(result.status, 4);
  assertEqual(result.signal, null);
  assertEqual(text(result.stdout), 'out\n');
  assertEqual(text(result.stderr), 'err\n');
  assert(result.stdout instanceof Uint8Array);
  assert(result.pid > 0);
  assertEqual(result.output[0], null);
});

test('input, encoding, env, cwd, shell', () => {
  assertEqual(cp.spawnSync('cat', {input: 'x'.repeat(300000), encoding: 'utf8'}).stdout.length, 300000);
  assertEqual(cp.spawnSync('sh', ['-c', 'echo $A'], {env: {A: 'b'}, encoding: 'utf8'}).stdout, 'b\n');
  assertEqual(cp.spawnSync('pwd', {cwd: '/', encoding: 'utf8'}).stdout, '/\n');
  assertEqual(cp.execSync('echo $((1+2))', {encoding: 'utf8'}), '3\n');
  assertEqual(text(cp.execFileSync('echo', ['a', 'b'])), 'a b\n');
});

test('signals, timeouts and spawn errors', () => {
  const killed = cp.spawnSync('sh', ['-c', 'kill -KILL $$']);
  assertEqual(killed.status, null);
  assertEqual(killed.signal, 'SIGKILL');
  const start = Date.now();
  const slow = cp.spawnSync('sleep', ['10'], {timeout: 100});
  assert(Date.now() - start < 5000);
  assertEqual(slow.error.code, 'ETIMEDOUT');
  assertEqual(slow.signal, 'SIGTERM');
  const missing = cp.spawnSync('thaw-no-such-binary');
  assertEqual(missing.error.code, 'ENOENT');
  assertEqual(missing.error.message, 'spawnSync thaw-no-such-binary ENOENT');
  assertEqual(missing.status, null);
  assertEqual(missing.output, null);
});

test('the child starts with default SIGPIPE', () => {
  // yes(1) dies of SIGPIPE once head exits; with SIGPIPE ignored it would
  // see EPIPE and exit 1 instead.
  const result = cp.spawnSync('sh', ['-c', 'yes | head -n 1 >/dev/null; echo ok'], {encoding: 'utf8'});
  assertEqual(result.stdout, 'ok\n');
});

test('execSync throws Node\'s error', () => {
  const error = assertThrows(() => cp.execSync('echo no >&2; exit 9', {stdio: 'pipe'}));
  assertEqual(error.message, 'Command failed: echo no >&2; exit 9\nno\n');
  assertEqual(error.status, 9);
  assertEqual(text(error.stderr), 'no\n');
  assertThrows(() => cp.fork('x.js'), (e) => assertEqual(e.code, 'ERR_NOT_IMPLEMENTED'));
});
