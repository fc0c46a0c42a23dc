#include "snapshot_builder/uncaught_errors.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "v8_support/js_exception.h"

namespace thaw {
namespace {

UncaughtErrorCollector* active_collector = nullptr;

}  // namespace

UncaughtErrorCollector::UncaughtErrorCollector(v8::Isolate* isolate)
    : isolate_(isolate) {
  active_collector = this;
  isolate_->AddMessageListenerWithErrorLevel(OnMessage,
                                             v8::Isolate::kMessageError);
  isolate_->SetPromiseRejectCallback(OnPromiseReject);
}

UncaughtErrorCollector::~UncaughtErrorCollector() {
  isolate_->RemoveMessageListeners(OnMessage);
  isolate_->SetPromiseRejectCallback(nullptr);
  active_collector = nullptr;
}

void UncaughtErrorCollector::OnMessage(v8::Local<v8::Message> message,
                                       v8::Local<v8::Value> error) {
  if (active_collector == nullptr) return;
  active_collector->exceptions_.push_back(
      FormatJsError(active_collector->isolate_, error, message));
}

void UncaughtErrorCollector::OnPromiseReject(v8::PromiseRejectMessage message) {
  if (active_collector == nullptr) return;
  v8::Isolate* isolate = active_collector->isolate_;
  std::vector<Rejection>& rejections = active_collector->rejections_;
  v8::Local<v8::Promise> promise = message.GetPromise();
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler:
      rejections.push_back(
          Rejection{v8::Global<v8::Promise>(isolate, promise),
                    v8::Global<v8::Value>(isolate, message.GetValue())});
      break;
    case v8::kPromiseHandlerAddedAfterReject:
      rejections.erase(std::remove_if(rejections.begin(), rejections.end(),
                                      [&](const Rejection& rejection) {
                                        return rejection.promise == promise;
                                      }),
                       rejections.end());
      break;
    default:
      // Resolving or rejecting a settled promise again changes nothing.
      break;
  }
}

absl::Status UncaughtErrorCollector::Check() {
  if (!exceptions_.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "uncaught exception while building (in a microtask)",
        exceptions_.size() > 1
            ? absl::StrCat(", and ", exceptions_.size() - 1, " more")
            : "",
        ":\n", exceptions_.front()));
  }
  if (!rejections_.empty()) {
    v8::HandleScope handle_scope(isolate_);
    v8::Local<v8::Value> reason = rejections_.front().reason.Get(isolate_);
    return absl::InvalidArgumentError(absl::StrCat(
        "unhandled promise rejection while building",
        rejections_.size() > 1
            ? absl::StrCat(", and ", rejections_.size() - 1, " more")
            : "",
        reason->IsNativeError() ? ":\n" : ": the promise rejected with ",
        FormatJsError(isolate_, reason,
                      v8::Exception::CreateMessage(isolate_, reason))));
  }
  return absl::OkStatus();
}

}  // namespace thaw
