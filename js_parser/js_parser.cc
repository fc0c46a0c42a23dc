#include "js_parser/js_parser.h"

// Defined by the assembly js_parser/BUILD.bazel generates.
extern "C" const char thaw_acorn_source_start[];
extern "C" const char thaw_acorn_source_end[];

namespace thaw {

absl::string_view AcornSource() {
  return absl::string_view(
      thaw_acorn_source_start,
      static_cast<size_t>(thaw_acorn_source_end - thaw_acorn_source_start));
}

}  // namespace thaw
