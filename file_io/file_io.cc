#include "file_io/file_io.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace thaw {

absl::Status ErrnoToStatus(int error_number, absl::string_view what) {
  std::string message = absl::StrCat(what, ": ", std::strerror(error_number));
  switch (error_number) {
    case ENOENT:
      return absl::NotFoundError(message);
    case EACCES:
    case EPERM:
      return absl::PermissionDeniedError(message);
    case EISDIR:
    case ENOTDIR:
      return absl::FailedPreconditionError(message);
    default:
      return absl::UnknownError(message);
  }
}

int WriteFully(int fd, absl::string_view data) {
  while (!data.empty()) {
    ssize_t count = write(fd, data.data(), data.size());
    if (count < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        // A non-blocking fd (one a parent process shares with us, say):
        // wait until it takes more rather than lose output.
        struct pollfd waiting = {fd, POLLOUT, 0};
        poll(&waiting, 1, -1);
        continue;
      }
      return errno;
    }
    data.remove_prefix(static_cast<size_t>(count));
  }
  return 0;
}

int ReadFully(int fd, std::string* out) {
  char buffer[64 * 1024];
  for (;;) {
    ssize_t count = read(fd, buffer, sizeof(buffer));
    if (count == 0) return 0;
    if (count < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    out->append(buffer, static_cast<size_t>(count));
  }
}

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoToStatus(errno, absl::StrCat("cannot open ", path));
  struct stat info;
  if (fstat(fd, &info) != 0) {
    int error_number = errno;
    close(fd);
    return ErrnoToStatus(error_number, absl::StrCat("cannot stat ", path));
  }
  if (S_ISDIR(info.st_mode)) {
    close(fd);
    return ErrnoToStatus(EISDIR, absl::StrCat("cannot read ", path));
  }
  std::string contents;
  // The size is only a hint: files in /proc and pipes report 0 or change.
  if (info.st_size > 0) contents.reserve(static_cast<size_t>(info.st_size));
  int error_number = ReadFully(fd, &contents);
  if (error_number != 0) {
    close(fd);
    return ErrnoToStatus(error_number, absl::StrCat("cannot read ", path));
  }
  close(fd);
  return contents;
}

absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents) {
  std::string temporary = absl::StrCat(path, ".tmp.", getpid());
  int fd =
      open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return ErrnoToStatus(errno, absl::StrCat("cannot create ", temporary));
  }
  int error_number = WriteFully(fd, contents);
  if (error_number != 0) {
    close(fd);
    unlink(temporary.c_str());
    return ErrnoToStatus(error_number, absl::StrCat("cannot write ", path));
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    int error_number = errno;
    unlink(temporary.c_str());
    return ErrnoToStatus(error_number, absl::StrCat("cannot write ", path));
  }
  if (rename(temporary.c_str(), path.c_str()) != 0) {
    int error_number = errno;
    unlink(temporary.c_str());
    return ErrnoToStatus(
        error_number, absl::StrCat("cannot rename ", temporary, " to ", path));
  }
  return absl::OkStatus();
}

}  // namespace thaw
