// The ES module loader: `import`/`export` with Node's ESM resolution (no
// extension guessing, "exports" with the "import" condition, file: URLs),
// node: built-ins, JSON modules (with `assert {type: 'json'}`), CommonJS
// modules imported by name, top-level await, import(), import.meta, and
// require() of ES modules without top-level await (as Node 20 does).
//
// Every module is a record in JS. ES modules wrap a v8::Module (see
// bindings/esm_module.cc); a built-in, CommonJS or JSON module imported from
// an ES module gets a small generated ES module, a facade, whose body loads
// the real thing through import.meta.load() and exports its properties. The
// whole graph is loaded and linked synchronously (thaw's file reads are
// synchronous), which is also what lets require() load ES modules.
'use strict';

const nativeEsm = binding.esm;
const cjs = internals.cjsLoader;
// Paths as the loaders know them (see 75_app_root.js).
const disk = cjs.disk;
const path = internals.path;
const withCode = internals.withCode;

const kUninstantiated = 0;
const kEvaluated = 4;
const kErrored = 5;

const esmConditions = ['node', 'import', 'default'];

// filename (or node:name) -> record; records by their modules' identity hash.
const recordsByKey = new Map();
const recordsByHash = new Map();

class ModuleRecord {
  constructor(key, filename, kind, wrap) {
    this.key = key;
    this.filename = filename;   // null for built-ins
    this.kind = kind;           // 'esm', 'commonjs', 'json' or 'builtin'
    this.wrap = wrap;
    this.deps = new Map();      // specifier -> record, once loaded
    this.load = null;           // a facade's import.meta.load
    this.evaluation = null;     // the promise of its evaluation
    this.source = null;         // an ES module's source, as V8 compiled it
    this.originalSource = null; // and as its file has it (for app snapshots)
    this.names = null;          // a facade's named exports
  }
}

function register(record) {
  recordsByKey.set(record.key, record);
  const hash = nativeEsm.identityHash(record.wrap);
  const list = recordsByHash.get(hash);
  if (list === undefined) recordsByHash.set(hash, [record]);
  else list.push(record);
  return record;
}

function toURL(filename) {
  return internals.pathToFileURL(filename).href;
}

function displayParent(parent) {
  return parent?.filename ?? path.join(internals.appRoot.toVirtual(process.cwd()), '[eval]');
}

// --- Resolution (Node's ESM_RESOLVE) ---------------------------------------

function moduleNotFound(what, parent) {
  return withCode(new Error(`Cannot find ${what} imported from ${displayParent(parent)}`),
                  'ERR_MODULE_NOT_FOUND');
}

// Resolves `specifier` imported by `parent` (a record, or null for the
// current directory) to a key: 'node:name' or an absolute file name.
function resolveImport(specifier, parent) {
  const builtin = cjs.builtinName(specifier);
  if (builtin !== null) return `node:${builtin}`;
  const parentDir = parent?.filename ? path.dirname(parent.filename) :
    internals.appRoot.toVirtual(process.cwd());
  let filename;
  if (specifier.startsWith('file:')) {
    filename = internals.fileURLToPath(specifier);
  } else if (specifier.startsWith('/') || specifier.startsWith('./') ||
             specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    filename = path.resolve(parentDir, decodeURIComponent(specifier.split(/[?#]/)[0]));
  } else if (specifier.startsWith('data:')) {
    return specifier;
  } else if (specifier.startsWith('#')) {
    const parentFilename = displayParent(parent);
    if (specifier === '#' || specifier.startsWith('#/')) {
      throw withCode(new TypeError(`Invalid module "${specifier}" is not a valid internal ` +
                                   `imports specifier name imported from ${parentFilename}`),
                     'ERR_INVALID_MODULE_SPECIFIER');
    }
    const imported = cjs.resolvePackageImports(specifier, parentFilename, esmConditions);
    if (imported === null) {
      throw withCode(new TypeError(`Package import specifier "${specifier}" is not defined ` +
                                   `imported from ${parentFilename}`),
                     'ERR_PACKAGE_IMPORT_NOT_DEFINED');
    }
    if (imported.bare !== undefined) {
      return resolveImport(imported.bare, {filename: imported.packageFile});
    }
    filename = imported.file;
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    throw withCode(new Error(
        'Only URLs with a scheme in: file, data, and node are supported by the default ESM ' +
        `loader. Received protocol '${specifier.slice(0, specifier.indexOf(':') + 1)}'`),
    'ERR_UNSUPPORTED_ESM_URL_SCHEME');
  } else {
    return resolvePackage(specifier, parent, parentDir);
  }
  return finishFile(filename, parent);
}

function finishFile(filename, parent) {
  const kind = cjs.statKind(filename);
  if (kind === cjs.kDirectory) {
    throw withCode(new Error(`Directory import '${filename}' is not supported resolving ` +
                             `ES modules imported from ${displayParent(parent)}`),
    'ERR_UNSUPPORTED_DIR_IMPORT');
  }
  if (kind !== cjs.kFile) throw moduleNotFound(`module '${filename}'`, parent);
  return disk.realpath(filename);
}

function resolvePackage(specifier, parent, parentDir) {
  const [name, subpath] = cjs.splitPackageRequest(specifier);
  for (const modulesDir of cjs.nodeModulePaths(parentDir)) {
    const packageDir = path.join(modulesDir, name);
    if (cjs.statKind(packageDir) !== cjs.kDirectory) continue;
    const pkg = cjs.readPackage(packageDir);
    if (pkg !== null && pkg.exports !== undefined && pkg.exports !== null) {
      return finishFile(cjs.resolveExports(packageDir, subpath, pkg, esmConditions), parent);
    }
    if (subpath === '.') {
      // No "exports": the legacy "main", with CommonJS-style guessing.
      const found = cjs.loadAsFileOrDirectory(packageDir, specifier);
      if (found !== null) return found;
      throw moduleNotFound(`module '${packageDir}'`, parent);
    }
    return finishFile(path.join(packageDir, subpath), parent);
  }
  throw moduleNotFound(`package '${name}'`, parent);
}

// The kind of module in `filename`, as Node decides it.
function fileKind(filename) {
  if (filename.endsWith('.mjs')) return 'esm';
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (filename.endsWith('.json')) return 'json';
  const extension = path.extname(filename);
  if (extension === '.js' || extension === '') {
    return cjs.readPackageScope(filename)?.type === 'module' ? 'esm' : 'commonjs';
  }
  throw withCode(new TypeError(`Unknown file extension "${extension}" for ${filename}`),
                 'ERR_UNKNOWN_FILE_EXTENSION');
}

// --- Loading -----------------------------------------------------------------

const identifier = /^[A-Za-z_$][\w$]*$/;
const reserved = new Set(('break case catch class const continue debugger default delete do ' +
  'else enum export extends false finally for function if import in instanceof new null ' +
  'return super switch this throw true try typeof var void while with yield let static ' +
  'implements interface package private protected public await').split(' '));

// An ES module whose default export is what import.meta.load() returns and
// whose named exports are its properties `names`.
function facadeSource(names) {
  const exported = names.filter((name) => identifier.test(name) && !reserved.has(name) &&
                                          name !== '$thaw$value');
  let source = 'const $thaw$value = import.meta.load();\nexport default $thaw$value;\n';
  if (exported.length > 0) source += `export const {${exported.join(', ')}} = $thaw$value;\n`;
  return source;
}

function createFacade(key, filename, kind, names, load) {
  const url = filename === null ? key : toURL(filename);
  const record = new ModuleRecord(key, filename, kind, nativeEsm.compile(facadeSource(names), url));
  record.load = load;
  record.names = names;
  return register(record);
}

function loadBuiltinFacade(key) {
  const exports = internals.loadBuiltinModule(key.slice(5));
  // Every enumerable own property is a named export, accessors included
  // (crypto.webcrypto), as in Node; the facade reads each once. One whose
  // getter throws is left to the default export.
  const readable = (name) => {
    try {
      void exports[name];
      return true;
    } catch {
      return false;
    }
  };
  const names = exports !== null && typeof exports === 'object' || typeof exports === 'function' ?
    internals.withoutSnapshotHazards(() => Object.keys(exports).filter(readable)) : [];
  return createFacade(key, null, 'builtin', names, () => exports);
}

function loadJsonFacade(filename) {
  return createFacade(filename, filename, 'json', [], () => {
    const text = disk.readFileUtf8(filename);
    try {
      return JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
    } catch (error) {
      error.message = `${filename}: ${error.message}`;
      throw error;
    }
  });
}

function loadCommonJsFacade(filename) {
  const names = commonJsExportNames(filename, new Set());
  return createFacade(filename, filename, 'commonjs', [...names],
                      () => cjs.requireFile(filename));
}

// The names a CommonJS module exports, found in its source the way Node's
// static analysis does, in a simpler form: assignments to exports.NAME and
// module.exports.NAME, Object.defineProperty(exports, 'NAME'), an object
// literal assigned to module.exports, and re-exports of require('x')
// (followed). Names only found at run time are reachable through
// the default export.
function commonJsExportNames(filename, seen) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  let source;
  try {
    source = disk.readFileUtf8(filename);
  } catch {
    return names;
  }
  for (const match of source.matchAll(
      /(?:^|[^.\w$])(?:module\.)?exports\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"\n]+)\2\s*\])\s*=[^=]/g)) {
    names.add(match[1] ?? match[3]);
  }
  for (const match of source.matchAll(
      /Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['"])([^'"\n]+)\1/g)) {
    names.add(match[2]);
  }
  for (const match of source.matchAll(/(?:^|[^.\w$])module\.exports\s*=\s*\{/g)) {
    for (const name of objectLiteralKeys(source, match.index + match[0].length)) names.add(name);
  }
  // Re-exports: module.exports = require('x'), and TypeScript's helpers
  // __exportStar(require('x'), exports) and __export(require('x')) (also
  // as tslib_1.__exportStar(...)), as Node's analysis sees them.
  for (const match of source.matchAll(
      /(?:(?:^|[^.\w$])module\.exports\s*=\s*|\b__export(?:Star)?\s*\(\s*)require\(\s*(['"])([^'"\n]+)\1\s*\)/g)) {
    try {
      const target = cjs.resolveFilename(match[2], cjs.moduleFor(filename));
      if (path.isAbsolute(target) && fileKind(target) === 'commonjs') {
        for (const name of commonJsExportNames(target, seen)) names.add(name);
      }
    } catch {
      // An unresolvable re-export adds no names; require() will say why.
    }
  }
  names.delete('default');
  return names;
}

// The keys of the object literal whose body starts at `start`, where Node's
// analysis finds them: `{a, b: c, 'd': e}` (each value an identifier), up
// to the first entry of any other form.
function objectLiteralKeys(source, start) {
  const keys = [];
  const entry = /\s*(?:(['"])([^'"\n]+)\1\s*:\s*[A-Za-z_$][\w$]*|([A-Za-z_$][\w$]*)(?:\s*:\s*[A-Za-z_$][\w$]*)?)\s*(,|\})/y;
  entry.lastIndex = start;
  for (let match; (match = entry.exec(source)) !== null;) {
    keys.push(match[2] ?? match[3]);
    if (match[4] === '}') break;
  }
  return keys;
}

// V8 10.2 knows import attributes only by their older name: `from 'x'
// with {type: 'json'}` (what Node 20 and current code write) becomes
// `assert {type: 'json'}`. Columns after it on that line move by two.
const importAttributes = /((['"])[^'"\n]*\2\s*)with(\s*\{\s*type\s*:)/g;

function loadEsmFile(filename, source) {
  if (source === undefined) source = disk.readFileUtf8(filename);
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  const originalSource = source;
  source = source.replace(importAttributes, '$1assert$3');
  const record = new ModuleRecord(filename, filename, 'esm',
                                  nativeEsm.compile(source, toURL(filename)));
  record.source = source;
  record.originalSource = originalSource;
  return register(record);
}

// data: URLs: text/javascript is an ES module, application/json JSON.
function loadDataUrl(url) {
  const match = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)$/s.exec(url);
  if (match === null) {
    throw withCode(new TypeError(`Invalid URL: ${url}`), 'ERR_INVALID_URL');
  }
  const [, mime, , base64, body] = match;
  const text = base64 ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0))) :
    decodeURIComponent(body);
  if (mime === 'text/javascript') {
    const record = new ModuleRecord(url, null, 'esm', nativeEsm.compile(text, url));
    record.source = text;
    record.originalSource = text;
    return register(record);
  }
  if (mime === 'application/json') {
    return createFacade(url, null, 'json', [], () => JSON.parse(text));
  }
  throw withCode(new TypeError(`Unknown module format: ${mime} for URL ${url}`),
                 'ERR_UNKNOWN_MODULE_FORMAT');
}

// The record for `key`, created (compiled) on first use.
function recordFor(key, source) {
  const existing = recordsByKey.get(key);
  if (existing !== undefined) return existing;
  if (key.startsWith('node:')) return loadBuiltinFacade(key);
  if (key.startsWith('data:')) return loadDataUrl(key);
  const kind = fileKind(key);
  if (kind === 'esm') return loadEsmFile(key, source);
  if (kind === 'json') return loadJsonFacade(key);
  return loadCommonJsFacade(key);
}

function checkAssertions(record, assertions) {
  const type = assertions?.type;
  if (record.kind === 'json' && type !== 'json') {
    throw withCode(new TypeError(
        `Module "${toURL(record.filename)}" needs an import attribute of type "json"`),
    'ERR_IMPORT_ASSERTION_TYPE_MISSING');
  }
  if (type !== undefined && type !== 'json') {
    throw withCode(new TypeError(`Import attribute type "${type}" is unsupported`),
                   'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED');
  }
  if (type === 'json' && record.kind !== 'json') {
    throw withCode(new TypeError(`Module "${record.filename ? toURL(record.filename) : record.key}" ` +
                                 'is not of type "json"'), 'ERR_IMPORT_ASSERTION_TYPE_FAILED');
  }
}

// Loads the static imports of `record` and of everything they import.
function loadDependencies(record) {
  const stack = [record];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current.kind !== 'esm' || current.depsLoaded) continue;
    current.depsLoaded = true;
    for (const [specifier, assertions] of nativeEsm.requests(current.wrap)) {
      if (current.deps.has(specifier)) continue;
      const dependency = recordFor(frozenResolve(specifier, current));
      checkAssertions(dependency, assertions);
      current.deps.set(specifier, dependency);
      stack.push(dependency);
    }
  }
}

// App snapshots freeze every resolution made while the app is prepared, so
// the app runs from its snapshot without its source files.
const frozenResolutions = new Map();
let recordingResolutions = false;

function frozenResolve(specifier, parent) {
  const key = `${parent?.filename ? path.dirname(parent.filename) : ''}\0${specifier}`;
  const frozen = frozenResolutions.get(key);
  if (frozen !== undefined) return frozen;
  const resolved = resolveImport(specifier, parent);
  if (recordingResolutions) frozenResolutions.set(key, resolved);
  return resolved;
}

// Loads and links the graph of `record`; returns the record.
function link(record) {
  if (nativeEsm.status(record.wrap) === kUninstantiated) {
    loadDependencies(record);
    nativeEsm.instantiate(record.wrap);
  }
  return record;
}

// V8 says only that an export is missing. When the module is CommonJS, its
// names come from a static look at its source, which cannot see every
// export; say so, with the way that always works, as Node does.
function explainMissingCommonJsExport(error) {
  const match = error instanceof SyntaxError &&
    /^The requested module '([^']+)' does not provide an export named '([^']+)'$/
      .exec(error.message);
  if (!match) return error;
  const [, specifier, name] = match;
  for (const importer of recordsByKey.values()) {
    if (importer.deps.get(specifier)?.kind !== 'commonjs') continue;
    const binding = /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}': value`;
    const old = error.message;
    error.message = `Named export '${name}' not found. The requested module '${specifier}' ` +
      'is a CommonJS module, which may not support all module.exports as named exports.\n' +
      'CommonJS modules can always be imported via the default export, for example using:\n\n' +
      `import pkg from '${specifier}';\nconst {${binding}} = pkg;\n`;
    if (typeof error.stack === 'string') error.stack = error.stack.replace(old, error.message);
    break;
  }
  return error;
}

// Evaluates a linked record once; returns the promise of its evaluation.
function evaluate(record) {
  if (record.evaluation === null) record.evaluation = nativeEsm.evaluate(record.wrap);
  return record.evaluation;
}

// --- V8's hooks (bindings/esm_module.cc) --------------------------------------

function referrerRecord(resourceName) {
  if (typeof resourceName !== 'string' || resourceName === '' ||
      resourceName === '[eval]' || resourceName.startsWith('node:')) {
    return null;
  }
  const filename = resourceName.startsWith('file:') ? internals.fileURLToPath(resourceName) :
    resourceName;
  return recordsByKey.get(filename) ?? {filename};
}

function importDynamic(specifier, resourceName, assertions) {
  try {
    const parent = referrerRecord(resourceName);
    const key = frozenResolve(String(specifier), parent);
    const appModule = internals.esmApp.lookup(key);
    if (appModule !== undefined) return internals.esmApp.importModule(appModule);
    const record = recordFor(key);
    checkAssertions(record, assertions);
    link(record);
    return evaluate(record).then(() => nativeEsm.namespace(record.wrap));
  } catch (error) {
    return Promise.reject(error);
  }
}

function initImportMeta(record, meta) {
  if (record.load !== null) {
    meta.load = record.load;
    return;
  }
  fillImportMeta(meta, record.filename);
}

// import.meta of the module in `filename`.
function fillImportMeta(meta, filename) {
  meta.dirname = path.dirname(filename);
  meta.filename = filename;
  meta.resolve = function resolve(specifier) {
    const key = frozenResolve(String(specifier), {filename});
    return key.startsWith('node:') ? key : toURL(key);
  };
  meta.url = toURL(filename);
}

nativeEsm.setHooks({
  explainLinkError: explainMissingCommonJsExport,
  recordsWithHash: (hash) => recordsByHash.get(hash) ?? [],
  resolveLinked: (record, specifier) => record.deps.get(specifier).wrap,
  importDynamic,
  initImportMeta,
});

// --- Entry points --------------------------------------------------------------

// require() of an ES module (Node 20 allows it for graphs without
// top-level await): its namespace.
internals.requireEsm = function requireEsm(filename, parentFilename) {
  const appModule = internals.esmApp.lookup(filename);
  if (appModule !== undefined) {
    return requireNamespace(internals.esmApp.requireModule(appModule, parentFilename));
  }
  const record = link(recordFor(filename));
  const status = nativeEsm.status(record.wrap);
  if (status !== kEvaluated && status !== kErrored && nativeEsm.isGraphAsync(record.wrap)) {
    throw withCode(new Error(
        'require() cannot be used on an ESM graph with top-level await. Use import() ' +
        `instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From ${parentFilename ?? 'unknown'} \n  Requiring ${filename} `),
    'ERR_REQUIRE_ASYNC_MODULE');
  }
  evaluate(record);
  if (nativeEsm.status(record.wrap) === kErrored) throw nativeEsm.exception(record.wrap);
  const namespace = nativeEsm.namespace(record.wrap);
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  return nativeEsm.namespace(esModuleInterop(record).wrap);
};

// As Node 20 does, a module with a default export is seen by require()
// through a namespace that also says __esModule: true, so that code
// compiled from ES modules to CommonJS reads `default` as the default.
const interopNamespaces = new WeakMap();
function requireNamespace(namespace) {
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  let interop = interopNamespaces.get(namespace);
  if (interop === undefined) {
    interop = Object.create(null);
    for (const name of [...Object.keys(namespace), '__esModule'].sort()) {
      const get = name === '__esModule' ? () => true : () => namespace[name];
      Object.defineProperty(interop, name, {get, enumerable: true});
    }
    Object.defineProperty(interop, Symbol.toStringTag, {value: 'Module'});
    Object.preventExtensions(interop);
    interopNamespaces.set(namespace, interop);
  }
  return interop;
}

function esModuleInterop(record) {
  const key = `${record.key}\0interop`;
  let interop = recordsByKey.get(key);
  if (interop === undefined) {
    const source = 'export * from "x";\nexport {default} from "x";\nexport const __esModule = true;\n';
    interop = register(new ModuleRecord(key, null, 'esm', nativeEsm.compile(source, key)));
    interop.deps.set('x', record);
    interop.depsLoaded = true;
    nativeEsm.instantiate(interop.wrap);
    evaluate(interop);
  }
  return interop;
}

// --defer SPECIFIER of an ES module app, resolved from its entry.
internals.resolveEsmSpecifier = (specifier, filename) =>
  resolveImport(specifier, {filename});

internals.isEsmFile = (filename) => {
  try {
    return fileKind(filename) === 'esm';
  } catch {
    return false;
  }
};

// The running main module, for the unsettled top-level await check.
let mainFilename = null;
let mainSettled = false;

// Runs `filename` (source in hand) as the main ES module.
internals.runEsmMain = function runEsmMain(filename, source) {
  // A main .js file can be an ES module by its syntax alone (see runMain).
  const record = recordsByKey.get(filename) ?? loadEsmFile(filename, source);
  link(record);
  const evaluation = evaluate(record);
  // A synchronous failure is reported at once, like a CommonJS main
  // script's, and from the error itself: rethrowing it here would make this
  // line, not the module's, the place the report shows.
  const failedAtOnce = nativeEsm.status(record.wrap) === kErrored &&
    !nativeEsm.isGraphAsync(record.wrap);
  if (failedAtOnce) evaluation.then(undefined, () => {});   // Reported below.
  mainFinished(filename, failedAtOnce ? undefined : evaluation,
               failedAtOnce ? nativeEsm.exception(record.wrap) : undefined);
};

// Watches the main module's evaluation (a promise, or undefined when it
// finished) or reports its synchronous failure `error`.
function mainFinished(filename, evaluation, error) {
  mainFilename = filename;
  if (evaluation === undefined) {
    mainSettled = true;
    if (error !== undefined) binding.loop.triggerUncaughtException(error, false);
    return;
  }
  evaluation.then(() => { mainSettled = true; }, (failure) => {
    mainSettled = true;
    binding.loop.triggerUncaughtException(failure, true);
  });
}

// Node exits with 13 when the main module's top-level await can never
// finish (the loop ran dry while it waited), and says where it waits.
// Every process calls this at exit; the parentheses make V8 compile it with
// this file, at build time, instead of at each exit.
internals.unsettledTopLevelAwait = (function unsettledTopLevelAwait() {
  if (mainFilename === null || mainSettled) return false;
  mainSettled = true;
  process.stderr.write(`Warning: Detected unsettled top-level await at ${toURL(mainFilename)}\n`);
  return true;
});

// --- App snapshots ----------------------------------------------------------------
//
// 76c_esm_app.js turns an ES module app's graph into functions it evaluates
// at build time; this loader first loads, compiles and links the graph with
// V8, which checks it (syntax, resolution, exports) with V8's own messages.

// The literal specifiers of import('...') in `source`: checked and kept at
// build time so that they can be imported from the snapshot.
function staticDynamicImports(source) {
  return [...new Set([...source.matchAll(/\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g)]
    .map((match) => match[2]))];
}

// Loads and links the graph of the app entry `filename` (with the
// resolutions recorded), and returns its records, dependencies before their
// importers (Node's evaluation order), then what import('literal') reaches.
function loadAppGraph(filename, source) {
  recordingResolutions = true;
  try {
    const entry = link(recordsByKey.get(filename) ?? loadEsmFile(filename, source));
    const order = [];
    const visited = new Set();
    const visit = (record) => {
      if (visited.has(record)) return;
      visited.add(record);
      for (const dependency of record.deps.values()) visit(dependency);
      order.push(record);
    };
    visit(entry);
    for (let i = 0; i < order.length; i++) {
      if (order[i].kind !== 'esm') continue;
      for (const specifier of staticDynamicImports(order[i].source)) {
        let target;
        try {
          target = link(recordFor(frozenResolve(specifier, order[i])));
        } catch {
          continue;   // Left to run time, where import() reports it.
        }
        visit(target);
      }
    }
    return order;
  } finally {
    recordingResolutions = false;
  }
}

// What 76c_esm_app.js uses.
internals.esmLoader = {
  fillImportMeta,
  toURL,
  loadAppGraph,
  recordOf: (key) => recordsByKey.get(key),
  // No v8::Module may stay in the heap of a snapshot (see 76c_esm_app.js).
  dropV8Modules() {
    recordsByKey.clear();
    recordsByHash.clear();
  },
  mainFinished,
};

// Checked by the builder before it takes the snapshot: ES modules loaded at
// build time other than through an ES module entry (an import() in a
// CommonJS app, say) would keep v8::Modules in the heap. A message, or ''.
internals.snapshotModuleProblems = function snapshotModuleProblems() {
  if (recordsByKey.size === 0) return '';
  const names = [...recordsByKey.keys()].slice(0, 5).join(', ');
  return `ES modules were loaded while the snapshot was built (${names}${
    recordsByKey.size > 5 ? ', ...' : ''}); a snapshot cannot hold loaded ES modules, so ` +
      'import() them at run time, or make the entry an ES module (whose imports thaw keeps)';
};
