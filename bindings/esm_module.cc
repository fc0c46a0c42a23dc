// Native functions behind the ES module loader (stdlib_js/76_esm_loader.js),
// and the isolate's hooks for import() and import.meta.
//
// A compiled module is handed to JS as a "module wrap": a plain object whose
// one internal field holds the v8::Module. The loader keeps its records
// (file name, dependencies, status) in JS, so they and the modules they wrap
// are ordinary JS objects. (An app snapshot holds none: V8 10.2 cannot
// rehash a module's export table, see stdlib_js/76c_esm_app.js.)
//
// V8 asks the embedder about modules in three places: resolving a static
// import while linking, a dynamic import(), and the first use of
// import.meta. Each is answered by a JS hook the loader registers with
// esm.setHooks(); the hooks object lives on the global object under a
// private key, so it survives the snapshot too.

#include "bindings/callback_support.h"
#include "bindings/esm_hooks.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

constexpr int kModuleField = 0;

v8::Local<v8::Private> HooksKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(
      isolate, NewString(isolate, "thaw.esmHooks").ToLocalChecked());
}

// The loader's hook `name`, or empty with a pending exception.
v8::MaybeLocal<v8::Function> GetHook(v8::Local<v8::Context> context,
                                     const char* name) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> hooks;
  v8::Local<v8::Value> hook;
  if (!context->Global()
           ->GetPrivate(context, HooksKey(isolate))
           .ToLocal(&hooks)) {
    return {};
  }
  if (!hooks->IsObject() ||
      !hooks.As<v8::Object>()
           ->Get(context, NewString(isolate, name).ToLocalChecked())
           .ToLocal(&hook) ||
      !hook->IsFunction()) {
    if (!isolate->IsExecutionTerminating()) {
      ThrowError(isolate, "the ES module loader has not registered its hooks");
    }
    return {};
  }
  return hook.As<v8::Function>();
}

bool IsModuleWrap(v8::Local<v8::Value> value) {
  return value->IsObject() && value.As<v8::Object>()->InternalFieldCount() == 1;
}

v8::Local<v8::Module> Unwrap(v8::Local<v8::Value> wrap) {
  return wrap.As<v8::Object>()->GetInternalField(kModuleField).As<v8::Module>();
}

// Reads argument 0 as a module wrap; throws and returns false if it is not.
bool ModuleArgument(const v8::FunctionCallbackInfo<v8::Value>& info,
                    v8::Local<v8::Module>* module) {
  if (info.Length() < 1 || !IsModuleWrap(info[0])) {
    ThrowTypeError(info.GetIsolate(), "expected a module wrap");
    return false;
  }
  *module = Unwrap(info[0]);
  return true;
}

// The loader's record for `module`: hooks.recordsWithHash(hash) lists the
// records whose modules have that identity hash (hashes can collide), and
// the one wrapping this very module is picked here.
v8::MaybeLocal<v8::Object> FindRecord(v8::Local<v8::Context> context,
                                      v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> hook;
  if (!GetHook(context, "recordsWithHash").ToLocal(&hook)) return {};
  v8::Local<v8::Value> argv[] = {
      v8::Integer::New(isolate, module->GetIdentityHash())};
  v8::Local<v8::Value> result;
  if (!hook->Call(context, v8::Undefined(isolate), 1, argv).ToLocal(&result)) {
    return {};
  }
  if (result->IsArray()) {
    v8::Local<v8::Array> records = result.As<v8::Array>();
    v8::Local<v8::String> wrap_key =
        NewString(isolate, "wrap").ToLocalChecked();
    for (uint32_t i = 0; i < records->Length(); ++i) {
      v8::Local<v8::Value> record;
      v8::Local<v8::Value> wrap;
      if (!records->Get(context, i).ToLocal(&record)) return {};
      if (!record->IsObject() ||
          !record.As<v8::Object>()->Get(context, wrap_key).ToLocal(&wrap)) {
        continue;
      }
      if (IsModuleWrap(wrap) && Unwrap(wrap) == module) {
        return record.As<v8::Object>();
      }
    }
  }
  ThrowError(isolate, "the ES module loader has no record of a module");
  return {};
}

// Import assertions as a plain object: {type: 'json'}. Static requests list
// (key, value, location) triples, dynamic ones (key, value) pairs.
v8::Local<v8::Object> AssertionsObject(v8::Local<v8::Context> context,
                                       v8::Local<v8::FixedArray> assertions,
                                       int entry_size) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  for (int i = 0; i + 1 < assertions->Length(); i += entry_size) {
    v8::Local<v8::Value> key = assertions->Get(context, i).As<v8::Value>();
    v8::Local<v8::Value> value =
        assertions->Get(context, i + 1).As<v8::Value>();
    if (object->Set(context, key, value).IsNothing()) break;
  }
  return object;
}

// V8's ResolveModuleCallback: the module that `specifier` in `referrer`
// was linked to by the loader (hooks.resolveLinked(record, specifier)).
v8::MaybeLocal<v8::Module> ResolveLinked(
    v8::Local<v8::Context> context, v8::Local<v8::String> specifier,
    v8::Local<v8::FixedArray> /*import_assertions*/,
    v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> record;
  v8::Local<v8::Function> hook;
  if (!FindRecord(context, referrer).ToLocal(&record) ||
      !GetHook(context, "resolveLinked").ToLocal(&hook)) {
    return {};
  }
  v8::Local<v8::Value> argv[] = {record, specifier};
  v8::Local<v8::Value> wrap;
  if (!hook->Call(context, v8::Undefined(isolate), 2, argv).ToLocal(&wrap)) {
    return {};
  }
  if (!IsModuleWrap(wrap)) {
    ThrowError(isolate, "the ES module loader linked an import to no module");
    return {};
  }
  return Unwrap(wrap);
}

// import(specifier) anywhere: hooks.importDynamic(specifier, referrerName,
// assertions) returns the promise of the module's namespace.
v8::MaybeLocal<v8::Promise> ImportDynamically(
    v8::Local<v8::Context> context, v8::Local<v8::Data> /*host_options*/,
    v8::Local<v8::Value> resource_name, v8::Local<v8::String> specifier,
    v8::Local<v8::FixedArray> import_assertions) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> hook;
  if (!GetHook(context, "importDynamic").ToLocal(&hook)) return {};
  v8::Local<v8::Value> argv[] = {
      specifier, resource_name,
      AssertionsObject(context, import_assertions, 2)};
  v8::Local<v8::Value> promise;
  if (!hook->Call(context, v8::Undefined(isolate), 3, argv).ToLocal(&promise)) {
    return {};
  }
  if (!promise->IsPromise()) {
    ThrowError(isolate, "the ES module loader's import() gave no promise");
    return {};
  }
  return promise.As<v8::Promise>();
}

// The first use of import.meta in a module: hooks.initImportMeta(record,
// meta) fills it in (url, filename, dirname, resolve).
void InitializeImportMeta(v8::Local<v8::Context> context,
                          v8::Local<v8::Module> module,
                          v8::Local<v8::Object> meta) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> record;
  v8::Local<v8::Function> hook;
  if (!FindRecord(context, module).ToLocal(&record) ||
      !GetHook(context, "initImportMeta").ToLocal(&hook)) {
    return;
  }
  v8::Local<v8::Value> argv[] = {record, meta};
  v8::Local<v8::Value> ignored;
  // A failure leaves its exception pending for V8 to throw at import.meta.
  if (!hook->Call(context, v8::Undefined(isolate), 2, argv).ToLocal(&ignored)) {
    return;
  }
}

// esm.setHooks({explainLinkError, recordsWithHash, resolveLinked,
// importDynamic, initImportMeta}).
void SetHooks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 1 || !info[0]->IsObject()) {
    ThrowTypeError(isolate, "esm.setHooks(hooks)");
    return;
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  (void)context->Global()->SetPrivate(context, HooksKey(isolate), info[0]);
}

// Compiles `source` as an ES module named `url` and wraps it. Empty with a
// pending exception (the SyntaxError of bad source).
v8::MaybeLocal<v8::Object> CompileToWrap(v8::Isolate* isolate,
                                         v8::Local<v8::String> source_text,
                                         v8::Local<v8::Value> url) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::ScriptOrigin origin(isolate, url, 0, 0, false, -1, v8::Local<v8::Value>(),
                          false, false,
                          /*is_module=*/true);
  v8::ScriptCompiler::Source source(source_text, origin);
  v8::Local<v8::Module> module;
  if (!v8::ScriptCompiler::CompileModule(isolate, &source).ToLocal(&module)) {
    return {};
  }
  v8::Local<v8::ObjectTemplate> wrap_template =
      v8::ObjectTemplate::New(isolate);
  wrap_template->SetInternalFieldCount(1);
  v8::Local<v8::Object> wrap;
  if (!wrap_template->NewInstance(context).ToLocal(&wrap)) return {};
  wrap->SetInternalFieldForNodeCore(kModuleField, module);
  return wrap;
}

// esm.compile(source, url): compiles an ES module with `url` as its script
// name, and returns its wrap. Throws the SyntaxError of bad source.
void Compile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 2 || !info[0]->IsString() || !info[1]->IsString()) {
    ThrowTypeError(isolate, "esm.compile(source, url)");
    return;
  }
  v8::Local<v8::Object> wrap;
  if (CompileToWrap(isolate, info[0].As<v8::String>(), info[1])
          .ToLocal(&wrap)) {
    info.GetReturnValue().Set(wrap);
  }
}

// esm.requests(wrap): the module's static imports in source order, as
// [specifier, assertions] pairs.
void Requests(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Module> module;
  if (!ModuleArgument(info, &module)) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  v8::Local<v8::Array> result = v8::Array::New(isolate, requests->Length());
  for (int i = 0; i < requests->Length(); ++i) {
    v8::Local<v8::ModuleRequest> request =
        requests->Get(context, i).As<v8::ModuleRequest>();
    v8::Local<v8::Value> pair[] = {
        request->GetSpecifier(),
        AssertionsObject(context, request->GetImportAssertions(), 3)};
    if (result->Set(context, i, v8::Array::New(isolate, pair, 2)).IsNothing()) {
      return;
    }
  }
  info.GetReturnValue().Set(result);
}

// esm.instantiate(wrap): links the module graph (hooks.resolveLinked
// answers each import). Throws on a missing export.
void Instantiate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Module> module;
  if (!ModuleArgument(info, &module)) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::TryCatch try_catch(isolate);
  bool ignored;
  if (module->InstantiateModule(context, ResolveLinked).To(&ignored)) {
    info.GetReturnValue().Set(true);
    return;
  }
  if (!try_catch.HasCaught() || try_catch.HasTerminated()) return;
  // hooks.explainLinkError may improve the message in place; the error is
  // then thrown on with its original location (the import that failed).
  v8::Local<v8::Function> hook;
  v8::Local<v8::Value> exception = try_catch.Exception();
  if (GetHook(context, "explainLinkError").ToLocal(&hook)) {
    v8::TryCatch hook_try_catch(isolate);
    v8::Local<v8::Value> ignored_result;
    (void)hook->Call(context, v8::Undefined(isolate), 1, &exception)
        .ToLocal(&ignored_result);
  }
  try_catch.ReThrow();
}

// esm.evaluate(wrap): evaluates the module and what it imports; returns the
// promise V8 gives (settled already unless the graph awaits).
void Evaluate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Module> module;
  if (!ModuleArgument(info, &module)) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Value> result;
  if (module->Evaluate(context).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

// esm.status(wrap): V8's v8::Module::Status as a number (0 uninstantiated
// ... 4 evaluated, 5 errored).
void Status(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Module> module;
  if (!ModuleArgument(info, &module)) return;
  info.GetReturnValue().Set(static_cast<int>(module->GetStatus()));
}

// esm.exception(wrap): what an errored module threw.
void Exception(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Module> module;
  if (!ModuleArgument(info, &module)) return;
  if (module->GetStatus() == v8::Module::kErrored) {
    info.GetReturnValue().Set(module->GetException());
  }
}

// esm.namespace(wrap): the module namespace object (linked modules only).
void Namespace(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Module> module;
  if (!ModuleArgument(info, &module)) return;
  if (module->GetStatus() < v8::Module::kInstantiated) {
    ThrowError(info.GetIsolate(), "the module is not linked yet");
    return;
  }
  info.GetReturnValue().Set(module->GetModuleNamespace());
}

// esm.identityHash(wrap): the key hooks.recordsWithHash is asked with.
void IdentityHash(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Module> module;
  if (!ModuleArgument(info, &module)) return;
  info.GetReturnValue().Set(module->GetIdentityHash());
}

// esm.isGraphAsync(wrap): whether the module or one it imports uses
// top-level await (then require() cannot load it).
void IsGraphAsync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Module> module;
  if (!ModuleArgument(info, &module)) return;
  if (module->GetStatus() < v8::Module::kInstantiated) {
    ThrowError(info.GetIsolate(), "the module is not linked yet");
    return;
  }
  info.GetReturnValue().Set(module->IsGraphAsync());
}

constexpr NativeFunction kEsmFunctions[] = {
    {"setHooks", SetHooks, 1},         {"compile", Compile, 2},
    {"requests", Requests, 1},         {"instantiate", Instantiate, 1},
    {"evaluate", Evaluate, 1},         {"status", Status, 1},
    {"exception", Exception, 1},       {"namespace", Namespace, 1},
    {"identityHash", IdentityHash, 1}, {"isGraphAsync", IsGraphAsync, 1},
};

}  // namespace

void InstallEsmHostHooks(v8::Isolate* isolate) {
  isolate->SetHostImportModuleDynamicallyCallback(ImportDynamically);
  isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
}

const NativeModule& EsmModule() {
  static constexpr NativeModule kModule = {"esm", kEsmFunctions};
  return kModule;
}

}  // namespace thaw
