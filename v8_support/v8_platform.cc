#include "v8_support/v8_platform.h"

namespace thaw {

namespace {

// Language features thaw always has, in the builder and the runtime alike
// (a snapshot must be made and used with the same ones): import assertions
// (`import data from './x.json' assert {type: 'json'}`) are still behind a
// flag in V8 10.2, though Node 18 and 20 enable them.
constexpr char kLanguageFlags[] = "--harmony-import-assertions";

}  // namespace

V8Process::V8Process(const std::string& v8_flags) {
  v8::V8::SetFlagsFromString(kLanguageFlags, sizeof(kLanguageFlags) - 1);
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
