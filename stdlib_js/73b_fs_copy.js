// node:fs mkdtemp and cp: mkdtempSync/mkdtemp/promises.mkdtemp on libuv's
// mkdtemp (the thread pool for the asynchronous forms), and cpSync/cp/
// promises.cp, which copy files, directories (with `recursive`) and
// symbolic links with Node's options and Node's SystemError shapes. The
// asynchronous cp runs the synchronous copy on the main thread after the
// call returns; it is not spread over the thread pool.
'use strict';

const fs = internals.fs;
const fsPromises = internals.fsPromises;
const nativeAsync = binding.fsAsync;
const path = internals.path;

function pathArgument(value, name) {
  if (typeof value === 'string') return value;
  if (value instanceof URL) return internals.fileURLToPath(value);
  if (internals.Buffer?.isBuffer(value)) return value.toString();
  throw internals.invalidArgType(name, 'string or an instance of Buffer or URL', value);
}

function encoded(result, options) {
  const encoding = typeof options === 'string' ? options : options?.encoding;
  return encoding === 'buffer' ? internals.Buffer.from(result) : result;
}

fs.mkdtempSync = function mkdtempSync(prefix, options) {
  return encoded(nativeAsync.mkdtemp(`${pathArgument(prefix, 'prefix')}XXXXXX`), options);
};

fsPromises.mkdtemp = function mkdtemp(prefix, options) {
  return new Promise((resolve, reject) => {
    nativeAsync.mkdtemp(`${pathArgument(prefix, 'prefix')}XXXXXX`,
                        (error, result) => (error ? reject(error) : resolve(encoded(result, options))));
  });
};

fs.mkdtemp = function mkdtemp(prefix, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  if (typeof callback !== 'function') throw internals.invalidArgType('cb', 'function', callback);
  nativeAsync.mkdtemp(`${pathArgument(prefix, 'prefix')}XXXXXX`,
                      (error, result) => (error ? callback(error) : callback(null, encoded(result, options))));
};

// Node's SystemError for cp: "SUMMARY: cp returned NAME (DETAIL) PATH".
function cpError(code, summary, name, errno, detail, where) {
  const error = new Error(`${summary}: cp returned ${name} (${detail}) ${where}`);
  error.name = 'SystemError';
  return Object.assign(error, {
    code, errno, syscall: 'cp', path: where,
    info: {message: detail, path: where, syscall: 'cp', errno, code: name},
  });
}

function lstatOrNull(target, dereference) {
  try {
    return dereference ? fs.statSync(target) : fs.lstatSync(target);
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

function isInside(parent, child) {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function copyEntry(src, dest, options) {
  if (options.filter && !options.filter(src, dest)) return;
  const srcStats = options.dereference ? fs.statSync(src) : fs.lstatSync(src);
  const destStats = lstatOrNull(dest, options.dereference);
  if (destStats !== null && srcStats.ino === destStats.ino && srcStats.dev === destStats.dev) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22,
                  'src and dest cannot be the same', dest);
  }
  if (srcStats.isDirectory() && isInside(path.resolve(src), path.resolve(dest))) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22,
                  `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  if (destStats !== null && srcStats.isDirectory() && !destStats.isDirectory()) {
    throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory',
                  'EISDIR', 21, `cannot overwrite non-directory ${dest} with directory ${src}`,
                  dest);
  }
  if (destStats !== null && !srcStats.isDirectory() && destStats.isDirectory()) {
    throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory',
                  'ENOTDIR', 20, `cannot overwrite directory ${dest} with non-directory ${src}`,
                  dest);
  }
  if (srcStats.isDirectory()) {
    if (!options.recursive) {
      throw cpError('ERR_FS_EISDIR', 'Path is a directory', 'EISDIR', 22,
                    `${src} is a directory (not copied)`, src);
    }
    if (destStats === null) {
      fs.mkdirSync(dest, {recursive: true});
      fs.chmodSync(dest, srcStats.mode & 0o7777);
    }
    for (const name of fs.readdirSync(src)) {
      copyEntry(path.join(src, name), path.join(dest, name), options);
    }
    return;
  }
  if (destStats !== null) {
    if (options.errorOnExist && !options.force) {
      throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', 17,
                    `${dest} already exists`, dest);
    }
    if (!options.force) return;
  }
  fs.mkdirSync(path.dirname(dest), {recursive: true});
  if (srcStats.isSymbolicLink()) {
    let target = fs.readlinkSync(src);
    if (!options.verbatimSymlinks && !path.isAbsolute(target)) {
      target = path.resolve(path.dirname(src), target);
    }
    if (destStats !== null) fs.unlinkSync(dest);
    fs.symlinkSync(target, dest);
    return;
  }
  fs.copyFileSync(src, dest);
  fs.chmodSync(dest, srcStats.mode & 0o7777);
  if (options.preserveTimestamps) fs.utimesSync(dest, srcStats.atime, srcStats.mtime);
}

function cpOptions(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw internals.invalidArgType('options', 'object', options);
  }
  const merged = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, ...options,
  };
  if (merged.filter !== undefined && typeof merged.filter !== 'function') {
    throw internals.invalidArgType('options.filter', 'function', merged.filter);
  }
  return merged;
}

fs.cpSync = function cpSync(src, dest, options) {
  copyEntry(pathArgument(src, 'src'), pathArgument(dest, 'dest'), cpOptions(options));
};

fsPromises.cp = async function cp(src, dest, options) {
  src = pathArgument(src, 'src');
  dest = pathArgument(dest, 'dest');
  const merged = cpOptions(options);
  await null;
  copyEntry(src, dest, merged);
};

fs.cp = function cp(src, dest, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  if (typeof callback !== 'function') throw internals.invalidArgType('cb', 'function', callback);
  fsPromises.cp(src, dest, options).then(() => callback(null), callback);
};
