#include "json/json_string.h"

#include "gtest/gtest.h"

namespace thaw {
namespace {

TEST(JsonStringTest, QuotesAndEscapes) {
  EXPECT_EQ(JsonString(""), "\"\"");
  EXPECT_EQ(JsonString("plain"), "\"plain\"");
  EXPECT_EQ(JsonString("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(JsonString(std::string("\n\t\x01", 3)), "\"\\u000a\\u0009\\u0001\"");
  EXPECT_EQ(JsonString("h\xc3\xa9"), "\"h\xc3\xa9\"");
}

}  // namespace
}  // namespace thaw
