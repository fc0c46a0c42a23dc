// console: log/info/debug go to stdout, warn/error to stderr.
//
// Formatting here is deliberately plain; Node-compatible util.inspect
// formatting replaces formatValue later.
'use strict';

const { write } = binding.io;

function formatKey(key) {
  return typeof key === 'symbol' ? `[${String(key)}]` :
      /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`;
}

function formatValue(value, depth, seen) {
  switch (typeof value) {
    case 'string':
      return depth === 0 ? value : `'${value}'`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'function':
      return /^class\b/.test(Function.prototype.toString.call(value)) ?
          `[class ${value.name}]` :
          `[Function: ${value.name || '(anonymous)'}]`;
  }
  if (value === null) return 'null';
  if (value instanceof Error) return value.stack || String(value);
  if (seen.includes(value)) return '[Circular]';
  if (depth > 2) return Array.isArray(value) ? '[Array]' : '[Object]';
  const nested = [...seen, value];
  const next = (item) => formatValue(item, depth + 1, nested);
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[ ${value.map(next).join(', ')} ]`;
  }
  if (value instanceof Map) {
    const entries = [...value].map(([k, v]) => `${next(k)} => ${next(v)}`);
    return `Map(${value.size}) {${entries.length ? ` ${entries.join(', ')} ` : ''}}`;
  }
  if (value instanceof Set) {
    const entries = [...value].map(next);
    return `Set(${value.size}) {${entries.length ? ` ${entries.join(', ')} ` : ''}}`;
  }
  const keys = Reflect.ownKeys(value).filter(
      (key) => Object.getOwnPropertyDescriptor(value, key).enumerable);
  const body = keys.map((key) => `${formatKey(key)}: ${next(value[key])}`);
  return body.length === 0 ? '{}' : `{ ${body.join(', ')} }`;
}

function formatArguments(args) {
  return args.map((arg) => formatValue(arg, 0, [])).join(' ') + '\n';
}

const console = {
  log(...args) { write(1, formatArguments(args)); },
  info(...args) { write(1, formatArguments(args)); },
  debug(...args) { write(1, formatArguments(args)); },
  warn(...args) { write(2, formatArguments(args)); },
  error(...args) { write(2, formatArguments(args)); },
};

Object.defineProperty(globalThis, 'console', {
  value: console, writable: true, configurable: true, enumerable: false,
});
