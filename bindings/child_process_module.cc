// Native functions behind node:child_process (stdlib_js/85_child_process.js).
// The synchronous API: posix_spawn, pipes and a poll loop; it blocks the
// thread until the child exits and its pipes close, as Node's spawnSync
// does, and never touches the event loop. The asynchronous API (spawn):
// uv_spawn and libuv pipes on the event loop; see below.

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bindings/callback_support.h"
#include "bindings/event_loop.h"
#include "bindings/isolate_state.h"
#include "bindings/native_module.h"
#include "uv.h"

extern char** environ;

namespace thaw {
namespace {

double NowMs() {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// NULL-terminated pointers into `strings` for execve/execvp; `strings`
// must outlive them.
std::vector<char*> ExecArgv(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (std::string& text : strings) pointers.push_back(text.data());
  pointers.push_back(nullptr);
  return pointers;
}

// The argv for running `file` with `args`: `file` itself when there are
// none.
std::vector<char*> ExecArgv(std::string& file, std::vector<std::string>& args) {
  std::vector<char*> argv = ExecArgv(args);
  if (args.empty()) argv.insert(argv.begin(), file.data());
  return argv;
}

// The path execvp would run for `file`, searching `path_list` (a PATH
// value): the first regular executable file. Empty if there is none.
std::string SearchPath(const std::string& file, const std::string& path_list) {
  if (file.find('/') != std::string::npos) return file;
  size_t start = 0;
  for (;;) {
    size_t end = path_list.find(':', start);
    std::string directory = path_list.substr(
        start, end == std::string::npos ? std::string::npos : end - start);
    if (directory.empty()) directory = ".";
    std::string candidate = directory + "/" + file;
    struct stat status;
    if (stat(candidate.c_str(), &status) == 0 && S_ISREG(status.st_mode) &&
        access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
    if (end == std::string::npos) return "";
    start = end + 1;
  }
}

std::vector<std::string> StringArray(v8::Isolate* isolate,
                                     v8::Local<v8::Value> value) {
  std::vector<std::string> result;
  if (!value->IsArray()) return result;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> array = value.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); ++i) {
    v8::Local<v8::Value> item;
    if (!array->Get(context, i).ToLocal(&item)) return result;
    result.push_back(ToUtf8(isolate, item));
  }
  return result;
}

v8::Local<v8::Value> Bytes(v8::Isolate* isolate, const std::string& data) {
  v8::Local<v8::ArrayBuffer> buffer =
      v8::ArrayBuffer::New(isolate, data.size());
  if (!data.empty()) {
    memcpy(buffer->GetBackingStore()->Data(), data.data(), data.size());
  }
  return v8::Uint8Array::New(buffer, 0, data.size());
}

void CloseIfOpen(int* fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

// The arguments spawnSync and spawn share: (file, args, env or undefined,
// cwd or undefined, [stdin, stdout, stderr] modes as integers, -1 if unset).
struct SpawnArguments {
  std::string file;
  std::vector<std::string> args;
  bool has_env;
  std::vector<std::string> env;
  bool has_cwd;
  std::string cwd;
  int stdio[3];
};

SpawnArguments ReadSpawnArguments(
    v8::Isolate* isolate, v8::Local<v8::Context> context,
    const v8::FunctionCallbackInfo<v8::Value>& info) {
  SpawnArguments spawn;
  spawn.file = ToUtf8(isolate, info[0]);
  spawn.args = StringArray(isolate, info[1]);
  spawn.has_env = info[2]->IsArray();
  spawn.env = StringArray(isolate, info[2]);
  spawn.has_cwd = info[3]->IsString();
  spawn.cwd = spawn.has_cwd ? ToUtf8(isolate, info[3]) : "";
  v8::Local<v8::Array> stdio_array = info[4].As<v8::Array>();
  for (uint32_t i = 0; i < 3; ++i) {
    spawn.stdio[i] = -1;
    v8::Local<v8::Value> item;
    if (stdio_array->Get(context, i).ToLocal(&item) && item->IsInt32()) {
      spawn.stdio[i] = item.As<v8::Int32>()->Value();
    }
  }
  return spawn;
}

// child_process.spawnSync(file, args, envPairs|undefined, cwd|undefined,
//     [stdin, stdout, stderr], input|undefined, timeoutMs, maxBuffer,
//     killSignal)
// Each stdio entry: -1 pipe, -2 ignore (/dev/null), -3 inherit, or an fd to
// give the child. Returns [pid, exitStatus|null, termSignal|null,
// stdout|null, stderr|null, errno (0, or positive: spawn failure, ETIMEDOUT,
// ENOBUFS)].
void SpawnSync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (info.Length() < 9 || !info[0]->IsString() || !info[4]->IsArray()) {
    return ThrowTypeError(isolate, "child_process.spawnSync: bad arguments");
  }
  SpawnArguments spawn = ReadSpawnArguments(isolate, context, info);
  auto& [file, args, has_env, env, has_cwd, cwd, stdio] = spawn;
  std::string input;
  if (info[5]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = info[5].As<v8::ArrayBufferView>();
    input.resize(view->ByteLength());
    view->CopyContents(input.data(), input.size());
  }
  double timeout_ms =
      info[6]->IsNumber() ? info[6].As<v8::Number>()->Value() : 0;
  double max_buffer =
      info[7]->IsNumber() ? info[7].As<v8::Number>()->Value() : 1024 * 1024;
  int kill_signal =
      info[8]->IsInt32() ? info[8].As<v8::Int32>()->Value() : SIGTERM;

  auto result = [&](double pid, v8::Local<v8::Value> status,
                    v8::Local<v8::Value> signal, v8::Local<v8::Value> out,
                    v8::Local<v8::Value> err, int error_number) {
    v8::Local<v8::Value> values[] = {
        v8::Number::New(isolate, pid),          status, signal, out, err,
        v8::Integer::New(isolate, error_number)};
    info.GetReturnValue().Set(v8::Array::New(isolate, values, 6));
  };
  v8::Local<v8::Value> null = v8::Null(isolate);

  // PATH lookup with the child's PATH, as libuv does.
  std::string path_list;
  bool found_path = false;
  if (has_env) {
    for (const std::string& pair : env) {
      if (pair.rfind("PATH=", 0) == 0) {
        path_list = pair.substr(5);
        found_path = true;
      }
    }
  }
  if (!found_path) {
    const char* value = getenv("PATH");
    path_list = value != nullptr ? value : "/usr/local/bin:/usr/bin:/bin";
  }
  std::string program = SearchPath(file, path_list);
  if (program.empty()) return result(0, null, null, null, null, ENOENT);

  std::vector<char*> argv = ExecArgv(file, args);
  std::vector<char*> envp = ExecArgv(env);

  // Our ends of the pipes: [0] we write the child's stdin, [1] and [2] we
  // read its stdout and stderr.
  int parent_ends[3] = {-1, -1, -1};
  int child_ends[3] = {-1, -1, -1};
  int error_number = 0;
  for (int i = 0; i < 3 && error_number == 0; ++i) {
    if (stdio[i] == -1) {
      int fds[2];
      if (pipe2(fds, O_CLOEXEC) != 0) {
        error_number = errno;
        break;
      }
      parent_ends[i] = i == 0 ? fds[1] : fds[0];
      child_ends[i] = i == 0 ? fds[0] : fds[1];
    } else if (stdio[i] == -2) {
      child_ends[i] =
          open("/dev/null", (i == 0 ? O_RDONLY : O_WRONLY) | O_CLOEXEC);
      if (child_ends[i] < 0) error_number = errno;
    }
  }

  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attributes);
  pid_t pid = 0;
  if (error_number == 0) {
    for (int i = 0; i < 3; ++i) {
      int source = child_ends[i] >= 0 ? child_ends[i]
                   : stdio[i] >= 0    ? stdio[i]
                                      : -1;
      if (source >= 0) posix_spawn_file_actions_adddup2(&actions, source, i);
    }
    if (has_cwd) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    // The child starts with every signal at its default and none blocked,
    // whatever this process ignores (SIGPIPE) or blocks.
    sigset_t all;
    sigset_t none;
    sigfillset(&all);
    sigdelset(&all, SIGKILL);
    sigdelset(&all, SIGSTOP);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes,
                             POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    error_number = posix_spawn(&pid, program.c_str(), &actions, &attributes,
                               argv.data(), has_env ? envp.data() : environ);
  }
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  for (int& fd : child_ends) CloseIfOpen(&fd);
  if (error_number != 0) {
    for (int& fd : parent_ends) CloseIfOpen(&fd);
    return result(0, null, null, null, null, error_number);
  }

  for (int fd : parent_ends) {
    if (fd >= 0) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  }
  if (parent_ends[0] >= 0 && input.empty()) CloseIfOpen(&parent_ends[0]);

  std::string output[3];
  size_t written = 0;
  double deadline = timeout_ms > 0 ? NowMs() + timeout_ms : 0;
  int result_error = 0;
  bool killed = false;
  while (parent_ends[0] >= 0 || parent_ends[1] >= 0 || parent_ends[2] >= 0) {
    struct pollfd fds[3];
    int count = 0;
    int which[3];
    for (int i = 0; i < 3; ++i) {
      if (parent_ends[i] < 0) continue;
      fds[count].fd = parent_ends[i];
      fds[count].events = i == 0 ? POLLOUT : POLLIN;
      fds[count].revents = 0;
      which[count++] = i;
    }
    int wait_ms = -1;
    if (deadline > 0) {
      double left = deadline - NowMs();
      if (left <= 0) {
        result_error = ETIMEDOUT;
        break;
      }
      wait_ms = static_cast<int>(left) + 1;
    }
    int ready = poll(fds, count, wait_ms);
    if (ready < 0) {
      if (errno == EINTR) continue;
      result_error = errno;
      break;
    }
    for (int k = 0; k < count; ++k) {
      int i = which[k];
      if (fds[k].revents == 0) continue;
      if (i == 0) {
        ssize_t n = write(parent_ends[0], input.data() + written,
                          input.size() - written);
        if (n > 0) written += n;
        if ((n < 0 && errno != EAGAIN && errno != EINTR) ||
            written == input.size()) {
          CloseIfOpen(&parent_ends[0]);
        }
        continue;
      }
      char buffer[65536];
      ssize_t n = read(parent_ends[i], buffer, sizeof(buffer));
      if (n > 0) {
        output[i].append(buffer, n);
        // Node keeps what it read, and kills the child.
        if (output[i].size() > max_buffer) result_error = ENOBUFS;
      } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        CloseIfOpen(&parent_ends[i]);
      }
    }
    if (result_error != 0) break;
  }
  if (result_error != 0) {
    kill(pid, kill_signal);
    killed = true;
  }
  for (int& fd : parent_ends) CloseIfOpen(&fd);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  (void)killed;
  v8::Local<v8::Value> exit_status = null;
  v8::Local<v8::Value> term_signal = null;
  if (WIFEXITED(status)) {
    exit_status = v8::Integer::New(isolate, WEXITSTATUS(status));
  } else if (WIFSIGNALED(status)) {
    term_signal = v8::Integer::New(isolate, WTERMSIG(status));
  }
  result(pid, exit_status, term_signal,
         stdio[1] == -1 ? Bytes(isolate, output[1]) : null,
         stdio[2] == -1 ? Bytes(isolate, output[2]) : null, result_error);
}

// ---------------------------------------------------------------------------
// The asynchronous API (child_process.spawn and what is built on it): a child
// started with uv_spawn, its stdio as libuv pipes, all on the event loop.
//
// Each child reports to one JS function, onEvent(kind, fd, value, extra):
//   kData        fd 1 or 2, value a Uint8Array of what was read
//   kEnd         fd 1 or 2 reached end of file (value 0) or failed (errno)
//   kWritten     a write to stdin finished, value its status (0 or errno)
//   kInputClosed stdin's pipe is closed (after end(), or at exit)
//   kExit        value the exit status or null, extra the signal or null
// The function and its context are held in v8::Globals only while one of
// the child's libuv handles is open; the last close callback releases them.

enum EventKind {
  kData = 0,
  kEnd = 1,
  kWritten = 2,
  kInputClosed = 3,
  kExit = 4
};

struct AsyncChild {
  v8::Isolate* isolate = nullptr;
  EventLoop* loop = nullptr;
  int id = 0;
  uv_process_t process;
  uv_pipe_t pipes[3];
  bool pipe_open[3] = {false, false, false};
  bool exited = false;
  bool input_closed_reported = false;
  int open_handles = 0;
  v8::Global<v8::Context> context;
  v8::Global<v8::Function> on_event;
};

std::map<int, AsyncChild*>& Children() {
  static auto* children = new std::map<int, AsyncChild*>();
  return *children;
}

int next_child_id = 1;

AsyncChild* FindChild(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1 || !info[0]->IsInt32()) return nullptr;
  auto found = Children().find(info[0].As<v8::Int32>()->Value());
  return found == Children().end() ? nullptr : found->second;
}

// Calls the child's onEvent through the event loop (ticks and microtasks
// run after it; an exception goes to 'uncaughtException').
void Emit(AsyncChild* child, EventKind kind, int fd, v8::Local<v8::Value> value,
          v8::Local<v8::Value> extra) {
  if (child->on_event.IsEmpty() || child->loop->exiting()) return;
  v8::Isolate* isolate = child->isolate;
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, kind),
                                 v8::Integer::New(isolate, fd), value, extra};
  child->loop->MakeCallback(child->on_event.Get(isolate), 4, argv);
}

// Runs `body` with a handle scope and the child's context entered.
template <typename Body>
void WithScope(AsyncChild* child, Body body) {
  if (child->on_event.IsEmpty() || child->loop->exiting()) return;
  v8::HandleScope scope(child->isolate);
  v8::Context::Scope context_scope(child->context.Get(child->isolate));
  body(child->isolate);
}

void OnHandleClosed(uv_handle_t* handle) {
  AsyncChild* child = static_cast<AsyncChild*>(handle->data);
  if (--child->open_handles > 0) return;
  Children().erase(child->id);
  child->on_event.Reset();
  child->context.Reset();
  delete child;
}

void ClosePipe(AsyncChild* child, int fd) {
  if (!child->pipe_open[fd]) return;
  child->pipe_open[fd] = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&child->pipes[fd]), OnHandleClosed);
}

void ReportInputClosed(AsyncChild* child) {
  if (child->input_closed_reported) return;
  child->input_closed_reported = true;
  WithScope(child, [&](v8::Isolate* isolate) {
    Emit(child, kInputClosed, 0, v8::Undefined(isolate),
         v8::Undefined(isolate));
  });
}

int PipeIndex(AsyncChild* child, uv_stream_t* stream) {
  return static_cast<int>(reinterpret_cast<uv_pipe_t*>(stream) - child->pipes);
}

void OnAlloc(uv_handle_t*, size_t, uv_buf_t* buffer) {
  constexpr size_t kSize = 64 * 1024;
  buffer->base = static_cast<char*>(malloc(kSize));
  buffer->len = buffer->base != nullptr ? kSize : 0;
}

void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buffer) {
  AsyncChild* child = static_cast<AsyncChild*>(stream->data);
  int fd = PipeIndex(child, stream);
  if (nread > 0) {
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        buffer->base, nread, [](void* data, size_t, void*) { free(data); },
        nullptr);
    std::shared_ptr<v8::BackingStore> shared = std::move(store);
    WithScope(child, [&](v8::Isolate* isolate) {
      v8::Local<v8::ArrayBuffer> bytes = v8::ArrayBuffer::New(isolate, shared);
      Emit(child, kData, fd, v8::Uint8Array::New(bytes, 0, nread),
           v8::Undefined(isolate));
    });
    return;
  }
  free(buffer->base);
  if (nread == 0) return;  // EAGAIN: nothing this time.
  ClosePipe(child, fd);
  WithScope(child, [&](v8::Isolate* isolate) {
    Emit(child, kEnd, fd,
         v8::Integer::New(isolate,
                          nread == UV_EOF ? 0 : static_cast<int>(nread)),
         v8::Undefined(isolate));
  });
}

void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
  AsyncChild* child = static_cast<AsyncChild*>(process->data);
  child->exited = true;
  // As in Node, the child's stdin goes away with it.
  ClosePipe(child, 0);
  ReportInputClosed(child);
  WithScope(child, [&](v8::Isolate* isolate) {
    v8::Local<v8::Value> status = v8::Null(isolate);
    v8::Local<v8::Value> signal = v8::Null(isolate);
    if (term_signal != 0) {
      signal = v8::Integer::New(isolate, term_signal);
    } else {
      status = v8::Number::New(isolate, static_cast<double>(exit_status));
    }
    Emit(child, kExit, -1, status, signal);
  });
  uv_close(reinterpret_cast<uv_handle_t*>(&child->process), OnHandleClosed);
}

// child_process.spawn(file, args, envPairs|undefined, cwd|undefined,
//     [stdin, stdout, stderr], onEvent, detached)
// stdio entries as for spawnSync. Returns [errno (0 or negative), pid, id].
void Spawn(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  IsolateState* state = GetIsolateState(isolate);
  if (state == nullptr || state->event_loop == nullptr) {
    return ThrowError(isolate,
                      "child_process.spawn() needs a running event loop; it "
                      "cannot be used while a snapshot is built");
  }
  if (info.Length() < 7 || !info[0]->IsString() || !info[4]->IsArray() ||
      !info[5]->IsFunction()) {
    return ThrowTypeError(isolate, "child_process.spawn: bad arguments");
  }
  SpawnArguments spawn = ReadSpawnArguments(isolate, context, info);
  auto& [file, args, has_env, env, has_cwd, cwd, stdio] = spawn;

  std::vector<char*> argv = ExecArgv(file, args);
  std::vector<char*> envp = ExecArgv(env);

  auto* child = new AsyncChild();
  child->isolate = isolate;
  child->loop = state->event_loop;
  uv_loop_t* loop = state->event_loop->uv_loop();
  uv_stdio_container_t containers[3];
  for (int i = 0; i < 3; ++i) {
    if (stdio[i] == -1) {
      uv_pipe_init(loop, &child->pipes[i], 0);
      child->pipes[i].data = child;
      child->pipe_open[i] = true;
      child->open_handles++;
      containers[i].flags = static_cast<uv_stdio_flags>(
          UV_CREATE_PIPE | (i == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE));
      containers[i].data.stream =
          reinterpret_cast<uv_stream_t*>(&child->pipes[i]);
    } else if (stdio[i] == -2) {
      containers[i].flags = UV_IGNORE;
    } else {
      containers[i].flags = UV_INHERIT_FD;
      containers[i].data.fd = stdio[i] == -3 ? i : stdio[i];
    }
  }
  uv_process_options_t options;
  memset(&options, 0, sizeof(options));
  options.exit_cb = OnExit;
  options.file = file.c_str();
  options.args = argv.data();
  options.env = has_env ? envp.data() : nullptr;
  options.cwd = has_cwd ? cwd.c_str() : nullptr;
  options.flags = info[6]->IsTrue() ? UV_PROCESS_DETACHED : 0;
  options.stdio_count = 3;
  options.stdio = containers;
  child->process.data = child;
  int error = uv_spawn(loop, &child->process, &options);
  child->open_handles++;  // uv_spawn initialised the handle, even on failure.
  if (error != 0) {
    uv_close(reinterpret_cast<uv_handle_t*>(&child->process), OnHandleClosed);
    for (int i = 0; i < 3; ++i) ClosePipe(child, i);
    v8::Local<v8::Value> values[] = {v8::Integer::New(isolate, error),
                                     v8::Integer::New(isolate, 0),
                                     v8::Integer::New(isolate, 0)};
    info.GetReturnValue().Set(v8::Array::New(isolate, values, 3));
    return;
  }
  child->id = next_child_id++;
  Children()[child->id] = child;
  child->context.Reset(isolate, context);
  child->on_event.Reset(isolate, info[5].As<v8::Function>());
  for (int i = 1; i < 3; ++i) {
    if (child->pipe_open[i]) {
      uv_read_start(reinterpret_cast<uv_stream_t*>(&child->pipes[i]), OnAlloc,
                    OnRead);
    }
  }
  v8::Local<v8::Value> values[] = {
      v8::Integer::New(isolate, 0),
      v8::Integer::New(isolate, child->process.pid),
      v8::Integer::New(isolate, child->id)};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 3));
}

struct WriteRequest {
  uv_write_t request;
  std::string data;
};

void OnWritten(uv_write_t* request, int status) {
  std::unique_ptr<WriteRequest> write(
      static_cast<WriteRequest*>(request->data));
  AsyncChild* child = static_cast<AsyncChild*>(request->handle->data);
  WithScope(child, [&](v8::Isolate* isolate) {
    Emit(child, kWritten, 0, v8::Integer::New(isolate, status),
         v8::Undefined(isolate));
  });
}

// child_process.write(id, bytes): starts writing to the child's stdin.
// Returns 0 (kWritten follows) or a negative errno.
void Write(const v8::FunctionCallbackInfo<v8::Value>& info) {
  AsyncChild* child = FindChild(info);
  if (child == nullptr || !child->pipe_open[0] || info.Length() < 2 ||
      !info[1]->IsArrayBufferView()) {
    return info.GetReturnValue().Set(UV_EPIPE);
  }
  auto* write = new WriteRequest();
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  write->data.resize(view->ByteLength());
  view->CopyContents(write->data.data(), write->data.size());
  write->request.data = write;
  uv_buf_t buffer = uv_buf_init(write->data.data(),
                                static_cast<unsigned int>(write->data.size()));
  int error = uv_write(&write->request,
                       reinterpret_cast<uv_stream_t*>(&child->pipes[0]),
                       &buffer, 1, OnWritten);
  if (error != 0) delete write;
  info.GetReturnValue().Set(error);
}

void OnShutdown(uv_shutdown_t* request, int) {
  AsyncChild* child = static_cast<AsyncChild*>(request->handle->data);
  delete request;
  ClosePipe(child, 0);
  ReportInputClosed(child);
}

// child_process.endInput(id): closes the child's stdin once what was
// written is flushed; kInputClosed follows.
void EndInput(const v8::FunctionCallbackInfo<v8::Value>& info) {
  AsyncChild* child = FindChild(info);
  if (child == nullptr || !child->pipe_open[0]) return;
  auto* request = new uv_shutdown_t();
  if (uv_shutdown(request, reinterpret_cast<uv_stream_t*>(&child->pipes[0]),
                  OnShutdown) != 0) {
    delete request;
    ClosePipe(child, 0);
  }
}

// child_process.closePipe(id, fd): stops reading the child's stdout or
// stderr and closes our end (a destroyed stream); no kEnd follows.
void ClosePipeNative(const v8::FunctionCallbackInfo<v8::Value>& info) {
  AsyncChild* child = FindChild(info);
  if (child == nullptr || info.Length() < 2 || !info[1]->IsInt32()) return;
  int fd = info[1].As<v8::Int32>()->Value();
  if (fd == 1 || fd == 2) ClosePipe(child, fd);
}

// child_process.kill(id, signal): 0 or a negative errno.
void Kill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  AsyncChild* child = FindChild(info);
  if (child == nullptr || child->exited) {
    return info.GetReturnValue().Set(UV_ESRCH);
  }
  int signal = info.Length() > 1 && info[1]->IsInt32()
                   ? info[1].As<v8::Int32>()->Value()
                   : SIGTERM;
  info.GetReturnValue().Set(uv_process_kill(&child->process, signal));
}

// child_process.setRef(id, referenced): whether the child (its process
// handle and pipes) keeps the event loop alive.
void SetRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  AsyncChild* child = FindChild(info);
  if (child == nullptr) return;
  bool referenced = info.Length() > 1 && info[1]->IsTrue();
  auto apply = [&](uv_handle_t* handle) {
    if (referenced) {
      uv_ref(handle);
    } else {
      uv_unref(handle);
    }
  };
  if (!child->exited) apply(reinterpret_cast<uv_handle_t*>(&child->process));
  for (int i = 0; i < 3; ++i) {
    if (child->pipe_open[i])
      apply(reinterpret_cast<uv_handle_t*>(&child->pipes[i]));
  }
}

constexpr NativeFunction kChildProcessFunctions[] = {
    {"spawnSync", SpawnSync, 9}, {"spawn", Spawn, 7},
    {"write", Write, 2},         {"endInput", EndInput, 1},
    {"kill", Kill, 2},           {"closePipe", ClosePipeNative, 2},
    {"setRef", SetRef, 2},
};

}  // namespace

const NativeModule& ChildProcessModule() {
  static constexpr NativeModule kModule = {"child_process",
                                           kChildProcessFunctions};
  return kModule;
}

}  // namespace thaw
