#include "runtime/runtime.h"

#include <cstdio>
#include <memory>

#include "absl/strings/str_cat.h"
#include "bindings/esm_hooks.h"
#include "bindings/event_loop.h"
#include "bindings/isolate_state.h"
#include "bindings/registry.h"
#include "blob_format/blob_format.h"
#include "external_sources/external_sources.h"
#include "sha256/sha256.h"
#include "startup_trace/startup_trace.h"
#include "uv.h"
#include "v8_support/js_exception.h"
#include "v8_support/v8_platform.h"
#include "v8_support/v8_strings.h"

namespace thaw {
namespace {

// Must match snapshot_builder.cc, which stores `internals` at this index.
constexpr size_t kInternalsDataIndex = 0;

struct HeapLimitState {
  v8::Isolate* isolate = nullptr;
  uint64_t limit_mb = 0;
  bool reached = false;
};

// Called by V8 just before it would die of an out-of-memory error. Stops the
// script instead and gives V8 room to unwind it, so that the process can
// report the limit and exit 1 rather than crash.
size_t OnNearHeapLimit(void* data, size_t current_heap_limit,
                       size_t initial_heap_limit) {
  auto* state = static_cast<HeapLimitState*>(data);
  state->reached = true;
  state->isolate->TerminateExecution();
  return current_heap_limit + initial_heap_limit;
}

// Calls internals[name]() and returns its result.
v8::MaybeLocal<v8::Value> CallInternal(v8::Local<v8::Context> context,
                                       v8::Local<v8::Object> internals,
                                       const char* name, int argc = 0,
                                       v8::Local<v8::Value> argv[] = nullptr) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> function;
  if (!internals->Get(context, NewString(isolate, name).ToLocalChecked())
           .ToLocal(&function)) {
    return {};
  }
  if (!function->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, absl::StrCat("the snapshot's internals.", name,
                                        " is not a function"))
            .ToLocalChecked()));
    return {};
  }
  return function.As<v8::Function>()->Call(context, internals, argc, argv);
}

class ScriptRunner {
 public:
  ScriptRunner(v8::Isolate* isolate, IsolateState* state,
               HeapLimitState* heap_limit)
      : isolate_(isolate), state_(state), heap_limit_(heap_limit) {}

  // Runs the script in the snapshot's default context, then the event loop
  // until nothing is left, and returns the exit code.
  absl::StatusOr<int> Run(const ScriptOptions& options) {
    v8::HandleScope handle_scope(isolate_);
    v8::Local<v8::Context> context = v8::Context::New(isolate_);
    v8::Context::Scope context_scope(context);
    StartupTrace::Mark("context creation");
    v8::Local<v8::Object> internals;
    if (!context->GetDataFromSnapshotOnce<v8::Object>(kInternalsDataIndex)
             .ToLocal(&internals)) {
      return absl::FailedPreconditionError(
          "the snapshot has no thaw internals; was it made by "
          "snapshot_builder?");
    }
    EventLoop loop(isolate_);
    state_->event_loop = &loop;
    RunMainScriptAndLoop(context, internals, loop, options);
    int exit_code = ExitCode(context, internals, loop);
    state_->event_loop = nullptr;
    return exit_code;
  }

 private:
  // Runs the main script: a file as a CommonJS module through the
  // standard library's loader (internals.runMain), `thaw eval` code as a
  // classic script with Node's -e globals. False when it threw.
  bool RunMain(v8::Local<v8::Context> context, v8::Local<v8::Object> internals,
               const ScriptOptions& options) {
    v8::Local<v8::String> source;
    v8::Local<v8::String> name;
    if (!NewString(isolate_, options.source).ToLocal(&source) ||
        !NewString(isolate_, options.resource_name).ToLocal(&name)) {
      isolate_->ThrowException(v8::Exception::RangeError(
          NewString(isolate_, "the script is too large for a V8 string")
              .ToLocalChecked()));
      return false;
    }
    v8::Local<v8::Value> ignored;
    if (options.run_app) {
      return CallInternal(context, internals, "runApp").ToLocal(&ignored);
    }
    if (!options.is_eval) {
      v8::Local<v8::Value> args[] = {name, source};
      return CallInternal(context, internals, "runMain", 2, args)
          .ToLocal(&ignored);
    }
    if (!CallInternal(context, internals, "setUpEval").ToLocal(&ignored)) {
      return false;
    }
    v8::ScriptOrigin origin(isolate_, name);
    v8::Local<v8::Script> script;
    return v8::Script::Compile(context, source, &origin).ToLocal(&script) &&
           script->Run(context).ToLocal(&ignored);
  }

  void RunMainScriptAndLoop(v8::Local<v8::Context> context,
                            v8::Local<v8::Object> internals, EventLoop& loop,
                            const ScriptOptions& options) {
    {
      v8::TryCatch try_catch(isolate_);
      v8::Local<v8::Value> ignored;
      if (!CallInternal(context, internals, "startProcess").ToLocal(&ignored)) {
        // Without its callbacks the loop cannot report anything itself.
        std::fprintf(stderr, "thaw: starting the process failed:\n%s\n",
                     FormatJsException(isolate_, try_catch).c_str());
        state_->exit_code = 1;
        return;
      }
      StartupTrace::Mark("process bootstrap (JS)");
      // Timers count from libuv's cached loop time; refresh it so that a
      // timer the main script sets is not already part-way due because
      // start-up took a while.
      uv_update_time(loop.uv_loop());
      bool ran = RunMain(context, internals, options);
      StartupTrace::Mark("main script");
      if (!ran && !loop.AfterCallback(try_catch)) return;
    }
    loop.ProcessTicksAndRejections();
    if (loop.exiting()) return;
    loop.Run();
    StartupTrace::Mark("event loop");
    if (loop.exiting()) return;
    v8::TryCatch try_catch(isolate_);
    v8::Local<v8::Value> code;
    if (CallInternal(context, internals, "exitCode").ToLocal(&code)) {
      loop.EmitExit(code->Int32Value(context).FromMaybe(0));
    }
  }

  // The exit code once JS is done: process.exit()'s, the heap limit's, an
  // uncaught exception's (all recorded in state_), else process.exitCode.
  int ExitCode(v8::Local<v8::Context> context, v8::Local<v8::Object> internals,
               EventLoop& loop) {
    if (heap_limit_->reached) {
      std::fprintf(stderr,
                   "thaw: the JavaScript heap reached its limit of %llu MB "
                   "(--max-heap-size); the script was stopped\n",
                   static_cast<unsigned long long>(heap_limit_->limit_mb));
      return 1;
    }
    if (state_->exit_code.has_value()) return *state_->exit_code;
    v8::TryCatch try_catch(isolate_);
    v8::Local<v8::Value> code;
    if (!CallInternal(context, internals, "exitCode").ToLocal(&code)) return 1;
    return code->Int32Value(context).FromMaybe(1);
  }

  v8::Isolate* isolate_;
  IsolateState* state_;
  HeapLimitState* heap_limit_;
};

}  // namespace

absl::StatusOr<int> RunScript(absl::string_view blob,
                              const ScriptOptions& options) {
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(blob);
  if (!parsed.ok()) return parsed.status();
  StartupTrace::Mark("blob header check");
  absl::Status compatible =
      CheckBlobCompatible(parsed->header, v8::V8::GetVersion(),
                          Sha256(DescribeExternalReferences()));
  if (!compatible.ok()) return compatible;
  absl::StatusOr<DecodedPayload> payload = DecodePayload(*parsed);
  if (!payload.ok()) return payload.status();
  // The heap's external strings name slots that must point at the blob's
  // sources before V8 deserializes it. `blob` outlives the process's V8.
  absl::Status sources = ExternalSources::Load(payload->sources());
  if (!sources.ok()) return sources;
  StartupTrace::Mark("blob decode and check");

  V8Process v8_process(parsed->header.v8_flags, V8Process::Role::kRuntime);

  StartupTrace::Mark("V8 platform init");
  v8::StartupData startup_data{payload->bytes().data(),
                               static_cast<int>(payload->bytes().size())};
  // IsValid compares the V8 version and checksum inside the payload itself;
  // V8 would abort on a mismatch where this gives a message.
  if (!startup_data.IsValid()) {
    return absl::FailedPreconditionError(
        "V8 rejects the snapshot in the blob: it was not made by this V8");
  }

  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate::CreateParams params;
  params.snapshot_blob = &startup_data;
  params.external_references = ExternalReferences();
  params.array_buffer_allocator = allocator.get();
  if (options.max_heap_size_mb.has_value()) {
    params.constraints.ConfigureDefaultsFromHeapSize(
        0, static_cast<size_t>(*options.max_heap_size_mb) << 20);
  }
  v8::Isolate* isolate = v8::Isolate::New(params);
  StartupTrace::Mark("isolate creation");

  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  InstallEsmHostHooks(isolate);
  IsolateState state;
  state.argv = options.argv;
  state.argv0 = options.argv0;
  state.exec_path = options.exec_path;
  state.start_time_ns = options.start_time_ns;
  AttachIsolateState(isolate, &state);
  HeapLimitState heap_limit;
  heap_limit.isolate = isolate;
  if (options.max_heap_size_mb.has_value()) {
    heap_limit.limit_mb = *options.max_heap_size_mb;
    isolate->AddNearHeapLimitCallback(OnNearHeapLimit, &heap_limit);
  }

  absl::StatusOr<int> exit_code;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    exit_code = ScriptRunner(isolate, &state, &heap_limit).Run(options);
  }
  StartupTrace::Mark("exit handlers");
  if (options.on_finished && exit_code.ok()) options.on_finished(*exit_code);
  isolate->Dispose();
  return exit_code;
}

}  // namespace thaw
