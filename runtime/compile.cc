#include "runtime/compile.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "elf_section/elf_section.h"
#include "file_io/file_io.h"

namespace thaw {
namespace {

// Points DT_RUNPATH (or DT_RPATH) at `runpath` by overwriting the string it
// names in .dynstr, which works when the new string is no longer than the
// old: Bazel's $ORIGIN/_solib_k8/... always is longer than what thaw writes.
absl::Status SetRunpath(std::string& executable, absl::string_view runpath) {
  absl::StatusOr<absl::string_view> dynamic =
      FindElfSection(executable, ".dynamic");
  absl::StatusOr<absl::string_view> strings =
      FindElfSection(executable, ".dynstr");
  if (!dynamic.ok()) return dynamic.status();
  if (!strings.ok()) return strings.status();
  const size_t strings_offset = strings->data() - executable.data();
  for (size_t at = 0; at + sizeof(Elf64_Dyn) <= dynamic->size();
       at += sizeof(Elf64_Dyn)) {
    Elf64_Dyn entry;
    std::memcpy(&entry, dynamic->data() + at, sizeof(entry));
    if (entry.d_tag == DT_NULL) break;
    if (entry.d_tag != DT_RUNPATH && entry.d_tag != DT_RPATH) continue;
    if (entry.d_un.d_val >= strings->size()) {
      return absl::DataLossError("the executable's RUNPATH is out of range");
    }
    size_t old_size = strnlen(strings->data() + entry.d_un.d_val,
                              strings->size() - entry.d_un.d_val);
    if (runpath.size() > old_size) {
      return absl::FailedPreconditionError(absl::StrCat(
          "the executable's RUNPATH is too short to hold ", runpath));
    }
    char* target = executable.data() + strings_offset + entry.d_un.d_val;
    std::memcpy(target, runpath.data(), runpath.size());
    std::memset(target + runpath.size(), 0, old_size - runpath.size());
    return absl::OkStatus();
  }
  return absl::FailedPreconditionError("the executable has no RUNPATH");
}

int FindLibnode(dl_phdr_info* info, size_t, void* data) {
  if (info->dlpi_name != nullptr &&
      std::strstr(info->dlpi_name, "libnode.so")) {
    *static_cast<std::string*>(data) = info->dlpi_name;
    return 1;
  }
  return 0;
}

std::string Directory(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

absl::string_view EmbeddedAppBlob() {
  int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {};
  struct stat info;
  void* image = MAP_FAILED;
  if (fstat(fd, &info) == 0 && info.st_size > 0) {
    image = mmap(nullptr, static_cast<size_t>(info.st_size), PROT_READ,
                 MAP_PRIVATE, fd, 0);
  }
  close(fd);
  if (image == MAP_FAILED) return {};
  absl::StatusOr<absl::string_view> section =
      FindElfSection(absl::string_view(static_cast<const char*>(image),
                                       static_cast<size_t>(info.st_size)),
                     kAppSection);
  if (!section.ok()) {
    munmap(image, static_cast<size_t>(info.st_size));
    return {};
  }
  // The mapping stays for the life of the process: the blob is read from it.
  return *section;
}

absl::Status WriteCompiledApp(absl::string_view app_blob,
                              const std::string& output) {
  absl::StatusOr<std::string> executable = ReadFile("/proc/self/exe");
  if (!executable.ok()) return executable.status();
  absl::Status status =
      SetRunpath(*executable, absl::StrCat("$ORIGIN/", kAppLibraryFolder));
  if (!status.ok()) return status;
  absl::StatusOr<std::string> app =
      AppendElfSection(*executable, kAppSection, app_blob);
  if (!app.ok()) {
    if (absl::IsAlreadyExists(app.status())) {
      return absl::FailedPreconditionError(
          "thaw compile must be run by thaw itself, not by a compiled app");
    }
    return app.status();
  }
  std::string libnode;
  dl_iterate_phdr(FindLibnode, &libnode);
  if (libnode.empty()) {
    return absl::InternalError("cannot find the libnode this thaw runs with");
  }
  std::string folder = absl::StrCat(Directory(output), "/", kAppLibraryFolder);
  if (mkdir(folder.c_str(), 0755) != 0 && errno != EEXIST) {
    return ErrnoToStatus(errno, absl::StrCat("cannot create ", folder));
  }
  std::string library_path = absl::StrCat(folder, "/libnode.so.108");
  // A hard link where the file system allows it: no 47 MB copy per app,
  // and the app maps the very file (and page cache) thaw itself uses; a
  // freshly written copy measured 9 MB more resident memory per process.
  unlink(library_path.c_str());
  if (link(libnode.c_str(), library_path.c_str()) != 0) {
    absl::StatusOr<std::string> library = ReadFile(libnode);
    if (!library.ok()) return library.status();
    status = WriteFileAtomically(library_path, *library);
    if (!status.ok()) return status;
  }
  status = WriteFileAtomically(output, *app);
  if (!status.ok()) return status;
  if (chmod(output.c_str(), 0755) != 0 ||
      chmod(library_path.c_str(), 0755) != 0) {
    return ErrnoToStatus(errno,
                         absl::StrCat("cannot make ", output, " executable"));
  }
  return absl::OkStatus();
}

}  // namespace thaw
