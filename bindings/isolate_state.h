#ifndef THAW_BINDINGS_ISOLATE_STATE_H_
#define THAW_BINDINGS_ISOLATE_STATE_H_

#include <optional>
#include <string>
#include <vector>

#include "v8.h"

namespace thaw {

class EventLoop;

// What native functions need to know about the process that runs them. The
// embedder (snapshot builder or runtime) owns it and attaches it to the
// isolate before running any JS.
struct IsolateState {
  // True while the snapshot builder runs the standard library and app code:
  // things that only make sense in a running process refuse to work then.
  bool building_snapshot = false;
  // process.argv: the runtime's path, then the script, then its arguments.
  std::vector<std::string> argv;
  // Set by process.exit(), which also terminates JS execution; the embedder
  // then exits with this code.
  std::optional<int> exit_code;
  // The running process's event loop; null while building a snapshot.
  EventLoop* event_loop = nullptr;
  // process.argv0: argv[0] as the user typed it.
  std::string argv0;
  // process.execPath.
  std::string exec_path;
  // When the process started, for process.uptime(), in CLOCK_MONOTONIC ns.
  uint64_t start_time_ns = 0;
};

// The isolate data slot that holds the IsolateState.
inline constexpr uint32_t kIsolateStateSlot = 0;

inline void AttachIsolateState(v8::Isolate* isolate, IsolateState* state) {
  isolate->SetData(kIsolateStateSlot, state);
}

inline IsolateState* GetIsolateState(v8::Isolate* isolate) {
  return static_cast<IsolateState*>(isolate->GetData(kIsolateStateSlot));
}

}  // namespace thaw

#endif  // THAW_BINDINGS_ISOLATE_STATE_H_
