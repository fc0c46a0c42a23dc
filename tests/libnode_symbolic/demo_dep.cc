// The library that //tests/libnode_symbolic:rewrite_test drops from
// libdemo_drop.so's DT_NEEDED (tools/libnode_symbolic --drop-needed). Its
// names carry a version (demo_dep.lds), as OpenSSL's do.
extern "C" {

int demo_dep_value() { return 7; }          // called through the PLT
int demo_dep_callback(int x) { return x; }  // address taken: GLOB_DAT
int demo_dep_weak() { return 1; }           // referenced weakly
int demo_dep_data = 5;                      // a variable (demo_drop_data.cc)

}  // extern "C"
