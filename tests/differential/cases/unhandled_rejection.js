// An unhandled rejection is fatal (Node's default), after the current
// microtasks, with exit code 1.
// expect-stderr: Error: rejected
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('rejected'));
Promise.resolve().then(() => console.log('microtask still runs'));
setTimeout(() => console.log('never'), 1);
