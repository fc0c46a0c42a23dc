#include "gtest/gtest.h"
#include "v8_support/js_exception.h"
#include "v8_support/testing/v8_test_environment.h"
#include "v8_support/v8_platform.h"

namespace thaw {

V8Test::V8Test()
    : allocator_(v8::ArrayBuffer::Allocator::NewDefaultAllocator()) {
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator_.get();
  isolate_ = v8::Isolate::New(params);
  isolate_scope_.emplace(isolate_);
  handle_scope_.emplace(isolate_);
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  context_.Reset(isolate_, context);
  context_scope_.emplace(context);
}

V8Test::~V8Test() {
  context_scope_.reset();
  context_.Reset();
  handle_scope_.reset();
  isolate_scope_.reset();
  isolate_->Dispose();
}

v8::Local<v8::Value> V8Test::Run(const char* source) {
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::Script::Compile(
           context(),
           v8::String::NewFromUtf8(isolate_, source).ToLocalChecked())
           .ToLocal(&script) ||
      !script->Run(context()).ToLocal(&result)) {
    ADD_FAILURE() << FormatJsException(isolate_, try_catch);
    return v8::Undefined(isolate_);
  }
  return result;
}

}  // namespace thaw

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  thaw::V8Process v8_process("", thaw::V8Process::Role::kRuntime);
  return RUN_ALL_TESTS();
}
