// snapshot_builder: runs the JS standard library (and an app's files) in V8
// and writes the heap as a thaw blob.
//
//   snapshot_builder --out=stdlib.blob --stdlib=a.js,b.js [app.js ...]

#include <cstdio>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/statusor.h"
#include "snapshot_builder/snapshot_builder.h"

ABSL_FLAG(std::string, out, "", "Path of the blob to write.");
ABSL_FLAG(std::vector<std::string>, stdlib, {},
          "Standard library files, comma-separated, in load order.");
ABSL_FLAG(std::string, codec, "none",
          "How to store the payload: none or zstd.");
ABSL_FLAG(int, zstd_level, 19, "zstd compression level, 1 to 22.");
ABSL_FLAG(std::string, v8_flags, "",
          "V8 flags to build with; the runtime applies them too.");

namespace {

absl::StatusOr<thaw::SnapshotOptions> OptionsFromFlags(
    const std::vector<char*>& positional) {
  thaw::SnapshotOptions options;
  absl::StatusOr<thaw::Codec> codec =
      thaw::ParseCodec(absl::GetFlag(FLAGS_codec));
  if (!codec.ok()) return codec.status();
  options.codec = *codec;
  options.zstd_level = absl::GetFlag(FLAGS_zstd_level);
  options.v8_flags = absl::GetFlag(FLAGS_v8_flags);
  options.stdlib_files = absl::GetFlag(FLAGS_stdlib);
  options.app_files.assign(positional.begin() + 1, positional.end());
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Builds a thaw snapshot blob.\n"
      "  snapshot_builder --out=FILE --stdlib=A.js,B.js [APP.js ...]");
  std::vector<char*> positional = absl::ParseCommandLine(argc, argv);
  absl::StatusOr<thaw::SnapshotOptions> options = OptionsFromFlags(positional);
  absl::Status status = options.ok() ? absl::OkStatus() : options.status();
  if (status.ok() && absl::GetFlag(FLAGS_out).empty()) {
    status = absl::InvalidArgumentError("--out is required");
  }
  if (status.ok())
    status = thaw::BuildSnapshotFile(*options, absl::GetFlag(FLAGS_out));
  if (!status.ok()) {
    std::fprintf(stderr, "snapshot_builder: %s\n",
                 std::string(status.message()).c_str());
    return 1;
  }
  return 0;
}
