// Runs demo_drop_run(argv[1]) and prints its line (rewrite_test).
#include <cstdio>

extern "C" int demo_drop_run(const char* what, char* out, int size);

int main(int argc, char** argv) {
  char line[256];
  demo_drop_run(argc > 1 ? argv[1] : "none", line, sizeof line);
  std::puts(line);
  return 0;
}
