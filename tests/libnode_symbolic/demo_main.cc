// Links libdemo.so and prints what demo_run computes through each kind of
// relocation; rewrite_test compares the line across library copies.
#include <cstdio>

extern "C" int demo_run(char* out, int size);

int main() {
  char line[512];
  demo_run(line, sizeof line);
  std::puts(line);
  return 0;
}
