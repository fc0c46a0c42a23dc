#ifndef THAW_V8_SUPPORT_TESTING_V8_TEST_ENVIRONMENT_H_
#define THAW_V8_SUPPORT_TESTING_V8_TEST_ENVIRONMENT_H_

#include <memory>
#include <optional>

#include "gtest/gtest.h"
#include "v8.h"

namespace thaw {

// A test fixture with its own isolate and context, entered for the test body.
class V8Test : public ::testing::Test {
 protected:
  V8Test();
  ~V8Test() override;

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }

  // Runs `source` as a script and returns its completion value, failing the
  // test on an exception.
  v8::Local<v8::Value> Run(const char* source);

 private:
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_;
  v8::Global<v8::Context> context_;
  // Scopes must not live on the heap (V8 forbids new on HandleScope), so they
  // are held in place and entered and left with emplace() and reset().
  std::optional<v8::Isolate::Scope> isolate_scope_;
  std::optional<v8::HandleScope> handle_scope_;
  std::optional<v8::Context::Scope> context_scope_;
};

}  // namespace thaw

#endif  // THAW_V8_SUPPORT_TESTING_V8_TEST_ENVIRONMENT_H_
