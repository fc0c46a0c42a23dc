// Links libdemo_dynsym.so (compacted with --compact-dynsym) and prints what
// its functions compute; dynsym_test compares the line across copies of the
// library. With arguments, prints for each name where the dynamic loader's
// own lookup (dlsym on the library's handle) finds it, as an offset from
// the library's load address, or "missing": the test checks the rebuilt
// hash tables with it.
#include <dlfcn.h>

#include <cstdint>
#include <cstdio>

extern "C" int demo_dynsym_run(char* out, int size);

namespace demo_dynsym {
int Exported(int x);
template <int N>
int Times(int x);
extern template int Times<3>(int);
}  // namespace demo_dynsym

namespace v8 {
int DemoPublic(int x);
}  // namespace v8

int main(int argc, char** argv) {
  if (argc > 1) {
    // The library's own handle: lookups start in the library, not in this
    // executable (which defines _end and the like too).
    void* handle = dlopen("libdemo_dynsym.so", RTLD_NOW | RTLD_NOLOAD);
    Dl_info library{};
    if (handle == nullptr ||
        dladdr(reinterpret_cast<void*>(&demo_dynsym_run), &library) == 0) {
      std::puts("dlopen or dladdr failed");
      return 1;
    }
    auto base = reinterpret_cast<std::uintptr_t>(library.dli_fbase);
    for (int i = 1; i < argc; ++i) {
      void* address = dlsym(handle, argv[i]);
      if (address == nullptr) {
        std::printf("%s missing\n", argv[i]);
      } else {
        std::printf("%s %#lx\n", argv[i],
                    static_cast<unsigned long>(
                        reinterpret_cast<std::uintptr_t>(address) - base));
      }
    }
    return 0;
  }
  char line[256];
  demo_dynsym_run(line, sizeof line);
  std::printf("%s exported=%d public=%d times=%d\n", line,
              demo_dynsym::Exported(4), v8::DemoPublic(1),
              demo_dynsym::Times<3>(5));
  return 0;
}
