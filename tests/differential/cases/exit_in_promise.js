// process.exit() from a promise job.
Promise.resolve().then(() => {
  console.log('in job');
  process.exit(6);
});
setTimeout(() => console.log('never'), 1);
