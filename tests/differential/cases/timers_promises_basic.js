// node:timers/promises: values, order, abort, async iterator.
const tp = require('node:timers/promises');
const {setTimeout: sleep, setImmediate: immediate, setInterval: every, scheduler} = tp;
(async () => {
  console.log(Object.keys(tp).sort(), sleep.name, immediate.name, every.name);
  console.log(await sleep(5, 'timeout value'));
  console.log(await immediate('immediate value'));
  console.log(await sleep(1), await scheduler.wait(1), await scheduler.yield());
  const order = [];
  await Promise.all([sleep(20).then(() => order.push(20)), sleep(5).then(() => order.push(5)),
                     immediate().then(() => order.push('i'))]);
  console.log(order);
  const aborted = AbortSignal.abort();
  for (const attempt of [() => sleep(1, 'x', {signal: aborted}), () => immediate('x', {signal: aborted})]) {
    try { await attempt(); } catch (error) {
      console.log(error.name, error.code, error.message, error.cause instanceof DOMException, error instanceof Error);
    }
  }
  const controller = new AbortController();
  const pending = sleep(10000, 'never', {signal: controller.signal});
  setTimeout(() => controller.abort('my reason'), 5);
  try { await pending; } catch (error) { console.log(error.name, error.code, error.cause); }
  let count = 0;
  for await (const value of every(5, 'tick')) {
    console.log(value, ++count);
    if (count === 3) break;
  }
  const c2 = new AbortController();
  try {
    for await (const value of every(5, 'v', {signal: c2.signal})) {
      console.log(value);
      c2.abort();
    }
  } catch (error) { console.log(error.name, error.code); }
  for (const bad of [() => sleep('x'), () => sleep(1, 1, {signal: 5}), () => sleep(1, 1, null),
                     () => sleep(1, 1, {ref: 'no'})]) {
    try { await bad(); } catch (error) { console.log(error.name, error.code, error.message); }
  }
  await sleep(100000, undefined, {ref: false});
  console.log('not reached: an unref timer does not keep the process alive');
})();
process.on('exit', () => console.log('exit'));
