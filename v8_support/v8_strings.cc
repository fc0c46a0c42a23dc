#include "v8_support/v8_strings.h"

namespace thaw {

v8::MaybeLocal<v8::String> NewString(v8::Isolate* isolate,
                                     absl::string_view utf8) {
  if (utf8.size() > static_cast<size_t>(v8::String::kMaxLength)) return {};
  return v8::String::NewFromUtf8(isolate, utf8.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(utf8.size()));
}

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::String> string;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&string)) {
    return "<value that cannot be converted to a string>";
  }
  v8::String::Utf8Value utf8(isolate, string);
  return std::string(*utf8, utf8.length());
}

}  // namespace thaw
