// Native functions behind node:fs's synchronous API and the module loader.
// Errors are Node's system errors (bindings/system_error.h).

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <utility>
#include <vector>

#include "bindings/callback_support.h"
#include "bindings/native_module.h"
#include "bindings/system_error.h"
#include "file_io/file_io.h"

namespace thaw {
namespace {

bool PathArgument(const v8::FunctionCallbackInfo<v8::Value>& info, int index,
                  std::string* path) {
  if (info.Length() <= index || !info[index]->IsString()) {
    ThrowTypeError(info.GetIsolate(), "a path string is required");
    return false;
  }
  *path = ToUtf8(info.GetIsolate(), info[index]);
  return true;
}

// Reads a whole file, throwing Node's error for `open` or `read`.
bool ReadWholeFile(v8::Isolate* isolate, const std::string& path,
                   std::string* contents) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    ThrowSystemError(isolate, errno, "open", path);
    return false;
  }
  int error_number = ReadFully(fd, contents);
  close(fd);
  if (error_number != 0) {
    ThrowSystemError(isolate, error_number, "read");
    return false;
  }
  return true;
}

// fs.readFileUtf8(path): the file decoded as UTF-8.
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string path;
  std::string contents;
  if (!PathArgument(info, 0, &path) ||
      !ReadWholeFile(info.GetIsolate(), path, &contents)) {
    return;
  }
  v8::Local<v8::String> text;
  if (NewString(info.GetIsolate(), contents).ToLocal(&text)) {
    info.GetReturnValue().Set(text);
  } else {
    ThrowError(info.GetIsolate(), "file too large for a string: " + path);
  }
}

// fs.readFileBytes(path): the file as a Uint8Array.
void ReadFileBytes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  std::string contents;
  if (!PathArgument(info, 0, &path) ||
      !ReadWholeFile(isolate, path, &contents)) {
    return;
  }
  v8::Local<v8::ArrayBuffer> buffer =
      v8::ArrayBuffer::New(isolate, contents.size());
  if (!contents.empty()) {
    memcpy(buffer->GetBackingStore()->Data(), contents.data(), contents.size());
  }
  info.GetReturnValue().Set(v8::Uint8Array::New(buffer, 0, contents.size()));
}

// fs.writeFile(path, data, append, mode): data is a string (UTF-8) or an
// ArrayBufferView.
void WriteFile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  if (!PathArgument(info, 0, &path)) return;
  std::string bytes;
  if (info.Length() > 1 && info[1]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
    bytes.resize(view->ByteLength());
    view->CopyContents(bytes.data(), bytes.size());
  } else if (info.Length() > 1 && info[1]->IsString()) {
    bytes = ToUtf8(isolate, info[1]);
  } else {
    ThrowTypeError(isolate, "data must be a string or bytes");
    return;
  }
  bool append = info.Length() > 2 && info[2]->IsTrue();
  int mode = info.Length() > 3 && info[3]->IsInt32()
                 ? info[3].As<v8::Int32>()->Value()
                 : 0666;
  int fd = open(path.c_str(),
                O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC),
                mode);
  if (fd < 0) {
    ThrowSystemError(isolate, errno, "open", path);
    return;
  }
  int error_number = WriteFully(fd, bytes);
  if (close(fd) != 0 && error_number == 0) error_number = errno;
  if (error_number != 0) ThrowSystemError(isolate, error_number, "write");
}

// fs.statKind(path): 0 for a file, 1 for a directory, 2 for anything else,
// or a negative errno. Never throws: the module loader probes many paths.
void StatKind(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1 || !info[0]->IsString()) return;
  std::string path = ToUtf8(info.GetIsolate(), info[0]);
  struct stat status;
  if (stat(path.c_str(), &status) != 0) {
    info.GetReturnValue().Set(-errno);
    return;
  }
  info.GetReturnValue().Set(S_ISREG(status.st_mode)   ? 0
                            : S_ISDIR(status.st_mode) ? 1
                                                      : 2);
}

// fs.realpath(path): the canonical absolute path.
void RealPath(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string path;
  if (!PathArgument(info, 0, &path)) return;
  char* resolved = realpath(path.c_str(), nullptr);
  if (resolved == nullptr) {
    ThrowSystemError(info.GetIsolate(), errno, "realpath", path);
    return;
  }
  v8::Local<v8::String> result;
  if (NewString(info.GetIsolate(), resolved).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
  free(resolved);
}

// fs.readdir(path): the entries' names, without "." and "..", and for each
// a type: [names, types] with types 1 file, 2 directory, 3 symlink, 0 other.
// Sorted by name in byte order, as libuv's scandir (and so Node) gives them.
void ReadDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string path;
  if (!PathArgument(info, 0, &path)) return;
  DIR* directory = opendir(path.c_str());
  if (directory == nullptr) {
    ThrowSystemError(isolate, errno, "scandir", path);
    return;
  }
  std::vector<std::pair<std::string, int>> entries;
  while (dirent* entry = readdir(directory)) {
    std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    int type = entry->d_type == DT_REG   ? 1
               : entry->d_type == DT_DIR ? 2
               : entry->d_type == DT_LNK ? 3
                                         : 0;
    entries.emplace_back(std::move(name), type);
  }
  closedir(directory);
  std::sort(entries.begin(), entries.end());
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> names = v8::Array::New(isolate, entries.size());
  v8::Local<v8::Array> types = v8::Array::New(isolate, entries.size());
  for (uint32_t index = 0; index < entries.size(); ++index) {
    v8::Local<v8::String> name;
    if (!NewString(isolate, entries[index].first).ToLocal(&name) ||
        names->Set(context, index, name).IsNothing() ||
        types
            ->Set(context, index,
                  v8::Integer::New(isolate, entries[index].second))
            .IsNothing()) {
      return;
    }
  }
  v8::Local<v8::Value> result[] = {names, types};
  info.GetReturnValue().Set(v8::Array::New(isolate, result, 2));
}

// fs.mkdir(path, mode): one directory.
void MakeDirectory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string path;
  if (!PathArgument(info, 0, &path)) return;
  int mode = info.Length() > 1 && info[1]->IsInt32()
                 ? info[1].As<v8::Int32>()->Value()
                 : 0777;
  if (mkdir(path.c_str(), mode) != 0) {
    ThrowSystemError(info.GetIsolate(), errno, "mkdir", path);
  }
}

// fs.unlink(path) and fs.rmdir(path).
void Unlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string path;
  if (!PathArgument(info, 0, &path)) return;
  if (unlink(path.c_str()) != 0) {
    ThrowSystemError(info.GetIsolate(), errno, "unlink", path);
  }
}

void RemoveDirectory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string path;
  if (!PathArgument(info, 0, &path)) return;
  if (rmdir(path.c_str()) != 0) {
    ThrowSystemError(info.GetIsolate(), errno, "rmdir", path);
  }
}

constexpr NativeFunction kFsFunctions[] = {
    {"readFileUtf8", ReadFileUtf8, 1}, {"readFileBytes", ReadFileBytes, 1},
    {"writeFile", WriteFile, 4},       {"statKind", StatKind, 1},
    {"realpath", RealPath, 1},         {"readdir", ReadDir, 1},
    {"mkdir", MakeDirectory, 2},       {"unlink", Unlink, 1},
    {"rmdir", RemoveDirectory, 1},
};

}  // namespace

const NativeModule& FsModule() {
  static constexpr NativeModule kModule = {"fs", kFsFunctions};
  return kModule;
}

}  // namespace thaw
