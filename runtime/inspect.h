#ifndef THAW_RUNTIME_INSPECT_H_
#define THAW_RUNTIME_INSPECT_H_

#include <string>

#include "absl/status/statusor.h"

namespace thaw {

// Reads a blob file, or an executable with a blob in its .thaw_snapshot
// section, checks the blob whole (header and payload digest) and returns its
// header as one line of JSON.
absl::StatusOr<std::string> InspectBlobFile(const std::string& path);

}  // namespace thaw

#endif  // THAW_RUNTIME_INSPECT_H_
