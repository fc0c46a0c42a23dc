#ifndef THAW_OPENSSL_LOADER_LIBCRYPTO_H_
#define THAW_OPENSSL_LOADER_LIBCRYPTO_H_

// OpenSSL's libcrypto, loaded with dlopen the first time JS needs it.
//
// thaw's binaries do not link libcrypto: a process that never hashes or
// draws random bytes should not pay for mapping and relocating it at start
// (benchmarks/README.md, "Cold start: not loading OpenSSL"). The bindings
// call OpenSSL only through the table below; the headers are used for the
// functions' types, never for a direct call, so a call that bypasses the
// table fails to link.

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

#include "absl/status/statusor.h"

// Every libcrypto function thaw calls, once each.
#define THAW_LIBCRYPTO_FUNCTIONS(X)   \
  X(CRYPTO_memcmp)                    \
  X(ERR_clear_error)                  \
  X(ERR_error_string_n)               \
  X(ERR_get_error)                    \
  X(ERR_lib_error_string)             \
  X(ERR_new)                          \
  X(ERR_reason_error_string)          \
  X(ERR_set_debug)                    \
  X(ERR_set_error)                    \
  X(EVP_Digest)                       \
  X(EVP_DigestFinalXOF)               \
  X(EVP_DigestFinal_ex)               \
  X(EVP_DigestInit_ex)                \
  X(EVP_DigestUpdate)                 \
  X(EVP_MAC_CTX_dup)                  \
  X(EVP_MAC_CTX_free)                 \
  X(EVP_MAC_CTX_get_mac_size)         \
  X(EVP_MAC_CTX_new)                  \
  X(EVP_MAC_CTX_set_params)           \
  X(EVP_MAC_fetch)                    \
  X(EVP_MAC_final)                    \
  X(EVP_MAC_init)                     \
  X(EVP_MAC_update)                   \
  X(EVP_MD_CTX_copy_ex)               \
  X(EVP_MD_CTX_free)                  \
  X(EVP_MD_CTX_get0_md)               \
  X(EVP_MD_CTX_new)                   \
  X(EVP_MD_do_all_sorted)             \
  X(EVP_MD_fetch)                     \
  X(EVP_MD_free)                      \
  X(EVP_MD_get0_name)                 \
  X(EVP_MD_get0_provider)             \
  X(EVP_MD_get_flags)                 \
  X(EVP_MD_get_size)                  \
  X(EVP_get_digestbyname)             \
  X(OSSL_PARAM_construct_end)         \
  X(OSSL_PARAM_construct_utf8_string) \
  X(RAND_bytes)

namespace thaw {

// The library's SONAME: OpenSSL 3's ABI, the one the headers describe.
inline constexpr char kLibCryptoName[] = "libcrypto.so.3";

// One pointer per function of THAW_LIBCRYPTO_FUNCTIONS, named and typed as
// OpenSSL declares it: `crypto.EVP_Digest(...)` reads like the direct call.
struct LibCrypto {
#define THAW_LIBCRYPTO_MEMBER(name) decltype(&::name) name = nullptr;
  THAW_LIBCRYPTO_FUNCTIONS(THAW_LIBCRYPTO_MEMBER)
#undef THAW_LIBCRYPTO_MEMBER
};

// The process's table: the first call loads kLibCryptoName and resolves
// every function; later calls (from any thread) return the same result,
// success or error. The error names the library and says why (dlerror).
// The library stays loaded until the process ends.
absl::StatusOr<const LibCrypto*> LoadLibCrypto();

// Loads the library at `path` (a name dlopen searches for, or a path) into
// a new table, each time. For tests; thaw itself uses LoadLibCrypto.
absl::StatusOr<std::unique_ptr<LibCrypto>> LoadLibCryptoFrom(const char* path);

}  // namespace thaw

#endif  // THAW_OPENSSL_LOADER_LIBCRYPTO_H_
