#include "runtime/embedded_blob.h"

// Defined by the assembly file that thaw_binary generates: the first byte
// of the blob and the byte after its last.
extern "C" const char thaw_embedded_blob_start[];
extern "C" const char thaw_embedded_blob_end[];

namespace thaw {

absl::string_view EmbeddedBlob() {
  return absl::string_view(
      thaw_embedded_blob_start,
      static_cast<size_t>(thaw_embedded_blob_end - thaw_embedded_blob_start));
}

}  // namespace thaw
