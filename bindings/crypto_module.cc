// Native functions behind `crypto` (stdlib_js/51_crypto.js): random bytes and
// one-shot digests from OpenSSL's libcrypto, loaded by the first call
// (bindings/libcrypto_access.h).

#include <errno.h>
#include <sys/random.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>

#include "bindings/callback_support.h"
#include "bindings/isolate_state.h"
#include "bindings/libcrypto_access.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

// Fills [data, data + size) with cryptographically strong random bytes:
// OpenSSL's CSPRNG, or the kernel's if OpenSSL fails. False if both fail.
bool FillRandom(uint8_t* data, size_t size) {
  size_t done = 0;
  while (done < size) {
    int chunk = static_cast<int>(std::min<size_t>(size - done, INT_MAX));
    if (Ossl().RAND_bytes(data + done, chunk) != 1) break;
    done += static_cast<size_t>(chunk);
  }
  while (done < size) {
    ssize_t got = getrandom(data + done, size - done, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(got);
  }
  return true;
}

// Random bytes drawn while a snapshot is built would be frozen into it, the
// same in every process that starts from it: refused, with an exception.
bool RefusedWhileBuildingSnapshot(v8::Isolate* isolate) {
  IsolateState* state = GetIsolateState(isolate);
  if (state == nullptr || !state->building_snapshot) return false;
  ThrowError(isolate,
             "random values cannot be drawn while building a snapshot: every "
             "process started from it would get the same ones");
  return true;
}

// crypto.randomFill(view): overwrites every byte of view with random bytes.
void RandomFill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uint8_t* data;
  size_t size;
  if (info.Length() != 1 || !info[0]->IsArrayBufferView() ||
      !BufferSourceBytes(info[0], &data, &size)) {
    ThrowTypeError(isolate, "crypto.randomFill(view) needs an ArrayBufferView");
    return;
  }
  if (RefusedWhileBuildingSnapshot(isolate)) return;
  if (RequireLibCrypto(isolate) == nullptr) return;
  if (!FillRandom(data, size)) {
    ThrowError(isolate, std::string("no random bytes: ") + strerror(errno));
  }
}

// crypto.randomUUID(): a version 4 UUID in lowercase (RFC 4122, 4.4).
void RandomUUID(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (RefusedWhileBuildingSnapshot(isolate)) return;
  if (RequireLibCrypto(isolate) == nullptr) return;
  uint8_t bytes[16];
  if (!FillRandom(bytes, sizeof(bytes))) {
    ThrowError(isolate, std::string("no random bytes: ") + strerror(errno));
    return;
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  // variant 10xx
  static constexpr char kHex[] = "0123456789abcdef";
  char text[36];
  size_t out = 0;
  for (size_t i = 0; i < sizeof(bytes); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text[out++] = '-';
    text[out++] = kHex[bytes[i] >> 4];
    text[out++] = kHex[bytes[i] & 0x0f];
  }
  v8::Local<v8::String> value;
  if (v8::String::NewFromOneByte(isolate, reinterpret_cast<uint8_t*>(text),
                                 v8::NewStringType::kNormal, sizeof(text))
          .ToLocal(&value)) {
    info.GetReturnValue().Set(value);
  }
}

// crypto.digest(name, data): the digest of data (an ArrayBuffer or
// ArrayBufferView) with OpenSSL's digest `name` ("sha256", "sha1", ...), as a
// new ArrayBuffer; undefined when OpenSSL has no digest of that name.
void Digest(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uint8_t* data;
  size_t size;
  if (info.Length() != 2 || !info[0]->IsString() ||
      !BufferSourceBytes(info[1], &data, &size)) {
    ThrowTypeError(isolate, "crypto.digest(name, data) needs a name and bytes");
    return;
  }
  if (RequireLibCrypto(isolate) == nullptr) return;
  std::string name = ToUtf8(isolate, info[0]);
  const EVP_MD* md = Ossl().EVP_get_digestbyname(name.c_str());
  if (md == nullptr) return;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_size = 0;
  static const unsigned char kNothing = 0;
  if (Ossl().EVP_Digest(data == nullptr ? &kNothing : data, size, digest,
                        &digest_size, md, nullptr) != 1) {
    ThrowError(isolate, "crypto.digest: OpenSSL failed to hash");
    return;
  }
  v8::Local<v8::ArrayBuffer> result =
      v8::ArrayBuffer::New(isolate, digest_size);
  if (digest_size > 0) memcpy(result->Data(), digest, digest_size);
  info.GetReturnValue().Set(result);
}

// crypto.timingSafeEqual(a, b): whether two ArrayBuffers or views of the
// same byte length hold the same bytes, compared in time that depends only
// on the length (CRYPTO_memcmp).
void TimingSafeEqual(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint8_t* a;
  uint8_t* b;
  size_t a_size;
  size_t b_size;
  if (info.Length() != 2 || !BufferSourceBytes(info[0], &a, &a_size) ||
      !BufferSourceBytes(info[1], &b, &b_size) || a_size != b_size) {
    ThrowTypeError(info.GetIsolate(),
                   "timingSafeEqual(a, b) needs bytes of the same length");
    return;
  }
  if (RequireLibCrypto(info.GetIsolate()) == nullptr) return;
  info.GetReturnValue().Set(a_size == 0 ||
                            Ossl().CRYPTO_memcmp(a, b, a_size) == 0);
}

constexpr NativeFunction kCryptoFunctions[] = {
    {"randomFill", RandomFill, 1},
    {"randomUUID", RandomUUID, 0},
    {"digest", Digest, 2},
    {"timingSafeEqual", TimingSafeEqual, 2},
};

}  // namespace

const NativeModule& CryptoModule() {
  static constexpr NativeModule kModule = {"crypto", kCryptoFunctions};
  return kModule;
}

}  // namespace thaw
