// Native functions behind node:crypto's Hash and Hmac
// (stdlib_js/83_crypto_module.js): incremental digests and HMACs with OpenSSL's
// libcrypto, loaded by the first call (bindings/libcrypto_access.h).
//
// A hash in progress is an OpenSSL context. JS holds it as a handle: an
// ArrayBuffer whose backing store is this file's DigestState, freed by the
// backing store's deleter when V8 collects the ArrayBuffer. No v8::Global or
// weak callback is involved, so a handle alive while a snapshot is built does
// not abort the builder. The snapshot copies the ArrayBuffer's bytes into a
// new allocation, which is never in this process's set of live states, so a
// handle restored from a snapshot is refused with an error instead of being
// dereferenced. The JS side keeps handles in private class fields, so user
// code can neither read nor replace their bytes.

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "bindings/callback_support.h"
#include "bindings/libcrypto_access.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

// One Hash's or Hmac's OpenSSL state. Exactly one of md_ctx and mac_ctx is
// set until the digest is taken; both are null afterwards.
struct DigestState {
  EVP_MD_CTX* md_ctx = nullptr;
  EVP_MAC_CTX* mac_ctx = nullptr;
  // Bytes of output for extendable-output functions (shake128, shake256);
  // negative means the digest's own size.
  int64_t xof_length = -1;
};

// Every DigestState this process has made and not yet freed. Deleters of
// backing stores may run on V8's background threads, hence the mutex.
std::mutex& LiveStatesMutex() {
  static std::mutex* mutex = new std::mutex();
  return *mutex;
}

absl::flat_hash_set<const DigestState*>& LiveStates() {
  static auto* states = new absl::flat_hash_set<const DigestState*>();
  return *states;
}

void FreeState(DigestState* state) {
  Ossl().EVP_MD_CTX_free(state->md_ctx);
  Ossl().EVP_MAC_CTX_free(state->mac_ctx);
  delete state;
}

void DeleteState(void* data, size_t, void*) {
  auto* state = static_cast<DigestState*>(data);
  {
    std::lock_guard<std::mutex> lock(LiveStatesMutex());
    LiveStates().erase(state);
  }
  FreeState(state);
}

// Hands `state` to a new ArrayBuffer that owns it from then on.
v8::Local<v8::ArrayBuffer> NewHandle(v8::Isolate* isolate, DigestState* state) {
  {
    std::lock_guard<std::mutex> lock(LiveStatesMutex());
    LiveStates().insert(state);
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      state, sizeof(DigestState), DeleteState, nullptr);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

// The state behind a handle from NewHandle, or null (with an exception
// thrown) for anything else, including a handle restored from a snapshot.
DigestState* StateOf(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsArrayBuffer()) {
    auto* state =
        static_cast<DigestState*>(value.As<v8::ArrayBuffer>()->Data());
    std::lock_guard<std::mutex> lock(LiveStatesMutex());
    if (state != nullptr && LiveStates().contains(state)) return state;
  }
  ThrowError(isolate,
             "this Hash or Hmac was created while a snapshot was built: its "
             "OpenSSL state does not carry over into a running process");
  return nullptr;
}

// OpenSSL's library numbers and the short names Node puts in error codes
// (ERR_OSSL_<LIBRARY>_<REASON>).
const char* LibraryShortName(int library) {
  switch (library) {
    case ERR_LIB_SYS:
      return "SYS";
    case ERR_LIB_BN:
      return "BN";
    case ERR_LIB_RSA:
      return "RSA";
    case ERR_LIB_DH:
      return "DH";
    case ERR_LIB_EVP:
      return "EVP";
    case ERR_LIB_BUF:
      return "BUF";
    case ERR_LIB_OBJ:
      return "OBJ";
    case ERR_LIB_PEM:
      return "PEM";
    case ERR_LIB_DSA:
      return "DSA";
    case ERR_LIB_X509:
      return "X509";
    case ERR_LIB_ASN1:
      return "ASN1";
    case ERR_LIB_CONF:
      return "CONF";
    case ERR_LIB_CRYPTO:
      return "CRYPTO";
    case ERR_LIB_EC:
      return "EC";
    case ERR_LIB_RAND:
      return "RAND";
    case ERR_LIB_PROV:
      return "PROV";
    default:
      return nullptr;
  }
}

void SetProperty(v8::Local<v8::Context> context, v8::Local<v8::Object> object,
                 const char* name, v8::Local<v8::Value> value) {
  v8::Local<v8::String> key;
  if (NewString(context->GetIsolate(), name).ToLocal(&key)) {
    object->Set(context, key, value).Check();
  }
}

v8::Local<v8::Value> StringValue(v8::Isolate* isolate, absl::string_view text) {
  v8::Local<v8::String> value;
  if (NewString(isolate, text).ToLocal(&value)) return value;
  return v8::Undefined(isolate);
}

// Throws OpenSSL's oldest queued error the way Node reports it: the
// message is OpenSSL's error string, with `library`, `reason`, `code` and,
// when more errors were queued, `opensslErrorStack`. Clears the queue.
void ThrowOpenSslError(v8::Isolate* isolate, const char* fallback) {
  unsigned long first =
      Ossl().ERR_get_error();  // NOLINT(runtime/int): OpenSSL's type
  if (first == 0) {
    ThrowError(isolate, fallback);
    return;
  }
  std::vector<std::string> rest;
  for (unsigned long more = Ossl().ERR_get_error(); more != 0;  // NOLINT
       more = Ossl().ERR_get_error()) {
    char text[256];
    Ossl().ERR_error_string_n(more, text, sizeof(text));
    rest.push_back(text);
  }
  char message[256];
  Ossl().ERR_error_string_n(first, message, sizeof(message));
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> message_value;
  if (!NewString(isolate, message).ToLocal(&message_value)) return;
  v8::Local<v8::Object> error =
      v8::Exception::Error(message_value).As<v8::Object>();
  if (!rest.empty()) {
    v8::Local<v8::Array> stack = v8::Array::New(isolate);
    for (uint32_t i = 0; i < rest.size(); ++i) {
      stack->Set(context, i, StringValue(isolate, rest[i])).Check();
    }
    SetProperty(context, error, "opensslErrorStack", stack);
  }
  const char* library = Ossl().ERR_lib_error_string(first);
  const char* reason = Ossl().ERR_reason_error_string(first);
  if (library != nullptr) {
    SetProperty(context, error, "library", StringValue(isolate, library));
  }
  if (reason != nullptr) {
    SetProperty(context, error, "reason", StringValue(isolate, reason));
  }
  const char* short_name = LibraryShortName(ERR_GET_LIB(first));
  if (short_name != nullptr && reason != nullptr) {
    std::string code = std::string("ERR_OSSL_") + short_name + "_";
    for (const char* c = reason; *c != '\0'; ++c) {
      code += *c == ' ' ? '_' : absl::ascii_toupper(*c);
    }
    SetProperty(context, error, "code", StringValue(isolate, code));
  }
  isolate->ThrowException(error);
}

// Digests and HMAC templates fetched from OpenSSL's providers, by the name
// they were asked for, for the life of the process. Fetching is what makes
// starting a digest slow in OpenSSL 3 (a name lookup and locks each time),
// so each name is fetched once. Only names OpenSSL knows are kept, so the
// cache is bounded by OpenSSL's list of names.
struct FetchedDigest {
  const EVP_MD* md = nullptr;
  // An HMAC context with this digest set and no key, copied for each Hmac;
  // made on first use.
  EVP_MAC_CTX* hmac_template = nullptr;
};

std::mutex& FetchedMutex() {
  static std::mutex* mutex = new std::mutex();
  return *mutex;
}

absl::flat_hash_map<std::string, FetchedDigest>& Fetched() {
  static auto* fetched = new absl::flat_hash_map<std::string, FetchedDigest>();
  return *fetched;
}

// The digest OpenSSL knows by `name`: its legacy table first (which has
// names such as "RSA-SHA256"), then the providers (which know "SHA-256").
// Null if neither does. A digest in the legacy table that no provider
// implements (md4 without the legacy provider) is returned unfetched, so
// that starting it fails with OpenSSL's own error. Entries are never
// removed, so the pointer stays valid.
FetchedDigest* FindDigest(const std::string& name) {
  std::lock_guard<std::mutex> lock(FetchedMutex());
  auto found = Fetched().find(name);
  if (found != Fetched().end()) return &found->second;
  const EVP_MD* legacy = Ossl().EVP_get_digestbyname(name.c_str());
  EVP_MD* fetched = Ossl().EVP_MD_fetch(
      nullptr,
      legacy != nullptr ? Ossl().EVP_MD_get0_name(legacy) : name.c_str(),
      nullptr);
  Ossl().ERR_clear_error();
  if (fetched == nullptr) {
    if (legacy == nullptr) return nullptr;
    static FetchedDigest* unusable = new FetchedDigest();
    unusable->md = legacy;
    return unusable;
  }
  FetchedDigest& entry = Fetched()[name];
  entry.md = fetched;
  return &entry;
}

// A new HMAC context for `digest`, without a key yet.
EVP_MAC_CTX* NewHmacContext(FetchedDigest* digest) {
  static EVP_MAC* hmac =
      Ossl().EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr);
  if (hmac == nullptr) return nullptr;
  if (digest->hmac_template != nullptr) {
    return Ossl().EVP_MAC_CTX_dup(digest->hmac_template);
  }
  EVP_MAC_CTX* context = Ossl().EVP_MAC_CTX_new(hmac);
  // The MAC names its digest by name; the digest's own name is one every
  // provider knows, unlike aliases such as "RSA-SHA256".
  std::string digest_name = Ossl().EVP_MD_get0_name(digest->md);
  OSSL_PARAM params[] = {
      Ossl().OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                              digest_name.data(), 0),
      Ossl().OSSL_PARAM_construct_end(),
  };
  if (context == nullptr ||
      Ossl().EVP_MAC_CTX_set_params(context, params) != 1) {
    Ossl().EVP_MAC_CTX_free(context);
    return nullptr;
  }
  // Only digests a provider implements are cached (see FindDigest).
  if (Ossl().EVP_MD_get0_provider(digest->md) != nullptr) {
    std::lock_guard<std::mutex> lock(FetchedMutex());
    if (digest->hmac_template == nullptr) {
      digest->hmac_template = Ossl().EVP_MAC_CTX_dup(context);
    }
  }
  return context;
}

bool IsXof(const EVP_MD* md) {
  return (Ossl().EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
}

// The bytes of a string's UTF-8 (in `storage`) or of an ArrayBuffer or
// view. False for anything else.
bool InputBytes(v8::Isolate* isolate, v8::Local<v8::Value> value,
                std::string* storage, const uint8_t** data, size_t* size) {
  static const uint8_t kNothing = 0;
  if (value->IsString()) {
    v8::Local<v8::String> text = value.As<v8::String>();
    storage->resize(text->Utf8Length(isolate));
    text->WriteUtf8(
        isolate, storage->data(), static_cast<int>(storage->size()), nullptr,
        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    *data = storage->empty()
                ? &kNothing
                : reinterpret_cast<const uint8_t*>(storage->data());
    *size = storage->size();
    return true;
  }
  uint8_t* bytes = nullptr;
  if (!BufferSourceBytes(value, &bytes, size)) return false;
  // OpenSSL wants a pointer even for no bytes.
  *data = bytes == nullptr ? &kNothing : bytes;
  return true;
}

// Output length from JS: a number of bytes, or -1 for the digest's own.
int64_t XofLength(v8::Local<v8::Value> value) {
  if (!value->IsNumber()) return -1;
  double length = value.As<v8::Number>()->Value();
  return length >= 0 ? static_cast<int64_t>(length) : -1;
}

// Checks that `length` bytes of output are possible with `md`: any length
// for an extendable-output function, only its own size otherwise (what
// OpenSSL and Node say otherwise is "not XOF or invalid length").
bool CheckOutputLength(v8::Isolate* isolate, const EVP_MD* md, int64_t length) {
  if (length < 0 || IsXof(md) || length == Ossl().EVP_MD_get_size(md))
    return true;
  // ERR_raise, spelled out: the macro would call libcrypto directly.
  Ossl().ERR_new();
  Ossl().ERR_set_debug(__FILE__, __LINE__, __func__);
  Ossl().ERR_set_error(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH, nullptr);
  ThrowOpenSslError(isolate, "not XOF or invalid length");
  return false;
}

// hashCreate(name, outputLength): a handle for a new hash, or undefined if
// OpenSSL has no digest of that name. outputLength is a byte count for
// extendable-output functions, or -1.
void HashCreate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (RequireLibCrypto(isolate) == nullptr) return;
  if (info.Length() != 2 || !info[0]->IsString()) {
    ThrowTypeError(isolate, "hashCreate(name, outputLength) needs a name");
    return;
  }
  FetchedDigest* digest = FindDigest(ToUtf8(isolate, info[0]));
  if (digest == nullptr) return;
  const EVP_MD* md = digest->md;
  auto* state = new DigestState();
  state->xof_length = XofLength(info[1]);
  state->md_ctx = Ossl().EVP_MD_CTX_new();
  if (state->md_ctx == nullptr ||
      Ossl().EVP_DigestInit_ex(state->md_ctx, md, nullptr) != 1) {
    FreeState(state);
    ThrowOpenSslError(isolate, "OpenSSL could not start the digest");
    return;
  }
  if (!CheckOutputLength(isolate, md, state->xof_length)) {
    FreeState(state);
    return;
  }
  info.GetReturnValue().Set(NewHandle(isolate, state));
}

// hmacCreate(name, key): a handle for a new HMAC with digest `name` and key
// bytes `key`, or undefined if OpenSSL has no digest of that name.
void HmacCreate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (RequireLibCrypto(isolate) == nullptr) return;
  std::string key_storage;
  const uint8_t* key;
  size_t key_size;
  if (info.Length() != 2 || !info[0]->IsString() || info[1]->IsString() ||
      !InputBytes(isolate, info[1], &key_storage, &key, &key_size)) {
    ThrowTypeError(isolate, "hmacCreate(name, key) needs a name and key bytes");
    return;
  }
  FetchedDigest* digest = FindDigest(ToUtf8(isolate, info[0]));
  if (digest == nullptr) return;
  auto* state = new DigestState();
  state->mac_ctx = NewHmacContext(digest);
  if (state->mac_ctx == nullptr ||
      Ossl().EVP_MAC_init(state->mac_ctx, key, key_size, nullptr) != 1) {
    FreeState(state);
    ThrowOpenSslError(isolate, "OpenSSL could not start the HMAC");
    return;
  }
  info.GetReturnValue().Set(NewHandle(isolate, state));
}

// hashUpdate(handle, data): feeds a string's UTF-8 or an ArrayBuffer's or
// view's bytes. False if OpenSSL fails or the digest was already taken.
void HashUpdate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (RequireLibCrypto(isolate) == nullptr) return;
  DigestState* state = StateOf(isolate, info[0]);
  if (state == nullptr) return;
  std::string storage;
  const uint8_t* data;
  size_t size;
  if (info.Length() != 2 ||
      !InputBytes(isolate, info[1], &storage, &data, &size)) {
    ThrowTypeError(isolate, "hashUpdate(handle, data) needs bytes or a string");
    return;
  }
  bool ok = false;
  if (state->md_ctx != nullptr) {
    ok = Ossl().EVP_DigestUpdate(state->md_ctx, data, size) == 1;
  } else if (state->mac_ctx != nullptr) {
    ok = Ossl().EVP_MAC_update(state->mac_ctx, data, size) == 1;
  }
  Ossl().ERR_clear_error();
  info.GetReturnValue().Set(ok);
}

void FreeMalloced(void* data, size_t, void*) { free(data); }

// hashDigest(handle): the digest as a new ArrayBuffer. Frees the OpenSSL
// context: a handle yields its digest once.
void HashDigest(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (RequireLibCrypto(isolate) == nullptr) return;
  DigestState* state = StateOf(isolate, info[0]);
  if (state == nullptr) return;
  if (state->md_ctx == nullptr && state->mac_ctx == nullptr) {
    ThrowError(isolate, "the digest was already taken");
    return;
  }
  size_t size;
  if (state->mac_ctx != nullptr) {
    size = Ossl().EVP_MAC_CTX_get_mac_size(state->mac_ctx);
  } else if (state->xof_length >= 0) {
    size = static_cast<size_t>(state->xof_length);
  } else {
    size = static_cast<size_t>(
        Ossl().EVP_MD_get_size(Ossl().EVP_MD_CTX_get0_md(state->md_ctx)));
  }
  // Output lengths up to 2^32 - 1 are allowed, so the bytes come from
  // malloc, where running out of memory is an error rather than an abort.
  void* out = malloc(std::max<size_t>(size, 1));
  if (out == nullptr) {
    isolate->ThrowException(v8::Exception::RangeError(
        StringValue(isolate, "not enough memory for the digest")
            .As<v8::String>()));
    return;
  }
  bool ok = true;
  auto* bytes = static_cast<unsigned char*>(out);
  if (state->mac_ctx != nullptr) {
    size_t written = 0;
    ok = Ossl().EVP_MAC_final(state->mac_ctx, bytes, &written, size) == 1;
    size = written;
  } else if (size == 0) {
    // Nothing to produce (an extendable-output function asked for zero
    // bytes).
  } else if (IsXof(Ossl().EVP_MD_CTX_get0_md(state->md_ctx)) &&
             state->xof_length >= 0) {
    ok = Ossl().EVP_DigestFinalXOF(state->md_ctx, bytes, size) == 1;
  } else {
    unsigned int written = 0;
    ok = Ossl().EVP_DigestFinal_ex(state->md_ctx, bytes, &written) == 1;
    size = written;
  }
  Ossl().EVP_MD_CTX_free(state->md_ctx);
  Ossl().EVP_MAC_CTX_free(state->mac_ctx);
  state->md_ctx = nullptr;
  state->mac_ctx = nullptr;
  if (!ok) {
    free(out);
    ThrowOpenSslError(isolate, "OpenSSL could not finish the digest");
    return;
  }
  std::unique_ptr<v8::BackingStore> store =
      v8::ArrayBuffer::NewBackingStore(out, size, FreeMalloced, nullptr);
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// hashCopy(handle, outputLength): a handle for a new hash in the same state
// as this one, with its own output length (-1 for the digest's own size).
void HashCopy(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (RequireLibCrypto(isolate) == nullptr) return;
  DigestState* state = StateOf(isolate, info[0]);
  if (state == nullptr) return;
  if (state->md_ctx == nullptr) {
    ThrowError(isolate, "only an unfinished Hash can be copied");
    return;
  }
  const EVP_MD* md = Ossl().EVP_MD_CTX_get0_md(state->md_ctx);
  int64_t length = XofLength(info[1]);
  if (!CheckOutputLength(isolate, md, length)) return;
  auto* copy = new DigestState();
  copy->xof_length = length;
  copy->md_ctx = Ossl().EVP_MD_CTX_new();
  if (copy->md_ctx == nullptr ||
      Ossl().EVP_MD_CTX_copy_ex(copy->md_ctx, state->md_ctx) != 1) {
    FreeState(copy);
    ThrowOpenSslError(isolate, "OpenSSL could not copy the digest");
    return;
  }
  info.GetReturnValue().Set(NewHandle(isolate, copy));
}

// hashOnce(name, data): the digest of a string's UTF-8 or of bytes, at
// once, as a new ArrayBuffer; undefined if OpenSSL has no digest of that
// name. For crypto.hash(), without a handle's allocations.
void HashOnce(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (RequireLibCrypto(isolate) == nullptr) return;
  std::string storage;
  const uint8_t* data;
  size_t size;
  if (info.Length() != 2 || !info[0]->IsString() ||
      !InputBytes(isolate, info[1], &storage, &data, &size)) {
    ThrowTypeError(isolate, "hashOnce(name, data) needs a name and data");
    return;
  }
  FetchedDigest* digest = FindDigest(ToUtf8(isolate, info[0]));
  if (digest == nullptr) return;
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int out_size = 0;
  if (Ossl().EVP_Digest(data, size, out, &out_size, digest->md, nullptr) != 1) {
    ThrowOpenSslError(isolate, "OpenSSL could not compute the digest");
    return;
  }
  v8::Local<v8::ArrayBuffer> result = v8::ArrayBuffer::New(isolate, out_size);
  if (out_size > 0) memcpy(result->Data(), out, out_size);
  info.GetReturnValue().Set(result);
}

void CollectName(const EVP_MD* md, const char* from, const char*, void* arg) {
  // Aliases come with a null md; their target is looked up by name.
  if (md == nullptr) md = Ossl().EVP_get_digestbyname(from);
  if (md == nullptr || from == nullptr) return;
  // Names whose implementation no loaded provider has (md4, whirlpool
  // without the legacy provider) cannot be used, so they are not listed.
  EVP_MD* usable =
      Ossl().EVP_MD_fetch(nullptr, Ossl().EVP_MD_get0_name(md), nullptr);
  Ossl().ERR_clear_error();
  if (usable == nullptr) return;
  Ossl().EVP_MD_free(usable);
  static_cast<std::vector<std::string>*>(arg)->push_back(from);
}

// hashNames(): the names of the digests that can be used, sorted, each
// once: of names that differ only in case ("SHA256", "sha256"), the lower
// case one, the way Node's getHashes() lists them.
void HashNames(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (RequireLibCrypto(isolate) == nullptr) return;
  std::vector<std::string> names;
  Ossl().EVP_MD_do_all_sorted(CollectName, &names);
  std::map<std::string, std::string> by_lower_case;
  for (const std::string& name : names) {
    std::string lower = absl::AsciiStrToLower(name);
    auto [it, inserted] = by_lower_case.emplace(lower, name);
    if (!inserted && name == lower) it->second = name;
  }
  std::vector<std::string> unique;
  for (const auto& [lower, name] : by_lower_case) unique.push_back(name);
  std::sort(unique.begin(), unique.end());
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  for (uint32_t i = 0; i < unique.size(); ++i) {
    if (result->Set(context, i, StringValue(isolate, unique[i])).IsNothing()) {
      return;
    }
  }
  info.GetReturnValue().Set(result);
}

constexpr NativeFunction kHashFunctions[] = {
    {"hashCreate", HashCreate, 2}, {"hmacCreate", HmacCreate, 2},
    {"hashUpdate", HashUpdate, 2}, {"hashDigest", HashDigest, 1},
    {"hashCopy", HashCopy, 2},     {"hashNames", HashNames, 0},
    {"hashOnce", HashOnce, 2},
};

}  // namespace

const NativeModule& HashModule() {
  static constexpr NativeModule kModule = {"hash", kHashFunctions};
  return kModule;
}

}  // namespace thaw
