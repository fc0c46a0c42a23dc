// Spawn errors (ENOENT) as 'error' events and in exec/execFile callbacks,
// kill() and signals, ignored output still reaching 'close'.
const cp = require('child_process');
const missing = cp.spawn('thaw-no-such-command', ['a', 'b']);
missing.on('error', (error) => {
  console.log(error.message, error.code, error.errno, error.syscall, error.path,
              error.spawnargs, missing.pid);
  cp.execFile('thaw-no-such-command', ['z'], (error2, stdout, stderr) => {
    console.log(error2.message, error2.code, error2.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
    const sleeper = cp.spawn('sleep', ['30']);
    sleeper.on('exit', (code, signal) => {
      console.log('exit', code, signal, sleeper.killed, sleeper.exitCode, sleeper.signalCode);
      console.log('kill after exit', sleeper.kill());
      const quiet = cp.spawn('sh', ['-c', 'echo nobody reads this; exit 0']);
      quiet.on('close', (code2, signal2) => {
        console.log('quiet close', code2, signal2);
        const timed = cp.exec('sleep 30', {timeout: 50}, (error3) => {
          console.log('timeout', error3.killed, error3.signal, error3.code, timed.killed);
          try {
            timed.kill('SIGNOPE');
          } catch (error4) {
            console.log(error4.code, error4.message);
          }
        });
      });
    });
    console.log('kill', sleeper.kill('SIGKILL'), sleeper.killed);
  });
});
