#ifndef THAW_JSON_JSON_STRING_H_
#define THAW_JSON_JSON_STRING_H_

#include <string>

#include "absl/strings/string_view.h"

namespace thaw {

// `text` as a JSON string literal, quotes included: `"` and `\` escaped,
// control characters as \u00XX. Bytes above 0x7F pass through unchanged, so
// UTF-8 stays UTF-8.
std::string JsonString(absl::string_view text);

}  // namespace thaw

#endif  // THAW_JSON_JSON_STRING_H_
