// node:child_process, asynchronous API: spawn, exec, execFile.
const cp = require('child_process');

function collect(child) {
  return new Promise((resolve) => {
    const out = [];
    const err = [];
    if (child.stdout) child.stdout.on('data', (chunk) => out.push(chunk));
    if (child.stderr) child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (code, signal) => resolve({
      code, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(),
    }));
  });
}

test('spawn gives pid, output, exit code and events in order', async () => {
  const child = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 5']);
  assert(child.pid > 0);
  const events = [];
  child.on('spawn', () => events.push('spawn'));
  child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  child.stdout.on('end', () => events.push('stdout end'));
  const result = await collect(child);
  events.push('close');
  assertEqual(result.code, 5);
  assertEqual(result.signal, null);
  assertEqual(result.stdout, 'out\n');
  assertEqual(result.stderr, 'err\n');
  assertEqual(events[0], 'spawn');
  assertEqual(events[events.length - 1], 'close');
  assert(events.includes('exit 5 null'));
  assertEqual(child.exitCode, 5);
});

test('stdout chunks are Buffers, or strings after setEncoding', async () => {
  const child = cp.spawn('printf', ['a\u00e9']);
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  await new Promise((resolve) => child.on('close', resolve));
  assert(Buffer.isBuffer(chunks[0]));
  const text = cp.spawn('printf', ['a\u00e9']);
  text.stdout.setEncoding('utf8');
  let got = '';
  text.stdout.on('data', (chunk) => { assertEqual(typeof chunk, 'string'); got += chunk; });
  await new Promise((resolve) => text.on('close', resolve));
  assertEqual(got, 'a\u00e9');
});

test('stdin write/end reaches the child; large output arrives whole', async () => {
  const child = cp.spawn('cat');
  const big = 'y'.repeat(1 << 20);
  let called = false;
  child.stdin.write('start:', () => { called = true; });
  child.stdin.end(big);
  const result = await collect(child);
  assert(called);
  assertEqual(result.stdout.length, 6 + big.length);
  assertEqual(result.code, 0);
});

test('env, cwd, shell and stdio modes', async () => {
  const env = await collect(cp.spawn('sh', ['-c', 'echo $X; pwd'], {env: {X: 'y', PATH: process.env.PATH}, cwd: '/'}));
  assertEqual(env.stdout, 'y\n/\n');
  const shell = await collect(cp.spawn('echo $((2*3))', {shell: true}));
  assertEqual(shell.stdout, '6\n');
  const ignored = cp.spawn('echo', ['x'], {stdio: ['pipe', 'ignore', 'pipe']});
  assertEqual(ignored.stdout, null);
  assert(ignored.stdin !== null);
  assertEqual((await collect(ignored)).code, 0);
  const inherit = cp.spawn('true', [], {stdio: 'inherit'});
  assertEqual(inherit.stdin, null);
  assertEqual((await collect(inherit)).code, 0);
});

test('ENOENT is an error event with Node\'s fields', async () => {
  const child = cp.spawn('thaw-no-such-binary', ['x']);
  assertEqual(child.pid, undefined);
  const error = await new Promise((resolve) => child.on('error', resolve));
  assertEqual(error.message, 'spawn thaw-no-such-binary ENOENT');
  assertEqual(error.code, 'ENOENT');
  assertEqual(error.errno, -2);
  assertEqual(error.syscall, 'spawn thaw-no-such-binary');
  assertEqual(error.path, 'thaw-no-such-binary');
  assertDeepEqual(error.spawnargs, ['x']);
  const code = await new Promise((resolve) => child.on('close', resolve));
  assertEqual(code, -2);
});

test('kill sets killed and signalCode', async () => {
  const child = cp.spawn('sleep', ['30']);
  assertEqual(child.kill(), true);
  assertEqual(child.killed, true);
  const result = await collect(child);
  assertEqual(result.code, null);
  assertEqual(result.signal, 'SIGTERM');
  assertEqual(child.signalCode, 'SIGTERM');
  assertEqual(child.kill(), false);
  assertThrows(() => child.kill('SIGBOGUS'), (e) => assertEqual(e.code, 'ERR_UNKNOWN_SIGNAL'));
});

test('exec and execFile buffer output and report failures', async () => {
  const ok = await new Promise((resolve) => cp.exec('echo hi; echo there >&2',
      (error, stdout, stderr) => resolve({error, stdout, stderr})));
  assertEqual(ok.error, null);
  assertEqual(ok.stdout, 'hi\n');
  assertEqual(ok.stderr, 'there\n');
  const failed = await new Promise((resolve) => cp.exec('echo oops >&2; exit 3', resolve));
  assertEqual(failed.message, 'Command failed: echo oops >&2; exit 3\noops\n');
  assertEqual(failed.code, 3);
  assertEqual(failed.killed, false);
  assertEqual(failed.signal, null);
  assertEqual(failed.cmd, 'echo oops >&2; exit 3');
  const file = await new Promise((resolve) => cp.execFile('echo', ['a', 'b'],
      (error, stdout) => resolve(stdout)));
  assertEqual(file, 'a b\n');
  const missing = await new Promise((resolve) => cp.execFile('thaw-no-such-binary', resolve));
  assertEqual(missing.code, 'ENOENT');
  assertEqual(missing.cmd, 'thaw-no-such-binary');
  const timed = await new Promise((resolve) => cp.exec('sleep 30', {timeout: 50}, resolve));
  assertEqual(timed.killed, true);
  assertEqual(timed.signal, 'SIGTERM');
  const big = await new Promise((resolve) => cp.exec('yes | head -c 5000', {maxBuffer: 100}, resolve));
  assertEqual(big.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  const {promisify} = require('util');
  const {stdout} = await promisify(cp.execFile)('echo', ['promised']);
  assertEqual(stdout, 'promised\n');
});

test('an unref\'d child does not keep the process alive', () => {
  const result = cp.spawnSync(process.execPath, ['eval',
    "require('child_process').spawn('sleep', ['3']).unref(); console.log('done')"],
  {encoding: 'utf8', timeout: 10000});
  assertEqual(result.stdout, 'done\n');
  assertEqual(result.status, 0);
});
