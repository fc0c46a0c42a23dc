// AbortController and AbortSignal (WHATWG DOM), with Node 20's errors and
// attributes: abort(reason), reason, aborted, throwIfAborted, onabort,
// AbortSignal.abort(), AbortSignal.timeout(ms) (its timer is unref'd, so it
// never keeps the process alive) and AbortSignal.any(signals).
//
// As in the current DOM standard, aborting a signal marks every signal that
// depends on it (through AbortSignal.any) as aborted before any 'abort'
// event runs. A signal made by AbortSignal.any() is held only weakly by its
// sources, so it can be garbage collected, except while it has 'abort'
// listeners and can still be aborted.
'use strict';

const {web, DOMException} = internals;
const {Event, dispatchTrusted, kListenerCountChanged} = web;
const setTimeoutForSignals = globalThis.setTimeout;
const WeakRefCtor = WeakRef;

// Dependent signals that must stay alive: they have 'abort' listeners and
// sources that may still abort them.
const persistentSignals = new Set();

let creatingSignal = false;
let signalStateOf;
let isAbortSignal;

function createSignal() {
  creatingSignal = true;
  try {
    return new AbortSignal();
  } finally {
    creatingSignal = false;
  }
}

function checkSignal(value) {
  if (!isAbortSignal(value)) throw web.invalidThis('AbortSignal');
}

function defaultReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends web.EventTarget {
  #state;

  constructor() {
    if (!creatingSignal) throw web.illegalConstructor();
    super();
    this.#state = {
      aborted: false,
      reason: undefined,
      // Internal steps to run on abort, before the event (a Set, or null).
      algorithms: null,
      // Made by AbortSignal.any().
      dependent: false,
      // For a dependent signal: the signals it follows (a Set, or null).
      sources: null,
      // For a source: WeakRefs to the signals that follow it (or null).
      dependents: null,
      // This signal's own WeakRef, as its sources hold it.
      ref: null,
      // For a source: the size of `dependents` after it was last pruned.
      prunedAt: 0,
    };
  }

  static {
    signalStateOf = (signal) => signal.#state;
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #state in value;
  }

  get aborted() {
    checkSignal(this);
    return this.#state.aborted;
  }

  get reason() {
    checkSignal(this);
    return this.#state.reason;
  }

  throwIfAborted() {
    checkSignal(this);
    if (this.#state.aborted) throw this.#state.reason;
  }

  static abort(reason = defaultReason()) {
    const signal = createSignal();
    const state = signal.#state;
    state.aborted = true;
    state.reason = reason;
    return signal;
  }

  static timeout(delay) {
    web.validateUint32(delay, 'delay');
    const signal = createSignal();
    // The timer holds the signal until it fires; being unref'd, it does not
    // keep the process alive.
    setTimeoutForSignals(() => {
      signalAbort(signal, new DOMException('The operation was aborted due to timeout',
                                           'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw web.invalidInstance('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) {
      if (!isAbortSignal(signals[i])) {
        throw web.invalidInstance(`signals[${i}]`, 'AbortSignal', signals[i]);
      }
    }
    const result = createSignal();
    const state = result.#state;
    for (const signal of signals) {
      if (signal.#state.aborted) {
        state.aborted = true;
        state.reason = signal.#state.reason;
        return result;
      }
    }
    state.dependent = true;
    state.sources = new Set();
    state.ref = new WeakRefCtor(result);
    for (const signal of signals) {
      const signalState = signal.#state;
      if (!signalState.dependent) {
        follow(result, signal);
      } else if (signalState.sources !== null) {
        for (const source of signalState.sources) follow(result, source);
      }
    }
    return result;
  }

  [kListenerCountChanged](type, count) {
    if (type !== 'abort') return;
    const state = this.#state;
    if (count > 0 && !state.aborted && state.sources !== null && state.sources.size > 0) {
      persistentSignals.add(this);
    } else if (count === 0) {
      persistentSignals.delete(this);
    }
  }

  [web.inspectSymbol](depth, options, inspect) {
    if (depth < 0) return web.beyondDepth(this, options);
    return `${this.constructor.name} ${inspect({aborted: this.aborted},
                                               web.nestedInspectOptions(options))}`;
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: {enumerable: true},
  [Symbol.toStringTag]: {value: 'AbortSignal', configurable: true},
});
web.defineEventHandler(AbortSignal.prototype, 'abort');

// `dependent` follows `source` (not itself dependent).
function follow(dependent, source) {
  const state = signalStateOf(dependent);
  if (state.sources.has(source)) return;
  state.sources.add(source);
  const sourceState = signalStateOf(source);
  sourceState.dependents ??= new Set();
  sourceState.dependents.add(state.ref);
  // Drop the references of collected dependents now and then, so a
  // long-lived source does not accumulate them.
  if (sourceState.dependents.size > 2 * sourceState.prunedAt + 16) {
    for (const ref of sourceState.dependents) {
      const signal = ref.deref();
      if (signal === undefined || signalStateOf(signal).aborted) sourceState.dependents.delete(ref);
    }
    sourceState.prunedAt = sourceState.dependents.size;
  }
}

// The DOM's "signal abort".
function signalAbort(signal, reason) {
  const state = signalStateOf(signal);
  if (state.aborted) return;
  state.aborted = true;
  state.reason = reason === undefined ? defaultReason() : reason;
  const dependentsToAbort = [];
  if (state.dependents !== null) {
    for (const ref of state.dependents) {
      const dependent = ref.deref();
      if (dependent === undefined) continue;
      const dependentState = signalStateOf(dependent);
      if (dependentState.aborted) continue;
      dependentState.aborted = true;
      dependentState.reason = state.reason;
      dependentsToAbort.push(dependent);
    }
  }
  runAbortSteps(signal);
  for (const dependent of dependentsToAbort) runAbortSteps(dependent);
}

function runAbortSteps(signal) {
  const state = signalStateOf(signal);
  const {algorithms} = state;
  state.algorithms = null;
  // Nothing can abort it again: let go of what linked it to other signals.
  if (state.sources !== null) {
    for (const source of state.sources) signalStateOf(source).dependents?.delete(state.ref);
    state.sources = null;
  }
  state.dependents = null;
  persistentSignals.delete(signal);
  if (algorithms !== null) {
    for (const algorithm of algorithms) algorithm();
  }
  dispatchTrusted(signal, new Event('abort'));
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= createSignal();
    return this.#signal;
  }

  abort(reason = defaultReason()) {
    signalAbort(this.#signal ??= createSignal(), reason);
  }

  [web.inspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect({signal: this.signal},
                                               web.nestedInspectOptions(options))}`;
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: {enumerable: true},
  abort: {enumerable: true},
  [Symbol.toStringTag]: {value: 'AbortController', configurable: true},
});

Object.assign(web, {
  isAbortSignal,
  addAbortAlgorithm(signal, algorithm) {
    const state = signalStateOf(signal);
    if (state.aborted) return;
    (state.algorithms ??= new Set()).add(algorithm);
  },
  removeAbortAlgorithm(signal, algorithm) {
    signalStateOf(signal).algorithms?.delete(algorithm);
  },
  signalAbort,
  createAbortSignal: createSignal,
});

web.defineGlobal('AbortController', AbortController);
web.defineGlobal('AbortSignal', AbortSignal);
