#include "openssl_loader/libcrypto.h"

#include <string>

#include "absl/strings/escaping.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace thaw {
namespace {

TEST(LibCryptoTest, ResolvesEveryFunction) {
  absl::StatusOr<const LibCrypto*> crypto = LoadLibCrypto();
  ASSERT_TRUE(crypto.ok()) << crypto.status();
#define THAW_EXPECT_RESOLVED(name) EXPECT_NE((*crypto)->name, nullptr) << #name;
  THAW_LIBCRYPTO_FUNCTIONS(THAW_EXPECT_RESOLVED)
#undef THAW_EXPECT_RESOLVED
}

TEST(LibCryptoTest, SameTableEveryTime) {
  absl::StatusOr<const LibCrypto*> first = LoadLibCrypto();
  absl::StatusOr<const LibCrypto*> second = LoadLibCrypto();
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(*first, *second);
}

TEST(LibCryptoTest, HashesThroughTheTable) {
  absl::StatusOr<const LibCrypto*> loaded = LoadLibCrypto();
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  const LibCrypto& crypto = **loaded;
  const EVP_MD* md = crypto.EVP_get_digestbyname("sha256");
  ASSERT_NE(md, nullptr);
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  ASSERT_EQ(crypto.EVP_Digest("abc", 3, out, &size, md, nullptr), 1);
  EXPECT_EQ(absl::BytesToHexString(
                absl::string_view(reinterpret_cast<const char*>(out), size)),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  unsigned char random[32] = {};
  EXPECT_EQ(crypto.RAND_bytes(random, sizeof(random)), 1);
}

TEST(LibCryptoTest, MissingLibraryIsAnErrorNamingIt) {
  absl::StatusOr<std::unique_ptr<LibCrypto>> crypto =
      LoadLibCryptoFrom("libthaw_no_such_crypto.so.3");
  ASSERT_FALSE(crypto.ok());
  EXPECT_NE(crypto.status().message().find("libthaw_no_such_crypto.so.3"),
            absl::string_view::npos)
      << crypto.status();
}

TEST(LibCryptoTest, LibraryWithoutTheFunctionsIsAnError) {
  // libz is a real library, loaded by every thaw process, without any of
  // OpenSSL's functions.
  absl::StatusOr<std::unique_ptr<LibCrypto>> crypto =
      LoadLibCryptoFrom("libz.so.1");
  ASSERT_FALSE(crypto.ok());
  EXPECT_NE(crypto.status().message().find("lacks functions thaw needs: "
                                           "CRYPTO_memcmp"),
            absl::string_view::npos)
      << crypto.status();
}

}  // namespace
}  // namespace thaw
