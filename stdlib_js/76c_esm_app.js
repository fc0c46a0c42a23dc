// ES module apps in a snapshot: the graph evaluated at build time.
//
// V8 10.2 cannot rehash a module's export table (an ObjectHashTable keyed by
// string hashes, which HeapObject::NeedsRehashing does not list), so a
// snapshot holding a v8::Module, or anything an evaluated module's
// functions reach, would make every process share the build's hash seed, or
// look exports up with the wrong hashes. thaw refuses such blobs.
//
// So `thaw snapshot` of an ES module app first loads, compiles and links the
// graph with V8 as `thaw run` would (bad syntax, a missing file or a missing
// export fails the build with V8's own message), then rewrites every ES
// module into a generator function (76b_esm_transform.js) and drops the
// v8::Modules. Each module here is a FunctionModule: a namespace object
// (null prototype, sorted keys, a getter per export, Symbol.toStringTag
// 'Module', not extensible) and, for an ES module, its suspended generator.
// Every module is linked at build time; every module but the entry (and
// what --defer keeps, with what imports it) is also evaluated then, in
// Node's order, top-level await included. At each start the entry's body
// runs. CommonJS, JSON and built-in modules the graph imports are
// FunctionModules too, with the default and named exports Node gives them.
'use strict';

const loader = internals.esmLoader;
const cjs = internals.cjsLoader;
const nativeModules = binding.modules;
const path = internals.path;
const withCode = internals.withCode;

const kLinked = 0;
const kEvaluating = 1;
const kEvaluated = 2;
const kErrored = 3;

// Namespace objects of FunctionModules, for util.types.isModuleNamespaceObject.
const namespaces = new WeakSet();
internals.isFunctionModuleNamespace = (value) => namespaces.has(value);

class FunctionModule {
  constructor(key, filename, kind) {
    this.key = key;
    this.filename = filename;     // null for built-ins and data: URLs
    this.kind = kind;             // 'esm', 'commonjs', 'json' or 'builtin'
    this.namespace = Object.create(null);
    namespaces.add(this.namespace);
    this.deps = [];               // an ES module's, by request index
    this.transformed = null;      // what transformEsm returned, while building
    this.generator = null;
    this.getters = null;          // an ES module's local export getters
    this.load = null;             // the value of any other kind, once loaded
    this.value = undefined;
    this.names = [];              // a CommonJS or built-in module's named exports
    this.state = kLinked;
    this.error = undefined;
    this.evaluation = undefined;  // the promise of an asynchronous evaluation
    this.evaluatedAt = 'build';   // or 'start' (each start), or 'import' (when import() runs)
  }
}

// key -> FunctionModule, for every module of the app.
const functionModules = new Map();

internals.esmApp = {
  lookup: (key) => functionModules.get(key),
};

// --- Building ----------------------------------------------------------------------

// The FunctionModule of a record of the V8 graph.
function functionModuleOf(record) {
  let module = functionModules.get(record.key);
  if (module !== undefined) return module;
  module = new FunctionModule(record.key, record.filename, record.kind);
  functionModules.set(record.key, module);
  if (record.kind === 'esm') {
    module.transformed = internals.transformEsm(record.originalSource, record.filename ?? record.key);
    module.deps = module.transformed.requests.map(
        (specifier) => functionModuleOf(record.deps.get(specifier)));
  } else {
    module.load = record.load;
    module.names = record.names ?? [];
  }
  return module;
}

function importMetaOf(module) {
  const meta = Object.create(null);
  loader.fillImportMeta(meta, module.filename);
  return meta;
}

// The link step of an ES module: compiles its function and runs it up to
// the `yield`, which hands over its export getters.
function linkEsm(module) {
  const url = module.filename === null ? module.key : loader.toURL(module.filename);
  // Every function is compiled now, so that a start compiles none of the
  // app's (marked's ES module build: 0.92x per start for 6% more heap).
  const factory = nativeModules.compileFunction(module.transformed.code, url, [], -1, true);
  const handle = {
    d: module.deps.map((dep) => dep.namespace),
    meta: module.filename === null ? undefined : importMetaOf(module),
    e: (getters) => {
      module.getters = getters;
    },
  };
  module.generator = factory()(handle);
  module.generator.next();
}

// What `name` exported from `module` is: a getter, or null when there is no
// such export, or `ambiguous` when star exports give two different ones.
const ambiguous = Symbol('ambiguous');

function resolveExport(module, name, visiting = new Set()) {
  if (module.kind !== 'esm') {
    return name === 'default' || module.names.includes(name) ? otherGetter(module, name) : null;
  }
  if (visiting.has(module)) return null;    // A cycle of star exports.
  const {localExports, indirectExports, starExports} = module.transformed;
  for (const [exportName, index] of localExports) {
    if (exportName === name) return module.getters[index];
  }
  for (const [exportName, request, importName] of indirectExports) {
    if (exportName !== name) continue;
    const dep = module.deps[request];
    if (importName === '*') return namespaceGetter(dep);
    return resolveExport(dep, importName, new Set());
  }
  if (name === 'default') return null;
  visiting.add(module);
  let found = null;
  for (const request of starExports) {
    const getter = resolveExport(module.deps[request], name, visiting);
    if (getter === ambiguous) return ambiguous;
    if (getter === null) continue;
    if (found !== null && found !== getter) return ambiguous;
    found = getter;
  }
  visiting.delete(module);
  return found;
}

// The names `module` exports, star exports included (ambiguous ones not).
function exportNames(module, visiting = new Set()) {
  if (module.kind !== 'esm') return ['default', ...module.names];
  if (visiting.has(module)) return [];
  visiting.add(module);
  const names = new Set();
  for (const [name] of module.transformed.localExports) names.add(name);
  for (const [name] of module.transformed.indirectExports) names.add(name);
  for (const request of module.transformed.starExports) {
    for (const name of exportNames(module.deps[request], visiting)) {
      if (name !== 'default') names.add(name);
    }
  }
  visiting.delete(module);
  return [...names];
}

// One getter per (module, name) and per namespace, so that two ways to the
// same binding are recognised as one.
const otherGetters = new Map();
function otherGetter(module, name) {
  const key = `${module.key}\0${name}`;
  let getter = otherGetters.get(key);
  if (getter === undefined) {
    getter = () => {
      if (module.state !== kEvaluated) {
        throw new ReferenceError(`Cannot access '${name}' before initialization`);
      }
      if (name === 'default') return module.value;
      // A built-in's exports are read live (process.argv is the start's);
      // a CommonJS module's as they were when it was evaluated, as in Node.
      return module.kind === 'builtin' ? module.value[name] : module.namedValues[name];
    };
    otherGetters.set(key, getter);
  }
  return getter;
}

const namespaceGetters = new Map();
function namespaceGetter(module) {
  let getter = namespaceGetters.get(module);
  if (getter === undefined) {
    getter = () => module.namespace;
    namespaceGetters.set(module, getter);
  }
  return getter;
}

// Defines the namespace object's properties, in the sorted order a module
// namespace has, and closes it.
function fillNamespace(module) {
  const namespace = module.namespace;
  for (const name of exportNames(module).sort()) {
    const getter = resolveExport(module, name);
    if (getter === null || getter === ambiguous) continue;
    Object.defineProperty(namespace, name, {get: getter, enumerable: true, configurable: false});
  }
  Object.defineProperty(namespace, Symbol.toStringTag, {value: 'Module'});
  Object.preventExtensions(namespace);
}

// --- Evaluating -----------------------------------------------------------------------

function runBody(module) {
  if (module.kind === 'esm') {
    const result = module.generator.next();
    return module.transformed.async ? result : undefined;
  }
  const value = module.load();
  module.value = value;
  if (module.kind === 'builtin') return undefined;   // Read live, see otherGetter.
  // Named exports are read once, when the module is evaluated, as Node does.
  module.namedValues = Object.create(null);
  for (const name of module.names) {
    try {
      module.namedValues[name] = value?.[name];
    } catch {
      module.namedValues[name] = undefined;
    }
  }
  return undefined;
}

// Evaluates `module` after its dependencies, once. Returns undefined when
// that finished synchronously, or a promise when top-level await is on the
// way; throws what a synchronous evaluation threw. Nothing here catches and
// rethrows, which would make the report point here instead of at the throw.
function evaluate(module) {
  if (module.state === kErrored) throw errorOf(module);
  if (module.state !== kLinked) return module.evaluation;   // Done, running, or a cycle.
  module.state = kEvaluating;
  const waits = [];
  const run = () => cjs.whileLoading(module.filename ?? module.key, () => runBody(module));
  let threw = true;
  try {
    for (const dep of module.deps) {
      const pending = evaluate(dep);
      if (pending !== undefined) waits.push(pending);
    }
    const result = waits.length > 0 ? Promise.all(waits).then(run) : run();
    threw = false;
    if (result === undefined) {
      module.state = kEvaluated;
      return undefined;
    }
    module.evaluation = result.then(() => {
      module.state = kEvaluated;
    }, (error) => {
      module.state = kErrored;
      module.error = error;
      throw error;
    });
    return module.evaluation;
  } finally {
    if (threw) module.state = kErrored;
  }
}

// What a failed module's evaluation threw, once a caller has caught it (see
// noteFailure); a module is not evaluated twice.
function errorOf(module) {
  return module.error ?? new Error(`${module.key} failed when it was evaluated`);
}

// Records `error` as what the evaluation of the failed modules threw.
function noteFailure(error) {
  for (const module of functionModules.values()) {
    if (module.state === kErrored && module.error === undefined) module.error = error;
  }
}

// --- The app's snapshot ------------------------------------------------------------

let appEntry = null;

// `thaw snapshot` with an ES module entry. `deferred` is the set of files
// --defer keeps for start-up.
internals.prepareEsmApp = function prepareEsmApp(filename, source, deferred) {
  const order = loader.loadAppGraph(filename, source);
  try {
    for (const record of order) functionModuleOf(record);
  } finally {
    internals.releaseEsmTransform();
  }
  const modules = order.map((record) => functionModuleOf(record));
  appEntry = functionModules.get(filename);
  // The entry, deferred modules and everything that imports one of them run
  // at each start (the order lists dependencies first). Modules only
  // import() reaches are evaluated when that runs, as in Node.
  const imported = new Set();
  const visit = (module) => {
    if (imported.has(module)) return;
    imported.add(module);
    for (const dep of module.deps) visit(dep);
  };
  visit(appEntry);
  for (const module of modules) {
    if (module === appEntry || deferred?.has(module.key) ||
        module.deps.some((dep) => dep.evaluatedAt === 'start')) {
      module.evaluatedAt = 'start';
    } else if (!imported.has(module)) {
      module.evaluatedAt = 'import';
    }
  }
  for (const module of modules) if (module.kind === 'esm') linkEsm(module);
  // An async generator's `yield` awaits, so a module with top-level await
  // is only ready for its body once microtasks have run; no app code has
  // run yet, so these are the only ones queued.
  binding.loop.runMicrotasks();
  for (const module of modules) fillNamespace(module);
  // Only resolving exports needs to tell getters apart.
  otherGetters.clear();
  namespaceGetters.clear();
  for (const module of modules) {
    if (module.kind === 'esm') module.transformed.code = undefined;   // Compiled already.
    if (module.evaluatedAt !== 'start') continue;
    if (module.kind === 'commonjs') cjs.deferFile(module.key, deferred);
    if (module.kind === 'esm') {
      cjs.preloadRequires(module.filename, loader.recordOf(module.key).originalSource, deferred);
    }
  }
  loader.dropV8Modules();
  evaluateBeforeStart(appEntry, new Set());
};

// Evaluates what can be evaluated at build time in the order a run would,
// depth first from the entry (which matters for cycles and top-level await).
function evaluateBeforeStart(module, visited) {
  if (visited.has(module)) return;
  visited.add(module);
  if (module.evaluatedAt === 'build') {
    evaluate(module);
    return;
  }
  for (const dep of module.deps) evaluateBeforeStart(dep, visited);
}

// `thaw run` of an ES module app: evaluates the entry (and what waits for
// start-up). Reports a failure as an uncaught exception.
internals.runEsmAppMain = function runEsmAppMain() {
  let evaluation;
  try {
    evaluation = evaluate(appEntry);
  } catch (error) {
    noteFailure(error);
    loader.mainFinished(appEntry.filename, undefined, error);
    return;
  }
  loader.mainFinished(appEntry.filename, evaluation);
};

// import() of an app's module: its namespace, once evaluated.
internals.esmApp.importModule = function importModule(module) {
  try {
    const pending = evaluate(module);
    return pending === undefined ? Promise.resolve(module.namespace) :
      pending.then(() => module.namespace);
  } catch (error) {
    noteFailure(error);
    return Promise.reject(error);
  }
};

// require() of an app's ES module (Node 20 allows it for graphs without
// top-level await).
internals.esmApp.requireModule = function requireModule(module, parentFilename) {
  if (module.state === kLinked && isGraphAsync(module, new Set())) {
    throw withCode(new Error(
        'require() cannot be used on an ESM graph with top-level await. Use import() ' +
        `instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From ${parentFilename ?? 'unknown'} \n  Requiring ${module.filename} `),
    'ERR_REQUIRE_ASYNC_MODULE');
  }
  evaluate(module);
  return module.namespace;
};

function isGraphAsync(module, seen) {
  if (seen.has(module)) return false;
  seen.add(module);
  if (module.kind === 'esm' && module.state === kLinked && module.transformed.async) return true;
  return module.deps.some((dep) => isGraphAsync(dep, seen));
}

// For the app's manifest (`thaw inspect`): [key, kind, when it is evaluated].
internals.esmAppModules = () =>
  [...functionModules.values()].map((module) => [module.key, module.kind, module.evaluatedAt]);
