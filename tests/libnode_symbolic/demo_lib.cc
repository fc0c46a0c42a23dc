// A small shared library with every kind of dynamic relocation that
// tools/libnode_symbolic reads, for //tests/libnode_symbolic:rewrite_test.
// Built -fPIC with default visibility, so the compiler goes through the GOT
// and PLT for the library's own global symbols, as libnode does.
#include <cstdio>
#include <cstring>

extern "C" {

int demo_counter = 0;                    // R_X86_64_GLOB_DAT
int demo_array[8] = {0, 1, 2, 3, 4, 5, 6, 7};
int* demo_pointer = &demo_array[3];      // R_X86_64_64 with an addend
thread_local int demo_tls = 40;          // TLS relocations: kept

int demo_add(int a, int b) { return a + b; }  // called through the PLT
int demo_mul(int a, int b) { return a * b; }
int (*demo_table[2])(int, int) = {demo_add, demo_mul};  // R_X86_64_64

// The test's demo_interposer executable defines this too.
const char* demo_interposable() { return "library"; }

}  // extern "C"

// A weak definition any program could emit from the same header: kept.
inline int demo_inline(int x) { return x * 3; }
int (*demo_inline_pointer)(int) = demo_inline;

// A weak definition in V8's internal namespace: converted.
namespace v8 {
namespace internal {
inline int demo_internal(int x) { return x + 100; }
}  // namespace internal
}  // namespace v8
int (*demo_internal_pointer)(int) = v8::internal::demo_internal;

// A static local of an inline function: STB_GNU_UNIQUE, kept.
inline int& demo_unique() {
  static int value = 7;
  return value;
}

extern "C" int demo_run(char* out, int size) {
  ++demo_counter;
  demo_tls += 2;
  return std::snprintf(out, static_cast<size_t>(size),
                       "add=%d mul=%d table=%d,%d pointer=%d counter=%d tls=%d "
                       "inline=%d internal=%d unique=%d interposable=%s len=%d",
                       demo_add(2, 3), demo_mul(2, 3), demo_table[0](4, 5),
                       demo_table[1](4, 5), *demo_pointer, demo_counter, demo_tls,
                       demo_inline_pointer(5), demo_internal_pointer(5), ++demo_unique(),
                       demo_interposable(), static_cast<int>(std::strlen("thaw")));
}
