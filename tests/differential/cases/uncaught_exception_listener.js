// With an 'uncaughtException' listener the process survives and goes on.
// Each throw is scheduled by the one before, so the order is defined.
process.on('uncaughtException', (error, origin) => {
  console.log('caught', error.message, origin);
});
queueMicrotask(() => {
  throw new Error('from microtask');
});
setTimeout(() => {
  setImmediate(() => {
    throw new Error('from immediate');
  });
  setTimeout(() => console.log('still alive'), 20);
  throw new Error('from timer');
}, 1);
