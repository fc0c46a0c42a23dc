#include "startup_trace/startup_trace.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "gtest/gtest.h"

namespace thaw {
namespace {

std::string PrintToString() {
  char* buffer = nullptr;
  size_t size = 0;
  std::FILE* out = open_memstream(&buffer, &size);
  StartupTrace::Print(out);
  std::fclose(out);
  std::string text(buffer, size);
  std::free(buffer);
  return text;
}

double PhaseMs(const std::string& text, const std::string& phase) {
  size_t at = text.find("  " + phase);
  if (at == std::string::npos) return -1;
  return std::strtod(text.c_str() + at + 2 + 34, nullptr);
}

TEST(StartupTraceTest, PhasesAreTimedAndAddUp) {
  StartupTrace::ResetForTesting();
  usleep(20000);
  StartupTrace::Mark("first phase");
  usleep(5000);
  StartupTrace::Mark("second phase");
  std::string text = PrintToString();
  double first = PhaseMs(text, "first phase");
  double second = PhaseMs(text, "second phase");
  double total = PhaseMs(text, "total");
  EXPECT_GE(first, 19.0) << text;
  EXPECT_LT(first, 500.0) << text;
  EXPECT_GE(second, 4.0) << text;
  EXPECT_LT(second, first) << text;
  // The printout rounds each phase to a microsecond.
  EXPECT_NEAR(total, first + second, 0.005) << text;
}

}  // namespace
}  // namespace thaw
