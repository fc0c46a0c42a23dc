// The CommonJS module loader: require() with Node's resolution rules
// (relative paths, node_modules, package.json "main" and "exports" with the
// "require"/"node"/"default" conditions, index files, .js/.json/.cjs),
// module.exports, __filename and __dirname, require.cache and require.main,
// and built-in modules by bare name or with the node: prefix.
//
// ES modules are loaded by 76_esm_loader.js; this file hands them over.
'use strict';

const nativeFs = binding.fs;
const nativeModules = binding.modules;
const path = internals.path;
const appRoot = internals.appRoot;

// The loaders' view of the disk: paths in, as the loaders know them
// (virtual under an app root while building, see 75_app_root.js), and real
// paths out in the same terms.
const disk = {
  statKind: (filename) => nativeFs.statKind(appRoot.toPhysical(filename)),
  readFileUtf8: (filename) => nativeFs.readFileUtf8(appRoot.toPhysical(filename)),
  realpath: (filename) => appRoot.toVirtual(nativeFs.realpath(appRoot.toPhysical(filename))),
};

const kFile = 0;
const kDirectory = 1;

// Built-in modules: name -> factory, run once on first require.
const builtinFactories = new Map();
const builtinCache = new Map();

function defineBuiltin(name, factory) {
  builtinFactories.set(name, factory);
}
internals.defineBuiltin = defineBuiltin;

internals.loadBuiltinModule = loadBuiltin;

function loadBuiltin(name) {
  if (!builtinCache.has(name)) builtinCache.set(name, builtinFactories.get(name)());
  return builtinCache.get(name);
}

defineBuiltin('path', () => path);
defineBuiltin('fs', () => internals.fs);
defineBuiltin('fs/promises', () => internals.fsPromises);
defineBuiltin('stream', () => internals.stream);
defineBuiltin('stream/promises', () => internals.streamPromises);
defineBuiltin('process', () => process);
defineBuiltin('console', () => console);
defineBuiltin('timers', () => ({
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
}));
// 'events', 'util', 'assert' and 'assert/strict' are defined by 80_util.js,
// 81_assert.js and 82_events_module.js.
defineBuiltin('module', () => Module);
defineBuiltin('buffer', () => internals.bufferModule);
defineBuiltin('string_decoder', () => internals.stringDecoderModule);

// Node's built-in modules that thaw does not provide. A bare require of one
// must not wander into node_modules (Node's built-ins come first), and the
// error should say what is missing.
const missingNodeBuiltins = new Set([
  'async_hooks', 'cluster', 'dgram', 'dns', 'dns/promises', 'domain',
  'http', 'http2', 'https', 'inspector', 'net', 'punycode', 'querystring', 'repl', 'sys', 'tls',
  'trace_events', 'vm', 'wasi', 'worker_threads',
]);

function unprovidedBuiltin(request) {
  const name = request.startsWith('node:') ? request.slice(5) : request;
  const detail = missingNodeBuiltins.has(name) ?
    ` (Node has it; thaw does not provide node:${name} yet)` : '';
  return withCode(new Error(`No such built-in module: ${request}${detail}`),
                  'ERR_UNKNOWN_BUILTIN_MODULE');
}

// The built-in module `request` names ('fs' for 'fs' and 'node:fs'), or
// null when it names none. A node: name thaw lacks, or a Node built-in thaw
// lacks, is an error: neither may be looked for in node_modules. Shared by
// require and import.
function builtinName(request) {
  if (request.startsWith('node:')) {
    const name = request.slice(5);
    if (builtinFactories.has(name)) return name;
    throw unprovidedBuiltin(request);
  }
  if (builtinFactories.has(request)) return request;
  if (missingNodeBuiltins.has(request)) throw unprovidedBuiltin(request);
  return null;
}

function isBuiltin(name) {
  return builtinFactories.has(name.startsWith('node:') ? name.slice(5) : name);
}
internals.isBuiltinModule = (name) => builtinFactories.has(name);

const withCode = internals.withCode;

function moduleNotFound(request, parent) {
  const stack = [];
  for (let module = parent; module; module = module.parent) {
    if (module.filename) stack.push(module.filename);
  }
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
  return withCode(new Error(message), 'MODULE_NOT_FOUND', {requireStack: stack});
}

function statKind(filename) {
  return disk.statKind(filename);
}

// package.json files, parsed once each; null where there is none.
const packageCache = new Map();

function readPackage(directory) {
  const filename = path.join(directory, 'package.json');
  if (packageCache.has(filename)) return packageCache.get(filename);
  let result = null;
  if (statKind(filename) === kFile) {
    const text = disk.readFileUtf8(filename);
    try {
      result = JSON.parse(text);
    } catch (error) {
      error.message = `Error parsing ${filename}: ${error.message}`;
      error.path = filename;
      throw error;
    }
    if (result === null || typeof result !== 'object') result = {};
    result.__filename = filename;
  }
  packageCache.set(filename, result);
  return result;
}

// The package.json that governs `filename`, walking up from its directory.
function readPackageScope(filename) {
  let directory = path.dirname(filename);
  for (;;) {
    if (path.basename(directory) === 'node_modules') return null;
    const pkg = readPackage(directory);
    if (pkg !== null) return pkg;
    const parent = path.dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
}

const extensions = ['.js', '.json', '.cjs'];

function tryFile(filename) {
  return statKind(filename) === kFile ? disk.realpath(filename) : null;
}

function tryExtensions(filename) {
  for (const extension of extensions) {
    const found = tryFile(filename + extension);
    if (found !== null) return found;
  }
  return null;
}

function tryDirectory(directory, request) {
  const pkg = readPackage(directory);
  if (pkg !== null && typeof pkg.main === 'string' && pkg.main !== '') {
    const main = path.resolve(directory, pkg.main);
    const found = tryFile(main) ?? tryExtensions(main) ?? tryExtensions(path.join(main, 'index'));
    if (found !== null) return found;
    const error = moduleNotFound(request);
    error.message = `Cannot find module '${main}'. Please verify that the package.json ` +
        `has a valid "main" entry`;
    error.path = pkg.__filename;
    error.requestPath = request;
    throw error;
  }
  return tryExtensions(path.join(directory, 'index'));
}

function loadAsFileOrDirectory(filename, request) {
  const kind = statKind(filename);
  if (kind === kFile) return disk.realpath(filename);
  return tryExtensions(filename) ??
      (kind === kDirectory ? tryDirectory(filename, request) : null);
}

const conditions = ['require', 'node', 'node-addons', 'default'];

// Resolves a package.json "exports" or "imports" target
// (PACKAGE_TARGET_RESOLVE) to a file name. An "imports" target may also
// name another package: with `allowPackages`, that gives {bare}.
function resolveExportsTarget(packageDir, target, patternMatch, conditionList,
                              allowPackages = false) {
  if (typeof target === 'string') {
    const resolved = patternMatch === undefined ? target : target.replaceAll('*', patternMatch);
    if (target.startsWith('./')) return path.resolve(packageDir, resolved);
    const isPackage = !target.startsWith('../') && !target.startsWith('/') &&
        !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target);
    return allowPackages && isPackage ? {bare: resolved} : undefined;
  }
  if (Array.isArray(target)) {
    for (const item of target) {
      const resolved =
        resolveExportsTarget(packageDir, item, patternMatch, conditionList, allowPackages);
      if (resolved !== undefined) return resolved;
    }
    return undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (conditionList.includes(key)) {
        const resolved = resolveExportsTarget(packageDir, target[key], patternMatch,
                                              conditionList, allowPackages);
        if (resolved !== undefined) return resolved;
      }
    }
    return undefined;
  }
  return undefined;
}

function notExported(subpath, pkg) {
  const shown = subpath === '.' ? `No "exports" main defined in ${pkg.__filename}` :
      `Package subpath '${subpath}' is not defined by "exports" in ${pkg.__filename}`;
  return withCode(new Error(shown), 'ERR_PACKAGE_PATH_NOT_EXPORTED');
}

// The entry of a package.json "exports" or "imports" map for `key`: the
// exact key, else the longest "*" pattern that matches, as [target, what
// the "*" matched]; null when none does.
function matchPackageMap(map, key) {
  if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) {
    return [map[key], undefined];
  }
  let bestKey = '';
  let bestMatch;
  for (const candidate of Object.keys(map)) {
    const star = candidate.indexOf('*');
    if (star === -1) continue;
    const prefix = candidate.slice(0, star);
    const suffix = candidate.slice(star + 1);
    if (key.startsWith(prefix) && key.length >= candidate.length &&
        key.endsWith(suffix) && candidate.length > bestKey.length) {
      bestKey = candidate;
      bestMatch = key.slice(prefix.length, key.length - suffix.length);
    }
  }
  return bestKey === '' ? null : [map[bestKey], bestMatch];
}

// PACKAGE_EXPORTS_RESOLVE for `subpath` ('.' or './x'); ES modules pass
// their own conditions.
function resolveExports(packageDir, subpath, pkg, conditionList = conditions) {
  let {exports} = pkg;
  const isConditionsOnly = typeof exports === 'string' || Array.isArray(exports) ||
      (exports !== null && typeof exports === 'object' &&
       !Object.keys(exports).some((key) => key.startsWith('.')));
  if (isConditionsOnly) exports = {'.': exports};
  const entry = matchPackageMap(exports, subpath);
  const resolved = entry === null ? undefined :
    resolveExportsTarget(packageDir, entry[0], entry[1], conditionList);
  if (resolved === undefined) throw notExported(subpath, pkg);
  return resolved;
}

// PACKAGE_IMPORTS_RESOLVE: a '#name' request from `parentFilename` through
// the "imports" of the package.json that governs it. Returns {file} for a
// file of that package, {bare, packageFile} for a package to resolve from
// there, or null when that package.json has no "imports" (require() then
// looks in node_modules, as Node's does). Throws when "imports" does not
// define the name.
function resolvePackageImports(request, parentFilename, conditionList) {
  const pkg = readPackageScope(parentFilename);
  const imports = pkg?.imports;
  if (imports === null || typeof imports !== 'object') return null;
  if (request === '#' || request.startsWith('#/')) {
    throw withCode(new TypeError(`Invalid module "${request}" is not a valid internal imports ` +
                                 `specifier name imported from ${parentFilename}`),
                   'ERR_INVALID_MODULE_SPECIFIER');
  }
  const packageDir = path.dirname(pkg.__filename);
  const entry = matchPackageMap(imports, request);
  const target = entry === null ? undefined :
    resolveExportsTarget(packageDir, entry[0], entry[1], conditionList, true);
  if (target === undefined) {
    throw withCode(new TypeError(`Package import specifier "${request}" is not defined in ` +
                                 `package ${pkg.__filename} imported from ${parentFilename}`),
                   'ERR_PACKAGE_IMPORT_NOT_DEFINED');
  }
  return typeof target === 'string' ? {file: target} :
    {bare: target.bare, packageFile: path.join(packageDir, 'package.json')};
}

// 'pkg/sub' -> ['pkg', './sub']; '@scope/pkg' -> ['@scope/pkg', '.'].
function splitPackageRequest(request) {
  const parts = request.split('/');
  const nameLength = request.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const rest = parts.slice(nameLength).join('/');
  return [name, rest === '' ? '.' : `./${rest}`];
}

function nodeModulePaths(from) {
  from = appRoot.toPhysical(path.resolve(from));
  // While an app is built under a root, folders above the root are not
  // searched from inside it (their paths would end up in the blob).
  const insideRoot = appRoot.toVirtual(from) !== from;
  const paths = [];
  for (let directory = from; ; directory = path.dirname(directory)) {
    if (insideRoot && appRoot.toVirtual(directory) === directory) break;
    if (path.basename(directory) !== 'node_modules') {
      paths.push(appRoot.toVirtual(directory === '/' ? '/node_modules' : `${directory}/node_modules`));
    }
    if (directory === '/') break;
  }
  return paths;
}

// App snapshots (`thaw snapshot`): every resolution made while an app is
// prepared is recorded, keyed by the requiring directory and the request,
// and answered from the record at run time, so an app runs from its
// snapshot without its source files.
const frozenResolutions = new Map();
let recordingResolutions = false;

function resolveFilename(request, parent) {
  if (deferredSources.has(request)) return request;
  const parentDir = parent?.filename ? path.dirname(parent.filename) :
    appRoot.toVirtual(process.cwd());
  const key = `${parentDir}\0${request}`;
  const frozen = frozenResolutions.get(key);
  if (frozen !== undefined) return frozen;
  const filename = resolveFilenameOnDisk(request, parent);
  if (recordingResolutions) frozenResolutions.set(key, filename);
  return filename;
}

function resolveFilenameOnDisk(request, parent) {
  if (typeof request !== 'string') throw internals.invalidArgType('id', 'string', request);
  if (request === '') {
    const error = new TypeError("The argument 'id' must be a non-empty string. Received ''");
    throw withCode(error, 'ERR_INVALID_ARG_VALUE');
  }
  if (builtinName(request) !== null) return request;
  const parentDir = parent?.filename ? path.dirname(parent.filename) :
    appRoot.toVirtual(process.cwd());
  if (request.startsWith('#')) {
    const imported = resolvePackageImports(
        request, parent?.filename ?? path.join(parentDir, '[eval]'), conditions);
    if (imported?.file !== undefined) {
      const found = tryFile(imported.file);
      if (found !== null) return found;
      throw moduleNotFound(request, parent);
    }
    if (imported?.bare !== undefined) {
      return resolveFilenameOnDisk(imported.bare, internals.cjsLoader.moduleFor(imported.packageFile));
    }
  }
  if (request.startsWith('./') || request.startsWith('../') || request.startsWith('/') ||
      request === '.' || request === '..') {
    const found = loadAsFileOrDirectory(path.resolve(parentDir, request), request);
    if (found !== null) return found;
    throw moduleNotFound(request, parent);
  }
  const [name, subpath] = splitPackageRequest(request);
  const lookupPaths = parent?.paths ?? nodeModulePaths(parentDir);
  for (const modulesDir of lookupPaths) {
    const packageDir = path.join(modulesDir, name);
    if (statKind(packageDir) !== kDirectory) continue;
    const pkg = readPackage(packageDir);
    if (pkg !== null && pkg.exports !== undefined && pkg.exports !== null) {
      const target = resolveExports(packageDir, subpath, pkg);
      const found = tryFile(target);
      if (found !== null) return found;
      throw moduleNotFound(request, parent);
    }
    const found = loadAsFileOrDirectory(path.join(modulesDir, request), request);
    if (found !== null) return found;
  }
  throw moduleNotFound(request, parent);
}

// A CommonJS module's source as the function Node wraps it in.
function compileCommonJs(content, filename) {
  if (content.charCodeAt(0) === 0xFEFF) content = content.slice(1);
  // A #! line is a comment to Node; it is blanked to keep line numbers.
  if (content.startsWith('#!')) {
    const end = content.indexOf('\n');
    content = `//${end === -1 ? '' : content.slice(end)}`;
  }
  return nativeModules.compileFunction(
      content, filename, ['exports', 'require', 'module', '__filename', '__dirname']);
}

class Module {
  constructor(id = '', parent = undefined) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', {value: parent, writable: true, enumerable: false});
    if (parent) parent.children.push(this);
  }

  require(id) {
    return requireFrom(this, id);
  }

  _compile(content, filename) {
    return this._run(compileCommonJs(content, filename), filename);
  }

  // Runs the module's compiled wrapper function.
  _run(compiled, filename) {
    const require = makeRequire(this);
    return Reflect.apply(compiled, this.exports,
                         [this.exports, require, this, filename, path.dirname(filename)]);
  }

  load(filename) {
    if (recordingResolutions) loadedAtBuild.push(filename);
    this.filename = filename;
    this.paths = nodeModulePaths(path.dirname(filename));
    if (filename.endsWith('.json')) {
      const text = disk.readFileUtf8(filename);
      try {
        this.exports = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
      } catch (error) {
        error.message = `${filename}: ${error.message}`;
        throw error;
      }
    } else if (deferredSources.has(filename)) {
      this._compile(deferredSources.get(filename), filename);
    } else if (isEsmRequired(filename)) {
      this.exports = internals.requireEsm(filename, this.parent?.filename);
    } else {
      this._compile(disk.readFileUtf8(filename), filename);
    }
    this.loaded = true;
  }
}

Module._cache = Object.create(null);
Module.builtinModules = [...builtinFactories.keys()];
Module.isBuiltin = isBuiltin;
Module._resolveFilename = resolveFilename;
Module._nodeModulePaths = nodeModulePaths;
Module.Module = Module;
Module.createRequire = function createRequire(filename) {
  if (filename instanceof URL || (typeof filename === 'string' && filename.startsWith('file:'))) {
    filename = internals.fileURLToPath(filename);
  }
  if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw withCode(new TypeError(
        "The argument 'filename' must be a file URL object, file URL string, or absolute " +
        `path string. Received ${internals.describeReceived(filename)}`), 'ERR_INVALID_ARG_VALUE');
  }
  const module = new Module(filename);
  module.filename = filename;
  module.paths = nodeModulePaths(path.dirname(filename));
  return makeRequire(module);
};

function requireFrom(parent, request) {
  const filename = resolveFilename(request, parent);
  if (isBuiltin(filename)) {
    return loadBuiltin(filename.startsWith('node:') ? filename.slice(5) : filename);
  }
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  const module = new Module(filename, parent);
  Module._cache[filename] = module;
  let threw = true;
  loadingStack.push(filename);
  try {
    module.load(filename);
    threw = false;
  } finally {
    loadingStack.pop();
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
}

// The files being loaded, innermost last: who read a snapshot hazard.
const loadingStack = [];

function makeRequire(module) {
  const require = (id) => requireFrom(module, id);
  require.resolve = (request) => {
    const filename = resolveFilename(request, module);
    return filename;
  };
  require.resolve.paths = (request) =>
    (isBuiltin(request) ? null : nodeModulePaths(module.filename ? path.dirname(module.filename) : process.cwd()));
  require.cache = Module._cache;
  require.main = process.mainModule;
  return require;
}

// Whether require() loads `filename` as an ES module. A file without an
// extension is CommonJS whatever its package's "type" (yargs 17 ships its
// CommonJS entry points that way in a "type": "module" package).
function isEsmRequired(filename) {
  return path.extname(filename) !== '' && internals.isEsmFile(filename);
}

// Whether `filename` is an ES module by its name or package.json "type",
// as Node decides.
function isEsmByName(filename) {
  return !filename.endsWith('.cjs') &&
      (filename.endsWith('.mjs') || readPackageScope(filename)?.type === 'module');
}

// The SyntaxErrors of ES module syntax (import, export, import.meta,
// top-level await) in code compiled as CommonJS.
function isModuleSyntaxError(error) {
  return error instanceof SyntaxError &&
      /import statement outside a module|Unexpected token 'export'|import\.meta|await is only valid/
        .test(error.message);
}

// Whether the main script `filename` is an ES module: by its name, and else
// by its syntax: a .js file that only parses as a module is one, as in
// Node 20. (runMain gets the same answer from its one compile.)
function isEsmMain(filename, source) {
  if (filename.endsWith('.cjs')) return false;
  if (isEsmByName(filename)) return true;
  if (!/\b(?:import|export|await)\b/.test(source)) return false;
  try {
    compileCommonJs(source, filename);
    return false;
  } catch (error) {
    return isModuleSyntaxError(error);
  }
}

// Runs the main script `filename` (an absolute path) with its source, as
// Node does: a CommonJS module, or an ES module (76_esm_loader.js). The
// source is compiled once: a .js file that fails to compile as CommonJS for
// module syntax is run as an ES module.
internals.runMain = function runMain(filename, source) {
  if (isEsmByName(filename)) return internals.runEsmMain(filename, source);
  return runCommonJsMain(filename, source, !filename.endsWith('.cjs'));
};

function runCommonJsMain(filename, source, mayBeModule = false) {
  let compiled;
  try {
    compiled = compileCommonJs(source, filename);
  } catch (error) {
    if (mayBeModule && isModuleSyntaxError(error)) {
      return internals.runEsmMain(filename, source);
    }
    // Compiled again, outside this catch, so that the SyntaxError is thrown
    // from the script itself and reported with its file and line (a rethrow
    // would point here). Only failing scripts pay for it.
    compiled = compileCommonJs(source, filename);
  }
  const module = new Module('.', null);
  module.filename = filename;
  module.paths = nodeModulePaths(path.dirname(filename));
  process.mainModule = module;
  Module._cache[filename] = module;
  module._run(compiled, filename);
  module.loaded = true;
}

// `thaw eval CODE` gets what `node -e` gives: require relative to the
// current directory, module, exports, __filename '[eval]', __dirname '.'.
internals.setUpEval = function setUpEval() {
  const module = new Module('[eval]');
  module.filename = path.join(process.cwd(), '[eval]');
  module.paths = nodeModulePaths(process.cwd());
  const values = {
    require: makeRequire(module), module, exports: module.exports,
    __filename: '[eval]', __dirname: '.',
  };
  for (const [name, value] of Object.entries(values)) {
    Object.defineProperty(globalThis, name, {value, writable: true, configurable: true});
  }
};

internals.Module = Module;

// What the ES module loader (76_esm_loader.js) shares with this one.
internals.cjsLoader = {
  kFile,
  kDirectory,
  builtinName,
  statKind,
  readPackage,
  readPackageScope,
  resolveExports,
  resolvePackageImports,
  splitPackageRequest,
  nodeModulePaths,
  loadAsFileOrDirectory,
  resolveFilename,
  // A module at `filename`, for resolving what it requires.
  moduleFor(filename) {
    const module = new Module(filename);
    module.filename = filename;
    module.paths = nodeModulePaths(path.dirname(filename));
    return module;
  },
  // `thaw snapshot`: what an ES module require()s through createRequire,
  // loaded now from `filename` with the resolutions recorded.
  preloadRequires(filename, source, deferred) {
    const module = internals.cjsLoader.moduleFor(filename);
    recordingResolutions = true;
    try {
      for (const request of staticRequires(source)) {
        const resolved = resolveFilename(request, module);
        if (deferred?.has(resolved)) deferFile(resolved, deferred);
        else requireFrom(module, request);
      }
    } finally {
      recordingResolutions = false;
    }
  },
  disk,
  // `thaw snapshot --defer`: keeps `filename` for start-up.
  deferFile,
  // Runs `load` as the loading of `filename`: a snapshot hazard it reads is
  // reported as that file's.
  whileLoading(filename, load) {
    loadingStack.push(filename);
    try {
      return load();
    } finally {
      loadingStack.pop();
    }
  },
  // A CommonJS file imported by an ES module: like require(), no parent.
  // The cache comes first: an app snapshot has no files to resolve against.
  requireFile: (filename) => Module._cache[filename]?.exports ?? requireFrom(null, filename),
};

// The literal specifiers of require('...') calls in `source`: what an app's
// entry needs, loaded while its snapshot is built.
function staticRequires(source) {
  const requests = [];
  for (const match of source.matchAll(/\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g)) {
    arrayPushUnique(requests, match[2]);
  }
  // An ES module may call what createRequire returns at once:
  // createRequire(import.meta.url)('x').
  for (const match of source.matchAll(
      /\bcreateRequire\s*\((?:[^()]|\([^()]*\))*\)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g)) {
    arrayPushUnique(requests, match[2]);
  }
  return requests;
}

function arrayPushUnique(array, value) {
  if (!array.includes(value)) array.push(value);
}

// The app in this snapshot: the entry's file name and source, run at each
// start, or the function an app gave thaw.setMain while it was built.
let appEntry = null;
let appMainFunction = null;
let preparingApp = false;

// `thaw snapshot ENTRY`: evaluates every module the entry requires (and
// what they require) now, so that their work is done once, at build time;
// the entry's own top-level code is kept for each start.
internals.prepareAppSnapshot = function prepareAppSnapshot(filename, source, options = {}) {
  internals.installBuildTimeFeatures();
  internals.onRemoveBuildTimeFeatures(internals.watchUnserializable());
  appRoot.start(nativeFs.realpath(options.root || process.cwd()));
  try {
    prepareApp(appRoot.toVirtual(filename), source, options);
  } finally {
    appRoot.stop();
  }
};

function prepareApp(filename, source, options) {
  const kind = isEsmMain(filename, source) ? 'esm' : 'commonjs';
  const entryModule = internals.cjsLoader.moduleFor(filename);
  const deferred = new Set();
  for (const specifier of options.defer ?? []) {
    try {
      deferred.add(kind === 'esm' ? internals.resolveEsmSpecifier(specifier, filename) :
        resolveFilename(specifier, entryModule));
    } catch (error) {
      error.message = `--defer ${specifier}: ${error.message}`;
      throw error;
    }
  }
  preparingApp = true;
  const stopWatching = internals.watchSnapshotHazards(() => loadingStack.at(-1));
  try {
    if (kind === 'esm') {
      internals.prepareEsmApp(filename, source, deferred);
    } else {
      recordingResolutions = true;
      for (const request of staticRequires(source)) {
        const resolved = resolveFilename(request, entryModule);
        if (deferred.has(resolved)) deferFile(resolved, deferred);
        else requireFrom(entryModule, request);
      }
    }
  } finally {
    stopWatching();
    recordingResolutions = false;
    preparingApp = false;
  }
  appEntry = {filename, source, kind};
  if (options.warmup) warmUp(appRoot.toVirtual(path.resolve(options.warmup)));
  appManifestText = buildAppManifest();
}

// The files loaded while an app was prepared, in order, for its manifest.
const loadedAtBuild = [];

// The app's modules for the blob's manifest (`thaw inspect`): each file's
// path, kind, size in bytes, and whether it was evaluated at "build" time
// or is evaluated at "start".
let appManifestText = '';
internals.appManifest = () => appManifestText;

// Called at the end of preparing, while the app's files are readable.
function buildAppManifest() {
  const entries = new Map();
  const add = (filename, kind, evaluated) => {
    if (entries.has(filename)) return;
    let bytes = 0;
    try {
      bytes = internals.fs.statSync(filename).size;
    } catch {
      // A file that went away while building is listed with no size.
    }
    entries.set(filename, {path: filename, kind, bytes, evaluated});
  };
  add(appEntry.filename, appEntry.kind, 'start');
  // An ES module app's modules come with when each is evaluated.
  for (const [filename, kind, evaluated] of internals.esmAppModules()) {
    if (!filename.startsWith('node:')) add(filename, kind, evaluated);
  }
  for (const filename of loadedAtBuild) {
    if (Module._cache[filename] !== undefined && !deferredSources.has(filename)) {
      add(filename, filename.endsWith('.json') ? 'json' : 'commonjs', 'build');
    }
  }
  for (const filename of deferredSources.keys()) add(filename, 'commonjs', 'start');
  return JSON.stringify([...entries.values()]);
}

// Deferred modules (--defer): kept as source with their resolutions, and
// evaluated at start-up when first required. What they require is deferred
// too, unless it was already evaluated at build time.
const deferredSources = new Map();

function deferFile(filename, deferred) {
  if (deferredSources.has(filename) || Module._cache[filename] !== undefined ||
      isBuiltin(filename) || filename.endsWith('.json')) {
    return;
  }
  if (isEsmRequired(filename)) return;   // ES modules keep their source anyway.
  const source = disk.readFileUtf8(filename);
  deferredSources.set(filename, source);
  const module = internals.cjsLoader.moduleFor(filename);
  const wasRecording = recordingResolutions;
  recordingResolutions = true;
  try {
    for (const request of staticRequires(source)) {
      deferFile(resolveFilename(request, module), deferred);
    }
  } finally {
    recordingResolutions = wasRecording;
  }
}

// --warmup FILE: a CommonJS script run once after the app is prepared, so
// that the functions it calls are compiled in the snapshot (V8 compiles a
// function the first time it runs). It is forgotten afterwards: its module
// leaves the require cache.
function warmUp(filename) {
  if (internals.isEsmFile(filename)) {
    throw new Error(`--warmup ${filename}: the warm-up script must be CommonJS`);
  }
  try {
    requireFrom(null, filename);
  } finally {
    delete Module._cache[filename];
    // Deferred modules the warm-up loaded are evaluated again at start-up.
    for (const deferred of deferredSources.keys()) delete Module._cache[deferred];
  }
}

internals.setAppMain = function setAppMain(fn) {
  if (!preparingApp) {
    throw new Error('thaw.setMain() can only be called while `thaw snapshot` ' +
                    'builds an app, from a module the app requires');
  }
  internals.validateFunction(fn, 'main');
  appMainFunction = fn;
};

// `thaw run --snapshot FILE`: runs the app in this snapshot. process.argv[1]
// is the entry, as if it had been run as a script.
internals.runApp = function runApp() {
  if (appEntry === null) {
    throw new Error('this snapshot holds no app; build one with ' +
                    '`thaw snapshot ENTRY -o FILE`');
  }
  process.argv[1] = appEntry.filename;
  if (appMainFunction !== null) return appMainFunction();
  if (appEntry.kind === 'esm') return internals.runEsmAppMain();
  return runCommonJsMain(appEntry.filename, appEntry.source);
};

// Build-time warm-up. V8 compiles a function the first time it runs, and a
// function that never ran while the snapshot was built is compiled again in
// every process: for the loader that was about 0.6 ms of each start. Running
// the path from runMain to a module's body once here puts its compiled code
// in the snapshot. Only pure work runs; the one file-system probe below
// looks at a path that cannot exist, and every cache it fills is emptied.
(function warmUpLoader() {
  const filename = '/thaw-snapshot-warm-up/main.js';
  readPackageScope(filename);
  packageCache.clear();
  const module = new Module(filename, null);
  module.filename = filename;
  module.paths = nodeModulePaths(path.dirname(filename));
  module._compile('module.exports = require.resolve.paths("x").length;', filename);
  for (const request of ['./a', '@scope/pkg/sub', 'node:path', 'path']) {
    splitPackageRequest(request);
    isBuiltin(request);
  }
  path.relative('/a/b', '/a/c/d');
  path.parse('/a/b.c');
  path.extname('/a/b.c');
  path.isAbsolute('a');
  internals.runMain(filename, 'void 0;');
  delete Module._cache[filename];
  packageCache.clear();
  process.mainModule = undefined;
})();
