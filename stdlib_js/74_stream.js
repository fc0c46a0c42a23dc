// node:stream: Readable, Writable, Duplex, Transform, PassThrough, pipeline
// and finished, with Node's event names and order for the common cases
// (flowing and paused modes, 'readable', backpressure through
// highWaterMark and 'drain', objectMode, async iteration), and
// fs.createReadStream/createWriteStream on the thread-pool natives.
'use strict';

const {EventEmitter} = internals;
// The defaults stream.setDefaultHighWaterMark changes, for byte streams and
// object-mode streams.
let defaultHighWaterMark = 16 * 1024;
let defaultObjectModeHighWaterMark = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjectModeHighWaterMark : defaultHighWaterMark;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number') throw internals.invalidArgType('value', 'number', value);
  if (!Number.isInteger(value)) throw internals.outOfRange('value', 'an integer', value);
  if (!(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) {
    throw internals.outOfRange('value', `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
  if (objectMode) defaultObjectModeHighWaterMark = value;
  else defaultHighWaterMark = value;
}

function codedError(Type, message, code) {
  const error = new Type(message);
  Object.defineProperty(error, 'code', {
    value: code, writable: true, enumerable: true, configurable: true,
  });
  return error;
}

function prematureClose() {
  return codedError(Error, 'Premature close', 'ERR_STREAM_PREMATURE_CLOSE');
}

function highWaterMarkOf(options, key, objectMode) {
  const value = options?.[key] ?? options?.highWaterMark;
  if (value === undefined || value === null) return getDefaultHighWaterMark(objectMode);
  if (!Number.isInteger(value) || value < 0) {
    throw codedError(TypeError,
        `The property 'options.${key}' is invalid. Received ${internals.inspect(value)}`,
        'ERR_INVALID_ARG_VALUE');
  }
  return value;
}

function chunkSize(objectMode, chunk) {
  return objectMode ? 1 : chunk.length;
}

// Shared destroy(): _destroy, then 'error' (once) and 'close' on a tick.
function destroyStream(stream, error, cb) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((r ?? w).destroyed) {
    if (typeof cb === 'function') process.nextTick(cb, error);
    return stream;
  }
  if (r) r.destroyed = true;
  if (w) w.destroyed = true;
  if (error) {
    if (r) r.errored ??= error;
    if (w) w.errored ??= error;
  }
  const emitClose = (r ?? w).emitClose;
  stream._destroy(error ?? null, (finalError) => {
    process.nextTick(() => {
      if (finalError && !(r ?? w).errorEmitted) {
        if (r) r.errorEmitted = true;
        if (w) w.errorEmitted = true;
        stream.emit('error', finalError);
      }
      if (r) r.closed = true;
      if (w) {
        w.closed = true;
        for (const each of w.onFinished.splice(0)) each(finalError ?? prematureClose());
      }
      if (emitClose) stream.emit('close');
      if (typeof cb === 'function') cb(finalError);
    });
  });
  return stream;
}

// ---------------------------------------------------------------- Readable

// The fields of a readable or writable state that the shared destroy()
// reads and writes.
function initDestroyState(state, options) {
  state.destroyed = false;
  state.closed = false;
  state.errored = null;
  state.errorEmitted = false;
  state.emitClose = options?.emitClose !== false;
  state.autoDestroy = options?.autoDestroy !== false;
}

class ReadableState {
  constructor(options, isDuplex) {
    this.objectMode = !!(options?.objectMode || (isDuplex && options?.readableObjectMode));
    this.highWaterMark = highWaterMarkOf(options, 'readableHighWaterMark', this.objectMode);
    this.buffer = [];
    this.length = 0;
    this.flowing = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.sync = false;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.readScheduled = false;
    initDestroyState(this, options);
    this.decoder = null;
    this.encoding = null;
    this.pipes = [];
    if (options?.encoding) {
      this.decoder = new internals.stringDecoderModule.StringDecoder(options.encoding);
      this.encoding = this.decoder.encoding;
    }
  }
}

class Readable extends EventEmitter {
  constructor(options) {
    super();
    this._readableState = new ReadableState(options, this instanceof Duplex);
    if (typeof options?.read === 'function') this._read = options.read;
    if (typeof options?.destroy === 'function') this._destroy = options.destroy;
    if (options?.signal) {
      const abort = () => this.destroy(options.signal.reason);
      if (options.signal.aborted) process.nextTick(abort);
      else options.signal.addEventListener('abort', abort, {once: true});
    }
  }

  static from(iterable, options) {
    return readableFrom(iterable, options);
  }

  _read() {
    throw codedError(Error, 'The _read() method is not implemented',
        'ERR_METHOD_NOT_IMPLEMENTED');
  }

  _destroy(error, cb) { cb(error); }

  destroy(error, cb) { return destroyStream(this, error, cb); }

  push(chunk, encoding) {
    return addChunk(this, chunk, encoding, false);
  }

  unshift(chunk, encoding) {
    return addChunk(this, chunk, encoding, true);
  }

  read(n) {
    const state = this._readableState;
    if (n === undefined) n = NaN;
    else if (typeof n !== 'number') n = Number.parseInt(n, 10);
    const original = n;
    if (n !== 0) state.emittedReadable = false;
    if (n === 0 && state.needReadable &&
        (state.length >= state.highWaterMark || state.ended)) {
      if (state.length === 0 && state.ended) endReadable(this);
      else emitReadable(this);
      return null;
    }
    n = howMuchToRead(state, n);
    if (n === 0 && state.ended) {
      if (state.length === 0) endReadable(this);
      return null;
    }
    // Ask for more when below the mark (or about to be).
    let doRead = state.needReadable || state.length - n < state.highWaterMark;
    if (state.ended || state.reading || state.destroyed || state.errored) doRead = false;
    if (doRead) {
      state.reading = true;
      state.sync = true;
      if (state.length === 0) state.needReadable = true;
      try {
        this._read(state.highWaterMark);
      } catch (error) {
        this.destroy(error);
      }
      state.sync = false;
      if (!state.reading) n = howMuchToRead(state, original);
    }
    let result = n > 0 ? takeFromBuffer(state, n) : null;
    if (result === null) {
      state.needReadable = state.length <= state.highWaterMark;
      n = 0;
    } else {
      state.length -= state.objectMode ? 1 : result.length;
    }
    if (state.length === 0) {
      if (!state.ended) state.needReadable = true;
      if (original !== n && state.ended) endReadable(this);
    }
    if (result !== null && !state.errorEmitted) {
      state.dataEmitted = true;
      this.emit('data', result);
    }
    return result;
  }

  on(type, listener) {
    const result = super.on(type, listener);
    const state = this._readableState;
    if (type === 'data') {
      state.readableListening = this.listenerCount('readable') > 0;
      if (state.flowing !== false) this.resume();
    } else if (type === 'readable') {
      if (!state.endEmitted && !state.readableListening) {
        state.readableListening = state.needReadable = true;
        state.flowing = false;
        state.emittedReadable = false;
        if (state.length) emitReadable(this);
        else if (!state.reading) process.nextTick(() => this.read(0));
      }
    }
    return result;
  }

  removeListener(type, listener) {
    const result = super.removeListener(type, listener);
    if (type === 'readable') {
      process.nextTick(() => {
        const state = this._readableState;
        state.readableListening = this.listenerCount('readable') > 0;
        if (!state.readableListening && this.listenerCount('data') > 0) this.resume();
      });
    }
    return result;
  }

  off(type, listener) { return this.removeListener(type, listener); }

  pause() {
    const state = this._readableState;
    if (state.flowing !== false) {
      state.flowing = false;
      this.emit('pause');
    }
    return this;
  }

  resume() {
    const state = this._readableState;
    if (!state.flowing) {
      state.flowing = !state.readableListening;
      if (!state.readScheduled) {
        state.readScheduled = true;
        process.nextTick(() => {
          state.readScheduled = false;
          if (!state.reading) this.read(0);
          this.emit('resume');
          flow(this);
          if (state.flowing && !state.reading) this.read(0);
        });
      }
    }
    return this;
  }

  isPaused() { return this._readableState.flowing === false; }

  setEncoding(encoding) {
    const state = this._readableState;
    state.decoder = new internals.stringDecoderModule.StringDecoder(encoding);
    state.encoding = state.decoder.encoding;
    const text = state.buffer.map((chunk) => state.decoder.write(chunk)).join('');
    state.buffer = text ? [text] : [];
    state.length = text.length;
    return this;
  }

  pipe(dest, options) {
    const source = this;
    const state = this._readableState;
    state.pipes.push(dest);
    const endDest = options?.end !== false && dest !== process.stdout && dest !== process.stderr;
    const onData = (chunk) => {
      if (dest.write(chunk) === false) source.pause();
    };
    const onDrain = () => {
      if (state.flowing === false) source.resume();
    };
    const onEnd = () => dest.end();
    const cleanup = () => {
      source.removeListener('data', onData);
      source.removeListener('end', onEnd);
      dest.removeListener('drain', onDrain);
      dest.removeListener('unpipe', onUnpipe);
      dest.removeListener('close', cleanup);
      dest.removeListener('finish', cleanup);
    };
    const onUnpipe = (readable) => {
      if (readable === source) cleanup();
    };
    source.on('data', onData);
    if (endDest) source.once('end', onEnd);
    dest.on('drain', onDrain);
    dest.on('unpipe', onUnpipe);
    dest.once('close', cleanup);
    dest.once('finish', cleanup);
    dest.emit('pipe', source);
    if (!state.flowing) this.resume();
    return dest;
  }

  unpipe(dest) {
    const state = this._readableState;
    const targets = dest === undefined ? state.pipes.slice() : [dest];
    for (const target of targets) {
      const index = state.pipes.indexOf(target);
      if (index === -1) continue;
      state.pipes.splice(index, 1);
      target.emit('unpipe', this, {hasUnpiped: false});
    }
    if (state.pipes.length === 0) this.pause();
    return this;
  }

  async* [Symbol.asyncIterator]() {
    const state = this._readableState;
    let wake = null;
    const signal = () => {
      if (wake) {
        const resolve = wake;
        wake = null;
        resolve();
      }
    };
    this.on('readable', signal);
    this.on('end', signal);
    this.on('error', signal);
    this.on('close', signal);
    let finishedNormally = false;
    try {
      for (;;) {
        if (state.errored) throw state.errored;
        const chunk = state.destroyed ? null : this.read();
        if (chunk !== null) {
          yield chunk;
          continue;
        }
        if (state.endEmitted) break;
        if (state.errored) throw state.errored;
        if (state.destroyed || state.closed) throw prematureClose();
        await new Promise((resolve) => {
          wake = resolve;
        });
      }
      finishedNormally = true;
    } finally {
      this.removeListener('readable', signal);
      this.removeListener('end', signal);
      this.removeListener('error', signal);
      this.removeListener('close', signal);
      if (state.errored) this.on('error', () => {});
      if (!finishedNormally && !state.destroyed) this.destroy();
    }
  }

  get readable() {
    const state = this._readableState;
    return !state.destroyed && !state.errored && !state.endEmitted;
  }
  get readableEnded() { return this._readableState.endEmitted; }
  // Destroyed or errored before 'end'.
  get readableAborted() {
    const state = this._readableState;
    return Boolean(state.destroyed || state.errored) && !state.endEmitted;
  }
  // Whether 'data' has been emitted.
  get readableDidRead() { return this._readableState.dataEmitted === true; }
  get readableFlowing() { return this._readableState.flowing; }
  get readableLength() { return this._readableState.length; }
  get readableHighWaterMark() { return this._readableState.highWaterMark; }
  get readableObjectMode() { return this._readableState.objectMode; }
  get readableEncoding() { return this._readableState.encoding; }
  get destroyed() { return (this._readableState ?? this._writableState).destroyed; }
  get closed() { return (this._readableState ?? this._writableState).closed; }
  get errored() { return (this._readableState ?? this._writableState).errored; }
}

function addChunk(stream, chunk, encoding, front) {
  const state = stream._readableState;
  if (chunk === null) {
    state.reading = false;
    if (!state.ended) {
      if (state.decoder) {
        const rest = state.decoder.end();
        if (rest) {
          state.buffer.push(rest);
          state.length += rest.length;
        }
      }
      state.ended = true;
      if (state.sync) emitReadable(stream);
      else {
        state.needReadable = false;
        state.emittedReadable = true;
        emitReadableNow(stream);
      }
    }
    return false;
  }
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding ||= 'utf8';
      if (!state.decoder || state.encoding !== encoding) {
        chunk = internals.Buffer.from(chunk, encoding);
      }
    } else if (chunk instanceof Uint8Array && !internals.Buffer.isBuffer(chunk)) {
      chunk = internals.Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else if (!internals.Buffer.isBuffer(chunk)) {
      stream.destroy(internals.invalidArgType(
          'chunk', 'string or an instance of Buffer or Uint8Array', chunk));
      return false;
    }
  }
  if (state.ended && !front) {
    stream.destroy(codedError(Error, 'stream.push() after EOF', 'ERR_STREAM_PUSH_AFTER_EOF'));
    return false;
  }
  if (state.destroyed) return false;
  if (!front) state.reading = false;
  if (state.decoder && !state.objectMode && internals.Buffer.isBuffer(chunk)) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(stream);
      return state.length < state.highWaterMark;
    }
  }
  if (state.flowing && state.length === 0 && !state.sync &&
      stream.listenerCount('data') > 0) {
    state.emittedReadable = false;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += chunkSize(state.objectMode, chunk);
    if (front) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream);
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function howMuchToRead(state, n) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    if (state.flowing && state.length) return chunkSize(false, state.buffer[0]);
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

function takeFromBuffer(state, n) {
  if (state.length === 0) return null;
  if (state.objectMode) return state.buffer.shift();
  if (n >= state.length) {
    const all = state.buffer;
    state.buffer = [];
    if (all.length === 1) return all[0];
    return state.decoder ? all.join('') : internals.Buffer.concat(all, state.length);
  }
  // Part of the buffer: n units from the front.
  const parts = [];
  let need = n;
  while (need > 0) {
    const head = state.buffer[0];
    if (head.length <= need) {
      parts.push(state.buffer.shift());
      need -= head.length;
    } else {
      parts.push(head.slice(0, need));
      state.buffer[0] = head.slice(need);
      need = 0;
    }
  }
  if (parts.length === 1) return parts[0];
  return state.decoder ? parts.join('') : internals.Buffer.concat(parts, n);
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

function maybeReadMore(stream) {
  const state = stream._readableState;
  if (state.readingMore) return;
  state.readingMore = true;
  process.nextTick(() => {
    while (!state.reading && !state.ended &&
           (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
      const before = state.length;
      stream.read(0);
      if (before === state.length) break;
    }
    state.readingMore = false;
  });
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted && !state.endScheduled) {
    state.endScheduled = true;
    process.nextTick(() => {
      if (state.errored || state.closed || state.endEmitted || state.length !== 0) return;
      state.endEmitted = true;
      stream.emit('end');
      const w = stream._writableState;
      if (w && stream.allowHalfOpen === false && !w.ending) stream.end();
      if (state.autoDestroy && (!w || (w.finished && w.autoDestroy !== false))) stream.destroy();
    });
  }
}

function readableFrom(iterable, options) {
  if (typeof iterable === 'string' || internals.Buffer.isBuffer(iterable)) {
    return new Readable({
      objectMode: true,
      ...options,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let iterator;
  let isAsync = false;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    iterator = iterable[Symbol.asyncIterator]();
    isAsync = true;
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    iterator = iterable[Symbol.iterator]();
  } else {
    throw internals.invalidArgType('iterable', 'Iterable', iterable);
  }
  let pulling = false;
  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    ...options,
    read() {
      if (pulling) return;
      pulling = true;
      pull();
    },
    destroy(error, cb) {
      const done = () => cb(error);
      if (typeof iterator.return === 'function') {
        Promise.resolve().then(() => iterator.return()).then(done, done);
      } else {
        done();
      }
    },
  });
  async function pull() {
    try {
      for (;;) {
        const {value, done} = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
          break;
        }
        const chunk = await value;
        if (chunk === null) throw codedError(TypeError, 'May not write null values to stream',
            'ERR_STREAM_NULL_VALUES');
        if (!readable.push(chunk)) break;
      }
    } catch (error) {
      readable.destroy(error);
    }
    pulling = false;
  }
  return readable;
}

// ---------------------------------------------------------------- Writable

class WritableState {
  constructor(options, isDuplex) {
    this.objectMode = !!(options?.objectMode || (isDuplex && options?.writableObjectMode));
    this.highWaterMark = highWaterMarkOf(options, 'writableHighWaterMark', this.objectMode);
    this.decodeStrings = options?.decodeStrings !== false;
    this.defaultEncoding = options?.defaultEncoding || 'utf8';
    this.length = 0;
    this.writing = false;
    this.corked = 0;
    this.buffered = [];
    this.needDrain = false;
    this.ending = false;
    this.ended = false;
    this.finished = false;
    this.finalCalled = false;
    this.prefinished = false;
    this.pendingCallbacks = 0;
    initDestroyState(this, options);
    this.onFinished = [];
  }
}

// The Writable side's methods, shared by Writable and Duplex.
const writableMethods = {
  write(chunk, encoding, cb) {
    const state = this._writableState;
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    if (!encoding && !state.objectMode) encoding = state.defaultEncoding;
    if (typeof cb !== 'function') cb = () => {};
    if (chunk === null) {
      throw codedError(TypeError, 'May not write null values to stream',
          'ERR_STREAM_NULL_VALUES');
    }
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        if (state.decodeStrings) {
          chunk = internals.Buffer.from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (internals.Buffer.isBuffer(chunk)) {
        encoding = 'buffer';
      } else if (chunk instanceof Uint8Array) {
        chunk = internals.Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        encoding = 'buffer';
      } else {
        throw internals.invalidArgType(
            'chunk', 'string or an instance of Buffer or Uint8Array', chunk);
      }
    }
    let error;
    if (state.ending) {
      error = codedError(Error, 'write after end', 'ERR_STREAM_WRITE_AFTER_END');
    } else if (state.destroyed) {
      error = codedError(Error, 'Cannot call write after a stream was destroyed',
          'ERR_STREAM_DESTROYED');
    }
    if (error) {
      process.nextTick(cb, error);
      destroyStream(this, error);
      return false;
    }
    const size = state.objectMode ? 1 : chunk.length;
    state.length += size;
    const ok = state.length < state.highWaterMark;
    if (!ok) state.needDrain = true;
    if (state.writing || state.corked || state.errored) {
      state.buffered.push({chunk, encoding, cb, size});
    } else {
      doWrite(this, chunk, encoding, cb, size);
    }
    return ok && !state.errored && !state.destroyed;
  },

  end(chunk, encoding, cb) {
    const state = this._writableState;
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    if (state.corked) {
      state.corked = 1;
      this.uncork();
    }
    let error;
    if (state.errored) error = state.errored;
    else if (state.ending && state.finished) error = null;
    else if (state.destroyed) {
      error = codedError(Error, 'Cannot call end after a stream was destroyed',
          'ERR_STREAM_DESTROYED');
    }
    if (!state.ending) {
      state.ending = true;
      maybeFinish(this, true);
      state.ended = true;
    }
    if (typeof cb === 'function') {
      if (error || state.finished) process.nextTick(cb, error ?? undefined);
      else state.onFinished.push(cb);
    }
    return this;
  },

  cork() { this._writableState.corked++; },

  uncork() {
    const state = this._writableState;
    if (state.corked) {
      state.corked--;
      if (!state.corked && !state.writing) clearBuffer(this);
    }
  },

  setDefaultEncoding(encoding) {
    this._writableState.defaultEncoding = encoding;
    return this;
  },
};

const writableGetters = {
  writable() {
    const state = this._writableState;
    return !state.destroyed && !state.errored && !state.ending;
  },
  writableEnded() { return this._writableState.ending; },
  writableFinished() { return this._writableState.finished; },
  writableLength() { return this._writableState.length; },
  writableHighWaterMark() { return this._writableState.highWaterMark; },
  writableObjectMode() { return this._writableState.objectMode; },
  writableNeedDrain() {
    const state = this._writableState;
    return !state.destroyed && !state.ending && state.needDrain;
  },
  writableCorked() { return this._writableState.corked; },
};

function doWrite(stream, chunk, encoding, cb, size) {
  const state = stream._writableState;
  state.writing = true;
  state.sync = true;
  state.pendingCallbacks++;
  let called = false;
  const onWrite = (error) => {
    if (called) {
      destroyStream(stream, codedError(Error, 'Callback called multiple times',
          'ERR_MULTIPLE_CALLBACK'));
      return;
    }
    called = true;
    const sync = state.sync;
    state.writing = false;
    state.length -= size;
    if (error) {
      state.errored ??= error;
      const report = () => {
        state.pendingCallbacks--;
        cb(error);
        destroyStream(stream, error);
      };
      if (sync) process.nextTick(report);
      else report();
      return;
    }
    if (state.buffered.length && !state.corked) clearBuffer(stream);
    const after = () => {
      state.pendingCallbacks--;
      if (state.needDrain && state.length === 0 && !state.ending && !state.destroyed) {
        state.needDrain = false;
        stream.emit('drain');
      }
      cb(null);
      maybeFinish(stream, false);
    };
    if (sync) process.nextTick(after);
    else after();
  };
  try {
    stream._write(chunk, encoding, onWrite);
  } catch (error) {
    onWrite(error);
  }
  state.sync = false;
}

function clearBuffer(stream) {
  const state = stream._writableState;
  if (state.writing || state.destroyed || !state.buffered.length) return;
  const {chunk, encoding, cb, size} = state.buffered.shift();
  doWrite(stream, chunk, encoding, cb, size);
}

function maybeFinish(stream, sync) {
  const state = stream._writableState;
  if (!state.ending || state.finished || state.writing || state.length !== 0 ||
      state.buffered.length || state.errored || state.destroyed) {
    return;
  }
  if (state.pendingCallbacks > 0) return;
  if (!state.prefinished) {
    if (typeof stream._final === 'function' && !state.finalCalled) {
      state.finalCalled = true;
      state.pendingCallbacks++;
      process.nextTick(() => {
        let called = false;
        const done = (error) => {
          if (called) return;
          called = true;
          state.pendingCallbacks--;
          if (error) {
            destroyStream(stream, error);
            return;
          }
          state.prefinished = true;
          stream.emit('prefinish');
          process.nextTick(finish, stream);
        };
        try {
          stream._final(done);
        } catch (error) {
          done(error);
        }
      });
      return;
    }
    if (state.finalCalled) return;
    state.prefinished = true;
    stream.emit('prefinish');
  }
  if (!state.finishScheduled) {
    state.finishScheduled = true;
    if (sync) process.nextTick(finish, stream);
    else finish(stream);
  }
}

function finish(stream) {
  const state = stream._writableState;
  if (state.finished || state.errored || state.destroyed) return;
  state.finished = true;
  const callbacks = state.onFinished.splice(0);
  for (const cb of callbacks) cb();
  stream.emit('finish');
  if (state.autoDestroy) {
    const r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || !stream.readable))) stream.destroy();
  }
}

class Writable extends EventEmitter {
  constructor(options) {
    super();
    this._writableState = new WritableState(options, false);
    takeWritableOptions(this, options);
  }

  _write(chunk, encoding, cb) {
    if (typeof this._writev === 'function') {
      this._writev([{chunk, encoding}], cb);
      return;
    }
    throw codedError(Error, 'The _write() method is not implemented',
        'ERR_METHOD_NOT_IMPLEMENTED');
  }

  _destroy(error, cb) { cb(error); }

  destroy(error, cb) { return destroyStream(this, error, cb); }

  get destroyed() { return this._writableState.destroyed; }
  get closed() { return this._writableState.closed; }
  get errored() { return this._writableState.errored; }

  static [Symbol.hasInstance](object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    return this === Writable && object?._writableState instanceof WritableState;
  }
}

function takeWritableOptions(stream, options) {
  if (typeof options?.write === 'function') stream._write = options.write;
  if (typeof options?.writev === 'function') stream._writev = options.writev;
  if (typeof options?.final === 'function') stream._final = options.final;
  if (typeof options?.destroy === 'function') stream._destroy = options.destroy;
}

function installWritable(prototype) {
  for (const [name, method] of Object.entries(writableMethods)) {
    Object.defineProperty(prototype, name, {
      value: method, writable: true, configurable: true, enumerable: false,
    });
  }
  for (const [name, getter] of Object.entries(writableGetters)) {
    Object.defineProperty(prototype, name, {get: getter, configurable: true});
  }
}
installWritable(Writable.prototype);

// ---------------------------------------------------------------- Duplex

class Duplex extends Readable {
  constructor(options) {
    super(options);
    this._writableState = new WritableState(options, true);
    takeWritableOptions(this, options);
    this.allowHalfOpen = options?.allowHalfOpen !== false;
    if (options?.readable === false) {
      this._readableState.ended = this._readableState.endEmitted = true;
    }
    if (options?.writable === false) {
      this._writableState.ending = this._writableState.finished = true;
    }
  }

  _write(chunk, encoding, cb) {
    return Writable.prototype._write.call(this, chunk, encoding, cb);
  }
}
installWritable(Duplex.prototype);

// ---------------------------------------------------------------- Transform

class Transform extends Duplex {
  constructor(options) {
    super(options);
    this._readableState.sync = false;
    if (typeof options?.transform === 'function') this._transform = options.transform;
    if (typeof options?.flush === 'function') this._flush = options.flush;
    this._pendingWrite = null;
  }

  _transform() {
    throw codedError(Error, 'The _transform() method is not implemented',
        'ERR_METHOD_NOT_IMPLEMENTED');
  }

  _write(chunk, encoding, cb) {
    const readableState = this._readableState;
    const length = readableState.length;
    this._transform(chunk, encoding, (error, data) => {
      if (error) {
        cb(error);
        return;
      }
      if (data !== undefined && data !== null) this.push(data);
      if (this._writableState.ended || length === readableState.length ||
          readableState.length < readableState.highWaterMark) {
        cb();
      } else {
        this._pendingWrite = cb;
      }
    });
  }

  _read() {
    if (this._pendingWrite) {
      const cb = this._pendingWrite;
      this._pendingWrite = null;
      cb();
    }
  }

  _final(cb) {
    const end = () => {
      this.push(null);
      cb();
    };
    if (typeof this._flush !== 'function') {
      end();
      return;
    }
    this._flush((error, data) => {
      if (error) {
        cb(error);
        return;
      }
      if (data !== undefined && data !== null) this.push(data);
      end();
    });
  }
}

class PassThrough extends Transform {
  _transform(chunk, encoding, cb) { cb(null, chunk); }
}

// ------------------------------------------------------- finished, pipeline

function isReadableStream(stream) {
  return !!stream?._readableState && typeof stream.read === 'function' &&
      !stream._readableState.endEmitted;
}

function isWritableStream(stream) {
  return !!stream?._writableState && typeof stream.write === 'function';
}

function finished(stream, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = {};
  }
  internals.validateFunction(cb, 'callback');
  const r = stream._readableState;
  const w = stream._writableState;
  const wantReadable = options?.readable ?? (!!r && !(stream instanceof Duplex && r.ended &&
      r.endEmitted));
  const wantWritable = options?.writable ?? (!!w && !w.finished);
  let readableDone = !wantReadable || !r || r.endEmitted;
  let writableDone = !wantWritable || !w || w.finished;
  let called = false;
  const done = (error) => {
    if (called) return;
    called = true;
    cleanup();
    cb.call(stream, error);
  };
  const onEnd = () => {
    readableDone = true;
    if (writableDone) done();
  };
  const onFinish = () => {
    writableDone = true;
    if (readableDone) done();
  };
  const onError = (error) => done(error);
  const onClose = () => {
    if ((wantReadable && r && !readableDone) || (wantWritable && w && !writableDone)) {
      done(prematureClose());
    } else {
      done();
    }
  };
  stream.on('end', onEnd);
  stream.on('finish', onFinish);
  stream.on('error', onError);
  stream.on('close', onClose);
  function cleanup() {
    stream.removeListener('end', onEnd);
    stream.removeListener('finish', onFinish);
    stream.removeListener('error', onError);
    stream.removeListener('close', onClose);
  }
  const errored = r?.errored ?? w?.errored;
  if (errored) process.nextTick(done, errored);
  else if (readableDone && writableDone) process.nextTick(done);
  else if ((r ?? w).closed) process.nextTick(onClose);
  return cleanup;
}

function pipeline(...streams) {
  const cb = streams.pop();
  internals.validateFunction(cb, 'callback');
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) {
    throw codedError(TypeError, 'The "streams" argument must be specified',
        'ERR_MISSING_ARGS');
  }
  streams = streams.map((stream, index) => {
    if (typeof stream === 'function') {
      const previous = index === 0 ? undefined : streams[index - 1];
      stream = stream(previous);
    }
    if (!stream?._readableState && !stream?._writableState &&
        (typeof stream?.[Symbol.asyncIterator] === 'function' ||
         typeof stream?.[Symbol.iterator] === 'function')) {
      return readableFrom(stream, {objectMode: true});
    }
    return stream;
  });
  let error = null;
  let pending = streams.length;
  let called = false;
  const finish = () => {
    if (called) return;
    called = true;
    process.nextTick(cb, error ?? undefined);
  };
  const last = streams[streams.length - 1];
  streams.forEach((stream, index) => {
    const reading = index < streams.length - 1;
    const writing = index > 0;
    finished(stream, {readable: reading, writable: writing}, (streamError) => {
      if (streamError && streamError.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
          stream === last && !error && last._writableState?.finished) {
        streamError = null;
      }
      if (streamError && !error) {
        error = streamError;
        for (const each of streams) if (!each.destroyed) each.destroy(error);
      }
      if (--pending === 0 || error) finish();
    });
    if (reading) stream.pipe(streams[index + 1]);
  });
  return last;
}

const streamPromises = {
  pipeline(...streams) {
    return new Promise((resolve, reject) => {
      pipeline(...streams, (error) => (error ? reject(error) : resolve()));
    });
  },
  finished(stream, options) {
    return new Promise((resolve, reject) => {
      finished(stream, options ?? {}, (error) => (error ? reject(error) : resolve()));
    });
  },
};

// Legacy base: the constructor of old-style streams.
class Stream extends EventEmitter {
  pipe(dest, options) {
    return Readable.prototype.pipe.call(this, dest, options);
  }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

Object.assign(Stream, {
  Stream, Readable, Writable, Duplex, Transform, PassThrough,
  pipeline, finished, promises: streamPromises,
  getDefaultHighWaterMark, setDefaultHighWaterMark,
});

internals.stream = Stream;
internals.streamPromises = streamPromises;

// ---------------------------------------- fs.createReadStream/WriteStream

const nativeAsync = binding.fsAsync;

// A file stream given a path (not an fd) opens it with `defaultFlags`
// unless options.flags says otherwise, announces it ('open', 'ready') and
// goes on with `then`; a failed open destroys the stream with the error.
function openFileStream(stream, defaultFlags, then) {
  nativeAsync.open(stream.path, internals.fsFlagsOf(stream.flags, defaultFlags), stream.mode,
      (error, fd) => {
        if (error) {
          stream.destroy(error);
          return;
        }
        stream.fd = fd;
        stream.pending = false;
        stream.emit('open', fd);
        stream.emit('ready');
        then();
      });
}

// A file stream's _destroy: closes its fd, unless it has none or
// autoClose is off.
function closeFileStreamFd(stream, error, cb) {
  if (stream.fd === null || !stream.autoClose) {
    cb(error);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  nativeAsync.close(fd, (closeError) => cb(error || closeError));
}

class ReadStream extends Readable {
  constructor(path, options) {
    if (typeof options === 'string') options = {encoding: options};
    options = {...options};
    options.highWaterMark ??= 64 * 1024;
    super(options);
    this.path = typeof path === 'number' ? undefined : internals.fsPathOf(path);
    this.fd = options.fd ?? (typeof path === 'number' ? path : null);
    this.flags = options.flags ?? 'r';
    this.mode = options.mode ?? 0o666;
    this.start = options.start;
    this.end = options.end ?? Infinity;
    this.pos = this.start;
    this.bytesRead = 0;
    this.autoClose = options.autoClose !== false;
    this.pending = this.fd === null;
    if (this.start !== undefined && this.start > this.end) {
      throw internals.outOfRange('start', `<= "end" (here: ${this.end})`, this.start);
    }
    if (this.fd === null) {
      openFileStream(this, 'r', () => {
        if (this._wantsRead) {
          this._wantsRead = false;
          this._read(this._readableState.highWaterMark);
        }
      });
    }
  }

  _read(n) {
    if (this.fd === null) {
      this._wantsRead = true;
      return;
    }
    const remaining = this.end === Infinity ? n : this.end - (this.pos ?? this.bytesRead) + 1;
    const size = Math.min(n, remaining);
    if (size <= 0) {
      this.push(null);
      return;
    }
    const buffer = internals.Buffer.allocUnsafe(size);
    const position = this.pos === undefined ? -1 : this.pos;
    if (this.pos !== undefined) this.pos += size;
    nativeAsync.read(this.fd, buffer, 0, size, position, (error, bytes) => {
      if (error) {
        this.destroy(error);
        return;
      }
      if (bytes === 0) {
        this.push(null);
        return;
      }
      this.bytesRead += bytes;
      this.push(bytes === size ? buffer : buffer.subarray(0, bytes));
    });
  }

  _destroy(error, cb) {
    closeFileStreamFd(this, error, cb);
  }

  close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    if (typeof options === 'string') options = {encoding: options};
    options = {...options};
    super({...options, decodeStrings: true});
    this.path = typeof path === 'number' ? undefined : internals.fsPathOf(path);
    this.fd = options.fd ?? (typeof path === 'number' ? path : null);
    this.flags = options.flags ?? 'w';
    this.mode = options.mode ?? 0o666;
    this.start = options.start;
    this.pos = this.start;
    this.bytesWritten = 0;
    this.autoClose = options.autoClose !== false;
    this.pending = this.fd === null;
    if (options.encoding) this.setDefaultEncoding(options.encoding);
    if (this.fd === null) {
      openFileStream(this, 'w', () => {
        const waiting = this._waitingWrite;
        this._waitingWrite = null;
        if (waiting) waiting();
      });
    }
  }

  _write(chunk, encoding, cb) {
    if (this.fd === null) {
      this._waitingWrite = () => this._write(chunk, encoding, cb);
      return;
    }
    let done = 0;
    const next = () => {
      const position = this.pos === undefined ? -1 : this.pos;
      nativeAsync.write(this.fd, chunk, done, chunk.length - done, position,
          (error, bytes) => {
            if (error) {
              cb(error);
              return;
            }
            done += bytes;
            this.bytesWritten += bytes;
            if (this.pos !== undefined) this.pos += bytes;
            if (done < chunk.length) next();
            else cb();
          });
    };
    next();
  }

  _final(cb) {
    if (this.fd === null) {
      this._waitingWrite = () => cb();
      return;
    }
    cb();
  }

  _destroy(error, cb) {
    closeFileStreamFd(this, error, cb);
  }

  close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    if (!this._writableState.ending) this.end();
    else if (this._writableState.finished) this.destroy();
  }
}

Object.assign(internals.fs, {
  ReadStream,
  WriteStream,
  createReadStream: (path, options) => new ReadStream(path, options),
  createWriteStream: (path, options) => new WriteStream(path, options),
});
