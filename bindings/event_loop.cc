#include "bindings/event_loop.h"

#include <unistd.h>

#include <cstdio>

#include "bindings/isolate_state.h"
#include "v8_support/js_exception.h"
#include "v8_support/v8_strings.h"

namespace thaw {
namespace {

EventLoop* LoopOf(uv_handle_t* handle) {
  return static_cast<EventLoop*>(handle->data);
}

// The length of the longest prefix of `bytes` that does not end inside a
// UTF-8 sequence.
size_t CompleteUtf8Prefix(const std::string& bytes) {
  size_t end = bytes.size();
  // Look back at most three bytes for the start of the last sequence.
  for (size_t back = 1; back <= 3 && back <= end; ++back) {
    unsigned char byte = static_cast<unsigned char>(bytes[end - back]);
    if ((byte & 0xC0) == 0x80) continue;  // A continuation byte.
    size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    return length > back ? end - back : end;
  }
  return end;
}

bool GetFunction(v8::Local<v8::Context> context, v8::Local<v8::Object> object,
                 const char* name, v8::Global<v8::Function>* out) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> value;
  if (!object->Get(context, NewString(isolate, name).ToLocalChecked())
           .ToLocal(&value)) {
    return false;
  }
  if (!value->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, std::string("event loop callback missing: ") + name)
            .ToLocalChecked()));
    return false;
  }
  out->Reset(isolate, value.As<v8::Function>());
  return true;
}

}  // namespace

EventLoop::EventLoop(v8::Isolate* isolate) : isolate_(isolate) {
  uv_loop_init(loop_);
  uv_timer_init(loop_, &timer_);
  timer_.data = this;
  uv_check_init(loop_, &check_);
  check_.data = this;
  // The check handle runs immediates but must not keep the process alive on
  // its own: referenced immediates do that through the idle handle.
  uv_check_start(&check_, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
  uv_idle_init(loop_, &idle_);
  idle_.data = this;
  stdin_request_.data = this;
  isolate_->SetPromiseRejectCallback(OnPromiseReject);
}

EventLoop::~EventLoop() {
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&check_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&idle_), nullptr);
  // A stdin read still in the thread pool cannot be cancelled once started;
  // the process is exiting, so the loop is left for the OS to reclaim then.
  if (!stdin_reading_) {
    uv_run(loop_, UV_RUN_NOWAIT);
    uv_loop_close(loop_);
  }
}

bool EventLoop::Setup(v8::Local<v8::Context> context,
                      v8::Local<v8::Object> callbacks) {
  context_.Reset(isolate_, context);
  return GetFunction(context, callbacks, "processTimers", &process_timers_) &&
         GetFunction(context, callbacks, "processImmediates",
                     &process_immediates_) &&
         GetFunction(context, callbacks, "processTicksAndRejections",
                     &process_ticks_and_rejections_) &&
         GetFunction(context, callbacks, "emitUncaughtException",
                     &emit_uncaught_exception_) &&
         GetFunction(context, callbacks, "emitBeforeExit",
                     &emit_before_exit_) &&
         GetFunction(context, callbacks, "emitExit", &emit_exit_) &&
         GetFunction(context, callbacks, "onStdinData", &on_stdin_data_) &&
         GetFunction(context, callbacks, "onPromiseRejection",
                     &on_promise_rejection_);
}

void EventLoop::MarkExiting() {
  exiting_ = true;
  uv_stop(loop_);
}

bool EventLoop::AfterCallback(const v8::TryCatch& try_catch) {
  if (exiting_) return false;
  if (try_catch.HasTerminated() || GetIsolateState(isolate_)->exit_code) {
    MarkExiting();
    return false;
  }
  if (try_catch.HasCaught()) {
    v8::HandleScope scope(isolate_);
    HandleUncaughtException(try_catch.Exception(), try_catch.Message(), false);
    return !exiting_;
  }
  return true;
}

v8::MaybeLocal<v8::Value> EventLoop::CallIntoJs(
    const v8::Global<v8::Function>& function, int argc,
    v8::Local<v8::Value> argv[]) {
  if (exiting_ || function.IsEmpty()) return {};
  v8::EscapableHandleScope scope(isolate_);
  v8::Local<v8::Context> context = context_.Get(isolate_);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> result;
  if (function.Get(isolate_)
          ->Call(context, v8::Undefined(isolate_), argc, argv)
          .ToLocal(&result)) {
    return scope.Escape(result);
  }
  AfterCallback(try_catch);
  return {};
}

bool EventLoop::MakeCallback(v8::Local<v8::Function> function, int argc,
                             v8::Local<v8::Value> argv[]) {
  if (exiting_) return false;
  {
    v8::HandleScope scope(isolate_);
    v8::Local<v8::Context> context = context_.Get(isolate_);
    v8::Context::Scope context_scope(context);
    v8::TryCatch try_catch(isolate_);
    v8::Local<v8::Value> ignored;
    if (!function->Call(context, v8::Undefined(isolate_), argc, argv)
             .ToLocal(&ignored) &&
        !AfterCallback(try_catch)) {
      return false;
    }
  }
  ProcessTicksAndRejections();
  return !exiting_;
}

void EventLoop::ProcessTicksAndRejections() {
  v8::HandleScope scope(isolate_);
  CallIntoJs(process_ticks_and_rejections_, 0, nullptr);
}

bool EventLoop::HandleUncaughtException(v8::Local<v8::Value> exception,
                                        v8::Local<v8::Message> message,
                                        bool from_promise) {
  if (exiting_) return false;
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = context_.Get(isolate_);
  v8::Context::Scope context_scope(context);
  {
    // Listeners that throw are themselves uncaught: Node exits then too.
    v8::TryCatch try_catch(isolate_);
    v8::Local<v8::Value> args[] = {exception,
                                   v8::Boolean::New(isolate_, from_promise)};
    v8::Local<v8::Value> handled;
    if (emit_uncaught_exception_.Get(isolate_)
            ->Call(context, v8::Undefined(isolate_), 2, args)
            .ToLocal(&handled)) {
      if (handled->IsTrue()) return true;
    } else if (try_catch.HasTerminated() ||
               GetIsolateState(isolate_)->exit_code) {
      MarkExiting();
      return false;
    } else {
      exception = try_catch.Exception();
      message = try_catch.Message();
    }
  }
  if (message.IsEmpty()) {
    message = v8::Exception::CreateMessage(isolate_, exception);
  }
  std::string report = FormatJsError(isolate_, exception, message);
  std::fprintf(stderr, "%s\n", report.c_str());
  std::fflush(stderr);
  GetIsolateState(isolate_)->exit_code = 1;
  EmitExit(1, /*from_crash=*/true);
  MarkExiting();
  return false;
}

void EventLoop::EmitExit(int exit_code, bool from_crash) {
  if (exit_emitted_) return;
  exit_emitted_ = true;
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = context_.Get(isolate_);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> args[] = {v8::Integer::New(isolate_, exit_code),
                                 v8::Boolean::New(isolate_, from_crash)};
  v8::Local<v8::Value> ignored;
  if (!emit_exit_.Get(isolate_)
           ->Call(context, v8::Undefined(isolate_), 2, args)
           .ToLocal(&ignored) &&
      try_catch.HasCaught() && !try_catch.HasTerminated()) {
    // An exception in an 'exit' listener ends the process with code 7, as in
    // Node ("internal exception handler run-time failure" is what Node
    // calls it; the listener's exception is printed first).
    std::string report = FormatJsException(isolate_, try_catch);
    std::fprintf(stderr, "%s\n", report.c_str());
    GetIsolateState(isolate_)->exit_code = 7;
  }
}

void EventLoop::Run() {
  while (!exiting_) {
    uv_run(loop_, UV_RUN_DEFAULT);
    if (exiting_) break;
    {
      v8::HandleScope scope(isolate_);
      CallIntoJs(emit_before_exit_, 0, nullptr);
    }
    if (exiting_ || !uv_loop_alive(loop_)) break;
  }
}

void EventLoop::ScheduleTimer(double delay_ms) {
  uint64_t delay = delay_ms < 1 ? 1 : static_cast<uint64_t>(delay_ms);
  uv_timer_start(&timer_, OnTimer, delay, 0);
}

void EventLoop::SetTimerRef(bool referenced) {
  if (referenced) {
    uv_ref(reinterpret_cast<uv_handle_t*>(&timer_));
  } else {
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  }
}

void EventLoop::SetImmediateCounts(uint32_t count, uint32_t referenced_count) {
  immediate_count_ = count;
  // While referenced immediates wait, the idle handle keeps the loop from
  // blocking in poll and keeps the process alive.
  if (referenced_count > 0) {
    uv_idle_start(&idle_, OnIdle);
  } else {
    uv_idle_stop(&idle_);
  }
}

void EventLoop::OnTimer(uv_timer_t* handle) {
  EventLoop* self = LoopOf(reinterpret_cast<uv_handle_t*>(handle));
  v8::Isolate* isolate = self->isolate_;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> args[] = {v8::Number::New(isolate, self->Now())};
  v8::Local<v8::Value> next;
  if (!self->CallIntoJs(self->process_timers_, 1, args).ToLocal(&next)) {
    // The exception was handled by a listener: timers still due run on the
    // next turn, as in Node.
    if (!self->exiting_) self->ScheduleTimer(1);
    return;
  }
  // processTimers returns when the next timer is due: 0 for none, negative
  // when no timer left is referenced.
  double expiry = next->NumberValue(self->context_.Get(isolate)).FromMaybe(0);
  if (expiry == 0) return;
  double absolute = expiry < 0 ? -expiry : expiry;
  self->ScheduleTimer(absolute - self->Now());
  self->SetTimerRef(expiry > 0);
}

void EventLoop::OnCheck(uv_check_t* handle) {
  EventLoop* self = LoopOf(reinterpret_cast<uv_handle_t*>(handle));
  if (self->immediate_count_ == 0) return;
  v8::HandleScope scope(self->isolate_);
  self->CallIntoJs(self->process_immediates_, 0, nullptr);
}

void EventLoop::OnIdle(uv_idle_t*) {}

void EventLoop::StartStdin() {
  stdin_wanted_ = true;
  if (!stdin_reading_) ReadStdinChunk();
}

void EventLoop::StopStdin() { stdin_wanted_ = false; }

void EventLoop::ReadStdinChunk() {
  stdin_reading_ = true;
  uv_buf_t buffer = uv_buf_init(stdin_buffer_, sizeof(stdin_buffer_));
  // A thread-pool read works for every kind of stdin (file, pipe, terminal)
  // and, unlike uv_pipe_open, does not make the shared fd non-blocking.
  int result = uv_fs_read(loop_, &stdin_request_, STDIN_FILENO, &buffer, 1, -1,
                          OnStdinRead);
  if (result < 0) {
    stdin_reading_ = false;
    stdin_request_.result = result;
    OnStdinRead(&stdin_request_);
  }
}

void EventLoop::OnStdinRead(uv_fs_t* request) {
  EventLoop* self = static_cast<EventLoop*>(request->data);
  ssize_t result = request->result;
  uv_fs_req_cleanup(request);
  self->stdin_reading_ = false;
  v8::Isolate* isolate = self->isolate_;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> args[2];
  bool done = result <= 0;
  if (result > 0) {
    self->stdin_carry_.append(self->stdin_buffer_, static_cast<size_t>(result));
    size_t complete = CompleteUtf8Prefix(self->stdin_carry_);
    args[0] =
        NewString(isolate,
                  absl::string_view(self->stdin_carry_).substr(0, complete))
            .ToLocalChecked();
    self->stdin_carry_.erase(0, complete);
    args[1] = v8::Undefined(isolate);
  } else if (result == 0) {
    // End of input: whatever is left of a cut sequence is invalid UTF-8,
    // which NewString turns into replacement characters.
    args[0] = NewString(isolate, self->stdin_carry_).ToLocalChecked();
    self->stdin_carry_.clear();
    args[1] = v8::Null(isolate);
  } else {
    args[0] = v8::Undefined(isolate);
    args[1] = NewString(isolate, uv_strerror(static_cast<int>(result)))
                  .ToLocalChecked();
  }
  self->CallIntoJs(self->on_stdin_data_, 2, args);
  self->ProcessTicksAndRejections();
  if (!done && self->stdin_wanted_ && !self->exiting_) self->ReadStdinChunk();
}

void EventLoop::OnPromiseReject(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  IsolateState* state = GetIsolateState(isolate);
  if (state == nullptr || state->event_loop == nullptr) return;
  EventLoop* self = state->event_loop;
  if (self->on_promise_rejection_.IsEmpty()) return;
  v8::Local<v8::Value> reason = message.GetValue();
  if (reason.IsEmpty()) reason = v8::Undefined(isolate);
  v8::Local<v8::Value> args[] = {
      v8::Integer::New(isolate, static_cast<int>(message.GetEvent())), promise,
      reason};
  self->CallIntoJs(self->on_promise_rejection_, 3, args);
}

}  // namespace thaw
