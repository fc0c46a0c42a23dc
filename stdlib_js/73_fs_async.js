// node:fs's callback API, fs.promises (node:fs/promises) and the rest of the
// synchronous API, on the natives of bindings/fs_async_module.cc: each takes
// a callback last and runs on libuv's thread pool, or runs synchronously
// when called without one.
'use strict';

const nativeAsync = binding.fsAsync;
const fs = internals.fs;
const {Stats, Dirent} = fs;

// Node 20's fs.constants on Linux x86-64, in Node's order: the open(2)
// flags, the st_mode bits and libuv's dirent, symlink and copyfile values.
// Packages test the mode bits (S_IXUSR...) and pass the flags straight on.
const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o040000, S_IFCHR: 0o020000,
  S_IFBLK: 0o060000, S_IFIFO: 0o010000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
  O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};

const flagTable = {
  'r': 0, 'rs': 0o4010000, 'sr': 0o4010000, 'r+': 2, 'rs+': 2 | 0o4010000, 'sr+': 2 | 0o4010000,
  'w': 1 | 0o100 | 0o1000, 'wx': 1 | 0o100 | 0o1000 | 0o200, 'xw': 1 | 0o100 | 0o1000 | 0o200,
  'w+': 2 | 0o100 | 0o1000, 'wx+': 2 | 0o100 | 0o1000 | 0o200, 'xw+': 2 | 0o100 | 0o1000 | 0o200,
  'a': 1 | 0o100 | 0o2000, 'ax': 1 | 0o100 | 0o2000 | 0o200, 'xa': 1 | 0o100 | 0o2000 | 0o200,
  'as': 1 | 0o100 | 0o2000 | 0o4010000, 'sa': 1 | 0o100 | 0o2000 | 0o4010000,
  'a+': 2 | 0o100 | 0o2000, 'ax+': 2 | 0o100 | 0o2000 | 0o200, 'xa+': 2 | 0o100 | 0o2000 | 0o200,
  'as+': 2 | 0o100 | 0o2000 | 0o4010000, 'sa+': 2 | 0o100 | 0o2000 | 0o4010000,
};

const withCode = internals.withCode;

function flagsOf(flags, fallback) {
  if (flags === undefined || flags === null) return flagTable[fallback];
  if (typeof flags === 'number') return flags;
  if (typeof flags === 'string' && Object.hasOwn(flagTable, flags)) return flagTable[flags];
  throw withCode(new TypeError(
      `The argument 'flags' is invalid. Received ${internals.inspect(flags)}`),
  'ERR_INVALID_ARG_VALUE');
}

function modeOf(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  if (typeof mode === 'string') return parseInt(mode, 8);
  return mode;
}

// Virtual app paths map to the disk while an app is built (72_fs.js).
function pathOf(path, name = 'path') {
  if (typeof path === 'string') return internals.toPhysicalPath(path);
  if (internals.Buffer.isBuffer(path)) return path.toString();
  if (path instanceof URL && internals.fileURLToPath) {
    return internals.toPhysicalPath(internals.fileURLToPath(path));
  }
  throw internals.invalidArgType(name, 'string or an instance of Buffer or URL', path);
}

function fdOf(fd) {
  if (!Number.isInteger(fd)) throw internals.invalidArgType('fd', 'number', fd);
  if (fd < 0 || fd > 0x7fffffff) {
    throw internals.outOfRange('fd', '>= 0 && <= 2147483647', fd);
  }
  return fd;
}

function callbackOf(cb) {
  if (typeof cb !== 'function') throw internals.invalidArgType('cb', 'function', cb);
  return cb;
}

function optionsOf(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return {...defaults, encoding: options};
  return {...defaults, ...options};
}

function encodingCheck(encoding) {
  if (!encoding || encoding === 'buffer') return encoding || null;
  const normalized = internals.normalizeBufferEncoding(encoding);
  if (normalized === undefined) {
    throw withCode(new TypeError(
        `The argument 'encoding' is invalid encoding. Received '${encoding}'`),
    'ERR_INVALID_ARG_VALUE');
  }
  return normalized;
}

function toBuffer(data, encoding) {
  if (typeof data === 'string') return internals.Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) {
    return internals.Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  throw internals.invalidArgType(
      'data', 'string or an instance of Buffer, TypedArray, or DataView', data);
}

// A native call as a promise.
function call(native, ...args) {
  return new Promise((resolve, reject) => {
    native(...args, (error, value) => (error ? reject(error) : resolve(value)));
  });
}

// Calls a Node-style callback with a promise's outcome, outside the promise
// chain, so that an exception in the callback is an uncaught exception.
function settle(promise, cb) {
  promise.then((value) => (value === undefined ? process.nextTick(cb, null) :
    process.nextTick(cb, null, value)),
      (error) => process.nextTick(cb, error));
}

// ---- Building blocks shared by the callback and promise APIs ----

async function readAll(fd) {
  const stats = await call(nativeAsync.fstat, fd);
  const size = stats[8];
  const chunks = [];
  let total = 0;
  if (size > 0 && (stats[1] & 0o170000) === 0o100000) {
    const buffer = internals.Buffer.allocUnsafe(size);
    while (total < size) {
      const n = await call(nativeAsync.read, fd, buffer, total, size - total, -1);
      if (n === 0) break;
      total += n;
    }
    chunks.push(total === size ? buffer : buffer.subarray(0, total));
  }
  for (;;) {
    const buffer = internals.Buffer.allocUnsafe(64 * 1024);
    const n = await call(nativeAsync.read, fd, buffer, 0, buffer.length, -1);
    if (n === 0) break;
    chunks.push(buffer.subarray(0, n));
  }
  return chunks.length === 1 ? chunks[0] : internals.Buffer.concat(chunks);
}

async function writeAll(fd, buffer, position = -1) {
  let done = 0;
  while (done < buffer.length) {
    const n = await call(nativeAsync.write, fd, buffer, done, buffer.length - done,
        position < 0 ? -1 : position + done);
    done += n;
  }
}

async function readFileAsync(path, options) {
  options = optionsOf(options, {flag: 'r'});
  const encoding = encodingCheck(options.encoding);
  let buffer;
  if (typeof path === 'number') {
    buffer = await readAll(path);
  } else if (path instanceof FileHandle) {
    buffer = await readAll(path.fd);
  } else {
    const fd = await call(nativeAsync.open, pathOf(path), flagsOf(options.flag, 'r'), 0o666);
    try {
      buffer = await readAll(fd);
    } finally {
      await call(nativeAsync.close, fd);
    }
  }
  return encoding ? buffer.toString(encoding) : buffer;
}

async function writeFileAsync(path, data, options, defaultFlag = 'w') {
  options = optionsOf(options, {encoding: 'utf8', mode: 0o666, flag: defaultFlag});
  const buffer = toBuffer(data, encodingCheck(options.encoding));
  if (typeof path === 'number') return writeAll(path, buffer);
  if (path instanceof FileHandle) return writeAll(path.fd, buffer);
  const fd = await call(nativeAsync.open, pathOf(path), flagsOf(options.flag, defaultFlag),
      modeOf(options.mode, 0o666));
  try {
    await writeAll(fd, buffer);
  } finally {
    await call(nativeAsync.close, fd);
  }
}

async function statAsync(native, target) {
  return new Stats(await call(native, target));
}

async function readdirAsync(path, options) {
  path = pathOf(path);
  const [names, types] = await call(nativeAsync.readdir, path);
  if (options?.withFileTypes) return names.map((name, i) => new Dirent(name, types[i], path));
  return names;
}

async function mkdirAsync(path, options) {
  path = pathOf(path);
  const recursive = typeof options === 'object' && options !== null && !!options.recursive;
  const mode = modeOf(typeof options === 'object' && options !== null ? options.mode : options,
      0o777);
  if (!recursive) {
    await call(nativeAsync.mkdir, path, mode);
    return undefined;
  }
  const missing = [];
  let dir = internals.path.resolve(path);
  for (;;) {
    try {
      const stats = await call(nativeAsync.stat, dir);
      if ((stats[1] & 0o170000) !== 0o040000) {
        const error = new Error(`ENOTDIR: not a directory, mkdir '${path}'`);
        Object.assign(error, {errno: -20, code: 'ENOTDIR', syscall: 'mkdir', path});
        throw error;
      }
      break;
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    missing.unshift(dir);
    const parent = internals.path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const each of missing) {
    try {
      await call(nativeAsync.mkdir, each, mode);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
  }
  return missing[0];
}

function eisdir(path) {
  const error = new Error(
      `Path is a directory: rm returned EISDIR (is a directory) ${path}`);
  withCode(error, 'ERR_FS_EISDIR');
  error.errno = 21;
  error.syscall = 'rm';
  error.path = path;
  return error;
}

async function removeTree(path) {
  const stats = await call(nativeAsync.lstat, path);
  if ((stats[1] & 0o170000) !== 0o040000) return call(nativeAsync.unlink, path);
  const [names] = await call(nativeAsync.readdir, path);
  for (const name of names) await removeTree(internals.path.join(path, name));
  return call(nativeAsync.rmdir, path);
}

async function rmAsync(path, options) {
  path = pathOf(path);
  let stats;
  try {
    stats = await call(nativeAsync.lstat, path);
  } catch (error) {
    if (error.code === 'ENOENT' && options?.force) return;
    throw error;
  }
  if ((stats[1] & 0o170000) === 0o040000) {
    if (!options?.recursive) throw eisdir(path);
    await removeTree(path);
  } else {
    await call(nativeAsync.unlink, path);
  }
}

async function realpathAsync(path) {
  path = pathOf(path);
  try {
    return await call(nativeAsync.realpath, path);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    // Node reports the component that is missing, as lstat saw it.
    const absolute = internals.path.resolve(path);
    let current = '/';
    for (const part of absolute.split('/').filter(Boolean)) {
      current = internals.path.join(current, part);
      await call(nativeAsync.lstat, current);
    }
    throw error;
  }
}

// ---- fs.promises ----

class FileHandle extends internals.EventEmitter {
  #fd;

  constructor(fd) {
    super();
    this.#fd = fd;
  }

  get fd() { return this.#fd; }

  async read(buffer, offset, length, position) {
    if (buffer === undefined || (buffer !== null && !ArrayBuffer.isView(buffer) &&
        typeof buffer === 'object')) {
      ({buffer = internals.Buffer.alloc(16384), offset, length, position} = buffer ?? {});
    }
    offset ??= 0;
    length ??= buffer.byteLength - offset;
    const bytesRead = await call(nativeAsync.read, this.#fd, buffer, offset, length,
        typeof position === 'number' ? position : -1);
    return {bytesRead, buffer};
  }

  async write(data, offsetOrPosition, lengthOrEncoding, position) {
    if (typeof data === 'string') {
      const bytes = internals.Buffer.from(data, lengthOrEncoding || 'utf8');
      const n = await call(nativeAsync.write, this.#fd, bytes, 0, bytes.length,
          typeof offsetOrPosition === 'number' ? offsetOrPosition : -1);
      return {bytesWritten: n, buffer: data};
    }
    const offset = offsetOrPosition ?? 0;
    const length = lengthOrEncoding ?? data.byteLength - offset;
    const n = await call(nativeAsync.write, this.#fd, data, offset, length,
        typeof position === 'number' ? position : -1);
    return {bytesWritten: n, buffer: data};
  }

  readFile(options) { return readFileAsync(this, options); }
  writeFile(data, options) { return writeFileAsync(this, data, options); }
  appendFile(data, options) { return writeFileAsync(this, data, options, 'a'); }
  async stat() { return statAsync(nativeAsync.fstat, this.#fd); }
  truncate(length = 0) { return call(nativeAsync.ftruncate, this.#fd, length); }
  sync() { return call(nativeAsync.fsync, this.#fd); }

  async close() {
    if (this.#fd === -1) return;
    const fd = this.#fd;
    this.#fd = -1;
    await call(nativeAsync.close, fd);
    this.emit('close');
  }
}

const promises = {
  readFile: readFileAsync,
  writeFile: (path, data, options) => writeFileAsync(path, data, options),
  appendFile: (path, data, options) => writeFileAsync(path, data, options, 'a'),
  stat: (path) => statAsync(nativeAsync.stat, pathOf(path)),
  lstat: (path) => statAsync(nativeAsync.lstat, pathOf(path)),
  readdir: readdirAsync,
  mkdir: mkdirAsync,
  rm: rmAsync,
  async rmdir(path, options) {
    path = pathOf(path);
    if (options?.recursive && (await promises.lstat(path)).isDirectory()) {
      internals.warnRecursiveRmdir();
      return rmAsync(path, {recursive: true});
    }
    return call(nativeAsync.rmdir, path);
  },
  unlink: (path) => call(nativeAsync.unlink, pathOf(path)),
  rename: (from, to) => call(nativeAsync.rename, pathOf(from, 'oldPath'), pathOf(to, 'newPath')),
  copyFile: (from, to, mode = 0) => call(nativeAsync.copyfile, pathOf(from, 'src'),
      pathOf(to, 'dest'), mode),
  access: (path, mode = 0) => call(nativeAsync.access, pathOf(path), mode),
  realpath: (path) => call(nativeAsync.realpath, pathOf(path)),
  readlink: (path) => call(nativeAsync.readlink, pathOf(path)),
  symlink: (target, path) => call(nativeAsync.symlink, pathOf(target, 'target'), pathOf(path)),
  chmod: (path, mode) => call(nativeAsync.chmod, pathOf(path), modeOf(mode)),
  utimes: (path, atime, mtime) => call(nativeAsync.utimes, pathOf(path), toSeconds(atime),
      toSeconds(mtime)),
  async open(path, flags, mode) {
    const fd = await call(nativeAsync.open, pathOf(path), flagsOf(flags, 'r'),
        modeOf(mode, 0o666));
    return new FileHandle(fd);
  },
  constants,
  FileHandle,
};

function toSeconds(time) {
  if (time instanceof Date) return time.getTime() / 1000;
  if (typeof time === 'string') return Number(time);
  return time;
}

// ---- Callback API ----

// fs.NAME(...args, cb) from an async implementation.
function fromPromise(implementation, arity) {
  return function callbackVersion(...args) {
    const cb = callbackOf(typeof args[args.length - 1] === 'function' ? args.pop() : args[arity]);
    args.length = Math.min(args.length, arity);
    while (args.length < arity) args.push(undefined);
    settle(implementation(...args.slice(0, arity)), cb);
  };
}

Object.assign(fs, {
  readFile: fromPromise(readFileAsync, 2),
  writeFile: fromPromise((path, data, options) => writeFileAsync(path, data, options), 3),
  appendFile: fromPromise((path, data, options) => writeFileAsync(path, data, options, 'a'), 3),
  stat: fromPromise(promises.stat, 1),
  lstat: fromPromise(promises.lstat, 1),
  fstat: fromPromise((fd) => statAsync(nativeAsync.fstat, fdOf(fd)), 1),
  readdir: fromPromise(readdirAsync, 2),
  mkdir: fromPromise(mkdirAsync, 2),
  rm: fromPromise(rmAsync, 2),
  rmdir: fromPromise(promises.rmdir, 2),
  unlink: fromPromise(promises.unlink, 1),
  rename: fromPromise(promises.rename, 2),
  copyFile: fromPromise(promises.copyFile, 3),
  access: fromPromise(promises.access, 2),
  realpath: fromPromise(realpathAsync, 1),
  readlink: fromPromise(promises.readlink, 1),
  symlink: fromPromise(promises.symlink, 2),
  chmod: fromPromise(promises.chmod, 2),
  utimes: fromPromise(promises.utimes, 3),
  open: fromPromise(async (path, flags, mode) => call(nativeAsync.open, pathOf(path),
      flagsOf(flags, 'r'), modeOf(mode, 0o666)), 3),
  close: fromPromise((fd) => call(nativeAsync.close, fdOf(fd)), 1),
  fsync: fromPromise((fd) => call(nativeAsync.fsync, fdOf(fd)), 1),
  ftruncate: fromPromise((fd, len) => call(nativeAsync.ftruncate, fdOf(fd), len ?? 0), 2),
  exists(path, cb) {
    callbackOf(cb);
    settle(promises.access(path).then(() => true, () => false), (error, value) => cb(value));
  },
  // fs.read(fd, buffer, offset, length, position, cb) -> cb(err, bytesRead, buffer)
  read(fd, buffer, offset, length, position, cb) {
    if (typeof offset === 'function') {
      cb = offset;
      offset = undefined;
    }
    if (typeof buffer === 'function') {
      cb = buffer;
      buffer = internals.Buffer.alloc(16384);
    }
    callbackOf(cb);
    offset ??= 0;
    length ??= buffer.byteLength - offset;
    nativeAsync.read(fdOf(fd), buffer, offset, length,
        typeof position === 'number' ? position : -1,
        (error, n) => (error ? cb(error) : cb(null, n, buffer)));
  },
  // fs.write(fd, buffer, offset, length, position, cb) or
  // fs.write(fd, string, position, encoding, cb) -> cb(err, bytesWritten, data)
  write(fd, data, ...rest) {
    const cb = callbackOf(rest.pop());
    let bytes, offset, length, position;
    if (typeof data === 'string') {
      bytes = internals.Buffer.from(data, rest[1] || 'utf8');
      offset = 0;
      length = bytes.length;
      position = rest[0];
    } else {
      bytes = data;
      [offset = 0, length = data.byteLength - offset, position] = rest;
    }
    nativeAsync.write(fdOf(fd), bytes, offset, length,
        typeof position === 'number' ? position : -1,
        (error, n) => (error ? cb(error) : cb(null, n, data)));
  },

  // ---- More of the synchronous API ----
  openSync(path, flags, mode) {
    return nativeAsync.open(pathOf(path), flagsOf(flags, 'r'), modeOf(mode, 0o666));
  },
  closeSync(fd) { nativeAsync.close(fdOf(fd)); },
  readSync(fd, buffer, offset, length, position) {
    if (offset !== null && typeof offset === 'object') ({offset, length, position} = offset);
    offset ??= 0;
    length ??= buffer.byteLength - offset;
    return nativeAsync.read(fdOf(fd), buffer, offset, length,
        typeof position === 'number' ? position : -1);
  },
  writeSync(fd, data, offsetOrPosition, lengthOrEncoding, position) {
    if (typeof data === 'string') {
      const bytes = internals.Buffer.from(data, lengthOrEncoding || 'utf8');
      return nativeAsync.write(fdOf(fd), bytes, 0, bytes.length,
          typeof offsetOrPosition === 'number' ? offsetOrPosition : -1);
    }
    const offset = offsetOrPosition ?? 0;
    const length = lengthOrEncoding ?? data.byteLength - offset;
    return nativeAsync.write(fdOf(fd), data, offset, length,
        typeof position === 'number' ? position : -1);
  },
  fstatSync(fd) { return new Stats(nativeAsync.fstat(fdOf(fd))); },
  fsyncSync(fd) { nativeAsync.fsync(fdOf(fd)); },
  ftruncateSync(fd, length = 0) { nativeAsync.ftruncate(fdOf(fd), length); },
  renameSync(from, to) { nativeAsync.rename(pathOf(from, 'oldPath'), pathOf(to, 'newPath')); },
  copyFileSync(from, to, mode = 0) {
    nativeAsync.copyfile(pathOf(from, 'src'), pathOf(to, 'dest'), mode);
  },
  accessSync(path, mode = 0) { nativeAsync.access(pathOf(path), mode); },
  chmodSync(path, mode) { nativeAsync.chmod(pathOf(path), modeOf(mode)); },
  symlinkSync(target, path) { nativeAsync.symlink(pathOf(target, 'target'), pathOf(path)); },
  readlinkSync(path) { return nativeAsync.readlink(pathOf(path)); },
  utimesSync(path, atime, mtime) {
    nativeAsync.utimes(pathOf(path), toSeconds(atime), toSeconds(mtime));
  },
  rmSync(path, options) {
    path = pathOf(path);
    let stats;
    try {
      stats = nativeAsync.lstat(path);
    } catch (error) {
      if (error.code === 'ENOENT' && options?.force) return;
      throw error;
    }
    if ((stats[1] & 0o170000) !== 0o040000) {
      nativeAsync.unlink(path);
      return;
    }
    if (!options?.recursive) throw eisdir(path);
    const removeSync = (target) => {
      if ((nativeAsync.lstat(target)[1] & 0o170000) !== 0o040000) {
        nativeAsync.unlink(target);
        return;
      }
      for (const name of nativeAsync.readdir(target)[0]) {
        removeSync(internals.path.join(target, name));
      }
      nativeAsync.rmdir(target);
    };
    removeSync(path);
  },
  constants,
  promises,
});

internals.fsPromises = promises;
internals.fsFlagsOf = flagsOf;
internals.fsPathOf = pathOf;
