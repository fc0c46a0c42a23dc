// util.types: one native per V8 Value::IsXxx() check. Each takes one value
// and answers true or false; none runs JavaScript (no getter, no trap).

#include "bindings/callback_support.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

// Declares a callback named Check<Predicate> answering value->Predicate().
#define THAW_TYPE_CHECK(Predicate)                                      \
  void Check##Predicate(const v8::FunctionCallbackInfo<v8::Value>& info) { \
    info.GetReturnValue().Set(info.Length() > 0 && info[0]->Predicate()); \
  }

THAW_TYPE_CHECK(IsExternal)
THAW_TYPE_CHECK(IsDate)
THAW_TYPE_CHECK(IsArgumentsObject)
THAW_TYPE_CHECK(IsBigIntObject)
THAW_TYPE_CHECK(IsBooleanObject)
THAW_TYPE_CHECK(IsNumberObject)
THAW_TYPE_CHECK(IsStringObject)
THAW_TYPE_CHECK(IsSymbolObject)
THAW_TYPE_CHECK(IsNativeError)
THAW_TYPE_CHECK(IsRegExp)
THAW_TYPE_CHECK(IsAsyncFunction)
THAW_TYPE_CHECK(IsGeneratorFunction)
THAW_TYPE_CHECK(IsGeneratorObject)
THAW_TYPE_CHECK(IsPromise)
THAW_TYPE_CHECK(IsMap)
THAW_TYPE_CHECK(IsSet)
THAW_TYPE_CHECK(IsMapIterator)
THAW_TYPE_CHECK(IsSetIterator)
THAW_TYPE_CHECK(IsWeakMap)
THAW_TYPE_CHECK(IsWeakSet)
THAW_TYPE_CHECK(IsArrayBuffer)
THAW_TYPE_CHECK(IsDataView)
THAW_TYPE_CHECK(IsSharedArrayBuffer)
THAW_TYPE_CHECK(IsProxy)
THAW_TYPE_CHECK(IsModuleNamespaceObject)
THAW_TYPE_CHECK(IsArrayBufferView)
THAW_TYPE_CHECK(IsTypedArray)
THAW_TYPE_CHECK(IsUint8Array)
THAW_TYPE_CHECK(IsUint8ClampedArray)
THAW_TYPE_CHECK(IsUint16Array)
THAW_TYPE_CHECK(IsUint32Array)
THAW_TYPE_CHECK(IsInt8Array)
THAW_TYPE_CHECK(IsInt16Array)
THAW_TYPE_CHECK(IsInt32Array)
THAW_TYPE_CHECK(IsFloat32Array)
THAW_TYPE_CHECK(IsFloat64Array)
THAW_TYPE_CHECK(IsBigInt64Array)
THAW_TYPE_CHECK(IsBigUint64Array)

#undef THAW_TYPE_CHECK

// A number, string, boolean, bigint or symbol wrapped in an object.
void CheckIsBoxedPrimitive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1) return info.GetReturnValue().Set(false);
  v8::Local<v8::Value> value = info[0];
  info.GetReturnValue().Set(value->IsNumberObject() || value->IsStringObject() ||
                            value->IsBooleanObject() || value->IsBigIntObject() ||
                            value->IsSymbolObject());
}

// An ArrayBuffer or a SharedArrayBuffer.
void CheckIsAnyArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info.Length() > 0 && (info[0]->IsArrayBuffer() ||
                                                  info[0]->IsSharedArrayBuffer()));
}

constexpr NativeFunction kTypesFunctions[] = {
    {"isExternal", CheckIsExternal, 1},
    {"isDate", CheckIsDate, 1},
    {"isArgumentsObject", CheckIsArgumentsObject, 1},
    {"isBigIntObject", CheckIsBigIntObject, 1},
    {"isBooleanObject", CheckIsBooleanObject, 1},
    {"isNumberObject", CheckIsNumberObject, 1},
    {"isStringObject", CheckIsStringObject, 1},
    {"isSymbolObject", CheckIsSymbolObject, 1},
    {"isBoxedPrimitive", CheckIsBoxedPrimitive, 1},
    {"isNativeError", CheckIsNativeError, 1},
    {"isRegExp", CheckIsRegExp, 1},
    {"isAsyncFunction", CheckIsAsyncFunction, 1},
    {"isGeneratorFunction", CheckIsGeneratorFunction, 1},
    {"isGeneratorObject", CheckIsGeneratorObject, 1},
    {"isPromise", CheckIsPromise, 1},
    {"isMap", CheckIsMap, 1},
    {"isSet", CheckIsSet, 1},
    {"isMapIterator", CheckIsMapIterator, 1},
    {"isSetIterator", CheckIsSetIterator, 1},
    {"isWeakMap", CheckIsWeakMap, 1},
    {"isWeakSet", CheckIsWeakSet, 1},
    {"isArrayBuffer", CheckIsArrayBuffer, 1},
    {"isDataView", CheckIsDataView, 1},
    {"isSharedArrayBuffer", CheckIsSharedArrayBuffer, 1},
    {"isAnyArrayBuffer", CheckIsAnyArrayBuffer, 1},
    {"isProxy", CheckIsProxy, 1},
    {"isModuleNamespaceObject", CheckIsModuleNamespaceObject, 1},
    {"isArrayBufferView", CheckIsArrayBufferView, 1},
    {"isTypedArray", CheckIsTypedArray, 1},
    {"isUint8Array", CheckIsUint8Array, 1},
    {"isUint8ClampedArray", CheckIsUint8ClampedArray, 1},
    {"isUint16Array", CheckIsUint16Array, 1},
    {"isUint32Array", CheckIsUint32Array, 1},
    {"isInt8Array", CheckIsInt8Array, 1},
    {"isInt16Array", CheckIsInt16Array, 1},
    {"isInt32Array", CheckIsInt32Array, 1},
    {"isFloat32Array", CheckIsFloat32Array, 1},
    {"isFloat64Array", CheckIsFloat64Array, 1},
    {"isBigInt64Array", CheckIsBigInt64Array, 1},
    {"isBigUint64Array", CheckIsBigUint64Array, 1},
};

}  // namespace

const NativeModule& TypesModule() {
  static constexpr NativeModule kModule = {"types", kTypesFunctions};
  return kModule;
}

}  // namespace thaw
