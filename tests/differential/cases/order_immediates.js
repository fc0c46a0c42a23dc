// Immediates run in order, with ticks between them; ones queued by an
// immediate wait for the next turn. Scheduled from inside a timer so that
// the first turn's order is defined (from the main script, timer-versus-
// immediate order is a race, in Node too).
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate 1');
    setImmediate(() => console.log('immediate from immediate'));
    process.nextTick(() => console.log('tick after immediate 1'));
    Promise.resolve().then(() => console.log('promise after immediate 1'));
  });
  setImmediate((x) => console.log('immediate 2', x), 'arg');
  const cleared = setImmediate(() => console.log('never'));
  clearImmediate(cleared);
  setTimeout(() => console.log('timeout 100ms, after all immediates'), 100);
}, 0);
