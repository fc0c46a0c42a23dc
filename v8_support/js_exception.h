#ifndef THAW_V8_SUPPORT_JS_EXCEPTION_H_
#define THAW_V8_SUPPORT_JS_EXCEPTION_H_

#include <string>

#include "absl/status/status.h"
#include "v8.h"

namespace thaw {

// Formats the exception held by `try_catch` the way Node prints an uncaught
// exception:
//
//   /path/to/file.js:3
//       throw new Error("boom");
//       ^
//
//   Error: boom
//       at /path/to/file.js:3:11
//
// The first three lines come from the message's script position and are left
// out when V8 has no position for it. The rest is the exception's `stack`
// when it has one, else `String(exception)`.
std::string FormatJsException(v8::Isolate* isolate,
                              const v8::TryCatch& try_catch);

// The same for an exception with its message, for exceptions that reach the
// embedder without a TryCatch (promise rejections, queueMicrotask). `message`
// may be empty; v8::Exception::CreateMessage makes one from an Error's stack.
std::string FormatJsError(v8::Isolate* isolate, v8::Local<v8::Value> exception,
                          v8::Local<v8::Message> message);

// The one way thaw turns a caught JS exception into a Status: an
// InvalidArgument whose message is `FormatJsException` after `context`.
absl::Status JsExceptionToStatus(v8::Isolate* isolate,
                                 const v8::TryCatch& try_catch,
                                 absl::string_view context);

}  // namespace thaw

#endif  // THAW_V8_SUPPORT_JS_EXCEPTION_H_
