// An exitCode set before a crash does not hide the crash: exit 1.
// expect-stderr: Error: crash
process.exitCode = 5;
process.on('exit', (code) => console.log('exit', code));
throw new Error('crash');
