#include "v8_support/js_exception.h"

#include "absl/strings/str_cat.h"
#include "v8_support/v8_strings.h"

namespace thaw {
namespace {

// Returns the "file:line\nsource\n   ^^^\n" part, or "" when V8 did not
// record where the exception came from.
std::string FormatSourcePosition(v8::Isolate* isolate,
                                 v8::Local<v8::Context> context,
                                 v8::Local<v8::Message> message) {
  int line = 0;
  if (!message->GetLineNumber(context).To(&line) || line <= 0) return "";
  std::string resource = ToUtf8(isolate, message->GetScriptResourceName());
  std::string result = absl::StrCat(resource, ":", line, "\n");
  v8::Local<v8::String> source_line_value;
  if (!message->GetSourceLine(context).ToLocal(&source_line_value)) {
    return result;
  }
  std::string source_line = ToUtf8(isolate, source_line_value);
  absl::StrAppend(&result, source_line, "\n");
  int start = 0;
  int end = 0;
  if (!message->GetStartColumn(context).To(&start) ||
      !message->GetEndColumn(context).To(&end)) {
    return result;
  }
  // Columns count UTF-16 units while source_line is UTF-8, so the caret can
  // drift on lines with non-ASCII text before it; Node has the same limit.
  if (start < 0 || start > end ||
      static_cast<size_t>(start) > source_line.size()) {
    return result;
  }
  std::string underline;
  for (int i = 0; i < start; ++i) {
    underline.push_back(source_line[i] == '\t' ? '\t' : ' ');
  }
  underline.append(static_cast<size_t>(end > start ? end - start : 1), '^');
  absl::StrAppend(&result, underline, "\n");
  return result;
}

}  // namespace

std::string FormatJsError(v8::Isolate* isolate, v8::Local<v8::Value> exception,
                          v8::Local<v8::Message> message) {
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (exception.IsEmpty()) return "unknown JavaScript exception";

  std::string position;
  if (!message.IsEmpty()) {
    position = FormatSourcePosition(isolate, context, message);
  }

  // Reading `stack` can run a getter that throws; that must not replace the
  // exception being reported.
  v8::TryCatch nested(isolate);
  std::string description;
  v8::Local<v8::Value> stack;
  if (exception->IsObject() &&
      exception.As<v8::Object>()
          ->Get(context, NewString(isolate, "stack").ToLocalChecked())
          .ToLocal(&stack) &&
      stack->IsString()) {
    description = ToUtf8(isolate, stack);
  } else {
    description = ToUtf8(isolate, exception);
  }
  if (position.empty()) return description;
  return absl::StrCat(position, "\n", description);
}

std::string FormatJsException(v8::Isolate* isolate,
                              const v8::TryCatch& try_catch) {
  return FormatJsError(isolate, try_catch.Exception(), try_catch.Message());
}

absl::Status JsExceptionToStatus(v8::Isolate* isolate,
                                 const v8::TryCatch& try_catch,
                                 absl::string_view context) {
  return absl::InvalidArgumentError(
      absl::StrCat(context, ":\n", FormatJsException(isolate, try_catch)));
}

}  // namespace thaw
