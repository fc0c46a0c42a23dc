// setTimeout/setInterval/setImmediate and their clear functions, with Node's
// rules: a delay outside [1, 2^31 - 1] ms becomes 1 ms; timers due at the
// same time run in the order they were created; ticks and microtasks run
// between two callbacks; only referenced timers keep the process alive.
//
// All timers share one libuv timer, armed for the earliest due time.
'use strict';

const nativeLoop = binding.loop;
const TIMEOUT_MAX = 2 ** 31 - 1;

let nextTimerId = 1;
// A binary min-heap of active Timeouts, ordered by (due, id).
const heap = [];
let referencedTimers = 0;
// The due time the libuv timer is armed for, or Infinity.
let armedDue = Infinity;

function before(a, b) {
  return a.due < b.due || (a.due === b.due && a.id < b.id);
}

function siftUp(index) {
  const item = heap[index];
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (!before(item, heap[parent])) break;
    heap[index] = heap[parent];
    heap[index].heapIndex = index;
    index = parent;
  }
  heap[index] = item;
  item.heapIndex = index;
}

function siftDown(index) {
  const item = heap[index];
  const length = heap.length;
  for (;;) {
    let child = 2 * index + 1;
    if (child >= length) break;
    if (child + 1 < length && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], item)) break;
    heap[index] = heap[child];
    heap[index].heapIndex = index;
    index = child;
  }
  heap[index] = item;
  item.heapIndex = index;
}

function heapRemove(timer) {
  const index = timer.heapIndex;
  const last = heap.pop();
  timer.heapIndex = -1;
  if (last !== timer) {
    heap[index] = last;
    last.heapIndex = index;
    siftDown(index);
    siftUp(last.heapIndex);
  }
}

function setReferencedTimers(count) {
  if ((referencedTimers === 0) !== (count === 0)) nativeLoop.setTimerRef(count > 0);
  referencedTimers = count;
}

function validateCallback(callback) {
  internals.validateFunction(callback, 'callback');
}

function normalizeDelay(delay) {
  delay *= 1;
  if (!(delay >= 1 && delay <= TIMEOUT_MAX)) {
    if (delay > TIMEOUT_MAX) {
      internals.emitWarning?.(
          `${delay} does not fit into a 32-bit signed integer.\n` +
          'Timeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    delay = 1;
  }
  return delay;
}

class Timeout {
  constructor(callback, delay, args, repeat) {
    this._idleTimeout = delay;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = repeat ? delay : null;
    this._destroyed = false;
    this.id = nextTimerId++;
    this.due = 0;
    this.heapIndex = -1;
    this.referenced = true;
    activate(this, nativeLoop.now());
  }

  ref() {
    if (!this.referenced) {
      this.referenced = true;
      if (this.heapIndex >= 0) setReferencedTimers(referencedTimers + 1);
    }
    return this;
  }

  unref() {
    if (this.referenced) {
      this.referenced = false;
      if (this.heapIndex >= 0) setReferencedTimers(referencedTimers - 1);
    }
    return this;
  }

  hasRef() {
    return this.referenced;
  }

  refresh() {
    if (this.heapIndex >= 0) deactivate(this);
    if (!this._destroyed) activate(this, nativeLoop.now());
    return this;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    timersById.set(this.id, this);
    return this.id;
  }
}

// Timeouts whose id escaped as a number, so clearTimeout(id) can find them.
const timersById = new Map();

function activate(timer, now) {
  timer.due = now + timer._idleTimeout;
  heap.push(timer);
  siftUp(heap.length - 1);
  if (timer.referenced) setReferencedTimers(referencedTimers + 1);
  if (timer.due < armedDue) {
    armedDue = timer.due;
    nativeLoop.scheduleTimer(timer.due - now);
  }
}

function deactivate(timer) {
  heapRemove(timer);
  if (timer.referenced) setReferencedTimers(referencedTimers - 1);
}

function nextExpiry() {
  if (heap.length === 0) {
    armedDue = Infinity;
    return 0;
  }
  armedDue = heap[0].due;
  return referencedTimers > 0 ? armedDue : -armedDue;
}

// Called by the event loop when the libuv timer fires. Returns the next due
// time: 0 if there is none, negative if no remaining timer is referenced.
function processTimers(now) {
  let ranOne = false;
  while (heap.length > 0 && heap[0].due <= now) {
    if (ranOne) {
      // Ticks run between two timers. They run before the next timer leaves
      // the heap: if they throw, every timer still due stays queued.
      internals.processTicksAndRejections();
      if (heap.length === 0 || heap[0].due > now) break;
    }
    const timer = heap[0];
    deactivate(timer);
    ranOne = true;
    const start = timer._repeat ? nativeLoop.now() : 0;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
    } finally {
      if (timer._repeat && !timer._destroyed && timer.heapIndex < 0) {
        timer._idleTimeout = timer._repeat;
        activate(timer, start);
      } else if (timer.heapIndex < 0) {
        timer._destroyed = true;
        timersById.delete(timer.id);
      }
    }
  }
  if (ranOne) internals.processTicksAndRejections();
  return nextExpiry();
}

function setTimeout(callback, delay, ...args) {
  validateCallback(callback);
  return new Timeout(callback, normalizeDelay(delay),
                     args.length === 0 ? undefined : args, false);
}

function setInterval(callback, delay, ...args) {
  validateCallback(callback);
  return new Timeout(callback, normalizeDelay(delay),
                     args.length === 0 ? undefined : args, true);
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function clearTimeout(timer) {
  if (timer !== null && typeof timer === 'object' && timer instanceof Timeout) {
    timer._destroyed = true;
    timersById.delete(timer.id);
    if (timer.heapIndex >= 0) deactivate(timer);
  } else if (typeof timer === 'number' || typeof timer === 'string') {
    const found = timersById.get(Number(timer));
    if (found !== undefined) clearTimeout(found);
  }
}

// Immediates: a FIFO queue run in libuv's check phase. Ones added while the
// queue runs wait for the next turn of the loop.
let immediateQueue = [];
let immediateCount = 0;
let referencedImmediates = 0;

function updateImmediateCounts() {
  nativeLoop.setImmediateCounts(immediateCount, referencedImmediates);
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this.referenced = true;
    immediateQueue.push(this);
    immediateCount++;
    referencedImmediates++;
    updateImmediateCounts();
  }

  ref() {
    if (!this.referenced && !this._destroyed) {
      this.referenced = true;
      referencedImmediates++;
      updateImmediateCounts();
    }
    return this;
  }

  unref() {
    if (this.referenced && !this._destroyed) {
      this.referenced = false;
      referencedImmediates--;
      updateImmediateCounts();
    }
    return this;
  }

  hasRef() {
    return this.referenced;
  }
}

function retireImmediate(immediate) {
  immediate._destroyed = true;
  immediateCount--;
  if (immediate.referenced) referencedImmediates--;
}

function processImmediates() {
  const queue = immediateQueue;
  immediateQueue = [];
  let ranOne = false;
  let next = 0;
  try {
    for (; next < queue.length; next++) {
      const immediate = queue[next];
      if (immediate._destroyed) continue;
      if (ranOne) internals.processTicksAndRejections();
      if (immediate._destroyed) continue;
      ranOne = true;
      retireImmediate(immediate);
      updateImmediateCounts();
      const args = immediate._argv;
      if (args === undefined) immediate._onImmediate();
      else Reflect.apply(immediate._onImmediate, immediate, args);
    }
    if (ranOne) internals.processTicksAndRejections();
  } catch (error) {
    // Whatever threw (a callback, or ticks between two of them), the
    // immediates of this turn that have not run yet run on the next turn,
    // as in Node; dropping them would leave them counted forever.
    immediateQueue = queue.slice(next + 1).concat(immediateQueue);
    if (next < queue.length && !queue[next]._destroyed) immediateQueue.unshift(queue[next]);
    throw error;
  }
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args.length === 0 ? undefined : args);
}

function clearImmediate(immediate) {
  if (immediate instanceof Immediate && !immediate._destroyed) {
    retireImmediate(immediate);
    updateImmediateCounts();
  }
}

for (const [name, value] of Object.entries({
       setTimeout, setInterval, clearTimeout, clearInterval,
       setImmediate, clearImmediate,
     })) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable: true,
  });
}

internals.processTimers = processTimers;
internals.processImmediates = processImmediates;
internals.Timeout = Timeout;
internals.Immediate = Immediate;
// What would still run if the process kept going: for the snapshot builder,
// which refuses to freeze pending work into a blob.
internals.pendingTimerCount = () => heap.length + immediateCount;
