#ifndef THAW_BINDINGS_REGISTRY_H_
#define THAW_BINDINGS_REGISTRY_H_

#include <cstdint>
#include <string>

#include "absl/types/span.h"
#include "bindings/native_module.h"
#include "v8.h"

namespace thaw {

// Every native module, in a fixed order.
absl::Span<const NativeModule* const> NativeModules();

// The external-reference list for v8::SnapshotCreator and
// Isolate::CreateParams: every callback of every module, each once, ending
// with the 0 that V8 expects. Built once; the pointer stays valid for the
// life of the process.
const intptr_t* ExternalReferences();

// Names every entry of the table, one "module.function/arity" a line. Blobs
// record its SHA-256, so a runtime can refuse a blob made with another table
// with a clear message where V8 would abort.
std::string DescribeExternalReferences();

// Builds the object the standard library receives as `binding`:
// { io: { write: <function>, ... }, process: { ... }, ... }.
v8::MaybeLocal<v8::Object> CreateBindingObject(v8::Local<v8::Context> context);

}  // namespace thaw

#endif  // THAW_BINDINGS_REGISTRY_H_
