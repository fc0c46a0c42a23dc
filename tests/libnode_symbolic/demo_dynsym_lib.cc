// A library for //tests/libnode_symbolic:dynsym_test (--compact-dynsym),
// with one symbol for each rule that keeps or drops it: hundreds of C++
// functions only the library itself refers to (the rewrite converts those
// references, so the compaction drops them), one the program calls that no
// rule keeps (listed with --dynsym-keep), a hundred and one in V8's public
// namespace, a C name, a weak template instance the program imports, a
// weak function in V8's internal namespace, a unique static local, a libc
// import and an import from libdemo_dep.so.
#include <cstdio>
#include <cstdlib>

namespace demo_dynsym {

// Step100 ... Step399: enough defined names for hash tables of many
// buckets and chains. Each is referenced only from kSteps below. Their
// long names free enough room for --gather-tables to move the relocation
// tables (without DT_RELR, 24 bytes per pointer in kSteps and kApis).
namespace dropped_by_the_compaction {
#define DEMO_STEP(n) \
  int Step##n(int x) { return x + 1; }
// clang-format off
#define DEMO_TEN(p)                                                     \
  DEMO_STEP(p##0) DEMO_STEP(p##1) DEMO_STEP(p##2) DEMO_STEP(p##3)       \
  DEMO_STEP(p##4) DEMO_STEP(p##5) DEMO_STEP(p##6) DEMO_STEP(p##7)       \
  DEMO_STEP(p##8) DEMO_STEP(p##9)
#define DEMO_HUNDRED(p)                                                 \
  DEMO_TEN(p##0) DEMO_TEN(p##1) DEMO_TEN(p##2) DEMO_TEN(p##3)           \
  DEMO_TEN(p##4) DEMO_TEN(p##5) DEMO_TEN(p##6) DEMO_TEN(p##7)           \
  DEMO_TEN(p##8) DEMO_TEN(p##9)
// clang-format on
DEMO_HUNDRED(1)
DEMO_HUNDRED(2)
DEMO_HUNDRED(3)
#undef DEMO_STEP
}  // namespace dropped_by_the_compaction

// The same names again, as a table of pointers (R_X86_64_64 relocations).
#define DEMO_STEP(n) dropped_by_the_compaction::Step##n,
int (*const kSteps[])(int) = {DEMO_HUNDRED(1) DEMO_HUNDRED(2) DEMO_HUNDRED(3)};
#undef DEMO_STEP

// Called by the program, and kept only because the test lists it.
int Exported(int x) { return x * 10; }

// A template the program instantiates through the library's copy (it
// declares the instance `extern template`): a weak definition it imports.
template <int N>
int Times(int x) {
  return x * N;
}
template int Times<3>(int);

// A static local of an inline function: STB_GNU_UNIQUE.
inline int& Unique() {
  static int value = 7;
  return value;
}

}  // namespace demo_dynsym

// V8's public namespace: kept by rule, whoever calls it. Api100 ...
// Api199 give the kept part of the table many buckets and chains too.
namespace v8 {
int DemoPublic(int x) { return x + 1000; }

#define DEMO_STEP(n) \
  int Api##n(int x) { return x + 2; }
DEMO_HUNDRED(1)
#undef DEMO_STEP
#define DEMO_STEP(n) Api##n,
int (*const kApis[])(int) = {DEMO_HUNDRED(1)};
#undef DEMO_STEP
}  // namespace v8

// A weak function in V8's internal namespace: the rewrite converts the
// reference below, and no program can import it, so it goes.
namespace v8 {
namespace internal {
inline int DemoInternal(int x) { return x + 100; }
}  // namespace internal
}  // namespace v8
int (*demo_dynsym_internal)(int) = v8::internal::DemoInternal;

#undef DEMO_TEN
#undef DEMO_HUNDRED

// A call into libdemo_dep.so, which the test drops (--drop-needed), as the
// build drops OpenSSL from libnode: that frees the .dynstr bytes DT_RELR's
// version need takes. The program never calls this.
extern "C" int demo_dep_value();
extern "C" int demo_dynsym_dep() { return demo_dep_value(); }

extern "C" int demo_dynsym_run(char* out, int size) {
  // libnode_symbolic sends calls into a dropped library to abort's PLT
  // stub (--trap-symbol), so the library must call abort somewhere.
  if (size <= 0) std::abort();
  int sum = 0;
  for (auto* step : demo_dynsym::kSteps) sum = step(sum);
  for (auto* api : v8::kApis) sum = api(sum);
  return std::snprintf(out, static_cast<size_t>(size),
                       "steps=%d internal=%d unique=%d", sum,
                       demo_dynsym_internal(5), ++demo_dynsym::Unique());
}
