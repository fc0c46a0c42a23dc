#include "external_sources/external_sources.h"

#include <string>

#include "gtest/gtest.h"
#include "v8_support/testing/v8_test_environment.h"

namespace thaw {
namespace {

class ExternalSourcesTest : public V8Test {};

std::string Text(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  return *v8::String::Utf8Value(isolate, value);
}

// Sources made external while building come back from the section a blob
// carries: the strings then read the section's characters.
TEST_F(ExternalSourcesTest, ExternalizeSerializeLoadRoundTrip) {
  std::string latin(3000, 'a');
  latin[0] = 'L';
  std::u16string wide(2500, u'\u6f22');
  wide[0] = u'W';
  v8::Local<v8::String> one_byte =
      v8::String::NewFromUtf8(isolate(), latin.data(),
                              v8::NewStringType::kNormal,
                              static_cast<int>(latin.size()))
          .ToLocalChecked();
  v8::Local<v8::String> two_byte =
      v8::String::NewFromTwoByte(
          isolate(), reinterpret_cast<const uint16_t*>(wide.data()),
          v8::NewStringType::kNormal, static_cast<int>(wide.size()))
          .ToLocalChecked();
  v8::Local<v8::String> short_text =
      v8::String::NewFromUtf8(isolate(), "too short to be worth a slot")
          .ToLocalChecked();

  EXPECT_FALSE(ExternalSources::Externalize(isolate(), short_text));
  EXPECT_TRUE(ExternalSources::Externalize(isolate(), one_byte));
  EXPECT_TRUE(ExternalSources::Externalize(isolate(), two_byte));
  EXPECT_FALSE(ExternalSources::Externalize(isolate(), one_byte))
      << "a string is made external once";
  EXPECT_TRUE(one_byte->IsExternalOneByte());
  EXPECT_TRUE(two_byte->IsExternal());
  EXPECT_EQ(ExternalSources::UsedSlots(), 2u);

  std::string section = ExternalSources::Serialize();
  // Header, two entries, then the characters (8-aligned each).
  ASSERT_GE(section.size(), 8u + 2 * 24 + 3000 + 5000);
  // A copy in other memory: after Load, the strings must read the copy.
  std::string copy = section;
  copy[copy.find('L')] = 'M';
  ASSERT_TRUE(ExternalSources::Load(copy).ok());
  EXPECT_EQ(Text(isolate(), one_byte).substr(0, 3), "Maa");
  EXPECT_EQ(one_byte->Length(), 3000);
  EXPECT_EQ(Text(isolate(), two_byte).substr(0, 1), "W");
  EXPECT_EQ(two_byte->Length(), 2500);
  // Loading the same section again changes nothing and keeps the count.
  ASSERT_TRUE(ExternalSources::Load(copy).ok());
  EXPECT_EQ(ExternalSources::UsedSlots(), 2u);
}

std::string Section(uint32_t count, uint8_t kind, uint32_t slot,
                    uint64_t offset, uint64_t length, size_t total) {
  std::string section(total, '\0');
  auto put = [&](size_t at, uint64_t value, int size) {
    for (int i = 0; i < size; ++i)
      section[at + i] = static_cast<char>(value >> (8 * i));
  };
  put(0, count, 4);
  section[8] = static_cast<char>(kind);
  put(12, slot, 4);
  put(16, offset, 8);
  put(24, length, 8);
  return section;
}

TEST_F(ExternalSourcesTest, LoadRejectsCorruptSections) {
  auto error = [](const std::string& section) {
    return std::string(ExternalSources::Load(section).message());
  };
  EXPECT_EQ(error(std::string(4, '\0')),
            "the sources section is shorter than its header");
  EXPECT_EQ(error(Section(100000, 1, 0, 40, 1, 64)),
            "the sources section lists 100000 entries, more than it or this "
            "thaw can hold");
  EXPECT_EQ(error(Section(1, 3, 0, 40, 1, 64)),
            "the sources section's entry 0 is corrupt");
  EXPECT_EQ(error(Section(1, 1, 0, 40, 100, 64)),
            "the sources section's entry 0 is corrupt");
  EXPECT_EQ(error(Section(1, 2, 0, 41, 2, 64)),
            "the sources section's entry 0 is corrupt");
  EXPECT_EQ(error(Section(1, 1, ExternalSources::kOneByteSlots, 40, 1, 64)),
            "the sources section's entry 0 is corrupt");
  EXPECT_TRUE(ExternalSources::Load("").ok());
}

}  // namespace
}  // namespace thaw
