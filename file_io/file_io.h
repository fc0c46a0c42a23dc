#ifndef THAW_FILE_IO_FILE_IO_H_
#define THAW_FILE_IO_FILE_IO_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace thaw {

// Reads a whole file. Errors name the path and the reason from errno.
absl::StatusOr<std::string> ReadFile(const std::string& path);

// Writes `contents` to `path` through a temporary file in the same folder
// that is renamed over `path` only once fully written and synced, so readers
// never see a partial file and a failed write leaves nothing behind.
absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents);

// Writes all of `data` to `fd`, retrying short writes and EINTR, and
// waiting when a non-blocking fd is full. Returns 0,
// or the errno of the write that failed (EPIPE when the reader is gone).
int WriteFully(int fd, absl::string_view data);

// Appends everything readable from `fd` up to end of file to `out`,
// retrying EINTR. Returns 0, or the errno of the read that failed.
int ReadFully(int fd, std::string* out);

// Turns errno after a failed system call into a Status naming `what`.
absl::Status ErrnoToStatus(int error_number, absl::string_view what);

}  // namespace thaw

#endif  // THAW_FILE_IO_FILE_IO_H_
