// Writing to a child's stdin, env and cwd options, shell, and stdio modes.
const cp = require('child_process');
const cat = cp.spawn('cat');
let text = '';
cat.stdout.setEncoding('utf8');
cat.stdout.on('data', (chunk) => { text += chunk; });
cat.stdout.on('end', () => console.log('stdout end'));
cat.stdin.write('hello ', () => console.log('write callback'));
cat.stdin.write(Buffer.from('world\n'));
cat.stdin.end('x'.repeat(200000) + '\n');
cat.on('exit', (code, signal) => console.log('exit', code, signal));
cat.on('close', (code) => {
  console.log('close', code, text.length, JSON.stringify(text.slice(0, 13)));
  const env = cp.spawn('sh', ['-c', 'echo "$FOO"; pwd'], {env: {FOO: 'bar', PATH: process.env.PATH}, cwd: '/'});
  env.stdout.on('data', (chunk) => process.stdout.write(chunk));
  env.on('close', () => {
    const shell = cp.spawn('echo $((1+1)) && exit 4', {shell: true, stdio: ['ignore', 'pipe', 'inherit']});
    console.log('stdin', shell.stdin, shell.stderr, shell.stdio.length);
    shell.stdout.on('data', (chunk) => process.stdout.write(chunk));
    shell.on('close', (code) => {
      console.log('shell close', code);
      const inherit = cp.spawn('echo', ['inherited'], {stdio: 'inherit'});
      inherit.on('close', (code2) => console.log('inherit close', code2, inherit.stdout));
    });
  });
});
