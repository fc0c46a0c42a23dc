// Runs demo_drop_run(argv[1]) against a libdemo_drop.so rewritten with
// --drop-needed libdemo_dep.so --program-provides demo_dep_value: this
// program defines (and exports) demo_dep_value, as thaw's executables
// define the nghttp2 and brotli functions libnode calls while it loads.
#include <cstdio>

extern "C" {
int demo_drop_run(const char* what, char* out, int size);

// The stand-in: a different value from libdemo_dep.so's 7, so the test sees
// which definition the loader bound.
int demo_dep_value() { return 42; }
}

int main(int argc, char** argv) {
  char line[256];
  demo_drop_run(argc > 1 ? argv[1] : "none", line, sizeof line);
  std::puts(line);
  return 0;
}
