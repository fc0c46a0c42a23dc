#ifndef THAW_BINDINGS_LIBCRYPTO_ACCESS_H_
#define THAW_BINDINGS_LIBCRYPTO_ACCESS_H_

// How native functions reach OpenSSL's libcrypto: through the table of
// //openssl_loader, loaded on the first call that needs it.

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "bindings/callback_support.h"
#include "openssl_loader/libcrypto.h"
#include "v8.h"
#include "v8_support/v8_strings.h"

namespace thaw {

// The libcrypto table, loading the library on first use. When it cannot be
// loaded, throws an Error whose message names the library and whose code
// is ERR_THAW_LIBCRYPTO_UNAVAILABLE, and returns null.
inline const LibCrypto* RequireLibCrypto(v8::Isolate* isolate) {
  absl::StatusOr<const LibCrypto*> crypto = LoadLibCrypto();
  if (crypto.ok()) return *crypto;
  v8::Local<v8::String> message;
  v8::Local<v8::String> code;
  if (!NewString(isolate, absl::StrCat("crypto is not available: ",
                                       crypto.status().message()))
           .ToLocal(&message) ||
      !NewString(isolate, "ERR_THAW_LIBCRYPTO_UNAVAILABLE").ToLocal(&code)) {
    return nullptr;
  }
  v8::Local<v8::Object> error = v8::Exception::Error(message).As<v8::Object>();
  v8::Local<v8::String> code_key;
  if (NewString(isolate, "code").ToLocal(&code_key)) {
    error->Set(isolate->GetCurrentContext(), code_key, code).Check();
  }
  isolate->ThrowException(error);
  return nullptr;
}

// The table, once a caller on this path has had RequireLibCrypto succeed
// (an OpenSSL object exists only after that).
inline const LibCrypto& Ossl() { return *LoadLibCrypto().value(); }

}  // namespace thaw

#endif  // THAW_BINDINGS_LIBCRYPTO_ACCESS_H_
