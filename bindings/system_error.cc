#include "bindings/system_error.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "uv.h"
#include "v8_support/v8_strings.h"

namespace thaw {

v8::MaybeLocal<v8::Object> NewSystemError(v8::Isolate* isolate,
                                          int error_number,
                                          absl::string_view syscall,
                                          absl::string_view path,
                                          absl::string_view dest) {
  const char* code = uv_err_name(-error_number);
  std::string message =
      absl::StrCat(code, ": ", uv_strerror(-error_number), ", ", syscall);
  if (!path.empty()) absl::StrAppend(&message, " '", path, "'");
  if (!dest.empty()) absl::StrAppend(&message, " -> '", dest, "'");
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> text;
  if (!NewString(isolate, message).ToLocal(&text)) return {};
  v8::Local<v8::Object> error = v8::Exception::Error(text).As<v8::Object>();
  auto set = [&](const char* key, v8::Local<v8::Value> value) {
    return error->Set(context, NewString(isolate, key).ToLocalChecked(), value)
        .IsJust();
  };
  auto set_string = [&](const char* key, absl::string_view value) {
    v8::Local<v8::String> string;
    return NewString(isolate, value).ToLocal(&string) && set(key, string);
  };
  if (!set("errno", v8::Integer::New(isolate, -error_number)) ||
      !set_string("code", code) || !set_string("syscall", syscall) ||
      (!path.empty() && !set_string("path", path)) ||
      (!dest.empty() && !set_string("dest", dest))) {
    return {};
  }
  return error;
}

void ThrowSystemError(v8::Isolate* isolate, int error_number,
                      absl::string_view syscall, absl::string_view path,
                      absl::string_view dest) {
  v8::Local<v8::Object> error;
  if (NewSystemError(isolate, error_number, syscall, path, dest)
          .ToLocal(&error)) {
    isolate->ThrowException(error);
  }
}

}  // namespace thaw
