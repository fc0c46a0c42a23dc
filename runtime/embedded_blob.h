#ifndef THAW_RUNTIME_EMBEDDED_BLOB_H_
#define THAW_RUNTIME_EMBEDDED_BLOB_H_

#include "absl/strings/string_view.h"

namespace thaw {

// The name of the ELF section that holds a binary's blob.
inline constexpr char kEmbeddedBlobSection[] = ".thaw_snapshot";

// The blob linked into this binary by thaw_binary (//bazel:thaw.bzl).
absl::string_view EmbeddedBlob();

}  // namespace thaw

#endif  // THAW_RUNTIME_EMBEDDED_BLOB_H_
