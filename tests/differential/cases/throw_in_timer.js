// expect-stderr: Error: from a timer
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('in timer');
  throw new Error('from a timer');
}, 1);
setTimeout(() => console.log('never'), 10);
