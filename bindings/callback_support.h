#ifndef THAW_BINDINGS_CALLBACK_SUPPORT_H_
#define THAW_BINDINGS_CALLBACK_SUPPORT_H_

#include <cstddef>
#include <cstdint>

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

// The bytes an ArrayBuffer or an ArrayBufferView (typed array, DataView,
// Buffer) covers: false for anything else. `data` is null when there are
// none (empty or detached).
inline bool BufferSourceBytes(v8::Local<v8::Value> value, uint8_t** data,
                              size_t* size) {
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    *size = view->ByteLength();
    *data = *size == 0 ? nullptr
                       : static_cast<uint8_t*>(view->Buffer()->Data()) +
                             view->ByteOffset();
    return true;
  }
  if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    *size = buffer->ByteLength();
    *data = *size == 0 ? nullptr : static_cast<uint8_t*>(buffer->Data());
    return true;
  }
  return false;
}

}  // namespace thaw

#endif  // THAW_BINDINGS_CALLBACK_SUPPORT_H_
