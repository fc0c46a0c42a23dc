// A rejection handled within the same microtask drain is not reported;
// the 'unhandledRejection' listener receives (reason, promise).
const p = Promise.reject(new Error('handled'));
Promise.resolve().then(() => p.catch((e) => console.log('caught', e.message)));
process.on('unhandledRejection', (reason, promise) => {
  console.log('listener', reason, promise instanceof Promise);
});
Promise.reject('to listener');
