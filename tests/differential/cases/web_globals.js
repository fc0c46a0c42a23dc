// The web globals: which exist, how they are defined, and what they are.
const names = ['DOMException', 'TextEncoder', 'TextDecoder', 'atob', 'btoa', 'Event', 'EventTarget',
  'CustomEvent', 'AbortController', 'AbortSignal', 'performance', 'Performance',
  'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'queueMicrotask'];
for (const name of names) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], descriptor.enumerable, descriptor.configurable);
}
for (const name of ['DOMException', 'TextEncoder', 'TextDecoder', 'Event', 'EventTarget', 'CustomEvent',
  'AbortController', 'AbortSignal', 'Performance', 'PerformanceEntry', 'PerformanceMark',
  'PerformanceMeasure']) {
  const value = globalThis[name];
  console.log(name, value.name, value.length, Object.getOwnPropertyDescriptor(value, 'prototype').writable,
              Object.prototype.toString.call(value.prototype));
}
console.log(Object.getPrototypeOf(CustomEvent) === Event, Object.getPrototypeOf(AbortSignal) === EventTarget,
            Object.getPrototypeOf(Performance) === EventTarget,
            Object.getPrototypeOf(PerformanceMark) === PerformanceEntry);
globalThis.TextEncoder = 'replaced';
console.log(TextEncoder);
delete globalThis.atob;
console.log(typeof atob);
