// A tick that throws between two due timers loses neither timer.
process.on('uncaughtException', (e) => console.log('caught', e.message));
setTimeout(() => {
  console.log('first timer');
  process.nextTick(() => { throw new Error('tick between timers'); });
}, 2);
setTimeout(() => console.log('second timer'), 2);
setTimeout(() => console.log('third timer'), 2);
