// Unreferenced timers and immediates do not keep the process alive;
// ref() brings them back; hasRef() reports it.
const t = setTimeout(() => console.log('unref timer: never'), 10000);
t.unref();
console.log('hasRef after unref', t.hasRef());
// Long enough that the immediate below always runs first, even on a
// loaded machine.
const u = setTimeout(() => console.log('re-referenced timer runs'), 100);
u.unref();
u.ref();
console.log('hasRef after ref', u.hasRef());
const i = setImmediate(() => console.log('unref immediate still runs this turn'));
i.unref();
const interval = setInterval(() => console.log('unref interval: never'), 1000);
interval.unref();
console.log(typeof t.refresh, typeof t[Symbol.toPrimitive]());
