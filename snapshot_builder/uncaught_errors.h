#ifndef THAW_SNAPSHOT_BUILDER_UNCAUGHT_ERRORS_H_
#define THAW_SNAPSHOT_BUILDER_UNCAUGHT_ERRORS_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "v8.h"

namespace thaw {

// Collects the errors that reach no TryCatch while a snapshot is built:
// exceptions thrown by microtasks (V8 hands those to message listeners, and
// a running thaw reports them through its event loop, which the builder
// does not have) and promise rejections that no handler took. A running
// process dies of either, so a build must not swallow them: Check() turns
// the first into the build's error.
//
// Only one collector may exist per process (V8's promise-reject callback is
// a plain function); it must outlive the code it watches.
class UncaughtErrorCollector {
 public:
  explicit UncaughtErrorCollector(v8::Isolate* isolate);
  ~UncaughtErrorCollector();
  UncaughtErrorCollector(const UncaughtErrorCollector&) = delete;
  UncaughtErrorCollector& operator=(const UncaughtErrorCollector&) = delete;

  // OK, or an error with the first uncaught exception (as Node prints it)
  // or the first rejection still unhandled, and how many more there were.
  absl::Status Check();

 private:
  struct Rejection {
    v8::Global<v8::Promise> promise;
    v8::Global<v8::Value> reason;
  };
  static void OnMessage(v8::Local<v8::Message> message,
                        v8::Local<v8::Value> error);
  static void OnPromiseReject(v8::PromiseRejectMessage message);

  v8::Isolate* isolate_;
  std::vector<std::string> exceptions_;
  std::vector<Rejection> rejections_;
};

}  // namespace thaw

#endif  // THAW_SNAPSHOT_BUILDER_UNCAUGHT_ERRORS_H_
