// A pending AbortSignal.timeout does not keep the process alive, even with a
// listener: the script ends at once and the listener never runs.
const signal = AbortSignal.timeout(60000);
signal.addEventListener('abort', () => console.log('never'));
const start = Date.now();
process.on('exit', () => console.log('exited quickly', Date.now() - start < 5000));
console.log('end of script', signal.aborted);
