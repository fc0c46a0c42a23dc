// thaw: runs JavaScript from a V8 snapshot linked into this binary.

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/command_line.h"
#include "runtime/thaw_cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> arguments(argv + 1, argv + argc);
  absl::StatusOr<thaw::CommandLine> command_line =
      thaw::ParseCommandLine(arguments);
  absl::StatusOr<int> exit_code =
      command_line.ok() ? thaw::RunThawCommand(*command_line)
                        : absl::StatusOr<int>(command_line.status());
  std::fflush(stdout);
  if (!exit_code.ok()) {
    std::fprintf(stderr, "thaw: %s\n",
                 std::string(exit_code.status().message()).c_str());
    return command_line.ok() ? 1 : 2;
  }
  return *exit_code;
}
