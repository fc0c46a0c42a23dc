#ifndef THAW_SNAPSHOT_BUILDER_SNAPSHOT_BUILDER_H_
#define THAW_SNAPSHOT_BUILDER_SNAPSHOT_BUILDER_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "blob_format/blob_format.h"

namespace thaw {

struct SnapshotOptions {
  // Standard library files, run in this order. Each runs as the body of a
  // function of (binding, internals): `binding` holds the native functions,
  // `internals` is shared by the standard library and read by the runtime.
  std::vector<std::string> stdlib_files;
  // App files, run after the standard library, in this order, as ordinary
  // scripts: what they leave in the global scope is in the snapshot.
  std::vector<std::string> app_files;
  Codec codec = Codec::kZstd;
  int zstd_level = 19;
  // Extra V8 flags for building; recorded in the blob and applied again by
  // the runtime, since V8 needs the same flags on both sides.
  std::string v8_flags;
  // `thaw snapshot`: instead of running stdlib_files, start from this V8
  // payload (a thaw blob's, decoded) and prepare `app_entry` in it through
  // the standard library's internals.prepareAppSnapshot.
  absl::string_view base_payload;
  // The base blob's sources section (external_sources.h); empty for none.
  absl::string_view base_sources;
  std::string app_entry;
  // Given to prepareAppSnapshot as {defer, warmup, root}: specifiers to
  // evaluate at start-up instead, and a script to run once after preparing.
  std::vector<std::string> app_defer;
  std::string app_warmup;
  // The app root (see stdlib_js/75_app_root.js); empty for the directory
  // the builder runs in.
  std::string app_root;
};

// Runs the files in a fresh V8 and returns the complete thaw blob. V8 aborts
// the process on some snapshot errors, so callers that must survive those
// use BuildSnapshotInChildProcess. Once per process (V8 cannot be
// initialized twice); after a failure V8's state stays allocated, for the
// process to exit with.
absl::StatusOr<std::string> BuildSnapshotInThisProcess(
    const SnapshotOptions& options);

// Runs BuildSnapshotInThisProcess in a child process and returns its blob. A
// child that dies from a signal (a V8 abort) becomes an error naming it.
absl::StatusOr<std::string> BuildSnapshotInChildProcess(
    const SnapshotOptions& options);

// Builds the blob in a child process and writes it to `output_path`
// atomically: on any failure no file, partial or old, is left at a new path.
absl::Status BuildSnapshotFile(const SnapshotOptions& options,
                               const std::string& output_path);

}  // namespace thaw

#endif  // THAW_SNAPSHOT_BUILDER_SNAPSHOT_BUILDER_H_
