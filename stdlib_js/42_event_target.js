// Event, CustomEvent and EventTarget (WHATWG DOM), for targets without a
// tree: dispatch runs the target's capture listeners, then its other
// listeners, both at AT_TARGET. Node 20's names, errors and attributes.
//
// Where Node 20 departs from the DOM standard, this follows the standard:
// every listener of a dispatch (not only the first) sees currentTarget and
// eventPhase; listeners added during a dispatch wait for the next one;
// stopPropagation() in a capture listener skips the non-capture ones;
// preventDefault() does nothing in a passive listener; removeEventListener
// with `true` as options removes a capture listener; the event handler
// attributes (onabort) are removed by setting them to null.
//
// As in Node, an exception thrown by a listener is reported as an uncaught
// exception from a process.nextTick callback, after the dispatch finishes.
'use strict';

const {web} = internals;
const process = globalThis.process;
const ReflectApply = Reflect.apply;
const nativeLoop = binding.loop;

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

const kIsEventTarget = Symbol.for('nodejs.event_target');
// EventTarget calls this[kListenerCountChanged](type, count), when it
// exists, after a listener is added or removed (AbortSignal uses it).
const kListenerCountChanged = Symbol('kListenerCountChanged');

// Events made by the runtime (an AbortSignal's 'abort'); dispatchEvent()
// makes an event untrusted again.
const trustedEvents = new WeakSet();

let eventStateOf;
let isEventValue;

function stateOf(event, type = 'Event') {
  if (!isEventValue(event)) throw web.invalidThis(type);
  return eventStateOf(event);
}

class Event {
  #state;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw web.missingArgs('type');
    if (options != null) web.validateObject(options, 'options');
    const bubbles = !!options?.bubbles;
    const cancelable = !!options?.cancelable;
    const composed = !!options?.composed;
    this.#state = {
      type: `${type}`,
      bubbles,
      cancelable,
      composed,
      timeStamp: web.now(),
      target: null,
      currentTarget: null,
      phase: NONE,
      dispatching: false,
      stopPropagation: false,
      stopImmediatePropagation: false,
      canceled: false,
      inPassiveListener: false,
    };
  }

  static {
    eventStateOf = (event) => event.#state;
    isEventValue = (value) => value !== null && typeof value === 'object' && #state in value;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    const state = stateOf(this);
    if (arguments.length === 0) throw web.missingArgs('type');
    if (state.dispatching) return;
    state.stopPropagation = false;
    state.stopImmediatePropagation = false;
    state.canceled = false;
    state.target = null;
    trustedEvents.delete(this);
    state.type = `${type}`;
    state.bubbles = !!bubbles;
    state.cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    const state = stateOf(this);
    state.stopPropagation = true;
    state.stopImmediatePropagation = true;
  }

  preventDefault() {
    const state = stateOf(this);
    if (state.cancelable && !state.inPassiveListener) state.canceled = true;
  }

  get target() {
    return stateOf(this).target;
  }

  get currentTarget() {
    return stateOf(this).currentTarget;
  }

  get srcElement() {
    return stateOf(this).target;
  }

  get type() {
    return stateOf(this).type;
  }

  get cancelable() {
    return stateOf(this).cancelable;
  }

  get defaultPrevented() {
    return stateOf(this).canceled;
  }

  get timeStamp() {
    return stateOf(this).timeStamp;
  }

  composedPath() {
    const state = stateOf(this);
    return state.dispatching ? [state.currentTarget] : [];
  }

  get returnValue() {
    return !stateOf(this).canceled;
  }

  set returnValue(value) {
    const state = stateOf(this);
    if (!value && state.cancelable && !state.inPassiveListener) state.canceled = true;
  }

  get bubbles() {
    return stateOf(this).bubbles;
  }

  get composed() {
    return stateOf(this).composed;
  }

  get eventPhase() {
    return stateOf(this).phase;
  }

  get cancelBubble() {
    return stateOf(this).stopPropagation;
  }

  set cancelBubble(value) {
    const state = stateOf(this);
    if (value) state.stopPropagation = true;
  }

  stopPropagation() {
    stateOf(this).stopPropagation = true;
  }

  get isTrusted() {
    return trustedEvents.has(this);
  }

  [web.inspectSymbol](depth, options, inspect) {
    const state = stateOf(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: state.type,
      defaultPrevented: state.canceled,
      cancelable: state.cancelable,
      timeStamp: state.timeStamp,
    }, {...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth})}`;
  }
}

const enumerable = {enumerable: true};
Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: {value: 'Event', configurable: true},
  initEvent: enumerable,
  stopImmediatePropagation: enumerable,
  preventDefault: enumerable,
  target: enumerable,
  currentTarget: enumerable,
  srcElement: enumerable,
  type: enumerable,
  cancelable: enumerable,
  defaultPrevented: enumerable,
  timeStamp: enumerable,
  composedPath: enumerable,
  returnValue: enumerable,
  bubbles: enumerable,
  composed: enumerable,
  eventPhase: enumerable,
  cancelBubble: enumerable,
  stopPropagation: enumerable,
  isTrusted: {enumerable: true, configurable: false},
});
for (const [name, value] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  const descriptor = {value, writable: false, enumerable: true, configurable: false};
  Object.defineProperty(Event, name, descriptor);
  Object.defineProperty(Event.prototype, name, descriptor);
}

let isCustomEventValue;

class CustomEvent extends Event {
  #detail;

  constructor(type, options = {}) {
    if (arguments.length === 0) throw web.missingArgs('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  static {
    isCustomEventValue = (value) => value !== null && typeof value === 'object' && #detail in value;
  }

  get detail() {
    if (!isCustomEventValue(this)) throw web.invalidThis('CustomEvent');
    return this.#detail;
  }
}

Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: {value: 'CustomEvent', configurable: true},
  detail: enumerable,
});

// ---------------------------------------------------------------------------
// EventTarget

// Node's check of a listener: true to add it, false to warn and ignore it.
function isListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') {
    return true;
  }
  if (listener == null) return false;
  // Node accepts any object and looks for handleEvent when dispatching.
  if (typeof listener === 'object') return true;
  throw web.invalidInstance('listener', 'EventListener', listener);
}

function flattenOptions(options) {
  if (typeof options === 'boolean') return {capture: options};
  if (options === null || options === undefined) return {};
  web.validateObject(options, 'options', {allowArray: true, allowFunction: true});
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
  };
}

// Exceptions from listeners reach 'uncaughtException' (or end the process)
// from a nextTick callback, as in Node. The callback reports the exception
// rather than throwing it, so the ticks and microtasks queued after it still
// run in the same turn of the loop.
function reportUncaught(error) {
  nativeLoop.triggerUncaughtException(error, false);
}

function reportListenerError(error) {
  internals.nextTick(reportUncaught, error);
}

function watchResult(result) {
  const then = result.then;
  if (typeof then === 'function') {
    ReflectApply(then, result, [undefined, reportListenerError]);
  }
}

let listenersOf;
let peekListeners;
let isEventTargetValue;
const warnedTargets = new WeakSet();

class EventTarget {
  // type -> array of listeners, made when the first listener is added. A
  // listener is {callback, capture, once, passive, removed, signals}, where
  // signals lists the {signal, onAbort} that remove it when aborted.
  #listeners = null;

  static [kIsEventTarget] = true;

  static {
    listenersOf = (target) => target.#listeners ??= new Map();
    peekListeners = (target) => target.#listeners;
    isEventTargetValue = (value) =>
      value !== null && typeof value === 'object' && #listeners in value;
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTargetValue(this)) throw web.invalidThis('EventTarget');
    if (arguments.length < 2) throw web.missingArgs('type', 'listener');
    const flags = flattenOptions(options);
    const {signal} = flags;
    validateSignal(signal, 'options.signal');
    if (signal?.aborted) return;
    if (!isListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = `${type}`;
    const capture = flags.capture === true;
    addListener(this, type, {
      callback: listener,
      capture,
      once: flags.once === true,
      passive: flags.passive === true,
      removed: false,
      signals: undefined,
    });
    if (signal !== undefined) {
      // Aborting removes the listener with this callback and capture, even
      // when this call added nothing because it was there already.
      const record = findListener(this, type, listener, capture);
      const target = this;
      const onAbort = () => {
        const found = findListener(target, type, listener, capture);
        if (found !== undefined) removeListener(target, type, found);
      };
      (record.signals ??= []).push({signal, onAbort});
      if (web.isAbortSignal?.(signal)) {
        web.addAbortAlgorithm(signal, onAbort);
      } else {
        // Node accepts anything with an `aborted` property as a signal.
        signal.addEventListener('abort', onAbort, {once: true});
      }
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTargetValue(this)) throw web.invalidThis('EventTarget');
    if (arguments.length < 2) throw web.missingArgs('type', 'listener');
    if (!isListener(listener)) return;
    type = `${type}`;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const record = findListener(this, type, listener, capture);
    if (record !== undefined) removeListener(this, type, record);
  }

  dispatchEvent(event) {
    if (!isEventTargetValue(this)) throw web.invalidThis('EventTarget');
    if (arguments.length < 1) throw web.missingArgs('event');
    if (!isEventValue(event)) throw web.invalidInstance('event', 'Event', event);
    trustedEvents.delete(event);
    return dispatch(this, event);
  }

  [web.inspectSymbol](depth, options, inspect) {
    if (!isEventTargetValue(this)) throw web.invalidThis('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, {
      ...options,
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    })}`;
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: enumerable,
  removeEventListener: enumerable,
  dispatchEvent: enumerable,
  [Symbol.toStringTag]: {value: 'EventTarget', configurable: true},
});

// Node's check for options.signal: undefined, or an object with `aborted`.
function validateSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw web.invalidInstance(name, 'AbortSignal', signal);
  }
}

function findListener(target, type, callback, capture) {
  const list = peekListeners(target)?.get(type);
  if (list === undefined) return undefined;
  for (let i = 0; i < list.length; i++) {
    if (list[i].callback === callback && list[i].capture === capture) return list[i];
  }
  return undefined;
}

function addListener(target, type, record) {
  const all = listenersOf(target);
  let list = all.get(type);
  if (list === undefined) {
    list = [];
    all.set(type, list);
  } else if (findListener(target, type, record.callback, record.capture) !== undefined) {
    return;
  }
  list.push(record);
  maybeWarnAboutLeak(target, type, list.length);
  target[kListenerCountChanged]?.(type, list.length);
}

function removeListener(target, type, record) {
  const all = peekListeners(target);
  const list = all?.get(type);
  if (list === undefined || record.removed) return;
  const index = list.indexOf(record);
  if (index < 0) return;
  record.removed = true;
  list.splice(index, 1);
  if (list.length === 0) all.delete(type);
  // The signals that would have removed it need not any more.
  if (record.signals !== undefined) {
    for (const {signal, onAbort} of record.signals) {
      if (web.isAbortSignal?.(signal)) {
        web.removeAbortAlgorithm(signal, onAbort);
      } else {
        signal.removeEventListener?.('abort', onAbort);
      }
    }
  }
  target[kListenerCountChanged]?.(type, list.length);
}

function maybeWarnAboutLeak(target, type, count) {
  const max = internals.EventEmitter?.defaultMaxListeners ?? 10;
  if (max > 0 && count > max && !warnedTargets.has(target)) {
    warnedTargets.add(target);
    const warning = new Error(
        'Possible EventTarget memory leak detected. ' +
        `${count} ${type} listeners added to ${internals.inspect(target, {depth: -1})}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
    warning.name = 'MaxListenersExceededWarning';
    warning.target = target;
    warning.type = type;
    warning.count = count;
    process.emitWarning(warning);
  }
}

// The DOM's "dispatch" for a target outside any tree.
function dispatch(target, event) {
  const state = eventStateOf(event);
  if (state.dispatching) {
    throw web.withCode(new Error(`The event "${state.type}" is already being dispatched`),
                       'ERR_EVENT_RECURSION');
  }
  state.dispatching = true;
  state.target = target;
  state.phase = AT_TARGET;
  try {
    invoke(target, event, state, true);
    invoke(target, event, state, false);
  } finally {
    state.phase = NONE;
    state.currentTarget = null;
    state.dispatching = false;
    state.stopPropagation = false;
    state.stopImmediatePropagation = false;
  }
  return !state.canceled;
}

function invoke(target, event, state, capturing) {
  if (state.stopPropagation) return;
  state.currentTarget = target;
  const list = peekListeners(target)?.get(state.type);
  if (list === undefined) return;
  // Listeners added from here on wait for the next dispatch.
  const listeners = list.slice();
  for (let i = 0; i < listeners.length; i++) {
    const listener = listeners[i];
    if (listener.removed || listener.capture !== capturing) continue;
    if (listener.once) removeListener(target, state.type, listener);
    if (listener.passive) state.inPassiveListener = true;
    try {
      const {callback} = listener;
      let result;
      if (typeof callback === 'function') {
        result = ReflectApply(callback, target, [event]);
      } else {
        const handleEvent = callback.handleEvent;
        if (handleEvent) result = ReflectApply(handleEvent, callback, [event]);
      }
      if (result !== undefined && result !== null) watchResult(result);
    } catch (error) {
      reportListenerError(error);
    }
    state.inPassiveListener = false;
    if (state.stopImmediatePropagation) return;
  }
}

// Event handler attributes (HTML): `on<type>` accessors on a prototype.
// Setting a function registers one listener, which keeps its place while
// the function is replaced; setting null removes it.
const handlersOf = new WeakMap();

function defineEventHandler(prototype, type) {
  const name = `on${type}`;
  function checkTarget(target) {
    if (!isEventTargetValue(target)) throw web.invalidInstance('this', 'EventTarget', target);
  }
  const accessors = {
    get [name]() {
      checkTarget(this);
      return handlersOf.get(this)?.get(type)?.value ?? null;
    },
    set [name](value) {
      checkTarget(this);
      if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
        value = null;
      }
      let handlers = handlersOf.get(this);
      let handler = handlers?.get(type);
      if (value === null) {
        if (handler !== undefined) {
          handlers.delete(type);
          const record = findListener(this, type, handler.listener, false);
          if (record !== undefined) removeListener(this, type, record);
        }
        return;
      }
      if (handler !== undefined) {
        handler.value = value;
        return;
      }
      if (handlers === undefined) {
        handlers = new Map();
        handlersOf.set(this, handlers);
      }
      handler = {value, listener: undefined};
      handler.listener = function eventHandler(event) {
        const callback = handler.value;
        if (typeof callback !== 'function') return undefined;
        const result = ReflectApply(callback, this, [event]);
        if (result === false) event.preventDefault();
        return result;
      };
      handlers.set(type, handler);
      addListener(this, type, {
        callback: handler.listener, capture: false, once: false, passive: false,
        removed: false, signals: undefined,
      });
    },
  };
  const descriptors = Object.getOwnPropertyDescriptors(accessors);
  Object.defineProperty(prototype, name, {...descriptors[name], enumerable: true, configurable: true});
}

// Dispatches an event made by the runtime: its isTrusted is true.
function dispatchTrusted(target, event) {
  trustedEvents.add(event);
  return dispatch(target, event);
}

Object.assign(web, {
  Event,
  EventTarget,
  isEventTarget: isEventTargetValue,
  defineEventHandler,
  dispatchTrusted,
  kListenerCountChanged,
});

web.defineGlobal('Event', Event);
web.defineGlobal('EventTarget', EventTarget);
web.defineGlobal('CustomEvent', CustomEvent);
