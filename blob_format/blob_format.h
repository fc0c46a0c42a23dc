#ifndef THAW_BLOB_FORMAT_BLOB_FORMAT_H_
#define THAW_BLOB_FORMAT_BLOB_FORMAT_H_

#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "sha256/sha256.h"

namespace thaw {

// How the V8 payload is stored in a blob.
enum class Codec : uint32_t {
  kNone = 0,
  kZstd = 1,
};

absl::string_view CodecName(Codec codec);
absl::StatusOr<Codec> ParseCodec(absl::string_view name);

inline constexpr uint32_t kBlobFormatVersion = 4;
inline constexpr size_t kBlobHeaderSize = 448;
inline constexpr size_t kV8VersionFieldSize = 32;
inline constexpr size_t kV8FlagsFieldSize = 240;

// The decoded header of a thaw blob. See blob_format.cc for the byte layout.
struct BlobHeader {
  uint32_t format_version = kBlobFormatVersion;
  std::string v8_version;
  Sha256Digest external_reference_digest{};
  std::string v8_flags;
  Codec codec = Codec::kNone;
  int32_t codec_level = 0;
  uint64_t raw_size = 0;
  uint64_t stored_size = 0;
  uint64_t payload_xxh64 = 0;
  // The sources section: script sources kept beside the V8 heap.
  uint64_t sources_size = 0;
  uint64_t sources_xxh64 = 0;
  // The manifest after the payload: JSON listing an app blob's modules
  // (path, kind, bytes, evaluated at "build" or "start"); empty otherwise.
  std::string manifest;
};

// What the snapshot builder knows about the V8 that made a payload.
struct BlobOrigin {
  std::string v8_version;
  Sha256Digest external_reference_digest{};
  std::string v8_flags;
  // The sources section (external_sources/external_sources.h); empty when
  // every source is in the heap.
  std::string sources;
  // See BlobHeader::manifest.
  std::string manifest;
};

// Makes a whole blob file: header, then the payload stored with `codec`
// (`level` is zstd's level; ignored for kNone).
absl::StatusOr<std::string> EncodeBlob(const BlobOrigin& origin,
                                       absl::string_view raw_payload,
                                       Codec codec, int level);

// A blob whose header has been checked, pointing into the caller's bytes.
struct ParsedBlob {
  BlobHeader header;
  absl::string_view stored_payload;
  // Empty when the blob has no sources section.
  absl::string_view sources;
};

// Reads and checks the header of `blob`: magic, format version, header
// size, header checksum, field syntax, codec, sizes against the file. Each
// problem has its own message. Does not look at the payload's contents.
absl::StatusOr<ParsedBlob> ParseBlob(absl::string_view blob);

// Checks that a parsed header was made by the same V8 and the same native
// function table as the running binary; either mismatch would make V8 abort.
absl::Status CheckBlobCompatible(const BlobHeader& header,
                                 absl::string_view v8_version,
                                 const Sha256Digest& external_reference_digest);

// The raw V8 payload, decompressed if needed, with its XXH64 verified.
// For kNone it points into the blob itself, with no copy.
class DecodedPayload {
 public:
  absl::string_view bytes() const { return bytes_; }
  // The sources section, verified too; it points into the blob.
  absl::string_view sources() const { return sources_; }

 private:
  friend  // Also verifies the sources section's XXH64.
      absl::StatusOr<DecodedPayload>
      DecodePayload(const ParsedBlob& blob);
  // Memory for a decompressed payload: mapped with MAP_POPULATE, so that
  // its pages are faulted in by one system call rather than one fault each
  // as the decompressor first writes to them.
  struct Unmap {
    size_t size;
    void operator()(char* data) const;
  };
  std::unique_ptr<char, Unmap> storage_{nullptr, Unmap{0}};
  absl::string_view bytes_;
  absl::string_view sources_;
};

absl::StatusOr<DecodedPayload> DecodePayload(const ParsedBlob& blob);

// The header as one JSON object, for `thaw inspect`.
std::string BlobHeaderToJson(const BlobHeader& header);

}  // namespace thaw

#endif  // THAW_BLOB_FORMAT_BLOB_FORMAT_H_
