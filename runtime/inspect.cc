#include "runtime/inspect.h"

#include "absl/strings/str_cat.h"
#include "blob_format/blob_format.h"
#include "elf_section/elf_section.h"
#include "file_io/file_io.h"
#include "runtime/compile.h"
#include "runtime/embedded_blob.h"

namespace thaw {

absl::StatusOr<std::string> InspectBlobFile(const std::string& path) {
  absl::StatusOr<std::string> file = ReadFile(path);
  if (!file.ok()) return file.status();
  absl::string_view blob = *file;
  if (LooksLikeElf(blob)) {
    // A compiled app's own blob first, else the standard library's.
    absl::StatusOr<absl::string_view> section =
        FindElfSection(blob, kAppSection);
    if (absl::IsNotFound(section.status())) {
      section = FindElfSection(blob, kEmbeddedBlobSection);
    }
    if (!section.ok()) {
      return absl::Status(section.status().code(),
                          absl::StrCat(path, ": ", section.status().message()));
    }
    blob = *section;
  }
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(blob);
  if (!parsed.ok()) {
    return absl::Status(parsed.status().code(),
                        absl::StrCat(path, ": ", parsed.status().message()));
  }
  absl::StatusOr<DecodedPayload> payload = DecodePayload(*parsed);
  if (!payload.ok()) {
    return absl::Status(payload.status().code(),
                        absl::StrCat(path, ": ", payload.status().message()));
  }
  return BlobHeaderToJson(parsed->header);
}

}  // namespace thaw
