#include "v8_support/v8_platform.h"

#include <cstring>

namespace thaw {

namespace {

// Flags thaw always has, in the builder and the runtime alike (a snapshot
// must be made and used with the same ones):
// - Import assertions (`import data from './x.json' assert {type: 'json'}`)
//   are still behind a flag in V8 10.2, though Node 18 and 20 enable them.
// - thaw checks every payload's XXH64 before V8 sees it, which covers
//   everything V8's own snapshot checksum does, so V8 need not check again.
constexpr char kCommonFlags[] =
    "--harmony-import-assertions --no-verify-snapshot-checksum";

// The seeds by role. 0 is V8's default: a fresh random seed per isolate.
constexpr char kRuntimeSeedFlags[] = "--hash-seed=0 --random-seed=0";
constexpr char kBuilderSeedFlags[] = "--hash-seed=1 --random-seed=1";

void SetFlags(const char* flags) {
  v8::V8::SetFlagsFromString(flags, std::strlen(flags));
}

}  // namespace

void V8Process::SetLazyCompilation(bool lazy) {
  SetFlags(lazy ? "--lazy" : "--no-lazy");
}

V8Process::V8Process(const std::string& v8_flags, Role role) {
  SetFlags(kCommonFlags);
  SetFlags(role == Role::kBuilder ? kBuilderSeedFlags : kRuntimeSeedFlags);
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
