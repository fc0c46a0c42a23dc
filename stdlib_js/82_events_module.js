// node:events: EventEmitter (08_events.js) with the module-level helpers:
// once() as a promise, on() as an async iterator, errorMonitor,
// getEventListeners, setMaxListeners, listenerCount, defaultMaxListeners.
'use strict';

(function defineEventsModule() {
  const {EventEmitter} = internals;
  const asyncIteratorPrototype =
      Object.getPrototypeOf(Object.getPrototypeOf(async function* unused() {}).prototype);

  const isEmitter = (value) => value !== null && typeof value === 'object' &&
      typeof value.on === 'function' && typeof value.removeListener === 'function';
  const isEventTarget = (value) => value !== null && typeof value === 'object' &&
      typeof value.addEventListener === 'function' &&
      typeof value.removeEventListener === 'function';

  function checkSignal(signal, name) {
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      const error = internals.invalidArgType(name, 'an instance of AbortSignal', signal);
      error.message = error.message.replace('" argument', '" property');
      throw error;
    }
  }

  function abortError(signal) {
    const error = new internals.AbortError(undefined, {cause: signal?.reason});
    return error;
  }

  // Subscribes `listener` to `name` on an emitter or an EventTarget;
  // returns the function that unsubscribes it.
  function subscribe(target, name, listener, once) {
    if (isEmitter(target)) {
      if (once) target.once(name, listener);
      else target.on(name, listener);
      return () => target.removeListener(name, listener);
    }
    if (isEventTarget(target)) {
      target.addEventListener(name, listener, {once});
      return () => target.removeEventListener(name, listener);
    }
    throw internals.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', target);
  }

  function once(emitter, name, options = {}) {
    if (options === null || typeof options !== 'object') {
      return Promise.reject(internals.invalidArgType('options', 'object', options));
    }
    const {signal} = options;
    try {
      checkSignal(signal, 'options.signal');
    } catch (error) {
      return Promise.reject(error);
    }
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const cleanups = [];
      const finish = () => { for (const cleanup of cleanups) cleanup(); };
      cleanups.push(subscribe(emitter, name, (...args) => {
        finish();
        resolve(args);
      }, true));
      if (name !== 'error' && isEmitter(emitter)) {
        cleanups.push(subscribe(emitter, 'error', (error) => {
          finish();
          reject(error);
        }, true));
      }
      if (signal) {
        const onAbort = () => {
          finish();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, {once: true});
        cleanups.push(() => signal.removeEventListener('abort', onAbort));
      }
    });
  }

  // for await (const args of on(emitter, name)): each emit's arguments, in
  // order; an 'error' event ends the loop by throwing it.
  function on(emitter, name, options = {}) {
    const {signal} = options ?? {};
    checkSignal(signal, 'options.signal');
    if (signal?.aborted) throw abortError(signal);
    const buffered = [];
    const waiting = [];
    let failure = null;
    let done = false;
    const unsubscribers = [];

    function stop() {
      done = true;
      for (const unsubscribe of unsubscribers) unsubscribe();
      unsubscribers.length = 0;
    }
    function deliver(args) {
      if (waiting.length > 0) waiting.shift().resolve({value: args, done: false});
      else buffered.push(args);
    }
    function fail(error) {
      stop();
      if (waiting.length > 0) waiting.shift().reject(error);
      else failure = error;
      for (const pending of waiting.splice(0)) pending.resolve({value: undefined, done: true});
    }

    unsubscribers.push(subscribe(emitter, name, (...args) => deliver(args), false));
    if (name !== 'error' && isEmitter(emitter)) {
      unsubscribers.push(subscribe(emitter, 'error', fail, false));
    }
    if (signal) {
      const onAbort = () => fail(abortError(signal));
      signal.addEventListener('abort', onAbort, {once: true});
      unsubscribers.push(() => signal.removeEventListener('abort', onAbort));
    }

    const iterator = {
      next() {
        if (buffered.length > 0) return Promise.resolve({value: buffered.shift(), done: false});
        if (failure !== null) {
          const error = failure;
          failure = null;
          return Promise.reject(error);
        }
        if (done) return Promise.resolve({value: undefined, done: true});
        return new Promise((resolve, reject) => waiting.push({resolve, reject}));
      },
      return() {
        stop();
        for (const pending of waiting.splice(0)) pending.resolve({value: undefined, done: true});
        return Promise.resolve({value: undefined, done: true});
      },
      throw(error) {
        fail(error);
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() { return this; },
    };
    Object.setPrototypeOf(iterator, asyncIteratorPrototype);
    return iterator;
  }

  function getEventListeners(target, name) {
    if (isEmitter(target) && typeof target.listeners === 'function') return target.listeners(name);
    if (isEventTarget(target)) return [];
    throw internals.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', target);
  }

  function setMaxListeners(n = EventEmitter.defaultMaxListeners, ...targets) {
    internals.validateMaxListeners(n, 'setMaxListeners');
    if (targets.length === 0) {
      EventEmitter.defaultMaxListeners = n;
      return;
    }
    for (const target of targets) {
      if (isEmitter(target) && typeof target.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else if (!isEventTarget(target)) {
        throw internals.invalidArgType('eventTargets',
                                       'an instance of EventEmitter or EventTarget', target);
      }
    }
  }

  // Calls `listener` once when `signal` aborts (at once, in a microtask, if
  // it has), and returns a disposable that removes it.
  function addAbortListener(signal, listener) {
    if (signal === undefined || !internals.web.isAbortSignal?.(signal)) {
      throw internals.invalidArgType('signal', 'an instance of AbortSignal', signal);
    }
    internals.validateFunction(listener, 'listener');
    let removeEventListener;
    if (signal.aborted) {
      queueMicrotask(() => listener());
    } else {
      signal.addEventListener('abort', listener, {once: true});
      removeEventListener = () => { signal.removeEventListener('abort', listener); };
    }
    return {
      __proto__: null,
      [Symbol.dispose]() { removeEventListener?.(); },
    };
  }

  function listenerCount(emitter, name) {
    return typeof emitter.listenerCount === 'function' ? emitter.listenerCount(name) : 0;
  }

  internals.defineBuiltin('events', () => {
    Object.assign(EventEmitter, {
      EventEmitter, once, on, getEventListeners, setMaxListeners, listenerCount,
      addAbortListener,
    });
    return EventEmitter;
  });
})();
