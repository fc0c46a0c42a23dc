#ifndef THAW_ELF_SECTION_ELF_SECTION_H_
#define THAW_ELF_SECTION_ELF_SECTION_H_

// Finds a named section in an ELF64 little-endian file held in memory. The
// runtime uses it to locate the snapshot appended to its own executable, so
// it must cope with any bytes at all: every offset and size read from the
// file is checked against the file's length before it is used.

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace thaw {

// Returns true if `file` starts with the ELF magic number "\x7f" "ELF".
bool LooksLikeElf(absl::string_view file);

// Returns the bytes of the first section called `name` (for example
// ".thaw_snapshot"), as a view into `file`. Returns NotFound if there is no
// such section, InvalidArgument if `file` is not ELF64 little-endian or the
// section has no bytes in the file (SHT_NOBITS), and DataLoss if the file is
// truncated or its headers point outside it.
absl::StatusOr<absl::string_view> FindElfSection(absl::string_view file,
                                                 absl::string_view name);

// Returns a copy of `file` with a new section `name` holding `data`: not
// loaded into memory (no SHF_ALLOC), so no segment changes and the program
// runs as before; `strip` keeps such a section. The data, a new section
// name table and a new section header table are appended; the ELF header is
// pointed at them. AlreadyExists if `file` has a section `name`.
absl::StatusOr<std::string> AppendElfSection(absl::string_view file,
                                             absl::string_view name,
                                             absl::string_view data);

}  // namespace thaw

#endif  // THAW_ELF_SECTION_ELF_SECTION_H_
