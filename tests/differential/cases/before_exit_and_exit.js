// 'beforeExit' may schedule more work, which runs; 'exit' runs once with
// the exit code and can change it.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('work from beforeExit', rounds), 1);
});
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 4;
});
