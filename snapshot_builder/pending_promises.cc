#include "snapshot_builder/pending_promises.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace thaw {
namespace {

PendingPromiseTracker* active_tracker = nullptr;

// "file:line:column" of the innermost JS frame, or "" outside JS.
std::string CurrentLocation(v8::Isolate* isolate) {
  v8::Local<v8::StackTrace> trace =
      v8::StackTrace::CurrentStackTrace(isolate, 1);
  if (trace->GetFrameCount() == 0) return "";
  v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, 0);
  v8::String::Utf8Value script(isolate, frame->GetScriptName());
  return absl::StrCat(*script != nullptr ? *script : "<unknown>", ":",
                      frame->GetLineNumber(), ":", frame->GetColumn());
}

}  // namespace

PendingPromiseTracker::PendingPromiseTracker(v8::Isolate* isolate)
    : isolate_(isolate) {
  active_tracker = this;
  isolate_->SetPromiseHook(OnPromise);
}

PendingPromiseTracker::~PendingPromiseTracker() {
  isolate_->SetPromiseHook(nullptr);
  for (Tracked& tracked : tracked_) tracked.promise.Reset();
  active_tracker = nullptr;
}

void PendingPromiseTracker::OnPromise(v8::PromiseHookType type,
                                      v8::Local<v8::Promise> promise,
                                      v8::Local<v8::Value> /*parent*/) {
  if (type != v8::PromiseHookType::kInit || active_tracker == nullptr) return;
  v8::Isolate* isolate = active_tracker->isolate_;
  Tracked tracked;
  tracked.promise.Reset(isolate, promise);
  tracked.promise.SetWeak();
  tracked.created_at = CurrentLocation(isolate);
  active_tracker->tracked_.push_back(std::move(tracked));
}

absl::Status PendingPromiseTracker::CheckNonePending() {
  // Unreachable promises cannot matter; a full collection clears their
  // weak handles.
  isolate_->LowMemoryNotification();
  v8::HandleScope handle_scope(isolate_);
  size_t pending = 0;
  std::vector<std::string> places;
  for (const Tracked& tracked : tracked_) {
    if (tracked.promise.IsEmpty()) continue;
    if (tracked.promise.Get(isolate_)->State() != v8::Promise::kPending) {
      continue;
    }
    ++pending;
    if (places.size() < 5 && !tracked.created_at.empty()) {
      places.push_back(tracked.created_at);
    }
  }
  if (pending == 0) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      pending,
      " promise(s) were still pending when the snapshot was taken; they "
      "would never settle in a process started from it. Created at: ",
      places.empty() ? "(no JS location)" : absl::StrJoin(places, ", "),
      pending > places.size() ? ", ..." : "",
      ". Settle them while building, or create them at run time."));
}

}  // namespace thaw
