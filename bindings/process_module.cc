// Native functions behind the `process` object.

#include <time.h>

#include "bindings/callback_support.h"
#include "bindings/isolate_state.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

// process.argv's contents, as a new array of strings.
void Argv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  IsolateState* state = GetIsolateState(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> array =
      v8::Array::New(isolate, static_cast<int>(state->argv.size()));
  for (size_t i = 0; i < state->argv.size(); ++i) {
    v8::Local<v8::String> value;
    if (!NewString(isolate, state->argv[i]).ToLocal(&value) ||
        array->Set(context, static_cast<uint32_t>(i), value).IsNothing()) {
      return;
    }
  }
  info.GetReturnValue().Set(array);
}

// process.reallyExit(code): records the exit code and stops all JS at once;
// the embedder sees the termination and exits with that code.
void ReallyExit(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  IsolateState* state = GetIsolateState(isolate);
  if (state->building_snapshot) {
    ThrowError(isolate,
               "process.exit() cannot be called while building a snapshot");
    return;
  }
  if (info.Length() != 1 || !info[0]->IsInt32()) {
    ThrowTypeError(isolate, "process.reallyExit(code) needs an integer code");
    return;
  }
  state->exit_code = info[0].As<v8::Int32>()->Value();
  isolate->TerminateExecution();
}

// process.hrtimeNanoseconds(): CLOCK_MONOTONIC in nanoseconds, as a BigInt.
void HrtimeNanoseconds(const v8::FunctionCallbackInfo<v8::Value>& info) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  uint64_t nanoseconds = static_cast<uint64_t>(now.tv_sec) * 1000000000u +
                         static_cast<uint64_t>(now.tv_nsec);
  info.GetReturnValue().Set(
      v8::BigInt::NewFromUnsigned(info.GetIsolate(), nanoseconds));
}

constexpr NativeFunction kProcessFunctions[] = {
    {"hrtimeNanoseconds", HrtimeNanoseconds, 0},
    {"argv", Argv, 0},
    {"reallyExit", ReallyExit, 1},
};

}  // namespace

const NativeModule& ProcessModule() {
  static constexpr NativeModule kModule = {"process", kProcessFunctions};
  return kModule;
}

}  // namespace thaw
