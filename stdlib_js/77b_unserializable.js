// Objects a snapshot cannot hold. Intl objects (formatters, collators,
// segmenters, locales, and the segments and iterators a Segmenter makes)
// keep ICU's C++ objects behind pointers that V8 manages with global
// handles, and V8 10.2 aborts when it meets one while serializing ("Check
// failed: handle_checker.CheckGlobalAndEternalHandles()"), which says
// nothing about which object or where it came from.
//
// So while an app is built, thaw notes each Intl object it creates with the
// place that created it, holding it weakly. Before the heap is serialized,
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

// Replaces holder[name], a constructor, with a proxy that notes what it
// makes. `new` and plain calls (which some Intl constructors allow) both
// count; `instanceof` and the prototype go through to the real one.
function watchConstructor(holder, name, what, restorers) {
  const real = holder[name];
  if (typeof real !== 'function') return;
  const watched = new Proxy(real, {
    construct(target, args, newTarget) {
      return note(Reflect.construct(target, args, newTarget === watched ? target : newTarget), what);
    },
    apply(target, self, args) {
      return note(Reflect.apply(target, self, args), what);
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
  const restorers = [];
  for (const name of ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'Locale',
                      'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter',
                      'v8BreakIterator']) {
    watchConstructor(Intl, name, `an Intl.${name}`, restorers);
  }
  if (segmentsPrototype !== null) {
    watchMethod(Intl.Segmenter.prototype, 'segment', 'the segments of an Intl.Segmenter',
                restorers);
    watchMethod(segmentsPrototype, Symbol.iterator,
                'an iterator over an Intl.Segmenter\'s segments', restorers);
  }
  return function stopWatchingUnserializable() {
    for (const restore of restorers.reverse()) restore();
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
