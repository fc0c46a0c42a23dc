// Native functions behind Buffer (stdlib_js/46_buffer.js): the byte loops
// of its string encodings, where JS would be slow. UTF-8 decoding and
// latin1 decoding come from the encoding module (encoding_module.cc).
//
// Every function takes a Uint8Array and a byte range the JS side has already
// checked; none keeps state between calls.
//
//   buffer.byteLengthUtf8(string)                        -> bytes
//   buffer.writeUtf8|writeLatin1|writeUcs2|writeHex|writeBase64(
//       string, u8, offset, maxLength)                   -> bytes written
//   buffer.hexSlice|base64Slice|base64urlSlice|ucs2Slice|asciiSlice(
//       u8, start, end)                                  -> string

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "bindings/callback_support.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

// The writable bytes of a Uint8Array argument.
struct Bytes {
  uint8_t* data = nullptr;
  size_t size = 0;
};

bool GetBytes(v8::Local<v8::Value> value, Bytes* out) {
  if (!value->IsUint8Array()) return false;
  v8::Local<v8::Uint8Array> view = value.As<v8::Uint8Array>();
  out->size = view->ByteLength();
  if (out->size == 0) return true;
  // Buffer() makes a small typed array's contents live off V8's heap.
  out->data = static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  return true;
}

// Reads (u8, start, end) into bytes [start, end), clamped to the view.
bool GetRange(const v8::FunctionCallbackInfo<v8::Value>& info,
              const uint8_t** data, size_t* size) {
  v8::Isolate* isolate = info.GetIsolate();
  Bytes bytes;
  if (info.Length() < 3 || !GetBytes(info[0], &bytes) || !info[1]->IsNumber() ||
      !info[2]->IsNumber()) {
    ThrowTypeError(isolate, "buffer slice functions need (u8, start, end)");
    return false;
  }
  double start = info[1].As<v8::Number>()->Value();
  double end = info[2].As<v8::Number>()->Value();
  if (!(start >= 0)) start = 0;
  if (end > static_cast<double>(bytes.size)) end = static_cast<double>(bytes.size);
  if (!(end > start)) end = start = 0;
  *data = bytes.data + static_cast<size_t>(start);
  *size = static_cast<size_t>(end) - static_cast<size_t>(start);
  return true;
}

// Reads (string, u8, offset, maxLength) into a destination of at most
// maxLength bytes at offset.
bool GetWriteArgs(const v8::FunctionCallbackInfo<v8::Value>& info,
                  v8::Local<v8::String>* text, uint8_t** dest, size_t* capacity) {
  v8::Isolate* isolate = info.GetIsolate();
  Bytes bytes;
  if (info.Length() < 4 || !info[0]->IsString() || !GetBytes(info[1], &bytes) ||
      !info[2]->IsNumber() || !info[3]->IsNumber()) {
    ThrowTypeError(isolate,
                   "buffer write functions need (string, u8, offset, length)");
    return false;
  }
  *text = info[0].As<v8::String>();
  double offset = info[2].As<v8::Number>()->Value();
  double length = info[3].As<v8::Number>()->Value();
  if (!(offset >= 0) || offset > static_cast<double>(bytes.size)) {
    offset = static_cast<double>(bytes.size);
  }
  double room = static_cast<double>(bytes.size) - offset;
  if (!(length >= 0)) length = 0;
  if (length > room) length = room;
  *dest = bytes.data + static_cast<size_t>(offset);
  *capacity = static_cast<size_t>(length);
  return true;
}

void ReturnOneByte(const v8::FunctionCallbackInfo<v8::Value>& info,
                   const uint8_t* chars, size_t size) {
  v8::Isolate* isolate = info.GetIsolate();
  if (size == 0) {
    info.GetReturnValue().SetEmptyString();
    return;
  }
  v8::Local<v8::String> text;
  if (size > static_cast<size_t>(v8::String::kMaxLength) ||
      !v8::String::NewFromOneByte(isolate, chars, v8::NewStringType::kNormal,
                                  static_cast<int>(size))
           .ToLocal(&text)) {
    ThrowError(isolate, "Cannot create a string longer than 0x1fffffe8 characters");
    return;
  }
  info.GetReturnValue().Set(text);
}

// Calls body(chars, length) with the string's characters: one-byte strings
// are copied as bytes, others as two-byte units (V8 flattens them first).
template <typename Body>
void WithChars(v8::Isolate* isolate, v8::Local<v8::String> text, Body body) {
  size_t length = static_cast<size_t>(text->Length());
  if (text->IsOneByte()) {
    std::vector<uint8_t> chars(length);
    if (length > 0) {
      text->WriteOneByte(isolate, chars.data(), 0, static_cast<int>(length),
                         v8::String::NO_NULL_TERMINATION);
    }
    body(chars.data(), length);
  } else {
    std::vector<uint16_t> units(length);
    if (length > 0) {
      text->Write(isolate, units.data(), 0, static_cast<int>(length),
                  v8::String::NO_NULL_TERMINATION);
    }
    body(units.data(), length);
  }
}

void ByteLengthUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 1 || !info[0]->IsString()) {
    ThrowTypeError(isolate, "buffer.byteLengthUtf8(string) needs a string");
    return;
  }
  info.GetReturnValue().Set(info[0].As<v8::String>()->Utf8Length(isolate));
}

// Whole characters only, lone surrogates as U+FFFD, as Node writes.
void WriteUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text;
  uint8_t* dest;
  size_t capacity;
  if (!GetWriteArgs(info, &text, &dest, &capacity)) return;
  int written = 0;
  if (capacity > 0 && text->Length() > 0) {
    int limit = capacity > static_cast<size_t>(INT32_MAX) ? INT32_MAX
                                                          : static_cast<int>(capacity);
    written = text->WriteUtf8(
        isolate, reinterpret_cast<char*>(dest), limit, nullptr,
        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  info.GetReturnValue().Set(written);
}

// Each code unit's low byte (latin1, binary and ascii writes).
void WriteLatin1(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text;
  uint8_t* dest;
  size_t capacity;
  if (!GetWriteArgs(info, &text, &dest, &capacity)) return;
  size_t count = std::min(capacity, static_cast<size_t>(text->Length()));
  if (count > 0) {
    text->WriteOneByte(isolate, dest, 0, static_cast<int>(count),
                       v8::String::NO_NULL_TERMINATION);
  }
  info.GetReturnValue().Set(static_cast<double>(count));
}

void WriteUcs2(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text;
  uint8_t* dest;
  size_t capacity;
  if (!GetWriteArgs(info, &text, &dest, &capacity)) return;
  size_t count = std::min(capacity / 2, static_cast<size_t>(text->Length()));
  if (count > 0) {
    std::vector<uint16_t> units(count);
    text->Write(isolate, units.data(), 0, static_cast<int>(count),
                v8::String::NO_NULL_TERMINATION);
    for (size_t i = 0; i < count; ++i) {
      dest[2 * i] = static_cast<uint8_t>(units[i]);
      dest[2 * i + 1] = static_cast<uint8_t>(units[i] >> 8);
    }
  }
  info.GetReturnValue().Set(static_cast<double>(count * 2));
}

int HexValue(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Pairs of hex digits up to the first pair that is not one, as Node does.
void WriteHex(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text;
  uint8_t* dest;
  size_t capacity;
  if (!GetWriteArgs(info, &text, &dest, &capacity)) return;
  size_t written = 0;
  WithChars(isolate, text, [&](const auto* chars, size_t length) {
    for (size_t i = 0; i + 1 < length && written < capacity; i += 2) {
      int high = HexValue(chars[i]);
      int low = HexValue(chars[i + 1]);
      if (high < 0 || low < 0) break;
      dest[written++] = static_cast<uint8_t>(high << 4 | low);
    }
  });
  info.GetReturnValue().Set(static_cast<double>(written));
}

// Character -> 6-bit value in either alphabet, or -1.
struct Base64Table {
  int8_t values[256];
  constexpr Base64Table() : values() {
    for (int i = 0; i < 256; ++i) values[i] = -1;
    for (int i = 0; i < 26; ++i) {
      values['A' + i] = static_cast<int8_t>(i);
      values['a' + i] = static_cast<int8_t>(26 + i);
    }
    for (int i = 0; i < 10; ++i) values['0' + i] = static_cast<int8_t>(52 + i);
    values['+'] = values['-'] = 62;
    values['/'] = values['_'] = 63;
  }
};
constexpr Base64Table kBase64Table;

// Both alphabets; other characters are skipped; '=' ends the input
// (Node's base64_decode_group_slow).
void WriteBase64(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text;
  uint8_t* dest;
  size_t capacity;
  if (!GetWriteArgs(info, &text, &dest, &capacity)) return;
  size_t written = 0;
  WithChars(isolate, text, [&](const auto* chars, size_t length) {
    uint32_t bits = 0;
    int bit_count = 0;
    for (size_t i = 0; i < length; ++i) {
      uint32_t c = chars[i];
      if (c == '=') break;
      int value = c < 256 ? kBase64Table.values[c] : -1;
      if (value < 0) continue;
      bits = (bits << 6) | static_cast<uint32_t>(value);
      bit_count += 6;
      if (bit_count >= 8) {
        bit_count -= 8;
        if (written >= capacity) break;
        dest[written++] = static_cast<uint8_t>(bits >> bit_count);
      }
    }
  });
  info.GetReturnValue().Set(static_cast<double>(written));
}

void HexSlice(const v8::FunctionCallbackInfo<v8::Value>& info) {
  const uint8_t* data;
  size_t size;
  if (!GetRange(info, &data, &size)) return;
  static const char kDigits[] = "0123456789abcdef";
  std::string out(size * 2, '\0');
  for (size_t i = 0; i < size; ++i) {
    out[2 * i] = kDigits[data[i] >> 4];
    out[2 * i + 1] = kDigits[data[i] & 15];
  }
  ReturnOneByte(info, reinterpret_cast<const uint8_t*>(out.data()), out.size());
}

void Base64SliceWith(const v8::FunctionCallbackInfo<v8::Value>& info, bool url) {
  const uint8_t* data;
  size_t size;
  if (!GetRange(info, &data, &size)) return;
  const char* alphabet =
      url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
          : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out((size + 2) / 3 * 4, '\0');
  size_t o = 0;
  size_t i = 0;
  for (; i + 2 < size; i += 3) {
    uint32_t triple = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
    out[o++] = alphabet[triple >> 18];
    out[o++] = alphabet[(triple >> 12) & 63];
    out[o++] = alphabet[(triple >> 6) & 63];
    out[o++] = alphabet[triple & 63];
  }
  if (i < size) {
    uint32_t pair = data[i] << 8 | (i + 1 < size ? data[i + 1] : 0);
    out[o++] = alphabet[pair >> 10];
    out[o++] = alphabet[(pair >> 4) & 63];
    if (i + 1 < size) {
      out[o++] = alphabet[(pair << 2) & 63];
    } else if (!url) {
      out[o++] = '=';
    }
    if (!url) out[o++] = '=';
  }
  out.resize(o);
  ReturnOneByte(info, reinterpret_cast<const uint8_t*>(out.data()), out.size());
}

void Base64Slice(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Base64SliceWith(info, false);
}

void Base64urlSlice(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Base64SliceWith(info, true);
}

void AsciiSlice(const v8::FunctionCallbackInfo<v8::Value>& info) {
  const uint8_t* data;
  size_t size;
  if (!GetRange(info, &data, &size)) return;
  std::vector<uint8_t> out(data, data + size);
  for (uint8_t& byte : out) byte &= 0x7F;
  ReturnOneByte(info, out.data(), out.size());
}

// Little-endian code units as they are, lone surrogates too; an odd last
// byte is dropped.
void Ucs2Slice(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  const uint8_t* data;
  size_t size;
  if (!GetRange(info, &data, &size)) return;
  size_t count = size / 2;
  if (count == 0) {
    info.GetReturnValue().SetEmptyString();
    return;
  }
  std::vector<uint16_t> units(count);
  for (size_t i = 0; i < count; ++i) {
    units[i] = static_cast<uint16_t>(data[2 * i] | data[2 * i + 1] << 8);
  }
  v8::Local<v8::String> text;
  if (count > static_cast<size_t>(v8::String::kMaxLength) ||
      !v8::String::NewFromTwoByte(isolate, units.data(), v8::NewStringType::kNormal,
                                  static_cast<int>(count))
           .ToLocal(&text)) {
    ThrowError(isolate, "Cannot create a string longer than 0x1fffffe8 characters");
    return;
  }
  info.GetReturnValue().Set(text);
}

constexpr NativeFunction kBufferFunctions[] = {
    {"byteLengthUtf8", ByteLengthUtf8, 1},
    {"writeUtf8", WriteUtf8, 4},
    {"writeLatin1", WriteLatin1, 4},
    {"writeUcs2", WriteUcs2, 4},
    {"writeHex", WriteHex, 4},
    {"writeBase64", WriteBase64, 4},
    {"hexSlice", HexSlice, 3},
    {"base64Slice", Base64Slice, 3},
    {"base64urlSlice", Base64urlSlice, 3},
    {"asciiSlice", AsciiSlice, 3},
    {"ucs2Slice", Ucs2Slice, 3},
};

}  // namespace

const NativeModule& BufferModule() {
  static constexpr NativeModule kModule = {"buffer", kBufferFunctions};
  return kModule;
}

}  // namespace thaw
