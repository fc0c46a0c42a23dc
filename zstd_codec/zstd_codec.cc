#include "zstd_codec/zstd_codec.h"

#include <memory>

#include "absl/strings/str_format.h"
#include "zstd.h"

namespace thaw {
namespace {

struct CCtxDeleter {
  void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
};

// Returns an error unless `result`, a size_t from a zstd call, is a success.
absl::Status CheckZstd(size_t result, absl::string_view what) {
  if (ZSTD_isError(result)) {
    return absl::InternalError(
        absl::StrFormat("%s failed: %s", what, ZSTD_getErrorName(result)));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckZstdLevel(int level) {
  const int max_level = ZSTD_maxCLevel();
  if (level < 1 || level > max_level) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "zstd compression level %d is out of range: it must be between 1 and "
        "%d",
        level, max_level));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ZstdCompress(absl::string_view raw, int level) {
  absl::Status level_status = CheckZstdLevel(level);
  if (!level_status.ok()) return level_status;
  const size_t bound = ZSTD_compressBound(raw.size());
  if (ZSTD_isError(bound)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%d bytes is too large for zstd to compress", raw.size()));
  }

  std::unique_ptr<ZSTD_CCtx, CCtxDeleter> context(ZSTD_createCCtx());
  if (context == nullptr) {
    return absl::ResourceExhaustedError("could not allocate a zstd context");
  }
  // The content size is recorded by default when the whole input is given
  // to ZSTD_compress2; it is set explicitly because ZstdDecompressInto
  // depends on it. The checksum is off by default, and without it a flipped
  // byte in the stored data can decompress to wrong bytes without an error.
  absl::Status status = CheckZstd(
      ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, level),
      "setting the zstd compression level");
  if (status.ok()) {
    status = CheckZstd(
        ZSTD_CCtx_setParameter(context.get(), ZSTD_c_contentSizeFlag, 1),
        "enabling the zstd content size");
  }
  if (status.ok()) {
    status =
        CheckZstd(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1),
                  "enabling the zstd checksum");
  }
  if (!status.ok()) return status;

  std::string compressed(bound, '\0');
  const size_t size = ZSTD_compress2(context.get(), compressed.data(),
                                     compressed.size(), raw.data(), raw.size());
  status = CheckZstd(size, "zstd compression");
  if (!status.ok()) return status;
  compressed.resize(size);
  compressed.shrink_to_fit();
  return compressed;
}

absl::Status ZstdDecompressInto(absl::string_view stored,
                                uint64_t expected_raw_size, char* out) {
  if (out == nullptr && expected_raw_size > 0) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "no output buffer for %d decompressed bytes", expected_raw_size));
  }

  // The header is checked before decompressing so that a size mismatch is
  // reported as such, instead of as zstd's less specific "destination
  // buffer is too small".
  const unsigned long long recorded_size =  // NOLINT(runtime/int)
      ZSTD_getFrameContentSize(stored.data(), stored.size());
  if (recorded_size == ZSTD_CONTENTSIZE_ERROR) {
    return absl::DataLossError(absl::StrFormat(
        "%d stored bytes do not start with a complete zstd frame header",
        stored.size()));
  }
  if (recorded_size == ZSTD_CONTENTSIZE_UNKNOWN) {
    return absl::InvalidArgumentError(
        "the zstd frame does not record its content size");
  }
  if (recorded_size != expected_raw_size) {
    return absl::DataLossError(absl::StrFormat(
        "the zstd frame records a content size of %d bytes but %d were "
        "expected",
        recorded_size, expected_raw_size));
  }

  const size_t frame_size =
      ZSTD_findFrameCompressedSize(stored.data(), stored.size());
  if (ZSTD_isError(frame_size)) {
    return absl::DataLossError(
        absl::StrFormat("the zstd frame is corrupt or truncated: %s",
                        ZSTD_getErrorName(frame_size)));
  }
  if (frame_size != stored.size()) {
    return absl::DataLossError(
        absl::StrFormat("%d trailing bytes follow the %d-byte zstd frame",
                        stored.size() - frame_size, frame_size));
  }

  // The recorded size fits in memory the caller already allocated, so it
  // also fits in size_t.
  const size_t written =
      ZSTD_decompress(out, static_cast<size_t>(expected_raw_size),
                      stored.data(), stored.size());
  if (ZSTD_isError(written)) {
    return absl::DataLossError(absl::StrFormat("zstd decompression failed: %s",
                                               ZSTD_getErrorName(written)));
  }
  if (written != expected_raw_size) {
    return absl::DataLossError(absl::StrFormat(
        "zstd decompression produced %d bytes but %d were expected", written,
        expected_raw_size));
  }
  return absl::OkStatus();
}

}  // namespace thaw
