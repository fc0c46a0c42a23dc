// node:child_process, the synchronous part: spawnSync, execSync and
// execFileSync, on child_process.spawnSync in
// bindings/child_process_module.cc (posix_spawn, pipes, a poll loop; the
// event loop is not involved). The asynchronous API (spawn, exec, execFile,
// fork) is not implemented yet: calling it throws ERR_NOT_IMPLEMENTED-style
// errors that say so.
'use strict';

(function defineChildProcess() {
  const nativeChildProcess = binding.child_process;
  const kPipe = -1;
  const kIgnore = -2;
  const kInherit = -3;

  function withCode(error, code) {
    Object.defineProperty(error, 'code', {
      value: code, writable: true, enumerable: true, configurable: true,
    });
    return error;
  }

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
    const env = options.env || process.env;
    const envPairs = [];
    for (const key of Object.keys(env)) {
      const value = env[key];
      if (value !== undefined) envPairs.push(`${key}=${value}`);
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

  function notImplemented(name) {
    return function notYet() {
      throw withCode(new Error(
          `child_process.${name}() is not implemented in thaw yet; use spawnSync, execSync or execFileSync`),
      'ERR_NOT_IMPLEMENTED');
    };
  }

  const childProcess = {
    spawnSync,
    execSync,
    execFileSync,
    spawn: notImplemented('spawn'),
    exec: notImplemented('exec'),
    execFile: notImplemented('execFile'),
    fork: notImplemented('fork'),
  };
  internals.defineBuiltin('child_process', () => childProcess);
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['child_process']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
