#ifndef THAW_RUNTIME_COMPILE_H_
#define THAW_RUNTIME_COMPILE_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace thaw {

// The ELF section of a compiled app's blob.
inline constexpr char kAppSection[] = ".thaw_app";

// Where a compiled app finds libnode: a folder beside it, so the app and
// that folder can be copied anywhere together.
inline constexpr char kAppLibraryFolder[] = "thaw-libs";

// The app blob in this executable's .thaw_app section (mapped from
// /proc/self/exe), or empty for plain thaw.
absl::string_view EmbeddedAppBlob();

// Writes `output`: this executable with `app_blob` in a .thaw_app section and
// its RUNPATH set to $ORIGIN/thaw-libs, plus thaw-libs/libnode.so.108 beside
// it (the libnode this process runs with).
absl::Status WriteCompiledApp(absl::string_view app_blob,
                              const std::string& output);

}  // namespace thaw

#endif  // THAW_RUNTIME_COMPILE_H_
