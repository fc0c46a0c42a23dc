// Like demo_main, but defines demo_interposable(), which libdemo.so also
// defines: under normal lookup the library calls this one. After the rewrite
// the library would call its own, which check_binary.py must refuse.
#include <cstdio>

extern "C" int demo_run(char* out, int size);
extern "C" const char* demo_interposable() { return "executable"; }

int main() {
  char line[512];
  demo_run(line, sizeof line);
  std::puts(line);
  return 0;
}
