#include "blob_format/blob_format.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "json/json_string.h"
#include "xxh64/xxh64.h"
#include "zstd_codec/zstd_codec.h"

namespace thaw {
namespace {

// Layout of a thaw blob, format version 4. Integers are little-endian;
// strings are ASCII, padded with NUL bytes and always NUL-terminated.
//
//   offset  size  field
//        0     8  magic: "THAWSNAP"
//        8     4  format_version: 4
//       12     4  header_size: 448, the offset of the payload
//       16    32  v8_version: V8::GetVersion() of the V8 that made the payload
//       48    32  external_reference_digest: SHA-256 of the native function
//                 table's description (bindings/registry.h)
//       80     4  codec: 0 = none, 1 = zstd
//       84     4  codec_level: zstd's compression level; 0 for none
//       88     8  raw_size: bytes of the V8 startup data
//       96     8  stored_size: bytes of payload after the header
//      104     8  payload_xxh64: XXH64 of the raw V8 startup data, checked at
//                 every start (xxh64/xxh64.h says why not SHA-256)
//      112     8  sources_size: bytes of the sources section
//      120     8  sources_xxh64: XXH64 of the sources section, checked at
//                 every start with the payload's
//      128     8  reserved: zero
//      136   240  v8_flags: the V8 flags the payload was made with, which
//                 the runtime must apply too
//      376     8  manifest_size: bytes of the manifest after the payload
//      384    32  manifest_sha256: SHA-256 of the manifest
//      416    32  header_sha256: SHA-256 of bytes 0 to 415
//      448     -  payload: stored_size bytes
//        -     -  padding: zero bytes up to a multiple of 8 from the start,
//                 only when sources_size is not 0
//        -     -  sources: sources_size bytes, never compressed: script
//                 sources kept beside the V8 heap, which a process reads in
//                 place (external_sources/external_sources.h)
//        -     -  manifest: manifest_size bytes of JSON (an app blob's
//                 modules, for `thaw inspect`; empty otherwise), then end
//                 of file
constexpr char kMagic[8] = {'T', 'H', 'A', 'W', 'S', 'N', 'A', 'P'};
constexpr size_t kMagicOffset = 0;
constexpr size_t kFormatVersionOffset = 8;
constexpr size_t kHeaderSizeOffset = 12;
constexpr size_t kV8VersionOffset = 16;
constexpr size_t kExternalReferenceDigestOffset = 48;
constexpr size_t kCodecOffset = 80;
constexpr size_t kCodecLevelOffset = 84;
constexpr size_t kRawSizeOffset = 88;
constexpr size_t kStoredSizeOffset = 96;
constexpr size_t kPayloadXxh64Offset = 104;
constexpr size_t kSourcesSizeOffset = 112;
constexpr size_t kSourcesXxh64Offset = 120;
constexpr size_t kReservedOffset = 128;
constexpr size_t kReservedSize = 8;
constexpr size_t kV8FlagsOffset = 136;
constexpr size_t kManifestSizeOffset = 376;
constexpr size_t kManifestSha256Offset = 384;
constexpr size_t kHeaderSha256Offset = 416;
static_assert(kV8VersionOffset + kV8VersionFieldSize == 48);
static_assert(kReservedOffset + kReservedSize == kV8FlagsOffset);
static_assert(kV8FlagsOffset + kV8FlagsFieldSize == kManifestSizeOffset);
static_assert(kManifestSha256Offset + 32 == kHeaderSha256Offset);
static_assert(kHeaderSha256Offset + 32 == kBlobHeaderSize);

// V8 keeps StartupData::raw_size in an int.
constexpr uint64_t kMaxRawSize = std::numeric_limits<int>::max();

void PutUint32(std::string& out, size_t offset, uint32_t value) {
  for (int i = 0; i < 4; ++i)
    out[offset + i] = static_cast<char>(value >> (8 * i));
}

void PutUint64(std::string& out, size_t offset, uint64_t value) {
  for (int i = 0; i < 8; ++i)
    out[offset + i] = static_cast<char>(value >> (8 * i));
}

uint32_t GetUint32(absl::string_view in, size_t offset) {
  uint32_t value = 0;
  for (int i = 0; i < 4; ++i) {
    value |= static_cast<uint32_t>(static_cast<uint8_t>(in[offset + i]))
             << (8 * i);
  }
  return value;
}

uint64_t GetUint64(absl::string_view in, size_t offset) {
  uint64_t value = 0;
  for (int i = 0; i < 8; ++i) {
    value |= static_cast<uint64_t>(static_cast<uint8_t>(in[offset + i]))
             << (8 * i);
  }
  return value;
}

void PutDigest(std::string& out, size_t offset, const Sha256Digest& digest) {
  std::memcpy(&out[offset], digest.data(), digest.size());
}

Sha256Digest GetDigest(absl::string_view in, size_t offset) {
  Sha256Digest digest;
  std::memcpy(digest.data(), in.data() + offset, digest.size());
  return digest;
}

// Where the sources section starts, for a payload of `stored_size` bytes:
// aligned to 8 bytes from the blob's start, so that their UTF-16 text is
// aligned wherever the blob is (it is at least 8-aligned in memory).
uint64_t SourcesOffset(uint64_t stored_size) {
  return (kBlobHeaderSize + stored_size + 7) & ~uint64_t{7};
}

std::string Xxh64Hex(uint64_t digest) {
  return absl::StrFormat("%016x", digest);
}

bool IsPrintableAscii(absl::string_view text) {
  for (char c : text) {
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

absl::Status PutString(std::string& out, size_t offset, size_t field_size,
                       absl::string_view value, absl::string_view field) {
  if (value.size() >= field_size) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, " is ", value.size(), " bytes; at most ",
                     field_size - 1, " fit in a blob header"));
  }
  if (!IsPrintableAscii(value)) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, " must be printable ASCII"));
  }
  std::memcpy(&out[offset], value.data(), value.size());
  return absl::OkStatus();
}

absl::StatusOr<std::string> GetString(absl::string_view in, size_t offset,
                                      size_t field_size,
                                      absl::string_view field) {
  absl::string_view bytes = in.substr(offset, field_size);
  size_t end = bytes.find('\0');
  if (end == absl::string_view::npos) {
    return absl::DataLossError(
        absl::StrCat("blob header field ", field, " is not NUL-terminated"));
  }
  absl::string_view value = bytes.substr(0, end);
  if (!IsPrintableAscii(value)) {
    return absl::DataLossError(
        absl::StrCat("blob header field ", field, " is not printable ASCII"));
  }
  if (bytes.substr(end).find_first_not_of('\0') != absl::string_view::npos) {
    return absl::DataLossError(absl::StrCat("blob header field ", field,
                                            " has bytes after its terminator"));
  }
  return std::string(value);
}

}  // namespace

absl::string_view CodecName(Codec codec) {
  switch (codec) {
    case Codec::kNone:
      return "none";
    case Codec::kZstd:
      return "zstd";
  }
  return "unknown";
}

absl::StatusOr<Codec> ParseCodec(absl::string_view name) {
  if (name == "none") return Codec::kNone;
  if (name == "zstd") return Codec::kZstd;
  return absl::InvalidArgumentError(
      absl::StrCat("unknown codec '", name, "' (expected 'zstd' or 'none')"));
}

absl::StatusOr<std::string> EncodeBlob(const BlobOrigin& origin,
                                       absl::string_view raw_payload,
                                       Codec codec, int level) {
  if (raw_payload.empty()) {
    return absl::InvalidArgumentError("the V8 payload is empty");
  }
  if (raw_payload.size() > kMaxRawSize) {
    return absl::InvalidArgumentError(
        absl::StrCat("the V8 payload is ", raw_payload.size(),
                     " bytes; V8 accepts at most ", kMaxRawSize));
  }
  std::string stored;
  switch (codec) {
    case Codec::kNone:
      level = 0;
      break;
    case Codec::kZstd: {
      absl::StatusOr<std::string> compressed = ZstdCompress(raw_payload, level);
      if (!compressed.ok()) return compressed.status();
      stored = *std::move(compressed);
      break;
    }
  }
  absl::string_view stored_view =
      codec == Codec::kNone ? raw_payload : absl::string_view(stored);

  std::string blob(kBlobHeaderSize, '\0');
  std::memcpy(&blob[kMagicOffset], kMagic, sizeof(kMagic));
  PutUint32(blob, kFormatVersionOffset, kBlobFormatVersion);
  PutUint32(blob, kHeaderSizeOffset, kBlobHeaderSize);
  absl::Status status = PutString(blob, kV8VersionOffset, kV8VersionFieldSize,
                                  origin.v8_version, "v8_version");
  if (!status.ok()) return status;
  PutDigest(blob, kExternalReferenceDigestOffset,
            origin.external_reference_digest);
  PutUint32(blob, kCodecOffset, static_cast<uint32_t>(codec));
  PutUint32(blob, kCodecLevelOffset, static_cast<uint32_t>(level));
  PutUint64(blob, kRawSizeOffset, raw_payload.size());
  PutUint64(blob, kStoredSizeOffset, stored_view.size());
  PutUint64(blob, kPayloadXxh64Offset, Xxh64(raw_payload));
  status = PutString(blob, kV8FlagsOffset, kV8FlagsFieldSize, origin.v8_flags,
                     "v8_flags");
  if (!status.ok()) return status;
  PutUint64(blob, kSourcesSizeOffset, origin.sources.size());
  PutUint64(blob, kSourcesXxh64Offset,
            origin.sources.empty() ? 0 : Xxh64(origin.sources));
  PutUint64(blob, kManifestSizeOffset, origin.manifest.size());
  PutDigest(blob, kManifestSha256Offset, Sha256(origin.manifest));
  PutDigest(blob, kHeaderSha256Offset,
            Sha256(absl::string_view(blob).substr(0, kHeaderSha256Offset)));
  blob.append(stored_view.data(), stored_view.size());
  if (!origin.sources.empty()) {
    blob.resize(SourcesOffset(stored_view.size()), '\0');
    blob.append(origin.sources);
  }
  blob.append(origin.manifest);
  return blob;
}

absl::StatusOr<ParsedBlob> ParseBlob(absl::string_view blob) {
  if (blob.empty()) return absl::DataLossError("the blob is empty");
  if (blob.size() < sizeof(kMagic) ||
      std::memcmp(blob.data(), kMagic, sizeof(kMagic)) != 0) {
    return absl::InvalidArgumentError(
        "not a thaw blob: it does not start with the magic \"THAWSNAP\"");
  }
  if (blob.size() < kHeaderSizeOffset + 4) {
    return absl::DataLossError(absl::StrCat(
        "the blob is truncated: ", blob.size(), " bytes, inside its header"));
  }
  ParsedBlob parsed;
  BlobHeader& header = parsed.header;
  header.format_version = GetUint32(blob, kFormatVersionOffset);
  if (header.format_version != kBlobFormatVersion) {
    return absl::FailedPreconditionError(
        absl::StrCat("unsupported blob format version ", header.format_version,
                     "; this thaw reads version ", kBlobFormatVersion));
  }
  uint32_t header_size = GetUint32(blob, kHeaderSizeOffset);
  if (header_size != kBlobHeaderSize) {
    return absl::DataLossError(absl::StrCat(
        "the blob's header size is ", header_size, "; format version ",
        kBlobFormatVersion, " has ", kBlobHeaderSize));
  }
  if (blob.size() < kBlobHeaderSize) {
    return absl::DataLossError(absl::StrCat(
        "the blob is truncated: ", blob.size(), " bytes, shorter than its ",
        kBlobHeaderSize, "-byte header"));
  }
  Sha256Digest header_digest = Sha256(blob.substr(0, kHeaderSha256Offset));
  if (header_digest != GetDigest(blob, kHeaderSha256Offset)) {
    return absl::DataLossError(
        "the blob's header is corrupt: its SHA-256 does not match");
  }
  absl::StatusOr<std::string> v8_version =
      GetString(blob, kV8VersionOffset, kV8VersionFieldSize, "v8_version");
  if (!v8_version.ok()) return v8_version.status();
  header.v8_version = *std::move(v8_version);
  absl::StatusOr<std::string> v8_flags =
      GetString(blob, kV8FlagsOffset, kV8FlagsFieldSize, "v8_flags");
  if (!v8_flags.ok()) return v8_flags.status();
  header.v8_flags = *std::move(v8_flags);
  header.external_reference_digest =
      GetDigest(blob, kExternalReferenceDigestOffset);
  header.payload_xxh64 = GetUint64(blob, kPayloadXxh64Offset);
  if (blob.substr(kReservedOffset, kReservedSize).find_first_not_of('\0') !=
      absl::string_view::npos) {
    return absl::DataLossError("the blob header's reserved bytes are not zero");
  }

  uint32_t codec = GetUint32(blob, kCodecOffset);
  if (codec != static_cast<uint32_t>(Codec::kNone) &&
      codec != static_cast<uint32_t>(Codec::kZstd)) {
    return absl::DataLossError(
        absl::StrCat("unknown codec ", codec, " in the blob header"));
  }
  header.codec = static_cast<Codec>(codec);
  header.codec_level = static_cast<int32_t>(GetUint32(blob, kCodecLevelOffset));
  header.raw_size = GetUint64(blob, kRawSizeOffset);
  header.stored_size = GetUint64(blob, kStoredSizeOffset);
  if (header.raw_size == 0) {
    return absl::DataLossError("the blob header says the payload is empty");
  }
  if (header.raw_size > kMaxRawSize) {
    return absl::DataLossError(
        absl::StrCat("the blob header's raw size ", header.raw_size,
                     " is more than V8 accepts (", kMaxRawSize, ")"));
  }
  if (header.codec == Codec::kNone && header.stored_size != header.raw_size) {
    return absl::DataLossError(absl::StrCat(
        "the blob header's stored size ", header.stored_size,
        " differs from its raw size ", header.raw_size, " with codec none"));
  }
  uint64_t manifest_size = GetUint64(blob, kManifestSizeOffset);
  header.sources_size = GetUint64(blob, kSourcesSizeOffset);
  header.sources_xxh64 = GetUint64(blob, kSourcesXxh64Offset);
  uint64_t available = blob.size() - kBlobHeaderSize;
  if (available < header.stored_size) {
    return absl::DataLossError(absl::StrCat(
        "the blob is truncated: its header promises ", header.stored_size,
        " payload bytes, but only ", available, " follow it"));
  }
  // Where the sources end (and the manifest starts), from the blob's start.
  uint64_t sources_offset = kBlobHeaderSize + header.stored_size;
  if (header.sources_size > 0) {
    sources_offset = SourcesOffset(header.stored_size);
    if (sources_offset > blob.size() ||
        blob.size() - sources_offset < header.sources_size) {
      return absl::DataLossError(absl::StrCat(
          "the blob is truncated: its header promises ", header.sources_size,
          " bytes of sources after the payload, but only ",
          blob.size() - std::min<uint64_t>(sources_offset, blob.size()),
          " bytes follow it"));
    }
    if (blob.substr(kBlobHeaderSize + header.stored_size,
                    sources_offset - kBlobHeaderSize - header.stored_size)
            .find_first_not_of('\0') != absl::string_view::npos) {
      return absl::DataLossError(
          "the blob's padding before its sources is not zero");
    }
  }
  uint64_t manifest_offset = sources_offset + header.sources_size;
  uint64_t after_sources = blob.size() - manifest_offset;
  if (after_sources < manifest_size) {
    return absl::DataLossError(absl::StrCat(
        "the blob is truncated: its header promises a ", manifest_size,
        "-byte manifest after the payload, but only ", after_sources,
        " bytes follow it"));
  }
  if (after_sources > manifest_size) {
    return absl::DataLossError(absl::StrCat(
        "the blob has ", after_sources - manifest_size,
        " unexpected bytes after its ", header.stored_size, "-byte payload",
        header.sources_size > 0
            ? absl::StrCat(", ", header.sources_size, " bytes of sources")
            : "",
        " and ", manifest_size, "-byte manifest"));
  }
  absl::string_view manifest = blob.substr(manifest_offset, manifest_size);
  if (Sha256(manifest) != GetDigest(blob, kManifestSha256Offset)) {
    return absl::DataLossError(
        "the blob's manifest is corrupt: its SHA-256 does not match");
  }
  header.manifest = std::string(manifest);
  parsed.stored_payload = blob.substr(kBlobHeaderSize, header.stored_size);
  if (header.sources_size > 0) {
    parsed.sources = blob.substr(sources_offset, header.sources_size);
  }
  return parsed;
}

absl::Status CheckBlobCompatible(
    const BlobHeader& header, absl::string_view v8_version,
    const Sha256Digest& external_reference_digest) {
  if (header.v8_version != v8_version) {
    return absl::FailedPreconditionError(
        absl::StrCat("the blob was made by V8 ", header.v8_version,
                     ", but this thaw runs V8 ", v8_version));
  }
  if (header.external_reference_digest != external_reference_digest) {
    return absl::FailedPreconditionError(absl::StrCat(
        "the blob was made with a different table of native functions "
        "(external references ",
        Sha256Hex(header.external_reference_digest), ", this thaw has ",
        Sha256Hex(external_reference_digest),
        "); rebuild it with this thaw's snapshot_builder"));
  }
  return absl::OkStatus();
}

void DecodedPayload::Unmap::operator()(char* data) const { munmap(data, size); }

absl::StatusOr<DecodedPayload> DecodePayload(const ParsedBlob& blob) {
  DecodedPayload payload;
  const BlobHeader& header = blob.header;
  switch (header.codec) {
    case Codec::kNone:
      payload.bytes_ = blob.stored_payload;
      break;
    case Codec::kZstd: {
      void* memory = mmap(nullptr, header.raw_size, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
      if (memory == MAP_FAILED) {
        return absl::ResourceExhaustedError(absl::StrCat(
            "cannot map ", header.raw_size, " bytes for the blob's payload"));
      }
      payload.storage_ = std::unique_ptr<char, DecodedPayload::Unmap>(
          static_cast<char*>(memory), DecodedPayload::Unmap{header.raw_size});
      absl::Status status = ZstdDecompressInto(
          blob.stored_payload, header.raw_size, payload.storage_.get());
      if (!status.ok()) {
        return absl::DataLossError(absl::StrCat(
            "the blob's payload cannot be decompressed: ", status.message()));
      }
      payload.bytes_ =
          absl::string_view(payload.storage_.get(), header.raw_size);
      break;
    }
  }
  uint64_t digest = Xxh64(payload.bytes_);
  if (digest != header.payload_xxh64) {
    return absl::DataLossError(absl::StrCat(
        "the blob's payload is corrupt: its XXH64 is ", Xxh64Hex(digest),
        ", the header says ", Xxh64Hex(header.payload_xxh64)));
  }
  if (!blob.sources.empty()) {
    uint64_t sources_digest = Xxh64(blob.sources);
    if (sources_digest != header.sources_xxh64) {
      return absl::DataLossError(
          absl::StrCat("the blob's sources are corrupt: their XXH64 is ",
                       Xxh64Hex(sources_digest), ", the header says ",
                       Xxh64Hex(header.sources_xxh64)));
    }
  }
  payload.sources_ = blob.sources;
  return payload;
}

std::string BlobHeaderToJson(const BlobHeader& header) {
  return absl::StrCat(
      "{\"format_version\":", header.format_version,
      ",\"v8_version\":", JsonString(header.v8_version),
      ",\"external_reference_digest\":",
      JsonString(Sha256Hex(header.external_reference_digest)),
      ",\"v8_flags\":", JsonString(header.v8_flags),
      ",\"codec\":", JsonString(CodecName(header.codec)),
      ",\"codec_level\":", header.codec_level,
      ",\"raw_size\":", header.raw_size,
      ",\"stored_size\":", header.stored_size,
      ",\"payload_xxh64\":", JsonString(Xxh64Hex(header.payload_xxh64)),
      ",\"sources_size\":", header.sources_size,
      // The manifest is JSON already, written by the builder
      // and covered by its SHA-256.
      ",\"modules\":", header.manifest.empty() ? "[]" : header.manifest, "}");
}

}  // namespace thaw
