#ifndef THAW_SNAPSHOT_BUILDER_PENDING_PROMISES_H_
#define THAW_SNAPSHOT_BUILDER_PENDING_PROMISES_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "v8.h"

namespace thaw {

// Watches the promises JS creates while a snapshot is built. A promise
// still pending when the heap is serialized would never settle in any
// process started from the blob (nothing that would settle it survives the
// snapshot), so the build refuses it and says where it was made.
//
// Promises are held weakly: one that nothing can reach any more is
// forgotten by a full garbage collection before the check, since it cannot
// matter. Only one tracker may exist per process (V8's promise hook is a
// plain function); it must be destroyed before SnapshotCreator::CreateBlob,
// which refuses live handles.
class PendingPromiseTracker {
 public:
  explicit PendingPromiseTracker(v8::Isolate* isolate);
  ~PendingPromiseTracker();
  PendingPromiseTracker(const PendingPromiseTracker&) = delete;
  PendingPromiseTracker& operator=(const PendingPromiseTracker&) = delete;

  // OK, or an error counting the reachable pending promises and naming
  // where the first few were created.
  absl::Status CheckNonePending();

 private:
  struct Tracked {
    v8::Global<v8::Promise> promise;
    std::string created_at;
  };
  static void OnPromise(v8::PromiseHookType type,
                        v8::Local<v8::Promise> promise,
                        v8::Local<v8::Value> parent);

  v8::Isolate* isolate_;
  std::vector<Tracked> tracked_;
};

}  // namespace thaw

#endif  // THAW_SNAPSHOT_BUILDER_PENDING_PROMISES_H_
