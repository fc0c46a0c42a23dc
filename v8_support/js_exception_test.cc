#include "v8_support/js_exception.h"

#include <string>

#include "gtest/gtest.h"
#include "v8_support/testing/v8_test_environment.h"
#include "v8_support/v8_strings.h"

namespace thaw {
namespace {

class JsExceptionTest : public V8Test {
 protected:
  // Compiles and runs `source` as file `name`, returning the formatted
  // exception it throws ("" if it does not throw).
  std::string RunAndFormat(const char* name, const char* source) {
    v8::TryCatch try_catch(isolate());
    v8::ScriptOrigin origin(isolate(),
                            NewString(isolate(), name).ToLocalChecked());
    v8::Local<v8::Script> script;
    if (v8::Script::Compile(
            context(), NewString(isolate(), source).ToLocalChecked(), &origin)
            .ToLocal(&script)) {
      v8::Local<v8::Value> ignored;
      if (script->Run(context()).ToLocal(&ignored)) return "";
    }
    return FormatJsException(isolate(), try_catch);
  }
};

TEST_F(JsExceptionTest, ThrownErrorShowsFileLineCaretAndStack) {
  std::string text = RunAndFormat("/app/main.js",
                                  "let a = 1;\n"
                                  "  throw new Error('boom');\n");
  EXPECT_EQ(text,
            "/app/main.js:2\n"
            "  throw new Error('boom');\n"
            "  ^\n"
            "\n"
            "Error: boom\n"
            "    at /app/main.js:2:9");
}

TEST_F(JsExceptionTest, SyntaxErrorUnderlinesTheToken) {
  std::string text = RunAndFormat("bad.js", "let x = ;\n");
  EXPECT_EQ(text,
            "bad.js:1\n"
            "let x = ;\n"
            "        ^\n"
            "\n"
            "SyntaxError: Unexpected token ';'");
}

TEST_F(JsExceptionTest, NonErrorValueIsPrintedAsString) {
  std::string text = RunAndFormat("v.js", "throw 42");
  EXPECT_EQ(text, "v.js:1\nthrow 42\n^\n\n42");
}

TEST_F(JsExceptionTest, ThrowingStackGetterDoesNotHideTheException) {
  std::string text =
      RunAndFormat("g.js",
                   "const e = {toString() { return 'custom'; }};\n"
                   "Object.defineProperty(e, 'stack', {get() { throw 1; }});\n"
                   "throw e;");
  EXPECT_NE(text.find("g.js:3"), std::string::npos) << text;
  EXPECT_NE(text.find("custom"), std::string::npos) << text;
}

TEST_F(JsExceptionTest, StatusCarriesContextAndText) {
  v8::TryCatch try_catch(isolate());
  v8::Local<v8::Script> script =
      v8::Script::Compile(context(),
                          NewString(isolate(), "null.x").ToLocalChecked())
          .ToLocalChecked();
  EXPECT_TRUE(script->Run(context()).IsEmpty());
  absl::Status status =
      JsExceptionToStatus(isolate(), try_catch, "while testing");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("while testing:\n"), std::string::npos);
  EXPECT_NE(status.message().find("TypeError: Cannot read properties of null"),
            std::string::npos)
      << status.message();
}

}  // namespace
}  // namespace thaw
