// Native functions behind timers, immediates, microtasks, uncaught
// exceptions and stdin. They act on the process's EventLoop; while a
// snapshot is built there is none, and they do nothing or refuse.

#include "bindings/callback_support.h"
#include "bindings/event_loop.h"
#include "bindings/isolate_state.h"
#include "bindings/native_module.h"

namespace thaw {
namespace {

EventLoop* LoopFor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return GetIsolateState(info.GetIsolate())->event_loop;
}

// loop.setup(callbacks): registers the JS side's entry points.
void Setup(const v8::FunctionCallbackInfo<v8::Value>& info) {
  EventLoop* loop = LoopFor(info);
  if (loop == nullptr) {
    ThrowError(info.GetIsolate(),
               "the event loop does not run while building a snapshot");
    return;
  }
  if (info.Length() != 1 || !info[0]->IsObject()) {
    ThrowTypeError(info.GetIsolate(), "loop.setup(callbacks) needs an object");
    return;
  }
  loop->Setup(info.GetIsolate()->GetCurrentContext(), info[0].As<v8::Object>());
}

// loop.scheduleTimer(delayMs): (re)arms the one libuv timer.
void ScheduleTimer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  EventLoop* loop = LoopFor(info);
  if (loop == nullptr || info.Length() != 1 || !info[0]->IsNumber()) return;
  loop->ScheduleTimer(info[0].As<v8::Number>()->Value());
}

// loop.setTimerRef(referenced): whether the timer keeps the process alive.
void SetTimerRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  EventLoop* loop = LoopFor(info);
  if (loop == nullptr || info.Length() != 1) return;
  loop->SetTimerRef(info[0]->IsTrue());
}

// loop.setImmediateCounts(count, referencedCount).
void SetImmediateCounts(const v8::FunctionCallbackInfo<v8::Value>& info) {
  EventLoop* loop = LoopFor(info);
  if (loop == nullptr || info.Length() != 2 || !info[0]->IsUint32() ||
      !info[1]->IsUint32()) {
    return;
  }
  loop->SetImmediateCounts(info[0].As<v8::Uint32>()->Value(),
                           info[1].As<v8::Uint32>()->Value());
}

// loop.now(): libuv's cached loop time in ms, what timers are measured in.
void Now(const v8::FunctionCallbackInfo<v8::Value>& info) {
  EventLoop* loop = LoopFor(info);
  info.GetReturnValue().Set(loop == nullptr ? 0.0 : loop->Now());
}

// loop.runMicrotasks(): runs V8's microtask queue to empty.
void RunMicrotasks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetIsolate()->PerformMicrotaskCheckpoint();
}

// loop.enqueueMicrotask(fn).
void EnqueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() != 1 || !info[0]->IsFunction()) {
    ThrowTypeError(info.GetIsolate(),
                   "loop.enqueueMicrotask(fn) needs a function");
    return;
  }
  info.GetIsolate()->EnqueueMicrotask(info[0].As<v8::Function>());
}

// loop.triggerUncaughtException(error, fromPromise): reports an exception
// the JS side caught on nobody's behalf. Unless an 'uncaughtException'
// listener takes it, the process prints it and exits with code 1 at once.
void TriggerUncaughtException(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  EventLoop* loop = LoopFor(info);
  if (loop == nullptr) {
    isolate->ThrowException(info[0]);
    return;
  }
  v8::Local<v8::Value> exception =
      info.Length() > 0 ? info[0] : v8::Undefined(isolate).As<v8::Value>();
  bool from_promise = info.Length() > 1 && info[1]->IsTrue();
  if (!loop->HandleUncaughtException(exception, v8::Local<v8::Message>(),
                                     from_promise)) {
    isolate->TerminateExecution();
  }
}

// loop.startStdin() / loop.stopStdin(): reading of fd 0, chunk by chunk,
// into the onStdinData callback.
void StartStdin(const v8::FunctionCallbackInfo<v8::Value>& info) {
  EventLoop* loop = LoopFor(info);
  if (loop == nullptr) {
    ThrowError(info.GetIsolate(),
               "process.stdin cannot be read while building a snapshot");
    return;
  }
  loop->StartStdin();
}

void StopStdin(const v8::FunctionCallbackInfo<v8::Value>& info) {
  EventLoop* loop = LoopFor(info);
  if (loop != nullptr) loop->StopStdin();
}

constexpr NativeFunction kLoopFunctions[] = {
    {"setup", Setup, 1},
    {"scheduleTimer", ScheduleTimer, 1},
    {"setTimerRef", SetTimerRef, 1},
    {"setImmediateCounts", SetImmediateCounts, 2},
    {"now", Now, 0},
    {"runMicrotasks", RunMicrotasks, 0},
    {"enqueueMicrotask", EnqueueMicrotask, 1},
    {"triggerUncaughtException", TriggerUncaughtException, 2},
    {"startStdin", StartStdin, 0},
    {"stopStdin", StopStdin, 0},
};

}  // namespace

const NativeModule& LoopModule() {
  static constexpr NativeModule kModule = {"loop", kLoopFunctions};
  return kModule;
}

}  // namespace thaw
