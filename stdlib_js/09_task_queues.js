// process.nextTick, queueMicrotask and unhandled promise rejections, in
// Node's order: after each callback from the event loop (and after the main
// script), every nextTick callback runs, then every microtask, repeating
// until both queues are empty; then unhandled rejections are reported.
//
// Every process runs this file's functions, so they are compiled while
// the snapshot is built (snapshot_builder.cc, kEagerDirective):
// thaw:compile-eagerly
'use strict';

const nativeLoop = binding.loop;

// The nextTick queue: a plain array drained from `tickHead`, compacted when
// drained, which keeps push and shift O(1).
let tickQueue = [];
let tickHead = 0;

function validateCallback(callback) {
  internals.validateFunction(callback, 'callback');
}

function nextTick(callback, ...args) {
  validateCallback(callback);
  if (internals.exiting) return;
  tickQueue.push({callback, args});
}

function runTicks() {
  while (tickHead < tickQueue.length) {
    const tick = tickQueue[tickHead];
    tickQueue[tickHead++] = undefined;
    const {callback, args} = tick;
    if (args.length === 0) callback();
    else Reflect.apply(callback, undefined, args);
  }
  tickQueue = [];
  tickHead = 0;
}

// Promise rejection tracking. V8 reports "rejected with no handler" and
// "handler added after rejection"; a rejection still unhandled once the
// microtask queue is drained is reported, as Node's default mode "throw".
const kPromiseRejectWithNoHandler = 0;
const kPromiseHandlerAddedAfterReject = 1;
const unhandled = new Map();
const pendingRejections = [];

function onPromiseRejection(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    unhandled.set(promise, {reason, warned: false});
    pendingRejections.push(promise);
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = unhandled.get(promise);
    if (info !== undefined) {
      unhandled.delete(promise);
      if (info.warned) process.emit('rejectionHandled', promise);
    }
  }
}

function unhandledRejectionError(reason) {
  const error = new Error(
      'This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not ' +
      'handled with .catch(). The promise rejected with the reason "' +
      (internals.inspect ?? String)(reason) + '".');
  error.name = 'UnhandledPromiseRejection';
  error.code = 'ERR_UNHANDLED_REJECTION';
  error.stack = `[${error.name}: ${error.message}] {\n  code: '${error.code}'\n}`;
  return error;
}

// Returns true if reporting may have queued more work.
function processPromiseRejections() {
  let reported = false;
  while (pendingRejections.length > 0) {
    const promise = pendingRejections.shift();
    const info = unhandled.get(promise);
    if (info === undefined) continue;
    unhandled.delete(promise);
    info.warned = true;
    reported = true;
    const {reason} = info;
    if (!process.emit('unhandledRejection', reason, promise)) {
      const error = reason instanceof Error ? reason : unhandledRejectionError(reason);
      nativeLoop.triggerUncaughtException(error, true);
    }
  }
  return reported;
}

function processTicksAndRejections() {
  do {
    runTicks();
    nativeLoop.runMicrotasks();
  } while (tickHead < tickQueue.length || processPromiseRejections());
}

function queueMicrotask(callback) {
  validateCallback(callback);
  // V8 would swallow an exception from a microtask into its message
  // listeners; Node reports it as an uncaught exception instead.
  nativeLoop.enqueueMicrotask(() => {
    try {
      callback();
    } catch (error) {
      nativeLoop.triggerUncaughtException(error, false);
    }
  });
}

Object.defineProperty(globalThis, 'queueMicrotask', {
  value: queueMicrotask, writable: true, configurable: true, enumerable: true,
});

internals.nextTick = nextTick;
internals.runTicks = runTicks;
internals.processTicksAndRejections = processTicksAndRejections;
internals.onPromiseRejection = onPromiseRejection;
internals.hasPendingTicks = () => tickHead < tickQueue.length;
