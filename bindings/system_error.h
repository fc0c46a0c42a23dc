#ifndef THAW_BINDINGS_SYSTEM_ERROR_H_
#define THAW_BINDINGS_SYSTEM_ERROR_H_

#include "absl/strings/string_view.h"
#include "v8.h"

namespace thaw {

// Throws an Error shaped like Node's system errors, with libuv's names and
// descriptions (what Node uses):
//
//   ENOENT: no such file or directory, open '/x'
//
// with `errno` (negative), `code`, `syscall`, and `path` (and `dest`) when
// given. `error_number` is a positive errno value.
void ThrowSystemError(v8::Isolate* isolate, int error_number,
                      absl::string_view syscall, absl::string_view path = {},
                      absl::string_view dest = {});

// The same error object, returned instead of thrown (for callbacks). Empty
// with a pending exception if creating it failed.
v8::MaybeLocal<v8::Object> NewSystemError(v8::Isolate* isolate,
                                          int error_number,
                                          absl::string_view syscall,
                                          absl::string_view path = {},
                                          absl::string_view dest = {});

}  // namespace thaw

#endif  // THAW_BINDINGS_SYSTEM_ERROR_H_
