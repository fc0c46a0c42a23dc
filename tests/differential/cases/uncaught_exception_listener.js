// With an 'uncaughtException' listener the process survives and goes on.
process.on('uncaughtException', (error, origin) => {
  console.log('caught', error.message, origin);
});
setTimeout(() => {
  throw new Error('first');
}, 1);
setTimeout(() => console.log('still alive'), 5);
setImmediate(() => {
  throw new Error('from immediate');
});
queueMicrotask(() => {
  throw new Error('from microtask');
});
