// Node-compatible value formatting: internals.inspect, internals.format and
// internals.formatWithOptions.
//
// The goal is Node 20's util.inspect/util.format output, byte for byte, so
// the algorithm (line breaking, array grouping, quoting, error stacks) follows
// Node's lib/internal/util/inspect.js step by step. Node learns a few facts
// from native helpers that V8 does not offer to JavaScript: whether an object
// is a Proxy, a promise's state, and the entries of an iterator or a weak
// collection without consuming them. This file answers the type questions
// with brand checks (built-in getters that throw on the wrong receiver) and,
// for the rest, says where it prints less than Node.
//
// This file runs once at snapshot build time. It only defines functions and
// constant tables; nothing here reads per-process state at load time.
'use strict';

// ---------------------------------------------------------------------------
// Built-ins, captured now.
//
// User code runs after the snapshot is made and may replace globals or
// prototype methods. Capturing what the formatter relies on keeps console.log
// working (and free of calls into user replacements) when it does.

const {
  assign: ObjectAssign,
  defineProperty: ObjectDefineProperty,
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getOwnPropertyNames: ObjectGetOwnPropertyNames,
  getOwnPropertySymbols: ObjectGetOwnPropertySymbols,
  getPrototypeOf: ObjectGetPrototypeOf,
  is: ObjectIs,
  keys: ObjectKeys,
  seal: ObjectSeal,
  setPrototypeOf: ObjectSetPrototypeOf,
} = Object;
const ArrayIsArray = Array.isArray;
const ReflectOwnKeys = Reflect.ownKeys;
const JSONStringify = JSON.stringify;
const { floor: MathFloor, max: MathMax, min: MathMin, round: MathRound,
  sqrt: MathSqrt, trunc: MathTrunc } = Math;
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const StringCtor = String;
const NumberCtor = Number;
const ObjectCtor = Object;
const FunctionCtor = Function;
const RegExpCtor = RegExp;
const Uint8ArrayCtor = Uint8Array;
const ErrorCtor = Error;
const PromiseCtor = Promise;

// uncurryThis(f)(receiver, ...args) is f.call(receiver, ...args), bound to
// the original Function.prototype.call so a replaced `call` does not matter.
const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);

function uncurryGetter(prototype, name) {
  return uncurryThis(ObjectGetOwnPropertyDescriptor(prototype, name).get);
}

const hasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty);
const propertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const objectToString = uncurryThis(Object.prototype.toString);
const functionToString = uncurryThis(Function.prototype.toString);
const functionHasInstance = uncurryThis(Function.prototype[Symbol.hasInstance]);
const arrayIncludes = uncurryThis(Array.prototype.includes);
const arrayPush = uncurryThis(Array.prototype.push);
const arraySort = uncurryThis(Array.prototype.sort);
const errorToString = uncurryThis(Error.prototype.toString);
const regExpToString = uncurryThis(RegExp.prototype.toString);
const regExpSource = uncurryGetter(RegExp.prototype, 'source');
const dateGetTime = uncurryThis(Date.prototype.getTime);
const dateToISOString = uncurryThis(Date.prototype.toISOString);
const dateToString = uncurryThis(Date.prototype.toString);
const numberValueOf = uncurryThis(Number.prototype.valueOf);
const stringValueOf = uncurryThis(String.prototype.valueOf);
const booleanValueOf = uncurryThis(Boolean.prototype.valueOf);
const bigIntValueOf = uncurryThis(BigInt.prototype.valueOf);
const symbolValueOf = uncurryThis(Symbol.prototype.valueOf);
const symbolToString = uncurryThis(Symbol.prototype.toString);
const MapCtor = Map;
const SetCtor = Set;
const ArrayCtor = Array;
const mapGet = uncurryThis(Map.prototype.get);
const mapSet = uncurryThis(Map.prototype.set);
const setHas = uncurryThis(Set.prototype.has);
const setAdd = uncurryThis(Set.prototype.add);
const mapSize = uncurryGetter(Map.prototype, 'size');
const mapEntries = uncurryThis(Map.prototype.entries);
const setSize = uncurryGetter(Set.prototype, 'size');
const setValues = uncurryThis(Set.prototype.values);
const weakMapHas = uncurryThis(WeakMap.prototype.has);
const weakSetHas = uncurryThis(WeakSet.prototype.has);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const typedArrayTag = uncurryGetter(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayLength = uncurryGetter(TypedArrayPrototype, 'length');
const arrayBufferByteLength = uncurryGetter(ArrayBuffer.prototype, 'byteLength');
// V8 installs SharedArrayBuffer per context when the context is created (a
// "conditional feature"), so it does not exist while the snapshot is built:
// it is looked up on first use, in the running process.
let sharedArrayBufferByteLength;
function sharedArrayBufferSupport() {
  if (sharedArrayBufferByteLength === undefined && typeof SharedArrayBuffer === 'function') {
    sharedArrayBufferByteLength = uncurryGetter(SharedArrayBuffer.prototype, 'byteLength');
    mapSet(prototypeTypes, SharedArrayBuffer.prototype, 'SharedArrayBuffer');
  }
  return sharedArrayBufferByteLength;
}
const dataViewBuffer = uncurryGetter(DataView.prototype, 'buffer');

const ObjectPrototype = Object.prototype;
const FunctionPrototype = Function.prototype;
const RegExpPrototype = RegExp.prototype;
const MapIteratorPrototype = ObjectGetPrototypeOf(new Map().entries());
const SetIteratorPrototype = ObjectGetPrototypeOf(new Set().values());
const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function() {});
const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function*() {});
const AsyncGeneratorFunctionPrototype =
  ObjectGetPrototypeOf(async function*() {});

// Constructors by name, to rebuild a typed array whose prototype was removed.
const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array,
  BigUint64Array,
};

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const SymbolToStringTag = Symbol.toStringTag;
const SymbolIterator = Symbol.iterator;
const SymbolToPrimitive = Symbol.toPrimitive;

// ---------------------------------------------------------------------------
// Type checks.
//
// Node asks V8 natively (util.types). Here each check calls a built-in whose
// spec says it throws a TypeError unless the receiver has the right internal
// slot, which is exact and has no side effects. A thrown TypeError costs
// microseconds, though (V8 formats its message), so builtinType() below
// runs only the one check its prototype chain suggests.

function isBrandedBy(check, value) {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

const isMap = (value) => isBrandedBy(mapSize, value);
const isSet = (value) => isBrandedBy(setSize, value);
const isWeakMap = (value) => isBrandedBy((v) => weakMapHas(v, ObjectPrototype), value);
const isWeakSet = (value) => isBrandedBy((v) => weakSetHas(v, ObjectPrototype), value);
const isDate = (value) => isBrandedBy(dateGetTime, value);
// The `source` getter answers for RegExp.prototype itself without throwing,
// but that object is not a regular expression.
const isRegExp = (value) =>
  value !== RegExpPrototype && isBrandedBy(regExpSource, value);
const isTypedArray = (value) => typedArrayTag(value) !== undefined;
const isArrayBuffer = (value) => isBrandedBy(arrayBufferByteLength, value);
const isSharedArrayBuffer = (value) => sharedArrayBufferSupport() !== undefined &&
  isBrandedBy(sharedArrayBufferByteLength, value);
const isDataView = (value) => isBrandedBy(dataViewBuffer, value);
const isNumberObject = (value) => isBrandedBy(numberValueOf, value);
const isStringObject = (value) => isBrandedBy(stringValueOf, value);
const isBooleanObject = (value) => isBrandedBy(booleanValueOf, value);
const isBigIntObject = (value) => isBrandedBy(bigIntValueOf, value);
const isSymbolObject = (value) => isBrandedBy(symbolValueOf, value);

// No built-in method checks for a promise without side effects (`then` marks
// a rejection as handled), so this trusts the prototype chain and the tag.
function isPromise(value) {
  return functionHasInstance(PromiseCtor, value) &&
    objectToString(value) === '[object Promise]';
}

// What V8 knows and JavaScript cannot see: see bindings/util_module.cc.
const {
  getPromiseDetails, getProxyDetails, previewEntries,
  getOwnNonIndexProperties: nativeOwnNonIndexProperties,
} = binding.util;

// A revoked proxy's target is null.
function isRevokedProxy(value) {
  return getProxyDetails(value, false) === null;
}

// Every arguments object has an own `callee`; the tag then tells it apart
// from an ordinary object that happens to have one.
function isArgumentsObject(value) {
  return hasOwnProperty(value, 'callee') &&
    objectToString(value) === '[object Arguments]';
}

// Native errors report "[object Error]" unless a Symbol.toStringTag says
// otherwise, so an object that only claims the tag is not counted.
function isNativeError(value) {
  return objectToString(value) === '[object Error]' &&
    !(SymbolToStringTag in value);
}

function isError(value) {
  return isNativeError(value) || functionHasInstance(ErrorCtor, value);
}

// Function kinds are told apart by their prototypes, which is what V8 gives
// every async and generator function.
function isAsyncFunction(fn) {
  const proto = ObjectGetPrototypeOf(fn);
  return proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

function isGeneratorFunction(fn) {
  const proto = ObjectGetPrototypeOf(fn);
  return proto === GeneratorFunctionPrototype ||
    proto === AsyncGeneratorFunctionPrototype;
}

const isMapIterator = (value) => ObjectGetPrototypeOf(value) === MapIteratorPrototype;
const isSetIterator = (value) => ObjectGetPrototypeOf(value) === SetIteratorPrototype;

// A module namespace has a null prototype and a fixed, non-enumerable
// Symbol.toStringTag of 'Module'.
function isModuleNamespaceObject(value) {
  if (ObjectGetPrototypeOf(value) !== null) return false;
  const tag = ObjectGetOwnPropertyDescriptor(value, SymbolToStringTag);
  return tag !== undefined && tag.value === 'Module' && !tag.writable &&
    !tag.enumerable && !tag.configurable;
}

// The built-in types formatRaw tells apart, each with its exact check.
// 'TypedArray' covers all typed arrays; '' means none of them.
const typeChecks = {
  __proto__: null,
  'Map': isMap,
  'Set': isSet,
  'TypedArray': isTypedArray,
  'Map Iterator': isMapIterator,
  'Set Iterator': isSetIterator,
  'RegExp': isRegExp,
  'Date': isDate,
  'ArrayBuffer': isArrayBuffer,
  'SharedArrayBuffer': isSharedArrayBuffer,
  'DataView': isDataView,
  'Promise': isPromise,
  'WeakSet': isWeakSet,
  'WeakMap': isWeakMap,
  'Number': isNumberObject,
  'String': isStringObject,
  'Boolean': isBooleanObject,
  'BigInt': isBigIntObject,
  'Symbol': isSymbolObject,
};

// The prototype each type's instances (and subclass instances) inherit
// from. Reaching Object.prototype, Function.prototype, Array.prototype or
// Error.prototype first means none of the types above.
const prototypeTypes = new MapCtor([
  [Map.prototype, 'Map'],
  [Set.prototype, 'Set'],
  [TypedArrayPrototype, 'TypedArray'],
  [MapIteratorPrototype, 'Map Iterator'],
  [SetIteratorPrototype, 'Set Iterator'],
  [RegExp.prototype, 'RegExp'],
  [Date.prototype, 'Date'],
  [ArrayBuffer.prototype, 'ArrayBuffer'],
  [DataView.prototype, 'DataView'],
  [Promise.prototype, 'Promise'],
  [WeakSet.prototype, 'WeakSet'],
  [WeakMap.prototype, 'WeakMap'],
  [Number.prototype, 'Number'],
  [String.prototype, 'String'],
  [Boolean.prototype, 'Boolean'],
  [BigInt.prototype, 'BigInt'],
  [Symbol.prototype, 'Symbol'],
  [Object.prototype, ''],
  [Function.prototype, ''],
  [Array.prototype, ''],
  [Error.prototype, ''],
]);

// Which of the built-in types in typeChecks `value` is. The first known
// prototype on its chain names the candidate and one check confirms it.
// Objects without such a prototype (a null prototype) or that fail the
// check (Object.create(Map.prototype)) are tried against every type. An
// object whose prototype was replaced by a user-defined one (say
// Object.setPrototypeOf(new Map(), Foo.prototype)) is not recognised;
// Node, asking V8, would still see a Map.
function builtinType(value) {
  sharedArrayBufferSupport();
  let proto = ObjectGetPrototypeOf(value);
  while (proto !== null) {
    const type = mapGet(prototypeTypes, proto);
    if (type !== undefined) {
      if (type === '' || typeChecks[type](value)) return type;
      break;
    }
    proto = ObjectGetPrototypeOf(proto);
  }
  for (const type in typeChecks) {
    if (typeChecks[type](value)) return type;
  }
  return '';
}

function isBoxedType(type) {
  return type === 'Number' || type === 'String' || type === 'Boolean' ||
    type === 'BigInt' || type === 'Symbol';
}

// V8 can name the constructor that made an object even when its prototype
// chain no longer says; JavaScript cannot, so this names the built-in kind.
function builtinKindName(value) {
  if (typeof value === 'function') return 'Function';
  if (ArrayIsArray(value)) return 'Array';
  if (isNativeError(value)) return 'Error';
  const type = builtinType(value);
  if (type === 'TypedArray') return typedArrayTag(value);
  if (type === '' || type === 'Map Iterator' || type === 'Set Iterator') return 'Object';
  return type;
}

// The V8 message for a stack overflow. Formatting deeply nested values may
// hit it; the formatter then prints a marker instead of failing.
function isStackOverflowError(err) {
  return err !== null && typeof err === 'object' && err.name === 'RangeError' &&
    err.message === 'Maximum call stack size exceeded';
}

// Node counts as built in every global whose name looks like a constructor.
// User code can add such globals too (`function Point() {}` at top level);
// those are enumerable, while the built-in ones never are, so the check
// happens at call time and skips enumerable globals.
function isBuiltInObjectName(name) {
  if (typeof name !== 'string' || !/^[A-Z][a-zA-Z0-9]+$/.test(name)) return false;
  const descriptor = ObjectGetOwnPropertyDescriptor(globalThis, name);
  return descriptor !== undefined && !descriptor.enumerable;
}

// ---------------------------------------------------------------------------
// Options, colours and styles.

const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Strings shorter than this are never split over lines.
const kMinLineLength = 16;

// ANSI Select Graphic Rendition codes: [set, reset], as in Node.
const defaultFG = 39;
const defaultBG = 49;
const colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, defaultFG],
  red: [31, defaultFG],
  green: [32, defaultFG],
  yellow: [33, defaultFG],
  blue: [34, defaultFG],
  magenta: [35, defaultFG],
  cyan: [36, defaultFG],
  white: [37, defaultFG],
  bgBlack: [40, defaultBG],
  bgRed: [41, defaultBG],
  bgGreen: [42, defaultBG],
  bgYellow: [43, defaultBG],
  bgBlue: [44, defaultBG],
  bgMagenta: [45, defaultBG],
  bgCyan: [46, defaultBG],
  bgWhite: [47, defaultBG],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, defaultFG],
  redBright: [91, defaultFG],
  greenBright: [92, defaultFG],
  yellowBright: [93, defaultFG],
  blueBright: [94, defaultFG],
  magentaBright: [95, defaultFG],
  cyanBright: [96, defaultFG],
  whiteBright: [97, defaultFG],
  bgGray: [100, defaultBG],
  bgRedBright: [101, defaultBG],
  bgGreenBright: [102, defaultBG],
  bgYellowBright: [103, defaultBG],
  bgBlueBright: [104, defaultBG],
  bgMagentaBright: [105, defaultBG],
  bgCyanBright: [106, defaultBG],
  bgWhiteBright: [107, defaultBG],
};

// Aliases are accessors so that changing one name changes the other too.
const colorAliases = [
  ['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'],
  ['bgGray', 'bgBlackBright'], ['dim', 'faint'],
  ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
  ['strikethrough', 'crossedOut'], ['hidden', 'conceal'],
  ['inverse', 'swapColors'], ['inverse', 'swapcolors'],
  ['doubleunderline', 'doubleUnderline'],
];
for (const [target, alias] of colorAliases) {
  ObjectDefineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

// Which colour each kind of token gets. Property names ("name") are not
// coloured, as in Node.
const styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) {
      return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// Colour codes and display width.

// Matches the SGR colour codes this file emits.
const colorRegExp = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return str.replace(colorRegExp, '');
}

// Matches every ANSI/VT escape sequence (the pattern of the ansi-regex
// package, as Node uses it).
const ansiRegExp = new RegExpCtor(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripVTControlCharacters(str) {
  return str.replace(ansiRegExp, '');
}

// Code points a terminal shows two columns wide: East Asian Wide and
// Fullwidth characters and emoji presentation characters, as pairs of
// inclusive [first, last] bounds. This is the table Node's ICU gives
// (Unicode 17), after NFC normalization.
const wideCodePointRanges = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec,
  0x23f0, 0x23f0, 0x23f3, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615,
  0x2630, 0x2637, 0x2648, 0x2653, 0x267f, 0x267f, 0x268a, 0x268f,
  0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be,
  0x26c4, 0x26c5, 0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea,
  0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd,
  0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728, 0x274c, 0x274c,
  0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
  0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50,
  0x2b55, 0x2b55, 0x2e80, 0x2e99, 0x2e9b, 0x2ef3, 0x2f00, 0x2fd5,
  0x2ff0, 0x303e, 0x3041, 0x3096, 0x3099, 0x30ff, 0x3105, 0x312f,
  0x3131, 0x318e, 0x3190, 0x31e5, 0x31ef, 0x321e, 0x3220, 0x3247,
  0x3250, 0xa48c, 0xa490, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3,
  0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe52, 0xfe54, 0xfe66,
  0xfe68, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x16fe4,
  0x16ff0, 0x16ff6, 0x17000, 0x18cd5, 0x18cff, 0x18d1e, 0x18d80, 0x18df2,
  0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b122,
  0x1b132, 0x1b132, 0x1b150, 0x1b152, 0x1b155, 0x1b155, 0x1b164, 0x1b167,
  0x1b170, 0x1b2fb, 0x1d300, 0x1d356, 0x1d360, 0x1d376, 0x1f004, 0x1f004,
  0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e, 0x1f191, 0x1f19a, 0x1f200, 0x1f202,
  0x1f210, 0x1f23b, 0x1f240, 0x1f248, 0x1f250, 0x1f251, 0x1f260, 0x1f265,
  0x1f300, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c, 0x1f37e, 0x1f393,
  0x1f3a0, 0x1f3ca, 0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4,
  0x1f3f8, 0x1f43e, 0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d,
  0x1f54b, 0x1f54e, 0x1f550, 0x1f567, 0x1f57a, 0x1f57a, 0x1f595, 0x1f596,
  0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f, 0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc,
  0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6d8, 0x1f6dc, 0x1f6df, 0x1f6eb, 0x1f6ec,
  0x1f6f4, 0x1f6fc, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0, 0x1f90c, 0x1f93a,
  0x1f93c, 0x1f945, 0x1f947, 0x1f9ff, 0x1fa70, 0x1fa7c, 0x1fa80, 0x1fa8a,
  0x1fa8e, 0x1fac6, 0x1fac8, 0x1fac8, 0x1facd, 0x1fadc, 0x1fadf, 0x1faea,
  0x1faef, 0x1faf8, 0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

function isWideCodePoint(code) {
  // Binary search over the [first, last] pairs.
  let low = 0;
  let high = wideCodePointRanges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < wideCodePointRanges[middle * 2]) {
      high = middle - 1;
    } else if (code > wideCodePointRanges[middle * 2 + 1]) {
      low = middle + 1;
    } else {
      return true;
    }
  }
  return false;
}

// Control and format characters, combining marks and emoji skin-tone
// modifiers take no column. The soft hyphen is a format character that
// terminals do show.
const zeroWidthRegExp = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Emoji_Modifier}]$/u;

function codePointWidth(char, code) {
  if (isWideCodePoint(code)) return 2;
  if (code !== 0xad && zeroWidthRegExp.test(char)) return 0;
  return 1;
}

// The number of terminal columns `str` takes, as Node computes it with ICU.
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) return width + getNonAsciiWidth(str.slice(i));
    if (code >= 32) width++;
  }
  return width;
}

function getNonAsciiWidth(str) {
  let width = 0;
  for (const char of str.normalize('NFC')) {
    width += codePointWidth(char, char.codePointAt(0));
  }
  return width;
}

// ---------------------------------------------------------------------------
// Strings and keys.

// Escapes for the control characters, the single quote and the backslash,
// indexed by char code; empty entries need no escape.
const meta = [];
for (let code = 0; code < 0xa0; code++) {
  if (code < 0x20 || code >= 0x7f) {
    meta[code] = `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  } else {
    meta[code] = '';
  }
}
meta[0x08] = '\\b';
meta[0x09] = '\\t';
meta[0x0a] = '\\n';
meta[0x0c] = '\\f';
meta[0x0d] = '\\r';
meta[0x27] = "\\'";
meta[0x5c] = '\\\\';

// What needs escaping: control characters (C0, DEL, C1), lone surrogates,
// the backslash, and the single quote when it is the quote in use.
const lone = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const strEscapeSequencesRegExp = new RegExpCtor(`[\\x00-\\x1f\\x27\\x5c\\x7f-\\x9f]|${lone}`);
const strEscapeSequencesReplacer = new RegExpCtor(`[\\x00-\\x1f\\x27\\x5c\\x7f-\\x9f]|${lone}`, 'g');
const strEscapeSequencesRegExpSingle = new RegExpCtor(`[\\x00-\\x1f\\x5c\\x7f-\\x9f]|${lone}`);
const strEscapeSequencesReplacerSingle = new RegExpCtor(`[\\x00-\\x1f\\x5c\\x7f-\\x9f]|${lone}`, 'g');

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numberRegExp = /^(0|[1-9][0-9]*)$/;

const kSingleQuote = 39;
const kDoubleQuote = -1;
const kBacktick = -2;

function addQuotes(str, quote) {
  if (quote === kDoubleQuote) return `"${str}"`;
  if (quote === kBacktick) return `\`${str}\``;
  return `'${str}'`;
}

function escapeFn(str) {
  const charCode = str.charCodeAt(0);
  return meta.length > charCode ? meta[charCode] : `\\u${charCode.toString(16)}`;
}

// Single quotes unless the string contains one; then double quotes, unless
// it contains those too; then backticks, unless it contains a backtick or
// `${`; and only then single quotes with the quotes escaped.
function chooseQuote(str) {
  if (!str.includes("'")) return kSingleQuote;
  if (!str.includes('"')) return kDoubleQuote;
  if (!str.includes('`') && !str.includes('${')) return kBacktick;
  return kSingleQuote;
}

function strEscape(str) {
  const quote = chooseQuote(str);
  const escapeTest = quote === kSingleQuote ?
    strEscapeSequencesRegExp : strEscapeSequencesRegExpSingle;
  const escapeReplace = quote === kSingleQuote ?
    strEscapeSequencesReplacer : strEscapeSequencesReplacerSingle;
  // Node's thresholds: short clean strings need no scan; long ones go
  // through the regular expression; the rest are escaped by a loop.
  if (str.length < 5000 && !escapeTest.test(str)) return addQuotes(str, quote);
  if (str.length > 100) return addQuotes(str.replace(escapeReplace, escapeFn), quote);
  return addQuotes(escapeByLoop(str, quote), quote);
}

function escapeByLoop(str, quote) {
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const point = str.charCodeAt(i);
    if (point === quote || point === 92 || point < 32 || (point > 126 && point < 160)) {
      result += str.slice(last, i) + meta[point];
      last = i + 1;
    } else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${str.slice(last, i)}\\u${point.toString(16)}`;
      last = i + 1;
    }
  }
  if (last !== str.length) result += str.slice(last);
  return result;
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
}

// ---------------------------------------------------------------------------
// Numbers.

// '1234567' -> '1_234_567'.
function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

// Fraction digits: '1234567' -> '123_456_7'.
function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) {
    result += `${integerString.slice(i, i + 3)}_`;
  }
  return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    // `${-0}` is '0', but the sign matters when debugging.
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const numberString = StringCtor(number);
  const integer = MathTrunc(number);
  if (integer === number) {
    if (!NumberIsFinite(number) || numberString.includes('e')) {
      return fn(numberString, 'number');
    }
    return fn(addNumericSeparator(numberString), 'number');
  }
  if (NumberIsNaN(number)) return fn(numberString, 'number');
  const decimalIndex = numberString.indexOf('.');
  const integerPart = numberString.slice(0, decimalIndex);
  const fractionalPart = numberString.slice(decimalIndex + 1);
  return fn(`${addNumericSeparator(integerPart)}.${addNumericSeparatorEnd(fractionalPart)}`,
            'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = StringCtor(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

// ---------------------------------------------------------------------------
// Primitives.

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') return formatString(fn, value, ctx);
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(symbolToString(value), 'symbol');
}

function formatString(fn, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  // Long strings are split after each newline into quoted pieces joined
  // with ` +`. The length check counts UTF-16 units, not columns, as Node's.
  if (ctx.compact !== true &&
      value.length > kMinLineLength &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    const pieces = value.split(/(?<=\n)/);
    const quoted = [];
    for (const piece of pieces) arrayPush(quoted, fn(strEscape(piece), 'string'));
    return join(quoted, ` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return fn(strEscape(value), 'string') + trailer;
}

// ---------------------------------------------------------------------------
// inspect().

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // The legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      applyUserOptions(ctx, opts);
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

// Known options go into the context; unknown ones are kept so that custom
// inspect functions receive everything the caller passed.
function applyUserOptions(ctx, opts) {
  const optKeys = ObjectKeys(opts);
  for (let i = 0; i < optKeys.length; i++) {
    const key = optKeys[i];
    if (hasOwnProperty(inspectDefaultOptions, key) || key === 'stylize') {
      ctx[key] = opts[key];
    } else if (ctx.userOptions === undefined) {
      ctx.userOptions = opts;
    }
  }
}

// The options object handed to a custom inspect function.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  // An object that is not an instance of Object may come from another realm;
  // Node then hands over only primitives and a stylize that cannot leak this
  // realm's objects, and so does this.
  if (isCrossContext) {
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') &&
          ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // A failing stylize leaves the text as it was.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');
  // A proxy is shown through its target, so none of its traps run, or with
  // showProxy as the pair of target and handler.
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const custom = callCustomInspect(ctx, value, recurseTimes);
    if (custom !== undefined) return custom;
  }

  // `seen` holds the objects being formatted above this one; a hit is a
  // cycle. Each object in a cycle gets a number for its `<ref *n>`.
  if (arrayIncludes(ctx.seen, value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new MapCtor();
      mapSet(ctx.circular, value, index);
    } else {
      index = mapGet(ctx.circular, value);
      if (index === undefined) {
        index = mapSize(ctx.circular) + 1;
        mapSet(ctx.circular, value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// Runs value[inspect.custom] if there is one; returns the formatted text, or
// undefined to format the value normally.
function callCustomInspect(ctx, value, recurseTimes) {
  const maybeCustom = value[customInspectSymbol];
  if (typeof maybeCustom !== 'function' || maybeCustom === inspect ||
      // A prototype object is shown as itself, not through its own hook.
      (value.constructor && value.constructor.prototype === value)) {
    return undefined;
  }
  const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
  const isCrossContext = !functionHasInstance(ObjectCtor, value);
  const ret = uncurryThis(maybeCustom)(
    value, depth, getUserOptions(ctx, isCrossContext), inspect);
  // A hook that returns `this` asks for the default formatting.
  if (ret === value) return undefined;
  if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
  return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
}

// Formats an object that is not a cycle and has no custom inspect hook.
function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  // An empty list means the prototypes added nothing worth showing.
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const info = {
    constructor,
    tag: getDisplayedTag(ctx, value),
    protoProps,
    type: builtinType(value),
    recurseTimes,
    typedArray,
  };
  const shape = { keys: undefined, braces: undefined, base: '',
    formatter: getEmptyFormatArray, extrasType: kObjectType };
  // Each describe function either fills `shape` or returns the finished
  // text (for empty values). A null prototype hides Symbol.iterator, so
  // those values are checked for every iterable kind too.
  let early;
  if (SymbolIterator in value || constructor === null) {
    early = describeIterable(ctx, value, info, shape);
  }
  if (early === undefined && shape.keys === undefined) {
    early = describeNonIterable(ctx, value, info, shape);
  }
  if (early !== undefined) return early;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, info.tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  return formatShape(ctx, value, recurseTimes, info, shape);
}

// The tag is shown only when it is not already shown as a property, that is
// when it is inherited or (unless showHidden) non-enumerable.
function getDisplayedTag(ctx, value) {
  const tag = value[SymbolToStringTag];
  if (typeof tag !== 'string') return '';
  if (tag !== '' &&
      (ctx.showHidden ? hasOwnProperty : propertyIsEnumerable)(value, SymbolToStringTag)) {
    return '';
  }
  return tag;
}

function getEmptyFormatArray() {
  return [];
}

// Whether an object shows nothing between its braces.
function isEmptyShape(shape, info) {
  return shape.keys.length === 0 && info.protoProps === undefined;
}

// Arrays, Sets, Maps, typed arrays and collection iterators. Fills `shape`
// and returns undefined, or returns the whole text when there is nothing
// inside; leaves shape.keys undefined when `value` is none of these.
function describeIterable(ctx, value, info, shape) {
  const { constructor, tag, type } = info;
  if (ArrayIsArray(value)) {
    // Only arrays that are not plain say what they are: "Foo(2) [...]".
    const prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
    shape.keys = getOwnNonIndexProperties(value, ctx.showHidden);
    shape.braces = [`${prefix}[`, ']'];
    if (value.length === 0 && isEmptyShape(shape, info)) return `${shape.braces[0]}]`;
    shape.extrasType = kArrayExtrasType;
    shape.formatter = formatArray;
    return undefined;
  }
  if (type === 'Set') return describeSet(ctx, value, info, shape);
  if (type === 'Map') return describeMap(ctx, value, info, shape);
  if (type === 'TypedArray') return describeTypedArray(ctx, value, info, shape);
  if (type === 'Map Iterator' || type === 'Set Iterator') {
    shape.keys = getKeys(value, ctx.showHidden);
    const braces = getIteratorBraces(type === 'Map Iterator' ? 'Map' : 'Set', tag);
    shape.braces = braces;
    shape.formatter = (ctx2, value2, recurseTimes) =>
      formatIterator(braces, ctx2, value2, recurseTimes);
  }
  return undefined;
}

function describeSet(ctx, value, info, shape) {
  const size = setSize(value);
  const prefix = getPrefix(info.constructor, info.tag, 'Set', `(${size})`);
  shape.keys = getKeys(value, ctx.showHidden);
  // Without a prototype there is no Symbol.iterator to loop with.
  const iterable = info.constructor !== null ? value : setValues(value);
  shape.formatter = (ctx2, ignored, recurseTimes) => formatSet(iterable, ctx2, recurseTimes);
  if (size === 0 && isEmptyShape(shape, info)) return `${prefix}{}`;
  shape.braces = [`${prefix}{`, '}'];
  return undefined;
}

function describeMap(ctx, value, info, shape) {
  const size = mapSize(value);
  const prefix = getPrefix(info.constructor, info.tag, 'Map', `(${size})`);
  shape.keys = getKeys(value, ctx.showHidden);
  const iterable = info.constructor !== null ? value : mapEntries(value);
  shape.formatter = (ctx2, ignored, recurseTimes) => formatMap(iterable, ctx2, recurseTimes);
  if (size === 0 && isEmptyShape(shape, info)) return `${prefix}{}`;
  shape.braces = [`${prefix}{`, '}'];
  return undefined;
}

function describeTypedArray(ctx, value, info, shape) {
  shape.keys = getOwnNonIndexProperties(value, ctx.showHidden);
  let bound = value;
  let fallback = '';
  if (info.constructor === null) {
    // Rebuild the array so its elements and accessors can be read.
    fallback = typedArrayTag(value);
    bound = new typedArrayConstructors[fallback](value);
  }
  const size = typedArrayLength(value);
  const prefix = getPrefix(info.constructor, info.tag, fallback, `(${size})`);
  shape.braces = [`${prefix}[`, ']'];
  if (value.length === 0 && shape.keys.length === 0 && !ctx.showHidden) {
    return `${shape.braces[0]}]`;
  }
  shape.formatter = (ctx2, ignored, recurseTimes) =>
    formatTypedArray(bound, size, ctx2, recurseTimes);
  shape.extrasType = kArrayExtrasType;
  return undefined;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// Everything else: functions, plain objects, RegExps, Dates, errors,
// buffers, promises, weak collections, boxed primitives and class instances.
function describeNonIterable(ctx, value, info, shape) {
  const { constructor, tag, type } = info;
  shape.keys = getKeys(value, ctx.showHidden);
  shape.braces = ['{', '}'];
  if (typeof value === 'function') {
    shape.base = getFunctionBase(value, constructor, tag);
    return isEmptyShape(shape, info) ? ctx.stylize(shape.base, 'special') : undefined;
  }
  if (constructor === 'Object') {
    if (isArgumentsObject(value)) {
      shape.braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    return isEmptyShape(shape, info) ? `${shape.braces[0]}}` : undefined;
  }
  if (type === 'RegExp') {
    shape.base = regExpToString(constructor !== null ? value : new RegExpCtor(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') shape.base = `${prefix}${shape.base}`;
    const beyondDepth = info.recurseTimes > ctx.depth && ctx.depth !== null;
    return isEmptyShape(shape, info) || beyondDepth ?
      ctx.stylize(shape.base, 'regexp') : undefined;
  }
  if (type === 'Date') {
    shape.base = NumberIsNaN(dateGetTime(value)) ?
      dateToString(value) : dateToISOString(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') shape.base = `${prefix}${shape.base}`;
    return isEmptyShape(shape, info) ? ctx.stylize(shape.base, 'date') : undefined;
  }
  if (isError(value)) {
    shape.base = formatError(value, constructor, tag, ctx, shape.keys);
    return isEmptyShape(shape, info) ? shape.base : undefined;
  }
  return describeOtherObject(ctx, value, info, shape);
}

function describeOtherObject(ctx, value, info, shape) {
  const { constructor, tag, type } = info;
  const { keys, braces } = shape;
  if (type === 'ArrayBuffer' || type === 'SharedArrayBuffer') {
    const prefix = getPrefix(constructor, tag, type);
    if (info.typedArray === undefined) {
      shape.formatter = formatArrayBuffer;
    } else if (isEmptyShape(shape, info)) {
      // The buffer of a typed array shown with showHidden: its bytes are
      // already on screen as the array's elements.
      return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
    }
    braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
  } else if (type === 'DataView') {
    braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    // The buffer goes last: it is the only one that is not a number.
    keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (type === 'Promise') {
    braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    shape.formatter = formatPromise;
  } else if (type === 'WeakSet' || type === 'WeakMap') {
    braces[0] = `${getPrefix(constructor, tag, type)}{`;
    shape.formatter = !ctx.showHidden ? formatItemsUnknown :
        type === 'WeakSet' ? formatWeakSet : formatWeakMap;
  } else if (isModuleNamespaceObject(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    shape.formatter = (ctx2, value2, recurseTimes) =>
      formatNamespaceObject(keys, ctx2, value2, recurseTimes);
  } else if (isBoxedType(type)) {
    shape.base = getBoxedBase(value, type, ctx, keys, constructor, tag);
    if (isEmptyShape(shape, info)) return shape.base;
  } else if (internals.isURL !== undefined && internals.isURL(value) &&
             !(info.recurseTimes > ctx.depth && ctx.depth !== null)) {
    // A URL (once a URL class installs internals.isURL) shows its href.
    shape.base = value.href;
    if (isEmptyShape(shape, info)) return shape.base;
  } else {
    if (isEmptyShape(shape, info)) return `${getCtxStyle(value, constructor, tag)}{}`;
    braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
  }
  return undefined;
}

// Formats the entries and properties described by `shape` and lays them out.
function formatShape(ctx, value, recurseTimes, info, shape) {
  const { constructor, tag, protoProps } = info;
  const { keys, braces, formatter, extrasType } = shape;
  let base = shape.base;
  recurseTimes += 1;
  arrayPush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      arrayPush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (const entry of protoProps) arrayPush(output, entry);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    return handleMaxCallStackSize(ctx, constructorName, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = mapGet(ctx.circular, value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      // The reference always goes at the very beginning of the output.
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) sortOutput(ctx, output, keys.length, extrasType);

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Once any indentation level has produced 2 ** 27 characters, stop
  // descending, so that huge structures cannot exhaust the string limit.
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

// Sorts properties; for arrays and the like only the extra keys at the end.
function sortOutput(ctx, output, keyCount, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === kObjectType) {
    arraySort(output, comparator);
  } else if (keyCount > 1) {
    const start = output.length - keyCount;
    const sorted = arraySort(output.slice(start), comparator);
    output.splice(start, keyCount, ...sorted);
  }
}

function handleMaxCallStackSize(ctx, constructorName, indentationLvl) {
  ctx.seen.pop();
  ctx.indentationLvl = indentationLvl;
  return ctx.stylize(
    `[${constructorName}: Inspection interrupted prematurely. ` +
    'Maximum call stack size exceeded.]',
    'special');
}

// ---------------------------------------------------------------------------
// Constructor names and prefixes.

function isInstanceof(object, constructor) {
  try {
    return object instanceof constructor;
  } catch {
    return false;
  }
}

// Object.prototype and Function.prototype are named even when their
// `constructor` property was tampered with.
const wellKnownObjectPrototype = { name: 'Object', constructor: ObjectCtor };
const wellKnownFunctionPrototype = { name: 'Function', constructor: FunctionCtor };

function wellKnownPrototypeName(proto) {
  if (proto === ObjectPrototype) return wellKnownObjectPrototype;
  if (proto === FunctionPrototype) return wellKnownFunctionPrototype;
  return undefined;
}

// The name of the first constructor up the prototype chain that `obj` is an
// instance of; null for a null prototype. With showHidden, collects the
// properties of user-defined prototypes into `protoProps` on the way.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    const wellKnown = wellKnownPrototypeName(obj);
    if (wellKnown !== undefined && functionHasInstance(wellKnown.constructor, tmp)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return wellKnown.name;
    }
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !isBuiltInObjectName(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return StringCtor(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  // A chain without a usable constructor: name the kind and the prototype.
  const res = builtinKindName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${res} <Complex prototype>`;
  }
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// Adds the non-function properties of up to three user-defined prototype
// levels to `output`, so that showHidden shows what instances inherit.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      // Built-in prototypes are where user-defined layers end.
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          isBuiltInObjectName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new SetCtor();
    } else {
      for (const key of keys) setAdd(keySet, key);
    }
    keys = ReflectOwnKeys(obj);
    arrayPush(ctx.seen, main);
    for (const key of keys) {
      // Skip `constructor` and keys shadowed by the instance or a lower layer.
      if (key === 'constructor' || hasOwnProperty(main, key) ||
          (depth !== 0 && setHas(keySet, key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      // Inherited properties are shown faint when colours are on.
      arrayPush(output, ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = builtinKindName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

// ---------------------------------------------------------------------------
// Keys.

// Own enumerable keys (all own keys with showHidden), symbols last.
function getKeys(value, showHidden) {
  const symbols = ObjectGetOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (const symbol of symbols) arrayPush(keys, symbol);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch {
      // Object.keys throws on the namespace of a module that has not been
      // evaluated yet; its names are still listed.
      keys = ObjectGetOwnPropertyNames(value);
    }
    for (const symbol of symbols) {
      if (propertyIsEnumerable(value, symbol)) arrayPush(keys, symbol);
    }
  }
  return keys;
}


// The keys of an array or typed array, without its indices, listed by V8
// without walking the indices (which costs time on huge arrays).
function getOwnNonIndexProperties(value, showHidden) {
  return nativeOwnNonIndexProperties(value, !showHidden);
}

// ---------------------------------------------------------------------------
// Functions, boxed primitives and errors.

const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// Whether the source text is a class: `class` then a body whose head has no
// parameter list (or, after comments are removed, is a heritage clause).
function isClassSource(stringified) {
  if (!stringified.startsWith('class') || stringified[stringified.length - 1] !== '}') {
    return false;
  }
  const slice = stringified.slice(5, -1);
  const bracketIndex = slice.indexOf('{');
  return bracketIndex !== -1 &&
    (!slice.slice(0, bracketIndex).includes('(') ||
     classRegExp.test(slice.replace(stripCommentsRegExp, '')));
}

function getClassBase(value, constructor, tag) {
  const hasName = hasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  if (isClassSource(functionToString(value))) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// The values of boxed primitives, by type.
const boxedValueOf = {
  __proto__: null,
  Number: numberValueOf,
  String: stringValueOf,
  Boolean: booleanValueOf,
  BigInt: bigIntValueOf,
  Symbol: symbolValueOf,
};

function getBoxedBase(value, type, ctx, keys, constructor, tag) {
  const fn = boxedValueOf[type];
  if (type === 'String') {
    // The character indices repeat the string; they are left out.
    keys.splice(0, value.length);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, fn(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// Where the longest run (more than three) of identical lines of `b` starts
// in `a`; used to shorten an error's stack next to its cause's.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackString(error) {
  return error.stack ? StringCtor(error.stack) : errorToString(error);
}

// The stack frame lines of `err`, with frames shared with its cause folded
// into one "... n lines matching cause stack trace ..." line.
function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A `cause` getter that throws is treated as no cause.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Makes the first line of the stack name the error's real class when the
// stack's own name does not, e.g. "Foo [TypeError]: msg".
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// name, message and stack are not listed as properties when the stack
// already shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? StringCtor(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) {
    arrayPush(keys, 'cause');
  }
  // The errors of an AggregateError are shown like a property.
  if (ArrayIsArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    arrayPush(keys, 'errors');
  }
  stack = improveStack(stack, constructor, name, tag);

  // The message may contain "\n    at"; look for frames after it.
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    // Without frames the error is shown in brackets.
    stack = `[${stack}]`;
  } else {
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    stack = stack.slice(0, stackStart) +
      (ctx.colors ? highlightFrames(ctx, lines) : `\n${join(lines, '\n')}`);
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Stack frame colours: frames of the runtime's own modules are grey, the
// working directory part of a path is grey, and node_modules package names
// are underlined.

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

// Whether `name` (from a "node:name" frame) is one of the runtime's own
// modules. thaw has none yet; a module loader can replace this.
if (internals.isBuiltinModule === undefined) {
  internals.isBuiltinModule = function isBuiltinModule(name) {
    return false;
  };
}

function safeGetCwd() {
  try {
    const process = globalThis.process;
    if (process !== undefined && typeof process.cwd === 'function') return process.cwd();
  } catch {
    // No working directory: nothing is greyed.
  }
  return undefined;
}

function highlightFrames(ctx, lines) {
  const workingDirectory = safeGetCwd();
  let fileUrlWorkingDirectory;
  let result = '';
  for (let line of lines) {
    const core = coreModuleRegExp.exec(line);
    if (core !== null && internals.isBuiltinModule(core[1])) {
      result += `\n${ctx.stylize(line, 'undefined')}`;
      continue;
    }
    line = markNodeModules(ctx, line);
    if (workingDirectory !== undefined) {
      let newLine = markCwd(ctx, line, workingDirectory);
      if (newLine === line) {
        fileUrlWorkingDirectory ??= pathToFileUrlHref(workingDirectory);
        newLine = markCwd(ctx, line, fileUrlWorkingDirectory);
      }
      line = newLine;
    }
    result += `\n${line}`;
  }
  return result;
}

// file:// URL of an absolute path, percent-encoding what a URL path cannot
// hold literally.
function pathToFileUrlHref(path) {
  let encoded = '';
  for (const char of path) {
    encoded += /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/.test(char) ? char : encodeURIComponent(char);
  }
  return `file://${encoded}`;
}

function markNodeModules(ctx, line) {
  let tempLine = '';
  let lastPos = 0;
  let searchFrom = 0;
  while (true) {
    const position = line.indexOf('node_modules', searchFrom);
    if (position === -1) break;
    // Only a whole path segment counts.
    const separator = line[position - 1];
    const after = line[position + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = position + 1;
      continue;
    }
    const moduleStart = position + 13;
    tempLine += line.slice(lastPos, moduleStart);
    let moduleEnd = line.indexOf(separator, moduleStart);
    // Scoped packages have one more segment: @scope/name.
    if (line[moduleStart] === '@') moduleEnd = line.indexOf(separator, moduleEnd + 1);
    tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) line = tempLine + line.slice(lastPos);
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  if (cwdStartPos === -1) return line;
  let cwdLength = workingDirectory.length;
  if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
  const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
  let tempLine = line.slice(0, start);
  tempLine += ctx.stylize(line.slice(start, workingDirectoryEndPos), 'undefined');
  tempLine += line.slice(workingDirectoryEndPos, end);
  if (end === -1) tempLine += ctx.stylize(')', 'undefined');
  return tempLine;
}

// ---------------------------------------------------------------------------
// Entries of arrays, collections and buffers.

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    // Holes switch to the slower walk over the keys.
    if (!hasOwnProperty(value, i)) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    arrayPush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) arrayPush(output, remainingText(remaining));
  return output;
}

// A sparse array: runs of holes become "<n empty items>".
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    // Past the largest index come the named keys.
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) break;
      const emptyItems = tmp - index;
      const message = `<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`;
      arrayPush(output, ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    arrayPush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const message = `<${remaining} empty item${remaining > 1 ? 's' : ''}>`;
      arrayPush(output, ctx.stylize(message, 'undefined'));
    }
  } else if (remaining > 0) {
    arrayPush(output, remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new ArrayCtor(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ?
    formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // All but BYTES_PER_ELEMENT are prototype getters, so they are listed
    // here; the buffer goes last as it is the only object.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      arrayPush(output, `[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// `iterable.size` is read as Node reads it: for a Set without prototype
// the iterable is an iterator, which has no size, and then every entry is
// shown, without a "... more items" line.
function formatSet(iterable, ctx, recurseTimes) {
  const size = iterable.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of iterable) {
    if (i >= maxLength) break;
    arrayPush(output, formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) arrayPush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(iterable, ctx, recurseTimes) {
  const size = iterable.size;
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of iterable) {
    if (i >= maxLength) break;
    arrayPush(output,
              `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) arrayPush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function hexByte(byte) {
  return byte < 16 ? `0${byte.toString(16)}` : byte.toString(16);
}

function formatArrayBuffer(ctx, value) {
  let buffer;
  try {
    buffer = new Uint8ArrayCtor(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = MathMin(ctx.maxArrayLength, buffer.length);
  let str = '';
  for (let i = 0; i < shown; i++) str += i === 0 ? hexByte(buffer[i]) : ` ${hexByte(buffer[i])}`;
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

// The state comes from V8: [state, result] with state 0 pending,
// 1 fulfilled, 2 rejected.
const kPending = 0;
const kRejected = 2;

function formatPromise(ctx, value, recurseTimes) {
  const details = getPromiseDetails(value);
  if (details === undefined || details[0] === kPending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// Weak collections are listed only with showHidden, like Node: their
// entries can vanish at any garbage collection.
function formatItemsUnknown(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// Entries V8 previews without running any code: a weak collection's (only
// with showHidden) or an iterator's remaining ones. `entries` is flat; with
// `pairs` it alternates key and value. Weak collections have no stable
// order, so their lines are sorted unless the caller sorts anyway.
function formatPreviewedEntries(ctx, recurseTimes, entries, { pairs, weak }) {
  const step = pairs ? 2 : 1;
  const total = entries.length / step;
  const shown = MathMin(MathMax(ctx.maxArrayLength, 0), total);
  const lines = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown * step; i += step) {
    const first = formatValue(ctx, entries[i], recurseTimes);
    if (!pairs) {
      arrayPush(lines, first);
      continue;
    }
    const second = formatValue(ctx, entries[i + 1], recurseTimes);
    arrayPush(lines, weak ? `${first} => ${second}` :
      reduceToSingleString(ctx, [first, second], '', ['[', ']'], kArrayExtrasType,
                           recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) arraySort(lines);
  if (total > shown) {
    const hidden = total - shown;
    arrayPush(lines, `... ${hidden} more item${hidden === 1 ? '' : 's'}`);
  }
  return lines;
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatPreviewedEntries(ctx, recurseTimes, previewEntries(value)[0],
                                { pairs: false, weak: true });
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatPreviewedEntries(ctx, recurseTimes, previewEntries(value)[0],
                                { pairs: true, weak: true });
}

// An iterator's remaining entries, read without advancing it. Iterators of
// key-value pairs (map.entries()) are labelled Entries rather than Iterator.
function formatIterator(braces, ctx, value, recurseTimes) {
  const [entries, isKeyValue] = previewEntries(value);
  if (isKeyValue) braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
  return formatPreviewedEntries(ctx, recurseTimes, entries,
                                { pairs: isKeyValue, weak: false });
}

// showProxy: `Proxy [ target, handler ]`, or `Proxy [Array]` past the depth.
function formatProxy(ctx, [target, handler], recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, target, recurseTimes + 1),
                 formatValue(ctx, handler, recurseTimes + 1)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType,
                              recurseTimes + 1);
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new ArrayCtor(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      // Read as a value: a namespace thaw's app snapshots make has getters
      // where a V8 one has data properties.
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType,
                                 {value: value[keys[i]], enumerable: true});
    } catch {
      // A binding still in its temporal dead zone: format a placeholder
      // property the usual way, then swap its value for the marker.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys are done; emptying them keeps them from being listed twice.
  keys.length = 0;
  return output;
}

// ---------------------------------------------------------------------------
// Properties.

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return `${formatPropertyName(ctx, key, desc)}:${extra}${str}`;
}

// "[Getter]", or with the `getters` option the value the getter returns.
function formatAccessor(ctx, desc, original, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const sp = 'special';
  if (!(ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined)))) {
    return s(`[${label}]`, sp);
  }
  try {
    const tmp = uncurryThis(desc.get)(original);
    ctx.indentationLvl += 2;
    let str;
    if (tmp === null) {
      str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
    } else if (typeof tmp === 'object') {
      str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
    } else {
      str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    const message = `<Inspection threw (${err.message})>`;
    return `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
  }
}

function formatPropertyName(ctx, key, desc) {
  if (typeof key === 'symbol') {
    const tmp = symbolToString(key).replace(strEscapeSequencesReplacer, escapeFn);
    return `[${ctx.stylize(tmp, 'symbol')}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) {
    return `[${StringCtor(key).replace(strEscapeSequencesReplacer, escapeFn)}]`;
  }
  if (keyStrRegExp.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(strEscape(key), 'string');
}

// ---------------------------------------------------------------------------
// Layout.

// Whether the entries fit on one line of ctx.breakLength columns. Counts
// UTF-16 units rather than columns, as Node does.
function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // Entries are not put on one line after a base that spans several lines.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      // Arrays of more than six entries may be laid out in columns.
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // `ctx.currentDepth` is the depth of the innermost object formatted
      // most recently, `recurseTimes` the depth of this one: up to
      // `compact` innermost levels are put on a single line if they fit.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        // 10 is a margin for what else may share the line.
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = join(output, ', ');
          if (!joinedOutput.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput} ${braces[1]}`;
          }
        }
      }
    }
    // One entry per line.
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
      `${join(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true puts everything on one line if it fits.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace such as "Set {" pushes the first entry to the next
  // line so that the entries line up.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${join(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// Lays out many short array entries in aligned columns, roughly as a square
// (a character being about 2.5 times as high as it is wide), at most 15
// columns and within breakLength.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new ArrayCtor(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only if three entries fit side by side and no entry is much longer
  // than the rest.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const columns = countColumns(ctx, output.length, outputLength, totalLength, actualMax);
    if (columns <= 1) return output;
    return buildColumns(ctx, output, value, outputLength, dataLen, columns);
  }
  return output;
}

function countColumns(ctx, entryCount, outputLength, totalLength, actualMax) {
  const approxCharHeights = 2.5;
  const averageBias = MathSqrt(actualMax - totalLength / entryCount);
  const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
  return MathMin(
    MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15);
}

function buildColumns(ctx, output, value, outputLength, dataLen, columns) {
  const separatorSpace = 2;
  const maxLineLength = [];
  for (let i = 0; i < columns; i++) {
    let lineMaxLength = 0;
    for (let j = i; j < output.length; j += columns) {
      if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
    }
    maxLineLength[i] = lineMaxLength + separatorSpace;
  }
  // Numbers are right-aligned, everything else left-aligned.
  let padStart = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  const tmp = [];
  for (let i = 0; i < outputLength; i += columns) {
    const max = MathMin(i + columns, outputLength);
    let str = '';
    let j = i;
    for (; j < max - 1; j++) {
      // Colour codes take no columns, so they widen the padding.
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      const cell = `${output[j]}, `;
      str += padStart ? cell.padStart(padding, ' ') : cell.padEnd(padding, ' ');
    }
    if (padStart) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
      str += output[j].padStart(padding, ' ');
    } else {
      str += output[j];
    }
    arrayPush(tmp, str);
  }
  if (ctx.maxArrayLength < output.length) arrayPush(tmp, output[outputLength]);
  return tmp;
}

// ---------------------------------------------------------------------------
// format() and formatWithOptions().

function returnFalse() {
  return false;
}

// Whether %s should show `value` with inspect rather than String(): true
// when its toString (or Symbol.toPrimitive) comes from a built-in prototype,
// since that would only say "[object Object]".
function hasBuiltInToString(value) {
  if (isRevokedProxy(value)) return true;
  let hasOwnToString = hasOwnProperty;
  let hasOwnToPrimitive = hasOwnProperty;
  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') return true;
    if (hasOwnProperty(value, SymbolToPrimitive)) return false;
    hasOwnToString = returnFalse;
  } else if (hasOwnProperty(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    hasOwnToPrimitive = returnFalse;
  } else if (hasOwnProperty(value, SymbolToPrimitive)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!hasOwnToString(pointer, 'toString') &&
           !hasOwnToPrimitive(pointer, SymbolToPrimitive));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    isBuiltInObjectName(descriptor.value.name);
}

function firstErrorLine(error) {
  return error.message.split('\n', 1)[0];
}

let circularErrorMessage;

// JSON for %j; a cycle gives '[Circular]' instead of an exception.
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatNumberNoColor(number, options) {
  return formatNumber(stylizeNoColor, number,
                      options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(stylizeNoColor, bigint,
                      options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

// The text for one %-placeholder and its argument.
function formatPlaceholder(nextChar, arg, inspectOptions) {
  switch (nextChar) {
    case 115: // 's'
      if (typeof arg === 'number') return formatNumberNoColor(arg, inspectOptions);
      if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
        return StringCtor(arg);
      }
      return inspect(arg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumberNoColor(NumberCtor(arg), inspectOptions);
    case 79: // 'O'
      return inspect(arg, inspectOptions);
    case 111: // 'o'
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 105: // 'i'
      if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumberNoColor(NumberParseInt(arg), inspectOptions);
    case 102: // 'f'
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumberNoColor(NumberParseFloat(arg), inspectOptions);
    default: // 'c': CSS, which a terminal ignores.
      return '';
  }
}

// %s %d %i %f %j %o %O %c consume an argument; %% is a percent sign; any
// other % sequence stays as it is. Arguments left over are appended,
// strings as they are and everything else inspected.
const placeholderChars = new SetCtor([115, 106, 100, 79, 111, 105, 102, 99]);

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let separator = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length && setHas(placeholderChars, nextChar)) {
        const tempStr = formatPlaceholder(nextChar, args[++a], inspectOptions);
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      separator = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += separator;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    separator = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || (typeof inspectOptions !== 'object')) {
    throw invalidArgTypeError('inspectOptions', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

// ---------------------------------------------------------------------------
// Argument errors, worded as Node's ERR_INVALID_ARG_TYPE.

// Node's "Received ..." wording, shared with every argument error.
function describeReceived(value) {
  return internals.describeReceived(value);
}

function invalidArgTypeError(name, value) {
  const error = new TypeError(
    `The "${name}" argument must be of type object. Received ${describeReceived(value)}`);
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
}

// ---------------------------------------------------------------------------
// Exports.

inspect.custom = customInspectSymbol;
ObjectDefineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object' || ArrayIsArray(options)) {
      throw invalidArgTypeError('options', options);
    }
    return ObjectAssign(inspectDefaultOptions, options);
  },
});
inspect.colors = colors;
inspect.styles = styles;

internals.inspect = inspect;
internals.format = format;
internals.formatWithOptions = formatWithOptions;
internals.getStringWidth = getStringWidth;
internals.stripVTControlCharacters = stripVTControlCharacters;
internals.isMap = isMap;
internals.isSet = isSet;
internals.isTypedArray = isTypedArray;
