#include "elf_section/elf_section.h"

#include <elf.h>

#include <cstdint>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"

namespace thaw {
namespace {

// The header fields are copied out in host byte order, which is only right
// for little-endian files on a little-endian host.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "elf_section reads ELF fields in host byte order");

// Returns true if the `size` bytes at `offset` lie inside `file`. It is
// written so that no addition can overflow, whatever the file claims.
bool InFile(absl::string_view file, uint64_t offset, uint64_t size) {
  return offset <= file.size() && size <= file.size() - offset;
}

// Copies a header out of `file`. memcpy is used because the image may sit at
// any alignment; the caller has checked the range.
template <typename Header>
Header ReadHeader(absl::string_view file, uint64_t offset) {
  Header header;
  std::memcpy(&header, file.data() + offset, sizeof(header));
  return header;
}

absl::Status NotFound(absl::string_view name) {
  return absl::NotFoundError(
      absl::StrFormat("no section %s in ELF file", name));
}

// Where the section header table is and how to read names from it.
struct SectionTable {
  uint64_t offset;
  uint64_t count;
  uint64_t name_table_index;
};

// Reads and checks the ELF header, returning the section header table it
// describes, which is known to lie inside `file`. A count of 0 means the
// file has no sections.
absl::StatusOr<SectionTable> ReadSectionTable(absl::string_view file) {
  if (!LooksLikeElf(file)) {
    return absl::InvalidArgumentError(
        "not an ELF file: it does not start with \\x7fELF");
  }
  if (file.size() < EI_NIDENT) {
    return absl::DataLossError(absl::StrFormat(
        "ELF file truncated: %d bytes is too short for its identification",
        file.size()));
  }
  if (file[EI_CLASS] != ELFCLASS64) {
    return absl::InvalidArgumentError(
        absl::StrFormat("ELF file is not 64-bit (class byte %d)",
                        static_cast<uint8_t>(file[EI_CLASS])));
  }
  if (file[EI_DATA] != ELFDATA2LSB) {
    return absl::InvalidArgumentError(
        absl::StrFormat("ELF file is not little-endian (data byte %d)",
                        static_cast<uint8_t>(file[EI_DATA])));
  }
  if (file.size() < sizeof(Elf64_Ehdr)) {
    return absl::DataLossError(absl::StrFormat(
        "ELF file truncated: %d bytes is shorter than the %d-byte ELF header",
        file.size(), sizeof(Elf64_Ehdr)));
  }
  const auto elf_header = ReadHeader<Elf64_Ehdr>(file, 0);

  SectionTable table = {elf_header.e_shoff, elf_header.e_shnum,
                        elf_header.e_shstrndx};
  if (table.offset == 0) {
    table.count = 0;
    return table;
  }
  if (elf_header.e_shentsize != sizeof(Elf64_Shdr)) {
    return absl::DataLossError(
        absl::StrFormat("ELF section header size is %d bytes, not %d",
                        elf_header.e_shentsize, sizeof(Elf64_Shdr)));
  }

  // Files with 0xff00 sections or more keep the real count and name table
  // index in section 0 (see the gABI's "Extended Section Numbering").
  if (table.count == 0 || table.name_table_index == SHN_XINDEX) {
    if (!InFile(file, table.offset, sizeof(Elf64_Shdr))) {
      return absl::DataLossError(absl::StrFormat(
          "ELF section header table at offset %d is beyond the end of the "
          "%d-byte file",
          table.offset, file.size()));
    }
    const auto first = ReadHeader<Elf64_Shdr>(file, table.offset);
    if (table.count == 0) table.count = first.sh_size;
    if (table.name_table_index == SHN_XINDEX) {
      table.name_table_index = first.sh_link;
    }
  }

  // Dividing instead of multiplying keeps a huge count from overflowing.
  if (table.offset > file.size() ||
      table.count > (file.size() - table.offset) / sizeof(Elf64_Shdr)) {
    return absl::DataLossError(absl::StrFormat(
        "ELF section header table (%d entries at offset %d) extends beyond "
        "the end of the %d-byte file",
        table.count, table.offset, file.size()));
  }
  return table;
}

}  // namespace

bool LooksLikeElf(absl::string_view file) {
  return file.size() >= SELFMAG &&
         std::memcmp(file.data(), ELFMAG, SELFMAG) == 0;
}

absl::StatusOr<absl::string_view> FindElfSection(absl::string_view file,
                                                 absl::string_view name) {
  absl::StatusOr<SectionTable> table = ReadSectionTable(file);
  if (!table.ok()) return table.status();
  if (table->count == 0) return NotFound(name);
  if (table->name_table_index == SHN_UNDEF) {
    // Without a name table no section has a name, so none can match.
    return NotFound(name);
  }
  if (table->name_table_index >= table->count) {
    return absl::DataLossError(absl::StrFormat(
        "ELF section name table index %d is not below the section count %d",
        table->name_table_index, table->count));
  }

  auto section_header = [&](uint64_t index) {
    return ReadHeader<Elf64_Shdr>(file,
                                  table->offset + index * sizeof(Elf64_Shdr));
  };
  const Elf64_Shdr names_header = section_header(table->name_table_index);
  if (names_header.sh_type != SHT_STRTAB) {
    return absl::DataLossError(absl::StrFormat(
        "ELF section name table (section %d) has type %d, not SHT_STRTAB",
        table->name_table_index, names_header.sh_type));
  }
  if (!InFile(file, names_header.sh_offset, names_header.sh_size)) {
    return absl::DataLossError(absl::StrFormat(
        "ELF section name table (%d bytes at offset %d) extends beyond the "
        "end of the %d-byte file",
        names_header.sh_size, names_header.sh_offset, file.size()));
  }
  const absl::string_view names =
      file.substr(names_header.sh_offset, names_header.sh_size);

  for (uint64_t index = 0; index < table->count; ++index) {
    const Elf64_Shdr header = section_header(index);
    // Section 0 and other SHT_NULL entries are placeholders; their name is
    // usually the empty string, which must not be found as a section.
    if (header.sh_type == SHT_NULL) continue;
    if (header.sh_name >= names.size()) {
      return absl::DataLossError(absl::StrFormat(
          "ELF section %d has name offset %d, outside the %d-byte name table",
          index, header.sh_name, names.size()));
    }
    absl::string_view section_name = names.substr(header.sh_name);
    const size_t end = section_name.find('\0');
    if (end == absl::string_view::npos) {
      return absl::DataLossError(absl::StrFormat(
          "ELF section %d has a name that runs off the end of the name table",
          index));
    }
    if (section_name.substr(0, end) != name) continue;

    if (header.sh_type == SHT_NOBITS) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "ELF section %s has no bytes in the file (SHT_NOBITS)", name));
    }
    if (!InFile(file, header.sh_offset, header.sh_size)) {
      return absl::DataLossError(absl::StrFormat(
          "ELF section %s (%d bytes at offset %d) extends beyond the end of "
          "the %d-byte file",
          name, header.sh_size, header.sh_offset, file.size()));
    }
    return file.substr(header.sh_offset, header.sh_size);
  }
  return NotFound(name);
}

absl::StatusOr<std::string> AppendElfSection(absl::string_view file,
                                             absl::string_view name,
                                             absl::string_view data) {
  absl::StatusOr<absl::string_view> existing = FindElfSection(file, name);
  if (existing.ok()) {
    return absl::AlreadyExistsError(
        absl::StrFormat("the ELF file already has a section %s", name));
  }
  if (!absl::IsNotFound(existing.status())) return existing.status();
  absl::StatusOr<SectionTable> table = ReadSectionTable(file);
  if (!table.ok()) return table.status();
  const auto elf_header = ReadHeader<Elf64_Ehdr>(file, 0);
  // Extended section numbering keeps counts in section 0; thaw's binaries
  // never need it, so such files are refused rather than half-handled.
  if (table->count == 0 || table->count + 1 >= SHN_LORESERVE ||
      elf_header.e_shstrndx == SHN_XINDEX ||
      table->name_table_index >= table->count) {
    return absl::InvalidArgumentError(
        "the ELF file's section table cannot take another section");
  }
  auto section_header = [&](uint64_t index) {
    return ReadHeader<Elf64_Shdr>(file,
                                  table->offset + index * sizeof(Elf64_Shdr));
  };
  const Elf64_Shdr names_header = section_header(table->name_table_index);
  if (names_header.sh_type != SHT_STRTAB ||
      !InFile(file, names_header.sh_offset, names_header.sh_size)) {
    return absl::DataLossError("the ELF file's section name table is damaged");
  }

  std::string out(file);
  auto align = [&out](size_t alignment) {
    out.resize((out.size() + alignment - 1) / alignment * alignment, '\0');
  };
  align(16);
  const uint64_t data_offset = out.size();
  out.append(data.data(), data.size());
  const uint64_t names_offset = out.size();
  const absl::string_view names =
      file.substr(names_header.sh_offset, names_header.sh_size);
  out.append(names.data(), names.size());
  const uint64_t name_index = out.size() - names_offset;
  out.append(name.data(), name.size());
  out.push_back('\0');
  const uint64_t names_size = out.size() - names_offset;
  align(8);
  const uint64_t table_offset = out.size();
  for (uint64_t index = 0; index < table->count; ++index) {
    Elf64_Shdr header = section_header(index);
    if (index == table->name_table_index) {
      header.sh_offset = names_offset;
      header.sh_size = names_size;
    }
    out.append(reinterpret_cast<const char*>(&header), sizeof(header));
  }
  Elf64_Shdr added = {};
  added.sh_name = static_cast<Elf64_Word>(name_index);
  added.sh_type = SHT_PROGBITS;
  added.sh_offset = data_offset;
  added.sh_size = data.size();
  added.sh_addralign = 16;
  out.append(reinterpret_cast<const char*>(&added), sizeof(added));
  Elf64_Ehdr new_header = elf_header;
  new_header.e_shoff = table_offset;
  new_header.e_shnum = static_cast<Elf64_Half>(table->count + 1);
  std::memcpy(out.data(), &new_header, sizeof(new_header));
  return out;
}

}  // namespace thaw
