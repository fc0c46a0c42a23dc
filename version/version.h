#ifndef THAW_VERSION_VERSION_H_
#define THAW_VERSION_VERSION_H_

namespace thaw {

// The thaw release, shown by `thaw --version` and as `thaw.version` in JS.
inline constexpr char kThawVersion[] = "0.1.0";

}  // namespace thaw

#endif  // THAW_VERSION_VERSION_H_
