#include "elf_section/elf_section.h"

#include <elf.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

// Linked into this test binary so that the test can find it again by
// reading its own executable.
__attribute__((section(".thaw_test_section"), used)) static const char kData[] =
    "thaw test section: \x01\x02\x03 and a NUL in the middle\0 too";

namespace thaw {
namespace {

using ::testing::HasSubstr;

std::string ReadOwnExecutable() {
  std::ifstream stream("/proc/self/exe", std::ios::binary);
  std::ostringstream contents;
  contents << stream.rdbuf();
  return contents.str();
}

struct TestSection {
  std::string name;
  std::string data;
  uint32_t type = SHT_PROGBITS;
};

// Builds a minimal ELF64 little-endian image: the ELF header, each
// section's data, the section name table, then the section headers (a null
// section, the given sections in order, and the name table last).
std::string MakeElf(const std::vector<TestSection>& sections) {
  std::string file(sizeof(Elf64_Ehdr), '\0');
  std::string names(1, '\0');
  std::vector<Elf64_Shdr> headers(1);  // Section 0 is all zeros.
  for (const TestSection& section : sections) {
    Elf64_Shdr header = {};
    header.sh_name = static_cast<uint32_t>(names.size());
    header.sh_type = section.type;
    header.sh_offset = file.size();
    header.sh_size = section.data.size();
    headers.push_back(header);
    names += section.name + '\0';
    if (section.type != SHT_NOBITS) file += section.data;
  }
  Elf64_Shdr names_header = {};
  names_header.sh_name = static_cast<uint32_t>(names.size());
  names += std::string(".shstrtab") + '\0';
  names_header.sh_type = SHT_STRTAB;
  names_header.sh_offset = file.size();
  names_header.sh_size = names.size();
  headers.push_back(names_header);
  file += names;
  file.resize((file.size() + 7) / 8 * 8, '\0');

  Elf64_Ehdr elf_header = {};
  std::memcpy(elf_header.e_ident, ELFMAG, SELFMAG);
  elf_header.e_ident[EI_CLASS] = ELFCLASS64;
  elf_header.e_ident[EI_DATA] = ELFDATA2LSB;
  elf_header.e_ident[EI_VERSION] = EV_CURRENT;
  elf_header.e_type = ET_REL;
  elf_header.e_machine = EM_X86_64;
  elf_header.e_version = EV_CURRENT;
  elf_header.e_ehsize = sizeof(Elf64_Ehdr);
  elf_header.e_shoff = file.size();
  elf_header.e_shentsize = sizeof(Elf64_Shdr);
  elf_header.e_shnum = static_cast<uint16_t>(headers.size());
  elf_header.e_shstrndx = static_cast<uint16_t>(headers.size() - 1);
  std::memcpy(file.data(), &elf_header, sizeof(elf_header));
  for (const Elf64_Shdr& header : headers) {
    file.append(reinterpret_cast<const char*>(&header), sizeof(header));
  }
  return file;
}

Elf64_Ehdr GetElfHeader(const std::string& file) {
  Elf64_Ehdr header;
  std::memcpy(&header, file.data(), sizeof(header));
  return header;
}

void PutElfHeader(const Elf64_Ehdr& header, std::string* file) {
  std::memcpy(file->data(), &header, sizeof(header));
}

Elf64_Shdr GetSectionHeader(const std::string& file, int index) {
  Elf64_Shdr header;
  std::memcpy(
      &header,
      file.data() + GetElfHeader(file).e_shoff + index * sizeof(Elf64_Shdr),
      sizeof(header));
  return header;
}

void PutSectionHeader(int index, const Elf64_Shdr& header, std::string* file) {
  std::memcpy(
      file->data() + GetElfHeader(*file).e_shoff + index * sizeof(Elf64_Shdr),
      &header, sizeof(header));
}

// A valid image with two sections; ".thaw_snapshot" is section 2.
std::string MakeTestElf() {
  return MakeElf({{".text", "\x90\x90\xc3"}, {".thaw_snapshot", "SNAPSHOT"}});
}

void ExpectError(const absl::StatusOr<absl::string_view>& result,
                 absl::StatusCode code, absl::string_view message_part) {
  ASSERT_FALSE(result.ok()) << "found " << result->size() << " bytes";
  EXPECT_EQ(result.status().code(), code) << result.status();
  EXPECT_THAT(result.status().message(), HasSubstr(message_part));
}

TEST(ElfSectionTest, FindsASectionInThisTestBinary) {
  const std::string executable = ReadOwnExecutable();
  ASSERT_TRUE(LooksLikeElf(executable));
  absl::StatusOr<absl::string_view> section =
      FindElfSection(executable, ".thaw_test_section");
  ASSERT_TRUE(section.ok()) << section.status();
  EXPECT_EQ(*section, absl::string_view(kData, sizeof(kData)));
  // The view points into the buffer it was given.
  EXPECT_GE(section->data(), executable.data());
  EXPECT_LE(section->data() + section->size(),
            executable.data() + executable.size());
}

TEST(ElfSectionTest, MissingSectionInThisTestBinaryIsNotFound) {
  const std::string executable = ReadOwnExecutable();
  ExpectError(FindElfSection(executable, ".thaw_no_such_section"),
              absl::StatusCode::kNotFound,
              "no section .thaw_no_such_section in ELF file");
  // A prefix of a real name is not a match.
  ExpectError(FindElfSection(executable, ".thaw_test"),
              absl::StatusCode::kNotFound, "no section .thaw_test");
}

TEST(ElfSectionTest, FindsEverySectionOfABuiltImage) {
  const std::string file = MakeElf(
      {{".text", "\x90\x90\xc3"}, {".empty", ""}, {".thaw_snapshot", "DATA"}});
  EXPECT_EQ(FindElfSection(file, ".text").value(), "\x90\x90\xc3");
  EXPECT_EQ(FindElfSection(file, ".empty").value(), "");
  EXPECT_EQ(FindElfSection(file, ".thaw_snapshot").value(), "DATA");
  EXPECT_EQ(FindElfSection(file, ".shstrtab").value().substr(0, 7),
            absl::string_view("\0.text\0", 7));
  ExpectError(FindElfSection(file, ".data"), absl::StatusCode::kNotFound,
              "no section .data in ELF file");
  ExpectError(FindElfSection(file, ""), absl::StatusCode::kNotFound,
              "no section  in ELF file");
}

TEST(ElfSectionTest, LooksLikeElf) {
  EXPECT_TRUE(
      LooksLikeElf(absl::string_view("\x7f"
                                     "ELF",
                                     4)));
  EXPECT_TRUE(LooksLikeElf(MakeTestElf()));
  EXPECT_FALSE(LooksLikeElf(""));
  EXPECT_FALSE(
      LooksLikeElf(absl::string_view("\x7f"
                                     "EL",
                                     3)));
  EXPECT_FALSE(
      LooksLikeElf("\x7f"
                   "elf"));
  EXPECT_FALSE(LooksLikeElf("#!/bin/sh\n"));
}

TEST(ElfSectionTest, RejectsFilesThatAreNotElf) {
  for (absl::string_view file :
       {absl::string_view(""),
        absl::string_view("\x7f"
                          "EL"),
        absl::string_view("MZ\x90\x00 a PE file"),
        absl::string_view("#!/bin/sh\necho hello\n")}) {
    ExpectError(FindElfSection(file, ".text"),
                absl::StatusCode::kInvalidArgument, "not an ELF file");
  }
}

TEST(ElfSectionTest, RejectsElf32AndBigEndian) {
  std::string elf32 = MakeTestElf();
  elf32[EI_CLASS] = ELFCLASS32;
  ExpectError(FindElfSection(elf32, ".thaw_snapshot"),
              absl::StatusCode::kInvalidArgument, "not 64-bit");

  std::string big_endian = MakeTestElf();
  big_endian[EI_DATA] = ELFDATA2MSB;
  ExpectError(FindElfSection(big_endian, ".thaw_snapshot"),
              absl::StatusCode::kInvalidArgument, "not little-endian");
}

TEST(ElfSectionTest, RejectsTruncatedHeaders) {
  const std::string file = MakeTestElf();
  for (size_t length : {4, 5, 15}) {
    ExpectError(FindElfSection(file.substr(0, length), ".thaw_snapshot"),
                absl::StatusCode::kDataLoss,
                "too short for its identification");
  }
  for (size_t length : {16, 17, 40, 63}) {
    ExpectError(FindElfSection(file.substr(0, length), ".thaw_snapshot"),
                absl::StatusCode::kDataLoss,
                "shorter than the 64-byte ELF header");
  }
}

TEST(ElfSectionTest, RejectsEveryTruncation) {
  // The section headers are at the end of the image, so every proper prefix
  // loses some of them.
  const std::string file = MakeTestElf();
  ASSERT_TRUE(FindElfSection(file, ".thaw_snapshot").ok());
  for (size_t length = 0; length < file.size(); ++length) {
    EXPECT_FALSE(FindElfSection(file.substr(0, length), ".thaw_snapshot").ok())
        << "truncated to " << length << " of " << file.size() << " bytes";
  }
}

TEST(ElfSectionTest, RejectsSectionHeaderTableBeyondTheFile) {
  const std::string file = MakeTestElf();
  for (uint64_t offset : {uint64_t{file.size()}, uint64_t{file.size() - 1},
                          uint64_t{file.size() + 1000}, uint64_t{1} << 40,
                          std::numeric_limits<uint64_t>::max() - 8}) {
    std::string corrupt = file;
    Elf64_Ehdr header = GetElfHeader(corrupt);
    header.e_shoff = offset;
    PutElfHeader(header, &corrupt);
    ExpectError(FindElfSection(corrupt, ".thaw_snapshot"),
                absl::StatusCode::kDataLoss, "beyond the end");
  }
}

TEST(ElfSectionTest, RejectsTooManySectionHeaders) {
  std::string file = MakeTestElf();
  Elf64_Ehdr header = GetElfHeader(file);
  header.e_shnum = 0xfeff;
  PutElfHeader(header, &file);
  ExpectError(FindElfSection(file, ".thaw_snapshot"),
              absl::StatusCode::kDataLoss, "extends beyond the end");
}

TEST(ElfSectionTest, RejectsWrongSectionHeaderSize) {
  std::string file = MakeTestElf();
  Elf64_Ehdr header = GetElfHeader(file);
  header.e_shentsize = sizeof(Elf32_Shdr);
  PutElfHeader(header, &file);
  ExpectError(FindElfSection(file, ".thaw_snapshot"),
              absl::StatusCode::kDataLoss, "section header size");
}

TEST(ElfSectionTest, RejectsSectionWhoseOffsetPlusSizeOverflows) {
  const std::string file = MakeTestElf();
  struct Bad {
    uint64_t offset;
    uint64_t size;
  };
  const uint64_t max = std::numeric_limits<uint64_t>::max();
  for (Bad bad :
       {Bad{16, max - 8}, Bad{max, 2}, Bad{max - 3, 8}, Bad{file.size(), 1},
        Bad{file.size() + 1, 0}, Bad{0, file.size() + 1}}) {
    std::string corrupt = file;
    Elf64_Shdr section = GetSectionHeader(corrupt, 2);
    section.sh_offset = bad.offset;
    section.sh_size = bad.size;
    PutSectionHeader(2, section, &corrupt);
    ExpectError(FindElfSection(corrupt, ".thaw_snapshot"),
                absl::StatusCode::kDataLoss,
                ".thaw_snapshot (" + std::to_string(bad.size) + " bytes");
  }
}

TEST(ElfSectionTest, AcceptsASectionThatEndsExactlyAtTheEndOfTheFile) {
  std::string file = MakeTestElf();
  Elf64_Shdr section = GetSectionHeader(file, 2);
  section.sh_offset = file.size() - 8;
  section.sh_size = 8;
  PutSectionHeader(2, section, &file);
  EXPECT_EQ(FindElfSection(file, ".thaw_snapshot").value(),
            absl::string_view(file).substr(file.size() - 8));
}

TEST(ElfSectionTest, RejectsBadSectionNameTables) {
  const std::string file = MakeTestElf();
  const int names_index = GetElfHeader(file).e_shstrndx;

  std::string index_too_big = file;
  Elf64_Ehdr header = GetElfHeader(index_too_big);
  header.e_shstrndx = header.e_shnum;
  PutElfHeader(header, &index_too_big);
  ExpectError(FindElfSection(index_too_big, ".thaw_snapshot"),
              absl::StatusCode::kDataLoss, "name table index");

  std::string table_beyond_file = file;
  Elf64_Shdr names = GetSectionHeader(table_beyond_file, names_index);
  names.sh_offset = std::numeric_limits<uint64_t>::max() - 1;
  PutSectionHeader(names_index, names, &table_beyond_file);
  ExpectError(FindElfSection(table_beyond_file, ".thaw_snapshot"),
              absl::StatusCode::kDataLoss, "name table");

  std::string not_a_string_table = file;
  names = GetSectionHeader(not_a_string_table, names_index);
  names.sh_type = SHT_NOBITS;
  PutSectionHeader(names_index, names, &not_a_string_table);
  ExpectError(FindElfSection(not_a_string_table, ".thaw_snapshot"),
              absl::StatusCode::kDataLoss, "not SHT_STRTAB");

  std::string name_out_of_range = file;
  Elf64_Shdr section = GetSectionHeader(name_out_of_range, 1);
  section.sh_name = 100000;
  PutSectionHeader(1, section, &name_out_of_range);
  ExpectError(FindElfSection(name_out_of_range, ".thaw_snapshot"),
              absl::StatusCode::kDataLoss, "name offset 100000");

  // Cutting the table short leaves the last name, the table's own, without
  // its NUL. A missing name makes the search read every name.
  std::string unterminated = file;
  names = GetSectionHeader(unterminated, names_index);
  names.sh_size -= 1;
  PutSectionHeader(names_index, names, &unterminated);
  ExpectError(FindElfSection(unterminated, ".missing"),
              absl::StatusCode::kDataLoss, "runs off the end");
}

TEST(ElfSectionTest, FileWithoutSectionsHasNoSectionToFind) {
  std::string file = MakeTestElf();
  Elf64_Ehdr header = GetElfHeader(file);
  header.e_shoff = 0;
  header.e_shnum = 0;
  header.e_shstrndx = SHN_UNDEF;
  PutElfHeader(header, &file);
  ExpectError(FindElfSection(file, ".thaw_snapshot"),
              absl::StatusCode::kNotFound, "no section .thaw_snapshot");
}

TEST(ElfSectionTest, RejectsSectionWithoutFileBytes) {
  const std::string file =
      MakeElf({{".bss", std::string(100, '\0'), SHT_NOBITS}});
  ExpectError(FindElfSection(file, ".bss"), absl::StatusCode::kInvalidArgument,
              "SHT_NOBITS");
}

TEST(ElfSectionTest, FollowsExtendedSectionNumbering) {
  // Files with very many sections store the count in section 0's sh_size
  // and the name table index in its sh_link.
  std::string file = MakeTestElf();
  Elf64_Ehdr header = GetElfHeader(file);
  Elf64_Shdr first = GetSectionHeader(file, 0);
  first.sh_size = header.e_shnum;
  first.sh_link = header.e_shstrndx;
  PutSectionHeader(0, first, &file);
  header.e_shnum = 0;
  header.e_shstrndx = SHN_XINDEX;
  PutElfHeader(header, &file);
  EXPECT_EQ(FindElfSection(file, ".thaw_snapshot").value(), "SNAPSHOT");
}

TEST(ElfSectionTest, SurvivesRandomCorruption) {
  // Whatever the headers say, a result must lie inside the file.
  const std::string file = MakeTestElf();
  const size_t headers_start = GetElfHeader(file).e_shoff;
  std::mt19937_64 random(7);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string corrupt = file;
    const int changes = 1 + static_cast<int>(random() % 4);
    for (int i = 0; i < changes; ++i) {
      // Aim mostly at the ELF header and the section headers, where the
      // offsets and sizes are.
      size_t position;
      switch (random() % 3) {
        case 0:
          position = random() % sizeof(Elf64_Ehdr);
          break;
        case 1:
          position = headers_start + random() % (file.size() - headers_start);
          break;
        default:
          position = random() % file.size();
      }
      corrupt[position] = static_cast<char>(random());
    }
    for (absl::string_view name : {".thaw_snapshot", ".text", ".shstrtab"}) {
      absl::StatusOr<absl::string_view> section = FindElfSection(corrupt, name);
      if (!section.ok()) continue;
      ASSERT_GE(section->data(), corrupt.data()) << "trial " << trial;
      ASSERT_LE(section->data() + section->size(),
                corrupt.data() + corrupt.size())
          << "trial " << trial;
    }
  }
}

TEST(AppendElfSectionTest, AddsAFindableSectionAndKeepsEverythingElse) {
  std::string self = ReadOwnExecutable();
  std::string payload(100000, '\0');
  for (size_t i = 0; i < payload.size(); ++i)
    payload[i] = static_cast<char>(i * 31);
  absl::StatusOr<std::string> grown =
      AppendElfSection(self, ".thaw_app", payload);
  ASSERT_TRUE(grown.ok()) << grown.status();
  // The original bytes, but for the ELF header, are untouched.
  EXPECT_EQ(grown->substr(sizeof(Elf64_Ehdr), self.size() - sizeof(Elf64_Ehdr)),
            self.substr(sizeof(Elf64_Ehdr)));
  absl::StatusOr<absl::string_view> found = FindElfSection(*grown, ".thaw_app");
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(*found, payload);
  // Every old section is still found, with the same bytes.
  absl::StatusOr<absl::string_view> old_section =
      FindElfSection(*grown, ".thaw_test_section");
  ASSERT_TRUE(old_section.ok()) << old_section.status();
  EXPECT_EQ(*old_section, *FindElfSection(self, ".thaw_test_section"));
  // A second section of the same name is refused.
  EXPECT_EQ(AppendElfSection(*grown, ".thaw_app", "x").status().code(),
            absl::StatusCode::kAlreadyExists);
  EXPECT_FALSE(AppendElfSection("not elf", ".x", "y").ok());
}

}  // namespace
}  // namespace thaw
