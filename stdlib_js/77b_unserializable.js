// Objects a snapshot cannot hold. Intl objects (formatters, collators,
// segmenters, locales, and the segments and iterators a Segmenter makes)
// keep ICU's C++ objects behind pointers that V8 manages with global
// handles, and V8 10.2 aborts when it meets one while serializing ("Check
// failed: handle_checker.CheckGlobalAndEternalHandles()"), which says
// nothing about which object or where it came from.
//
// So while an app is built, an Intl constructor (new Intl.Segmenter(), say,
// which string-width does at the top of its module) makes a lazy stand-in:
// a proxy that creates the real object, with the same arguments, the first
// time it is used, and forgets it when the build ends. A formatter made at
// build time is then made again, on first use, in each process, with that
// process's default locale, as if the module had run there. What such an
// object hands out (the segments of a Segmenter and their iterators) is real,
// and for those thaw notes the place that created each, holding it weakly. Before the heap is serialized,
// after a full garbage collection, the builder asks which are still alive
// (internals.unserializableObjects) and refuses the build naming them,
// instead of letting V8 abort. Objects that were only used while building
// and then dropped are fine.
'use strict';

// [WeakRef, what, where] for each Intl object made while watching.
let created = null;

// Where the app created an object: the first stack frame outside the
// standard library, as "file:line:column".
function creationSite() {
  const frames = String(new Error().stack).split('\n').slice(1);
  for (const frame of frames) {
    if (frame.includes('thaw:stdlib/')) continue;
    const match = /\(([^()]+)\)$/.exec(frame) ?? /^\s*at (.+)$/.exec(frame);
    if (match !== null) return match[1];
  }
  return 'an unknown place';
}

function note(object, what) {
  if (created !== null && typeof object === 'object' && object !== null) {
    created.push([new WeakRef(object), what, creationSite()]);
  }
  return object;
}

// The stand-ins made while building, so that the end of the build can make
// them forget their real objects.
let standIns = null;

// A stand-in for `Reflect.construct(constructor, args, newTarget)`. Every
// operation on it goes to the real object, made on first use.
function lazyIntlObject(constructor, args, newTarget) {
  const state = {real: null, methods: new Map()};
  const realize = () => {
    if (state.real === null) state.real = Reflect.construct(constructor, args, newTarget);
    return state.real;
  };
  standIns?.push(state);
  return new Proxy({}, {
    get(_, key) {
      const real = realize();
      const value = Reflect.get(real, key, real);
      if (typeof value !== 'function' || key === 'constructor') return value;
      // Methods are called on the real object, bound once each.
      let bound = state.methods.get(key);
      if (bound === undefined || bound.original !== value) {
        bound = {original: value, fn: value.bind(real)};
        state.methods.set(key, bound);
      }
      return bound.fn;
    },
    set: (_, key, value) => Reflect.set(realize(), key, value),
    has: (_, key) => Reflect.has(realize(), key),
    ownKeys: () => Reflect.ownKeys(realize()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(realize(), key),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(realize(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(realize(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(realize()),
  });
}

// The Intl constructors that may be called without `new`.
const callable = new Set(['Collator', 'DateTimeFormat', 'NumberFormat']);

// Replaces holder[name], an Intl constructor, with one that makes lazy
// stand-ins. `new` and plain calls (where the constructor allows them)
// both do; `instanceof` and the prototype go through to the real one.
function watchConstructor(holder, name, restorers) {
  const real = holder[name];
  if (typeof real !== 'function') return;
  const watched = new Proxy(real, {
    construct(target, args, newTarget) {
      return lazyIntlObject(target, args, newTarget === watched ? target : newTarget);
    },
    apply(target, self, args) {
      // The others throw their TypeError.
      if (!callable.has(name)) return Reflect.apply(target, self, args);
      return lazyIntlObject(target, args, target);
    },
  });
  holder[name] = watched;
  restorers.push(() => { holder[name] = real; });
}

// Replaces prototype[key], a method, with one that notes what it returns.
function watchMethod(prototype, key, what, restorers) {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
  if (descriptor === undefined || typeof descriptor.value !== 'function') return;
  const real = descriptor.value;
  const watched = {
    [real.name](...args) {
      return note(Reflect.apply(real, this, args), what);
    },
  }[real.name];
  Object.defineProperty(prototype, key, {...descriptor, value: watched});
  restorers.push(() => Object.defineProperty(prototype, key, descriptor));
}

// Starts noting; the returned function restores the real constructors (the
// notes stay until unserializableObjects has looked at them).
internals.watchUnserializable = function watchUnserializable() {
  // The prototype of a Segmenter's segments, found before anything is
  // watched.
  const segmentsPrototype = typeof Intl.Segmenter === 'function' ?
    Object.getPrototypeOf(new Intl.Segmenter().segment('')) : null;
  created = [];
  standIns = [];
  const restorers = [];
  for (const name of ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'Locale',
                      'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter',
                      'v8BreakIterator']) {
    watchConstructor(Intl, name, restorers);
  }
  if (segmentsPrototype !== null) {
    watchMethod(Intl.Segmenter.prototype, 'segment', 'the segments of an Intl.Segmenter',
                restorers);
    watchMethod(segmentsPrototype, Symbol.iterator,
                'an iterator over an Intl.Segmenter\'s segments', restorers);
  }
  return function stopWatchingUnserializable() {
    for (const restore of restorers.reverse()) restore();
    // The real objects behind the stand-ins are dropped; each process makes
    // its own.
    for (const state of standIns) {
      state.real = null;
      state.methods.clear();
    }
    standIns = null;
  };
};

// Called by the snapshot builder after a full garbage collection: '' when no
// Intl object made while building is alive, otherwise the build's error.
// Forgets the notes either way, so that none of them is serialized.
internals.unserializableObjects = function unserializableObjects() {
  if (created === null) return '';
  const alive = created.filter(([ref]) => ref.deref() !== undefined);
  created = null;
  if (alive.length === 0) return '';
  const shown = alive.slice(0, 5).map(([, what, where]) => `${what} created at ${where}`);
  if (alive.length > shown.length) shown.push(`${alive.length - shown.length} more`);
  return `${alive.length} Intl object(s) made while building are still reachable, and V8 ` +
    `cannot put Intl objects in a snapshot: ${shown.join('; ')}. Create them at run time ` +
    '(in a function, or on first use), or --defer the module that makes them.';
};
