// expect-stderr: Warning: Detected unsettled top-level await
// A main module whose top-level await can never finish: exit code 13.
process.on('exit', (code) => console.log('exit', code));
console.log('waiting');
await new Promise(() => {});
console.log('never');
