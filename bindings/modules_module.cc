// Native functions behind the CommonJS module loader.

#include "bindings/callback_support.h"
#include "bindings/isolate_state.h"
#include "bindings/native_module.h"
#include "external_sources/external_sources.h"
#include "js_parser/js_parser.h"
#include "v8_support/v8_platform.h"
#include "v8_support/v8_strings.h"

namespace thaw {
namespace {

// modules.compileFunction(source, filename, parameterNames[, lineOffset[,
// eager]]): compiles `source` as the body of a function with those
// parameters, with `filename` as its script name. Unlike wrapping the source
// in text, this keeps every line and column of the file exact for errors and
// stacks. A source that starts with lines of its own (an ES module's link
// step, see 76b_esm_transform.js) passes minus their number as
// `lineOffset`. `eager` compiles every function in it now instead of at its
// first call.
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 3 || info.Length() > 5 || !info[0]->IsString() ||
      !info[1]->IsString() || !info[2]->IsArray() ||
      (info.Length() >= 4 && !info[3]->IsInt32())) {
    ThrowTypeError(isolate,
                   "modules.compileFunction(source, filename, parameters[, "
                   "lineOffset[, eager]])");
    return;
  }
  int line_offset = info.Length() >= 4 ? info[3].As<v8::Int32>()->Value() : 0;
  bool eager = info.Length() == 5 && info[4]->IsTrue();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> names = info[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> parameters;
  for (uint32_t i = 0; i < names->Length(); ++i) {
    v8::Local<v8::Value> name;
    if (!names->Get(context, i).ToLocal(&name)) return;
    if (!name->IsString()) {
      ThrowTypeError(isolate, "parameter names must be strings");
      return;
    }
    parameters.push_back(name.As<v8::String>());
  }
  v8::ScriptOrigin origin(isolate, info[1], line_offset);
  // While a snapshot is built, a long source goes beside the heap (see
  // external_sources.h) before V8 makes it the script's source.
  IsolateState* state = GetIsolateState(isolate);
  if (state != nullptr && state->building_snapshot) {
    ExternalSources::Externalize(isolate, info[0].As<v8::String>());
  }
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  auto compile = [&] {
    return v8::ScriptCompiler::CompileFunction(
        context, &source, parameters.size(), parameters.data());
  };
  v8::Local<v8::Function> function;
  if ((eager ? V8Process::WithEagerCompilation(compile) : compile())
          .ToLocal(&function)) {
    info.GetReturnValue().Set(function);
  }
}

// modules.parserSource(): the source of the JavaScript parser the app
// builder runs (see js_parser.h), as a new string.
void ParserSource(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::String> source;
  if (NewString(info.GetIsolate(), AcornSource()).ToLocal(&source)) {
    info.GetReturnValue().Set(source);
  }
}

constexpr NativeFunction kModulesFunctions[] = {
    {"compileFunction", CompileFunction, 3},
    {"parserSource", ParserSource, 0},
};

}  // namespace

const NativeModule& ModulesModule() {
  static constexpr NativeModule kModule = {"modules", kModulesFunctions};
  return kModule;
}

}  // namespace thaw
