// node:zlib on the system's zlib (bindings/zlib_module.cc): the one-shot
// *Sync functions, their callback forms, the Transform stream classes,
// constants and crc32. Options are checked, and errors worded, the way
// Node 20's are.
//
// The callback forms (deflate(buf, cb) ...) do their work on the main
// thread, in a setImmediate callback, rather than on libuv's thread pool as
// Node does: results arrive on a later turn of the event loop either way.
// Brotli is not implemented: its functions and classes are there, so code
// that calls them gets an error saying so rather than "is not a function".
'use strict';

(function defineZlib() {
  const native = binding.zlib;
  const {isAnyArrayBuffer, isArrayBufferView} = binding.types;
  const {Buffer, FastBuffer, withCode, invalidArgType, outOfRange, validateFunction} =
      internals;
  const {Transform, finished} = internals.stream;

  // ----------------------------------------------------------- constants

  const [zlibVernum] = native.zlibVersion();

  const flushes = {
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  };
  const returnCodes = {
    Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
    Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  };
  const modes = {
    DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  };
  const limits = {
    Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
    Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16 * 1024,
    Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
    Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  };
  // Node's table lists Brotli's numbers too, though thaw cannot use them
  // (see the top of this file): code that reads them still finds them.
  const brotli = {
    BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
    BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
    BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
    BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
    BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
    BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3,
    BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
    BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
    BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
    BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
    BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
    BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
    BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0,
    BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
    BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  };
  const brotliErrors = [
    'FORMAT_EXUBERANT_NIBBLE', 'FORMAT_RESERVED', 'FORMAT_EXUBERANT_META_NIBBLE',
    'FORMAT_SIMPLE_HUFFMAN_ALPHABET', 'FORMAT_SIMPLE_HUFFMAN_SAME', 'FORMAT_CL_SPACE',
    'FORMAT_HUFFMAN_SPACE', 'FORMAT_CONTEXT_MAP_REPEAT', 'FORMAT_BLOCK_LENGTH_1',
    'FORMAT_BLOCK_LENGTH_2', 'FORMAT_TRANSFORM', 'FORMAT_DICTIONARY', 'FORMAT_WINDOW_BITS',
    'FORMAT_PADDING_1', 'FORMAT_PADDING_2', 'FORMAT_DISTANCE',
  ];
  brotliErrors.forEach((name, i) => { brotli[`BROTLI_DECODER_ERROR_${name}`] = -1 - i; });
  Object.assign(brotli, {
    BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
    BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
    BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
    BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
    BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31,
  });

  // The zlib constants, in Node's order; the part of them that Node also
  // puts on the module itself (non-enumerable, the legacy names).
  const zlibConstants = {
    ...flushes, ...returnCodes,
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
    Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
    ZLIB_VERNUM: zlibVernum,
    ...modes,
  };
  // Node's table can be added to, but its entries cannot be changed.
  const constants = Object.create(null);
  for (const [name, value] of Object.entries({...zlibConstants, BROTLI_DECODE: 8,
    BROTLI_ENCODE: 9, ...limits, ...brotli})) {
    Object.defineProperty(constants, name, {value, enumerable: true});
  }
  const legacyConstants = {...zlibConstants, ...limits};

  // zlib.codes: each return code's name to its number and back.
  const codes = Object.create(null);
  for (const [name, value] of Object.entries(returnCodes)) codes[name] = value;
  for (const [name, value] of Object.entries(returnCodes)) codes[value] = name;
  Object.freeze(codes);

  const {Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK} = flushes;
  const {DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP} = modes;
  const kMaxLength = internals.bufferModule.kMaxLength;

  // -------------------------------------------------------------- errors

  function bufferTooLarge(limit) {
    return withCode(new RangeError(`Cannot create a Buffer larger than ${limit} bytes`),
        'ERR_BUFFER_TOO_LARGE');
  }

  // ------------------------------------------------------------- options

  // An option that must be a finite number: false if it is absent (or
  // NaN), so that the default applies.
  function isFiniteOption(value, name) {
    if (value === undefined || Number.isNaN(value)) return false;
    if (Number.isFinite(value)) return true;
    if (typeof value !== 'number') {
      // "property" for options.x, "argument" for params()'s (01_errors.js).
      throw invalidArgType(name, 'number', value);
    }
    throw outOfRange(name, 'a finite number', value);
  }

  // A number option within [lower, upper]. zlib takes whole numbers:
  // fractions are dropped, as Node's native side drops them.
  function rangeOption(value, name, lower, upper, fallback) {
    if (!isFiniteOption(value, name)) return fallback;
    if (value < lower || value > upper) {
      throw outOfRange(name, `>= ${lower} and <= ${upper}`, value);
    }
    return Math.trunc(value);
  }

  function isInflating(mode) {
    return mode === INFLATE || mode === GUNZIP || mode === UNZIP;
  }

  // Every option of a zlib stream of `mode`, checked in Node's order (the
  // compression settings, then the stream's), with their defaults.
  function zlibSettings(options, mode) {
    const settings = {
      windowBits: isInflating(mode) ? 0 : limits.Z_DEFAULT_WINDOWBITS,
      level: limits.Z_DEFAULT_LEVEL,
      memLevel: limits.Z_DEFAULT_MEMLEVEL,
      strategy: zlibConstants.Z_DEFAULT_STRATEGY,
      dictionary: undefined,
      chunkSize: limits.Z_DEFAULT_CHUNK,
      flush: Z_NO_FLUSH,
      finishFlush: Z_FINISH,
      maxOutputLength: kMaxLength,
    };
    if (!options) return settings;
    // 0 asks an inflater to take the window size from the stream's header.
    if (!(isInflating(mode) && (options.windowBits == null || options.windowBits === 0))) {
      // zlib has no 256-byte window for gzip.
      const lowest = limits.Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      settings.windowBits = rangeOption(options.windowBits, 'options.windowBits', lowest,
          limits.Z_MAX_WINDOWBITS, limits.Z_DEFAULT_WINDOWBITS);
    }
    settings.level = rangeOption(options.level, 'options.level', limits.Z_MIN_LEVEL,
        limits.Z_MAX_LEVEL, limits.Z_DEFAULT_LEVEL);
    settings.memLevel = rangeOption(options.memLevel, 'options.memLevel',
        limits.Z_MIN_MEMLEVEL, limits.Z_MAX_MEMLEVEL, limits.Z_DEFAULT_MEMLEVEL);
    settings.strategy = rangeOption(options.strategy, 'options.strategy', 0,
        zlibConstants.Z_FIXED, zlibConstants.Z_DEFAULT_STRATEGY);
    const dictionary = options.dictionary;
    if (dictionary !== undefined) {
      if (!isArrayBufferView(dictionary) && !isAnyArrayBuffer(dictionary)) {
        throw invalidArgType('options.dictionary',
            'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', dictionary);
      }
      // The native side reads ArrayBuffers and views, not shared buffers.
      settings.dictionary = isArrayBufferView(dictionary) ? dictionary : new Uint8Array(dictionary);
    }
    if (isFiniteOption(options.chunkSize, 'options.chunkSize')) {
      if (options.chunkSize < limits.Z_MIN_CHUNK) {
        throw outOfRange('options.chunkSize', `>= ${limits.Z_MIN_CHUNK}`, options.chunkSize);
      }
      settings.chunkSize = Math.trunc(options.chunkSize);
    }
    settings.flush = rangeOption(options.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK, Z_NO_FLUSH);
    settings.finishFlush = rangeOption(options.finishFlush, 'options.finishFlush', Z_NO_FLUSH,
        Z_BLOCK, Z_FINISH);
    // A limit, not a count given to zlib: kept as it is.
    const maxOutputLength = options.maxOutputLength;
    if (rangeOption(maxOutputLength, 'options.maxOutputLength', 1, kMaxLength) !== undefined) {
      settings.maxOutputLength = maxOutputLength;
    }
    return settings;
  }

  // Transform's options from the user's: zlib streams always carry bytes.
  function streamOptions(options) {
    if (!options || !(options.encoding || options.objectMode || options.writableObjectMode)) {
      return options;
    }
    return {...options, encoding: null, objectMode: false, writableObjectMode: false};
  }

  // ------------------------------------------------------------- engines

  // A zero-length chunk that flush() writes: _transform runs it with this
  // flush mode instead of the stream's.
  const kFlushFlag = Symbol('kFlushFlag');

  // zlibWrite reports the input and output bytes left over here. Its
  // buffer is made apart, as 41_encoding.js does for the same reason: a
  // small typed array kept inside V8's heap made the standard library's
  // snapshot differ from build to build.
  const leftOver = new Uint32Array(new ArrayBuffer(8));
  // zlib counts in 32 bits: larger inputs are fed in pieces.
  const kMaxPiece = 2 ** 30;

  class ZlibBase extends Transform {
    // The native stream, made at first use, so that a stream created while
    // a snapshot is built but first used at run time works; null once
    // closed. Private: its bytes are zlib's own state.
    #handle;
    #closed = false;
    #settings;
    #mode;
    // The output buffer being filled, and where its free part starts.
    #out = null;
    #outOffset = 0;

    constructor(options, mode) {
      const settings = zlibSettings(options, mode);
      super(streamOptions(options));
      this.#settings = settings;
      this.#mode = mode;
      this.bytesWritten = 0;
      this._level = settings.level;
      this._strategy = settings.strategy;
    }

    #open() {
      if (this.#closed) throw new Error('zlib binding closed');
      if (this.#handle === undefined) {
        const s = this.#settings;
        this.#handle = native.zlibCreate(this.#mode, this._level, s.windowBits, s.memLevel,
            this._strategy, s.dictionary);
      }
      return this.#handle;
    }

    #close() {
      if (this.#handle !== undefined) native.zlibClose(this.#handle);
      this.#handle = undefined;
      this.#closed = true;
    }

    // Runs `input` through zlib with flush mode `flush`, handing each piece
    // of output to `emit`; throws zlib's error.
    #run(input, flush, emit) {
      const handle = this.#open();
      const chunkSize = this.#settings.chunkSize;
      let inOffset = 0;
      let inLeft = input.byteLength;
      for (;;) {
        if (this.#out === null || this.#outOffset >= this.#out.length) {
          this.#out = new FastBuffer(chunkSize);
          this.#outOffset = 0;
        }
        const outLength = this.#out.length - this.#outOffset;
        const inLength = Math.min(inLeft, kMaxPiece);
        // Only the last piece of the input gets the caller's flush.
        const pieceFlush = inLength < inLeft ? Z_NO_FLUSH : flush;
        native.zlibWrite(handle, pieceFlush, input, inOffset, inLength, this.#out,
            this.#outOffset, outLength, leftOver);
        const [inUnused, outUnused] = leftOver;
        const consumed = inLength - inUnused;
        const produced = outLength - outUnused;
        inOffset += consumed;
        inLeft -= consumed;
        this.bytesWritten += consumed;
        if (produced > 0) {
          const start = this.#outOffset;
          this.#outOffset += produced;
          emit(this.#out.subarray(start, start + produced));
        }
        // A full output buffer may mean more output is waiting; otherwise
        // zlib took what it could: go on only with input still unfed.
        if (outUnused !== 0 && (inUnused !== 0 || inLeft === 0)) return;
      }
    }

    // All of `input`'s output at once, as one Buffer; closes the stream
    // (the one-shot functions' engine).
    #runAll(input, flush) {
      const chunks = [];
      let total = 0;
      const limit = this.#settings.maxOutputLength;
      try {
        this.#run(input, flush, (chunk) => {
          total += chunk.length;
          if (total > limit) throw bufferTooLarge(limit);
          chunks.push(chunk);
        });
      } finally {
        this.#close();
      }
      return Buffer.concat(chunks, total);
    }

    // Pushes `input`'s output; calls back with zlib's error, if any.
    #runPushing(input, flush, callback) {
      try {
        this.#run(input, flush, (output) => this.push(output));
      } catch (error) {
        callback(error);
        return;
      }
      callback();
    }

    // Node 20's streams take any TypedArray or DataView; thaw's Writable
    // takes Uint8Arrays, so other views are given as bytes.
    write(chunk, encoding, callback) {
      if (isArrayBufferView(chunk) && !(chunk instanceof Uint8Array)) {
        chunk = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      return super.write(chunk, encoding, callback);
    }

    _transform(chunk, encoding, callback) {
      const flush = typeof chunk[kFlushFlag] === 'number' ? chunk[kFlushFlag] :
        this.#settings.flush;
      this.#runPushing(chunk, flush, callback);
    }

    _flush(callback) {
      this.#runPushing(new FastBuffer(0), this.#settings.finishFlush, callback);
    }

    _destroy(error, callback) {
      this.#close();
      callback(error);
    }

    // The old API some packages still call: with a callback, like a write;
    // without one, the output at once (and the stream is closed).
    _processChunk(chunk, flushFlag, callback) {
      if (typeof callback === 'function') {
        this.#runPushing(chunk, flushFlag, callback);
        return undefined;
      }
      return this.#runAll(chunk, flushFlag);
    }

    get _finishFlushFlag() { return this.#settings.finishFlush; }
    get _defaultFlushFlag() { return this.#settings.flush; }
    get _chunkSize() { return this.#settings.chunkSize; }
    get _maxOutputLength() { return this.#settings.maxOutputLength; }

    // flush([kind][, callback]): writes out what zlib holds so far, with
    // flush mode `kind` (Z_FULL_FLUSH by default), after the writes before.
    flush(kind, callback) {
      if (typeof kind === 'function' || (kind === undefined && !callback)) {
        callback = kind;
        kind = Z_FULL_FLUSH;
      }
      if (this.writableFinished) {
        if (callback) process.nextTick(callback);
      } else if (this.writableEnded) {
        if (callback) this.once('end', callback);
      } else {
        const marker = new FastBuffer(0);
        marker[kFlushFlag] = kind;
        this.write(marker, '', callback);
      }
    }

    // params(level, strategy, callback): new compression settings from
    // here on; what was written before is flushed with the old ones.
    params(level, strategy, callback) {
      rangeOption(level, 'level', limits.Z_MIN_LEVEL, limits.Z_MAX_LEVEL);
      rangeOption(strategy, 'strategy', 0, zlibConstants.Z_FIXED);
      if (this._level === level && this._strategy === strategy) {
        process.nextTick(callback);
        return;
      }
      this.flush(Z_SYNC_FLUSH, () => {
        if (this.#handle !== undefined && !this.#closed) {
          native.zlibParams(this.#handle, level, strategy);
        }
        if (!this.destroyed) {
          this._level = level;
          this._strategy = strategy;
          if (callback) callback();
        }
      });
    }

    // Starts over, as a new stream would; the options stay.
    reset() {
      if (this.#closed) throw new Error('zlib binding closed');
      if (this.#handle !== undefined) native.zlibReset(this.#handle);
      this.#out = null;
    }

    close(callback) {
      if (callback) finished(this, callback);
      this.destroy();
    }
  }

  // Node's stream classes can be called without `new`; subclasses work
  // through new.target.
  function zlibClass(name, mode) {
    const Class = {[name]: class extends ZlibBase {
      constructor(options) { super(options, mode); }
    }}[name];
    const callable = {[name]: function(options) {
      return Reflect.construct(Class, [options], new.target ?? callable);
    }}[name];
    callable.prototype = Class.prototype;
    Object.defineProperty(Class.prototype, 'constructor', {
      value: callable, writable: true, enumerable: false, configurable: true,
    });
    Object.setPrototypeOf(callable, ZlibBase);
    return callable;
  }

  const Deflate = zlibClass('Deflate', DEFLATE);
  const Inflate = zlibClass('Inflate', INFLATE);
  const Gzip = zlibClass('Gzip', GZIP);
  const Gunzip = zlibClass('Gunzip', GUNZIP);
  const DeflateRaw = zlibClass('DeflateRaw', DEFLATERAW);
  const InflateRaw = zlibClass('InflateRaw', INFLATERAW);
  const Unzip = zlibClass('Unzip', UNZIP);

  // ----------------------------------------------------- one-shot forms

  const kBufferTypes = 'string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer';

  // The bytes of a one-shot function's input.
  function inputBytes(buffer, name, types) {
    if (typeof buffer === 'string') return Buffer.from(buffer);
    if (isArrayBufferView(buffer)) return buffer;
    if (isAnyArrayBuffer(buffer) && types === kBufferTypes) return new Uint8Array(buffer);
    throw invalidArgType(name, types, buffer);
  }

  function syncFunction(Engine) {
    return function(buffer, options) {
      const engine = new Engine(options);
      const input = inputBytes(buffer, 'buffer', kBufferTypes);
      const result = engine._processChunk(input, engine._finishFlushFlag);
      return options?.info ? {buffer: result, engine} : result;
    };
  }

  function callbackFunction(Engine) {
    return function(buffer, options, callback) {
      if (typeof options === 'function') {
        callback = options;
        options = {};
      }
      const engine = new Engine(options);
      validateFunction(callback, 'callback');
      // Node hands `buffer` to a stream's end(), hence the error's words;
      // end() takes null and undefined for "no more data" and a function
      // for its callback: all three compress nothing.
      const input = buffer == null || typeof buffer === 'function' ? new FastBuffer(0) :
        isAnyArrayBuffer(buffer) ? new Uint8Array(buffer) :
        inputBytes(buffer, 'chunk', 'string or an instance of Buffer, TypedArray, or DataView');
      setImmediate(() => {
        let result;
        try {
          result = engine._processChunk(input, engine._finishFlushFlag);
        } catch (error) {
          callback(error);
          return;
        }
        callback(null, result);
      });
    };
  }

  function named(name, fn, length) {
    Object.defineProperty(fn, 'name', {value: name});
    Object.defineProperty(fn, 'length', {value: length});
    return fn;
  }

  // ------------------------------------------------------------- Brotli

  function brotliMissing(name) {
    return withCode(new Error(
        `zlib.${name} is not supported by thaw yet: Brotli is not implemented`),
    'ERR_METHOD_NOT_IMPLEMENTED');
  }

  function brotliStub(name, length) {
    return named(name, function() { throw brotliMissing(name); }, length);
  }

  // ------------------------------------------------------------- crc32

  function crc32(data, value = 0) {
    if (typeof data !== 'string' && !isArrayBufferView(data)) {
      throw invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView',
          data);
    }
    if (typeof value !== 'number') throw invalidArgType('value', 'number', value);
    if (!Number.isInteger(value)) throw outOfRange('value', 'an integer', value);
    if (value < 0 || value > 2 ** 32 - 1) {
      throw outOfRange('value', '>= 0 && <= 4294967295', value);
    }
    return native.crc32(data, value);
  }
  Object.defineProperty(crc32, 'length', {value: 1});

  // ------------------------------------------------------------- module

  const engines = {
    deflate: Deflate, gzip: Gzip, deflateRaw: DeflateRaw, unzip: Unzip,
    inflate: Inflate, gunzip: Gunzip, inflateRaw: InflateRaw,
  };
  const zlib = {
    crc32, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip,
    BrotliCompress: brotliStub('BrotliCompress', 1),
    BrotliDecompress: brotliStub('BrotliDecompress', 1),
  };
  for (const [name, Engine] of Object.entries(engines)) {
    zlib[name] = named(name, callbackFunction(Engine), 3);
    zlib[`${name}Sync`] = named(`${name}Sync`, syncFunction(Engine), 2);
  }
  for (const name of ['brotliCompress', 'brotliDecompress']) {
    zlib[name] = brotliStub(name, 3);
    zlib[`${name}Sync`] = brotliStub(`${name}Sync`, 2);
  }
  for (const Engine of [Deflate, Inflate, DeflateRaw, InflateRaw, Gzip, Gunzip, Unzip]) {
    const name = `create${Engine.name}`;
    zlib[name] = named(name, (options) => new Engine(options), 1);
  }
  zlib.createBrotliCompress = brotliStub('createBrotliCompress', 1);
  zlib.createBrotliDecompress = brotliStub('createBrotliDecompress', 1);
  Object.defineProperty(zlib, 'constants', {
    value: constants, writable: false, enumerable: true, configurable: false,
  });
  zlib.codes = codes;
  for (const [name, value] of Object.entries(legacyConstants)) {
    Object.defineProperty(zlib, name, {
      value, writable: false, enumerable: false, configurable: false,
    });
  }

  internals.defineBuiltin('zlib', () => zlib);
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['zlib']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
