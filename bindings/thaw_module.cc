// Native functions behind the global `thaw` namespace.

#include "bindings/callback_support.h"
#include "bindings/native_module.h"
#include "version/version.h"

namespace thaw {
namespace {

void Version(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::String> value;
  if (NewString(info.GetIsolate(), kThawVersion).ToLocal(&value)) {
    info.GetReturnValue().Set(value);
  }
}

void V8Version(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::String> value;
  if (NewString(info.GetIsolate(), v8::V8::GetVersion()).ToLocal(&value)) {
    info.GetReturnValue().Set(value);
  }
}

constexpr NativeFunction kThawFunctions[] = {
    {"version", Version, 0},
    {"v8Version", V8Version, 0},
};

}  // namespace

const NativeModule& ThawModule() {
  static constexpr NativeModule kModule = {"thaw", kThawFunctions};
  return kModule;
}

}  // namespace thaw
