// performance: now() and timeOrigin (checked, not printed), marks and
// measures with fixed times, entries, clearing, errors, attributes.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
};
const t0 = performance.now();
const t1 = performance.now();
console.log(typeof t0, t0 > 0, t1 >= t0, t0 < 60000);
const origin = performance.timeOrigin;
console.log(typeof origin, origin === performance.timeOrigin,
            Math.abs(origin + performance.now() - Date.now()) < 20);
const mark = performance.mark('start', {startTime: 10, detail: {step: 1}});
console.log(mark.name, mark.entryType, mark.startTime, mark.duration, mark.detail);
console.log(mark.toJSON());
console.log(mark);
performance.mark('end', {startTime: 30.5});
performance.mark('start', {startTime: 20});
const m1 = performance.measure('between', 'start', 'end');
console.log(m1.name, m1.entryType, m1.startTime, m1.duration, m1.detail);
const m2 = performance.measure('opts', {start: 'start', end: 'end', detail: [1, 2]});
console.log(m2.startTime, m2.duration, m2.detail);
console.log(performance.measure('dur', {start: 5, duration: 7}).toJSON());
console.log(performance.measure('end-dur', {end: 'end', duration: 0.5}).toJSON());
console.log(performance.measure('from', 'start').startTime);
console.log(performance.measure('options only duration', {duration: 4}).startTime);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}@${e.startTime}`).join(' '));
console.log(performance.getEntriesByType('mark').map((e) => e.startTime));
console.log(performance.getEntriesByName('start').length, performance.getEntriesByName('start', 'measure').length,
            performance.getEntriesByType('nothing').length);
show('measure missing mark', () => performance.measure('bad', 'nope'));
show('measure negative', () => performance.measure('bad', {start: -1}));
show('measure all three', () => performance.measure('bad', {start: 1, end: 2, duration: 3}));
show('measure endMark with options', () => performance.measure('bad', {start: 1}, 'end'));
show('measure()', () => performance.measure());
show('measure(5)', () => performance.measure(5));
show('mark()', () => performance.mark());
show('mark options number', () => performance.mark('x', 5));
show('mark negative', () => performance.mark('x', {startTime: -1}));
show('mark string time', () => performance.mark('x', {startTime: 'a'}));
show('getEntriesByName()', () => performance.getEntriesByName());
show('getEntriesByType()', () => performance.getEntriesByType());
show('now on object', () => performance.now.call({}));
show('name on object', () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}));
show('new Performance()', () => new Performance());
show('new PerformanceEntry()', () => new PerformanceEntry());
show('new PerformanceMeasure()', () => new PerformanceMeasure());
show('new PerformanceMark()', () => new PerformanceMark());
const constructed = new PerformanceMark('made', {startTime: 3});
console.log(constructed.startTime, performance.getEntriesByName('made').length,
            performance.measure('to made', 'made', 'end').duration);
performance.clearMarks('start');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMeasures('between');
console.log(performance.getEntriesByType('measure').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);
console.log(performance instanceof Performance, performance instanceof EventTarget,
            Object.prototype.toString.call(performance), String(mark),
            mark instanceof PerformanceEntry, m1 instanceof PerformanceMeasure);
const describe = (object, key) => {
  const d = Object.getOwnPropertyDescriptor(object, key);
  return `${String(key)}:${d.get ? 'get' : 'value'}:${d.enumerable}:${d.configurable}`;
};
console.log(['now', 'timeOrigin', 'mark', 'measure', 'getEntries', 'toJSON'].map((k) => describe(Performance.prototype, k)).join(' '));
console.log(['name', 'entryType', 'startTime', 'duration', 'toJSON'].map((k) => describe(PerformanceEntry.prototype, k)).join(' '));
console.log(describe(PerformanceMark.prototype, 'detail'), describe(PerformanceMark.prototype, Symbol.toStringTag));
const {enumerable, configurable} = Object.getOwnPropertyDescriptor(globalThis, 'performance');
console.log('global performance', enumerable, configurable);
console.log(Performance.length, PerformanceMark.length, performance.now.length);
