// Reads a variable of libdemo_dep.so: --drop-needed must refuse it, since no
// address inside the library could stand in for the variable.
#include <cstdlib>

extern "C" {
extern int demo_dep_data;
int demo_drop_data() {
  if (demo_dep_data < 0) std::abort();  // the trap's PLT entry
  return demo_dep_data;
}
}
