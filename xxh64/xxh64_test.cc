#include "xxh64/xxh64.h"

#include <random>
#include <string>

#include "gtest/gtest.h"

// zstd's own XXH64 (libzstd exports it under this name): the reference
// thaw's implementation is checked against.
extern "C" unsigned long long ZSTD_XXH64(const void* input, size_t length,
                                         unsigned long long seed);

namespace thaw {
namespace {

TEST(Xxh64Test, KnownValues) {
  EXPECT_EQ(Xxh64(""), 0xEF46DB3751D8E999ULL);
  EXPECT_EQ(Xxh64("", 1), ZSTD_XXH64("", 0, 1));
}

// Every length up to a few stripes (each tail path, each stripe boundary),
// with and without a seed, and a large random buffer.
TEST(Xxh64Test, MatchesZstdsImplementation) {
  std::mt19937_64 random(42);
  std::string data(1 << 20, '\0');
  for (char& c : data) c = static_cast<char>(random());
  for (size_t length = 0; length <= 200; ++length) {
    for (uint64_t seed : {0ULL, 1ULL, 0x123456789ABCDEFULL}) {
      absl::string_view view(data.data() + 3, length);  // unaligned
      EXPECT_EQ(Xxh64(view, seed), ZSTD_XXH64(view.data(), length, seed))
          << "length " << length << " seed " << seed;
    }
  }
  EXPECT_EQ(Xxh64(data), ZSTD_XXH64(data.data(), data.size(), 0));
}

TEST(Xxh64Test, EveryFlippedByteChangesTheHash) {
  std::string data(1000, 'x');
  uint64_t original = Xxh64(data);
  for (size_t i = 0; i < data.size(); ++i) {
    data[i] ^= 1;
    EXPECT_NE(Xxh64(data), original) << "byte " << i;
    data[i] ^= 1;
  }
}

}  // namespace
}  // namespace thaw
