// Snapshot hazards: while `thaw snapshot` evaluates an app's modules, reads
// of values that belong to a run, not to the build (the environment, argv,
// the clock, Math.random, whether stdout is a terminal), are reported,
// because whatever the module keeps of them is frozen into the blob and
// every start would see the build machine's values.
//
// watchSnapshotHazards(currentModule) installs the watchers and returns a
// function that removes them; currentModule() names the module being
// evaluated. Wrapped functions that a module keeps stay harmless after the
// build: they only report while watching.
'use strict';

let watching = null;
let muted = 0;

// Notes that the module being evaluated read `api`; reported when the
// watch ends, one line per module.
function noteSnapshotHazard(api) {
  if (watching === null || muted > 0) return;
  const module = watching.currentModule() ?? 'the app';
  let apis = watching.reported.get(module);
  if (apis === undefined) watching.reported.set(module, apis = new Set());
  apis.add(api);
}

function report(reported) {
  for (const [module, apis] of reported) {
    const list = [...apis];
    const shown = list.length > 6 ? [...list.slice(0, 6), `${list.length - 6} more`] : list;
    const named = shown.length === 1 ? shown[0] :
      `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
    process.stderr.write(
        `thaw snapshot: warning: ${module} read ${named} while the snapshot was built; ` +
        'what it keeps of them is frozen into the blob, so every start sees the build\'s. ' +
        'Read them at run time (in a function, or in the entry), or --defer the module.\n');
  }
}
internals.noteSnapshotHazard = noteSnapshotHazard;

// Runs `fn` without noting hazards: for the loaders' own reads, such as
// the ES module loader listing a built-in's exports (process.argv among
// them), which keep nothing of the values.
internals.withoutSnapshotHazards = function withoutSnapshotHazards(fn) {
  muted++;
  try {
    return fn();
  } finally {
    muted--;
  }
};

// Replaces object[name] (a function) with one that notes `api` first.
function wrapFunction(object, name, api, restorers) {
  const original = object[name];
  const wrapped = {
    [name](...args) {
      noteSnapshotHazard(api);
      return Reflect.apply(original, this, args);
    },
  }[name];
  Object.assign(wrapped, original);
  object[name] = wrapped;
  restorers.push(() => { object[name] = original; });
}

// Makes object[name] an accessor that notes `api`, keeping its value.
function watchProperty(object, name, api, restorers) {
  const descriptor = Object.getOwnPropertyDescriptor(object, name);
  if (descriptor !== undefined && !descriptor.configurable) return;
  let value = object[name];
  Object.defineProperty(object, name, {
    get() {
      noteSnapshotHazard(api);
      return value;
    },
    set(newValue) { value = newValue; },
    configurable: true,
    enumerable: descriptor?.enumerable ?? false,
  });
  restorers.push(() => {
    if (descriptor === undefined) delete object[name];
    else Object.defineProperty(object, name, {...descriptor, value});
  });
}

internals.watchSnapshotHazards = function watchSnapshotHazards(currentModule) {
  const restorers = [];
  watching = {currentModule, reported: new Map()};
  const RealDate = globalThis.Date;
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      if (args.length === 0) noteSnapshotHazard('the clock (new Date())');
      return Reflect.construct(target, args, newTarget === globalThis.Date ? target : newTarget);
    },
    apply(target, self, args) {
      noteSnapshotHazard('the clock (Date())');
      return Reflect.apply(target, self, args);
    },
    get(target, name, receiver) {
      if (name === 'now') noteSnapshotHazard('the clock (Date.now())');
      return Reflect.get(target, name, receiver === globalThis.Date ? target : receiver);
    },
  });
  restorers.push(() => { globalThis.Date = RealDate; });
  wrapFunction(Math, 'random', 'Math.random()', restorers);
  wrapFunction(performance, 'now', 'the clock (performance.now())', restorers);
  wrapFunction(process, 'hrtime', 'the clock (process.hrtime())', restorers);
  watchProperty(process, 'argv', 'process.argv', restorers);
  for (const stream of [process.stdout, process.stderr]) {
    const name = stream === process.stdout ? 'stdout' : 'stderr';
    watchProperty(stream, 'isTTY', `process.${name}.isTTY`, restorers);
    watchProperty(stream, 'columns', `process.${name}.columns`, restorers);
  }
  return function stopWatching() {
    const {reported} = watching;
    watching = null;
    for (const restore of restorers.reverse()) restore();
    report(reported);
  };
};
