// Native functions behind node:v8 (stdlib_js/86_v8.js): V8's value
// serializer in the byte layout Node's v8.serialize uses, and the isolate's
// heap statistics.
//
// Node's serializer writes every ArrayBufferView as a host object: a
// varint type index into the list below (a Buffer has its own), the view's
// byte length, then its bytes; so do these. Views come back over a copy of
// their bytes (Node's may share the serialized buffer when aligned). (Node 20's
// V8 writes format version 15; V8 10.2 writes 13, and refuses to read versions
// newer than its own.)

#include <cstdlib>
#include <cstring>
#include <memory>

#include "bindings/callback_support.h"
#include "bindings/native_module.h"
#include "v8-value-serializer.h"

namespace thaw {
namespace {

// The host object type indexes, in Node's order.
enum ViewType : uint32_t {
  kInt8Array,
  kUint8Array,
  kUint8ClampedArray,
  kInt16Array,
  kUint16Array,
  kInt32Array,
  kUint32Array,
  kFloat32Array,
  kFloat64Array,
  kDataView,
  // A Uint8Array whose prototype is Buffer's.
  kBuffer,
  kBigInt64Array,
  kBigUint64Array,
  kViewTypeCount,
};

uint32_t ViewTypeOf(v8::Local<v8::ArrayBufferView> view,
                    v8::Local<v8::Value> buffer_prototype) {
  if (view->IsInt8Array()) return kInt8Array;
  if (view->IsUint8Array()) {
    return view->GetPrototype() == buffer_prototype ? kBuffer : kUint8Array;
  }
  if (view->IsUint8ClampedArray()) return kUint8ClampedArray;
  if (view->IsInt16Array()) return kInt16Array;
  if (view->IsUint16Array()) return kUint16Array;
  if (view->IsInt32Array()) return kInt32Array;
  if (view->IsUint32Array()) return kUint32Array;
  if (view->IsFloat32Array()) return kFloat32Array;
  if (view->IsFloat64Array()) return kFloat64Array;
  if (view->IsBigInt64Array()) return kBigInt64Array;
  if (view->IsBigUint64Array()) return kBigUint64Array;
  return kDataView;
}

size_t ElementSize(uint32_t type) {
  switch (type) {
    case kInt16Array:
    case kUint16Array:
      return 2;
    case kInt32Array:
    case kUint32Array:
    case kFloat32Array:
      return 4;
    case kFloat64Array:
    case kBigInt64Array:
    case kBigUint64Array:
      return 8;
    default:
      return 1;
  }
}

v8::Local<v8::Value> MakeView(v8::Local<v8::ArrayBuffer> buffer, uint32_t type,
                              size_t length) {
  switch (type) {
    case kInt8Array:
      return v8::Int8Array::New(buffer, 0, length);
    case kUint8Array:
    case kBuffer:
      return v8::Uint8Array::New(buffer, 0, length);
    case kUint8ClampedArray:
      return v8::Uint8ClampedArray::New(buffer, 0, length);
    case kInt16Array:
      return v8::Int16Array::New(buffer, 0, length);
    case kUint16Array:
      return v8::Uint16Array::New(buffer, 0, length);
    case kInt32Array:
      return v8::Int32Array::New(buffer, 0, length);
    case kUint32Array:
      return v8::Uint32Array::New(buffer, 0, length);
    case kFloat32Array:
      return v8::Float32Array::New(buffer, 0, length);
    case kFloat64Array:
      return v8::Float64Array::New(buffer, 0, length);
    case kBigInt64Array:
      return v8::BigInt64Array::New(buffer, 0, length);
    case kBigUint64Array:
      return v8::BigUint64Array::New(buffer, 0, length);
    default:
      return v8::DataView::New(buffer, 0, length);
  }
}

// Errors are plain Errors, as Node's ("() => {} could not be cloned.").
class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  SerializerDelegate(v8::Isolate* isolate,
                     v8::Local<v8::Value> buffer_prototype)
      : isolate_(isolate), buffer_prototype_(buffer_prototype) {}
  void set_serializer(v8::ValueSerializer* serializer) {
    serializer_ = serializer;
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    isolate_->ThrowException(v8::Exception::Error(message));
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate,
                                  v8::Local<v8::Object> object) override {
    if (!object->IsArrayBufferView()) {
      v8::Local<v8::String> message;
      if (NewString(isolate, "#<" +
                                 ToUtf8(isolate, object->GetConstructorName()) +
                                 "> could not be cloned.")
              .ToLocal(&message)) {
        ThrowDataCloneError(message);
      }
      return v8::Nothing<bool>();
    }
    v8::Local<v8::ArrayBufferView> view = object.As<v8::ArrayBufferView>();
    size_t length = view->ByteLength();
    std::unique_ptr<char[]> bytes(new char[length == 0 ? 1 : length]);
    view->CopyContents(bytes.get(), length);
    serializer_->WriteUint32(ViewTypeOf(view, buffer_prototype_));
    serializer_->WriteUint32(static_cast<uint32_t>(length));
    serializer_->WriteRawBytes(bytes.get(), length);
    return v8::Just(true);
  }

  // A SharedArrayBuffer or WebAssembly module cannot leave the process.
  v8::Maybe<uint32_t> GetSharedArrayBufferId(
      v8::Isolate* isolate, v8::Local<v8::SharedArrayBuffer>) override {
    ThrowError(isolate, "#<SharedArrayBuffer> could not be cloned.");
    return v8::Nothing<uint32_t>();
  }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Value> buffer_prototype_;
  v8::ValueSerializer* serializer_ = nullptr;
};

class DeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  DeserializerDelegate(v8::Local<v8::Context> context,
                       v8::Local<v8::Value> buffer_prototype)
      : context_(context), buffer_prototype_(buffer_prototype) {}
  void set_deserializer(v8::ValueDeserializer* deserializer) {
    deserializer_ = deserializer;
  }

  // A view of a copy of its bytes, so that it is aligned for its type; a
  // Buffer comes back as a Buffer.
  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t type = 0;
    uint32_t length = 0;
    const void* bytes = nullptr;
    if (!deserializer_->ReadUint32(&type) ||
        !deserializer_->ReadUint32(&length) || type >= kViewTypeCount ||
        length % ElementSize(type) != 0 ||
        !deserializer_->ReadRawBytes(length, &bytes)) {
      ThrowError(isolate, "Unable to deserialize cloned data.");
      return {};
    }
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
    if (length > 0) std::memcpy(buffer->Data(), bytes, length);
    v8::Local<v8::Object> view =
        MakeView(buffer, type, length / ElementSize(type)).As<v8::Object>();
    if (type == kBuffer && buffer_prototype_->IsObject() &&
        view->SetPrototype(context_, buffer_prototype_).IsNothing()) {
      return {};
    }
    return view;
  }

 private:
  v8::Local<v8::Context> context_;
  v8::Local<v8::Value> buffer_prototype_;
  v8::ValueDeserializer* deserializer_ = nullptr;
};

// v8.serialize(value, bufferPrototype): the bytes as an ArrayBuffer.
void Serialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  SerializerDelegate delegate(isolate, info[1]);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.set_serializer(&serializer);
  serializer.SetTreatArrayBufferViewsAsHostObjects(true);
  serializer.WriteHeader();
  bool written;
  if (!serializer.WriteValue(context, info[0]).To(&written) || !written) {
    return;
  }
  // The ArrayBuffer takes over the serializer's malloc'd memory, uncopied.
  std::pair<uint8_t*, size_t> released = serializer.Release();
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      released.first, released.second,
      [](void* data, size_t, void*) { std::free(data); }, nullptr);
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// v8.deserialize(view, bufferPrototype): the value the bytes of `view`
// hold (checked by the caller to be an ArrayBufferView).
void Deserialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 2 || !info[0]->IsArrayBufferView()) {
    ThrowTypeError(isolate, "v8.deserialize(view, bufferPrototype)");
    return;
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  // Read in place: deserializing runs no JS that could change the bytes,
  // and host objects copy what they keep.
  const uint8_t* bytes =
      static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  DeserializerDelegate delegate(context, info[1]);
  v8::ValueDeserializer deserializer(isolate, bytes, view->ByteLength(),
                                     &delegate);
  delegate.set_deserializer(&deserializer);
  bool header_read;
  if (!deserializer.ReadHeader(context).To(&header_read) || !header_read) {
    return;
  }
  v8::Local<v8::Value> result;
  if (deserializer.ReadValue(context).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

// v8.heapStatistics(): v8::HeapStatistics' numbers, in the order of Node's
// v8.getHeapStatistics() keys (stdlib_js/86_v8.js names them).
void HeapStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  double values[] = {
      static_cast<double>(stats.total_heap_size()),
      static_cast<double>(stats.total_heap_size_executable()),
      static_cast<double>(stats.total_physical_size()),
      static_cast<double>(stats.total_available_size()),
      static_cast<double>(stats.used_heap_size()),
      static_cast<double>(stats.heap_size_limit()),
      static_cast<double>(stats.malloced_memory()),
      static_cast<double>(stats.peak_malloced_memory()),
      static_cast<double>(stats.does_zap_garbage()),
      static_cast<double>(stats.number_of_native_contexts()),
      static_cast<double>(stats.number_of_detached_contexts()),
      static_cast<double>(stats.total_global_handles_size()),
      static_cast<double>(stats.used_global_handles_size()),
      static_cast<double>(stats.external_memory()),
  };
  constexpr int kCount = sizeof(values) / sizeof(values[0]);
  v8::Local<v8::Value> numbers[kCount];
  for (int i = 0; i < kCount; ++i) {
    numbers[i] = v8::Number::New(isolate, values[i]);
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, numbers, kCount));
}

// v8.cachedDataVersionTag(): what V8 stamps code caches with.
void CachedDataVersionTag(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(v8::Integer::NewFromUnsigned(
      info.GetIsolate(), v8::ScriptCompiler::CachedDataVersionTag()));
}

constexpr NativeFunction kV8Functions[] = {
    {"serialize", Serialize, 2},
    {"deserialize", Deserialize, 2},
    {"heapStatistics", HeapStatistics, 0},
    {"cachedDataVersionTag", CachedDataVersionTag, 0},
};

}  // namespace

const NativeModule& V8Module() {
  static constexpr NativeModule kModule = {"v8", kV8Functions};
  return kModule;
}

}  // namespace thaw
