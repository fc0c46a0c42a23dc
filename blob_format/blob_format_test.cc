#include "blob_format/blob_format.h"

#include <cstring>
#include <string>

#include "absl/strings/str_format.h"
#include "gtest/gtest.h"
#include "sha256/sha256.h"
#include "xxh64/xxh64.h"

namespace thaw {
namespace {

// Offsets from the layout comment in blob_format.cc; the tests poke at
// individual fields to check that each one is validated.
constexpr size_t kFormatVersionOffset = 8;
constexpr size_t kHeaderSizeOffset = 12;
constexpr size_t kV8VersionOffset = 16;
constexpr size_t kCodecOffset = 80;
constexpr size_t kRawSizeOffset = 88;
constexpr size_t kStoredSizeOffset = 96;
constexpr size_t kV8FlagsOffset = 136;
constexpr size_t kHeaderSha256Offset = 416;

BlobOrigin TestOrigin() {
  BlobOrigin origin;
  origin.v8_version = "10.2.154.26-node.37";
  origin.external_reference_digest = Sha256("io.write/2\n");
  origin.v8_flags = "--no-lazy-feedback-allocation";
  return origin;
}

std::string TestPayload() {
  std::string payload;
  for (int i = 0; i < 100000; ++i)
    payload.push_back(static_cast<char>(i % 251));
  return payload;
}

std::string MakeBlob(Codec codec) {
  absl::StatusOr<std::string> blob =
      EncodeBlob(TestOrigin(), TestPayload(), codec, 3);
  EXPECT_TRUE(blob.ok()) << blob.status();
  return *blob;
}

// Recomputes the header checksum after a test edits a field, so that the
// field's own check, not the checksum, is what rejects the blob.
void Reseal(std::string& blob) {
  Sha256Digest digest =
      Sha256(absl::string_view(blob).substr(0, kHeaderSha256Offset));
  std::memcpy(&blob[kHeaderSha256Offset], digest.data(), digest.size());
}

void PutUint32(std::string& blob, size_t offset, uint32_t value) {
  std::memcpy(&blob[offset], &value, sizeof(value));
}

void PutUint64(std::string& blob, size_t offset, uint64_t value) {
  std::memcpy(&blob[offset], &value, sizeof(value));
}

std::string ParseError(absl::string_view blob) {
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(blob);
  if (parsed.ok()) return "<parsed>";
  return std::string(parsed.status().message());
}

std::string DecodeError(absl::string_view blob) {
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(blob);
  if (!parsed.ok()) return "<parse failed: " + parsed.status().ToString() + ">";
  absl::StatusOr<DecodedPayload> payload = DecodePayload(*parsed);
  if (payload.ok()) return "<decoded>";
  return std::string(payload.status().message());
}

class BlobRoundTripTest : public ::testing::TestWithParam<Codec> {};

TEST_P(BlobRoundTripTest, EncodeParseDecodeGivesBackThePayload) {
  std::string blob = MakeBlob(GetParam());
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(blob);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  const BlobHeader& header = parsed->header;
  EXPECT_EQ(header.format_version, kBlobFormatVersion);
  EXPECT_EQ(header.v8_version, TestOrigin().v8_version);
  EXPECT_EQ(header.v8_flags, TestOrigin().v8_flags);
  EXPECT_EQ(header.external_reference_digest,
            TestOrigin().external_reference_digest);
  EXPECT_EQ(header.codec, GetParam());
  EXPECT_EQ(header.raw_size, TestPayload().size());
  EXPECT_EQ(header.stored_size, blob.size() - kBlobHeaderSize);
  EXPECT_EQ(header.payload_xxh64, Xxh64(TestPayload()));
  absl::StatusOr<DecodedPayload> payload = DecodePayload(*parsed);
  ASSERT_TRUE(payload.ok()) << payload.status();
  EXPECT_EQ(payload->bytes(), TestPayload());
}

INSTANTIATE_TEST_SUITE_P(BothCodecs, BlobRoundTripTest,
                         ::testing::Values(Codec::kNone, Codec::kZstd));

TEST(BlobFormatTest, ZstdShrinksRepetitivePayloadAndRecordsLevel) {
  std::string blob = MakeBlob(Codec::kZstd);
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(blob);
  ASSERT_TRUE(parsed.ok());
  EXPECT_LT(parsed->header.stored_size, parsed->header.raw_size / 10);
  EXPECT_EQ(parsed->header.codec_level, 3);
}

TEST(BlobFormatTest, UncompressedPayloadIsNotCopied) {
  std::string blob = MakeBlob(Codec::kNone);
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(blob);
  ASSERT_TRUE(parsed.ok());
  absl::StatusOr<DecodedPayload> payload = DecodePayload(*parsed);
  ASSERT_TRUE(payload.ok());
  EXPECT_EQ(payload->bytes().data(), blob.data() + kBlobHeaderSize);
}

TEST(BlobFormatTest, EncodeRejectsBadInput) {
  EXPECT_FALSE(EncodeBlob(TestOrigin(), "", Codec::kNone, 0).ok());
  BlobOrigin long_version = TestOrigin();
  long_version.v8_version = std::string(kV8VersionFieldSize, '1');
  EXPECT_FALSE(EncodeBlob(long_version, "x", Codec::kNone, 0).ok());
  BlobOrigin long_flags = TestOrigin();
  long_flags.v8_flags = std::string(kV8FlagsFieldSize, 'f');
  absl::StatusOr<std::string> blob =
      EncodeBlob(long_flags, "x", Codec::kNone, 0);
  ASSERT_FALSE(blob.ok());
  EXPECT_NE(blob.status().message().find("v8_flags"), std::string::npos);
  BlobOrigin control = TestOrigin();
  control.v8_flags = "--a\n--b";
  EXPECT_FALSE(EncodeBlob(control, "x", Codec::kNone, 0).ok());
  EXPECT_FALSE(EncodeBlob(TestOrigin(), "x", Codec::kZstd, 99).ok());
}

TEST(BlobFormatTest, RejectsEmptyInput) {
  EXPECT_EQ(ParseError(""), "the blob is empty");
}

TEST(BlobFormatTest, RejectsForeignData) {
  EXPECT_EQ(ParseError("\x7f"
                       "ELF and then some more bytes"),
            "not a thaw blob: it does not start with the magic \"THAWSNAP\"");
  EXPECT_EQ(ParseError("THAW"), ParseError("XXXX"));
}

TEST(BlobFormatTest, RejectsTruncationInsideTheHeader) {
  std::string blob = MakeBlob(Codec::kZstd);
  EXPECT_EQ(ParseError(blob.substr(0, 10)),
            "the blob is truncated: 10 bytes, inside its header");
  EXPECT_EQ(ParseError(blob.substr(0, 300)),
            "the blob is truncated: 300 bytes, shorter than its 448-byte "
            "header");
}

TEST(BlobFormatTest, RejectsOtherFormatVersions) {
  std::string blob = MakeBlob(Codec::kNone);
  PutUint32(blob, kFormatVersionOffset, 2);
  EXPECT_EQ(ParseError(blob),
            "unsupported blob format version 2; this thaw reads version 4");
}

TEST(BlobFormatTest, RejectsNonZeroReservedBytes) {
  std::string blob = MakeBlob(Codec::kNone);
  blob[130] = 1;
  Reseal(blob);
  EXPECT_EQ(ParseError(blob), "the blob header's reserved bytes are not zero");
}

TEST(BlobFormatTest, RejectsWrongHeaderSize) {
  std::string blob = MakeBlob(Codec::kNone);
  PutUint32(blob, kHeaderSizeOffset, 512);
  EXPECT_EQ(ParseError(blob),
            "the blob's header size is 512; format version 4 has 448");
}

// Any flipped byte in the header that the fixed checks above do not catch is
// caught by the header checksum.
TEST(BlobFormatTest, EveryHeaderByteIsCovered) {
  std::string original = MakeBlob(Codec::kZstd);
  for (size_t offset = 0; offset < kBlobHeaderSize; ++offset) {
    std::string blob = original;
    blob[offset] ^= 0x01;
    EXPECT_NE(ParseError(blob), "<parsed>") << "byte " << offset;
  }
}

TEST(BlobFormatTest, RejectsCorruptHeaderChecksum) {
  std::string blob = MakeBlob(Codec::kNone);
  blob[kV8FlagsOffset + 3] ^= 0x20;
  EXPECT_EQ(ParseError(blob),
            "the blob's header is corrupt: its SHA-256 does not match");
}

TEST(BlobFormatTest, RejectsMalformedStrings) {
  std::string blob = MakeBlob(Codec::kNone);
  std::memset(&blob[kV8VersionOffset], 'x', kV8VersionFieldSize);
  Reseal(blob);
  EXPECT_EQ(ParseError(blob),
            "blob header field v8_version is not NUL-terminated");

  blob = MakeBlob(Codec::kNone);
  blob[kV8VersionOffset] = '\x01';
  Reseal(blob);
  EXPECT_EQ(ParseError(blob),
            "blob header field v8_version is not printable ASCII");

  blob = MakeBlob(Codec::kNone);
  blob[kV8FlagsOffset + kV8FlagsFieldSize - 2] = 'z';
  Reseal(blob);
  EXPECT_EQ(ParseError(blob),
            "blob header field v8_flags has bytes after its terminator");
}

TEST(BlobFormatTest, RejectsUnknownCodec) {
  std::string blob = MakeBlob(Codec::kNone);
  PutUint32(blob, kCodecOffset, 7);
  Reseal(blob);
  EXPECT_EQ(ParseError(blob), "unknown codec 7 in the blob header");
}

TEST(BlobFormatTest, RejectsImpossibleSizes) {
  std::string blob = MakeBlob(Codec::kNone);
  PutUint64(blob, kRawSizeOffset, 0);
  Reseal(blob);
  EXPECT_EQ(ParseError(blob), "the blob header says the payload is empty");

  blob = MakeBlob(Codec::kZstd);
  PutUint64(blob, kRawSizeOffset, uint64_t{1} << 40);
  Reseal(blob);
  EXPECT_EQ(ParseError(blob),
            "the blob header's raw size 1099511627776 is more than V8 "
            "accepts (2147483647)");

  blob = MakeBlob(Codec::kNone);
  PutUint64(blob, kStoredSizeOffset, 5);
  Reseal(blob);
  EXPECT_EQ(ParseError(blob),
            "the blob header's stored size 5 differs from its raw size 100000 "
            "with codec none");
}

TEST(BlobFormatTest, RejectsTruncatedPayload) {
  std::string blob = MakeBlob(Codec::kNone);
  EXPECT_EQ(ParseError(blob.substr(0, blob.size() - 1)),
            "the blob is truncated: its header promises 100000 payload bytes, "
            "but only 99999 follow it");
  EXPECT_EQ(ParseError(blob.substr(0, kBlobHeaderSize)),
            "the blob is truncated: its header promises 100000 payload bytes, "
            "but only 0 follow it");
}

TEST(BlobFormatTest, RejectsTrailingBytes) {
  std::string blob = MakeBlob(Codec::kZstd) + "junk";
  EXPECT_NE(ParseError(blob).find("the blob has 4 unexpected bytes after its"),
            std::string::npos);
}

TEST(BlobFormatTest, DetectsCorruptUncompressedPayload) {
  std::string blob = MakeBlob(Codec::kNone);
  blob[kBlobHeaderSize + 5000] ^= 0x40;
  EXPECT_NE(DecodeError(blob).find("the blob's payload is corrupt: its "
                                   "XXH64 is "),
            std::string::npos)
      << DecodeError(blob);
}

// A flipped bit anywhere in a compressed payload is either rejected or, where
// zstd's format lets a bit carry no meaning (the frame header's unused bit),
// still decodes to exactly the original bytes. V8 never sees wrong data.
TEST(BlobFormatTest, CorruptCompressedPayloadNeverDecodesToWrongBytes) {
  std::string original = MakeBlob(Codec::kZstd);
  size_t rejected = 0;
  size_t positions = original.size() - kBlobHeaderSize;
  for (size_t offset = kBlobHeaderSize; offset < original.size(); ++offset) {
    std::string blob = original;
    blob[offset] ^= 0x10;
    absl::StatusOr<ParsedBlob> parsed = ParseBlob(blob);
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    absl::StatusOr<DecodedPayload> payload = DecodePayload(*parsed);
    if (payload.ok()) {
      EXPECT_EQ(payload->bytes(), TestPayload()) << "byte " << offset;
    } else {
      ++rejected;
    }
  }
  EXPECT_GE(rejected, positions - 1);
}

TEST(BlobFormatTest, DetectsPayloadThatDoesNotMatchItsDigest) {
  // A well-formed zstd frame of other data, with sizes that fit the header:
  // only the payload digest can notice.
  std::string blob = MakeBlob(Codec::kZstd);
  std::string payload = TestPayload();
  payload[7] ^= 1;
  absl::StatusOr<std::string> other =
      EncodeBlob(TestOrigin(), payload, Codec::kZstd, 3);
  ASSERT_TRUE(other.ok());
  std::string swapped =
      blob.substr(0, kBlobHeaderSize) + other->substr(kBlobHeaderSize);
  PutUint64(swapped, kStoredSizeOffset, other->size() - kBlobHeaderSize);
  Reseal(swapped);
  EXPECT_NE(DecodeError(swapped).find("its XXH64 is"), std::string::npos)
      << DecodeError(swapped);
}

TEST(BlobFormatTest, CompatibilityChecksNameBothSides) {
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(MakeBlob(Codec::kNone));
  ASSERT_TRUE(parsed.ok());
  const BlobHeader& header = parsed->header;
  EXPECT_TRUE(CheckBlobCompatible(header, "10.2.154.26-node.37",
                                  TestOrigin().external_reference_digest)
                  .ok());
  absl::Status version = CheckBlobCompatible(
      header, "11.3.244.8", TestOrigin().external_reference_digest);
  EXPECT_EQ(version.message(),
            "the blob was made by V8 10.2.154.26-node.37, but this thaw runs "
            "V8 11.3.244.8");
  absl::Status references = CheckBlobCompatible(header, "10.2.154.26-node.37",
                                                Sha256("something else"));
  EXPECT_NE(references.message().find(
                "the blob was made with a different table of native functions"),
            std::string::npos);
}

TEST(BlobFormatTest, HeaderAsJson) {
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(MakeBlob(Codec::kNone));
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(BlobHeaderToJson(parsed->header),
            "{\"format_version\":4,\"v8_version\":\"10.2.154.26-node.37\","
            "\"external_reference_digest\":\"" +
                Sha256Hex(TestOrigin().external_reference_digest) +
                "\",\"v8_flags\":\"--no-lazy-feedback-allocation\","
                "\"codec\":\"none\",\"codec_level\":0,\"raw_size\":100000,"
                "\"stored_size\":100000,\"payload_xxh64\":\"" +
                absl::StrFormat("%016x", Xxh64(TestPayload())) +
                "\",\"sources_size\":0,\"modules\":[]}");
}

// Script sources kept beside the heap follow the payload, 8-aligned from
// the blob's start, uncompressed whatever the codec, covered by their own
// XXH64 (checked by DecodePayload, like the payload's) and by the sizes.
TEST(BlobFormatTest, SourcesAreAlignedCheckedAndShown) {
  BlobOrigin origin = TestOrigin();
  origin.sources = std::string(1001, 's');
  origin.manifest = "[]";
  for (Codec codec : {Codec::kNone, Codec::kZstd}) {
    absl::StatusOr<std::string> blob =
        EncodeBlob(origin, TestPayload().substr(0, 99997), codec, 3);
    ASSERT_TRUE(blob.ok());
    absl::StatusOr<ParsedBlob> parsed = ParseBlob(*blob);
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    EXPECT_EQ(parsed->sources, origin.sources);
    EXPECT_EQ((parsed->sources.data() - blob->data()) % 8, 0);
    EXPECT_EQ(parsed->header.sources_size, 1001u);
    EXPECT_NE(BlobHeaderToJson(parsed->header).find("\"sources_size\":1001"),
              std::string::npos);
    absl::StatusOr<DecodedPayload> decoded = DecodePayload(*parsed);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->sources(), origin.sources);

    std::string flipped = *blob;
    flipped[flipped.size() - 10] ^= 1;  // in the sources, before "[]"
    absl::StatusOr<ParsedBlob> flipped_parsed = ParseBlob(flipped);
    ASSERT_TRUE(flipped_parsed.ok());
    EXPECT_NE(DecodePayload(*flipped_parsed)
                  .status()
                  .message()
                  .find("the blob's sources are corrupt: their XXH64 is"),
              absl::string_view::npos);

    size_t sources_start = parsed->sources.data() - blob->data();
    if (sources_start > kBlobHeaderSize + parsed->header.stored_size) {
      std::string padded = *blob;
      padded[sources_start - 1] = 'x';
      EXPECT_EQ(ParseError(padded),
                "the blob's padding before its sources is not zero");
    }
    EXPECT_EQ(ParseError(blob->substr(0, sources_start + 10)),
              "the blob is truncated: its header promises 1001 bytes of "
              "sources after the payload, but only 10 bytes follow it");
  }
}

// An app blob's manifest follows the payload; it is covered by its own
// SHA-256 and by the size check, and `thaw inspect` shows it.
TEST(BlobFormatTest, ManifestIsCheckedAndShown) {
  BlobOrigin origin = TestOrigin();
  origin.manifest = R"([{"path":"/app/main.js","kind":"commonjs"}])";
  absl::StatusOr<std::string> blob =
      EncodeBlob(origin, TestPayload(), Codec::kZstd, 3);
  ASSERT_TRUE(blob.ok());
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(*blob);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->header.manifest, origin.manifest);
  EXPECT_NE(
      BlobHeaderToJson(parsed->header)
          .find(R"("modules":[{"path":"/app/main.js","kind":"commonjs"}])"),
      std::string::npos);
  std::string flipped = *blob;
  flipped[flipped.size() - 5] ^= 1;
  EXPECT_EQ(ParseError(flipped),
            "the blob's manifest is corrupt: its SHA-256 does not match");
  EXPECT_EQ(ParseError(blob->substr(0, blob->size() - 3)),
            "the blob is truncated: its header promises a 43-byte manifest "
            "after the payload, but only 40 bytes follow it");
  EXPECT_EQ(ParseError(*blob + "xy"),
            "the blob has 2 unexpected bytes after its " +
                std::to_string(parsed->header.stored_size) +
                "-byte payload and 43-byte manifest");
}

TEST(BlobFormatTest, CodecNames) {
  EXPECT_EQ(*ParseCodec("zstd"), Codec::kZstd);
  EXPECT_EQ(*ParseCodec("none"), Codec::kNone);
  EXPECT_EQ(CodecName(Codec::kZstd), "zstd");
  EXPECT_EQ(ParseCodec("lz4").status().message(),
            "unknown codec 'lz4' (expected 'zstd' or 'none')");
}

}  // namespace
}  // namespace thaw
