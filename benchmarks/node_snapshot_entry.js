// The Node side of benchmarks/run_examples.sh: runs an example app the way
// `thaw snapshot` does, but under `node --build-snapshot`, for comparison.
//
//   APP_ENTRY=path/to/entry.js node --snapshot-blob app.blob --build-snapshot node_snapshot_entry.js
//   node --snapshot-blob app.blob ARGS...
//
// At build time every module the entry requires with a literal specifier is
// evaluated; at each start the entry's own code runs. Node 20's snapshot
// builder only lets a script require built-in modules (createRequire breaks
// deserialization), so this file loads the app's CommonJS modules itself: a
// small loader for relative paths and node_modules packages ("exports" with
// the require/node/default conditions, or "main"). It is a benchmark tool,
// not a general loader.
'use strict';
const fs = require('fs');
const path = require('path');
const v8 = require('v8');

const cache = new Map();

// The snapshot builder's own require loads built-in modules only.
function builtin(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return null;
  try {
    return { exports: require(specifier) };
  } catch (error) {
    if (error.code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}

function asFile(candidate) {
  for (const name of [candidate, candidate + '.js', candidate + '.cjs', candidate + '.json',
    path.join(candidate, 'index.js')]) {
    if (fs.existsSync(name) && fs.statSync(name).isFile()) return name;
  }
  return null;
}

function exportsTarget(value) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    for (const condition of ['require', 'node', 'default']) {
      if (condition in value) {
        const target = exportsTarget(value[condition]);
        if (target) return target;
      }
    }
  }
  return null;
}

function resolvePackage(dir, specifier) {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = ['.', ...parts.slice(nameLength)].join('/');
  for (let d = dir; ; d = path.dirname(d)) {
    const root = path.join(d, 'node_modules', name);
    const manifestPath = path.join(root, 'package.json');
    if (fs.existsSync(manifestPath)) {
      const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
      if (manifest.exports !== undefined) {
        const map = typeof manifest.exports === 'object' && Object.keys(manifest.exports)[0]?.startsWith('.')
          ? manifest.exports : { '.': manifest.exports };
        const target = exportsTarget(map[subpath]);
        if (target) return path.join(root, target);
      }
      const found = asFile(path.join(root, subpath === '.' ? manifest.main || 'index.js' : subpath));
      if (found) return found;
    }
    if (d === path.dirname(d)) throw new Error(`cannot find ${specifier} from ${dir}`);
  }
}

function load(filename) {
  if (cache.has(filename)) return cache.get(filename).exports;
  const module = { exports: {}, filename };
  cache.set(filename, module);
  const source = fs.readFileSync(filename, 'utf8');
  if (filename.endsWith('.json')) {
    module.exports = JSON.parse(source);
    return module.exports;
  }
  const dir = path.dirname(filename);
  const localRequire = (specifier) => {
    const native = builtin(specifier);
    if (native) return native.exports;
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const found = asFile(path.resolve(dir, specifier));
      if (!found) throw new Error(`cannot find ${specifier} from ${filename}`);
      return load(found);
    }
    return load(resolvePackage(dir, specifier));
  };
  const body = source.startsWith('#!') ? '//' + source : source;
  const fn = new Function('exports', 'require', 'module', '__filename', '__dirname', body + `\n//# sourceURL=${filename}`);
  fn.call(module.exports, module.exports, localRequire, module, filename, dir);
  return module.exports;
}

const entry = path.resolve(process.env.APP_ENTRY);
const entrySource = fs.readFileSync(entry, 'utf8');
const entryRequire = (specifier) => {
  const native = builtin(specifier);
  if (native) return native.exports;
  const found = specifier.startsWith('.') ? asFile(path.resolve(path.dirname(entry), specifier))
    : resolvePackage(path.dirname(entry), specifier);
  return load(found);
};
for (const match of entrySource.matchAll(/require\(\s*(['"])([^'"]+)\1\s*\)/g)) entryRequire(match[2]);
const main = new Function('exports', 'require', 'module', '__filename', '__dirname',
  entrySource + `\n//# sourceURL=${entry}`);

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // At a start from the blob, process.argv is [node, ARGS...]; the entry
  // expects [node, entry, ARGS...], as in `node entry ARGS...`.
  process.argv.splice(1, 0, entry);
  const module = { exports: {}, filename: entry };
  main.call(module.exports, module.exports, entryRequire, module, entry, path.dirname(entry));
});
