// Ticks and microtasks left behind by a throw that an uncaughtException
// listener handles still run (Node schedules one more loop turn for them).
process.on('uncaughtException', e => console.log('caught', e.message));
setImmediate(async () => { await null;
  process.nextTick(() => { throw new Error('t1'); });
  Promise.reject(new Error('p')).then(undefined, err => process.nextTick(() => { throw err; }));
  process.nextTick(() => { throw new Error('t2'); });
  await new Promise(r => setTimeout(r, 5)); console.log('after sleep'); });
process.nextTick(() => { throw new Error('main tick'); });
process.nextTick(() => console.log('second main tick'));
setTimeout(() => { process.nextTick(() => console.log('tick after timer throw')); throw new Error('timer'); }, 1);
