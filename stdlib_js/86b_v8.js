// node:v8, the part a CLI reaches for: serialize/deserialize (Node's byte
// layout for views, on V8 10.2's format version), getHeapStatistics and
// cachedDataVersionTag. The Serializer/Deserializer classes, heap snapshots,
// coverage, setFlagsFromString and startupSnapshot throw
// ERR_METHOD_NOT_IMPLEMENTED: a snapshot-first runtime fixes its V8 flags
// when the blob is built.
'use strict';

(function defineV8Module() {
  const nativeV8 = binding.v8;

  function serialize(value) {
    const bytes = nativeV8.serialize(value, internals.FastBuffer.prototype);
    return new internals.FastBuffer(bytes, 0, bytes.byteLength);
  }

  function deserialize(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      throw internals.withCode(new TypeError('buffer must be a TypedArray or a DataView'),
                               'ERR_INVALID_ARG_TYPE');
    }
    return nativeV8.deserialize(buffer, internals.FastBuffer.prototype);
  }

  const heapStatisticsKeys = [
    'total_heap_size', 'total_heap_size_executable', 'total_physical_size',
    'total_available_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory',
    'peak_malloced_memory', 'does_zap_garbage', 'number_of_native_contexts',
    'number_of_detached_contexts', 'total_global_handles_size', 'used_global_handles_size',
    'external_memory',
  ];

  function getHeapStatistics() {
    const values = nativeV8.heapStatistics();
    const statistics = {};
    heapStatisticsKeys.forEach((key, index) => { statistics[key] = values[index]; });
    return statistics;
  }

  function notImplemented(name) {
    return function () {
      throw internals.withCode(new Error(`The v8.${name} method is not implemented`),
                               'ERR_METHOD_NOT_IMPLEMENTED');
    };
  }

  internals.defineBuiltin('v8', () => ({
    serialize,
    deserialize,
    getHeapStatistics,
    cachedDataVersionTag: () => nativeV8.cachedDataVersionTag(),
    setFlagsFromString: notImplemented('setFlagsFromString()'),
    getHeapSnapshot: notImplemented('getHeapSnapshot()'),
    writeHeapSnapshot: notImplemented('writeHeapSnapshot()'),
    getHeapSpaceStatistics: notImplemented('getHeapSpaceStatistics()'),
    getHeapCodeStatistics: notImplemented('getHeapCodeStatistics()'),
    takeCoverage: notImplemented('takeCoverage()'),
    stopCoverage: notImplemented('stopCoverage()'),
  }));
})();

// require('module').builtinModules was listed before this file ran.
if (!internals.Module.builtinModules.includes('v8')) internals.Module.builtinModules.push('v8');
