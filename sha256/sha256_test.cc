#include "sha256/sha256.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "sha256/sha256_portable.h"
#include "sha256/sha256_shani.h"

namespace thaw {
namespace {

// Hashes `data` with a given block function, feeding it in uneven pieces so
// the buffering in Sha256Hasher is exercised as well.
Sha256Digest HashWith(internal::Sha256BlockFunction blocks,
                      absl::string_view data) {
  Sha256Hasher hasher(blocks);
  size_t piece = 1;
  while (!data.empty()) {
    const size_t take = std::min(piece, data.size());
    hasher.Update(data.substr(0, take));
    data.remove_prefix(take);
    piece = piece * 3 + 1;
  }
  return hasher.Finish();
}

std::string RandomBytes(size_t size, std::mt19937_64& random) {
  std::string bytes(size, '\0');
  for (char& byte : bytes) byte = static_cast<char>(random());
  return bytes;
}

// Expected digests from FIPS 180-2, appendix B, and NIST's SHA-256 examples.
constexpr absl::string_view kEmptyDigest =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
constexpr absl::string_view kAbcDigest =
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr absl::string_view k448BitMessage =
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
constexpr absl::string_view k448BitDigest =
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
constexpr absl::string_view kMillionADigest =
    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

TEST(Sha256Test, NistVectors) {
  EXPECT_EQ(Sha256Hex(Sha256("")), kEmptyDigest);
  EXPECT_EQ(Sha256Hex(Sha256("abc")), kAbcDigest);
  EXPECT_EQ(Sha256Hex(Sha256(k448BitMessage)), k448BitDigest);
  EXPECT_EQ(Sha256Hex(Sha256(std::string(1000000, 'a'))), kMillionADigest);
}

TEST(Sha256Test, NistVectorsWithPortableBlocks) {
  const internal::Sha256BlockFunction portable =
      &internal::Sha256BlocksPortable;
  EXPECT_EQ(Sha256Hex(HashWith(portable, "")), kEmptyDigest);
  EXPECT_EQ(Sha256Hex(HashWith(portable, "abc")), kAbcDigest);
  EXPECT_EQ(Sha256Hex(HashWith(portable, k448BitMessage)), k448BitDigest);
  EXPECT_EQ(Sha256Hex(HashWith(portable, std::string(1000000, 'a'))),
            kMillionADigest);
}

TEST(Sha256Test, NistVectorsWithShaNiBlocks) {
  if (!internal::CpuHasShaNi()) {
    GTEST_SKIP() << "this CPU has no SHA-NI; only the portable path is tested";
  }
  const internal::Sha256BlockFunction sha_ni = &internal::Sha256BlocksShaNi;
  EXPECT_EQ(Sha256Hex(HashWith(sha_ni, "")), kEmptyDigest);
  EXPECT_EQ(Sha256Hex(HashWith(sha_ni, "abc")), kAbcDigest);
  EXPECT_EQ(Sha256Hex(HashWith(sha_ni, k448BitMessage)), k448BitDigest);
  EXPECT_EQ(Sha256Hex(HashWith(sha_ni, std::string(1000000, 'a'))),
            kMillionADigest);
}

TEST(Sha256Test, HexIsLowercaseAndCoversEveryByte) {
  Sha256Digest digest;
  for (size_t i = 0; i < digest.size(); ++i) {
    digest[i] = static_cast<uint8_t>(i * 8 + 7);
  }
  digest[31] = 0xab;
  EXPECT_EQ(Sha256Hex(digest),
            "070f171f272f373f474f575f676f777f878f979fa7afb7bfc7cfd7dfe7eff7ab");
}

TEST(Sha256Test, IncrementalMatchesOneShotAtEverySplit) {
  std::mt19937_64 random(200);
  const std::string input = RandomBytes(200, random);
  const Sha256Digest expected = Sha256(input);
  const absl::string_view view = input;
  for (size_t split = 0; split <= 130; ++split) {
    Sha256Hasher hasher;
    hasher.Update(view.substr(0, split));
    hasher.Update(view.substr(split));
    EXPECT_EQ(Sha256Hex(hasher.Finish()), Sha256Hex(expected))
        << "split at " << split;
  }
}

TEST(Sha256Test, IncrementalMatchesOneShotWithThreePieces) {
  std::mt19937_64 random(3);
  const std::string input = RandomBytes(200, random);
  const Sha256Digest expected = Sha256(input);
  const absl::string_view view = input;
  for (size_t first = 0; first <= 130; first += 7) {
    for (size_t second = first; second <= 200; second += 11) {
      Sha256Hasher hasher;
      hasher.Update(view.substr(0, first));
      hasher.Update(view.substr(first, second - first));
      hasher.Update(view.substr(second));
      EXPECT_EQ(hasher.Finish(), expected)
          << "pieces end at " << first << " and " << second;
    }
  }
}

TEST(Sha256Test, FinishResetsTheHasher) {
  Sha256Hasher hasher;
  hasher.Update("something else");
  hasher.Finish();
  hasher.Update("abc");
  EXPECT_EQ(Sha256Hex(hasher.Finish()), kAbcDigest);
  EXPECT_EQ(Sha256Hex(hasher.Finish()), kEmptyDigest);
}

TEST(Sha256Test, PortableAndShaNiAgreeOnRandomInputs) {
  if (!internal::CpuHasShaNi()) {
    GTEST_SKIP() << "this CPU has no SHA-NI, so there is nothing to compare "
                    "the portable implementation with";
  }
  std::mt19937_64 random(42);
  // Every length up to a few blocks covers each padding case; the larger
  // ones run many blocks through a single call.
  std::vector<size_t> lengths;
  for (size_t length = 0; length <= 300; ++length) lengths.push_back(length);
  for (size_t length : {511, 512, 513, 4095, 4096, 65536 + 17, 1000003}) {
    lengths.push_back(length);
  }
  for (size_t length : lengths) {
    const std::string input = RandomBytes(length, random);
    const Sha256Digest portable =
        HashWith(&internal::Sha256BlocksPortable, input);
    const Sha256Digest sha_ni = HashWith(&internal::Sha256BlocksShaNi, input);
    ASSERT_EQ(Sha256Hex(portable), Sha256Hex(sha_ni)) << "length " << length;
    // The one-shot function also goes through Update's whole-block path.
    ASSERT_EQ(Sha256Hex(Sha256(input)), Sha256Hex(portable))
        << "length " << length;
  }
}

TEST(Sha256Test, BestBlockFunctionFollowsTheCpu) {
  EXPECT_EQ(internal::BestSha256BlockFunction(),
            internal::CpuHasShaNi() ? &internal::Sha256BlocksShaNi
                                    : &internal::Sha256BlocksPortable);
}

}  // namespace
}  // namespace thaw
