#ifndef THAW_XXH64_XXH64_H_
#define THAW_XXH64_XXH64_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace thaw {

// XXH64 (xxHash, 64-bit), the check a blob's payload is verified with at
// every start. It is not a cryptographic hash: it detects corruption, which
// is what the check is for (anyone who can change a blob can recompute any
// digest in its header), at about ten times SHA-256's speed.
uint64_t Xxh64(absl::string_view data, uint64_t seed = 0);

}  // namespace thaw

#endif  // THAW_XXH64_XXH64_H_
