// node:timers/promises (setTimeout, setImmediate, setInterval as an async
// iterator, scheduler.wait/yield) with AbortSignal support and Node's
// AbortError; and node:perf_hooks, which is the global `performance` and
// its entry classes (no PerformanceObserver, no monitorEventLoopDelay).
'use strict';

(function defineTimersPromises() {
  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }
  internals.AbortError = AbortError;

  // Node says "property" for a name with a dot in it.
  function invalidArgType(name, type, value) {
    const error = internals.invalidArgType(name, type, value);
    if (name.includes('.')) error.message = error.message.replace('" argument', '" property');
    return error;
  }

  function validateObject(value, name) {
    if (value === null || typeof value !== 'object') {
      throw internals.invalidArgType(name, 'object', value);
    }
  }

  function validateOptions(options) {
    validateObject(options, 'options');
    const {signal, ref = true} = options;
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
    }
    if (typeof ref !== 'boolean') throw invalidArgType('options.ref', 'boolean', ref);
    return {signal, ref};
  }

  function validateDelay(delay, name) {
    if (delay !== undefined && typeof delay !== 'number') {
      throw internals.invalidArgType(name, 'number', delay);
    }
  }

  function abortError(signal) {
    return new AbortError(undefined, {cause: signal?.reason});
  }

  function promiseTimer(create, clear, options) {
    let signal;
    let ref;
    try {
      ({signal, ref} = validateOptions(options));
    } catch (error) {
      return Promise.reject(error);
    }
    if (signal?.aborted) return Promise.reject(abortError(signal));
    let onCancel;
    const promise = new Promise((resolve, reject) => {
      const timer = create(resolve);
      if (!ref) timer.unref?.();
      if (signal) {
        onCancel = () => {
          clear(timer);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onCancel, {once: true});
      }
    });
    return onCancel ? promise.finally(() => signal.removeEventListener('abort', onCancel)) : promise;
  }

  function setTimeoutPromise(after, value, options = {}) {
    try {
      validateDelay(after, 'delay');
    } catch (error) {
      return Promise.reject(error);
    }
    return promiseTimer((resolve) => setTimeout(() => resolve(value), after), clearTimeout, options);
  }

  function setImmediatePromise(value, options = {}) {
    return promiseTimer((resolve) => setImmediate(() => resolve(value)), clearImmediate, options);
  }

  async function* setIntervalIterator(after, value, options = {}) {
    validateDelay(after, 'delay');
    const {signal, ref} = validateOptions(options);
    if (signal?.aborted) throw abortError(signal);
    let onCancel;
    let interval;
    try {
      let notYielded = 0;
      let callback;
      interval = setInterval(() => {
        notYielded++;
        if (callback) {
          callback();
          callback = undefined;
        }
      }, after);
      if (!ref) interval.unref();
      if (signal) {
        onCancel = () => {
          clearInterval(interval);
          if (callback) {
            callback(Promise.reject(abortError(signal)));
            callback = undefined;
          }
        };
        signal.addEventListener('abort', onCancel, {once: true});
      }
      while (!signal?.aborted) {
        if (notYielded === 0) {
          await new Promise((resolve) => {
            callback = resolve;
          });
        }
        for (; notYielded > 0; notYielded--) {
          yield value;
        }
      }
      throw abortError(signal);
    } finally {
      clearInterval(interval);
      if (onCancel) signal.removeEventListener('abort', onCancel);
    }
  }
  Object.defineProperty(setTimeoutPromise, 'name', {value: 'setTimeout'});
  Object.defineProperty(setImmediatePromise, 'name', {value: 'setImmediate'});
  Object.defineProperty(setIntervalIterator, 'name', {value: 'setInterval'});

  const scheduler = {
    wait(delay, options) {
      return setTimeoutPromise(delay, undefined, options);
    },
    yield() {
      return setImmediatePromise();
    },
  };

  const timersPromises = {
    setTimeout: setTimeoutPromise,
    setImmediate: setImmediatePromise,
    setInterval: setIntervalIterator,
    scheduler,
  };
  internals.defineBuiltin('timers/promises', () => timersPromises);

  internals.defineBuiltin('perf_hooks', () => {
    const perfHooks = {performance: globalThis.performance};
    for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure']) {
      if (globalThis[name] !== undefined) perfHooks[name] = globalThis[name];
    }
    perfHooks.constants = {
      NODE_PERFORMANCE_GC_MAJOR: 4,
      NODE_PERFORMANCE_GC_MINOR: 1,
      NODE_PERFORMANCE_GC_INCREMENTAL: 8,
      NODE_PERFORMANCE_GC_WEAKCB: 16,
      NODE_PERFORMANCE_GC_FLAGS_NO: 0,
      NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
      NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
      NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHASE_PROCESSING: 8,
      NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
      NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
      NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
    };
    return perfHooks;
  });
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['timers/promises', 'perf_hooks']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
