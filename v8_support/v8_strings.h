#ifndef THAW_V8_SUPPORT_V8_STRINGS_H_
#define THAW_V8_SUPPORT_V8_STRINGS_H_

#include <string>

#include "absl/strings/string_view.h"
#include "v8.h"

namespace thaw {

// Makes a V8 string from UTF-8. Empty only when V8 cannot allocate it (for
// example, longer than String::kMaxLength).
v8::MaybeLocal<v8::String> NewString(v8::Isolate* isolate,
                                     absl::string_view utf8);

// Converts any value to UTF-8 the way `String(value)` would, falling back to
// a fixed placeholder when the conversion itself throws.
std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value);

}  // namespace thaw

#endif  // THAW_V8_SUPPORT_V8_STRINGS_H_
