#include "snapshot_builder/snapshot_builder.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

#include "absl/strings/str_cat.h"
#include "bindings/esm_hooks.h"
#include "bindings/isolate_state.h"
#include "bindings/registry.h"
#include "external_sources/external_sources.h"
#include "file_io/file_io.h"
#include "sha256/sha256.h"
#include "snapshot_builder/pending_promises.h"
#include "snapshot_builder/uncaught_errors.h"
#include "v8_support/js_exception.h"
#include "v8_support/v8_platform.h"
#include "v8_support/v8_strings.h"
#include "zstd_codec/zstd_codec.h"

namespace thaw {
namespace {

// The index of the `internals` object in the snapshot's context data; the
// runtime reads it back with GetDataFromSnapshotOnce.
constexpr size_t kInternalsDataIndex = 0;

v8::ScriptOrigin OriginFor(v8::Isolate* isolate, const std::string& path) {
  return v8::ScriptOrigin(isolate, NewString(isolate, path).ToLocalChecked());
}

// `text`, read from `path`, as a V8 string.
absl::StatusOr<v8::Local<v8::String>> SourceString(v8::Isolate* isolate,
                                                   const std::string& text,
                                                   const std::string& path) {
  v8::Local<v8::String> source;
  if (!NewString(isolate, text).ToLocal(&source)) {
    return absl::ResourceExhaustedError(
        absl::StrCat(path, " is too large for a V8 string"));
  }
  return source;
}

absl::StatusOr<v8::Local<v8::String>> ReadSource(v8::Isolate* isolate,
                                                 const std::string& path) {
  absl::StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return SourceString(isolate, *text, path);
}

// A standard library file whose functions every process runs (start-up,
// console.log, process exit) says so in its opening comment with this line.
// V8 otherwise compiles a function at its first call, in every process;
// compiling such a file's functions at build time puts their bytecode in the
// snapshot instead (hello world 0.98x-0.99x for 4.5% more snapshot).
constexpr absl::string_view kEagerDirective = "\n// thaw:compile-eagerly\n";
constexpr size_t kDirectiveSearchBytes = 2048;

absl::Status RunStdlibFile(v8::Local<v8::Context> context,
                           const std::string& path,
                           v8::Local<v8::Object> binding,
                           v8::Local<v8::Object> internals) {
  v8::Isolate* isolate = context->GetIsolate();
  absl::StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  bool eager = absl::string_view(*bytes)
                   .substr(0, kDirectiveSearchBytes)
                   .find(kEagerDirective) != absl::string_view::npos;
  absl::StatusOr<v8::Local<v8::String>> source_text =
      SourceString(isolate, *bytes, path);
  if (!source_text.ok()) return source_text.status();
  v8::Local<v8::String> text = *source_text;
  ExternalSources::Externalize(isolate, text);
  v8::TryCatch try_catch(isolate);
  // Stack traces name standard library frames thaw:stdlib/FILE, the way Node
  // shows node:internal/..., so users can tell them from their own files.
  v8::ScriptOrigin origin = OriginFor(
      isolate, absl::StrCat("thaw:stdlib/", path.substr(path.rfind('/') + 1)));
  v8::ScriptCompiler::Source source(text, origin);
  v8::Local<v8::String> parameters[] = {
      NewString(isolate, "binding").ToLocalChecked(),
      NewString(isolate, "internals").ToLocalChecked(),
  };
  v8::Local<v8::Function> function;
  v8::Local<v8::Value> arguments[] = {binding, internals};
  v8::Local<v8::Value> ignored;
  auto compile = [&] {
    return v8::ScriptCompiler::CompileFunction(context, &source, 2, parameters);
  };
  if (!(eager ? V8Process::WithEagerCompilation(compile) : compile())
           .ToLocal(&function) ||
      !function->Call(context, v8::Undefined(isolate), 2, arguments)
           .ToLocal(&ignored)) {
    return JsExceptionToStatus(
        isolate, try_catch,
        absl::StrCat("error in standard library file ", path));
  }
  return absl::OkStatus();
}

absl::Status RunAppFile(v8::Local<v8::Context> context,
                        const std::string& path) {
  v8::Isolate* isolate = context->GetIsolate();
  absl::StatusOr<v8::Local<v8::String>> text = ReadSource(isolate, path);
  if (!text.ok()) return text.status();
  v8::TryCatch try_catch(isolate);
  v8::ScriptOrigin origin = OriginFor(isolate, path);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> ignored;
  if (!v8::Script::Compile(context, *text, &origin).ToLocal(&script) ||
      !script->Run(context).ToLocal(&ignored)) {
    return JsExceptionToStatus(
        isolate, try_catch,
        absl::StrCat("error in ", path, " while building the snapshot"));
  }
  return absl::OkStatus();
}

// Calls internals[name]() and returns its result: undefined when the
// standard library has no such hook (it then has nothing to do there),
// empty with an exception pending when the hook throws.
v8::MaybeLocal<v8::Value> CallHook(v8::Local<v8::Context> context,
                                   v8::Local<v8::Object> internals,
                                   const char* name) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> function;
  if (!internals->Get(context, NewString(isolate, name).ToLocalChecked())
           .ToLocal(&function)) {
    return {};
  }
  if (!function->IsFunction()) return v8::Undefined(isolate);
  return function.As<v8::Function>()->Call(context, internals, 0, nullptr);
}

// Runs the work the files queued for right after them (nextTick callbacks,
// promise jobs), then refuses timers and immediates still waiting: a
// snapshot holds a heap, not an event loop, so they would silently never run.
absl::Status SettleBuildTimeWork(v8::Local<v8::Context> context,
                                 v8::Local<v8::Object> internals) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch try_catch(isolate);
  auto call = [&](const char* name) {
    return CallHook(context, internals, name);
  };
  v8::Local<v8::Value> pending;
  if (call("processTicksAndRejections").IsEmpty() ||
      !call("pendingTimerCount").ToLocal(&pending)) {
    return JsExceptionToStatus(isolate, try_catch,
                               "error in work queued while building");
  }
  isolate->PerformMicrotaskCheckpoint();
  v8::Local<v8::Value> module_problems;
  if (!call("snapshotModuleProblems").ToLocal(&module_problems)) {
    return JsExceptionToStatus(isolate, try_catch,
                               "error in work queued while building");
  }
  // The loader says what is wrong in one string, empty when nothing is.
  if (module_problems->IsString() &&
      module_problems.As<v8::String>()->Length() > 0) {
    v8::String::Utf8Value message(isolate, module_problems);
    return absl::FailedPreconditionError(*message);
  }
  uint32_t count = pending->IsUint32() ? pending.As<v8::Uint32>()->Value() : 0;
  if (count > 0) {
    return absl::FailedPreconditionError(absl::StrCat(
        count,
        " timer(s) or immediate(s) were still pending when the snapshot was "
        "taken; clear them, or start them at run time instead of while "
        "building"));
  }
  return absl::OkStatus();
}

// Removes what the standard library added only for build time (see
// stdlib_js/00_build_time_features.js) just before the heap is serialized.
// Either way the context was populated, this is its last step.
absl::Status RemoveBuildTimeFeatures(v8::Local<v8::Context> context,
                                     v8::Local<v8::Object> internals) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch try_catch(isolate);
  if (CallHook(context, internals, "removeBuildTimeFeatures").IsEmpty()) {
    return JsExceptionToStatus(isolate, try_catch, "error before serializing");
  }
  return absl::OkStatus();
}

// Refuses objects V8 cannot serialize (it would abort on them), which the
// standard library noted while the app was built; see
// stdlib_js/77b_unserializable.js. Needs a full collection first, so that
// objects nothing reaches any more do not count.
absl::Status CheckSerializable(v8::Local<v8::Context> context,
                               v8::Local<v8::Object> internals) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> problems;
  if (!CallHook(context, internals, "unserializableObjects")
           .ToLocal(&problems)) {
    return JsExceptionToStatus(isolate, try_catch, "error before serializing");
  }
  if (problems->IsString() && problems.As<v8::String>()->Length() > 0) {
    return absl::FailedPreconditionError(
        *v8::String::Utf8Value(isolate, problems));
  }
  return absl::OkStatus();
}

// Runs every file in `context`; `*internals` is what the runtime needs
// (the caller registers it with the snapshot).
absl::Status PopulateContext(v8::Local<v8::Context> context,
                             const SnapshotOptions& options,
                             v8::Local<v8::Object>* internals_out) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> binding;
  if (!CreateBindingObject(context).ToLocal(&binding)) {
    return absl::InternalError("cannot install the native functions");
  }
  v8::Local<v8::Object> internals = v8::Object::New(isolate);
  *internals_out = internals;
  for (const std::string& path : options.stdlib_files) {
    absl::Status status = RunStdlibFile(context, path, binding, internals);
    if (!status.ok()) return status;
  }
  for (const std::string& path : options.app_files) {
    absl::Status status = RunAppFile(context, path);
    if (!status.ok()) return status;
  }
  absl::Status settled = SettleBuildTimeWork(context, internals);
  if (!settled.ok()) return settled;
  return absl::OkStatus();
}

// The app options prepareAppSnapshot takes: {defer: [...], warmup, root}.
v8::MaybeLocal<v8::Object> AppOptionsObject(v8::Local<v8::Context> context,
                                            const SnapshotOptions& options) {
  v8::Isolate* isolate = context->GetIsolate();
  std::vector<v8::Local<v8::Value>> defer;
  for (const std::string& specifier : options.app_defer) {
    v8::Local<v8::String> text;
    if (!NewString(isolate, specifier).ToLocal(&text)) return {};
    defer.push_back(text);
  }
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  v8::Local<v8::String> warmup;
  v8::Local<v8::String> root;
  if (!NewString(isolate, options.app_warmup).ToLocal(&warmup) ||
      !NewString(isolate, options.app_root).ToLocal(&root) ||
      object->Set(context, NewString(isolate, "root").ToLocalChecked(), root)
          .IsNothing() ||
      object
          ->Set(context, NewString(isolate, "defer").ToLocalChecked(),
                v8::Array::New(isolate, defer.data(), defer.size()))
          .IsNothing() ||
      object
          ->Set(context, NewString(isolate, "warmup").ToLocalChecked(), warmup)
          .IsNothing()) {
    return {};
  }
  return object;
}

// `thaw snapshot`: the context comes from the base payload, with the
// standard library already in it; the app's entry is prepared there.
absl::Status PopulateFromBase(v8::Local<v8::Context> context,
                              const SnapshotOptions& options,
                              std::string* manifest,
                              v8::Local<v8::Object>* internals_out) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> internals;
  if (!context->GetDataFromSnapshotOnce<v8::Object>(kInternalsDataIndex)
           .ToLocal(&internals)) {
    return absl::FailedPreconditionError(
        "the base snapshot has no thaw internals");
  }
  *internals_out = internals;
  absl::StatusOr<v8::Local<v8::String>> source =
      ReadSource(isolate, options.app_entry);
  if (!source.ok()) return source.status();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> prepare;
  v8::Local<v8::Object> app_options;
  if (!AppOptionsObject(context, options).ToLocal(&app_options)) {
    return absl::InvalidArgumentError("an app option is too long");
  }
  v8::Local<v8::Value> args[] = {
      NewString(isolate, options.app_entry).ToLocalChecked(), *source,
      app_options};
  v8::Local<v8::Value> ignored;
  if (!internals
           ->Get(context,
                 NewString(isolate, "prepareAppSnapshot").ToLocalChecked())
           .ToLocal(&prepare) ||
      !prepare->IsFunction() ||
      !prepare.As<v8::Function>()
           ->Call(context, internals, 3, args)
           .ToLocal(&ignored)) {
    if (!try_catch.HasCaught()) {
      return absl::FailedPreconditionError(
          "the base snapshot cannot prepare apps (no "
          "internals.prepareAppSnapshot)");
    }
    return JsExceptionToStatus(
        isolate, try_catch,
        absl::StrCat("error while preparing ", options.app_entry));
  }
  absl::Status settled = SettleBuildTimeWork(context, internals);
  if (!settled.ok()) return settled;
  v8::Local<v8::Value> manifest_value;
  if (!CallHook(context, internals, "appManifest").ToLocal(&manifest_value)) {
    return JsExceptionToStatus(isolate, try_catch,
                               "error listing the app's modules");
  }
  if (manifest_value->IsString()) {
    *manifest = *v8::String::Utf8Value(isolate, manifest_value);
  }
  return absl::OkStatus();
}

// The child answers its parent over a pipe with one byte, '+' (a blob
// follows) or '-' (an error follows: one byte of absl::StatusCode, then the
// message), then the bytes.
constexpr char kBlobFollows = '+';
constexpr char kErrorFollows = '-';

}  // namespace

absl::StatusOr<std::string> BuildSnapshotInThisProcess(
    const SnapshotOptions& options) {
  // The builder role's fixed seeds make two builds of the same inputs
  // byte-identical. A running process gets fresh seeds, and V8 rehashes the
  // snapshot's tables with its own (the CanBeRehashed check below makes
  // sure it can).
  auto v8_process =
      std::make_unique<V8Process>(options.v8_flags, V8Process::Role::kBuilder);
  // The base blob's external strings name slots that must point at its
  // sources before V8 reads them; the app's sources take the slots after.
  absl::Status sources_loaded = ExternalSources::Load(options.base_sources);
  if (!sources_loaded.ok()) return sources_loaded;
  IsolateState state;
  state.building_snapshot = true;
  absl::Status status;
  std::string manifest;
  v8::StartupData data{nullptr, 0};
  {
    v8::StartupData base{options.base_payload.data(),
                         static_cast<int>(options.base_payload.size())};
    auto creator = std::make_unique<v8::SnapshotCreator>(
        ExternalReferences(), options.base_payload.empty() ? nullptr : &base);
    v8::Isolate* isolate = creator->GetIsolate();
    AttachIsolateState(isolate, &state);
    InstallEsmHostHooks(isolate);
    {
      v8::HandleScope handle_scope(isolate);
      v8::Local<v8::Context> context = v8::Context::New(isolate);
      v8::Context::Scope context_scope(context);
      {
        // Destroyed (its handles gone) before CreateBlob, as V8 requires.
        PendingPromiseTracker promises(isolate);
        UncaughtErrorCollector uncaught_errors(isolate);
        v8::Local<v8::Object> internals;
        status =
            options.base_payload.empty()
                ? PopulateContext(context, options, &internals)
                : PopulateFromBase(context, options, &manifest, &internals);
        if (status.ok()) status = RemoveBuildTimeFeatures(context, internals);
        if (status.ok()) {
          size_t index = creator->AddData(context, internals);
          if (index != kInternalsDataIndex) {
            status = absl::InternalError(
                absl::StrCat("internals got snapshot data index ", index));
          }
        }
        // A WeakRef keeps its target alive until the job that made it
        // ends; building is past every job now, so the collection below
        // may take what only WeakRefs still hold.
        isolate->ClearKeptObjects();
        if (status.ok()) status = uncaught_errors.Check();
        if (status.ok()) status = promises.CheckNonePending();
        if (status.ok()) status = CheckSerializable(context, internals);
        // That check's full collection may leave FinalizationRegistry
        // cleanups queued on the platform; V8 cannot serialize a registry
        // with cleanups pending (it aborts), so they run now, as they would
        // have in a running process.
        if (status.ok()) {
          v8::TryCatch try_catch(isolate);
          while (
              v8::platform::PumpMessageLoop(v8_process->platform(), isolate)) {
          }
          isolate->PerformMicrotaskCheckpoint();
          if (try_catch.HasCaught()) {
            status = JsExceptionToStatus(isolate, try_catch,
                                         "error in a FinalizationRegistry "
                                         "cleanup while building");
          }
        }
      }
      if (status.ok()) creator->SetDefaultContext(context);
    }
    if (!status.ok()) {
      // A failed build needs no blob, but V8 aborts when a SnapshotCreator
      // is destroyed without CreateBlob, and CreateBlob itself aborts on
      // what a failed build may have left in the heap (an Intl object, an
      // unsettled registry). V8 can be initialized only once per process,
      // so this function runs once per process anyway: V8's state is left
      // as it is for the process to exit with.
      (void)creator.release();
      (void)v8_process.release();
      return status;
    }
    data =
        creator->CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kKeep);
  }
  std::unique_ptr<const char[]> owned(data.data);

  if (data.data == nullptr || data.raw_size <= 0) {
    return absl::InternalError("V8 produced no snapshot");
  }
  // A blob that cannot be rehashed would make every process share the hash
  // seed it was built with, which opens hash-flooding attacks.
  if (!data.CanBeRehashed()) {
    return absl::FailedPreconditionError(
        "V8 produced a snapshot that cannot be rehashed; refusing it");
  }
  BlobOrigin origin;
  origin.v8_version = v8::V8::GetVersion();
  origin.external_reference_digest = Sha256(DescribeExternalReferences());
  origin.v8_flags = options.v8_flags;
  origin.manifest = std::move(manifest);
  origin.sources = ExternalSources::Serialize();
  return EncodeBlob(
      origin, absl::string_view(data.data, static_cast<size_t>(data.raw_size)),
      options.codec, options.zstd_level);
}

absl::StatusOr<std::string> BuildSnapshotInChildProcess(
    const SnapshotOptions& options) {
  // Options are checked before any JS runs, so a typo fails at once.
  if (options.codec == Codec::kZstd) {
    absl::Status level = CheckZstdLevel(options.zstd_level);
    if (!level.ok()) return level;
  }
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return ErrnoToStatus(errno, "pipe");
  pid_t child = fork();
  if (child < 0) {
    int error_number = errno;
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    return ErrnoToStatus(error_number, "fork");
  }
  if (child == 0) {
    close(pipe_fds[0]);
    absl::StatusOr<std::string> blob = BuildSnapshotInThisProcess(options);
    std::string answer =
        blob.ok() ? std::string(1, kBlobFollows) + *blob
                  : std::string{kErrorFollows,
                                static_cast<char>(blob.status().code())} +
                        std::string(blob.status().message());
    bool sent = WriteFully(pipe_fds[1], answer) == 0;
    _exit(sent ? 0 : 1);
  }
  close(pipe_fds[1]);
  // Read before waiting: the child blocks on a full pipe until the parent
  // reads. A short answer from a failed read is caught below.
  std::string answer;
  ReadFully(pipe_fds[0], &answer);
  close(pipe_fds[0]);
  int wait_status = 0;
  while (waitpid(child, &wait_status, 0) < 0) {
    if (errno != EINTR) return ErrnoToStatus(errno, "waitpid");
  }
  if (WIFSIGNALED(wait_status)) {
    int signal_number = WTERMSIG(wait_status);
    return absl::InternalError(absl::StrCat(
        "V8 crashed while building the snapshot (signal ", signal_number, ", ",
        strsignal(signal_number),
        "); V8 aborts on snapshot mistakes such as a native function missing "
        "from the external references or a handle kept alive; see its "
        "message above"));
  }
  if (answer.empty() || WEXITSTATUS(wait_status) != 0) {
    return absl::InternalError(
        absl::StrCat("the snapshot process exited with code ",
                     WEXITSTATUS(wait_status), " without a result"));
  }
  if (answer[0] == kErrorFollows && answer.size() >= 2) {
    return absl::Status(static_cast<absl::StatusCode>(answer[1]),
                        answer.substr(2));
  }
  return answer.substr(1);
}

absl::Status BuildSnapshotFile(const SnapshotOptions& options,
                               const std::string& output_path) {
  absl::StatusOr<std::string> blob = BuildSnapshotInChildProcess(options);
  if (!blob.ok()) return blob.status();
  return WriteFileAtomically(output_path, *blob);
}

}  // namespace thaw
