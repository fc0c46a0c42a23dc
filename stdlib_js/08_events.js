// EventEmitter, Node's semantics: the core that `process` and streams use,
// and that node:events will expose.
//
// Every process runs this file's functions, so they are compiled while
// the snapshot is built (snapshot_builder.cc, kEagerDirective):
// thaw:compile-eagerly
'use strict';

const kCapture = Symbol('kCapture');
let defaultMaxListeners = 10;

function checkListener(listener) {
  internals.validateFunction(listener, 'listener');
}

// A listener limit: a number >= 0 (Infinity allowed). Node's messages name
// the function or property (`name`), not the parameter.
function validateMaxListeners(n, name) {
  if (typeof n !== 'number') throw internals.invalidArgType(name, 'number', n);
  if (n < 0 || Number.isNaN(n)) throw internals.outOfRange(name, '>= 0', n);
}
internals.validateMaxListeners = validateMaxListeners;

class EventEmitter {
  constructor() {
    EventEmitter.init.call(this);
  }

  static init() {
    if (this._events === undefined ||
        this._events === Object.getPrototypeOf(this)._events) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
  }

  static get defaultMaxListeners() { return defaultMaxListeners; }
  static set defaultMaxListeners(n) {
    validateMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  }

  setMaxListeners(n) {
    validateMaxListeners(n, 'setMaxListeners');
    this._maxListeners = n;
    return this;
  }

  getMaxListeners() {
    return this._maxListeners === undefined ? defaultMaxListeners :
                                              this._maxListeners;
  }

  emit(type, ...args) {
    const events = this._events;
    const handler = events === undefined ? undefined : events[type];
    if (handler === undefined) {
      if (type === 'error') {
        const error = args[0];
        if (error instanceof Error) throw error;
        const wrapped = new Error(`Unhandled error. (${String(error)})`);
        wrapped.code = 'ERR_UNHANDLED_ERROR';
        wrapped.context = error;
        throw wrapped;
      }
      return false;
    }
    if (typeof handler === 'function') {
      Reflect.apply(handler, this, args);
    } else {
      // Listeners added or removed during the emit do not affect this one.
      for (const listener of handler.slice()) Reflect.apply(listener, this, args);
    }
    return true;
  }

  addListener(type, listener) { return addListener(this, type, listener, false); }
  on(type, listener) { return addListener(this, type, listener, false); }
  prependListener(type, listener) { return addListener(this, type, listener, true); }

  once(type, listener) {
    checkListener(listener);
    return this.on(type, onceWrapper(this, type, listener));
  }

  prependOnceListener(type, listener) {
    checkListener(listener);
    return this.prependListener(type, onceWrapper(this, type, listener));
  }

  removeListener(type, listener) {
    checkListener(listener);
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      return this;
    }
    if (typeof list === 'function') return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        const removed = list[i];
        list.splice(i, 1);
        if (list.length === 1) events[type] = list[0];
        if (events.removeListener !== undefined) {
          this.emit('removeListener', type, removed.listener || removed);
        }
        break;
      }
    }
    return this;
  }

  off(type, listener) { return this.removeListener(type, listener); }

  removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;
    if (type === undefined) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }

  listeners(type) {
    return this.rawListeners(type).map((l) => l.listener || l);
  }

  rawListeners(type) {
    const list = this._events === undefined ? undefined : this._events[type];
    if (list === undefined) return [];
    return typeof list === 'function' ? [list] : list.slice();
  }

  listenerCount(type) {
    const list = this._events === undefined ? undefined : this._events[type];
    if (list === undefined) return 0;
    return typeof list === 'function' ? 1 : list.length;
  }

  eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
  }
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.captureRejectionSymbol = Symbol.for('nodejs.rejection');
EventEmitter.errorMonitor = Symbol('events.errorMonitor');
EventEmitter[kCapture] = false;

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ?? listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  const list = typeof existing === 'function' ?
      (events[type] = prepend ? [listener, existing] : [existing, listener]) :
      (prepend ? (existing.unshift(listener), existing) : (existing.push(listener), existing));
  const max = target.getMaxListeners();
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    const name = target.constructor === undefined ? 'EventEmitter' : target.constructor.name;
    internals.emitWarning?.(
        `Possible EventEmitter memory leak detected. ${list.length} ` +
        `${String(type)} listeners added to [${name}]. ` +
        'Use emitter.setMaxListeners() to increase limit',
        'MaxListenersExceededWarning');
  }
  return target;
}

function onceWrapper(target, type, listener) {
  const state = {fired: false, target, type, listener, wrapFn: undefined};
  function wrapped(...args) {
    if (state.fired) return undefined;
    state.target.removeListener(state.type, state.wrapFn);
    state.fired = true;
    return Reflect.apply(state.listener, state.target, args);
  }
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

internals.EventEmitter = EventEmitter;
