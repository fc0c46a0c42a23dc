// node:util: inspect/format from 05_inspect.js, promisify/callbackify,
// inherits, deprecate, debuglog, util.types (bindings/types_module.cc),
// isDeepStrictEqual (the deep-equality walk that node:assert shares, as
// internals.isDeepEqual), parseArgs, and small helpers.
'use strict';

(function defineUtil() {
  const nativeTypes = binding.types;

  const withCode = internals.withCode;

  // Like internals.invalidArgType, but "property" for dotted names.
  function badType(name, type, value) {
    const error = internals.invalidArgType(name, type, value);
    if (name.includes('.')) error.message = error.message.replace('" argument', '" property');
    return error;
  }

  // ---- util.types --------------------------------------------------------

  const types = {};
  for (const name of Object.keys(nativeTypes)) types[name] = nativeTypes[name];
  // Typed-array kinds V8 has no single check for.
  const typedArrayTag = Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  types.isKeyObject = () => false;
  types.isCryptoKey = (value) => typeof CryptoKey === 'function' && value instanceof CryptoKey;
  internals.types = types;

  // ---- deep equality -----------------------------------------------------
  //
  // compareDeep(a, b, strict, seen): `strict` follows deepStrictEqual
  // (Object.is for primitives, same prototypes, symbol keys count); loose
  // follows deepEqual (== for primitives, prototypes ignored). `seen` maps an
  // object of `a`'s side to the set of `b`-side objects it is being compared
  // with, so cycles end as "equal so far".

  const toTag = (value) => Object.prototype.toString.call(value);
  const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);

  function primitivesEqual(a, b, strict) {
    if (strict) return Object.is(a, b);
    // eslint-disable-next-line eqeqeq
    return a == b || (a !== a && b !== b);
  }

  function ownKeysToCompare(object, strict) {
    const keys = Object.keys(object);
    if (strict) {
      for (const symbol of Object.getOwnPropertySymbols(object)) {
        if (isEnumerable(object, symbol)) keys.push(symbol);
      }
    }
    return keys;
  }

  function boxedValue(value) {
    if (types.isNumberObject(value)) return Number.prototype.valueOf.call(value);
    if (types.isStringObject(value)) return String.prototype.valueOf.call(value);
    if (types.isBooleanObject(value)) return Boolean.prototype.valueOf.call(value);
    if (types.isBigIntObject(value)) return BigInt.prototype.valueOf.call(value);
    return Symbol.prototype.valueOf.call(value);
  }

  function bytesOf(view) {
    if (types.isAnyArrayBuffer(view)) return new Uint8Array(view);
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }

  function sameBytes(a, b) {
    const x = bytesOf(a);
    const y = bytesOf(b);
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }

  // Compares what makes special objects different beyond their keys;
  // answers false, true (same so far) for the kinds it knows.
  function sameInternals(a, b, strict, seen) {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a) && a.length !== b.length) return false;
    if (types.isDate(a) !== types.isDate(b)) return false;
    if (types.isDate(a) &&
        Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
    if (types.isRegExp(a) !== types.isRegExp(b)) return false;
    if (types.isRegExp(a) &&
        (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex)) {
      return false;
    }
    const aError = types.isNativeError(a) || a instanceof Error;
    if (aError !== (types.isNativeError(b) || b instanceof Error)) return false;
    if (aError && (a.message !== b.message || a.name !== b.name)) return false;
    if (types.isBoxedPrimitive(a) !== types.isBoxedPrimitive(b)) return false;
    if (types.isBoxedPrimitive(a)) {
      const x = boxedValue(a);
      const y = boxedValue(b);
      if (typeof x !== typeof y || !Object.is(x, y)) return false;
    }
    if (types.isArrayBufferView(a) !== types.isArrayBufferView(b)) return false;
    if (types.isArrayBufferView(a)) {
      if (types.isTypedArray(a) && typedArrayTag.call(a) !== typedArrayTag.call(b)) return false;
      if (a.byteLength !== b.byteLength) return false;
      const floats = typedArrayTag.call(a) === 'Float32Array' ||
          typedArrayTag.call(a) === 'Float64Array';
      if (floats && !strict) {
        for (let i = 0; i < a.length; i++) if (!primitivesEqual(a[i], b[i], false)) return false;
      } else if (floats) {
        for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
      } else if (!sameBytes(a, b)) {
        return false;
      }
    }
    if (types.isAnyArrayBuffer(a) !== types.isAnyArrayBuffer(b)) return false;
    if (types.isAnyArrayBuffer(a) &&
        (types.isSharedArrayBuffer(a) !== types.isSharedArrayBuffer(b) || !sameBytes(a, b))) {
      return false;
    }
    if (types.isMap(a) !== types.isMap(b) || types.isSet(a) !== types.isSet(b)) return false;
    if (types.isSet(a) && !sameSets(a, b, strict, seen)) return false;
    if (types.isMap(a) && !sameMaps(a, b, strict, seen)) return false;
    if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) return false;
    return true;
  }

  const isObjectLike = (value) =>
    (typeof value === 'object' && value !== null) || typeof value === 'function';

  // Finds and removes from `pool` a value deep-equal to `value`.
  function takeMatch(pool, value, strict, seen) {
    for (const candidate of pool) {
      if (compareDeep(value, candidate, strict, seen)) {
        pool.delete(candidate);
        return true;
      }
    }
    return false;
  }

  function sameSets(a, b, strict, seen) {
    if (a.size !== b.size) return false;
    let pool = null;
    for (const value of a) {
      if (b.has(value)) continue;
      if (!strict && !isObjectLike(value)) {
        // 1 and '1' are loosely the same member.
        let found = false;
        for (const other of b) {
          if (!isObjectLike(other) && primitivesEqual(value, other, false)) found = true;
        }
        if (found) continue;
      }
      if (!isObjectLike(value) && strict) return false;
      if (pool === null) {
        pool = new Set();
        for (const other of b) if (isObjectLike(other) && !a.has(other)) pool.add(other);
      }
      if (!takeMatch(pool, value, strict, seen)) return false;
    }
    return true;
  }

  function sameMaps(a, b, strict, seen) {
    if (a.size !== b.size) return false;
    let pool = null;
    for (const [key, value] of a) {
      if (b.has(key)) {
        if (!compareDeep(value, b.get(key), strict, seen)) return false;
        continue;
      }
      if (strict && !isObjectLike(key)) return false;
      if (pool === null) {
        pool = new Set();
        for (const other of b.keys()) if (!a.has(other)) pool.add(other);
      }
      let matched = false;
      for (const candidate of pool) {
        if (compareDeep(key, candidate, strict, seen) &&
            compareDeep(value, b.get(candidate), strict, seen)) {
          pool.delete(candidate);
          matched = true;
          break;
        }
      }
      if (!matched) return false;
    }
    return true;
  }

  function compareDeep(a, b, strict, seen) {
    if (a === b) return a !== 0 || !strict || Object.is(a, b);
    if (!isObjectLike(a) || !isObjectLike(b)) {
      if (isObjectLike(a) || isObjectLike(b)) return false;
      return primitivesEqual(a, b, strict);
    }
    if (typeof a === 'function' || typeof b === 'function') return false;
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (toTag(a) !== toTag(b)) return false;
    let partners = seen.get(a);
    if (partners !== undefined && partners.has(b)) return true;
    if (partners === undefined) seen.set(a, partners = new Set());
    partners.add(b);
    if (!sameInternals(a, b, strict, seen)) return false;
    const keysA = ownKeysToCompare(a, strict);
    const keysB = ownKeysToCompare(b, strict);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
      if (!hasOwn(b, key) || !isEnumerable(b, key)) return false;
    }
    // Errors' message and name are compared above even when not own keys.
    for (const key of keysA) {
      if (!compareDeep(a[key], b[key], strict, seen)) return false;
    }
    return true;
  }

  function isDeepEqual(a, b, strict) {
    return compareDeep(a, b, strict, new Map());
  }
  internals.isDeepEqual = isDeepEqual;

  // ---- promisify / callbackify --------------------------------------------

  const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

  function promisify(original) {
    internals.validateFunction(original, 'original');
    const custom = original[kCustomPromisify];
    if (custom !== undefined) {
      if (typeof custom !== 'function') {
        throw badType('original[util.promisify.custom]', 'function', custom);
      }
      Object.defineProperty(custom, kCustomPromisify, {
        value: custom, enumerable: false, writable: false, configurable: true,
      });
      return custom;
    }
    function promisified(...args) {
      return new Promise((resolve, reject) => {
        Reflect.apply(original, this, [...args, (error, ...values) => {
          if (error) reject(error);
          else resolve(values[0]);
        }]);
      });
    }
    Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
    Object.defineProperty(promisified, kCustomPromisify, {
      value: promisified, enumerable: false, writable: false, configurable: true,
    });
    const descriptors = Object.getOwnPropertyDescriptors(original);
    for (const key of Reflect.ownKeys(descriptors)) {
      if (key === kCustomPromisify) continue;
      Object.defineProperty(promisified, key, descriptors[key]);
    }
    return promisified;
  }
  promisify.custom = kCustomPromisify;

  function callbackify(original) {
    internals.validateFunction(original, 'original');
    function callbackified(...args) {
      const callback = args.pop();
      internals.validateFunction(callback, 'last argument');
      const settle = (error, value) => internals.nextTick(() => callback(error, value));
      Reflect.apply(original, this, args).then(
          (value) => settle(null, value),
          (reason) => {
            if (!reason) {
              const wrapped = withCode(new Error('Promise was rejected with falsy value'),
                                       'ERR_FALSY_VALUE_REJECTION');
              wrapped.reason = reason;
              reason = wrapped;
            }
            settle(reason);
          });
    }
    const descriptors = Object.getOwnPropertyDescriptors(original);
    if (typeof descriptors.length?.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name?.value === 'string') descriptors.name.value += 'Callbackified';
    Object.defineProperties(callbackified, descriptors);
    Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
    return callbackified;
  }

  // The timers' promise forms, found on first use (the module registry
  // builds node:timers/promises lazily).
  function timersPromisesFunction(name) {
    return {
      get() { return new internals.Module('').require('timers/promises')[name]; },
      enumerable: false,
      configurable: true,
    };
  }
  Object.defineProperty(globalThis.setTimeout, kCustomPromisify, timersPromisesFunction('setTimeout'));
  Object.defineProperty(globalThis.setImmediate, kCustomPromisify, timersPromisesFunction('setImmediate'));

  // ---- inherits / deprecate / debuglog -------------------------------------

  function inherits(constructor, superConstructor) {
    if (constructor === undefined || constructor === null) {
      throw internals.invalidArgType('ctor', 'function', constructor);
    }
    if (superConstructor === undefined || superConstructor === null) {
      throw internals.invalidArgType('superCtor', 'function', superConstructor);
    }
    if (superConstructor.prototype === undefined) {
      throw badType('superCtor.prototype', 'object', superConstructor.prototype);
    }
    Object.defineProperty(constructor, 'super_', {
      value: superConstructor, writable: true, configurable: true,
    });
    Object.setPrototypeOf(constructor.prototype, superConstructor.prototype);
  }

  // Codes already warned about, for the whole process.
  const deprecationCodesWarned = new Set();

  function deprecate(fn, message, code) {
    internals.validateFunction(fn, 'fn');
    if (code !== undefined && typeof code !== 'string') {
      throw internals.invalidArgType('code', 'string', code);
    }
    let warned = false;
    function warnOnce() {
      if (warned || process.noDeprecation) return;
      warned = true;
      if (code !== undefined) {
        if (deprecationCodesWarned.has(code)) return;
        deprecationCodesWarned.add(code);
      }
      process.emitWarning(message, 'DeprecationWarning', code);
    }
    function deprecated(...args) {
      warnOnce();
      if (new.target) return Reflect.construct(fn, args, new.target);
      return Reflect.apply(fn, this, args);
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  }

  // NODE_DEBUG is read on the first debuglog call that logs or asks, never
  // at build time.
  let debugPatterns = null;
  function debugEnabled(section) {
    if (debugPatterns === null) {
      const setting = process.env.NODE_DEBUG || '';
      debugPatterns = setting.split(/[\s,]+/).filter(Boolean).map((word) => {
        const escaped = word.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*');
        return new RegExp(`^${escaped}$`, 'i');
      });
    }
    return debugPatterns.some((pattern) => pattern.test(section));
  }

  function debuglog(section, onEnable) {
    let enabled;
    let logger;
    function decide() {
      if (enabled !== undefined) return;
      enabled = debugEnabled(section);
      const label = section.toUpperCase();
      logger = enabled ?
        (...args) => process.stderr.write(
            `${label} ${process.pid}: ${internals.formatWithOptions({colors: false}, ...args)}\n`) :
        () => {};
      if (typeof onEnable === 'function') onEnable(logger);
    }
    function debug(...args) {
      decide();
      Reflect.apply(logger, this, args);
    }
    Object.defineProperty(debug, 'enabled', {
      get() { decide(); return enabled; }, configurable: true, enumerable: true,
    });
    return debug;
  }

  // ---- strings ---------------------------------------------------------------

  function toUSVString(value) {
    const text = `${value}`;
    let result = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0xD800 || unit > 0xDFFF) continue;
      const next = text.charCodeAt(i + 1);
      if (unit <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
        i++;
        continue;
      }
      result += `${text.slice(start, i)}\uFFFD`;
      start = i + 1;
    }
    return start === 0 ? text : result + text.slice(start);
  }

  function stripVTControlCharacters(text) {
    if (typeof text !== 'string') throw internals.invalidArgType('str', 'string', text);
    return internals.stripVTControlCharacters(text);
  }

  // ---- parseArgs ---------------------------------------------------------------

  function parseArgsError(code, message) {
    return withCode(new TypeError(message), code);
  }

  function checkOptionConfig(name, config) {
    const where = `options.${name}`;
    if (config === null || typeof config !== 'object') throw badType(where, 'object', config);
    const {type, short, multiple, default: fallback} = config;
    if (type !== 'string' && type !== 'boolean') {
      throw withCode(new TypeError(
          `The "${where}.type" property must be ('string|boolean'). Received ` +
          `${internals.invalidArgType('x', 'x', type).message.split('Received ')[1]}`),
                     'ERR_INVALID_ARG_TYPE');
    }
    if (short !== undefined) {
      if (typeof short !== 'string') throw badType(`${where}.short`, 'string', short);
      if (short.length !== 1) {
        throw withCode(new TypeError(
            `The property '${where}.short' must be a single character. Received ` +
            `${internals.inspect(short)}`), 'ERR_INVALID_ARG_VALUE');
      }
    }
    if (multiple !== undefined && typeof multiple !== 'boolean') {
      throw badType(`${where}.multiple`, 'boolean', multiple);
    }
    if (fallback !== undefined) {
      if (multiple) {
        if (!Array.isArray(fallback)) throw badType(`${where}.default`, 'an instance of Array', fallback);
        for (const item of fallback) {
          if (typeof item !== type) throw badType(`${where}.default`, `${type}[]`, fallback);
        }
      } else if (typeof fallback !== type) {
        throw badType(`${where}.default`, type, fallback);
      }
    }
  }

  // Splits args into tokens: options (with the value they take, if any),
  // positionals and the '--' terminator.
  function tokenize(args, options, shortNames) {
    const tokens = [];
    const takesValue = (name) => options[name]?.type === 'string';
    for (let index = 0; index < args.length; index++) {
      const arg = args[index];
      if (arg === '--') {
        tokens.push({kind: 'option-terminator', index});
        for (let rest = index + 1; rest < args.length; rest++) {
          tokens.push({kind: 'positional', index: rest, value: args[rest]});
        }
        break;
      }
      if (arg.length < 2 || arg[0] !== '-') {
        tokens.push({kind: 'positional', index, value: arg});
        continue;
      }
      const optionAt = index;
      // The value of a string option given apart: the next argument.
      const nextValue = () => (index + 1 < args.length ? args[++index] : undefined);
      if (arg[1] === '-') {
        const equals = arg.indexOf('=');
        if (equals !== -1) {
          tokens.push({kind: 'option', name: arg.slice(2, equals), rawName: arg.slice(0, equals),
                       index: optionAt, value: arg.slice(equals + 1), inlineValue: true});
        } else {
          const name = arg.slice(2);
          if (takesValue(name)) {
            tokens.push({kind: 'option', name, rawName: arg, index: optionAt,
                         value: nextValue(), inlineValue: false});
          } else {
            tokens.push({kind: 'option', name, rawName: arg, index: optionAt,
                         value: undefined, inlineValue: undefined});
          }
        }
        continue;
      }
      // One or more short options: -a, -abc, -bVALUE.
      for (let at = 1; at < arg.length; at++) {
        const letter = arg[at];
        const name = shortNames.get(letter) ?? letter;
        const rawName = `-${letter}`;
        if (takesValue(name)) {
          if (at + 1 < arg.length) {
            tokens.push({kind: 'option', name, rawName, index: optionAt,
                         value: arg.slice(at + 1), inlineValue: true});
          } else {
            tokens.push({kind: 'option', name, rawName, index: optionAt,
                         value: nextValue(), inlineValue: false});
          }
          break;
        }
        tokens.push({kind: 'option', name, rawName, index: optionAt,
                     value: undefined, inlineValue: undefined});
      }
    }
    return tokens;
  }

  function parseArgs(config = {}) {
    if (config === null || typeof config !== 'object') {
      throw internals.invalidArgType('config', 'object', config);
    }
    const args = config.args === undefined ? process.argv.slice(2) : config.args;
    const options = config.options === undefined ? {} : config.options;
    const strict = config.strict === undefined ? true : config.strict;
    const allowPositionals = config.allowPositionals === undefined ? !strict : config.allowPositionals;
    const allowNegative = config.allowNegative === undefined ? false : config.allowNegative;
    const wantTokens = config.tokens === undefined ? false : config.tokens;
    if (!Array.isArray(args)) throw internals.invalidArgType('args', 'an instance of Array', args);
    for (const [flag, value] of [['strict', strict], ['allowPositionals', allowPositionals],
      ['tokens', wantTokens], ['allowNegative', allowNegative]]) {
      if (typeof value !== 'boolean') throw internals.invalidArgType(flag, 'boolean', value);
    }
    if (options === null || typeof options !== 'object') {
      throw internals.invalidArgType('options', 'object', options);
    }
    const shortNames = new Map();
    for (const name of Object.keys(options)) {
      checkOptionConfig(name, options[name]);
      if (options[name].short !== undefined) shortNames.set(options[name].short, name);
    }

    const tokens = tokenize(args, options, shortNames);
    const values = {__proto__: null};
    const positionals = [];
    const known = (name) => hasOwn(options, name);
    const describeOption = (name) =>
      (known(name) && options[name].short !== undefined ?
        `-${options[name].short}, --${name}` : `--${name}`);

    for (const token of tokens) {
      if (token.kind === 'positional') {
        if (!allowPositionals) {
          throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
                               `Unexpected argument '${token.value}'. This command does not take ` +
                               'positional arguments');
        }
        positionals.push(token.value);
        continue;
      }
      if (token.kind !== 'option') continue;
      let {name} = token;
      let value = token.value;
      if (allowNegative && token.rawName.startsWith('--no-') && token.value === undefined) {
        const positive = name.slice(3);
        if (known(positive) && options[positive].type === 'boolean') {
          name = positive;
          value = false;
          token.name = positive;
        }
      }
      if (strict) {
        if (!known(name)) {
          let message = `Unknown option '${token.rawName}'`;
          if (allowPositionals) {
            message += '. To specify a positional argument starting with a \'-\', place it at ' +
                `the end of the command after '--', as in '-- ${JSON.stringify(token.rawName)}`;
          }
          throw parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', message);
        }
        const {type} = options[name];
        if (type === 'string' && token.value === undefined) {
          throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
                               `Option '${describeOption(name)} <value>' argument missing`);
        }
        if (type === 'string' && token.inlineValue === false && token.value.startsWith('-')) {
          throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
                               `Option '${token.rawName}' argument is ambiguous.\n` +
                               `Did you forget to specify the option argument for '${token.rawName}'?\n` +
                               `To specify an option argument starting with a dash use '${
                                 token.rawName.startsWith('--') ? `${token.rawName}=-XYZ` :
                                   `--${name}=-XYZ' or '${token.rawName}-XYZ`}'.`);
        }
        if (type === 'boolean' && token.value !== undefined) {
          throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
                               `Option '${describeOption(name)}' does not take an argument`);
        }
      }
      if (value === undefined) value = true;
      if (known(name) && options[name].multiple) {
        if (values[name] === undefined) values[name] = [];
        values[name].push(value);
      } else {
        values[name] = value;
      }
    }
    for (const name of Object.keys(options)) {
      if (options[name].default !== undefined && values[name] === undefined) {
        values[name] = options[name].default;
      }
    }
    const result = {values, positionals};
    if (wantTokens) result.tokens = tokens;
    return result;
  }

  // ---- the module ----------------------------------------------------------------

  function isDeepStrictEqual(a, b) {
    return isDeepEqual(a, b, true);
  }

  // util.aborted(signal, resource): settles when `signal` aborts, with the
  // abort event (at once, with undefined, if it has). Node also lets go of
  // the promise when `resource` is collected; thaw keeps nothing of
  // `resource`, so the promise only waits for the signal.
  async function aborted(signal, resource) {
    if (signal === undefined || !internals.web.isAbortSignal?.(signal)) {
      throw internals.invalidArgType('signal', 'an instance of AbortSignal', signal);
    }
    if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
      throw internals.invalidArgType('resource', 'object', resource);
    }
    // A promise, not undefined: Node's settles a few microtask turns later.
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      signal.addEventListener('abort', resolve, {once: true});
    });
  }

  internals.defineBuiltin('util', () => {
    const util = {
      aborted,
      format: internals.format,
      formatWithOptions: internals.formatWithOptions,
      inspect: internals.inspect,
      promisify,
      callbackify,
      inherits,
      deprecate,
      debuglog,
      debug: debuglog,
      types,
      isDeepStrictEqual,
      parseArgs,
      stripVTControlCharacters,
      toUSVString,
      isArray: Array.isArray,
      TextEncoder: globalThis.TextEncoder,
      TextDecoder: globalThis.TextDecoder,
    };
    return util;
  });
  internals.utilParts = {promisify, parseArgs, debuglog, toUSVString};
})();
