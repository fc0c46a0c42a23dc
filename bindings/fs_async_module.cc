// Native functions behind node:fs's callback and promise APIs: each starts a
// libuv file-system request on the thread pool and, when it is done, calls
// the JS callback given as its last argument with (error, result) through
// EventLoop::MakeCallback. Called without a callback, the same function runs
// the request synchronously on the calling thread and returns the result or
// throws, which is what the extra synchronous fs functions use.
//
// Errors are Node's system errors (bindings/system_error.h). Nothing here
// holds a V8 handle once its request has finished.

#include <fcntl.h>

#include <cstdint>
#include <memory>
#include <string>

#include "bindings/callback_support.h"
#include "bindings/event_loop.h"
#include "bindings/isolate_state.h"
#include "bindings/native_module.h"
#include "bindings/system_error.h"
#include "uv.h"
#include "v8_support/v8_strings.h"

namespace thaw {
namespace {

// How a finished request's result becomes a JS value.
enum class ResultKind {
  kNone,     // undefined
  kNumber,   // req->result (fd, byte count)
  kStats,    // req->statbuf as an array of numbers
  kEntries,  // scandir: [names, types]
  kString,   // req->ptr as a string (realpath, readlink)
  kPath,     // req->path as a string (mkdtemp: the directory it made)
};

struct FsRequest {
  uv_fs_t req;
  v8::Isolate* isolate = nullptr;
  v8::Global<v8::Function> callback;
  // Keeps the memory of a read or write buffer alive while the pool uses it.
  std::shared_ptr<v8::BackingStore> backing_store;
  ResultKind kind = ResultKind::kNone;
  const char* syscall = "";
  std::string path;
  std::string dest;
};

v8::Local<v8::Value> StatsArray(v8::Isolate* isolate, const uv_stat_t& s) {
  auto ms = [](const uv_timespec_t& time) {
    return static_cast<double>(time.tv_sec) * 1e3 + time.tv_nsec / 1e6;
  };
  // Same order as bindings/fs_module.cc's fs.stat.
  double fields[] = {static_cast<double>(s.st_dev),
                     static_cast<double>(s.st_mode),
                     static_cast<double>(s.st_nlink),
                     static_cast<double>(s.st_uid),
                     static_cast<double>(s.st_gid),
                     static_cast<double>(s.st_rdev),
                     static_cast<double>(s.st_blksize),
                     static_cast<double>(s.st_ino),
                     static_cast<double>(s.st_size),
                     static_cast<double>(s.st_blocks),
                     ms(s.st_atim),
                     ms(s.st_mtim),
                     ms(s.st_ctim),
                     ms(s.st_birthtim)};
  constexpr int kCount = sizeof(fields) / sizeof(fields[0]);
  v8::Local<v8::Value> values[kCount];
  for (int i = 0; i < kCount; ++i) {
    values[i] = v8::Number::New(isolate, fields[i]);
  }
  return v8::Array::New(isolate, values, kCount);
}

// The result of a successful request, or empty with a pending exception.
v8::MaybeLocal<v8::Value> ResultValue(v8::Isolate* isolate,
                                      v8::Local<v8::Context> context,
                                      FsRequest* request) {
  uv_fs_t* req = &request->req;
  switch (request->kind) {
    case ResultKind::kNone:
      return v8::Undefined(isolate);
    case ResultKind::kNumber:
      return v8::Number::New(isolate, static_cast<double>(req->result));
    case ResultKind::kStats:
      return StatsArray(isolate, req->statbuf);
    case ResultKind::kString:
    case ResultKind::kPath: {
      const char* value = request->kind == ResultKind::kString
                              ? static_cast<const char*>(req->ptr)
                              : req->path;
      v8::Local<v8::String> text;
      if (!NewString(isolate, value).ToLocal(&text)) return {};
      return text;
    }
    case ResultKind::kEntries: {
      v8::Local<v8::Array> names = v8::Array::New(isolate);
      v8::Local<v8::Array> types = v8::Array::New(isolate);
      uv_dirent_t entry;
      uint32_t index = 0;
      while (uv_fs_scandir_next(req, &entry) != UV_EOF) {
        int type = entry.type == UV_DIRENT_FILE   ? 1
                   : entry.type == UV_DIRENT_DIR  ? 2
                   : entry.type == UV_DIRENT_LINK ? 3
                                                  : 0;
        v8::Local<v8::String> name;
        if (!NewString(isolate, entry.name).ToLocal(&name) ||
            names->Set(context, index, name).IsNothing() ||
            types->Set(context, index, v8::Integer::New(isolate, type))
                .IsNothing()) {
          return {};
        }
        ++index;
      }
      v8::Local<v8::Value> pair[] = {names, types};
      return v8::Array::New(isolate, pair, 2);
    }
  }
  return v8::Undefined(isolate);
}

void OnDone(uv_fs_t* req) {
  std::unique_ptr<FsRequest> request(static_cast<FsRequest*>(req->data));
  v8::Isolate* isolate = request->isolate;
  IsolateState* state = GetIsolateState(isolate);
  EventLoop* loop = state == nullptr ? nullptr : state->event_loop;
  if (loop == nullptr || loop->exiting()) {
    uv_fs_req_cleanup(req);
    return;
  }
  v8::HandleScope scope(isolate);
  v8::Local<v8::Function> callback = request->callback.Get(isolate);
  v8::Local<v8::Context> context = callback->GetCreationContextChecked();
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Value> argv[2];
  int argc = 1;
  {
    v8::TryCatch try_catch(isolate);
    if (req->result < 0) {
      v8::Local<v8::Object> error;
      if (NewSystemError(isolate, static_cast<int>(-req->result),
                         request->syscall, request->path, request->dest)
              .ToLocal(&error)) {
        argv[0] = error;
      } else {
        argv[0] = try_catch.Exception();
      }
    } else {
      v8::Local<v8::Value> result;
      if (ResultValue(isolate, context, request.get()).ToLocal(&result)) {
        argv[0] = v8::Null(isolate);
        argv[1] = result;
        argc = 2;
      } else {
        argv[0] = try_catch.Exception();
      }
    }
    if (argv[0].IsEmpty()) argv[0] = v8::Undefined(isolate);
  }
  uv_fs_req_cleanup(req);
  request.reset();
  loop->MakeCallback(callback, argc, argv);
}

// Starts `start` asynchronously if the last argument is a function, else
// runs it synchronously and returns or throws. `start` calls one uv_fs_*
// function with the given loop, request and completion callback.
template <typename Start>
void Run(const v8::FunctionCallbackInfo<v8::Value>& info,
         std::unique_ptr<FsRequest> request, Start start) {
  v8::Isolate* isolate = info.GetIsolate();
  request->isolate = isolate;
  request->req.data = request.get();
  v8::Local<v8::Value> last = v8::Undefined(isolate);
  if (info.Length() > 0) last = info[info.Length() - 1];
  if (last->IsFunction()) {
    IsolateState* state = GetIsolateState(isolate);
    if (state == nullptr || state->event_loop == nullptr) {
      ThrowError(isolate,
                 "asynchronous fs operations are not available while a "
                 "snapshot is built");
      return;
    }
    request->callback.Reset(isolate, last.As<v8::Function>());
    int result = start(state->event_loop->uv_loop(), &request->req, OnDone);
    if (result < 0) {
      uv_fs_req_cleanup(&request->req);
      ThrowSystemError(isolate, -result, request->syscall, request->path,
                       request->dest);
      return;
    }
    request.release();  // OnDone owns it now.
    return;
  }
  // Synchronous: libuv runs the request right here and needs no loop.
  start(nullptr, &request->req, nullptr);
  if (request->req.result < 0) {
    int error_number = static_cast<int>(-request->req.result);
    uv_fs_req_cleanup(&request->req);
    ThrowSystemError(isolate, error_number, request->syscall, request->path,
                     request->dest);
    return;
  }
  v8::Local<v8::Value> value;
  bool ok = ResultValue(isolate, isolate->GetCurrentContext(), request.get())
                .ToLocal(&value);
  uv_fs_req_cleanup(&request->req);
  if (ok) info.GetReturnValue().Set(value);
}

std::unique_ptr<FsRequest> NewRequest(const char* syscall, ResultKind kind) {
  auto request = std::make_unique<FsRequest>();
  request->syscall = syscall;
  request->kind = kind;
  return request;
}

bool StringArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index,
               std::string* out) {
  if (info.Length() <= index || !info[index]->IsString()) {
    ThrowTypeError(info.GetIsolate(), "a path string is required");
    return false;
  }
  *out = ToUtf8(info.GetIsolate(), info[index]);
  return true;
}

bool IntArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index,
            int64_t fallback, int64_t* out) {
  if (info.Length() <= index || !info[index]->IsNumber()) {
    *out = fallback;
    return true;
  }
  double value = info[index].As<v8::Number>()->Value();
  *out = static_cast<int64_t>(value);
  return true;
}

double NumberArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  if (info.Length() <= index || !info[index]->IsNumber()) return 0;
  return info[index].As<v8::Number>()->Value();
}

// One path argument, then the callback.
#define PATH_ONLY(NAME, SYSCALL, KIND, CALL)                   \
  void NAME(const v8::FunctionCallbackInfo<v8::Value>& info) { \
    auto request = NewRequest(SYSCALL, KIND);                  \
    if (!StringArg(info, 0, &request->path)) return;           \
    std::string path = request->path;                          \
    Run(info, std::move(request),                              \
        [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {      \
          return CALL(loop, req, path.c_str(), cb);            \
        });                                                    \
  }

PATH_ONLY(Stat, "stat", ResultKind::kStats, uv_fs_stat)
PATH_ONLY(Lstat, "lstat", ResultKind::kStats, uv_fs_lstat)
PATH_ONLY(Rmdir, "rmdir", ResultKind::kNone, uv_fs_rmdir)
PATH_ONLY(Unlink, "unlink", ResultKind::kNone, uv_fs_unlink)
PATH_ONLY(Realpath, "realpath", ResultKind::kString, uv_fs_realpath)
PATH_ONLY(Readlink, "readlink", ResultKind::kString, uv_fs_readlink)
// mkdtemp's path is the template, PREFIXXXXXXX, as in Node's errors.
PATH_ONLY(Mkdtemp, "mkdtemp", ResultKind::kPath, uv_fs_mkdtemp)

#undef PATH_ONLY

// fsAsync.readdir(path, cb): [names, types] as bindings/fs_module.cc's.
void Readdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto request = NewRequest("scandir", ResultKind::kEntries);
  if (!StringArg(info, 0, &request->path)) return;
  std::string path = request->path;
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_scandir(loop, req, path.c_str(), 0, cb);
      });
}

// fsAsync.open(path, flags, mode, cb): the fd.
void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto request = NewRequest("open", ResultKind::kNumber);
  if (!StringArg(info, 0, &request->path)) return;
  int64_t flags, mode;
  IntArg(info, 1, O_RDONLY, &flags);
  IntArg(info, 2, 0666, &mode);
  std::string path = request->path;
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_open(loop, req, path.c_str(),
                          static_cast<int>(flags) | O_CLOEXEC,
                          static_cast<int>(mode), cb);
      });
}

// fsAsync.mkdir(path, mode, cb), chmod(path, mode, cb), access(path, mode, cb).
void Mkdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto request = NewRequest("mkdir", ResultKind::kNone);
  if (!StringArg(info, 0, &request->path)) return;
  int64_t mode;
  IntArg(info, 1, 0777, &mode);
  std::string path = request->path;
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_mkdir(loop, req, path.c_str(), static_cast<int>(mode), cb);
      });
}

void Chmod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto request = NewRequest("chmod", ResultKind::kNone);
  if (!StringArg(info, 0, &request->path)) return;
  int64_t mode;
  IntArg(info, 1, 0666, &mode);
  std::string path = request->path;
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_chmod(loop, req, path.c_str(), static_cast<int>(mode), cb);
      });
}

void Access(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto request = NewRequest("access", ResultKind::kNone);
  if (!StringArg(info, 0, &request->path)) return;
  int64_t mode;
  IntArg(info, 1, F_OK, &mode);
  std::string path = request->path;
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_access(loop, req, path.c_str(), static_cast<int>(mode),
                            cb);
      });
}

// fsAsync.utimes(path, atimeSeconds, mtimeSeconds, cb).
void Utimes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto request = NewRequest("utime", ResultKind::kNone);
  if (!StringArg(info, 0, &request->path)) return;
  double atime = NumberArg(info, 1);
  double mtime = NumberArg(info, 2);
  std::string path = request->path;
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_utime(loop, req, path.c_str(), atime, mtime, cb);
      });
}

// Two paths: rename(from, to, cb), copyfile(from, to, flags, cb),
// symlink(target, path, cb).
void Rename(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto request = NewRequest("rename", ResultKind::kNone);
  if (!StringArg(info, 0, &request->path) ||
      !StringArg(info, 1, &request->dest)) {
    return;
  }
  std::string from = request->path, to = request->dest;
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_rename(loop, req, from.c_str(), to.c_str(), cb);
      });
}

void Copyfile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto request = NewRequest("copyfile", ResultKind::kNone);
  if (!StringArg(info, 0, &request->path) ||
      !StringArg(info, 1, &request->dest)) {
    return;
  }
  int64_t flags;
  IntArg(info, 2, 0, &flags);
  std::string from = request->path, to = request->dest;
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_copyfile(loop, req, from.c_str(), to.c_str(),
                              static_cast<int>(flags), cb);
      });
}

void Symlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto request = NewRequest("symlink", ResultKind::kNone);
  if (!StringArg(info, 0, &request->path) ||
      !StringArg(info, 1, &request->dest)) {
    return;
  }
  std::string target = request->path, path = request->dest;
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_symlink(loop, req, target.c_str(), path.c_str(), 0, cb);
      });
}

bool FdArg(const v8::FunctionCallbackInfo<v8::Value>& info, int* fd) {
  if (info.Length() < 1 || !info[0]->IsInt32()) {
    ThrowTypeError(info.GetIsolate(), "a file descriptor is required");
    return false;
  }
  *fd = info[0].As<v8::Int32>()->Value();
  return true;
}

// fd only: close(fd, cb), fstat(fd, cb), fsync(fd, cb).
void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd;
  if (!FdArg(info, &fd)) return;
  Run(info, NewRequest("close", ResultKind::kNone),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_close(loop, req, fd, cb);
      });
}

void Fstat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd;
  if (!FdArg(info, &fd)) return;
  Run(info, NewRequest("fstat", ResultKind::kStats),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_fstat(loop, req, fd, cb);
      });
}

void Fsync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd;
  if (!FdArg(info, &fd)) return;
  Run(info, NewRequest("fsync", ResultKind::kNone),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_fsync(loop, req, fd, cb);
      });
}

// ftruncate(fd, length, cb).
void Ftruncate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd;
  if (!FdArg(info, &fd)) return;
  int64_t length;
  IntArg(info, 1, 0, &length);
  Run(info, NewRequest("ftruncate", ResultKind::kNone),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return uv_fs_ftruncate(loop, req, fd, length, cb);
      });
}

// read(fd, view, offset, length, position, cb) and write(...): the number
// of bytes moved. position -1 (or not a number) means the current one.
template <bool kWrite>
void ReadOrWrite(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd;
  if (!FdArg(info, &fd)) return;
  if (info.Length() < 2 || !info[1]->IsArrayBufferView()) {
    ThrowTypeError(isolate, "a buffer is required");
    return;
  }
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  int64_t offset, length, position;
  IntArg(info, 2, 0, &offset);
  IntArg(info, 3, static_cast<int64_t>(view->ByteLength()) - offset, &length);
  IntArg(info, 4, -1, &position);
  if (offset < 0 || length < 0 ||
      static_cast<uint64_t>(offset + length) > view->ByteLength()) {
    ThrowTypeError(isolate, "offset and length must be within the buffer");
    return;
  }
  auto request = NewRequest(kWrite ? "write" : "read", ResultKind::kNumber);
  // Buffer() moves a small on-heap typed array's bytes off the heap, so the
  // pointer stays valid while the thread pool uses it.
  request->backing_store = view->Buffer()->GetBackingStore();
  char* data = static_cast<char*>(request->backing_store->Data()) +
               view->ByteOffset() + offset;
  uv_buf_t buffer = uv_buf_init(data, static_cast<unsigned int>(length));
  Run(info, std::move(request),
      [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
        return kWrite ? uv_fs_write(loop, req, fd, &buffer, 1, position, cb)
                      : uv_fs_read(loop, req, fd, &buffer, 1, position, cb);
      });
}

constexpr NativeFunction kFsAsyncFunctions[] = {
    {"open", Open, 4},
    {"close", Close, 2},
    {"read", ReadOrWrite<false>, 6},
    {"write", ReadOrWrite<true>, 6},
    {"stat", Stat, 2},
    {"lstat", Lstat, 2},
    {"fstat", Fstat, 2},
    {"readdir", Readdir, 2},
    {"mkdir", Mkdir, 3},
    {"rmdir", Rmdir, 2},
    {"unlink", Unlink, 2},
    {"rename", Rename, 3},
    {"realpath", Realpath, 2},
    {"readlink", Readlink, 2},
    {"mkdtemp", Mkdtemp, 2},
    {"symlink", Symlink, 3},
    {"chmod", Chmod, 3},
    {"utimes", Utimes, 4},
    {"copyfile", Copyfile, 4},
    {"access", Access, 3},
    {"fsync", Fsync, 2},
    {"ftruncate", Ftruncate, 3},
};

}  // namespace

const NativeModule& FsAsyncModule() {
  static constexpr NativeModule kModule = {"fsAsync", kFsAsyncFunctions};
  return kModule;
}

}  // namespace thaw
