// A library that needs libdemo_dep.so but calls it only when asked, like
// libnode and OpenSSL in thaw: after --drop-needed, the calls it never makes
// cost nothing, and one it does make stops the process (abort).
#include <cstdio>
#include <cstdlib>

extern "C" {
int demo_dep_value();
int demo_dep_callback(int x);
__attribute__((weak)) int demo_dep_weak();

int (*demo_drop_pointer)(int) = demo_dep_callback;  // R_X86_64_64

// what: "none" touches nothing of libdemo_dep; "call" calls through the
// PLT; "pointer" calls through the function pointer; "abort" aborts (and
// gives the library the PLT entry of abort the rewrite sends calls to).
int demo_drop_run(const char* what, char* out, int size) {
  int value = 0;
  if (what[0] == 'a') std::abort();
  if (what[0] == 'c') value = demo_dep_value();
  if (what[0] == 'p') value = demo_drop_pointer(9);
  return std::snprintf(out, static_cast<size_t>(size), "value=%d weak=%s", value,
                       demo_dep_weak != nullptr ? "present" : "absent");
}

}  // extern "C"
