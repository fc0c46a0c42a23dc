// node:readline and node:readline/promises: line-by-line reading from any
// emitter of 'data' (strings or bytes) and 'end' events, such as
// process.stdin or a child's stdout. Only non-terminal mode is implemented:
// no line editing, history or completion; `terminal: true` is remembered
// but behaves the same.
'use strict';

(function defineReadline() {
  const {EventEmitter} = internals;
  const kDefaultCrlfDelay = 100;

  const withCode = internals.withCode;

  function useAfterClose() {
    const error = withCode(new Error('readline was closed'), 'ERR_USE_AFTER_CLOSE');
    return error;
  }

  function abortError(signal) {
    const error = new Error('The operation was aborted');
    error.name = 'AbortError';
    withCode(error, 'ABORT_ERR');
    if (signal && signal.reason !== undefined) error.cause = signal.reason;
    return error;
  }

  class Interface extends EventEmitter {
    constructor(input, output, completer, terminal) {
      super();
      let options = input;
      if (!(input && typeof input === 'object' && typeof input.on !== 'function' &&
            'input' in input)) {
        options = {input, output, completer, terminal};
      }
      this.input = options.input;
      this.output = options.output;
      this.terminal = Boolean(options.terminal);
      this.line = '';
      const crlfDelay = Number(options.crlfDelay);
      this.crlfDelay = crlfDelay > kDefaultCrlfDelay ? crlfDelay : kDefaultCrlfDelay;
      this._prompt = options.prompt !== undefined ? String(options.prompt) : '> ';
      this._pending = '';
      this._lastReturnTime = 0;
      this._decoder = null;
      this._isPaused = false;
      this._isClosed = false;
      this._questionCallback = null;
      this._promptBeforeQuestion = null;

      const input_ = this.input;
      if (input_ && typeof input_.on === 'function') {
        this._onData = (chunk) => this._receive(chunk);
        this._onEnd = () => this._finish();
        input_.on('data', this._onData);
        input_.on('end', this._onEnd);
        if (typeof input_.resume === 'function') input_.resume();
      }
      if (options.signal) {
        const {signal} = options;
        if (signal.aborted) internals.nextTick(() => this.close());
        else signal.addEventListener('abort', () => this.close(), {once: true});
      }
    }

    getPrompt() {
      return this._prompt;
    }

    setPrompt(prompt) {
      this._prompt = String(prompt);
    }

    prompt() {
      if (this._isClosed) throw useAfterClose();
      if (this._isPaused) this.resume();
      this._writeOutput(this._prompt);
    }

    question(query, options, callback) {
      if (typeof options === 'function') {
        callback = options;
        options = undefined;
      }
      if (this._isClosed) throw useAfterClose();
      if (typeof callback !== 'function') return;
      const signal = options && options.signal;
      if (signal) {
        if (signal.aborted) return;
        const original = callback;
        const onAbort = () => {
          if (this._questionCallback === callback) {
            this._questionCallback = null;
            this.setPrompt(this._promptBeforeQuestion);
          }
        };
        signal.addEventListener('abort', onAbort, {once: true});
        callback = (answer) => {
          signal.removeEventListener('abort', onAbort);
          original(answer);
        };
      }
      if (this._questionCallback) {
        this.prompt();
        return;
      }
      this._promptBeforeQuestion = this._prompt;
      this.setPrompt(query);
      this._questionCallback = callback;
      this.prompt();
    }

    pause() {
      if (this._isPaused) return this;
      if (this.input && typeof this.input.pause === 'function') this.input.pause();
      this._isPaused = true;
      this.emit('pause');
      return this;
    }

    resume() {
      if (!this._isPaused) return this;
      if (this.input && typeof this.input.resume === 'function') this.input.resume();
      this._isPaused = false;
      this.emit('resume');
      return this;
    }

    // Without a terminal, text written here is handled as if it were input.
    write(data) {
      if (this._isClosed) return;
      if (this._isPaused) this.resume();
      this._receive(data);
    }

    close() {
      if (this._isClosed) return;
      this.pause();
      this._isClosed = true;
      if (this.input && typeof this.input.removeListener === 'function') {
        this.input.removeListener('data', this._onData);
        this.input.removeListener('end', this._onEnd);
      }
      this.emit('close');
    }

    getCursorPos() {
      return {rows: 0, cols: 0};
    }

    _writeOutput(text) {
      if (this.output !== null && this.output !== undefined &&
          typeof this.output.write === 'function') {
        this.output.write(text);
      }
    }

    _emitLine(line) {
      if (this._questionCallback) {
        const callback = this._questionCallback;
        this._questionCallback = null;
        this.setPrompt(this._promptBeforeQuestion);
        callback(line);
      } else {
        this.emit('line', line);
      }
    }

    _receive(chunk) {
      if (chunk === undefined || chunk === null) return;
      let text;
      if (typeof chunk === 'string') {
        text = chunk;
      } else {
        if (!this._decoder) {
          const {StringDecoder} = internals.stringDecoderModule;
          this._decoder = new StringDecoder('utf8');
        }
        text = this._decoder.write(ArrayBuffer.isView(chunk) && !internals.Buffer.isBuffer(chunk) ?
          internals.Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : chunk);
      }
      // A "\r" that ended the previous chunk already ended a line: a "\n"
      // right after it, soon enough, belongs to the same line ending.
      if (this._lastReturnTime !== 0) {
        if (text.startsWith('\n') && Date.now() - this._lastReturnTime <= this.crlfDelay) {
          text = text.slice(1);
        }
        this._lastReturnTime = 0;
      }
      if (text.length === 0) return;
      if (text.endsWith('\r')) this._lastReturnTime = Date.now();
      let start = 0;
      let buffered = this._pending;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code !== 10 && code !== 13) continue;
        const line = buffered + text.slice(start, i);
        buffered = '';
        if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
        this._pending = '';
        // As in Node, closing in a listener does not stop the lines
        // already received.
        this._emitLine(line);
      }
      this._pending = buffered + text.slice(start);
    }

    _finish() {
      if (this._decoder) {
        const rest = this._decoder.end();
        if (rest) this._pending += rest;
      }
      if (this._pending.length > 0) {
        const line = this._pending;
        this._pending = '';
        this._emitLine(line);
      }
      this.close();
    }

    [Symbol.asyncIterator]() {
      const lines = [];
      const waiting = [];
      let done = this._isClosed;
      const settle = () => {
        while (waiting.length > 0 && (lines.length > 0 || done)) {
          const resolve = waiting.shift();
          if (lines.length > 0) resolve({value: lines.shift(), done: false});
          else resolve({value: undefined, done: true});
        }
      };
      const onLine = (line) => {
        lines.push(line);
        settle();
      };
      const onClose = () => {
        done = true;
        this.removeListener('line', onLine);
        settle();
      };
      this.on('line', onLine);
      this.once('close', onClose);
      const rl = this;
      return {
        next() {
          return new Promise((resolve) => {
            waiting.push(resolve);
            settle();
          });
        },
        return() {
          rl.removeListener('line', onLine);
          done = true;
          rl.close();
          settle();
          return Promise.resolve({value: undefined, done: true});
        },
        [Symbol.asyncIterator]() { return this; },
      };
    }
  }

  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }

  // Cursor control: ANSI sequences written to `stream`; with no stream,
  // nothing is written and the result is true.
  function writeSequence(stream, sequence, callback) {
    if (stream === undefined || stream === null || sequence === '') {
      if (typeof callback === 'function') internals.nextTick(callback, null);
      return true;
    }
    return stream.write(sequence, callback);
  }

  function validateCallback(callback) {
    if (callback !== undefined && typeof callback !== 'function') {
      throw internals.invalidArgType('callback', 'function', callback);
    }
  }

  function cursorTo(stream, x, y, callback) {
    if (typeof y === 'function') {
      callback = y;
      y = undefined;
    }
    validateCallback(callback);
    if (Number.isNaN(x)) throw withCode(new TypeError('Invalid cursor position'), 'ERR_INVALID_CURSOR_POS');
    if (Number.isNaN(y)) throw withCode(new TypeError('Invalid cursor position'), 'ERR_INVALID_CURSOR_POS');
    if (typeof x !== 'number' && typeof y === 'number') {
      throw withCode(new TypeError('Cannot set cursor row without setting its column'),
                     'ERR_INVALID_CURSOR_POS');
    }
    if (typeof x !== 'number') return writeSequence(stream, '', callback);
    const sequence = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
    return writeSequence(stream, sequence, callback);
  }

  function moveCursor(stream, dx, dy, callback) {
    validateCallback(callback);
    let sequence = '';
    if (dx < 0) sequence += `\x1b[${-dx}D`;
    else if (dx > 0) sequence += `\x1b[${dx}C`;
    if (dy < 0) sequence += `\x1b[${-dy}A`;
    else if (dy > 0) sequence += `\x1b[${dy}B`;
    return writeSequence(stream, sequence, callback);
  }

  function clearLine(stream, dir, callback) {
    validateCallback(callback);
    const sequence = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
    return writeSequence(stream, sequence, callback);
  }

  function clearScreenDown(stream, callback) {
    validateCallback(callback);
    return writeSequence(stream, '\x1b[0J', callback);
  }

  function emitKeypressEvents() {}

  // readline/promises: question() returns a promise.
  class PromisesInterface extends Interface {
    question(query, options) {
      return new Promise((resolve, reject) => {
        if (this._isClosed) {
          reject(useAfterClose());
          return;
        }
        const signal = options && options.signal;
        if (signal && signal.aborted) {
          reject(abortError(signal));
          return;
        }
        if (signal) {
          signal.addEventListener('abort', () => reject(abortError(signal)), {once: true});
        }
        super.question(query, options, resolve);
      });
    }
  }

  // A cheap stand-in for Node's Readline class: cursor commands, queued
  // until commit().
  class Readline {
    constructor(stream) {
      this._stream = stream;
      this._queue = [];
    }

    cursorTo(x, y) {
      this._queue.push(() => cursorTo(this._stream, x, y));
      return this;
    }

    moveCursor(dx, dy) {
      this._queue.push(() => moveCursor(this._stream, dx, dy));
      return this;
    }

    clearLine(dir) {
      this._queue.push(() => clearLine(this._stream, dir));
      return this;
    }

    clearScreenDown() {
      this._queue.push(() => clearScreenDown(this._stream));
      return this;
    }

    commit() {
      const queue = this._queue;
      this._queue = [];
      for (const run of queue) run();
      return Promise.resolve();
    }

    rollback() {
      this._queue = [];
      return this;
    }
  }

  const promises = {
    Interface: PromisesInterface,
    Readline,
    createInterface(input, output, completer, terminal) {
      return new PromisesInterface(input, output, completer, terminal);
    },
  };

  const readline = {
    Interface,
    clearLine,
    clearScreenDown,
    createInterface,
    cursorTo,
    emitKeypressEvents,
    moveCursor,
    promises,
  };

  internals.defineBuiltin('readline', () => readline);
  internals.defineBuiltin('readline/promises', () => promises);
  for (const name of ['readline', 'readline/promises']) {
    if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
  }
})();
