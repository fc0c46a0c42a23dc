import { execa, execaSync } from 'execa';
const r = await execa('echo', ['hello', 'world']);
console.log(r.stdout, r.exitCode, r.command);
console.log(execaSync('sh', ['-c', 'printf "%s" abc; exit 0']).stdout);
try { await execa('sh', ['-c', 'echo err >&2; exit 3']); } catch (e) { console.log(e.exitCode, e.stderr, e.shortMessage); }
const { stdout } = await execa({ input: 'piped in' })`cat`;
console.log(stdout);
