// Native functions behind node:zlib (stdlib_js/83b_zlib.js): incremental
// deflate and inflate with the system's zlib (libz.so.1, the copy libnode
// already loads), and crc32.
//
// A stream in progress is a z_stream. JS holds it as a handle: an
// ArrayBuffer whose backing store is this file's ZlibState, freed by the
// backing store's deleter when V8 collects the ArrayBuffer (or at once by
// zlibClose). As in hash_module.cc, no v8::Global or weak callback is
// involved, so a handle alive while a snapshot is built does not abort the
// builder; the snapshot copies the ArrayBuffer's bytes into a new
// allocation that is not in this process's set of live states, so a handle
// restored from a snapshot is refused with an error instead of being
// dereferenced.
//
// Errors are thrown the way Node shapes them: an Error whose message is
// zlib's own (or Node's wording where zlib gives none), with `errno` (zlib's
// return code) and `code` (its Z_* name).

#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "bindings/callback_support.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

// Node's mode numbers (zlib.constants.DEFLATE ... UNZIP).
enum Mode : int {
  kDeflate = 1,
  kInflate = 2,
  kGzip = 3,
  kGunzip = 4,
  kDeflateRaw = 5,
  kInflateRaw = 6,
  kUnzip = 7,
};

struct ZlibState {
  z_stream stream;
  // What the stream was asked to be; kUnzip becomes kGunzip or kInflate
  // once the first bytes show which it is.
  int mode = 0;
  // True between a successful deflateInit2/inflateInit2 and its End.
  bool open = false;
  std::vector<uint8_t> dictionary;
  // For kUnzip: how many bytes of gzip's two-byte magic number were seen.
  int gzip_magic_seen = 0;
};

bool IsDeflate(int mode) {
  return mode == kDeflate || mode == kGzip || mode == kDeflateRaw;
}

// Every ZlibState this process has made and not yet freed. Deleters of
// backing stores may run on V8's background threads, hence the mutex.
std::mutex& LiveStatesMutex() {
  static std::mutex* mutex = new std::mutex();
  return *mutex;
}

absl::flat_hash_set<const ZlibState*>& LiveStates() {
  static auto* states = new absl::flat_hash_set<const ZlibState*>();
  return *states;
}

void EndStream(ZlibState* state) {
  if (!state->open) return;
  if (IsDeflate(state->mode)) {
    deflateEnd(&state->stream);
  } else {
    inflateEnd(&state->stream);
  }
  state->open = false;
}

void DeleteState(void* data, size_t, void*) {
  auto* state = static_cast<ZlibState*>(data);
  {
    std::lock_guard<std::mutex> lock(LiveStatesMutex());
    LiveStates().erase(state);
  }
  EndStream(state);
  delete state;
}

// Hands `state` to a new ArrayBuffer that owns it from then on.
v8::Local<v8::ArrayBuffer> NewHandle(v8::Isolate* isolate, ZlibState* state) {
  {
    std::lock_guard<std::mutex> lock(LiveStatesMutex());
    LiveStates().insert(state);
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      state, sizeof(ZlibState), DeleteState, nullptr);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

// The state behind a handle from NewHandle, or null (with an exception
// thrown) for anything else, including a handle restored from a snapshot.
ZlibState* StateOf(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsArrayBuffer()) {
    auto* state = static_cast<ZlibState*>(value.As<v8::ArrayBuffer>()->Data());
    std::lock_guard<std::mutex> lock(LiveStatesMutex());
    if (state != nullptr && LiveStates().contains(state)) return state;
  }
  ThrowError(isolate,
             "this zlib stream was used while a snapshot was built: its zlib "
             "state does not carry over into a running process");
  return nullptr;
}

// StateOf, for a stream that must not have been closed; throws and returns
// null if it has.
ZlibState* OpenStateOf(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  ZlibState* state = StateOf(isolate, value);
  if (state != nullptr && !state->open) {
    ThrowError(isolate, "zlib binding closed");
    return nullptr;
  }
  return state;
}

const char* CodeName(int code) {
  switch (code) {
    case Z_OK:
      return "Z_OK";
    case Z_STREAM_END:
      return "Z_STREAM_END";
    case Z_NEED_DICT:
      return "Z_NEED_DICT";
    case Z_ERRNO:
      return "Z_ERRNO";
    case Z_STREAM_ERROR:
      return "Z_STREAM_ERROR";
    case Z_DATA_ERROR:
      return "Z_DATA_ERROR";
    case Z_MEM_ERROR:
      return "Z_MEM_ERROR";
    case Z_BUF_ERROR:
      return "Z_BUF_ERROR";
    case Z_VERSION_ERROR:
      return "Z_VERSION_ERROR";
    default:
      return nullptr;
  }
}

// Throws Error(message) with `errno` and `code`, in that order, as Node's
// zlib errors have them. zlib's own message, when it set one, wins over
// `fallback`.
void ThrowZlibError(v8::Isolate* isolate, const ZlibState* state,
                    const char* fallback, int code) {
  const char* message = state != nullptr && state->stream.msg != nullptr
                            ? state->stream.msg
                            : fallback;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> text;
  v8::Local<v8::String> errno_key;
  v8::Local<v8::String> code_key;
  if (!NewString(isolate, message).ToLocal(&text) ||
      !NewString(isolate, "errno").ToLocal(&errno_key) ||
      !NewString(isolate, "code").ToLocal(&code_key)) {
    return;
  }
  v8::Local<v8::Object> error = v8::Exception::Error(text).As<v8::Object>();
  error->Set(context, errno_key, v8::Integer::New(isolate, code)).Check();
  const char* name = CodeName(code);
  v8::Local<v8::String> name_value;
  if (name != nullptr && NewString(isolate, name).ToLocal(&name_value)) {
    error->Set(context, code_key, name_value).Check();
  }
  isolate->ThrowException(error);
}

int Int32Arg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  v8::Local<v8::Value> value = info[index];
  return value->IsInt32() ? value.As<v8::Int32>()->Value() : 0;
}

// Sets the preset dictionary where zlib takes it up front: deflate and raw
// modes. zlib and gzip streams name theirs in the header, so inflate sets
// it when asked (Z_NEED_DICT); gzip has no dictionary at all.
int ApplyDictionary(ZlibState* state) {
  if (state->dictionary.empty()) return Z_OK;
  const auto size = static_cast<uInt>(state->dictionary.size());
  switch (state->mode) {
    case kDeflate:
    case kDeflateRaw:
      return deflateSetDictionary(&state->stream, state->dictionary.data(),
                                  size);
    case kInflateRaw:
      return inflateSetDictionary(&state->stream, state->dictionary.data(),
                                  size);
    default:
      return Z_OK;
  }
}

// zlibCreate(mode, level, windowBits, memLevel, strategy, dictionary): a
// handle for a new stream. The JS side has checked every option's range;
// windowBits is Node's (8 to 15, or 0 for "from the header" when
// inflating) and is turned into zlib's encoding of the format here.
void ZlibCreate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int mode = Int32Arg(info, 0);
  if (info.Length() != 6 || mode < kDeflate || mode > kUnzip) {
    ThrowTypeError(isolate,
                   "zlibCreate(mode, level, windowBits, memLevel, strategy, "
                   "dictionary) needs a mode from 1 to 7");
    return;
  }
  int level = Int32Arg(info, 1);
  int window_bits = Int32Arg(info, 2);
  int mem_level = Int32Arg(info, 3);
  int strategy = Int32Arg(info, 4);
  auto state = std::make_unique<ZlibState>();
  memset(&state->stream, 0, sizeof(state->stream));
  state->mode = mode;
  if (!info[5]->IsUndefined()) {
    uint8_t* bytes = nullptr;
    size_t size = 0;
    if (!BufferSourceBytes(info[5], &bytes, &size)) {
      ThrowTypeError(isolate, "zlibCreate: the dictionary must be bytes");
      return;
    }
    if (bytes != nullptr) state->dictionary.assign(bytes, bytes + size);
  }
  switch (mode) {
    case kGzip:
    case kGunzip:
      window_bits += 16;
      break;
    case kUnzip:
      window_bits += 32;
      break;
    case kDeflateRaw:
      // zlib refuses a raw 256-byte window (it has a bug with it), where
      // Node's bundled zlib quietly uses 512 bytes: so does thaw. Any
      // inflater whose window is at least as large reads the result.
      window_bits = window_bits == 8 ? -9 : -window_bits;
      break;
    case kInflateRaw:
      window_bits = -window_bits;
      break;
    default:
      break;
  }
  int result = IsDeflate(mode) ? deflateInit2(&state->stream, level, Z_DEFLATED,
                                              window_bits, mem_level, strategy)
                               : inflateInit2(&state->stream, window_bits);
  if (result != Z_OK) {
    ThrowZlibError(isolate, state.get(), "Init error", result);
    return;
  }
  state->open = true;
  result = ApplyDictionary(state.get());
  if (result != Z_OK) {
    ThrowZlibError(isolate, state.get(), "Failed to set dictionary", result);
    EndStream(state.get());
    return;
  }
  info.GetReturnValue().Set(NewHandle(isolate, state.release()));
}

// For kUnzip: looks at the next input bytes for gzip's magic number, and
// settles the mode once they show it (or show that it is not there).
void DetectFormat(ZlibState* state) {
  z_stream& stream = state->stream;
  for (uInt i = 0; state->mode == kUnzip && i < stream.avail_in; ++i) {
    const uint8_t expected = state->gzip_magic_seen == 0 ? 0x1f : 0x8b;
    if (stream.next_in[i] != expected) {
      state->mode = kInflate;
    } else if (++state->gzip_magic_seen == 2) {
      state->mode = kGunzip;
    }
  }
}

// Resets a stream to its state right after creation, dictionary included.
int ResetStream(ZlibState* state) {
  int result = IsDeflate(state->mode) ? deflateReset(&state->stream)
                                      : inflateReset(&state->stream);
  if (result != Z_OK) return result;
  return ApplyDictionary(state);
}

// One inflate step with what Node adds around zlib's: the preset
// dictionary when a zlib stream asks for one, and gzip files of several
// members (each a complete gzip stream; zero bytes after a member are
// padding and ignored).
int InflateStep(ZlibState* state, int flush) {
  z_stream& stream = state->stream;
  if (state->mode == kUnzip) DetectFormat(state);
  int result = inflate(&stream, flush);
  if (result == Z_NEED_DICT && !state->dictionary.empty() &&
      state->mode != kInflateRaw) {
    result = inflateSetDictionary(&stream, state->dictionary.data(),
                                  static_cast<uInt>(state->dictionary.size()));
    if (result == Z_OK) {
      result = inflate(&stream, flush);
    } else if (result == Z_DATA_ERROR) {
      // The stream wants another dictionary: "Bad dictionary" below.
      result = Z_NEED_DICT;
    }
  }
  while (result == Z_STREAM_END && state->mode == kGunzip &&
         stream.avail_in > 0 && stream.next_in[0] != 0) {
    result = ResetStream(state);
    if (result != Z_OK) return result;
    result = inflate(&stream, flush);
  }
  return result;
}

// The bytes `value` (an ArrayBuffer or view) covers from `offset`, for
// `length` bytes; false if that range is not inside it.
bool ByteRange(v8::Local<v8::Value> value, v8::Local<v8::Value> offset_value,
               v8::Local<v8::Value> length_value, uint8_t** data,
               size_t* length) {
  static uint8_t nothing = 0;
  uint8_t* bytes = nullptr;
  size_t size = 0;
  if (!BufferSourceBytes(value, &bytes, &size) || !offset_value->IsUint32() ||
      !length_value->IsUint32()) {
    return false;
  }
  size_t offset = offset_value.As<v8::Uint32>()->Value();
  *length = length_value.As<v8::Uint32>()->Value();
  if (offset > size || *length > size - offset) return false;
  *data = bytes == nullptr ? &nothing : bytes + offset;
  return true;
}

// zlibWrite(handle, flush, input, inOffset, inLength, output, outOffset,
// outLength, results): runs deflate or inflate once over the input range
// into the output range. Writes the input and output bytes left unused to
// results[0] and results[1] (a Uint32Array). Throws zlib's error, shaped as
// Node's, when the data is bad, or when flushing with Z_FINISH ends before
// the stream does ("unexpected end of file").
void ZlibWrite(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ZlibState* state = StateOf(isolate, info[0]);
  if (state == nullptr) return;
  uint8_t* input;
  size_t input_length;
  uint8_t* output;
  size_t output_length;
  uint8_t* results_bytes = nullptr;
  size_t results_size = 0;
  if (info.Length() != 9 || !info[1]->IsInt32() ||
      !ByteRange(info[2], info[3], info[4], &input, &input_length) ||
      !ByteRange(info[5], info[6], info[7], &output, &output_length) ||
      !info[8]->IsUint32Array() ||
      !BufferSourceBytes(info[8], &results_bytes, &results_size) ||
      results_size < 2 * sizeof(uint32_t)) {
    ThrowTypeError(isolate,
                   "zlibWrite(handle, flush, input, inOffset, inLength, "
                   "output, outOffset, outLength, results) needs ranges inside "
                   "their buffers");
    return;
  }
  if (!state->open) {
    ThrowError(isolate, "zlib binding closed");
    return;
  }
  const int flush = info[1].As<v8::Int32>()->Value();
  z_stream& stream = state->stream;
  stream.next_in = input;
  stream.avail_in = static_cast<uInt>(input_length);
  stream.next_out = output;
  stream.avail_out = static_cast<uInt>(output_length);
  int result = IsDeflate(state->mode) ? deflate(&stream, flush)
                                      : InflateStep(state, flush);
  uint32_t left[2] = {stream.avail_in, stream.avail_out};
  memcpy(results_bytes, left, sizeof(left));
  switch (result) {
    case Z_OK:
    case Z_BUF_ERROR:
      // Room for output left while finishing means the input ran out
      // before the end of the compressed stream.
      if (stream.avail_out != 0 && flush == Z_FINISH) {
        ThrowZlibError(isolate, state, "unexpected end of file", Z_BUF_ERROR);
      }
      break;
    case Z_STREAM_END:
      break;
    case Z_NEED_DICT:
      ThrowZlibError(
          isolate, state,
          state->dictionary.empty() ? "Missing dictionary" : "Bad dictionary",
          Z_NEED_DICT);
      break;
    default:
      ThrowZlibError(isolate, state, "Zlib error", result);
      break;
  }
}

// zlibParams(handle, level, strategy): changes a deflate stream's level
// and strategy. The JS side flushes first, so zlib needs no output room.
void ZlibParams(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ZlibState* state = OpenStateOf(isolate, info[0]);
  if (state == nullptr) return;
  if (!IsDeflate(state->mode)) return;
  int result =
      deflateParams(&state->stream, Int32Arg(info, 1), Int32Arg(info, 2));
  if (result != Z_OK && result != Z_BUF_ERROR) {
    ThrowZlibError(isolate, state, "Failed to set parameters", result);
  }
}

// zlibReset(handle): starts the stream over, as if just created.
void ZlibReset(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ZlibState* state = OpenStateOf(isolate, info[0]);
  if (state == nullptr) return;
  int result = ResetStream(state);
  if (result != Z_OK) {
    ThrowZlibError(isolate, state, "Failed to reset stream", result);
  }
}

// zlibClose(handle): frees zlib's memory now rather than when V8 collects
// the handle. Closing twice, or a handle from a snapshot, does nothing.
void ZlibClose(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsArrayBuffer()) return;
  auto* state = static_cast<ZlibState*>(info[0].As<v8::ArrayBuffer>()->Data());
  {
    std::lock_guard<std::mutex> lock(LiveStatesMutex());
    if (state == nullptr || !LiveStates().contains(state)) return;
  }
  EndStream(state);
}

// crc32(data, value): the CRC-32 of a string's UTF-8 or of an ArrayBuffer's
// or view's bytes, continuing from `value` (a uint32, checked by JS).
void Crc32(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string storage;
  const uint8_t* data = nullptr;
  size_t size = 0;
  if (info[0]->IsString()) {
    storage = ToUtf8(isolate, info[0]);
    data = reinterpret_cast<const uint8_t*>(storage.data());
    size = storage.size();
  } else {
    uint8_t* bytes = nullptr;
    if (!BufferSourceBytes(info[0], &bytes, &size)) {
      ThrowTypeError(isolate, "crc32(data, value) needs a string or bytes");
      return;
    }
    data = bytes;
  }
  uLong crc = info[1]->IsUint32() ? info[1].As<v8::Uint32>()->Value() : 0;
  if (size > 0) crc = crc32_z(crc, data, size);
  info.GetReturnValue().Set(
      v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(crc)));
}

// zlibVersion(): [ZLIB_VERNUM of the headers thaw was built with, the
// version string of the library loaded].
void ZlibVersion(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> version;
  if (!NewString(isolate, zlibVersion()).ToLocal(&version)) return;
  v8::Local<v8::Value> values[] = {v8::Integer::New(isolate, ZLIB_VERNUM),
                                   version};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

constexpr NativeFunction kZlibFunctions[] = {
    {"zlibCreate", ZlibCreate, 6},   {"zlibWrite", ZlibWrite, 9},
    {"zlibParams", ZlibParams, 3},   {"zlibReset", ZlibReset, 1},
    {"zlibClose", ZlibClose, 1},     {"crc32", Crc32, 2},
    {"zlibVersion", ZlibVersion, 0},
};

}  // namespace

const NativeModule& ZlibModule() {
  static constexpr NativeModule kModule = {"zlib", kZlibFunctions};
  return kModule;
}

}  // namespace thaw
