// Native functions behind the `process` object.

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "bindings/callback_support.h"
#include "bindings/isolate_state.h"
#include "bindings/native_module.h"
#include "bindings/system_error.h"
#include "clock/monotonic_clock.h"

extern char** environ;

namespace thaw {
namespace {

void ReturnString(const v8::FunctionCallbackInfo<v8::Value>& info,
                  absl::string_view text) {
  v8::Local<v8::String> value;
  if (NewString(info.GetIsolate(), text).ToLocal(&value)) {
    info.GetReturnValue().Set(value);
  }
}

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

void Argv0(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ReturnString(info, GetIsolateState(info.GetIsolate())->argv0);
}

void ExecPath(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ReturnString(info, GetIsolateState(info.GetIsolate())->exec_path);
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
  info.GetReturnValue().Set(
      v8::BigInt::NewFromUnsigned(info.GetIsolate(), MonotonicNanoseconds()));
}

// process.uptimeSeconds(): seconds since the process started.
void UptimeSeconds(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint64_t start = GetIsolateState(info.GetIsolate())->start_time_ns;
  info.GetReturnValue().Set(
      static_cast<double>(MonotonicNanoseconds() - start) / 1e9);
}

void Cwd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char* path = getcwd(nullptr, 0);
  if (path == nullptr) {
    ThrowSystemError(info.GetIsolate(), errno, "uv_cwd");
    return;
  }
  ReturnString(info, path);
  free(path);
}

void Chdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 1 || !info[0]->IsString()) {
    ThrowTypeError(isolate, "process.chdir(directory) needs a string");
    return;
  }
  std::string directory = ToUtf8(isolate, info[0]);
  if (chdir(directory.c_str()) != 0) {
    int error_number = errno;
    char* current = getcwd(nullptr, 0);
    // Node's message: "ENOENT: no such file or directory, chdir '/from' ->
    // 'to'".
    ThrowSystemError(isolate, error_number, "chdir", current ? current : "",
                     directory);
    free(current);
  }
}

void Pid(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<int32_t>(getpid()));
}

void Ppid(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<int32_t>(getppid()));
}

// process.getEnv(name): the variable's value, or undefined.
void GetEnv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() != 1 || !info[0]->IsString()) return;
  std::string name = ToUtf8(info.GetIsolate(), info[0]);
  const char* value = getenv(name.c_str());
  if (value != nullptr) ReturnString(info, value);
}

// process.setEnv(name, value): both strings.
void SetEnv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 2 || !info[0]->IsString() || !info[1]->IsString()) {
    ThrowTypeError(isolate, "process.setEnv(name, value) needs two strings");
    return;
  }
  std::string name = ToUtf8(isolate, info[0]);
  // setenv refuses names with '='; so does Node, silently.
  if (name.empty() || name.find('=') != std::string::npos) return;
  setenv(name.c_str(), ToUtf8(isolate, info[1]).c_str(), 1);
}

void UnsetEnv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() != 1 || !info[0]->IsString()) return;
  std::string name = ToUtf8(info.GetIsolate(), info[0]);
  if (name.find('=') == std::string::npos) unsetenv(name.c_str());
}

// process.envKeys(): the variables' names, in environ order.
void EnvKeys(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> keys = v8::Array::New(isolate);
  uint32_t index = 0;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    const char* equals = std::strchr(*entry, '=');
    if (equals == nullptr || equals == *entry) continue;
    v8::Local<v8::String> name;
    if (!NewString(isolate, absl::string_view(*entry, equals - *entry))
             .ToLocal(&name) ||
        keys->Set(context, index++, name).IsNothing()) {
      return;
    }
  }
  info.GetReturnValue().Set(keys);
}

// process.memoryUsage(): [rss, heapTotal, heapUsed, external, arrayBuffers].
void MemoryUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HeapStatistics heap;
  isolate->GetHeapStatistics(&heap);
  double rss = 0;
  if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
    unsigned long size = 0, resident = 0;
    if (std::fscanf(statm, "%lu %lu", &size, &resident) == 2) {
      rss = static_cast<double>(resident) * sysconf(_SC_PAGESIZE);
    }
    std::fclose(statm);
  }
  v8::Local<v8::Value> values[] = {
      v8::Number::New(isolate, rss),
      v8::Number::New(isolate, static_cast<double>(heap.total_heap_size())),
      v8::Number::New(isolate, static_cast<double>(heap.used_heap_size())),
      v8::Number::New(isolate, static_cast<double>(heap.external_memory())),
      v8::Number::New(isolate, static_cast<double>(heap.external_memory())),
  };
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 5));
}

constexpr NativeFunction kProcessFunctions[] = {
    {"argv", Argv, 0},
    {"argv0", Argv0, 0},
    {"execPath", ExecPath, 0},
    {"reallyExit", ReallyExit, 1},
    {"hrtimeNanoseconds", HrtimeNanoseconds, 0},
    {"uptimeSeconds", UptimeSeconds, 0},
    {"cwd", Cwd, 0},
    {"chdir", Chdir, 1},
    {"pid", Pid, 0},
    {"ppid", Ppid, 0},
    {"getEnv", GetEnv, 1},
    {"setEnv", SetEnv, 2},
    {"unsetEnv", UnsetEnv, 1},
    {"envKeys", EnvKeys, 0},
    {"memoryUsage", MemoryUsage, 0},
};

}  // namespace

const NativeModule& ProcessModule() {
  static constexpr NativeModule kModule = {"process", kProcessFunctions};
  return kModule;
}

}  // namespace thaw
