// expect-stderr: TypeError: listener failed
// A listener's exception with no 'uncaughtException' listener ends the
// process with exit code 1, after the dispatch and the rest of the script.
const target = new EventTarget();
target.addEventListener('x', () => { throw new TypeError('listener failed'); });
target.addEventListener('x', () => console.log('second listener runs'));
console.log('dispatch returned', target.dispatchEvent(new Event('x')));
console.log('end of script');
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('never'), 10);
