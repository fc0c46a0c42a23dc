// child_process.spawnSync/execSync/execFileSync: results, errors, options.
const cp = require('child_process');
const show = (result) => {
  const copy = {...result, pid: typeof result.pid};
  if (copy.error) copy.error = `${copy.error.message} ${copy.error.code} ${copy.error.errno} ${copy.error.syscall} ${copy.error.path} ${JSON.stringify(copy.error.spawnargs)}`;
  console.log(copy);
};
show(cp.spawnSync('echo', ['hello', 'world']));
show(cp.spawnSync('echo', ['hello'], {encoding: 'utf8'}));
show(cp.spawnSync('cat', {input: 'from stdin'}));
show(cp.spawnSync('cat', [], {input: new Uint8Array([104, 105])}));
show(cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 7'], {encoding: 'utf8'}));
show(cp.spawnSync('sh', ['-c', 'kill -TERM $$']));
show(cp.spawnSync('no-such-command-thaw', ['a', 'b']));
show(cp.spawnSync('sleep', ['10'], {timeout: 50}));
show(cp.spawnSync('sh', ['-c', 'echo 1234567890; exec sleep 5'], {maxBuffer: 4, encoding: 'utf8'}));
show(cp.spawnSync('pwd', {cwd: '/', encoding: 'utf8'}));
show(cp.spawnSync('pwd', {cwd: '/no/such/dir', encoding: 'utf8'}));
show(cp.spawnSync('echo $X', {shell: true, env: {X: 'from env'}, encoding: 'utf8'}));
show(cp.spawnSync('echo', ['a'], {stdio: 'ignore'}));
show(cp.spawnSync('echo', ['a'], {stdio: ['pipe', 'ignore', 'pipe']}));
console.log(cp.execSync('echo exec; echo warn >&2', {stdio: 'pipe'}).toString());
console.log(cp.execSync('printf "%s" "$0"', {encoding: 'utf8'}));
console.log(cp.execFileSync('echo', ['file', 'sync'], {encoding: 'utf8'}));
console.log(String(cp.execFileSync('/bin/echo', ['x'])));
try {
  cp.execSync('echo partial; echo bad thing >&2; exit 3', {stdio: 'pipe'});
} catch (error) {
  console.log(JSON.stringify(error.message), error.status, error.signal, Object.keys(error));
  console.log(String(error.stdout), String(error.stderr));
}
try {
  cp.execFileSync('sh', ['-c', 'exit 2'], {stdio: 'pipe'});
} catch (error) {
  console.log(JSON.stringify(error.message), error.status);
}
try {
  cp.execFileSync('no-such-command-thaw');
} catch (error) {
  console.log(error.message, error.code, error.status, Object.keys(error));
}
for (const bad of [() => cp.spawnSync(5), () => cp.spawnSync(''), () => cp.execSync(null),
                   () => cp.spawnSync('echo', {cwd: 5})]) {
  try { bad(); } catch (error) { console.log(error.name, error.code, error.message); }
}
