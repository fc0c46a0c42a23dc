// console.time/timeLog/timeEnd print "label: <time>" through console.log.
// Times differ from run to run, so this program checks their format itself
// and prints only the verdicts.
const log = console.log;
const lines = [];

// timeLog and timeEnd call console.log('%s: %s', label, time, ...data).
console.log = (...args) => lines.push(args);
console.time();
console.timeLog();
console.timeLog(undefined, 'extra', { data: 1 });
console.timeEnd();
console.time('label');
console.timeEnd('label');
console.time(7);
console.timeEnd(7);
console.log = log;

const ms = /^\d+(\.\d{1,3})?ms$/;
const calls = lines.splice(0);
function checkCall(call, label, extra, what) {
  const ok = call.length === 3 + extra.length && call[0] === '%s: %s' && call[1] === label &&
    ms.test(call[2]) && extra.every((value, i) => Object.is(call[3 + i], value) ||
      JSON.stringify(call[3 + i]) === JSON.stringify(value));
  log(`${what}: ${ok ? 'ok' : `unexpected ${JSON.stringify(call)}`}`);
}
checkCall(calls[0], 'default', [], 'timeLog()');
checkCall(calls[1], 'default', ['extra', { data: 1 }], 'timeLog() with data');
checkCall(calls[2], 'default', [], 'timeEnd()');
checkCall(calls[3], 'label', [], "timeEnd('label')");
checkCall(calls[4], '7', [], 'timeEnd(7)');
log(`calls: ${calls.length}`);

// Unknown labels only warn (on stderr).
console.log = (...args) => lines.push(args);
console.timeEnd('unknown');
console.timeLog('unknown');
console.time('twice');
console.time('twice');
console.timeEnd('twice');
console.log = log;
log(`after warnings, only the last timeEnd printed: ${lines.length === 1 && lines[0][1] === 'twice'}`);
lines.length = 0;

// Past a second the time is shown in seconds.
console.log = (...args) => lines.push(args);
console.time('slow');
const start = Date.now();
while (Date.now() - start < 1050) {
  // Busy wait: there may be no timers to wait with.
}
console.timeEnd('slow');
console.log = log;
const slow = lines.shift();
log(`seconds: ${/^1\.\d{3}s$/.test(slow[2]) ? 'ok' : `unexpected ${JSON.stringify(slow)}`}`);
