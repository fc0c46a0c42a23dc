// The global `console`, as Node's: log/info/debug/dirxml/dir/table/count/
// time* print to stdout; warn/error/trace/assert print to stderr.
//
// Every process runs this file's functions, so they are compiled while
// the snapshot is built (snapshot_builder.cc, kEagerDirective):
// thaw:compile-eagerly
//
// Output is formatted by internals.formatWithOptions and internals.inspect
// (05_inspect.js), with colours when the stream is a terminal that Node
// would colour (see shouldColorize), and written synchronously with
// binding.io.write. Terminal and environment are looked at on each call:
// the snapshot is built once, the streams differ per process.
'use strict';

const { write, isatty } = binding.io;
const { hrtimeNanoseconds } = binding.process;
const { inspect, formatWithOptions, getStringWidth, isMap, isSet, isTypedArray } = internals;

const ArrayIsArray = Array.isArray;
const ArrayFrom = Array.from;
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ObjectDefineProperty = Object.defineProperty;
const ReflectApply = Reflect.apply;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const MathMax = Math.max;
const MathFloor = Math.floor;
const NumberCtor = Number;
const hasOwnProperty = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

const kStdout = 1;
const kStderr = 2;

// The global console; methods that print through other methods (count
// through log, assert through warn) look those up here at call time, as
// Node's do, so that replacing console.log also changes what count prints.
const globalConsole = { __proto__: {} };

// ---------------------------------------------------------------------------
// Per-console state. It starts empty in the snapshot and is only changed by
// calls made while a script runs.

let groupIndent = '';
const kGroupIndentationWidth = 2;
const counts = new Map();
const timers = new Map();

// ---------------------------------------------------------------------------
// Formatting and writing.

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function inspectOptionsFor(fd) {
  return shouldColorize(fd) ? kColorInspectOptions : kNoColorInspectOptions;
}

// Node colours a stream when FORCE_COLOR asks for colours, or else when the
// stream is a terminal whose colour depth, as the environment describes the
// terminal, is more than 2 colours. Without an environment reader, a
// terminal is taken to have colours.
function shouldColorize(fd) {
  const getEnv = binding.process.getEnv;
  if (typeof getEnv !== 'function') return isatty(fd);
  if (getEnv('FORCE_COLOR') !== undefined) return colorDepth(getEnv) > 2;
  return isatty(fd) && colorDepth(getEnv) > 2;
}

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const termColorDepths = {
  __proto__: null,
  'eterm': COLORS_16,
  'cons25': COLORS_16,
  'console': COLORS_16,
  'cygwin': COLORS_16,
  'dtterm': COLORS_16,
  'gnome': COLORS_16,
  'hurd': COLORS_16,
  'jfbterm': COLORS_16,
  'konsole': COLORS_16,
  'kterm': COLORS_16,
  'mlterm': COLORS_16,
  'mosh': COLORS_16m,
  'putty': COLORS_16,
  'st': COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m,
};

const colorTermRegExps = [
  /ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/,
];

const ciVendors = [
  'APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS',
];

let warnedAboutForcedColors = false;

function warnOnDeactivatedColors(getEnv) {
  if (warnedAboutForcedColors) return;
  let name = '';
  if (getEnv('NODE_DISABLE_COLORS') !== undefined) name = 'NODE_DISABLE_COLORS';
  if (getEnv('NO_COLOR') !== undefined) {
    if (name !== '') name += "' and '";
    name += 'NO_COLOR';
  }
  if (name !== '') {
    emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`);
    warnedAboutForcedColors = true;
  }
}

// Bits of colour the terminal supports, from the environment, exactly as
// Node's tty getColorDepth decides it on Linux.
function colorDepth(getEnv) {
  const force = getEnv('FORCE_COLOR');
  if (force !== undefined) return forcedColorDepth(getEnv, force);
  if (getEnv('NODE_DISABLE_COLORS') !== undefined || getEnv('NO_COLOR') !== undefined ||
      getEnv('TERM') === 'dumb') {
    return COLORS_2;
  }
  if (getEnv('TMUX')) return COLORS_256;
  if (getEnv('CI')) {
    const known = ciVendors.some((sign) => getEnv(sign) !== undefined) ||
      getEnv('CI_NAME') === 'codeship';
    return known ? COLORS_256 : COLORS_2;
  }
  const teamCity = getEnv('TEAMCITY_VERSION');
  if (teamCity !== undefined) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(teamCity) ? COLORS_16 : COLORS_2;
  }
  return terminalProgramColorDepth(getEnv);
}

function forcedColorDepth(getEnv, force) {
  switch (force) {
    case '':
    case '1':
    case 'true':
      warnOnDeactivatedColors(getEnv);
      return COLORS_16;
    case '2':
      warnOnDeactivatedColors(getEnv);
      return COLORS_256;
    case '3':
      warnOnDeactivatedColors(getEnv);
      return COLORS_16m;
    default:
      return COLORS_2;
  }
}

function terminalProgramColorDepth(getEnv) {
  switch (getEnv('TERM_PROGRAM')) {
    case 'iTerm.app': {
      const version = getEnv('TERM_PROGRAM_VERSION');
      return !version || /^[0-2]\./.test(version) ? COLORS_256 : COLORS_16m;
    }
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  const colorTerm = getEnv('COLORTERM');
  if (colorTerm === 'truecolor' || colorTerm === '24bit') return COLORS_16m;
  const term = getEnv('TERM');
  if (term) {
    if (/^xterm-256/.test(term)) return COLORS_256;
    const termEnv = term.toLowerCase();
    if (termColorDepths[termEnv]) return termColorDepths[termEnv];
    if (colorTermRegExps.some((regExp) => regExp.test(termEnv))) return COLORS_16;
  }
  // A 16-colour COLORTERM ranks below the 16m and 256 colour hints.
  if (colorTerm) return COLORS_16;
  return COLORS_2;
}

// Strings are printed as they are, so arguments that are all strings, with
// no % in the first, need neither formatting nor the terminal check.
function isPlainStrings(args) {
  if (args.length === 0) return true;
  if (typeof args[0] !== 'string') return false;
  if (args.length === 1) return true;
  if (args[0].includes('%')) return false;
  for (let i = 1; i < args.length; i++) {
    if (typeof args[i] !== 'string') return false;
  }
  return true;
}

function formatArguments(fd, args) {
  if (isPlainStrings(args)) {
    return args.length === 1 ? args[0] : args.join(' ');
  }
  return ReflectApply(formatWithOptions, undefined, [inspectOptionsFor(fd), ...args]);
}

// Writes one entry: every line indented by the current group, then a
// newline. When the process module provides internals.writeOrExit, a
// closed pipe ends the process the way process.stdout does; otherwise it is
// ignored. Other write errors are swallowed as in Node: the console is for
// debugging and must not throw because of its streams.
function writeLine(fd, string) {
  if (groupIndent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
    string = groupIndent + string;
  }
  string += '\n';
  try {
    (internals.writeOrExit ?? write)(fd, string);
  } catch {
    // Nowhere to report it.
  }
}

// Node reports misuse such as an unknown timer label as a process warning
// on stderr. The process module may install internals.emitWarning; until
// then the warning is written directly.
function emitWarning(message) {
  if (typeof internals.emitWarning === 'function') {
    internals.emitWarning(message);
    return;
  }
  try {
    write(kStderr, `(thaw) Warning: ${message}\n`);
  } catch {
    // Nowhere to report it.
  }
}

// ---------------------------------------------------------------------------
// console.time.

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// '1.234ms', '1.500s', '1:02.500 (m:ss.mmm)', '1:00:02.500 (h:mm:ss.mmm)'.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = MathFloor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = MathFloor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds, milliseconds] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(wholeSeconds)}.${milliseconds} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${NumberCtor(ms.toFixed(3))}ms`;
}

// Prints the time since console.time(label); false if there is no timer.
function timeLogImpl(name, label, data) {
  const start = timers.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = NumberCtor(hrtimeNanoseconds() - start) / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) {
    globalConsole.log('%s: %s', label, formatted);
  } else {
    globalConsole.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// ---------------------------------------------------------------------------
// console.table.

const tableChars = {
  // Written as escapes: one character above U+00FF anywhere in a file makes
  // V8 keep that file's whole source as two-byte text in the snapshot.
  middleMiddle: '\u2500',
  rowMiddle: '\u253c',
  topRight: '\u2510',
  topLeft: '\u250c',
  leftMiddle: '\u251c',
  topMiddle: '\u252c',
  bottomRight: '\u2518',
  bottomLeft: '\u2514',
  bottomMiddle: '\u2534',
  rightMiddle: '\u2524',
  left: '\u2502 ',
  right: ' \u2502',
  middle: ' \u2502 ',
};

// One row; cells are left-aligned and padded to the column width in
// terminal columns.
function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = columnWidths[i] - getStringWidth(cell);
    out += cell + ' '.repeat(needed);
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

// A box-drawn table of `head` and `columns` (arrays of cell strings; a
// missing cell is empty).
function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = MathMax(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = hasOwnProperty(column, j) ? column[j] : '';
      columnWidths[i] = MathMax(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((width) => tableChars.middleMiddle.repeat(width + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

const kIndexKey = '(index)';
const kIterKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

const isArrayLike = (v) => ArrayIsArray(v) || isTypedArray(v);

// A cell: objects with more than two keys collapse to their type name,
// arrays show at most three items, everything on one line.
function tableCell(v) {
  const depth = v !== null && typeof v === 'object' && !isArrayLike(v) &&
    ObjectKeys(v).length > 2 ? -1 : 0;
  return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity,
    ...inspectOptionsFor(kStdout) });
}

function indexColumn(length) {
  return ArrayFrom({ length }, (_, i) => tableCell(i));
}

function mapTable(map) {
  const keys = [];
  const values = [];
  for (const { 0: k, 1: v } of map) {
    keys.push(tableCell(k));
    values.push(tableCell(v));
  }
  return renderTable([kIterKey, kKeyKey, kValuesKey], [indexColumn(keys.length), keys, values]);
}

function setTable(set) {
  const values = [];
  for (const v of set) values.push(tableCell(v));
  return renderTable([kIterKey, kValuesKey], [indexColumn(values.length), values]);
}

// Rows are the data's own keys; columns are the union of the rows' keys (or
// `properties`), plus a Values column for rows that are primitives.
function objectTable(tabularData, properties) {
  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = ObjectKeys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = tableCell(item);
    } else {
      const keys = properties || ObjectKeys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !hasOwnProperty(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = tableCell(item[key]);
        }
      }
    }
  }
  const keys = ObjectKeys(map);
  const values = ObjectValues(map);
  if (hasPrimitives) {
    keys.push(kValuesKey);
    values.push(valuesKeyArray);
  }
  keys.unshift(kIndexKey);
  values.unshift(indexKeyArray);
  return renderTable(keys, values);
}

function invalidPropertiesError(properties) {
  const error = new TypeError('The "properties" argument must be an instance of Array.' +
    ` Received ${describeReceived(properties)}`);
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
}

// How Node's argument errors name the value they got.
const describeReceived = internals.describeReceived;

// ---------------------------------------------------------------------------
// The methods, in Node's order.

const consoleMethods = {
  log(...args) {
    writeLine(kStdout, formatArguments(kStdout, args));
  },

  warn(...args) {
    writeLine(kStderr, formatArguments(kStderr, args));
  },

  dir(object, options) {
    writeLine(kStdout, inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(kStdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (timers.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    timers.set(label, hrtimeNanoseconds());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl('timeEnd', label)) timers.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl('timeLog', label, data);
  },

  trace: function trace(...args) {
    // The stack starts at the caller of console.trace.
    const err = { name: 'Trace', message: formatArguments(kStderr, args) };
    ErrorCaptureStackTrace(err, trace);
    globalConsole.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      // warn() formats the arguments, so a format string still works.
      ReflectApply(globalConsole.warn, globalConsole, args);
    }
  },

  clear() {
    // Only a terminal can be cleared: cursor to the top left, then erase
    // everything below it.
    if (isatty(kStdout) && binding.process.getEnv?.('TERM') !== 'dumb') {
      try {
        write(kStdout, '\u001b[1;1H');
        write(kStdout, '\u001b[0J');
      } catch {
        // Nowhere to report it.
      }
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    globalConsole.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    // As in Node, the label is looked up before it is made a string.
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) ReflectApply(globalConsole.log, globalConsole, data);
    groupIndent += ' '.repeat(kGroupIndentationWidth);
  },

  groupEnd() {
    groupIndent = groupIndent.slice(0, groupIndent.length - kGroupIndentationWidth);
  },

  table(tabularData, properties) {
    if (properties !== undefined && !ArrayIsArray(properties)) {
      throw invalidPropertiesError(properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') {
      return globalConsole.log(tabularData);
    }
    // Map and Set iterators are tabulated by Node from a preview of their
    // entries, which JavaScript cannot take without consuming them; here
    // they are tabulated as plain objects.
    let text;
    if (isMap(tabularData)) {
      text = mapTable(tabularData);
    } else if (isSet(tabularData)) {
      text = setTable(tabularData);
    } else {
      text = objectTable(tabularData, properties);
    }
    return globalConsole.log(text);
  },

  debug(...args) {
    writeLine(kStdout, formatArguments(kStdout, args));
  },

  info(...args) {
    writeLine(kStdout, formatArguments(kStdout, args));
  },

  dirxml(...args) {
    writeLine(kStdout, formatArguments(kStdout, args));
  },

  error(...args) {
    writeLine(kStderr, formatArguments(kStderr, args));
  },

  groupCollapsed(...data) {
    if (data.length > 0) ReflectApply(globalConsole.log, globalConsole, data);
    groupIndent += ' '.repeat(kGroupIndentationWidth);
  },
};

for (const name of ObjectKeys(consoleMethods)) {
  ObjectDefineProperty(globalConsole, name, {
    value: consoleMethods[name], writable: true, enumerable: true, configurable: true,
  });
}
ObjectDefineProperty(globalConsole, Symbol.toStringTag, {
  value: 'console', writable: false, enumerable: false, configurable: true,
});

Object.defineProperty(globalThis, 'console', {
  value: globalConsole, writable: true, configurable: true, enumerable: false,
});

// For tests, as Node exports its formatTime.
internals.formatTime = formatTime;
