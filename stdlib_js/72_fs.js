// node:fs, synchronous core: what the module loader and most CLI scripts
// need first. The rest of fs (callbacks, promises, streams) is still to come.
// Reads without an encoding return a Buffer.
'use strict';

const nativeFs = binding.fs;

// Until 75_app_root.js replaces it.
internals.toPhysicalPath = (path) => path;

// While an app snapshot is built, an app's own paths are virtual (see
// 75_app_root.js); toPhysicalPath maps them to the disk then, and does
// nothing at run time.
function validatePath(path, name = 'path') {
  if (typeof path === 'string') return internals.toPhysicalPath(path);
  if (path instanceof URL && internals.fileURLToPath) {
    return internals.toPhysicalPath(internals.fileURLToPath(path));
  }
  throw internals.invalidArgType(name, 'string or an instance of Buffer or URL', path);
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options !== null && typeof options === 'object') return options.encoding;
  return undefined;
}

function checkEncoding(encoding) {
  if (!encoding) return null;
  // Node lets 'buffer' through here; Buffer's toString then refuses it.
  if (encoding === 'buffer') return encoding;
  const normalized = internals.normalizeBufferEncoding(encoding);
  if (normalized !== undefined) return normalized;
  const error = new TypeError(`The argument 'encoding' is invalid encoding. Received '${encoding}'`);
  error.code = 'ERR_INVALID_ARG_VALUE';
  throw error;
}

class Stats {
  constructor(fields) {
    [this.dev, this.mode, this.nlink, this.uid, this.gid, this.rdev, this.blksize,
     this.ino, this.size, this.blocks, this.atimeMs, this.mtimeMs, this.ctimeMs,
     this.birthtimeMs] = fields;
    this.atime = new Date(this.atimeMs);
    this.mtime = new Date(this.mtimeMs);
    this.ctime = new Date(this.ctimeMs);
    this.birthtime = new Date(this.birthtimeMs);
  }

  isFile() { return (this.mode & 0o170000) === 0o100000; }
  isDirectory() { return (this.mode & 0o170000) === 0o040000; }
  isSymbolicLink() { return (this.mode & 0o170000) === 0o120000; }
  isFIFO() { return (this.mode & 0o170000) === 0o010000; }
  isSocket() { return (this.mode & 0o170000) === 0o140000; }
  isCharacterDevice() { return (this.mode & 0o170000) === 0o020000; }
  isBlockDevice() { return (this.mode & 0o170000) === 0o060000; }
}

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.path = path;
    this._type = type;
  }

  isFile() { return this._type === 1; }
  isDirectory() { return this._type === 2; }
  isSymbolicLink() { return this._type === 3; }
}

// readdirSync(path, {recursive: true}), in Node's order: a directory's
// entries, then each subdirectory's in the order they were found (breadth
// first). Names are relative to `base`; Dirents carry their directory. Plain
// names descend into symbolic links to directories, as Node's do; Dirents
// do not.
function readdirRecursive(base, options) {
  const results = [];
  const queue = [base];
  for (let i = 0; i < queue.length; i++) {
    const directory = queue[i];
    const [names, types] = nativeFs.readdir(directory);
    names.forEach((name, index) => {
      const full = internals.path.join(directory, name);
      if (options.withFileTypes) {
        const entry = new Dirent(name, types[index], directory);
        results.push(entry);
        if (entry.isDirectory()) queue.push(full);
      } else {
        results.push(internals.path.relative(base, full));
        if (nativeFs.statKind(full) === 1) queue.push(full);
      }
    });
  }
  return results;
}

let warnedRecursiveRmdir = false;
function warnRecursiveRmdir() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
                      'will be removed. Use fs.rm(path, { recursive: true }) instead',
                      'DeprecationWarning', 'DEP0147');
}
internals.warnRecursiveRmdir = warnRecursiveRmdir;

const fs = {
  readFileSync(path, options) {
    path = validatePath(path);
    const encoding = checkEncoding(encodingOf(options));
    if (encoding === 'utf8') return nativeFs.readFileUtf8(path);
    const bytes = nativeFs.readFileBytes(path);
    const buffer = new internals.FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return encoding === null ? buffer : buffer.toString(encoding);
  },

  writeFileSync(path, data, options) {
    path = validatePath(path);
    const encoding = checkEncoding(encodingOf(options));
    if (typeof data === 'string' && encoding !== null && encoding !== 'utf8') {
      data = internals.Buffer.from(data, encoding);
    }
    const flag = options !== null && typeof options === 'object' ? options.flag : undefined;
    const mode = options !== null && typeof options === 'object' ? options.mode : undefined;
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw internals.invalidArgType(
          'data', 'string or an instance of Buffer, TypedArray, or DataView', data);
    }
    nativeFs.writeFile(path, data, flag === 'a' || flag === 'a+', mode);
  },

  appendFileSync(path, data, options) {
    const flagged = typeof options === 'object' && options !== null ?
        {...options, flag: 'a'} : {encoding: options, flag: 'a'};
    fs.writeFileSync(path, data, flagged);
  },

  existsSync(path) {
    try {
      return nativeFs.statKind(validatePath(path)) >= 0;
    } catch {
      return false;
    }
  },

  statSync(path, options) {
    path = validatePath(path);
    if (options?.throwIfNoEntry === false && nativeFs.statKind(path) < 0) return undefined;
    return new Stats(binding.fsAsync.stat(path));
  },

  lstatSync(path, options) {
    path = validatePath(path);
    try {
      return new Stats(binding.fsAsync.lstat(path));
    } catch (error) {
      if (options?.throwIfNoEntry === false && error.code === 'ENOENT') return undefined;
      throw error;
    }
  },

  readdirSync(path, options) {
    path = validatePath(path);
    if (options?.recursive) return readdirRecursive(path, options);
    const [names, types] = nativeFs.readdir(path);
    if (options?.withFileTypes) return names.map((name, i) => new Dirent(name, types[i], path));
    return names;
  },

  mkdirSync(path, options) {
    path = validatePath(path);
    const recursive = typeof options === 'object' && options !== null && options.recursive;
    const mode = typeof options === 'number' ? options : options?.mode;
    if (!recursive) {
      nativeFs.mkdir(path, mode);
      return undefined;
    }
    const absolute = internals.path.resolve(path);
    let first;
    const missing = [];
    for (let dir = absolute; nativeFs.statKind(dir) < 0; dir = internals.path.dirname(dir)) {
      missing.unshift(dir);
      if (dir === '/') break;
    }
    for (const dir of missing) {
      nativeFs.mkdir(dir, mode);
      first ??= dir;
    }
    return first;
  },

  unlinkSync(path) {
    nativeFs.unlink(validatePath(path));
  },

  rmdirSync(path, options) {
    path = validatePath(path);
    // Node still honours the deprecated {recursive: true} (DEP0147): a
    // directory is removed with what is in it, as fs.rmSync would.
    if (options?.recursive && fs.lstatSync(path).isDirectory()) {
      warnRecursiveRmdir();
      fs.rmSync(path, {recursive: true});
      return;
    }
    nativeFs.rmdir(path);
  },

  realpathSync(path) {
    return nativeFs.realpath(validatePath(path));
  },

  Stats,
  Dirent,
};
fs.realpathSync.native = fs.realpathSync;

internals.fs = fs;
