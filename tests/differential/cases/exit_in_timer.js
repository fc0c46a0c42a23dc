// process.exit() inside a timer stops everything at once, after 'exit'.
process.on('exit', (code) => console.log('exit event', code));
setTimeout(() => {
  console.log('before exit');
  process.exit(3);
  console.log('never');
}, 1);
setTimeout(() => console.log('never either'), 5);
