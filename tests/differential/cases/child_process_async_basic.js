// child_process.spawn: stdout and stderr as Buffers or strings, exit code,
// 'close' after stdio; exec and execFile with their callbacks.
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
const got = {stdout: [], stderr: []};
child.stdout.on('data', (chunk) => got.stdout.push(chunk));
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => got.stderr.push(chunk));
child.on('spawn', () => console.log('spawn', typeof child.pid));
child.on('close', (code, signal) => {
  console.log('close', code, signal, child.exitCode, child.signalCode);
  console.log(Buffer.concat(got.stdout), got.stdout[0] instanceof Buffer, got.stderr);
  cp.exec('echo $((6*7)); printf warn >&2', (error, stdout, stderr) => {
    console.log('exec', error, JSON.stringify(stdout), JSON.stringify(stderr));
    cp.execFile('printf', ['%s|', 'a', 'b c'], (error2, stdout2) => {
      console.log('execFile', error2, JSON.stringify(stdout2));
      cp.exec('echo bad >&2; exit 7', (error3, stdout3, stderr3) => {
        console.log(JSON.stringify(error3.message), error3.code, error3.killed,
                    error3.signal, error3.cmd, JSON.stringify(stderr3));
        cp.execFile('cat', {encoding: 'buffer'}, (error4, stdout4) => {
          console.log('buffer', error4, stdout4);
        }).stdin.end('bytes');
      });
    });
  });
});
