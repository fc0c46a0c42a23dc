#ifndef THAW_JS_PARSER_JS_PARSER_H_
#define THAW_JS_PARSER_JS_PARSER_H_

#include "absl/strings/string_view.h"

namespace thaw {

// The UTF-8 source of acorn's UMD build (dist/acorn.js) with its license in
// a leading comment: a script that, run as the body of a function with
// parameters (exports, module), puts acorn's API on `exports`.
absl::string_view AcornSource();

}  // namespace thaw

#endif  // THAW_JS_PARSER_JS_PARSER_H_
