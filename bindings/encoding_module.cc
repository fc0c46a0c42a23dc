// Native functions behind TextEncoder and TextDecoder
// (stdlib_js/41_encoding.js): the byte loops, where JS would be slow. Streaming
// state, labels, options and errors live in JS; these functions see whole
// chunks and never keep state between calls.
//
// Byte inputs are an ArrayBuffer, a SharedArrayBuffer or any ArrayBufferView;
// decoders return `false` for anything else, so the JS side can throw Node's
// exact error. In fatal mode they return `undefined` for invalid data.

#include <cstdint>
#include <cstring>
#include <vector>

#include "bindings/callback_support.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

constexpr uint16_t kReplacementCharacter = 0xFFFD;

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "IsValidUtf8 reads words as little-endian");

// The bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView. Views
// whose contents still live on V8's heap (small typed arrays) are copied into
// `scratch`, so reading them does not move them off the heap.
class ByteSource {
 public:
  // False if `value` holds no bytes of a kind decoders accept.
  bool Init(v8::Local<v8::Value> value) {
    if (value->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
      size_ = view->ByteLength();
      if (size_ == 0) return true;
      if (view->HasBuffer()) {
        data_ = static_cast<const uint8_t*>(view->Buffer()->Data()) +
                view->ByteOffset();
      } else {
        scratch_.resize(size_);
        view->CopyContents(scratch_.data(), size_);
        data_ = scratch_.data();
      }
      return true;
    }
    if (value->IsArrayBuffer()) {
      v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
      data_ = static_cast<const uint8_t*>(buffer->Data());
      size_ = buffer->ByteLength();
      return true;
    }
    if (value->IsSharedArrayBuffer()) {
      v8::Local<v8::SharedArrayBuffer> buffer =
          value.As<v8::SharedArrayBuffer>();
      data_ = static_cast<const uint8_t*>(buffer->Data());
      size_ = buffer->ByteLength();
      return true;
    }
    return false;
  }

  const uint8_t* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  std::vector<uint8_t> scratch_;
};

// Strings longer than V8's limit cannot be made; Node throws this then.
void ThrowStringTooLong(v8::Isolate* isolate) {
  ThrowError(isolate,
             "Cannot create a string longer than 0x1fffffe8 characters");
}

void ReturnTwoByte(const v8::FunctionCallbackInfo<v8::Value>& info,
                   const std::vector<uint16_t>& units) {
  v8::Isolate* isolate = info.GetIsolate();
  if (units.size() > static_cast<size_t>(v8::String::kMaxLength)) {
    ThrowStringTooLong(isolate);
    return;
  }
  v8::Local<v8::String> text;
  if (!v8::String::NewFromTwoByte(isolate, units.data(),
                                  v8::NewStringType::kNormal,
                                  static_cast<int>(units.size()))
           .ToLocal(&text)) {
    ThrowStringTooLong(isolate);
    return;
  }
  info.GetReturnValue().Set(text);
}

// True if bytes[0, size) is UTF-8 as the Encoding Standard defines it:
// shortest forms only, no surrogates, nothing above U+10FFFF.
bool IsValidUtf8(const uint8_t* bytes, size_t size) {
  size_t i = 0;
  while (i < size) {
    // Eight bytes at a time up to the first non-ASCII one.
    if (size - i >= 8) {
      uint64_t word;
      std::memcpy(&word, bytes + i, sizeof(word));
      uint64_t high_bits = word & 0x8080808080808080ULL;
      if (high_bits == 0) {
        i += 8;
        continue;
      }
      // Little-endian: the lowest set bit marks the first non-ASCII byte.
      i += static_cast<size_t>(__builtin_ctzll(high_bits)) / 8;
    }
    uint8_t lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    size_t continuation;
    uint8_t lower = 0x80;
    uint8_t upper = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      continuation = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      continuation = 2;
      if (lead == 0xE0) lower = 0xA0;
      if (lead == 0xED) upper = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      continuation = 3;
      if (lead == 0xF0) lower = 0x90;
      if (lead == 0xF4) upper = 0x8F;
    } else {
      return false;
    }
    if (size - i - 1 < continuation) return false;
    if (bytes[i + 1] < lower || bytes[i + 1] > upper) return false;
    for (size_t k = 2; k <= continuation; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return false;
    }
    i += continuation + 1;
  }
  return true;
}

// encoding.encodeUtf8(string): a new Uint8Array with the string's UTF-8;
// lone surrogates become U+FFFD, as TextEncoder requires.
void EncodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 1 || !info[0]->IsString()) {
    ThrowTypeError(isolate, "encoding.encodeUtf8(string) needs a string");
    return;
  }
  v8::Local<v8::String> text = info[0].As<v8::String>();
  int length = text->Utf8Length(isolate);
  std::unique_ptr<v8::BackingStore> store =
      v8::ArrayBuffer::NewBackingStore(isolate, static_cast<size_t>(length));
  if (length > 0) {
    text->WriteUtf8(
        isolate, static_cast<char*>(store->Data()), length, nullptr,
        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  v8::Local<v8::ArrayBuffer> buffer =
      v8::ArrayBuffer::New(isolate, std::move(store));
  info.GetReturnValue().Set(
      v8::Uint8Array::New(buffer, 0, static_cast<size_t>(length)));
}

// encoding.encodeIntoUtf8(string, uint8Array, results): writes as many whole
// characters as fit; results (a Uint32Array of 2) gets [read, written], read
// counted in UTF-16 code units.
void EncodeIntoUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 3 || !info[0]->IsString() || !info[1]->IsUint8Array() ||
      !info[2]->IsUint32Array() ||
      info[2].As<v8::Uint32Array>()->Length() < 2) {
    ThrowTypeError(isolate,
                   "encoding.encodeIntoUtf8(string, dest, results) needs a "
                   "string, a Uint8Array and a Uint32Array of 2");
    return;
  }
  v8::Local<v8::String> text = info[0].As<v8::String>();
  v8::Local<v8::Uint8Array> dest = info[1].As<v8::Uint8Array>();
  v8::Local<v8::Uint32Array> results = info[2].As<v8::Uint32Array>();
  size_t capacity = dest->ByteLength();
  int read = 0;
  int written = 0;
  if (capacity > 0 && text->Length() > 0) {
    char* data =
        static_cast<char*>(dest->Buffer()->Data()) + dest->ByteOffset();
    int limit = capacity > static_cast<size_t>(INT32_MAX)
                    ? INT32_MAX
                    : static_cast<int>(capacity);
    written = text->WriteUtf8(
        isolate, data, limit, &read,
        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  uint32_t* out = reinterpret_cast<uint32_t*>(
      static_cast<char*>(results->Buffer()->Data()) + results->ByteOffset());
  out[0] = static_cast<uint32_t>(read);
  out[1] = static_cast<uint32_t>(written);
}

// encoding.decodeUtf8(bytes, ignoreBOM, fatal): the string, with a leading
// BOM removed unless ignoreBOM; invalid sequences become U+FFFD by the
// Encoding Standard's rule (one per maximal subpart, which is V8's rule too),
// or, when fatal, the result is undefined.
void DecodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ByteSource source;
  if (info.Length() < 1 || !source.Init(info[0])) {
    info.GetReturnValue().Set(false);
    return;
  }
  bool ignore_bom = info.Length() > 1 && info[1]->BooleanValue(isolate);
  bool fatal = info.Length() > 2 && info[2]->BooleanValue(isolate);
  const uint8_t* bytes = source.data();
  size_t size = source.size();
  if (!ignore_bom && size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB &&
      bytes[2] == 0xBF) {
    bytes += 3;
    size -= 3;
  }
  if (size == 0) {
    info.GetReturnValue().SetEmptyString();
    return;
  }
  if (fatal && !IsValidUtf8(bytes, size)) return;
  // Each byte makes at most one UTF-16 code unit, so a size V8 can hold
  // fits an int.
  if (size > static_cast<size_t>(INT32_MAX)) {
    ThrowStringTooLong(isolate);
    return;
  }
  v8::Local<v8::String> text;
  if (!v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(bytes),
                               v8::NewStringType::kNormal,
                               static_cast<int>(size))
           .ToLocal(&text)) {
    ThrowStringTooLong(isolate);
    return;
  }
  info.GetReturnValue().Set(text);
}

// encoding.decodeUtf16(bytes, bigEndian, ignoreBOM, fatal): UTF-16LE or BE.
// Lone surrogates and an odd last byte become U+FFFD, or, when fatal, the
// result is undefined. A leading U+FEFF is removed unless ignoreBOM.
void DecodeUtf16(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ByteSource source;
  if (info.Length() < 1 || !source.Init(info[0])) {
    info.GetReturnValue().Set(false);
    return;
  }
  bool big_endian = info.Length() > 1 && info[1]->BooleanValue(isolate);
  bool ignore_bom = info.Length() > 2 && info[2]->BooleanValue(isolate);
  bool fatal = info.Length() > 3 && info[3]->BooleanValue(isolate);
  const uint8_t* bytes = source.data();
  size_t count = source.size() / 2;
  bool odd_byte = source.size() % 2 != 0;
  auto unit_at = [&](size_t index) -> uint16_t {
    const uint8_t* pair = bytes + 2 * index;
    return big_endian ? static_cast<uint16_t>(pair[0] << 8 | pair[1])
                      : static_cast<uint16_t>(pair[1] << 8 | pair[0]);
  };
  std::vector<uint16_t> units;
  units.reserve(count + (odd_byte ? 1 : 0));
  size_t i = 0;
  if (!ignore_bom && count > 0 && unit_at(0) == 0xFEFF) i = 1;
  for (; i < count; ++i) {
    uint16_t unit = unit_at(i);
    if (unit < 0xD800 || unit > 0xDFFF) {
      units.push_back(unit);
    } else if (unit <= 0xDBFF && i + 1 < count && unit_at(i + 1) >= 0xDC00 &&
               unit_at(i + 1) <= 0xDFFF) {
      units.push_back(unit);
      units.push_back(unit_at(++i));
    } else {
      if (fatal) return;
      units.push_back(kReplacementCharacter);
      // A lead surrogate cut off by the end, odd byte or not, is one error.
      if (unit <= 0xDBFF && i + 1 == count) odd_byte = false;
    }
  }
  if (odd_byte) {
    if (fatal) return;
    units.push_back(kReplacementCharacter);
  }
  ReturnTwoByte(info, units);
}

// windows-1252 bytes 0x80 to 0x9F; the others are their own code points.
constexpr uint16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// encoding.decodeWindows1252(bytes, isomorphic): every byte is one
// character, so there are no errors and no state. With `isomorphic`, each
// byte is the code point of the same value (the "isomorphic decode" atob
// ends with) instead.
void DecodeWindows1252(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ByteSource source;
  if (info.Length() < 1 || !source.Init(info[0])) {
    info.GetReturnValue().Set(false);
    return;
  }
  const uint8_t* bytes = source.data();
  size_t size = source.size();
  bool latin1 = true;
  bool isomorphic = info.Length() > 1 && info[1]->IsTrue();
  for (size_t i = 0; i < size && !isomorphic; ++i) {
    if (bytes[i] >= 0x80 && bytes[i] <= 0x9F) {
      latin1 = false;
      break;
    }
  }
  if (latin1) {
    if (size > static_cast<size_t>(v8::String::kMaxLength)) {
      ThrowStringTooLong(isolate);
      return;
    }
    v8::Local<v8::String> text;
    if (!v8::String::NewFromOneByte(isolate, bytes, v8::NewStringType::kNormal,
                                    static_cast<int>(size))
             .ToLocal(&text)) {
      ThrowStringTooLong(isolate);
      return;
    }
    info.GetReturnValue().Set(text);
    return;
  }
  std::vector<uint16_t> units(size);
  for (size_t i = 0; i < size; ++i) {
    uint8_t byte = bytes[i];
    units[i] =
        byte >= 0x80 && byte <= 0x9F ? kWindows1252High[byte - 0x80] : byte;
  }
  ReturnTwoByte(info, units);
}

constexpr NativeFunction kEncodingFunctions[] = {
    {"encodeUtf8", EncodeUtf8, 1},
    {"encodeIntoUtf8", EncodeIntoUtf8, 3},
    {"decodeUtf8", DecodeUtf8, 3},
    {"decodeUtf16", DecodeUtf16, 4},
    {"decodeWindows1252", DecodeWindows1252, 2},
};

}  // namespace

const NativeModule& EncodingModule() {
  static constexpr NativeModule kModule = {"encoding", kEncodingFunctions};
  return kModule;
}

}  // namespace thaw
