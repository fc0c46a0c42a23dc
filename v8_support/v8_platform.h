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
  // Which flags beyond `v8_flags` the process runs with.
  enum class Role {
    // A running thaw process: fresh hash and random seeds.
    kRuntime,
    // The snapshot builder: fixed seeds, so that two builds of the same
    // inputs are byte-identical. The seeds are not recorded in the blob.
    kBuilder,
  };

  // Applies `v8_flags` (V8's own command-line syntax, e.g.
  // "--no-lazy --stack-size=900") with the flags every thaw process has
  // and those of `role`, and initializes the platform and V8.
  V8Process(const std::string& v8_flags, Role role);
  ~V8Process();

  V8Process(const V8Process&) = delete;
  V8Process& operator=(const V8Process&) = delete;

  v8::Platform* platform() const { return platform_.get(); }

  // Runs `compile` with V8 compiling every function of the code it compiles
  // at once (--no-lazy) instead of at each function's first call, then
  // restores lazy compilation. The builder compiles the standard library's
  // start-up files and an app's ES modules so, putting their bytecode in
  // the snapshot. Lazy compilation is a flag V8 reads when it parses.
  template <typename Compile>
  static auto WithEagerCompilation(Compile compile) {
    struct Restore {
      ~Restore() { SetLazyCompilation(true); }
    } restore;
    SetLazyCompilation(false);
    return compile();
  }

 private:
  static void SetLazyCompilation(bool lazy);

  std::unique_ptr<v8::Platform> platform_;
};

}  // namespace thaw

#endif  // THAW_V8_SUPPORT_V8_PLATFORM_H_
