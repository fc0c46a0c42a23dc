#include "file_io/file_io.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace thaw {
namespace {

std::string TestDirectory() {
  const char* tmp = std::getenv("TEST_TMPDIR");
  std::string dir = std::string(tmp ? tmp : "/tmp") + "/file_io_test";
  mkdir(dir.c_str(), 0755);
  return dir;
}

std::vector<std::string> ListDirectory(const std::string& dir) {
  std::vector<std::string> names;
  DIR* handle = opendir(dir.c_str());
  while (dirent* entry = readdir(handle)) {
    std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  closedir(handle);
  return names;
}

TEST(FileIoTest, WriteThenReadRoundTrips) {
  std::string path = TestDirectory() + "/round_trip";
  std::string data(200000, '\0');
  for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<char>(i * 7);
  ASSERT_TRUE(WriteFileAtomically(path, data).ok());
  absl::StatusOr<std::string> read = ReadFile(path);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(*read, data);
}

TEST(FileIoTest, MissingFileIsNotFoundAndNamesThePath) {
  absl::StatusOr<std::string> read = ReadFile("/nonexistent/thaw/file.js");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(read.status().message().find("/nonexistent/thaw/file.js"),
            std::string::npos);
}

TEST(FileIoTest, DirectoryIsRejected) {
  absl::StatusOr<std::string> read = ReadFile(TestDirectory());
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("Is a directory"), std::string::npos);
}

TEST(FileIoTest, FailedWriteLeavesNoFileBehind) {
  std::string dir = TestDirectory() + "/failed_write";
  mkdir(dir.c_str(), 0755);
  // Renaming a file over a non-empty directory fails after the data has been
  // written, which exercises the clean-up of the temporary file.
  std::string target = dir + "/target";
  mkdir(target.c_str(), 0755);
  std::string inside = target + "/keep";
  ASSERT_TRUE(WriteFileAtomically(inside, "x").ok());
  absl::Status status = WriteFileAtomically(target, "data");
  EXPECT_FALSE(status.ok());
  std::vector<std::string> names = ListDirectory(dir);
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0], "target");
}

}  // namespace
}  // namespace thaw
