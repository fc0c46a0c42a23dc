#ifndef THAW_BINDINGS_EVENT_LOOP_H_
#define THAW_BINDINGS_EVENT_LOOP_H_

#include <cstdint>
#include <string>

#include "uv.h"
#include "v8.h"

namespace thaw {

// Drives the JS standard library's timers, immediates, ticks, promise
// rejections and stdin on a libuv loop, in Node's order:
//
//   main script -> ticks and microtasks
//   loop: timers -> (poll: stdin) -> check: immediates, each callback
//         followed by ticks and microtasks
//   loop empty -> 'beforeExit' -> loop again if it has work -> 'exit'
//
// The queues themselves live in JS (stdlib_js/14_timers.js and friends);
// this class owns the libuv handles and calls the JS functions registered
// with Setup() when they are due. It exists only in a running process: while
// a snapshot is built there is no loop.
class EventLoop {
 public:
  explicit EventLoop(v8::Isolate* isolate);
  ~EventLoop();

  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // Stores the JS side's entry points, from an object with the functions
  // processTimers, processImmediates, processTicksAndRejections,
  // emitUncaughtException, emitBeforeExit, emitExit, onStdinData and
  // onPromiseRejection. Returns false (with a JS exception) if one is missing.
  bool Setup(v8::Local<v8::Context> context, v8::Local<v8::Object> callbacks);

  // Runs the loop until nothing referenced is left or the process exits.
  void Run();

  // Called right after JS code entered from C++ finished: handles an
  // exception or a termination. Returns false if the process is exiting.
  bool AfterCallback(const v8::TryCatch& try_catch);

  // Runs process.nextTick callbacks and microtasks, then reports unhandled
  // rejections, as after every callback from C++ into JS.
  void ProcessTicksAndRejections();

  // An exception nothing caught. Gives 'uncaughtException' listeners their
  // chance; without one, prints it Node-style, runs 'exit' listeners and
  // marks the process as exiting with code 1. Returns true if handled.
  bool HandleUncaughtException(v8::Local<v8::Value> exception,
                               v8::Local<v8::Message> message,
                               bool from_promise);

  // Runs 'exit' listeners (once) with the exit code. `from_crash` makes it
  // the code whatever process.exitCode says, as after an uncaught exception.
  void EmitExit(int exit_code, bool from_crash = false);

  // Natives for the JS side.
  void ScheduleTimer(double delay_ms);
  void SetTimerRef(bool referenced);
  void SetImmediateCounts(uint32_t count, uint32_t referenced_count);
  double Now() const { return static_cast<double>(uv_now(loop_)); }
  void StartStdin();
  void StopStdin();

  bool exiting() const { return exiting_; }
  v8::Isolate* isolate() const { return isolate_; }

  // For native modules that start libuv work (thread-pool requests, child
  // processes) and report back to JS when it is done. Pending requests and
  // active handles keep the loop, and so the process, alive as usual.
  uv_loop_t* uv_loop() const { return loop_; }

  // Calls `function` from a libuv callback the way Node's MakeCallback does:
  // in the loop's context, an exception goes to 'uncaughtException' (or ends
  // the process), and the ticks and microtasks it queued run right after.
  // Returns false if the process is exiting: the caller must not call into
  // JS again.
  bool MakeCallback(v8::Local<v8::Function> function, int argc,
                    v8::Local<v8::Value> argv[]);

 private:
  static void OnTimer(uv_timer_t* handle);
  static void OnCheck(uv_check_t* handle);
  static void OnIdle(uv_idle_t* handle);
  static void OnStdinRead(uv_fs_t* request);
  static void OnPromiseReject(v8::PromiseRejectMessage message);

  // Calls a registered JS function with `args` in the loop's context, then
  // handles what it left behind. Returns its result, or empty on an
  // exception or termination.
  v8::MaybeLocal<v8::Value> CallIntoJs(const v8::Global<v8::Function>& function,
                                       int argc, v8::Local<v8::Value> argv[]);
  void ReadStdinChunk();
  void MarkExiting();

  v8::Isolate* isolate_;
  uv_loop_t loop_storage_;
  uv_loop_t* loop_ = &loop_storage_;
  uv_timer_t timer_;
  uv_check_t check_;
  uv_idle_t idle_;
  uint32_t immediate_count_ = 0;
  bool exiting_ = false;
  bool exit_emitted_ = false;

  uv_fs_t stdin_request_;
  bool stdin_reading_ = false;
  bool stdin_wanted_ = false;
  char stdin_buffer_[64 * 1024];
  // Bytes of a UTF-8 sequence cut by a chunk boundary, kept for the next
  // chunk so that no character is split.
  std::string stdin_carry_;

  v8::Global<v8::Context> context_;
  v8::Global<v8::Function> process_timers_;
  v8::Global<v8::Function> process_immediates_;
  v8::Global<v8::Function> process_ticks_and_rejections_;
  v8::Global<v8::Function> emit_uncaught_exception_;
  v8::Global<v8::Function> emit_before_exit_;
  v8::Global<v8::Function> emit_exit_;
  v8::Global<v8::Function> on_stdin_data_;
  v8::Global<v8::Function> on_promise_rejection_;
};

}  // namespace thaw

#endif  // THAW_BINDINGS_EVENT_LOOP_H_
