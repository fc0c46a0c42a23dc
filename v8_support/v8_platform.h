#ifndef THAW_V8_SUPPORT_V8_PLATFORM_H_
#define THAW_V8_SUPPORT_V8_PLATFORM_H_

#include <memory>
#include <string>

#include "libplatform/libplatform.h"
#include "v8.h"

namespace thaw {

// Owns V8's process-wide state: the platform and V8 itself. V8 can be
// initialized only once per process and never again after disposal, so a
// process makes one of these and keeps it until it exits.
class V8Process {
 public:
  // Applies `v8_flags` (V8's own command-line syntax, e.g.
  // "--no-lazy --stack-size=900") and initializes the platform and V8.
  explicit V8Process(const std::string& v8_flags);
  ~V8Process();

  V8Process(const V8Process&) = delete;
  V8Process& operator=(const V8Process&) = delete;

  v8::Platform* platform() const { return platform_.get(); }

 private:
  std::unique_ptr<v8::Platform> platform_;
};

}  // namespace thaw

#endif  // THAW_V8_SUPPORT_V8_PLATFORM_H_
