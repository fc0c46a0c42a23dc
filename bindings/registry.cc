#include "bindings/registry.h"

#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "external_sources/external_sources.h"
#include "v8_support/v8_strings.h"

// V8's own callbacks behind module namespace objects (`import * as ns`,
// import(), require() of an ES module): each export of a namespace is an
// accessor whose getter and setter are these. V8 10.2 does not list them
// among the references it knows, because it never expected namespaces in a
// snapshot; thaw's app snapshots hold them, so thaw lists them itself. They
// are exported by libnode under these (mangled) names.
void V8ModuleNamespaceEntryGetter(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Value>& info) asm(
    "_ZN2v88internal9Accessors26ModuleNamespaceEntryGetterENS_"
    "5LocalINS_"
    "4NameEEERKNS_20PropertyCallbackInfoINS_5ValueEEE");
void V8ModuleNamespaceEntrySetter(v8::Local<v8::Name> name, v8::Local<v8::Value> value, const v8::PropertyCallbackInfo<v8::Boolean>& info) asm(
    "_ZN2v88internal9Accessors26ModuleNamespaceEntrySetterENS_"
    "5LocalINS_"
    "4NameEEENS2_INS_5ValueEEERKNS_20PropertyCallbackInfoINS_"
    "7BooleanEEE");

namespace thaw {
namespace {

struct V8InternalReference {
  const char* name;
  intptr_t address;
};

const V8InternalReference kV8InternalReferences[] = {
    {"v8.ModuleNamespaceEntryGetter",
     reinterpret_cast<intptr_t>(&V8ModuleNamespaceEntryGetter)},
    {"v8.ModuleNamespaceEntrySetter",
     reinterpret_cast<intptr_t>(&V8ModuleNamespaceEntrySetter)},
};

}  // namespace

absl::Span<const NativeModule* const> NativeModules() {
  // One module a line, in the order their objects appear on `binding`.
  // clang-format off
  static const NativeModule* const kModules[] = {
      &IoModule(),
      &IdnaModule(),
      &CloneModule(),
      &CryptoModule(),
      &HashModule(),
      &ZlibModule(),
      &EncodingModule(),
      &BufferModule(),
      &LoopModule(),
      &ProcessModule(),
      &ThawModule(),
      &UtilModule(),
      &FsModule(),
      &FsAsyncModule(),
      &ModulesModule(),
      &EsmModule(),
      &OsModule(),
      &ChildProcessModule(),
      &TypesModule(),
      &V8Module(),
  };
  // clang-format on
  return kModules;
}

const intptr_t* ExternalReferences() {
  static const std::vector<intptr_t>* references = [] {
    auto* list = new std::vector<intptr_t>();
    absl::flat_hash_set<intptr_t> seen;
    for (const NativeModule* module : NativeModules()) {
      for (const NativeFunction& function : module->functions) {
        intptr_t address = reinterpret_cast<intptr_t>(function.callback);
        // A callback shared by two names is registered once: V8 looks
        // references up by address.
        if (seen.insert(address).second) list->push_back(address);
      }
    }
    for (const V8InternalReference& reference : kV8InternalReferences) {
      if (seen.insert(reference.address).second) {
        list->push_back(reference.address);
      }
    }
    ExternalSources::AppendReferences(list);
    list->push_back(0);
    return list;
  }();
  return references->data();
}

std::string DescribeExternalReferences() {
  std::string description;
  for (const NativeModule* module : NativeModules()) {
    for (const NativeFunction& function : module->functions) {
      absl::StrAppend(&description, module->name, ".", function.name, "/",
                      function.arity, "\n");
    }
  }
  for (const V8InternalReference& reference : kV8InternalReferences) {
    absl::StrAppend(&description, reference.name, "\n");
  }
  absl::StrAppend(&description, ExternalSources::DescribeReferences());
  return description;
}

v8::MaybeLocal<v8::Object> CreateBindingObject(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Object> binding = v8::Object::New(isolate);
  for (const NativeModule* module : NativeModules()) {
    v8::Local<v8::Object> module_object = v8::Object::New(isolate);
    for (const NativeFunction& function : module->functions) {
      v8::Local<v8::String> name;
      v8::Local<v8::Function> value;
      if (!NewString(isolate, function.name).ToLocal(&name) ||
          !v8::Function::New(context, function.callback, v8::Local<v8::Value>(),
                             function.arity, v8::ConstructorBehavior::kThrow)
               .ToLocal(&value)) {
        return {};
      }
      value->SetName(name);
      if (module_object->Set(context, name, value).IsNothing()) return {};
    }
    v8::Local<v8::String> module_name;
    if (!NewString(isolate, module->name).ToLocal(&module_name) ||
        binding->Set(context, module_name, module_object).IsNothing()) {
      return {};
    }
  }
  return scope.Escape(binding);
}

}  // namespace thaw
