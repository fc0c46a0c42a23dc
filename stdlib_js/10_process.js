// The `process` object. Everything that differs between processes (argv,
// pid, env values, whether stdout is a terminal) is read at run time, never
// while the snapshot is built; see startProcess in 90_bootstrap.js.
//
// Every process runs this file's functions, so they are compiled while
// the snapshot is built (snapshot_builder.cc, kEagerDirective):
// thaw:compile-eagerly
'use strict';

const nativeProcess = binding.process;
const nativeIo = binding.io;
const nativeLoop = binding.loop;
const {EventEmitter} = internals;

class Process extends EventEmitter {
  get [Symbol.toStringTag]() {
    return 'process';
  }
}

const process = new Process();
let exitCode;

// Node 20's rule: an integer, or a string holding one.
function validateExitCode(code) {
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'string' && /^-?\d+$/.test(code.trim())) return code;
  if (typeof code !== 'number') throw internals.invalidArgType('code', 'number', code);
  if (!Number.isInteger(code)) throw internals.outOfRange('code', 'an integer', code);
  return code;
}

function exitCodeValue() {
  return Number(exitCode ?? 0) | 0;
}

Object.defineProperties(process, {
  exitCode: {
    get() { return exitCode; },
    set(code) { exitCode = validateExitCode(code); },
    enumerable: true, configurable: false,
  },
});

process.title = 'thaw';
// thaw runs the V8 of Node 18.20.4; packages that check process.version for
// Node features see what that V8 can do.
process.version = 'v18.20.4';
process.versions = Object.freeze({
  node: '18.20.4',
  v8: binding.thaw.v8Version(),
  thaw: binding.thaw.version(),
});
process.arch = 'x64';
process.platform = 'linux';
process.release = Object.freeze({name: 'thaw'});
process.execArgv = [];
process.argv = [];
process.argv0 = '';
process.execPath = '';
process.pid = 0;
process.ppid = 0;
process.features = Object.freeze({inspector: false, ipv6: true, tls: false});

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!internals.exiting) {
    internals.exiting = true;
    process._exiting = true;
    process.emit('exit', exitCodeValue());
  }
  nativeProcess.reallyExit(exitCodeValue());
};

process.reallyExit = function reallyExit(code) {
  nativeProcess.reallyExit(Number(code ?? 0) | 0);
};

process.cwd = function cwd() {
  return nativeProcess.cwd();
};

process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') {
    throw internals.invalidArgType('directory', 'string', directory);
  }
  nativeProcess.chdir(directory);
};

function hrtime(previous) {
  const now = nativeProcess.hrtimeNanoseconds();
  let seconds = Number(now / 1000000000n);
  let nanoseconds = Number(now % 1000000000n);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) {
      throw internals.invalidArgType('time', 'an instance of Array', previous);
    }
    seconds -= previous[0];
    nanoseconds -= previous[1];
    if (nanoseconds < 0) {
      seconds--;
      nanoseconds += 1e9;
    }
  }
  return [seconds, nanoseconds];
}
hrtime.bigint = function bigint() {
  return nativeProcess.hrtimeNanoseconds();
};
process.hrtime = hrtime;

process.uptime = function uptime() {
  return nativeProcess.uptimeSeconds();
};

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = nativeProcess.memoryUsage();
  return {rss, heapTotal, heapUsed, external, arrayBuffers};
}
memoryUsage.rss = function rss() {
  return nativeProcess.memoryUsage()[0];
};
process.memoryUsage = memoryUsage;

process.nextTick = internals.nextTick;

// The environment as KEY=VALUE strings, for handing to a child process.
// Read natively, not through process.env: passing the environment on is not
// the app reading it, so a build that runs a command (to embed `git
// rev-parse HEAD`, say) gets no snapshot-hazard warning for every variable.
internals.environmentPairs = function environmentPairs() {
  const pairs = [];
  for (const key of nativeProcess.envKeys()) {
    const value = nativeProcess.getEnv(key);
    if (value !== undefined) pairs.push(`${key}=${value}`);
  }
  return pairs;
};

// process.env: a live view of the environment. Like Node, values are
// converted to strings on assignment and deleting works.
process.env = new Proxy(Object.create(null), {
  get(target, name) {
    if (typeof name !== 'string') return undefined;
    internals.noteSnapshotHazard?.(`process.env.${name}`);
    return nativeProcess.getEnv(name);
  },
  set(target, name, value) {
    if (typeof name !== 'string') return false;
    if (typeof value === 'symbol') {
      throw new TypeError('Cannot convert a Symbol value to a string');
    }
    nativeProcess.setEnv(name, String(value));
    return true;
  },
  deleteProperty(target, name) {
    if (typeof name === 'string') nativeProcess.unsetEnv(name);
    return true;
  },
  has(target, name) {
    if (typeof name !== 'string') return false;
    internals.noteSnapshotHazard?.(`process.env.${name}`);
    return nativeProcess.getEnv(name) !== undefined;
  },
  ownKeys() {
    internals.noteSnapshotHazard?.('process.env');
    return nativeProcess.envKeys();
  },
  getOwnPropertyDescriptor(target, name) {
    const value = typeof name === 'string' ? nativeProcess.getEnv(name) : undefined;
    if (value === undefined) return undefined;
    return {value, writable: true, enumerable: true, configurable: true};
  },
  defineProperty(target, name, descriptor) {
    if (typeof name !== 'string' || !('value' in descriptor)) return false;
    nativeProcess.setEnv(name, String(descriptor.value));
    return true;
  },
});

let warnedOnce = false;
process.emitWarning = function emitWarning(warning, type, code) {
  if (type !== null && typeof type === 'object') {
    ({type, code} = type);
  }
  const error = typeof warning === 'string' ? new Error(warning) : warning;
  error.name = typeof type === 'string' ? type : (error.name === 'Error' ? 'Warning' : error.name);
  if (code !== undefined) error.code = code;
  internals.nextTick(() => {
    if (process.emit('warning', error)) return;
    let text = `(thaw:${process.pid}) ${code ? `[${code}] ` : ''}${error.name}: ${error.message}\n`;
    if (!warnedOnce) {
      warnedOnce = true;
      text += '(Use `thaw --trace-warnings ...` to show where the warning was created)\n';
    }
    nativeIo.write(2, text);
  });
};
internals.emitWarning = (message, type) => process.emitWarning(message, type);

// Writing to stdout or stderr is synchronous, as in Node for files and pipes
// on Linux, so nothing written is lost when the process exits. When the
// reader has gone (EPIPE), the process ends quietly with its exit code.
function writeOrExit(fd, data) {
  if (!nativeIo.write(fd, data)) nativeProcess.reallyExit(exitCodeValue());
}
internals.writeOrExit = writeOrExit;

class WriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._isStdio = true;
    this.writable = true;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') callback = encoding;
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      throw internals.invalidArgType(
          'chunk', 'string or an instance of Buffer or Uint8Array', chunk);
    }
    writeOrExit(this.fd, chunk);
    if (typeof callback === 'function') internals.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') callback = chunk;
    else if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') internals.nextTick(callback);
    return this;
  }

  getColorDepth() {
    return this.isTTY ? 8 : 1;
  }

  hasColors(count = 16) {
    return this.isTTY === true && count <= 256;
  }
}

process.stdout = new WriteStream(1);
process.stderr = new WriteStream(2);

// Gives a WriteStream its per-process terminal properties. Like Node, isTTY
// exists only on terminals.
internals.setUpWriteStream = function setUpWriteStream(stream) {
  if (!nativeIo.isatty(stream.fd)) return;
  stream.isTTY = true;
  Object.defineProperties(stream, {
    columns: {get() { return nativeIo.terminalSize(stream.fd)?.[0]; }, configurable: true},
    rows: {get() { return nativeIo.terminalSize(stream.fd)?.[1]; }, configurable: true},
  });
};

// process.stdin: text chunks, as 'data' events or by async iteration. Chunks
// are strings (complete UTF-8 characters) until thaw has Buffer.
class ReadStream extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this.readable = true;
    this.readableEnded = false;
    this.readableFlowing = null;
    this._reading = false;
  }

  on(type, listener) {
    super.on(type, listener);
    if (type === 'data' && this.readableFlowing !== false) this.resume();
    return this;
  }

  resume() {
    this.readableFlowing = true;
    if (!this.readableEnded && !this._reading) {
      this._reading = true;
      nativeLoop.startStdin();
    }
    return this;
  }

  pause() {
    this.readableFlowing = false;
    if (this._reading) {
      this._reading = false;
      nativeLoop.stopStdin();
    }
    return this;
  }

  setEncoding() {
    return this;
  }

  [Symbol.asyncIterator]() {
    const chunks = [];
    const waiting = [];
    let ended = false;
    let failure = null;
    const settle = () => {
      while (waiting.length > 0 && (chunks.length > 0 || ended || failure)) {
        const {resolve, reject} = waiting.shift();
        if (chunks.length > 0) resolve({value: chunks.shift(), done: false});
        else if (failure) reject(failure);
        else resolve({value: undefined, done: true});
      }
    };
    const onData = (chunk) => { chunks.push(chunk); settle(); };
    const onEnd = () => { ended = true; settle(); };
    const onError = (error) => { failure = error; settle(); };
    this.on('data', onData);
    this.once('end', onEnd);
    this.once('error', onError);
    if (this.readableEnded) ended = true;
    const stream = this;
    return {
      next() {
        return new Promise((resolve, reject) => {
          waiting.push({resolve, reject});
          settle();
        });
      },
      return() {
        stream.removeListener('data', onData);
        stream.pause();
        return Promise.resolve({value: undefined, done: true});
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

process.stdin = new ReadStream();

// Called by the event loop for each chunk of stdin: (text, undefined), then
// ('', null) at the end, or (undefined, message) on an error.
internals.onStdinData = function onStdinData(chunk, error) {
  const stdin = process.stdin;
  if (typeof error === 'string') {
    stdin._reading = false;
    stdin.emit('error', new Error(`read failed: ${error}`));
    return;
  }
  if (chunk.length > 0) stdin.emit('data', chunk);
  if (error === null) {
    stdin._reading = false;
    stdin.readableEnded = true;
    stdin.readable = false;
    stdin.emit('end');
    stdin.emit('close');
  }
};

function noop() {}

internals.emitUncaughtException = function emitUncaughtException(error, fromPromise) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', error, origin);
  if (process.listenerCount('uncaughtException') === 0) return false;
  process.emit('uncaughtException', error, origin);
  // The throw cut short the callback (and its tick processing); like Node,
  // make sure the loop comes round once more so that the ticks and
  // microtasks left behind run.
  setImmediate(noop);
  return true;
};

// Set once the event loop has run dry (the only time 'beforeExit' comes).
let loopRanDry = false;

internals.emitBeforeExit = function emitBeforeExit() {
  loopRanDry = true;
  process.emit('beforeExit', exitCodeValue());
  internals.processTicksAndRejections();
};

// `fromCrash`: an uncaught exception ends the process, and Node then reports
// exit code 1 whatever process.exitCode said.
internals.emitExit = function emitExit(code, fromCrash) {
  if (internals.exiting) return;
  internals.exiting = true;
  process._exiting = true;
  if (fromCrash || (exitCode === undefined && code !== 0)) exitCode = code;
  process.emit('exit', exitCodeValue());
  // A main ES module still waiting on a top-level await when the loop ran
  // dry can never finish; Node then exits with 13 (after 'exit' saw 0).
  if (loopRanDry && !fromCrash && exitCode === undefined &&
      internals.unsettledTopLevelAwait?.()) {
    exitCode = 13;
  }
};

internals.exitCode = exitCodeValue;

Object.defineProperty(globalThis, 'process', {
  value: process, writable: true, configurable: true, enumerable: false,
});

// Node's name for the global object. Much CommonJS code on npm
// (queue-microtask, @iarna/toml, browserify-era shims) reads `global`
// rather than `globalThis`; Node defines it as a plain data property.
Object.defineProperty(globalThis, 'global', {
  value: globalThis, writable: true, configurable: true, enumerable: true,
});
