// Native functions for writing to the process's standard streams.

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "bindings/callback_support.h"
#include "bindings/native_module.h"
#include "file_io/file_io.h"

namespace thaw {
namespace {

// io.write(fd, data): fd is 1 (stdout) or 2 (stderr); data is a string,
// written as UTF-8, or an ArrayBufferView, written as is. Returns true when
// every byte was written, false when the stream is a closed pipe.
void Write(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 2 || !info[0]->IsInt32() ||
      !(info[1]->IsString() || info[1]->IsArrayBufferView())) {
    ThrowTypeError(isolate,
                   "io.write(fd, data) needs an fd and a string or bytes");
    return;
  }
  int fd = info[0].As<v8::Int32>()->Value();
  if (fd != 1 && fd != 2) {
    ThrowTypeError(isolate, "io.write can only write to fd 1 or 2");
    return;
  }
  std::string bytes;
  if (info[1]->IsString()) {
    v8::Local<v8::String> text = info[1].As<v8::String>();
    bytes.resize(static_cast<size_t>(text->Utf8Length(isolate)));
    text->WriteUtf8(isolate, bytes.data(), static_cast<int>(bytes.size()),
                    nullptr, v8::String::NO_NULL_TERMINATION);
  } else {
    v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
    bytes.resize(view->ByteLength());
    view->CopyContents(bytes.data(), bytes.size());
  }
  // Output to a closed pipe is dropped quietly, as `thaw x.js | head -1`
  // expects; the JS side then ends the process.
  int error_number = WriteFully(fd, bytes);
  if (error_number == 0) {
    info.GetReturnValue().Set(true);
  } else if (error_number == EPIPE) {
    info.GetReturnValue().Set(false);
  } else {
    ThrowError(isolate, std::string("write failed: ") + strerror(error_number));
  }
}

// io.isatty(fd): whether fd is a terminal.
void IsATty(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() != 1 || !info[0]->IsInt32()) {
    ThrowTypeError(info.GetIsolate(), "io.isatty(fd) needs an fd");
    return;
  }
  info.GetReturnValue().Set(isatty(info[0].As<v8::Int32>()->Value()) == 1);
}

// io.terminalSize(fd): [columns, rows] of the terminal on fd, or undefined
// when fd is not a terminal.
void TerminalSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() != 1 || !info[0]->IsInt32()) {
    ThrowTypeError(isolate, "io.terminalSize(fd) needs an fd");
    return;
  }
  struct winsize size;
  if (ioctl(info[0].As<v8::Int32>()->Value(), TIOCGWINSZ, &size) != 0) return;
  v8::Local<v8::Value> values[] = {v8::Integer::New(isolate, size.ws_col),
                                   v8::Integer::New(isolate, size.ws_row)};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

constexpr NativeFunction kIoFunctions[] = {
    {"write", Write, 2},
    {"isatty", IsATty, 1},
    {"terminalSize", TerminalSize, 1},
};

}  // namespace

const NativeModule& IoModule() {
  static constexpr NativeModule kModule = {"io", kIoFunctions};
  return kModule;
}

}  // namespace thaw
