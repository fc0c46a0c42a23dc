#ifndef THAW_ZSTD_CODEC_ZSTD_CODEC_H_
#define THAW_ZSTD_CODEC_ZSTD_CODEC_H_

// Compresses and decompresses one buffer as a single zstd frame. The runtime
// knows the exact uncompressed size of what it stored, so decompression
// writes straight into a caller-owned buffer of that size and treats any
// disagreement about the size as an error rather than resizing.

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace thaw {

// OK if `level` is a zstd compression level ZstdCompress accepts, else
// InvalidArgument naming the valid range. Lets callers reject a bad level
// before doing the work whose result they would compress.
absl::Status CheckZstdLevel(int level);

// Compresses `raw` with zstd at `level`, which must be between 1 and
// ZSTD_maxCLevel(); anything else is InvalidArgument naming the valid range.
// The result is a single frame that records the content size and a content
// checksum, so ZstdDecompressInto can detect corruption.
absl::StatusOr<std::string> ZstdCompress(absl::string_view raw, int level);

// Decompresses the single zstd frame in `stored` into `out`, which must have
// room for exactly `expected_raw_size` bytes. Returns DataLoss or
// InvalidArgument, naming what is wrong, if `stored` is not one complete
// zstd frame that records a content size of `expected_raw_size` and
// decompresses to exactly that many bytes. On error the contents of `out`
// are unspecified.
absl::Status ZstdDecompressInto(absl::string_view stored,
                                uint64_t expected_raw_size, char* out);

}  // namespace thaw

#endif  // THAW_ZSTD_CODEC_ZSTD_CODEC_H_
