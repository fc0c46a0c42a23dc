// Native functions that let util.inspect see what JavaScript cannot: a
// promise's state, a proxy's target and handler, the entries of collection
// iterators and weak collections, and V8's idea of an object's constructor.
// They read without side effects: no getter, trap or iterator step runs.

#include "bindings/callback_support.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

// util.getPromiseDetails(promise): [state, result], state 0 pending,
// 1 fulfilled, 2 rejected (result only when settled); undefined for
// anything else.
void GetPromiseDetails(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() != 1 || !info[0]->IsPromise()) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Promise> promise = info[0].As<v8::Promise>();
  v8::Promise::PromiseState state = promise->State();
  v8::Local<v8::Value> values[2] = {
      v8::Integer::New(isolate, static_cast<int>(state)),
      state == v8::Promise::kPending ? v8::Undefined(isolate).As<v8::Value>()
                                     : promise->Result()};
  info.GetReturnValue().Set(
      v8::Array::New(isolate, values, state == v8::Promise::kPending ? 1 : 2));
}

// util.getProxyDetails(value, withHandler): undefined if value is not a
// proxy; else [target, handler] (withHandler) or target. A revoked proxy
// has a null target.
void GetProxyDetails(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1 || !info[0]->IsProxy()) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Proxy> proxy = info[0].As<v8::Proxy>();
  if (info.Length() > 1 && info[1]->IsTrue()) {
    v8::Local<v8::Value> values[2] = {proxy->GetTarget(), proxy->GetHandler()};
    info.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
  } else {
    info.GetReturnValue().Set(proxy->GetTarget());
  }
}

// util.previewEntries(object): [entries, isKeyValue] for Map and Set
// iterators and weak collections (key-value entries come flattened:
// k1, v1, k2, v2...); undefined for anything else.
void PreviewEntries(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1 || !info[0]->IsObject()) return;
  v8::Isolate* isolate = info.GetIsolate();
  bool is_key_value = false;
  v8::Local<v8::Array> entries;
  if (!info[0]
           .As<v8::Object>()
           ->PreviewEntries(&is_key_value)
           .ToLocal(&entries)) {
    return;
  }
  v8::Local<v8::Value> values[2] = {entries,
                                    v8::Boolean::New(isolate, is_key_value)};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

// util.getOwnNonIndexProperties(object, onlyEnumerable): own string and
// symbol keys that are not array indices, without walking the indices: for
// huge arrays this is what keeps inspect fast.
void GetOwnNonIndexProperties(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() != 2 || !info[0]->IsObject()) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::PropertyFilter filter =
      info[1]->IsTrue() ? v8::ONLY_ENUMERABLE : v8::ALL_PROPERTIES;
  v8::Local<v8::Array> names;
  if (info[0]
          .As<v8::Object>()
          ->GetPropertyNames(isolate->GetCurrentContext(),
                             v8::KeyCollectionMode::kOwnOnly, filter,
                             v8::IndexFilter::kSkipIndices,
                             v8::KeyConversionMode::kKeepNumbers)
          .ToLocal(&names)) {
    info.GetReturnValue().Set(names);
  }
}

// util.getConstructorName(object): V8's class name for the object, which
// needs no `constructor` property.
void GetConstructorName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() != 1 || !info[0]->IsObject()) return;
  info.GetReturnValue().Set(info[0].As<v8::Object>()->GetConstructorName());
}

constexpr NativeFunction kUtilFunctions[] = {
    {"getPromiseDetails", GetPromiseDetails, 1},
    {"getProxyDetails", GetProxyDetails, 2},
    {"previewEntries", PreviewEntries, 1},
    {"getOwnNonIndexProperties", GetOwnNonIndexProperties, 2},
    {"getConstructorName", GetConstructorName, 1},
};

}  // namespace

const NativeModule& UtilModule() {
  static constexpr NativeModule kModule = {"util", kUtilFunctions};
  return kModule;
}

}  // namespace thaw
