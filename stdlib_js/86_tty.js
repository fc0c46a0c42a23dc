// node:tty, minimal: isatty(fd), and ReadStream/WriteStream objects that say
// they are terminals and report the window size (undefined off a terminal). They do not read, and
// WriteStream writes only to fds 1 and 2 (through the same native as
// process.stdout/stderr); raw mode is not supported.
'use strict';

(function defineTty() {
  const nativeIo = binding.io;
  const {EventEmitter} = internals;

  function isatty(fd) {
    return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && nativeIo.isatty(fd);
  }

  function checkFd(fd) {
    if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
      throw internals.outOfRange('fd', '>= 0 && <= 2147483647', fd);
    }
    // libuv's uv_tty_init accepts terminals, pipes and sockets, and
    // refuses files and anything it cannot identify.
    let type = 0;
    try {
      type = binding.fsAsync.stat(`/proc/self/fd/${fd}`)[1] & 0o170000;
    } catch {}
    if (!nativeIo.isatty(fd) && type !== 0o010000 && type !== 0o140000) {
      const error = new Error('TTY initialization failed: uv_tty_init returned EINVAL ' +
                              '(invalid argument)');
      error.name = 'SystemError';
      Object.defineProperty(error, 'code', {
        value: 'ERR_TTY_INIT_FAILED', writable: true, enumerable: false, configurable: true,
      });
      error.errno = -22;
      error.syscall = 'uv_tty_init';
      throw error;
    }
  }

  class ReadStream extends EventEmitter {
    constructor(fd) {
      super();
      checkFd(fd);
      this.fd = fd;
      this.isTTY = true;
      this.isRaw = false;
    }

    setRawMode() {
      throw new Error('tty.ReadStream.setRawMode is not supported by thaw yet');
    }
  }

  class WriteStream extends EventEmitter {
    constructor(fd) {
      super();
      checkFd(fd);
      this.fd = fd;
      this.isTTY = true;
      const size = nativeIo.terminalSize(fd);
      this.columns = size?.[0];
      this.rows = size?.[1];
    }

    getWindowSize() {
      const size = nativeIo.terminalSize(this.fd);
      return size ? [size[0], size[1]] : [this.columns, this.rows];
    }

    getColorDepth(env = process.env) {
      if (env.FORCE_COLOR === '0' || env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return 1;
      if (env.TERM === 'dumb') return 1;
      if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
      if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
      return 4;
    }

    hasColors(count = 16, env) {
      if (typeof count === 'object' && count !== null) {
        env = count;
        count = 16;
      }
      return count <= 2 ** this.getColorDepth(env);
    }

    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') callback = encoding;
      nativeIo.write(this.fd, typeof chunk === 'string' || ArrayBuffer.isView(chunk) ? chunk : String(chunk));
      if (typeof callback === 'function') process.nextTick(callback);
      return true;
    }
  }

  const tty = {isatty, ReadStream, WriteStream};
  internals.defineBuiltin('tty', () => tty);
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['tty']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
