// Timer behaviour that depends on time passing, which a byte-for-byte
// comparison with Node cannot check.

test('setTimeout waits at least its delay', async () => {
  const start = nowMs();
  await sleep(40);
  const elapsed = nowMs() - start;
  assert(elapsed >= 39, `fired after ${elapsed} ms`);
  assert(elapsed < 1000, `fired after ${elapsed} ms`);
});

test('setInterval repeats at its period', async () => {
  const start = nowMs();
  const times = [];
  await new Promise((resolve) => {
    const interval = setInterval(() => {
      times.push(nowMs() - start);
      if (times.length === 4) {
        clearInterval(interval);
        resolve();
      }
    }, 15);
  });
  assert(times[3] >= 59, `4th run after ${times[3]} ms`);
  for (let i = 1; i < times.length; i++) assert(times[i] > times[i - 1]);
});

test('refresh() restarts the countdown', async () => {
  const start = nowMs();
  let firedAt = 0;
  const timer = setTimeout(() => { firedAt = nowMs() - start; }, 30);
  await sleep(20);
  timer.refresh();
  await sleep(50);
  assert(firedAt >= 49, `fired after ${firedAt} ms`);
});

test('clearTimeout inside a due batch cancels a later timer of it', async () => {
  const order = [];
  let second;
  setTimeout(() => { order.push('first'); clearTimeout(second); }, 5);
  second = setTimeout(() => order.push('second'), 5);
  await sleep(30);
  assertDeepEqual(order, ['first']);
});

test('a Timeout converts to a number that clearTimeout accepts', async () => {
  let fired = false;
  const id = +setTimeout(() => { fired = true; }, 5);
  assertEqual(typeof id, 'number');
  clearTimeout(id);
  await sleep(20);
  assertEqual(fired, false);
});

test('delays beyond 2^31-1 ms become 1 ms with a warning', async () => {
  const warnings = [];
  process.on('warning', (w) => warnings.push(w.name));
  let fired = false;
  setTimeout(() => { fired = true; }, 2 ** 31);
  await sleep(20);
  assertEqual(fired, true);
  assertDeepEqual(warnings, ['TimeoutOverflowWarning']);
});

test('hrtime is monotonic and agrees with hrtime.bigint', () => {
  const a = process.hrtime.bigint();
  const [s, ns] = process.hrtime();
  const b = process.hrtime.bigint();
  const middle = BigInt(s) * 1000000000n + BigInt(ns);
  assert(a <= middle && middle <= b);
});

test('uptime grows', async () => {
  const before = process.uptime();
  await sleep(20);
  assert(process.uptime() - before >= 0.019);
});
