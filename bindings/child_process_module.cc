// Native function behind node:child_process's synchronous API
// (stdlib_js/85_child_process.js): posix_spawn, pipes and a poll loop. It
// blocks the thread until the child exits and its pipes close, as Node's
// spawnSync does, and never touches the event loop.

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
#include <string>
#include <vector>

#include "bindings/callback_support.h"
#include "bindings/native_module.h"

extern char** environ;

namespace thaw {
namespace {

double NowMs() {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
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
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, data.size());
  if (!data.empty()) {
    memcpy(buffer->GetBackingStore()->Data(), data.data(), data.size());
  }
  return v8::Uint8Array::New(buffer, 0, data.size());
}

void CloseIfOpen(int* fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
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
  std::string file = ToUtf8(isolate, info[0]);
  std::vector<std::string> args = StringArray(isolate, info[1]);
  bool has_env = info[2]->IsArray();
  std::vector<std::string> env = StringArray(isolate, info[2]);
  bool has_cwd = info[3]->IsString();
  std::string cwd = has_cwd ? ToUtf8(isolate, info[3]) : "";
  int stdio[3] = {-1, -1, -1};
  v8::Local<v8::Array> stdio_array = info[4].As<v8::Array>();
  for (uint32_t i = 0; i < 3; ++i) {
    v8::Local<v8::Value> item;
    if (stdio_array->Get(context, i).ToLocal(&item) && item->IsInt32()) {
      stdio[i] = item.As<v8::Int32>()->Value();
    }
  }
  std::string input;
  if (info[5]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = info[5].As<v8::ArrayBufferView>();
    input.resize(view->ByteLength());
    view->CopyContents(input.data(), input.size());
  }
  double timeout_ms = info[6]->IsNumber() ? info[6].As<v8::Number>()->Value() : 0;
  double max_buffer = info[7]->IsNumber() ? info[7].As<v8::Number>()->Value()
                                          : 1024 * 1024;
  int kill_signal = info[8]->IsInt32() ? info[8].As<v8::Int32>()->Value() : SIGTERM;

  auto result = [&](double pid, v8::Local<v8::Value> status,
                    v8::Local<v8::Value> signal, v8::Local<v8::Value> out,
                    v8::Local<v8::Value> err, int error_number) {
    v8::Local<v8::Value> values[] = {v8::Number::New(isolate, pid), status,
                                     signal, out, err,
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

  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  if (argv.empty()) argv.push_back(file.data());
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (std::string& pair : env) envp.push_back(pair.data());
  envp.push_back(nullptr);

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
      child_ends[i] = open("/dev/null", (i == 0 ? O_RDONLY : O_WRONLY) | O_CLOEXEC);
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
      int source = child_ends[i] >= 0 ? child_ends[i] : stdio[i] >= 0 ? stdio[i] : -1;
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

constexpr NativeFunction kChildProcessFunctions[] = {
    {"spawnSync", SpawnSync, 9},
};

}  // namespace

const NativeModule& ChildProcessModule() {
  static constexpr NativeModule kModule = {"child_process",
                                           kChildProcessFunctions};
  return kModule;
}

}  // namespace thaw
