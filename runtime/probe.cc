#include <cstdio>
#include "v8.h"
#include "libplatform/libplatform.h"
#include "absl/status/status.h"
#include "zstd.h"
int main() { std::printf("%s %s %d\n", v8::V8::GetVersion(), absl::InternalError("x").ToString().c_str(), ZSTD_versionNumber()); }
