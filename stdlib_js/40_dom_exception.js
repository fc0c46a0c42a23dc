// DOMException (WebIDL), shaped like Node 20's: an Error by its prototype
// chain, with name, message and code as accessors, the legacy code constants
// on the constructor and its prototype, and an optional `cause`.
//
// Also `internals.web`: what the web API files (40 to 49) share, chiefly
// Node's errors with their codes and messages.
'use strict';

const ObjectDefineProperty = Object.defineProperty;
const ErrorCaptureStackTrace = Error.captureStackTrace;

const withCode = internals.withCode;

const web = {
  withCode,

  // ERR_INVALID_ARG_TYPE for "must be an instance of X" (instances: a
  // string such as 'AbortSignal' or 'Uint8Array'); 01_errors.js words it.
  invalidInstance(name, instances, value) {
    return internals.invalidArgType(name, `an instance of ${instances}`, value);
  },

  // ERR_INVALID_ARG_TYPE for "must be of type t" (t: 'string', 'object'...).
  invalidType: internals.invalidArgType,

  // ERR_INVALID_ARG_TYPE with a fixed message, for the few places where
  // Node's native code writes its own.
  invalidArgMessage(message) {
    return withCode(new TypeError(message), 'ERR_INVALID_ARG_TYPE');
  },

  // ERR_MISSING_ARGS: The "a" and "b" arguments must be specified.
  missingArgs(...names) {
    const quoted = names.map((name) => `"${name}"`);
    let list;
    if (quoted.length <= 2) {
      list = quoted.join(' and ');
    } else {
      list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
    }
    return withCode(new TypeError(
        `The ${list} argument${names.length > 1 ? 's' : ''} must be specified`),
    'ERR_MISSING_ARGS');
  },

  // ERR_INVALID_THIS: Value of "this" must be of type T.
  invalidThis(type) {
    return withCode(new TypeError(`Value of "this" must be of type ${type}`),
                    'ERR_INVALID_THIS');
  },

  illegalConstructor() {
    return withCode(new TypeError('Illegal constructor'), 'ERR_ILLEGAL_CONSTRUCTOR');
  },

  // Node's validateObject: `null`, arrays and functions are refused unless
  // allowed.
  validateObject(value, name, {allowNull = false, allowArray = false,
    allowFunction = false} = {}) {
    if ((value === null && !allowNull) ||
        (Array.isArray(value) && !allowArray) ||
        (typeof value !== 'object' &&
         (typeof value !== 'function' || !allowFunction))) {
      throw web.invalidType(name, 'object', value);
    }
  },

  // Node's validateUint32.
  validateUint32(value, name) {
    if (typeof value !== 'number') throw web.invalidType(name, 'number', value);
    if (!Number.isInteger(value)) throw internals.outOfRange(name, 'an integer', value);
    if (value < 0 || value > 4294967295) {
      throw internals.outOfRange(name, '>= 0 && <= 4294967295', value);
    }
  },

  // What custom inspect hooks are keyed by (util.inspect.custom).
  inspectSymbol: Symbol.for('nodejs.util.inspect.custom'),

  // What inspect shows for an object nested deeper than `depth`, "[Name]":
  // Node's web objects carry symbol-keyed state, so Node never shows them
  // as empty braces there, as it would thaw's (their state is private).
  beyondDepth(value, options) {
    let name = value.constructor?.name ?? 'Object';
    const tag = value[Symbol.toStringTag];
    if (typeof tag === 'string' && tag !== '' && tag !== name) name = `${name} [${tag}]`;
    return options.stylize(`[${name}]`, 'special');
  },

  // Options for formatting one level deeper, as Node's web classes pass on.
  nestedInspectOptions(options) {
    return {...options, depth: options.depth == null ? null : options.depth - 1};
  },
};

// Defines a global the way Node defines its web classes: writable,
// configurable and, unless said otherwise, not enumerable.
web.defineGlobal = function defineGlobal(name, value, enumerable = false) {
  ObjectDefineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable,
  });
};

internals.web = web;

// Work each process does before the main script (internals.startProcess
// calls startWebApis): what must not come from the snapshot.
web.processStartHooks = [];
internals.startWebApis = function startWebApis() {
  for (const hook of web.processStartHooks) hook();
};

// ---------------------------------------------------------------------------
// DOMException

const domExceptionState = new WeakMap();

// The codes of the WebIDL error names table. Three names are out of use:
// their constants remain, but an exception with such a name has code 0.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
const disusedNames = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);
const codeByName = new Map();

// Node's own wording for DOMException's accessors on a wrong receiver.
function throwInvalidThis() {
  const error = new TypeError();
  Object.defineProperties(error, {
    message: {
      value: 'Value of "this" must be of DOMException',
      writable: true, enumerable: false, configurable: true,
    },
    toString: {
      value() { return `${this.name} [ERR_INVALID_THIS]: ${this.message}`; },
      writable: true, enumerable: false, configurable: true,
    },
  });
  error.code = 'ERR_INVALID_THIS';
  throw error;
}

function stateOf(exception) {
  const state = domExceptionState.get(exception);
  if (state === undefined) throwInvalidThis();
  return state;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    // First, as in Node, so `stack` is the first own property. V8 writes
    // the stack's "Name: message" line when it is first read.
    ErrorCaptureStackTrace(this);
    if (options !== null && typeof options === 'object') {
      const {name} = options;
      domExceptionState.set(this, {message: `${message}`, name: `${name}`});
      if ('cause' in options) {
        ObjectDefineProperty(this, 'cause', {
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      domExceptionState.set(this, {message: `${message}`, name: `${options}`});
    }
  }

  get name() {
    return stateOf(this).name;
  }

  get message() {
    return stateOf(this).message;
  }

  get code() {
    const {name} = stateOf(this);
    if (disusedNames.has(name)) return 0;
    return codeByName.get(name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: {value: 'DOMException', configurable: true},
  name: {enumerable: true, configurable: true},
  message: {enumerable: true, configurable: true},
  code: {enumerable: true, configurable: true},
});

for (let i = 0; i < legacyCodes.length; i++) {
  const [name, constant] = legacyCodes[i];
  const descriptor = {value: i + 1, enumerable: true};
  ObjectDefineProperty(DOMException, constant, descriptor);
  ObjectDefineProperty(DOMException.prototype, constant, descriptor);
  codeByName.set(name, i + 1);
}

internals.DOMException = DOMException;
web.defineGlobal('DOMException', DOMException);
