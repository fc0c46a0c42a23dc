// node:child_process. The synchronous part (spawnSync, execSync,
// execFileSync) runs on child_process.spawnSync in
// bindings/child_process_module.cc (posix_spawn, pipes, a poll loop; the
// event loop is not involved). The asynchronous part (spawn, exec, execFile)
// runs on child_process.spawn (uv_spawn and libuv pipes on the event loop).
// fork() is not implemented: it throws ERR_NOT_IMPLEMENTED.
'use strict';

(function defineChildProcess() {
  const nativeChildProcess = binding.child_process;
  const kPipe = -1;
  const kIgnore = -2;
  const kInherit = -3;

  const withCode = internals.withCode;

  // Bytes as a Buffer when thaw has one, else as the Uint8Array.
  function toBuffer(bytes) {
    const {Buffer} = globalThis;
    if (typeof Buffer === 'function' && typeof Buffer.from === 'function') {
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    return bytes;
  }

  function decode(bytes, encoding) {
    const {Buffer} = globalThis;
    if (typeof Buffer === 'function' && typeof Buffer.from === 'function') {
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(encoding);
    }
    const name = String(encoding).toLowerCase();
    if (name === 'latin1' || name === 'binary') {
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return text;
    }
    return new TextDecoder().decode(bytes);
  }

  function errnoName(positive) {
    for (const [name, value] of Object.entries(internals.errnoNumbers)) {
      if (value === positive) return name;
    }
    return `Unknown system error ${-positive}`;
  }

  function errnoException(positive, syscall) {
    const code = errnoName(positive);
    const error = new Error(`${syscall} ${code}`);
    error.errno = -positive;
    error.code = code;
    error.syscall = syscall;
    return error;
  }

  function stdioMode(value, index) {
    if (value === undefined || value === null || value === 'pipe' || value === 'overlapped') {
      return kPipe;
    }
    if (value === 'ignore') return kIgnore;
    if (value === 'inherit') return kInherit;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
      return value === index ? kInherit : value;
    }
    if (value === process.stdin && index === 0) return kInherit;
    if (value === process.stdout || value === process.stderr) return value.fd ?? kInherit;
    const error = new TypeError(`The argument 'stdio' is invalid. Received ${internals.inspect(value)}`);
    throw withCode(error, 'ERR_INVALID_ARG_VALUE');
  }

  function normalizeStdio(stdio) {
    if (stdio === undefined) return [kPipe, kPipe, kPipe];
    if (typeof stdio === 'string') {
      const mode = stdioMode(stdio, 0);
      return mode === kInherit || mode === kIgnore || mode === kPipe ? [mode, mode, mode] :
          [mode, mode, mode];
    }
    if (!Array.isArray(stdio)) {
      throw withCode(new TypeError(
          `The argument 'stdio' is invalid. Received ${internals.inspect(stdio)}`),
      'ERR_INVALID_ARG_VALUE');
    }
    return [0, 1, 2].map((index) => stdioMode(stdio[index], index));
  }

  // Node says "property" for a name with a dot in it.
  function invalidArgType(name, type, value) {
    const error = internals.invalidArgType(name, type, value);
    if (name.includes('.')) error.message = error.message.replace('" argument', '" property');
    return error;
  }

  function validateString(value, name) {
    if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
  }

  // Node's normalizeSpawnArguments, for the synchronous functions.
  function normalizeSpawnArguments(file, args, options) {
    validateString(file, 'file');
    if (file.length === 0) {
      throw withCode(new TypeError("The argument 'file' cannot be empty. Received ''"),
                     'ERR_INVALID_ARG_VALUE');
    }
    if (Array.isArray(args)) {
      args = args.slice();
    } else if (args === undefined || args === null) {
      args = [];
    } else if (typeof args !== 'object') {
      throw internals.invalidArgType('args', 'object', args);
    } else {
      options = args;
      args = [];
    }
    if (options === undefined) options = {};
    else if (options === null || typeof options !== 'object') {
      throw internals.invalidArgType('options', 'object', options);
    }
    let cwd = options.cwd;
    if (cwd !== undefined && cwd !== null) {
      if (cwd instanceof URL) cwd = internals.fileURLToPath(cwd);
      if (typeof cwd !== 'string') {
        throw invalidArgType('options.cwd', 'string or an instance of Buffer or URL', cwd);
      }
    } else {
      cwd = undefined;
    }
    if (options.shell !== undefined && options.shell !== null &&
        typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
      throw invalidArgType('options.shell', 'boolean or string', options.shell);
    }
    if (options.argv0 !== undefined) validateString(options.argv0, 'options.argv0');
    for (const arg of args) {
      if (typeof arg !== 'string') throw internals.invalidArgType('args', 'string', arg);
    }
    if (options.shell) {
      const command = args.length === 0 ? file : [file, ...args].join(' ');
      file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
      args = ['-c', command];
    }
    let envPairs;
    if (options.env) {
      envPairs = [];
      for (const key of Object.keys(options.env)) {
        const value = options.env[key];
        if (value !== undefined) envPairs.push(`${key}=${value}`);
      }
    } else {
      envPairs = internals.environmentPairs();
    }
    return {
      file,
      args: [typeof options.argv0 === 'string' ? options.argv0 : file, ...args],
      envPairs,
      cwd,
      options,
    };
  }

  function inputBytes(input) {
    if (input === undefined || input === null) return undefined;
    if (typeof input === 'string') return new TextEncoder().encode(input);
    if (ArrayBuffer.isView(input)) {
      return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    }
    throw invalidArgType('options.stdio[0]',
                                   'an instance of Buffer, TypedArray, or DataView', input);
  }

  function signalNumber(signal) {
    if (signal === undefined) return internals.signalNumbers.SIGTERM;
    if (typeof signal === 'number') return signal;
    const number = internals.signalNumbers[signal];
    if (number === undefined) {
      throw withCode(new TypeError(`Unknown signal: ${signal}`), 'ERR_UNKNOWN_SIGNAL');
    }
    return number;
  }

  function runSync(normalized) {
    const {options} = normalized;
    const timeout = options.timeout;
    if (timeout !== undefined && timeout !== null &&
        (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 0)) {
      throw internals.outOfRange('timeout', 'an unsigned integer', timeout);
    }
    const maxBuffer = options.maxBuffer ?? 1024 * 1024;
    if (typeof maxBuffer !== 'number' || Number.isNaN(maxBuffer) || maxBuffer < 0) {
      throw internals.outOfRange('options.maxBuffer', 'a positive number', maxBuffer);
    }
    const stdio = normalizeStdio(options.stdio);
    const input = inputBytes(options.input);
    const [pid, status, signal, stdout, stderr, errorNumber] = nativeChildProcess.spawnSync(
        normalized.file, normalized.args, normalized.envPairs, normalized.cwd, stdio,
        input, timeout ?? 0, maxBuffer === Infinity ? Number.MAX_SAFE_INTEGER : maxBuffer,
        signalNumber(options.killSignal));
    const encoding = options.encoding;
    const convert = (bytes) => {
      if (bytes === null) return null;
      return encoding && encoding !== 'buffer' ? decode(bytes, encoding) : toBuffer(bytes);
    };
    const started = pid !== 0;
    const result = {};
    if (errorNumber !== 0) result.error = errorNumber;
    result.status = status;
    result.signal = signal === null ? null : internals.signalName(signal);
    result.output = started ? [null, convert(stdout), convert(stderr)] : null;
    result.pid = pid;
    result.stdout = result.output && result.output[1];
    result.stderr = result.output && result.output[2];
    if (result.error) {
      result.error = errnoException(errorNumber, `spawnSync ${normalized.file}`);
      result.error.path = normalized.file;
      result.error.spawnargs = normalized.args.slice(1);
    }
    return result;
  }

  function spawnSync(file, args, options) {
    const normalized = normalizeSpawnArguments(file, args, options);
    return runSync(normalized);
  }

  function checkExecSyncError(ret, args, command) {
    let error;
    if (ret.error) {
      error = ret.error;
      Object.assign(error, ret);
    } else if (ret.status !== 0) {
      let message = 'Command failed: ';
      message += command || args.join(' ');
      if (ret.stderr && ret.stderr.length > 0) message += `\n${String(
          typeof ret.stderr === 'string' ? ret.stderr : decode(ret.stderr, 'utf8'))}`;
      error = new Error(message);
      Object.assign(error, ret);
    }
    return error;
  }

  function writeStderr(stderr) {
    if (stderr && stderr.length > 0) process.stderr.write(
        typeof stderr === 'string' ? stderr : decode(stderr, 'utf8'));
  }

  function execSync(command, options) {
    validateString(command, 'command');
    options = {...options};
    options.shell = typeof options.shell === 'string' ? options.shell : true;
    const inheritStderr = !options.stdio;
    const ret = spawnSync(command, [], options);
    if (inheritStderr && ret.stderr) writeStderr(ret.stderr);
    const error = checkExecSyncError(ret, undefined, command);
    if (error) throw error;
    return ret.stdout;
  }

  function execFileSync(file, args, options) {
    const normalized = normalizeSpawnArguments(file, args, options);
    const inheritStderr = !normalized.options.stdio;
    const ret = runSync(normalized);
    if (inheritStderr && ret.stderr) writeStderr(ret.stderr);
    const error = checkExecSyncError(ret, normalized.args, undefined);
    if (error) throw error;
    return ret.stdout;
  }

  // ---- The asynchronous API: spawn, exec, execFile ----
  // A child runs on the event loop (child_process.spawn in
  // bindings/child_process_module.cc); its native side reports through
  // onEvent(kind, fd, value, extra), with these kinds:
  const kData = 0;
  const kEnd = 1;
  const kWritten = 2;
  const kInputClosed = 3;
  const kExit = 4;

  const {EventEmitter} = internals;

  function bufferOf(bytes) {
    return internals.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  // A child's stdout or stderr: a stream.Readable fed by the native side,
  // which reads the pipe from the start; chunks wait in the stream's buffer
  // until it flows.
  class ChildReadable extends internals.stream.Readable {
    constructor(child, fd) {
      super();
      this._child = child;
      this._fd = fd;
    }

    _read() {}

    _push(bytes) {
      if (!this.destroyed) this.push(bufferOf(bytes));
    }

    _end() {
      if (!this.destroyed && !this.readableEnded) this.push(null);
    }

    _destroy(error, callback) {
      if (this._child._id !== 0 && !this.readableEnded) {
        nativeChildProcess.closePipe(this._child._id, this._fd);
      }
      callback(error);
    }
  }

  // A child's stdin: a stream.Writable whose writes go to the native side;
  // each write's callback runs when the child has taken the bytes, and
  // 'finish' comes when the pipe is closed after end().
  class ChildWritable extends internals.stream.Writable {
    constructor(child) {
      super({decodeStrings: false});
      this._child = child;
      this._callbacks = [];
      this._finalCallback = null;
    }

    _write(chunk, encoding, callback) {
      const bytes = typeof chunk === 'string' ?
        internals.Buffer.from(chunk, encoding || 'utf8') :
        new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const status = nativeChildProcess.write(this._child._id, bytes);
      if (status < 0) {
        callback(errnoException(-status, 'write'));
        return;
      }
      this._callbacks.push(callback);
    }

    _final(callback) {
      this._finalCallback = callback;
      nativeChildProcess.endInput(this._child._id);
    }

    _destroy(error, callback) {
      if (this._child._id !== 0 && this._finalCallback === null) {
        nativeChildProcess.endInput(this._child._id);
      }
      callback(error);
    }

    _written(status) {
      const callback = this._callbacks.shift();
      if (typeof callback !== 'function') return;
      // Writes cut short because the child exited are dropped silently.
      if (status === 0 || status === -internals.errnoNumbers.ECANCELED) {
        callback(null);
        return;
      }
      callback(errnoException(-status, 'write'));
    }

    _closed() {
      if (this._finalCallback !== null) {
        const callback = this._finalCallback;
        this._finalCallback = () => {};
        callback(null);
      } else if (!this.destroyed) {
        this.destroy();
      }
    }
  }

  class ChildProcess extends EventEmitter {
    constructor() {
      super();
      this._id = 0;
      this._closesNeeded = 1;
      this._stdinClosedBeforeExit = false;
      this._closesGot = 0;
      this._exited = false;
      this.connected = false;
      this.signalCode = null;
      this.exitCode = null;
      this.killed = false;
      this.spawnfile = null;
      this.spawnargs = [];
      this.pid = undefined;
      this.stdin = null;
      this.stdout = null;
      this.stderr = null;
      this.stdio = [null, null, null];
    }

    kill(signal) {
      const number = signal === 0 ? 0 : signalNumber(signal);
      if (this._id === 0 || this._exited) return false;
      const status = nativeChildProcess.kill(this._id, number);
      if (status === 0) {
        this.killed = true;
        return true;
      }
      if (status !== -internals.errnoNumbers.ESRCH) {
        this.emit('error', errnoException(-status, 'kill'));
      }
      return false;
    }

    ref() {
      if (this._id !== 0) nativeChildProcess.setRef(this._id, true);
    }

    unref() {
      if (this._id !== 0) nativeChildProcess.setRef(this._id, false);
    }

    _maybeClose() {
      this._closesGot++;
      if (this._closesGot === this._closesNeeded) {
        this.emit('close', this.exitCode, this.signalCode);
      }
    }

    // Streams nobody reads are drained, as Node does at exit, so that
    // 'close' comes.
    _flushStdio() {
      for (const stream of [this.stdout, this.stderr]) {
        if (stream && stream.readableFlowing === null) stream.resume();
      }
    }

    _onEvent(kind, fd, value, extra) {
      if (kind === kData) {
        this.stdio[fd]._push(value);
      } else if (kind === kEnd) {
        this.stdio[fd]._end(value);
      } else if (kind === kWritten) {
        if (this.stdin) this.stdin._written(value);
      } else if (kind === kInputClosed) {
        // A stdin the child closed by exiting is destroyed after 'exit', as
        // in Node (execa, for one, relies on that order); one closed after
        // end() finishes at once.
        if (this.stdin && (this._exited || this.stdin._finalCallback !== null)) {
          this.stdin._closed();
        } else {
          this._stdinClosedBeforeExit = true;
        }
      } else if (kind === kExit) {
        this._exited = true;
        this.exitCode = value;
        this.signalCode = extra === null ? null : internals.signalName(extra);
        this._flushStdio();
        this.emit('exit', this.exitCode, this.signalCode);
        if (this._stdinClosedBeforeExit) {
          this._stdinClosedBeforeExit = false;
          this.stdin?._closed();
        }
        this._maybeClose();
      }
    }
  }

  function validateStdioForSpawn(stdio) {
    return normalizeStdio(stdio);
  }

  function spawn(file, args, options) {
    const normalized = normalizeSpawnArguments(file, args, options);
    const opts = normalized.options;
    const stdio = validateStdioForSpawn(opts.stdio);
    const child = new ChildProcess();
    child.spawnfile = normalized.file;
    child.spawnargs = normalized.args;
    for (let fd = 0; fd < 3; fd++) {
      if (stdio[fd] !== kPipe) continue;
      const stream = fd === 0 ? new ChildWritable(child) : new ChildReadable(child, fd);
      child.stdio[fd] = stream;
      if (fd > 0) {
        child._closesNeeded++;
        stream.once('close', () => child._maybeClose());
      }
    }
    [child.stdin, child.stdout, child.stderr] = child.stdio;
    const [status, pid, id] = nativeChildProcess.spawn(
        normalized.file, normalized.args, normalized.envPairs, normalized.cwd, stdio,
        (kind, fd, value, extra) => child._onEvent(kind, fd, value, extra),
        Boolean(opts.detached));
    if (status !== 0) {
      internals.nextTick(() => {
        const error = errnoException(-status, `spawn ${normalized.file}`);
        error.path = normalized.file;
        error.spawnargs = normalized.args.slice(1);
        child.exitCode = status;
        child._exited = true;
        child.emit('error', error);
        // The stdio streams end, and 'close' comes, a turn of the loop later.
        setImmediate(() => {
          if (child.stdin) child.stdin._closed();
          for (const stream of [child.stdout, child.stderr]) {
            if (stream && !stream.destroyed) stream.destroy();
          }
          child._maybeClose();
        });
      });
      return child;
    }
    child._id = id;
    child.pid = pid;
    internals.nextTick(() => child.emit('spawn'));
    return child;
  }

  function execFile(file, args, options, callback) {
    if (typeof args === 'function') {
      callback = args;
      args = undefined;
      options = undefined;
    } else if (args !== null && args !== undefined && !Array.isArray(args)) {
      callback = options;
      options = args;
      args = undefined;
    }
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (callback !== undefined && typeof callback !== 'function') {
      throw internals.invalidArgType('callback', 'function', callback);
    }
    options = {
      encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM',
      ...options,
    };
    const timeout = options.timeout;
    if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 0) {
      throw internals.outOfRange('timeout', 'an unsigned integer', timeout);
    }
    const maxBuffer = options.maxBuffer;
    if (typeof maxBuffer !== 'number' || Number.isNaN(maxBuffer) || maxBuffer < 0) {
      throw internals.outOfRange('options.maxBuffer', 'a positive number', maxBuffer);
    }
    const argList = Array.isArray(args) ? args : [];
    const child = spawn(file, argList, {...options, stdio: 'pipe'});
    const encoding = options.encoding && options.encoding !== 'buffer' &&
        internals.Buffer.isEncoding(options.encoding) ? options.encoding : null;
    const output = {stdout: [], stderr: []};
    const lengths = {stdout: 0, stderr: 0};
    let killed = false;
    let extraError = null;
    let finished = false;
    let timer = null;
    const cmd = [file, ...argList].join(' ');

    const collected = (name) => {
      const buffer = internals.Buffer.concat(output[name]);
      return encoding ? buffer.toString(encoding) : buffer;
    };
    const finish = (code, signal, spawnError) => {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      if (!callback) return;
      const stdout = collected('stdout');
      const stderr = collected('stderr');
      if (!spawnError && !extraError && code === 0 && signal === null) {
        callback(null, stdout, stderr);
        return;
      }
      let error = spawnError || extraError;
      if (!error) {
        error = new Error(`Command failed: ${cmd}\n${stderr}`);
        error.code = code < 0 ? errnoName(-code) : code;
        error.killed = child.killed || killed;
        error.signal = signal;
      }
      error.cmd = cmd;
      callback(error, stdout, stderr);
    };
    // As in Node, output stops with the kill: a grandchild that keeps the
    // pipes open must not hold the callback back.
    const kill = () => {
      killed = true;
      child.stdout.destroy();
      child.stderr.destroy();
      try {
        child.kill(options.killSignal);
      } catch (error) {
        extraError = error;
        finish(null, null);
      }
    };
    for (const name of ['stdout', 'stderr']) {
      child[name].on('data', (chunk) => {
        lengths[name] += chunk.length;
        if (lengths[name] > maxBuffer) {
          const keep = chunk.length - (lengths[name] - maxBuffer);
          output[name].push(chunk.subarray(0, Math.max(0, keep)));
          if (!extraError) {
            extraError = withCode(new RangeError(`${name} maxBuffer length exceeded`),
                                  'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
          }
          kill();
        } else {
          output[name].push(chunk);
        }
      });
    }
    if (timeout > 0) {
      timer = setTimeout(() => {
        timer = null;
        kill();
      }, timeout);
    }
    child.once('error', (error) => {
      // A spawn failure: Node gives the callback the error itself.
      if (child.pid === undefined) finish(null, null, error);
      else if (!extraError) extraError = error;
    });
    child.on('close', (code, signal) => finish(code, signal));
    return child;
  }

  function exec(command, options, callback) {
    validateString(command, 'command');
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    options = {...options};
    options.shell = typeof options.shell === 'string' ? options.shell : true;
    return execFile(command, [], options, callback);
  }

  // util.promisify(exec) and util.promisify(execFile) resolve to
  // {stdout, stderr}, as in Node.
  const customPromisify = Symbol.for('nodejs.util.promisify.custom');
  for (const original of [exec, execFile]) {
    Object.defineProperty(original, customPromisify, {
      configurable: true,
      value(...args) {
        let child;
        const promise = new Promise((resolve, reject) => {
          child = original(...args, (error, stdout, stderr) => {
            if (error) {
              error.stdout = stdout;
              error.stderr = stderr;
              reject(error);
            } else {
              resolve({stdout, stderr});
            }
          });
        });
        promise.child = child;
        return promise;
      },
    });
  }

  function notImplemented(name) {
    return function notYet() {
      throw withCode(new Error(
          `child_process.${name}() is not implemented in thaw yet; use spawn, exec or execFile`),
      'ERR_NOT_IMPLEMENTED');
    };
  }

  const childProcess = {
    spawnSync,
    execSync,
    execFileSync,
    spawn,
    exec,
    execFile,
    ChildProcess,
    fork: notImplemented('fork'),
  };
  internals.defineBuiltin('child_process', () => childProcess);
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['child_process']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
