#include "zstd_codec/zstd_codec.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "zstd.h"

namespace thaw {
namespace {

using ::testing::HasSubstr;

std::string RandomBytes(size_t size, uint64_t seed) {
  std::mt19937_64 random(seed);
  std::string bytes(size, '\0');
  for (char& byte : bytes) byte = static_cast<char>(random());
  return bytes;
}

std::string RepetitiveBytes(size_t size) {
  static constexpr absl::string_view kPattern =
      "function thaw() { return snapshot; }\n";
  std::string bytes;
  bytes.reserve(size);
  while (bytes.size() < size) bytes.append(kPattern.data(), kPattern.size());
  bytes.resize(size);
  return bytes;
}

std::string MustCompress(absl::string_view raw, int level = 3) {
  absl::StatusOr<std::string> compressed = ZstdCompress(raw, level);
  EXPECT_TRUE(compressed.ok()) << compressed.status();
  return compressed.ok() ? *compressed : std::string();
}

// Decompresses into a buffer of `expected_size` bytes and returns it, so
// tests can compare the output as well as the status.
absl::StatusOr<std::string> Decompress(absl::string_view stored,
                                       uint64_t expected_size) {
  std::string out(expected_size, '\xee');
  absl::Status status = ZstdDecompressInto(stored, expected_size, out.data());
  if (!status.ok()) return status;
  return out;
}

TEST(ZstdCodecTest, RoundTripsAtSeveralLevelsAndSizes) {
  const std::vector<std::string> inputs = {"", "x", RandomBytes(1 << 20, 1),
                                           RepetitiveBytes(1 << 20),
                                           RandomBytes(1000, 2)};
  for (int level : {1, 3, 9, 19, ZSTD_maxCLevel()}) {
    for (const std::string& raw : inputs) {
      // Level 22 on a megabyte is slow and adds nothing over level 19.
      if (level > 19 && raw.size() > 1000) continue;
      SCOPED_TRACE(testing::Message()
                   << "level " << level << ", " << raw.size() << " bytes");
      const std::string compressed = MustCompress(raw, level);
      ASSERT_EQ(ZSTD_getFrameContentSize(compressed.data(), compressed.size()),
                raw.size());
      absl::StatusOr<std::string> round_trip =
          Decompress(compressed, raw.size());
      ASSERT_TRUE(round_trip.ok()) << round_trip.status();
      EXPECT_TRUE(*round_trip == raw);
    }
  }
}

TEST(ZstdCodecTest, RepetitiveDataActuallyCompresses) {
  const std::string raw = RepetitiveBytes(1 << 20);
  EXPECT_LT(MustCompress(raw).size(), raw.size() / 100);
}

TEST(ZstdCodecTest, EmptyOutputMayBeNull) {
  const std::string compressed = MustCompress("");
  EXPECT_TRUE(ZstdDecompressInto(compressed, 0, nullptr).ok());
}

TEST(ZstdCodecTest, NullOutputForNonEmptyDataIsRejected) {
  const std::string compressed = MustCompress("abc");
  absl::Status status = ZstdDecompressInto(compressed, 3, nullptr);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
}

TEST(ZstdCodecTest, RejectsLevelsOutOfRange) {
  for (int level : {0, -1, -5, ZSTD_maxCLevel() + 1, 1000}) {
    absl::StatusOr<std::string> compressed = ZstdCompress("abc", level);
    ASSERT_FALSE(compressed.ok()) << "level " << level;
    EXPECT_EQ(compressed.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(compressed.status().message(),
                HasSubstr(absl::StrCat("between 1 and ", ZSTD_maxCLevel())));
  }
}

TEST(ZstdCodecTest, ExpectedSizeSmallerThanRecorded) {
  const std::string raw = RandomBytes(5000, 3);
  absl::StatusOr<std::string> out = Decompress(MustCompress(raw), 4999);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(out.status().message(), HasSubstr("5000"));
  EXPECT_THAT(out.status().message(), HasSubstr("4999"));
}

TEST(ZstdCodecTest, ExpectedSizeLargerThanRecorded) {
  const std::string raw = RandomBytes(5000, 4);
  absl::StatusOr<std::string> out = Decompress(MustCompress(raw), 5001);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(out.status().message(), HasSubstr("5000"));
  EXPECT_THAT(out.status().message(), HasSubstr("5001"));
}

TEST(ZstdCodecTest, DetectsAFlippedByteInTheMiddle) {
  for (const std::string& raw :
       {RandomBytes(100000, 5), RepetitiveBytes(100000)}) {
    std::string compressed = MustCompress(raw);
    compressed[compressed.size() / 2] ^= 0x01;
    absl::StatusOr<std::string> out = Decompress(compressed, raw.size());
    ASSERT_FALSE(out.ok()) << "corruption in " << compressed.size()
                           << " compressed bytes went unnoticed";
    EXPECT_EQ(out.status().code(), absl::StatusCode::kDataLoss);
  }
}

TEST(ZstdCodecTest, AFlippedBitNeverYieldsWrongBytes) {
  // Repetitive data compresses to few bytes, each of which matters, and the
  // content checksum catches the flips that still decode to some output. A
  // few header bits are defined as ignored by decoders, so a flip there may
  // succeed, but then the output must still be the original.
  const std::string raw = RepetitiveBytes(20000);
  const std::string compressed = MustCompress(raw);
  int detected = 0;
  for (size_t i = 0; i < compressed.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string corrupt = compressed;
      corrupt[i] ^= static_cast<char>(1 << bit);
      absl::StatusOr<std::string> out = Decompress(corrupt, raw.size());
      if (out.ok()) {
        EXPECT_TRUE(*out == raw) << "flipping bit " << bit << " of byte " << i
                                 << " silently changed the output";
      } else {
        ++detected;
      }
    }
  }
  EXPECT_GT(detected, static_cast<int>(compressed.size() * 8 * 9 / 10));
}

TEST(ZstdCodecTest, DetectsTruncation) {
  const std::string raw = RandomBytes(100000, 6);
  const std::string compressed = MustCompress(raw);
  for (size_t length :
       {size_t{0}, size_t{3}, size_t{4}, size_t{6}, size_t{20},
        compressed.size() / 2, compressed.size() - 4, compressed.size() - 1}) {
    absl::StatusOr<std::string> out =
        Decompress(absl::string_view(compressed).substr(0, length), raw.size());
    ASSERT_FALSE(out.ok()) << "truncated to " << length << " bytes";
    EXPECT_EQ(out.status().code(), absl::StatusCode::kDataLoss) << out.status();
  }
}

TEST(ZstdCodecTest, TruncationInsideTheBlocksNamesZstdsError) {
  const std::string raw = RandomBytes(100000, 7);
  const std::string compressed = MustCompress(raw);
  absl::StatusOr<std::string> out =
      Decompress(absl::string_view(compressed).substr(0, compressed.size() / 2),
                 raw.size());
  ASSERT_FALSE(out.ok());
  EXPECT_THAT(out.status().message(), HasSubstr("truncated"));
  EXPECT_THAT(out.status().message(),
              HasSubstr(ZSTD_getErrorName(ZSTD_findFrameCompressedSize(
                  compressed.data(), compressed.size() / 2))));
}

TEST(ZstdCodecTest, RejectsTrailingBytes) {
  const std::string raw = RandomBytes(1000, 8);
  const std::string compressed = MustCompress(raw);
  for (absl::string_view garbage :
       {absl::string_view("\0", 1), absl::string_view("garbage")}) {
    absl::StatusOr<std::string> out =
        Decompress(absl::StrCat(compressed, garbage), raw.size());
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.status().code(), absl::StatusCode::kDataLoss);
    EXPECT_THAT(out.status().message(),
                HasSubstr(absl::StrCat(garbage.size(), " trailing bytes")));
  }
}

TEST(ZstdCodecTest, RejectsASecondFrame) {
  const std::string compressed = MustCompress("abc");
  absl::StatusOr<std::string> out =
      Decompress(absl::StrCat(compressed, compressed), 3);
  ASSERT_FALSE(out.ok());
  EXPECT_THAT(out.status().message(), HasSubstr("trailing bytes"));
}

TEST(ZstdCodecTest, RejectsFramesWithoutAContentSize) {
  // ZstdCompress always records the size, so this frame is made directly.
  ZSTD_CCtx* context = ZSTD_createCCtx();
  ASSERT_NE(context, nullptr);
  ASSERT_FALSE(
      ZSTD_isError(ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 0)));
  std::string compressed(ZSTD_compressBound(3), '\0');
  const size_t size =
      ZSTD_compress2(context, compressed.data(), compressed.size(), "abc", 3);
  ZSTD_freeCCtx(context);
  ASSERT_FALSE(ZSTD_isError(size));
  compressed.resize(size);
  ASSERT_EQ(ZSTD_getFrameContentSize(compressed.data(), compressed.size()),
            ZSTD_CONTENTSIZE_UNKNOWN);

  absl::StatusOr<std::string> out = Decompress(compressed, 3);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(out.status().message(), HasSubstr("content size"));
}

TEST(ZstdCodecTest, RejectsDataThatIsNotZstd) {
  absl::StatusOr<std::string> out = Decompress("definitely not zstd", 19);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), absl::StatusCode::kDataLoss);
}

TEST(ZstdCodecTest, DetectsOutputShorterThanTheRecordedSize) {
  // A frame whose header claims one byte more than its blocks hold passes
  // the header checks, so only decompression itself can notice.
  const std::string raw = RandomBytes(1000, 9);
  std::string compressed = MustCompress(raw);
  // With these settings the header is the 4-byte magic number, a
  // descriptor byte saying "single segment, 2-byte size, no dictionary",
  // then the size minus 256, little-endian.
  const uint8_t descriptor = static_cast<uint8_t>(compressed[4]);
  ASSERT_EQ(descriptor >> 6, 1);
  ASSERT_NE(descriptor & 0x20, 0);
  ASSERT_EQ(descriptor & 0x03, 0);
  const uint16_t size_field = static_cast<uint8_t>(compressed[5]) |
                              (static_cast<uint8_t>(compressed[6]) << 8);
  ASSERT_EQ(size_field + 256u, raw.size());
  compressed[5] = static_cast<char>((size_field + 1) & 0xff);
  compressed[6] = static_cast<char>((size_field + 1) >> 8);
  ASSERT_EQ(ZSTD_getFrameContentSize(compressed.data(), compressed.size()),
            raw.size() + 1);

  absl::StatusOr<std::string> out = Decompress(compressed, raw.size() + 1);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(out.status().message(), HasSubstr("decompression failed"));
}

}  // namespace
}  // namespace thaw
