#include "openssl_loader/libcrypto.h"

#include <dlfcn.h>

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace thaw {

absl::StatusOr<std::unique_ptr<LibCrypto>> LoadLibCryptoFrom(const char* path) {
  // RTLD_LOCAL: libcrypto's names stay out of the global scope, so nothing
  // loaded later binds to them by accident. RTLD_NOW: a missing function is
  // found here, not at its first call.
  void* handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    return absl::UnavailableError(
        absl::StrCat("cannot load OpenSSL's ", path, ": ",
                     why != nullptr ? why : "dlopen failed"));
  }
  auto table = std::make_unique<LibCrypto>();
  std::string missing;
#define THAW_LIBCRYPTO_RESOLVE(name)                                           \
  table->name = reinterpret_cast<decltype(table->name)>(dlsym(handle, #name)); \
  if (table->name == nullptr) absl::StrAppend(&missing, " " #name);
  THAW_LIBCRYPTO_FUNCTIONS(THAW_LIBCRYPTO_RESOLVE)
#undef THAW_LIBCRYPTO_RESOLVE
  if (!missing.empty()) {
    dlclose(handle);
    return absl::UnavailableError(absl::StrCat(
        "OpenSSL's ", path, " lacks functions thaw needs:", missing));
  }
  // The handle is never closed: the table's pointers and OpenSSL's own
  // exit handlers must stay valid for the life of the process.
  return table;
}

absl::StatusOr<const LibCrypto*> LoadLibCrypto() {
  // A function-local static is initialized once, thread-safely; a failure
  // is kept too, so every caller reports the same error.
  static const auto* loaded = new absl::StatusOr<std::unique_ptr<LibCrypto>>(
      LoadLibCryptoFrom(kLibCryptoName));
  if (!loaded->ok()) return loaded->status();
  return loaded->value().get();
}

}  // namespace thaw
