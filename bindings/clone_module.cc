// Native structured clone: V8's ValueSerializer writes a value into bytes and
// ValueDeserializer reads them back, in one call. The JS side
// (stdlib_js/50_structured_clone.js) validates the options and the transfer
// list and supplies the function that makes DataCloneError DOMExceptions.

#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bindings/callback_support.h"
#include "bindings/native_module.h"
#include "v8-value-serializer.h"
#include "v8-wasm.h"

namespace thaw {
namespace {

// Serializing side. DataCloneErrors become whatever `make_error(message)`
// returns (a DOMException named DataCloneError); SharedArrayBuffers and
// WebAssembly modules are passed by identity to the deserializing side, which
// lives in the same isolate. They are held in Globals because the handles V8
// passes die with its own handle scope when WriteValue returns; the Globals
// die with the delegate, at the end of the call.
class CloneSerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  CloneSerializerDelegate(v8::Isolate* isolate, v8::Local<v8::Context> context,
                          v8::Local<v8::Function> make_error)
      : isolate_(isolate), context_(context), make_error_(make_error) {}

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> argv[] = {message};
    v8::Local<v8::Value> error;
    // When make_error itself throws, its exception is the one that stays.
    if (make_error_->Call(context_, v8::Undefined(isolate_), 1, argv)
            .ToLocal(&error)) {
      isolate_->ThrowException(error);
    }
  }

  // thaw has no host objects yet: every object V8 calls one is unclonable.
  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate,
                                  v8::Local<v8::Object> object) override {
    v8::Local<v8::String> message;
    std::string text = "#<" + ToUtf8(isolate, object->GetConstructorName()) +
                       "> could not be cloned.";
    if (NewString(isolate, text).ToLocal(&message)) {
      ThrowDataCloneError(message);
    }
    return v8::Nothing<bool>();
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(
      v8::Isolate* isolate,
      v8::Local<v8::SharedArrayBuffer> shared_array_buffer) override {
    return v8::Just(IdOf(&shared_array_buffers_, shared_array_buffer));
  }

  v8::Maybe<uint32_t> GetWasmModuleTransferId(
      v8::Isolate* isolate, v8::Local<v8::WasmModuleObject> module) override {
    return v8::Just(IdOf(&wasm_modules_, module));
  }

  const std::vector<v8::Global<v8::SharedArrayBuffer>>& shared_array_buffers()
      const {
    return shared_array_buffers_;
  }
  const std::vector<v8::Global<v8::WasmModuleObject>>& wasm_modules() const {
    return wasm_modules_;
  }

 private:
  // The same object always gets the same id, as V8 requires.
  template <typename T>
  uint32_t IdOf(std::vector<v8::Global<T>>* list, v8::Local<T> value) {
    for (size_t i = 0; i < list->size(); ++i) {
      if ((*list)[i] == value) return static_cast<uint32_t>(i);
    }
    list->emplace_back(isolate_, value);
    return static_cast<uint32_t>(list->size() - 1);
  }

  v8::Isolate* isolate_;
  v8::Local<v8::Context> context_;
  v8::Local<v8::Function> make_error_;
  std::vector<v8::Global<v8::SharedArrayBuffer>> shared_array_buffers_;
  std::vector<v8::Global<v8::WasmModuleObject>> wasm_modules_;
};

// Deserializing side: a cloned SharedArrayBuffer is a new object over the same
// memory; a cloned WebAssembly module shares the compiled module.
class CloneDeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit CloneDeserializerDelegate(const CloneSerializerDelegate& source)
      : source_(source) {}

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(
      v8::Isolate* isolate, uint32_t clone_id) override {
    if (clone_id >= source_.shared_array_buffers().size()) {
      ThrowError(isolate, "structuredClone: unknown SharedArrayBuffer id");
      return {};
    }
    return v8::SharedArrayBuffer::New(isolate,
                                      source_.shared_array_buffers()[clone_id]
                                          .Get(isolate)
                                          ->GetBackingStore());
  }

  v8::MaybeLocal<v8::WasmModuleObject> GetWasmModuleFromId(
      v8::Isolate* isolate, uint32_t transfer_id) override {
    if (transfer_id >= source_.wasm_modules().size()) {
      ThrowError(isolate, "structuredClone: unknown WebAssembly.Module id");
      return {};
    }
    return v8::WasmModuleObject::FromCompiledModule(
        isolate,
        source_.wasm_modules()[transfer_id].Get(isolate)->GetCompiledModule());
  }

 private:
  const CloneSerializerDelegate& source_;
};

struct FreeDeleter {
  void operator()(uint8_t* data) const { std::free(data); }
};

// clone.structuredClone(value, transfer, makeDataCloneError): a structured
// clone of value. transfer is an array of distinct ArrayBuffers (checked by
// the caller); each is detached once the value has been serialized, and its
// memory moves to the clone. makeDataCloneError(message) returns the
// exception to throw for an unclonable value. On any failure nothing is
// detached.
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 3 || !info[1]->IsArray() || !info[2]->IsFunction()) {
    ThrowTypeError(isolate,
                   "clone.structuredClone(value, transfer, makeDataCloneError) "
                   "needs an array and a function");
    return;
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> transfer_list = info[1].As<v8::Array>();
  std::vector<v8::Local<v8::ArrayBuffer>> transfers;
  for (uint32_t i = 0; i < transfer_list->Length(); ++i) {
    v8::Local<v8::Value> item;
    if (!transfer_list->Get(context, i).ToLocal(&item)) return;
    if (!item->IsArrayBuffer()) {
      ThrowTypeError(isolate,
                     "clone.structuredClone: transfer holds only "
                     "ArrayBuffers");
      return;
    }
    // A buffer that cannot be detached (a WebAssembly.Memory's) is copied.
    if (item.As<v8::ArrayBuffer>()->IsDetachable()) {
      transfers.push_back(item.As<v8::ArrayBuffer>());
    }
  }

  CloneSerializerDelegate serializer_delegate(isolate, context,
                                              info[2].As<v8::Function>());
  std::unique_ptr<uint8_t, FreeDeleter> data;
  size_t size = 0;
  {
    v8::ValueSerializer serializer(isolate, &serializer_delegate);
    serializer.WriteHeader();
    for (size_t i = 0; i < transfers.size(); ++i) {
      serializer.TransferArrayBuffer(static_cast<uint32_t>(i), transfers[i]);
    }
    bool written;
    if (!serializer.WriteValue(context, info[0]).To(&written) || !written) {
      return;
    }
    std::pair<uint8_t*, size_t> released = serializer.Release();
    data.reset(released.first);
    size = released.second;
  }

  // Serialization succeeded: the transferred memory moves to new buffers.
  std::vector<v8::Local<v8::ArrayBuffer>> received;
  received.reserve(transfers.size());
  for (v8::Local<v8::ArrayBuffer> buffer : transfers) {
    std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
    buffer->Detach();
    received.push_back(v8::ArrayBuffer::New(isolate, std::move(store)));
  }

  CloneDeserializerDelegate deserializer_delegate(serializer_delegate);
  v8::ValueDeserializer deserializer(isolate, data.get(), size,
                                     &deserializer_delegate);
  for (size_t i = 0; i < received.size(); ++i) {
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i), received[i]);
  }
  bool header_read;
  if (!deserializer.ReadHeader(context).To(&header_read) || !header_read) {
    return;
  }
  v8::Local<v8::Value> result;
  if (deserializer.ReadValue(context).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

constexpr NativeFunction kCloneFunctions[] = {
    {"structuredClone", StructuredClone, 3},
};

}  // namespace

const NativeModule& CloneModule() {
  static constexpr NativeModule kModule = {"clone", kCloneFunctions};
  return kModule;
}

}  // namespace thaw
