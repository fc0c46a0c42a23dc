// performance (High Resolution Time, User Timing), with Node 20's errors:
// now(), timeOrigin, mark(), measure(), getEntries*(), clearMarks(),
// clearMeasures(), toJSON(); PerformanceEntry, PerformanceMark and
// PerformanceMeasure.
//
// The time origin is the process's start, the moment process.uptime()
// counts from: now() is process.uptime() in milliseconds, on the same
// monotonic clock as process.hrtime(). timeOrigin (milliseconds since the
// epoch) is worked out once per process, never at build time: each process
// starts by forgetting any value a snapshot might hold.
'use strict';

const {web, DOMException} = internals;
const nativeProcess = binding.process;
const DateNow = Date.now;
const process = globalThis.process;
// Node copies a mark's or measure's `detail` with structuredClone; where a
// standard library has none, the value itself is kept.
const structuredCloneAtBuild = globalThis.structuredClone;

function now() {
  return nativeProcess.uptimeSeconds() * 1e3;
}

let timeOrigin;

function getTimeOrigin() {
  timeOrigin ??= DateNow() - now();
  return timeOrigin;
}

web.now = now;
web.processStartHooks.push(() => {
  timeOrigin = undefined;
});

// ---------------------------------------------------------------------------
// Entries

const kConstruct = Symbol('kConstruct');
let isEntryValue;
let entryName;
let entryStartTime;

function checkEntry(value) {
  if (!isEntryValue(value)) throw web.invalidInstance('this', 'PerformanceEntry', value);
}

function cloneDetail(detail) {
  if (detail == null) return null;
  return typeof structuredCloneAtBuild === 'function' ? structuredCloneAtBuild(detail) : detail;
}

function inspectEntry(entry, depth, options, inspect) {
  if (depth < 0) return web.beyondDepth(entry, options);
  return `${entry.constructor.name} ${inspect(entry.toJSON(), web.nestedInspectOptions(options))}`;
}

class PerformanceEntry {
  #name;
  #entryType;
  #startTime;
  #duration;

  constructor(token = undefined, name = undefined, type = undefined, start = undefined,
              duration = undefined) {
    if (token !== kConstruct) throw web.illegalConstructor();
    this.#name = name;
    this.#entryType = type;
    this.#startTime = start;
    this.#duration = duration;
  }

  static {
    isEntryValue = (value) => value !== null && typeof value === 'object' && #name in value;
    entryName = (entry) => entry.#name;
    entryStartTime = (entry) => entry.#startTime;
  }

  get name() {
    checkEntry(this);
    return this.#name;
  }

  get entryType() {
    checkEntry(this);
    return this.#entryType;
  }

  get startTime() {
    checkEntry(this);
    return this.#startTime;
  }

  get duration() {
    checkEntry(this);
    return this.#duration;
  }

  toJSON() {
    checkEntry(this);
    return {
      name: this.#name,
      entryType: this.#entryType,
      startTime: this.#startTime,
      duration: this.#duration,
    };
  }

  [web.inspectSymbol](depth, options, inspect) {
    return inspectEntry(this, depth, options, inspect);
  }
}

Object.defineProperties(PerformanceEntry.prototype, {
  name: {enumerable: true},
  entryType: {enumerable: true},
  startTime: {enumerable: true},
  duration: {enumerable: true},
  toJSON: {enumerable: true},
});

// The latest start time of each mark name, which measure() resolves names
// with. As in Node, constructing a PerformanceMark sets it too.
const markTimings = new Map();

function invalidTimestamp(value) {
  return web.withCode(new TypeError(`${value} is not a valid timestamp`),
                      'ERR_PERFORMANCE_INVALID_TIMESTAMP');
}

let isMarkValue;

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw web.missingArgs('name');
    name = `${name}`;
    if (options != null) web.validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') throw web.invalidType('startTime', 'number', startTime);
    if (startTime < 0) throw invalidTimestamp(startTime);
    markTimings.set(name, startTime);
    const detail = cloneDetail(options?.detail);
    super(kConstruct, name, 'mark', startTime, 0);
    this.#detail = detail;
  }

  static {
    isMarkValue = (value) => value !== null && typeof value === 'object' && #detail in value;
  }

  get detail() {
    if (!isMarkValue(this)) throw web.invalidInstance('this', 'PerformanceMark', this);
    return this.#detail;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.#detail,
    };
  }
}

Object.defineProperties(PerformanceMark.prototype, {
  detail: {enumerable: true},
  [Symbol.toStringTag]: {value: 'PerformanceMark', configurable: true},
});

let isMeasureValue;
let setMeasureDetail;

class PerformanceMeasure extends PerformanceEntry {
  #detail = null;

  constructor(token = undefined, name = undefined, type = undefined, start = undefined,
              duration = undefined) {
    if (token !== kConstruct) throw web.illegalConstructor();
    super(token, name, type, start, duration);
  }

  static {
    isMeasureValue = (value) => value !== null && typeof value === 'object' && #detail in value;
    setMeasureDetail = (measure, detail) => {
      measure.#detail = detail;
    };
  }

  get detail() {
    if (!isMeasureValue(this)) throw web.invalidInstance('this', 'PerformanceMeasure', this);
    return this.#detail;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.#detail,
    };
  }
}

Object.defineProperties(PerformanceMeasure.prototype, {
  detail: {enumerable: true},
  [Symbol.toStringTag]: {value: 'PerformanceMeasure', configurable: true},
});

// ---------------------------------------------------------------------------
// The entry buffers

let markEntries = [];
let measureEntries = [];
const warnedEntryTypes = new Set();
const kBufferWarnSize = 1e6;

function bufferEntry(entry, entryType) {
  const buffer = entryType === 'mark' ? markEntries : measureEntries;
  buffer.push(entry);
  if (buffer.length > kBufferWarnSize && !warnedEntryTypes.has(entryType)) {
    warnedEntryTypes.add(entryType);
    const warning = new Error(
        'Possible perf_hooks memory leak detected. ' +
        `${buffer.length} ${entryType} entries added to the global performance entry ` +
        `buffer. Use performance.${entryType === 'mark' ? 'clearMarks' : 'clearMeasures'} ` +
        'to clear the buffer.');
    warning.name = 'MaxPerformanceEntryBufferExceededWarning';
    warning.entryType = entryType;
    warning.count = buffer.length;
    process.emitWarning(warning);
  }
}

function byStartTime(a, b) {
  return entryStartTime(a) - entryStartTime(b);
}

function filterEntries(name, type) {
  let entries;
  if (type === 'mark') {
    entries = markEntries.slice();
  } else if (type === 'measure') {
    entries = measureEntries.slice();
  } else if (type !== undefined) {
    return [];
  } else {
    entries = markEntries.concat(measureEntries);
  }
  if (name !== undefined) entries = entries.filter((entry) => entryName(entry) === name);
  return entries.sort(byStartTime);
}

function measureOptionsError(message) {
  return web.withCode(new TypeError(message), 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS');
}

// A mark name or a timestamp, as a time.
function markTime(mark) {
  if (mark === undefined) return undefined;
  if (typeof mark === 'number') {
    if (mark < 0) throw invalidTimestamp(mark);
    return mark;
  }
  mark = `${mark}`;
  const time = markTimings.get(mark);
  if (time === undefined) {
    throw new DOMException(`The "${mark}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}

// User Timing's start and end of a measure, with Node's checks: options
// count as options when they have a start or an end.
function measureBounds(startOrOptions, endMark) {
  startOrOptions ??= 0;
  let start;
  let end;
  let duration;
  let hasOptions = false;
  if (typeof startOrOptions === 'object') {
    ({start, end, duration} = startOrOptions);
    hasOptions = start !== undefined || end !== undefined;
  }
  if (hasOptions) {
    if (endMark !== undefined) throw measureOptionsError('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw measureOptionsError(
          'Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) {
    end = markTime(endMark);
  } else if (hasOptions && end !== undefined) {
    end = markTime(end);
  } else if (hasOptions && start !== undefined && duration !== undefined) {
    end = markTime(start) + markTime(duration);
  } else {
    end = now();
  }
  if (typeof startOrOptions === 'string') {
    start = markTime(startOrOptions);
  } else if (hasOptions && start !== undefined) {
    start = markTime(start);
  } else if (hasOptions && duration !== undefined && end !== undefined) {
    start = end - markTime(duration);
  } else {
    start = 0;
  }
  return {start, duration: end - start};
}

// ---------------------------------------------------------------------------
// Performance

let creatingPerformance = false;
let isPerformanceValue;

function checkPerformance(value) {
  if (!isPerformanceValue(value)) throw web.invalidInstance('this', 'Performance', value);
}

class Performance extends web.EventTarget {
  #brand = true;

  constructor() {
    if (!creatingPerformance) throw web.illegalConstructor();
    super();
  }

  static {
    isPerformanceValue = (value) => value !== null && typeof value === 'object' && #brand in value;
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    if (name === undefined) {
      markTimings.clear();
      markEntries = [];
      return;
    }
    name = `${name}`;
    markTimings.delete(name);
    markEntries = markEntries.filter((entry) => entryName(entry) !== name);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    if (name === undefined) {
      measureEntries = [];
      return;
    }
    name = `${name}`;
    measureEntries = measureEntries.filter((entry) => entryName(entry) !== name);
  }

  getEntries() {
    checkPerformance(this);
    return filterEntries(undefined, undefined);
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw web.missingArgs('name');
    return filterEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw web.missingArgs('type');
    return filterEntries(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw web.missingArgs('name');
    const mark = new PerformanceMark(name, options);
    bufferEntry(mark, 'mark');
    return mark;
  }

  measure(name, startOrMeasureOptions = {}, endMark = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw web.missingArgs('name');
    if (typeof name !== 'string') throw web.invalidType('name', 'string', name);
    const {start, duration} = measureBounds(startOrMeasureOptions, endMark);
    const measure = new PerformanceMeasure(kConstruct, name, 'measure', start, duration);
    setMeasureDetail(measure, cloneDetail(startOrMeasureOptions?.detail));
    bufferEntry(measure, 'measure');
    return measure;
  }

  now() {
    checkPerformance(this);
    return now();
  }

  get timeOrigin() {
    checkPerformance(this);
    return getTimeOrigin();
  }

  toJSON() {
    checkPerformance(this);
    return {timeOrigin: getTimeOrigin()};
  }

  [web.inspectSymbol](depth, options, inspect) {
    if (depth < 0) return web.beyondDepth(this, options);
    return `Performance ${inspect({timeOrigin: getTimeOrigin()},
                                  web.nestedInspectOptions(options))}`;
  }
}

const enumerable = {enumerable: true};
Object.defineProperties(Performance.prototype, {
  clearMarks: enumerable,
  clearMeasures: enumerable,
  getEntries: enumerable,
  getEntriesByName: enumerable,
  getEntriesByType: enumerable,
  mark: enumerable,
  measure: enumerable,
  now: enumerable,
  timeOrigin: enumerable,
  toJSON: enumerable,
  [Symbol.toStringTag]: {value: 'Performance', configurable: true},
});

creatingPerformance = true;
const performance = new Performance();
creatingPerformance = false;

web.defineGlobal('Performance', Performance);
web.defineGlobal('PerformanceEntry', PerformanceEntry);
web.defineGlobal('PerformanceMark', PerformanceMark);
web.defineGlobal('PerformanceMeasure', PerformanceMeasure);
web.defineGlobal('performance', performance, true);
