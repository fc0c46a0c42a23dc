#ifndef THAW_BINDINGS_CALLBACK_SUPPORT_H_
#define THAW_BINDINGS_CALLBACK_SUPPORT_H_

#include "absl/strings/string_view.h"
#include "v8.h"
#include "v8_support/v8_strings.h"

namespace thaw {

// Throws `new TypeError(message)` (or `Error`) into the calling JS code.
inline void ThrowTypeError(v8::Isolate* isolate, absl::string_view message) {
  v8::Local<v8::String> text;
  if (NewString(isolate, message).ToLocal(&text)) {
    isolate->ThrowException(v8::Exception::TypeError(text));
  }
}

inline void ThrowError(v8::Isolate* isolate, absl::string_view message) {
  v8::Local<v8::String> text;
  if (NewString(isolate, message).ToLocal(&text)) {
    isolate->ThrowException(v8::Exception::Error(text));
  }
}

}  // namespace thaw

#endif  // THAW_BINDINGS_CALLBACK_SUPPORT_H_
