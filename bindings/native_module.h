#ifndef THAW_BINDINGS_NATIVE_MODULE_H_
#define THAW_BINDINGS_NATIVE_MODULE_H_

#include "absl/types/span.h"
#include "v8.h"

namespace thaw {

// One native function visible to the JS standard library.
struct NativeFunction {
  const char* name;
  v8::FunctionCallback callback;
  // The function's `length` in JS.
  int arity;
};

// A module's table of native functions. Each module declares its functions
// in exactly one such table; registry.cc derives from these tables both what
// is installed on the JS side and the snapshot's external-reference list, so
// the two cannot disagree.
struct NativeModule {
  const char* name;
  absl::Span<const NativeFunction> functions;
};

// The modules, one function each, defined next to their callbacks.
const NativeModule& IoModule();
const NativeModule& IdnaModule();
const NativeModule& CloneModule();
const NativeModule& CryptoModule();
const NativeModule& HashModule();
const NativeModule& ZlibModule();
const NativeModule& EncodingModule();
const NativeModule& BufferModule();
const NativeModule& LoopModule();
const NativeModule& ProcessModule();
const NativeModule& ThawModule();
const NativeModule& UtilModule();
const NativeModule& FsModule();
const NativeModule& FsAsyncModule();
const NativeModule& ModulesModule();
const NativeModule& EsmModule();
const NativeModule& OsModule();
const NativeModule& ChildProcessModule();
const NativeModule& TypesModule();
const NativeModule& V8Module();

}  // namespace thaw

#endif  // THAW_BINDINGS_NATIVE_MODULE_H_
