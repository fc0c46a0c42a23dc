// Language features while a snapshot is built. V8 10.2 leaves some shipped
// features out of contexts made while its serializer is on (Genesis installs
// them only for ordinary contexts): Array, String and typed array `at`,
// `findLast` and `findLastIndex`, Object.hasOwn, and Error.stackTraceLimit
// (without which errors have no `stack`). Every context made
// from the snapshot has them natively. So that code run at build time (the
// standard library, an app's modules, a --warmup script) sees the language
// it sees at run time, thaw adds stand-ins while building and removes them
// before the heap is serialized, so that V8's own appear at run time.
'use strict';

const standIns = [];

function addStandIn(object, name, implementation) {
  if (Object.prototype.hasOwnProperty.call(object, name)) return;
  Object.defineProperty(object, name, {
    value: implementation, writable: true, enumerable: false, configurable: true,
  });
  standIns.push([object, name]);
}

function relativeIndex(index, length) {
  const integer = Math.trunc(Number(index)) || 0;
  return integer < 0 ? length + integer : integer;
}

const methods = {
  at(index) {
    const object = typeof this === 'string' ? this : Object(this);
    const length = Math.min(Math.max(Math.trunc(Number(object.length)) || 0, 0),
                            Number.MAX_SAFE_INTEGER);
    const position = relativeIndex(index, length);
    return position < 0 || position >= length ? undefined : object[position];
  },
  findLast(predicate, thisArg) {
    const object = Object(this);
    if (typeof predicate !== 'function') throw new TypeError(`${predicate} is not a function`);
    for (let i = (Math.trunc(Number(object.length)) || 0) - 1; i >= 0; i--) {
      if (Reflect.apply(predicate, thisArg, [object[i], i, object])) return object[i];
    }
    return undefined;
  },
  findLastIndex(predicate, thisArg) {
    const object = Object(this);
    if (typeof predicate !== 'function') throw new TypeError(`${predicate} is not a function`);
    for (let i = (Math.trunc(Number(object.length)) || 0) - 1; i >= 0; i--) {
      if (Reflect.apply(predicate, thisArg, [object[i], i, object])) return i;
    }
    return -1;
  },
  hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(Object(object), key);
  },
};

internals.installBuildTimeFeatures = function installBuildTimeFeatures() {
  const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
  for (const prototype of [Array.prototype, typedArrayPrototype]) {
    addStandIn(prototype, 'at', methods.at);
    addStandIn(prototype, 'findLast', methods.findLast);
    addStandIn(prototype, 'findLastIndex', methods.findLastIndex);
  }
  addStandIn(String.prototype, 'at', methods.at);
  addStandIn(Object, 'hasOwn', methods.hasOwn);
  // V8's default limit; errors made at build time then have a stack.
  addStandIn(Error, 'stackTraceLimit', 10);
};

// Other build-time-only additions (77b_unserializable.js's watchers) hand
// their undo functions here, to run with the stand-ins' removal.
const removers = [];
internals.onRemoveBuildTimeFeatures = (remove) => { removers.push(remove); };

// Called by the snapshot builder just before it serializes the heap.
internals.removeBuildTimeFeatures = function removeBuildTimeFeatures() {
  for (const [object, name] of standIns) delete object[name];
  standIns.length = 0;
  for (const remove of removers.splice(0).reverse()) remove();
};

internals.installBuildTimeFeatures();
