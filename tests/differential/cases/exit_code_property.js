// process.exitCode decides the code when the loop runs dry.
process.exitCode = 2;
setTimeout(() => {
  console.log('exitCode', process.exitCode);
  process.exitCode = 5;
}, 1);
