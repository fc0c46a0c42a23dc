#include "v8_support/v8_platform.h"

namespace thaw {

V8Process::V8Process(const std::string& v8_flags) {
  if (!v8_flags.empty()) {
    v8::V8::SetFlagsFromString(v8_flags.data(), v8_flags.size());
  }
  // One worker thread is enough for thaw's short-lived processes: V8 uses
  // them for concurrent compilation and GC, and each thread costs start-up.
  platform_ = v8::platform::NewDefaultPlatform(1);
  v8::V8::InitializePlatform(platform_.get());
  v8::V8::Initialize();
}

V8Process::~V8Process() {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
}

}  // namespace thaw
